import { CoreError } from "../errors/core-errors.js";
import type { AuditEntry } from "./audit-entry.js";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === "string";

/**
 * What keeps `value` (a stored entry, read back) from having the shape of an
 * {@link AuditEntry}, or undefined if it has it: every field of the contract
 * there with its type. Whether its content is still what was written is the
 * verifier's question (the hash), not this one's; this only tells a damaged
 * row from an entry. Cheap: a few `typeof`s.
 */
export function auditEntryShapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return `it is ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}, not an object`;
  const missing: string[] = [];
  if (typeof value.organisationId !== "string") missing.push("organisationId");
  if (!Number.isSafeInteger(value.seq)) missing.push("seq");
  if (typeof value.at !== "string") missing.push("at");
  if (typeof value.prevHash !== "string") missing.push("prevHash");
  if (typeof value.hash !== "string") missing.push("hash");
  if (typeof value.action !== "string") missing.push("action");
  if (!isObject(value.actor) || typeof value.actor.kind !== "string" || typeof value.actor.id !== "string") missing.push("actor");
  if (!isObject(value.subject) || typeof value.subject.type !== "string" || typeof value.subject.id !== "string") missing.push("subject");
  if (!isOptionalString(value.from)) missing.push("from");
  if (!isOptionalString(value.to)) missing.push("to");
  if (!isOptionalString(value.reason)) missing.push("reason");
  return missing.length === 0 ? undefined : `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing or of the wrong type`;
}

/**
 * Reads one stored entry from its JSON text, for store implementations that
 * keep entries as JSON: the entry, or `CORE_AUDIT_UNREADABLE` naming the
 * organisation, the seq and what is wrong when the text is not JSON or not
 * an entry. `AuditLog.verify` reports that error as the problem
 * `unreadable` at that position instead of failing.
 */
export function readStoredAuditEntry(json: string, organisationId: string, seq: unknown): AuditEntry {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw unreadableAuditEntry(organisationId, seq, `its stored JSON cannot be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = auditEntryShapeProblem(value);
  if (problem !== undefined) throw unreadableAuditEntry(organisationId, seq, `it is not an audit entry: ${problem}`);
  return value as AuditEntry;
}

/** The `CORE_AUDIT_UNREADABLE` error of {@link readStoredAuditEntry}, for stores that read entries another way. */
export function unreadableAuditEntry(organisationId: string, seq: unknown, detail: string): CoreError {
  return new CoreError(
    "CORE_AUDIT_UNREADABLE",
    `Audit entry ${String(seq)} of organisation "${organisationId}" cannot be read: ${detail}. The stored log is damaged; AuditLog.verify reports where.`,
  );
}
