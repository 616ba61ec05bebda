import { CoreError } from "../errors/core-errors.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditHead } from "./audit-entry.js";
import type { AuditProblem, AuditVerification } from "./audit-verification.js";
import { hashAuditEntry } from "./hash-audit-entry.js";
import { auditEntryShapeProblem } from "./stored-audit-entry.js";

type Failure = Extract<AuditVerification, { ok: false }>;

/**
 * A head the chain must reach and contain, with the words that say where
 * it was recorded (`"anchored on 2026-03-29T07:30:00.000Z"`), for messages.
 */
export interface RecordedAuditHead extends AuditHead {
  /** How a message names where this head was recorded; default `"recorded as head"`. */
  readonly recordedAs?: string;
}

/** Options of {@link AuditChainVerifier}. */
export interface AuditChainVerifierOptions {
  /** Every entry must belong to it; without it, to the organisation of the first entry. */
  readonly organisationId?: string | undefined;
  /** Heads recorded elsewhere (anchors, reports) that the chain must reach and contain. */
  readonly heads?: readonly RecordedAuditHead[];
  /**
   * Where the entries pushed start: the chain up to `after.seq` is taken as
   * verified and ending in `after.hash`, so the first entry pushed must be
   * `after.seq + 1` and link to it. Default: the start of the log (seq 0,
   * the genesis hash). For checking only what was appended since a head
   * that was verified before.
   */
  readonly after?: AuditHead;
}

/**
 * Checks a chain one entry at a time, so that a long log can be verified page
 * by page without holding it all in memory. {@link verifyAuditChain} is the
 * one-call form.
 */
export class AuditChainVerifier {
  #verified: number;
  #previousHash: string;
  #organisationId: string | undefined;
  /** The recorded heads by seq (several may name one seq), and the highest seq among them. */
  readonly #heads = new Map<number, RecordedAuditHead[]>();
  #furthest: RecordedAuditHead | undefined;
  #failure: Failure | undefined;

  constructor(options: AuditChainVerifierOptions = {}) {
    for (const head of options.heads ?? []) {
      if (typeof head !== "object" || head === null || !Number.isSafeInteger(head.seq) || head.seq < 1 || typeof head.hash !== "string") {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Not an audit head: ${JSON.stringify(head)}.`);
      }
      const atSeq = this.#heads.get(head.seq);
      if (atSeq) atSeq.push(head);
      else this.#heads.set(head.seq, [head]);
      if (!this.#furthest || head.seq > this.#furthest.seq) this.#furthest = head;
    }
    const after = options.after;
    if (after !== undefined && (typeof after !== "object" || after === null || !Number.isSafeInteger(after.seq) || after.seq < 0 || typeof after.hash !== "string")) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `Not an audit head to start after: ${JSON.stringify(after)}.`);
    }
    this.#verified = after?.seq ?? 0;
    this.#previousHash = after?.hash ?? AUDIT_GENESIS_HASH;
    this.#organisationId = options.organisationId;
  }

  /** The failure found so far, if any; after a failure further entries are ignored. */
  get failure(): Failure | undefined {
    return this.#failure;
  }

  /** The seq of the last entry that verified (0 before the first). */
  get verified(): number {
    return this.#verified;
  }

  /** Checks the next entry; returns the failure if this entry (or an earlier one) broke the chain. */
  push(entry: AuditEntry): Failure | undefined {
    if (this.#failure) return this.#failure;
    const position = this.#verified + 1;
    const shape = auditEntryShapeProblem(entry);
    if (shape !== undefined) {
      return this.#fail(position, "unreadable", `Entry ${position} is not an audit entry: ${shape}.`);
    }
    if (entry.seq !== position) {
      return this.#fail(
        position,
        "sequence-gap",
        `Expected entry ${position} but found seq ${String(entry.seq)}: an entry was removed, duplicated or moved.`,
      );
    }
    this.#organisationId ??= entry.organisationId;
    if (entry.organisationId !== this.#organisationId) {
      return this.#fail(
        position,
        "wrong-organisation",
        `Entry ${position} belongs to organisation "${String(entry.organisationId)}", not "${this.#organisationId}".`,
      );
    }
    if (entry.prevHash !== this.#previousHash) {
      return this.#fail(position, "broken-link", `Entry ${position} does not link to the entry before it (prevHash differs).`);
    }
    let hash: string | undefined;
    try {
      hash = hashAuditEntry(entry);
    } catch {
      // Content a hash cannot even be computed for was not written by the log.
    }
    if (hash === undefined || hash !== entry.hash) {
      return this.#fail(position, "hash-mismatch", `Entry ${position} was changed after it was written: its content does not match its hash.`);
    }
    for (const head of this.#heads.get(position) ?? []) {
      if (head.hash !== hash) {
        return this.#fail(
          position,
          "head-mismatch",
          `Entry ${position} is not the one ${head.recordedAs ?? "recorded as head"}: the log was rewritten from here on or earlier (entries changed with their hashes recomputed, or an entry inserted or removed).`,
        );
      }
    }
    this.#previousHash = hash;
    this.#verified = position;
    return undefined;
  }

  /**
   * Records that the stored entry at the next position cannot be read
   * (`detail` says why, e.g. the store's error message) and returns the
   * failure `unreadable`.
   */
  unreadable(detail: string): Failure {
    if (this.#failure) return this.#failure;
    const position = this.#verified + 1;
    return this.#fail(position, "unreadable", `Entry ${position} cannot be read: ${detail}`);
  }

  /** The verdict on everything pushed, including whether the recorded heads were reached. */
  finish(): AuditVerification {
    if (this.#failure) return this.#failure;
    const furthest = this.#furthest;
    if (furthest && furthest.seq > this.#verified) {
      return this.#fail(
        furthest.seq,
        "head-mismatch",
        `The log ends at entry ${this.#verified}, but entry ${furthest.seq} was ${furthest.recordedAs ?? "recorded as head"}: the tail was cut off.`,
      );
    }
    return this.#verified === 0
      ? { ok: true, entries: 0 }
      : { ok: true, entries: this.#verified, head: { seq: this.#verified, hash: this.#previousHash } };
  }

  #fail(seq: number, problem: AuditProblem, message: string): Failure {
    this.#failure = { ok: false, entries: this.#verified, seq, problem, message };
    return this.#failure;
  }
}
