import type { Clock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { Locale } from "../i18n/locale.js";
import type { AuditAnchor, AuditAnchorCheck, AuditAnchorRecord } from "./audit-anchor.js";
import type { AuditEntry, AuditEntryInput, AuditHead, AuditSubject } from "./audit-entry.js";
import { AuditChainVerifier, type RecordedAuditHead } from "./audit-chain-verifier.js";
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
  /**
   * Where heads of this log are anchored outside the store (see
   * {@link createAuditAnchor}). With it, {@link AuditLog.anchor} records the
   * head, and {@link AuditLog.verify} checks the log against every trusted
   * anchored head by itself.
   */
  readonly anchor?: AuditAnchor;
}

/** Options of {@link AuditLog.page}: a page of the log read backwards. */
export interface AuditPageOptions {
  /** At most this many entries, from 0 to {@link AUDIT_LIST_MAX_LIMIT}. */
  readonly limit: number;
  /** Only entries before this seq (exclusive): the seq of the previous page's last entry. Leave it out for the newest page. */
  readonly beforeSeq?: number;
  /** Only entries about this subject. */
  readonly subject?: AuditSubject;
}

// Pages for verify and export, so a long log is not read in one query.
const pageSize = 500;

/**
 * One organisation's append-only, hash-chained audit log: who did what, when,
 * from which state to which, and why. Any later change to a written entry,
 * and any entry removed from the middle or moved, is found by
 * {@link AuditLog.verify}. Whoever can write the store itself can also cut
 * off the tail, or rewrite the log from some entry on with every hash
 * recomputed, or insert an entry: that is found only against a head kept
 * outside the store — an anchored head (the `anchor` option, which
 * `createKommune({ auditAnchor })` sets up and keeps anchoring), or an
 * `expectedHead` recorded elsewhere.
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
 * const newest = await audit.latest(20); // newest first
 * const history = await audit.forSubject({ type: "post", id: "p-42" }); // oldest first
 * ```
 */
export class AuditLog {
  /** The organisation (tenant) whose log this is. */
  readonly organisationId: string;
  readonly #repository: AuditRepository;
  readonly #clock: Clock;
  readonly #maxAttempts: number;
  readonly #locale: Locale | undefined;
  readonly #anchor: AuditAnchor | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #anchorQueue: Promise<unknown> = Promise.resolve();
  /** The last head anchored (or found anchored); null: none; undefined: not read from the anchor yet. */
  #anchored: AuditAnchorRecord | null | undefined;

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
    this.#anchor = options.anchor;
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

  /**
   * The entries `options` select, straight from the repository (see
   * {@link AuditListOptions}): by default the whole log in ascending seq;
   * `fromSeq`, `beforeSeq` and `limit` page through a long log, `order`
   * turns it round, `subject` keeps one entity's entries.
   */
  entries(options?: AuditListOptions): Promise<AuditEntry[]> {
    return this.#repository.list(options);
  }

  /**
   * The `limit` newest entries, newest first: what a cockpit shows first.
   * `limit` runs from 0 to {@link AUDIT_LIST_MAX_LIMIT}; another number is
   * refused with `CORE_INVALID_ARGUMENT`. Go on reading older ones with
   * {@link AuditLog.page}.
   *
   * @example
   * ```ts
   * const newest = await ksm.audit.latest(20);
   * ```
   */
  latest(limit: number): Promise<AuditEntry[]> {
    return this.#repository.list({ order: "desc", limit });
  }

  /**
   * One page of the log read backwards, newest first: the `limit` entries
   * before `beforeSeq` (exclusive; leave it out for the newest page). The
   * next page starts before the last entry of this one; a page shorter than
   * `limit` is the last. With `subject`, the pages hold only its entries.
   * Entries appended meanwhile do not shift the pages: each page is bounded by
   * a seq, not by an offset.
   *
   * @example
   * ```ts
   * let page = await ksm.audit.page({ limit: 50 });
   * while (page.length > 0) {
   *   show(page);
   *   page = await ksm.audit.page({ limit: 50, beforeSeq: page.at(-1)!.seq });
   * }
   * ```
   */
  page(options: AuditPageOptions): Promise<AuditEntry[]> {
    return this.#repository.list({ ...options, order: "desc" });
  }

  /**
   * The entries about one subject — the history of a post, say: who
   * submitted, approved, scheduled or withdrew it, when, and why. Oldest
   * first unless `options.order` is `"desc"`; the other options bound and
   * page it as in {@link AuditLog.entries}. An unknown subject has no
   * entries; a subject without a non-empty `type` and `id` is refused with
   * `CORE_INVALID_ARGUMENT`.
   *
   * @example
   * ```ts
   * const history = await ksm.audit.forSubject({ type: "post", id: post.id });
   * const approval = history.findLast((entry) => entry.action === "post.approved");
   * // approval?.actor.name, approval?.at
   * const lastFive = await ksm.audit.forSubject({ type: "post", id: post.id }, { order: "desc", limit: 5 });
   * ```
   */
  forSubject(subject: AuditSubject, options: Omit<AuditListOptions, "subject"> = {}): Promise<AuditEntry[]> {
    // Left out, the option would mean every subject: the whole log instead of a history.
    if (subject === undefined || subject === null) {
      return Promise.reject(new CoreError("CORE_INVALID_ARGUMENT", `forSubject needs a subject { type, id }, got ${String(subject)}.`));
    }
    return this.#repository.list({ ...options, subject });
  }

  /**
   * The last entry's seq, hash and `at`, or `undefined` while the log is
   * empty. Record it elsewhere (or let an anchor do it) to detect a cut-off
   * tail later.
   */
  head(): Promise<AuditHead | undefined> {
    return this.#repository.head();
  }

  /** Whether heads of this log are anchored (the `anchor` option). */
  get hasAnchor(): boolean {
    return this.#anchor !== undefined;
  }

  /**
   * Reads the whole log page by page and checks the chain (see
   * {@link verifyAuditChain}): every entry of this organisation, every hash,
   * every link. The chain must also reach the repository's own head, every
   * trusted head of the anchor (when the `anchor` option is set) and, if
   * given, `expectedHead` — a head recorded elsewhere earlier. A stored entry
   * that cannot be read is reported as the problem `unreadable` at its
   * position; only a store that fails altogether makes it throw.
   *
   * Against an anchored head it finds, up to that head: a cut-off tail,
   * entries changed with every later hash recomputed, and entries inserted
   * or removed. What it cannot find: a change to entries appended after
   * the newest anchored head (cut them off, or rewrite them with their
   * hashes recomputed, and the log is still a valid chain that extends the
   * anchor). Anchoring often keeps that window small. The result's
   * `anchor` says which anchored head was checked and lists anchor records
   * that were not trusted (bad signature, another organisation, unknown
   * key) or a sink that could not be read: those are not `ok: false` (the
   * log may be fine), but without a trusted anchor a cut-off tail goes unnoticed.
   */
  async verify(options: { readonly expectedHead?: AuditHead } = {}): Promise<AuditVerification> {
    // Anchors first, then the store's head, then the entries: in an
    // append-only log every entry up to a head read earlier must then be listed.
    const anchor = this.#anchor ? await this.#readAnchors(this.#anchor) : undefined;
    const storedHead = await this.#repository.head();
    const heads: RecordedAuditHead[] = [
      ...(options.expectedHead ? [options.expectedHead] : []),
      ...(storedHead ? [{ seq: storedHead.seq, hash: storedHead.hash, recordedAs: "named as head by the store" }] : []),
      ...(anchor?.records ?? []).map((record) => ({ seq: record.seq, hash: record.hash, recordedAs: `anchored on ${record.anchoredAt}` })),
    ];
    const verifier = new AuditChainVerifier({ organisationId: this.organisationId, heads });
    await this.#check(verifier, 1, Number.POSITIVE_INFINITY);
    const result = verifier.finish();
    return anchor ? { ...result, anchor: anchor.check } : result;
  }

  async #readAnchors(anchor: AuditAnchor): Promise<{ records: readonly AuditAnchorRecord[]; check: AuditAnchorCheck }> {
    try {
      const reading = await anchor.read(this.organisationId);
      const check: AuditAnchorCheck = { ...(reading.newest ? { newest: reading.newest } : {}), trusted: reading.trusted.length, problems: reading.problems };
      return { records: reading.trusted, check };
    } catch (error) {
      const message = `The anchors in ${anchor.kind} could not be read (${error instanceof Error ? error.message : String(error)}); the log was checked without them.`;
      return { records: [], check: { trusted: 0, problems: [{ kind: "unavailable", where: anchor.kind, message }] } };
    }
  }

  /**
   * Pushes the entries from `fromSeq` to `toSeq` into `verifier`, page by
   * page, until it fails. A page the store cannot read
   * (`CORE_AUDIT_UNREADABLE`) is narrowed down to its readable start, which
   * is pushed, and the verifier is told of the unreadable entry after it.
   */
  async #check(verifier: AuditChainVerifier, fromSeq: number, toSeq: number): Promise<void> {
    for (let from = fromSeq; from <= toSeq; ) {
      const limit = Math.min(pageSize, toSeq - from + 1);
      let page: AuditEntry[];
      try {
        page = await this.#repository.list({ fromSeq: from, limit });
      } catch (error) {
        if (!KommuneError.isInstance(error, "CORE_AUDIT_UNREADABLE")) throw error;
        const { readable, failure } = await this.#readableStart(from, limit, error);
        for (const entry of readable) if (verifier.push(entry)) return;
        verifier.unreadable(failure.message);
        return;
      }
      for (const entry of page) if (verifier.push(entry)) return;
      const last = page[page.length - 1];
      // A seq that does not move on ends the loop rather than reading the same page forever.
      if (page.length < limit || !last || !Number.isSafeInteger(last.seq) || last.seq < from) return;
      from = last.seq + 1;
    }
  }

  /** The longest start of the page `list({ fromSeq, limit })` that can be read, and the error of the entry after it (by halving). */
  async #readableStart(fromSeq: number, limit: number, error: Error): Promise<{ readable: AuditEntry[]; failure: Error }> {
    let readable: AuditEntry[] = [];
    let failure = error;
    let good = 0;
    let bad = limit;
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      try {
        readable = await this.#repository.list({ fromSeq, limit: middle });
        good = middle;
      } catch (inner) {
        if (!KommuneError.isInstance(inner, "CORE_AUDIT_UNREADABLE")) throw inner;
        failure = inner;
        bad = middle;
      }
    }
    if (readable.length !== good) readable = good === 0 ? [] : await this.#repository.list({ fromSeq, limit: good });
    return { readable, failure };
  }

  /**
   * Anchors the log's current head now (see the `anchor` option) and
   * returns the record; `undefined` for an empty log. If the head was
   * anchored already, returns that record and writes nothing.
   *
   * Before a new head is anchored, the entries appended since the last
   * anchored head are checked (only those: the cost grows with what is new,
   * not with the log): the log must still hold the anchored head and extend
   * it link by link. Otherwise nothing is anchored and it throws
   * `CORE_AUDIT_CHAIN_BROKEN` — an anchor never blesses a rewritten log.
   * A failure of the sink is thrown as the sink threw it. Anchorings of one
   * instance run one after another.
   *
   * `createKommune({ auditAnchor })` calls it by itself; call it yourself
   * after an important step, or before a backup.
   */
  anchor(): Promise<AuditAnchorRecord | undefined> {
    const run = this.#anchorQueue.then(() => this.#anchorNow());
    this.#anchorQueue = run.catch(() => undefined);
    return run;
  }

  async #anchorNow(): Promise<AuditAnchorRecord | undefined> {
    const anchor = this.#anchor;
    if (!anchor) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `The audit log of "${this.organisationId}" has no anchor; pass \`anchor\` (createKommune: \`auditAnchor\`) to anchor its heads.`);
    }
    if (this.#anchored === undefined) this.#anchored = (await anchor.read(this.organisationId)).newest ?? null;
    const last = this.#anchored;
    const head = await this.#repository.head();
    if (last && head?.seq === last.seq && head.hash === last.hash) return last;
    if (!head) {
      if (last) this.#broken(`The log is empty, but entry ${last.seq} was anchored on ${last.anchoredAt}: the log was removed.`);
      return undefined;
    }
    // Only what came after the last anchored head is read: the entry at
    // that head must still be the anchored one, and everything after it
    // must link on from it up to the head.
    let verifier: AuditChainVerifier;
    let fromSeq = 1;
    if (last) {
      if (head.seq < last.seq) this.#broken(`The log ends at entry ${head.seq}, but entry ${last.seq} was anchored on ${last.anchoredAt}: the tail was cut off.`);
      const [anchoredEntry] = await this.#repository.list({ fromSeq: last.seq, limit: 1 });
      if (!anchoredEntry || anchoredEntry.seq !== last.seq) this.#broken(`Entry ${last.seq}, anchored on ${last.anchoredAt}, is missing from the log.`);
      fromSeq = last.seq + 1;
      verifier = new AuditChainVerifier({
        organisationId: this.organisationId,
        after: { seq: last.seq - 1, hash: anchoredEntry.prevHash },
        heads: [{ seq: last.seq, hash: last.hash, recordedAs: `anchored on ${last.anchoredAt}` }, { seq: head.seq, hash: head.hash, recordedAs: "named as head by the store" }],
      });
      verifier.push(anchoredEntry);
    } else {
      verifier = new AuditChainVerifier({ organisationId: this.organisationId, heads: [{ seq: head.seq, hash: head.hash, recordedAs: "named as head by the store" }] });
    }
    await this.#check(verifier, fromSeq, head.seq);
    const result = verifier.finish();
    if (!result.ok) this.#broken(`Entry ${result.seq}: ${result.message}`);
    const record = await anchor.record(this.organisationId, { seq: head.seq, hash: head.hash });
    this.#anchored = record;
    return record;
  }

  #broken(detail: string): never {
    throw new CoreError(
      "CORE_AUDIT_CHAIN_BROKEN",
      `The audit log of "${this.organisationId}" does not extend its last anchored head, so its head was not anchored. ${detail} Run verify() to see where, and restore the log from a backup.`,
    );
  }

  /**
   * The whole log as JSON lines: one canonical JSON object (RFC 8785) per entry,
   * each line ending in `"\n"`; an empty log gives `""`. Read a copy back with
   * {@link parseAuditJsonLines} and check it with {@link verifyAuditChain}.
   * A stored entry that cannot be read makes it throw `CORE_AUDIT_UNREADABLE`
   * (a copy without it would not be the log); {@link AuditLog.verify} says where.
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
