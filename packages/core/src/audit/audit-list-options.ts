import { CoreError } from "../errors/core-errors.js";
import type { AuditEntry, AuditSubject } from "./audit-entry.js";
import { AUDIT_LIST_MAX_LIMIT, type AuditListOptions } from "./audit-repository.js";
import { hasLoneSurrogate } from "./json-value.js";

/**
 * {@link AuditListOptions} checked by {@link validateAuditListOptions}, with
 * the defaults filled in: what a store's query is built from.
 */
export interface AuditListQuery {
  /** The lowest seq, inclusive; 1 or more. */
  readonly fromSeq: number;
  /** The seq bound, exclusive; undefined: none. */
  readonly beforeSeq: number | undefined;
  /** At most this many entries, 0 to {@link AUDIT_LIST_MAX_LIMIT}; undefined: all. */
  readonly limit: number | undefined;
  /** `"asc"` (oldest first) or `"desc"` (newest first). */
  readonly order: "asc" | "desc";
  /** A copy of the subject asked for; undefined: every subject. */
  readonly subject: AuditSubject | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function invalid(option: string, expected: string, got: unknown): CoreError {
  const shown = typeof got === "string" ? JSON.stringify(got) : typeof got === "object" && got !== null ? (Array.isArray(got) ? "an array" : "an object") : String(got);
  return new CoreError("CORE_INVALID_ARGUMENT", `Audit list option ${option} must be ${expected}, got ${shown}.`);
}

function seqBound(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) throw invalid(option, "an integer of 1 or more", value);
  return value;
}

function subjectPart(option: string, value: unknown): string {
  // Stored subjects are well-formed text (the entry schema refuses lone
  // surrogates); a store that binds text as UTF-8 would turn one into U+FFFD
  // and could find another subject.
  if (typeof value !== "string" || value.length === 0 || hasLoneSurrogate(value)) throw invalid(option, "a non-empty, well-formed string", value);
  return value;
}

/**
 * Checks the options of {@link AuditRepository.list} and fills in the
 * defaults; every store calls it first, so that every store refuses the same
 * options with the same error. Throws `CORE_INVALID_ARGUMENT` naming the
 * option: `fromSeq` or `beforeSeq` that is not an integer of 1 or more,
 * `limit` that is not an integer from 0 to {@link AUDIT_LIST_MAX_LIMIT},
 * `order` other than `"asc"` or `"desc"`, `subject` that is not an object
 * with a non-empty `type` and `id`. `fromSeq` at or above `beforeSeq` is
 * no error: it selects nothing.
 *
 * @example
 * ```ts
 * list(options) {
 *   const query = validateAuditListOptions(options);
 *   return selectAuditEntries(allEntries, query);
 * }
 * ```
 */
export function validateAuditListOptions(options: AuditListOptions | undefined): AuditListQuery {
  if (options === undefined) return { fromSeq: 1, beforeSeq: undefined, limit: undefined, order: "asc", subject: undefined };
  if (!isObject(options)) throw invalid("options", "an object", options);
  const fromSeq = seqBound("fromSeq", options.fromSeq) ?? 1;
  const beforeSeq = seqBound("beforeSeq", options.beforeSeq);
  const limit: unknown = options.limit;
  if (limit !== undefined && (typeof limit !== "number" || !Number.isSafeInteger(limit) || limit < 0 || limit > AUDIT_LIST_MAX_LIMIT)) {
    throw invalid("limit", `an integer from 0 to ${AUDIT_LIST_MAX_LIMIT} (leave it out for all entries)`, limit);
  }
  const order: unknown = options.order ?? "asc";
  if (order !== "asc" && order !== "desc") throw invalid("order", `"asc" or "desc"`, order);
  let subject: AuditSubject | undefined;
  if (options.subject !== undefined) {
    const given: unknown = options.subject;
    if (!isObject(given)) throw invalid("subject", "an object with type and id", given);
    subject = { type: subjectPart("subject.type", given.type), id: subjectPart("subject.id", given.id) };
  }
  return { fromSeq, beforeSeq, limit: limit as number | undefined, order, subject };
}

/** Whether `entry` is about `subject`: the same type and the same id. */
export function isAboutSubject(entry: Pick<AuditEntry, "subject">, subject: AuditSubject): boolean {
  return entry.subject?.type === subject.type && entry.subject.id === subject.id;
}

/** The index of the first entry of `ascending` whose seq is `seq` or more (binary search). */
function firstAtOrAbove(ascending: readonly Pick<AuditEntry, "seq">[], seq: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle]!.seq < seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The entries of `ascending` (a log, or a part of it, in ascending seq) that
 * `query` selects, in its order: the reference meaning of
 * {@link AuditListOptions}, for stores that hold entries in memory. It looks
 * only at the entries between the seq bounds, and stops at `limit`.
 *
 * @example
 * ```ts
 * const newest = selectAuditEntries(entries, validateAuditListOptions({ order: "desc", limit: 10 }));
 * ```
 */
export function selectAuditEntries<Entry extends Pick<AuditEntry, "seq" | "subject">>(ascending: readonly Entry[], query: AuditListQuery): Entry[] {
  const start = firstAtOrAbove(ascending, query.fromSeq);
  const end = query.beforeSeq === undefined ? ascending.length : Math.max(start, firstAtOrAbove(ascending, query.beforeSeq));
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  const { subject } = query;
  const selected: Entry[] = [];
  const step = query.order === "desc" ? -1 : 1;
  for (let index = step === 1 ? start : end - 1; index >= start && index < end && selected.length < limit; index += step) {
    const entry = ascending[index]!;
    if (subject === undefined || isAboutSubject(entry, subject)) selected.push(entry);
  }
  return selected;
}
