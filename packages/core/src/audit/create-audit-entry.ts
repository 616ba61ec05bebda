import { CoreError } from "../errors/core-errors.js";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale.js";
import { validate } from "../validation/validate.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditEntryInput, type AuditHead } from "./audit-entry.js";
import { isAuditInstant } from "./audit-append-rule.js";
import { auditEntryInputSchema, plainAuditEntryInput } from "./audit-entry-schema.js";
import { hashAuditEntry } from "./hash-audit-entry.js";
import { formatInstant } from "../time/format-instant.js";

const hexHash = /^[0-9a-f]{64}$/;

/**
 * Makes the entry that follows `previous` (the log's current head, or
 * `undefined` for an empty log): next `seq`, `prevHash` linking to the head,
 * `at` from the epoch milliseconds given, and its `hash`. An `at` earlier
 * than the head's `at` (a clock a little behind another writer's) is
 * raised to the head's, since stores refuse a backdated entry. Pure: it reads no
 * clock and stores nothing; hand the result to {@link AuditRepository.append}
 * in the same transaction as the change it records.
 *
 * The input is validated first; a bad one throws a `ValidationError` naming
 * each wrong field. `data` is copied, so changing the caller's object later
 * does not change the entry.
 *
 * @example
 * ```ts
 * const entry = createAuditEntry(await repository.head(), organisationId, {
 *   actor: { kind: "member", id: approver.id, name: approver.name },
 *   action: "post.approved",
 *   subject: { type: "post", id: post.id },
 *   from: "in-review",
 *   to: "approved",
 * }, clock.now());
 * await repository.append(entry);
 * ```
 */
export function createAuditEntry(
  previous: AuditHead | undefined,
  organisationId: string,
  input: AuditEntryInput,
  at: number,
  options: { readonly locale?: Locale } = {},
): AuditEntry {
  const valid = validateAuditEntryInput(input, options.locale);
  return buildAuditEntry(previous, organisationId, valid, at);
}

/** Validates and normalises an input (see {@link createAuditEntry}); throws a `ValidationError`. */
export function validateAuditEntryInput(input: AuditEntryInput, locale?: Locale): AuditEntryInput {
  const plain = plainAuditEntryInput(input);
  if (plain) return plain;
  const chosen = locale ?? DEFAULT_LOCALE;
  return validate(auditEntryInputSchema(chosen), input, { entity: "AuditEntryInput", locale: chosen });
}

/** {@link createAuditEntry} for an input that was validated already. */
export function buildAuditEntry(previous: AuditHead | undefined, organisationId: string, input: AuditEntryInput, at: number): AuditEntry {
  if (typeof organisationId !== "string" || organisationId.length === 0) {
    throw new CoreError("CORE_INVALID_ARGUMENT", "An audit entry needs a non-empty organisationId.");
  }
  if (previous !== undefined && (!Number.isSafeInteger(previous.seq) || previous.seq < 1 || !hexHash.test(previous.hash))) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Not an audit head: ${JSON.stringify(previous)}. A head has a seq of 1 or more and a 64-digit hex hash.`);
  }
  let instant = toInstant(at);
  // A clock that reads earlier than the head's (another machine's clock ran
  // ahead, or this one was set back) must not make an honest entry look
  // backdated, which stores refuse: it is dated at the head's instant instead.
  // Both strings have the log's fixed-width form, so their order is the time order.
  const headAt = previous?.at;
  if (headAt !== undefined && instant < headAt && isAuditInstant(headAt)) instant = headAt;
  const unhashed: Omit<AuditEntry, "hash"> = {
    organisationId,
    seq: previous ? previous.seq + 1 : 1,
    at: instant,
    prevHash: previous ? previous.hash : AUDIT_GENESIS_HASH,
    actor: input.actor,
    action: input.action,
    subject: input.subject,
    ...(input.from === undefined ? {} : { from: input.from }),
    ...(input.to === undefined ? {} : { to: input.to }),
    ...(input.reason === undefined ? {} : { reason: input.reason }),
    ...(input.data === undefined ? {} : { data: input.data }),
  };
  return { ...unhashed, hash: hashAuditEntry(unhashed) };
}

// The last instant written: the entries of one step share it.
let lastAt = Number.NaN;
let lastIso = "";

function toInstant(at: number): string {
  if (at === lastAt) return lastIso;
  // ±8.64e15 ms is the range of a Date; beyond it toISOString throws.
  const iso = Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? formatInstant(at) : "";
  // Years outside 0000–9999 come out as "+010000-..."; RFC 3339 has four-digit years only.
  if (!/^\d{4}-/.test(iso)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Not an instant for the audit log: ${at}. Pass epoch milliseconds from the Clock port.`);
  }
  lastAt = at;
  lastIso = iso;
  return iso;
}
