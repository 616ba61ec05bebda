/**
 * `@kommune-sm/core`: the domain model, typed event bus, plugin host,
 * editorial workflow and audit log that every kommune-sm package plugs into.
 *
 * @packageDocumentation
 * @module @kommune-sm/core
 */
export * from "./errors/index.js";
export * from "./clock/index.js";
export * from "./i18n/index.js";
export * from "./validation/index.js";
export * from "./model/index.js";
export * from "./time/index.js";
export * from "./text/index.js";
export * from "./logger/index.js";
export * from "./events/index.js";
export * from "./audit/index.js";
export * from "./store/index.js";
export * from "./metrics/index.js";
export * from "./checks/index.js";
export * from "./workflow/index.js";
export * from "./host/index.js";
export { createId } from "./ids.js";
