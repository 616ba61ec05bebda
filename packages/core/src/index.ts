/**
 * `@kommune-sm/core`: the domain model, typed event bus, plugin host,
 * editorial workflow and audit log that every kommune-sm package plugs into.
 *
 * @packageDocumentation
 */
export * from "./errors/index.js";
export * from "./clock/index.js";
export * from "./i18n/index.js";
export * from "./validation/index.js";
