import { CoreError } from "../errors/core-errors.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditHead } from "./audit-entry.js";
import type { AuditProblem, AuditVerification } from "./audit-verification.js";
import { hashAuditEntry } from "./hash-audit-entry.js";

type Failure = Extract<AuditVerification, { ok: false }>;

/**
 * Checks a chain one entry at a time, so that a long log can be verified page
 * by page without holding it all in memory. {@link verifyAuditChain} is the
 * one-call form.
 */
export class AuditChainVerifier {
  #verified = 0;
  #previousHash = AUDIT_GENESIS_HASH;
  #organisationId: string | undefined;
  #heads: readonly AuditHead[];
  #failure: Failure | undefined;

  /**
   * @param options.organisationId every entry must belong to it; without it, to the organisation of the first entry.
   * @param options.heads heads recorded elsewhere that the chain must reach and contain.
   */
  constructor(options: { readonly organisationId?: string | undefined; readonly heads?: readonly AuditHead[] } = {}) {
    for (const head of options.heads ?? []) {
      if (typeof head !== "object" || head === null || !Number.isSafeInteger(head.seq) || head.seq < 1 || typeof head.hash !== "string") {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Not an audit head: ${JSON.stringify(head)}.`);
      }
    }
    this.#organisationId = options.organisationId;
    this.#heads = options.heads ?? [];
  }

  /** The failure found so far, if any; after a failure further entries are ignored. */
  get failure(): Failure | undefined {
    return this.#failure;
  }

  /** Checks the next entry; returns the failure if this entry (or an earlier one) broke the chain. */
  push(entry: AuditEntry): Failure | undefined {
    if (this.#failure) return this.#failure;
    const position = this.#verified + 1;
    if (typeof entry !== "object" || entry === null) {
      return this.#fail(position, "hash-mismatch", `Entry ${position} is not an audit entry.`);
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
    for (const head of this.#heads) {
      if (head.seq === position && head.hash !== hash) {
        return this.#fail(position, "head-mismatch", `Entry ${position} is not the one recorded as head: the log was rewritten from here on or earlier.`);
      }
    }
    this.#previousHash = hash;
    this.#verified = position;
    return undefined;
  }

  /** The verdict on everything pushed, including whether the recorded heads were reached. */
  finish(): AuditVerification {
    if (this.#failure) return this.#failure;
    for (const head of this.#heads) {
      if (head.seq > this.#verified) {
        return this.#fail(
          head.seq,
          "head-mismatch",
          `The log ends at entry ${this.#verified}, but entry ${head.seq} was recorded as head: the tail was cut off.`,
        );
      }
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
