import type { Clock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { Locale } from "../i18n/locale.js";
import type { AuditEntry, AuditEntryInput, AuditHead } from "./audit-entry.js";
import { AuditChainVerifier } from "./audit-chain-verifier.js";
import { auditEntryToJsonLine } from "./audit-json-lines.js";
import type { AuditListOptions, AuditRepository } from "./audit-repository.js";
import type { AuditVerification } from "./audit-verification.js";
import { buildAuditEntry, validateAuditEntryInput } from "./create-audit-entry.js";

/** Options of {@link AuditLog}. */
export interface AuditLogOptions {
  /** The organisation (tenant) whose log this is. */
  readonly organisationId: string;
  /** Where entries are stored; one repository per organisation. */
  readonly repository: AuditRepository;
  /** Where `at` of each entry comes from. */
  readonly clock: Clock;
  /** How often {@link AuditLog.append} tries when another writer appended first (default 10). */
  readonly maxAttempts?: number;
  /** Language of validation messages (default German, like `validate`). */
  readonly locale?: Locale;
}

// Pages for verify and export, so a long log is not read in one query.
const pageSize = 500;

/**
 * One organisation's append-only, hash-chained audit log: who did what, when,
 * from which state to which, and why. Any later change to a written entry,
 * and any entry removed from the middle or moved, is found by
 * {@link AuditLog.verify}; a cut-off tail is found against a head kept
 * elsewhere (see {@link verifyAuditChain}).
 *
 * Appends through one instance are queued, so they never race each other;
 * appends from other instances or processes on the same store are caught by
 * the repository (`CORE_CONFLICT`) and retried on the new head.
 *
 * @example
 * ```ts
 * const audit = new AuditLog({ organisationId: "musterstadt", repository, clock: systemClock });
 * await audit.append({
 *   actor: { kind: "member", id: "m-17", name: "Erika Mustermann" },
 *   action: "post.rejected",
 *   subject: { type: "post", id: "p-42" },
 *   from: "in-review",
 *   to: "draft",
 *   reason: "Bitte das Impressum verlinken.",
 * });
 * const result = await audit.verify();
 * ```
 */
export class AuditLog {
  /** The organisation (tenant) whose log this is. */
  readonly organisationId: string;
  readonly #repository: AuditRepository;
  readonly #clock: Clock;
  readonly #maxAttempts: number;
  readonly #locale: Locale | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: AuditLogOptions) {
    if (typeof options.organisationId !== "string" || options.organisationId.length === 0) {
      throw new CoreError("CORE_INVALID_ARGUMENT", "AuditLog needs a non-empty organisationId.");
    }
    const maxAttempts = options.maxAttempts ?? 10;
    if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `maxAttempts must be an integer of 1 or more, got ${maxAttempts}.`);
    }
    this.organisationId = options.organisationId;
    this.#repository = options.repository;
    this.#clock = options.clock;
    this.#maxAttempts = maxAttempts;
    this.#locale = options.locale;
  }

  /**
   * Validates `input`, chains it to the current head and stores it. Bad input
   * throws a `ValidationError` and appends nothing. If another writer appended
   * first, it reads the new head and tries again, up to `maxAttempts` times,
   * then throws the `CORE_CONFLICT` error.
   */
  append(input: AuditEntryInput): Promise<AuditEntry> {
    let valid: AuditEntryInput;
    try {
      valid = validateAuditEntryInput(input, this.#locale);
    } catch (error) {
      return Promise.reject(error);
    }
    const run = this.#queue.then(() => this.#appendWithRetry(valid));
    // A failed append must not block the ones queued behind it.
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #appendWithRetry(input: AuditEntryInput): Promise<AuditEntry> {
    for (let attempt = 1; ; attempt++) {
      const head = await this.#repository.head();
      const entry = buildAuditEntry(head, this.organisationId, input, this.#clock.now());
      try {
        await this.#repository.append(entry);
        return entry;
      } catch (error) {
        if (!KommuneError.isInstance(error, "CORE_CONFLICT") || attempt >= this.#maxAttempts) throw error;
      }
    }
  }

  /** Entries in ascending seq; `fromSeq` and `limit` page through a long log. */
  entries(options?: AuditListOptions): Promise<AuditEntry[]> {
    return this.#repository.list(options);
  }

  /** The last entry's seq and hash, or `undefined` while the log is empty. Record it elsewhere to detect a cut-off tail later. */
  head(): Promise<AuditHead | undefined> {
    return this.#repository.head();
  }

  /**
   * Reads the whole log page by page and checks the chain (see
   * {@link verifyAuditChain}): every entry of this organisation, every hash,
   * every link. The chain must also reach the repository's own head and,
   * if given, `expectedHead` — a head recorded elsewhere earlier.
   */
  async verify(options: { readonly expectedHead?: AuditHead } = {}): Promise<AuditVerification> {
    // The head is read before the entries: in an append-only log every entry
    // up to it must then be listed, even if others append meanwhile.
    const storedHead = await this.#repository.head();
    const heads = [...(options.expectedHead ? [options.expectedHead] : []), ...(storedHead ? [storedHead] : [])];
    const verifier = new AuditChainVerifier({ organisationId: this.organisationId, heads });
    for await (const page of this.#pages()) {
      for (const entry of page) {
        if (verifier.push(entry)) return verifier.finish();
      }
    }
    return verifier.finish();
  }

  /**
   * The whole log as JSON lines: one canonical JSON object (RFC 8785) per entry,
   * each line ending in `"\n"`; an empty log gives `""`. Read a copy back with
   * {@link parseAuditJsonLines} and check it with {@link verifyAuditChain}.
   */
  async exportJsonLines(): Promise<string> {
    let text = "";
    for await (const page of this.#pages()) {
      for (const entry of page) text += `${auditEntryToJsonLine(entry)}\n`;
    }
    return text;
  }

  async *#pages(): AsyncGenerator<AuditEntry[]> {
    // Each page starts after the last seq seen, so a log with an entry missing
    // is still read (and exported) to its end; a seq that does not move on
    // ends the loop rather than reading the same page forever.
    let fromSeq = 1;
    for (;;) {
      const page = await this.#repository.list({ fromSeq, limit: pageSize });
      const last = page[page.length - 1];
      if (!last || !Number.isSafeInteger(last.seq) || last.seq < fromSeq) return;
      yield page;
      if (page.length < pageSize) return;
      fromSeq = last.seq + 1;
    }
  }
}
