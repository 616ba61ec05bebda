import { randomUUID } from "node:crypto";

/** A new random id (UUID v4) for an entity. Suites may use their own ids; any non-empty string up to 128 characters is accepted. */
export function createId(): string {
  return randomUUID();
}
