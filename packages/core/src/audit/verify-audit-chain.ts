import type { AuditEntry, AuditHead } from "./audit-entry.js";
import { AuditChainVerifier } from "./audit-chain-verifier.js";
import type { AuditVerification } from "./audit-verification.js";

/** Options of {@link verifyAuditChain}. */
export interface VerifyAuditChainOptions {
  /** Every entry must belong to this organisation (default: the organisation of the first entry). */
  readonly organisationId?: string;
  /**
   * A head recorded outside the log earlier (printed in a report, sent to an
   * archive, kept by a second system). The chain must reach `expectedHead.seq`
   * and hold `expectedHead.hash` there; entries appended after it are fine.
   */
  readonly expectedHead?: AuditHead;
}

/**
 * Checks a whole chain, in ascending seq, and reports the first problem.
 *
 * Finds any changed entry (any field, also `hash` and `prevHash`), an entry
 * removed from the middle, entries swapped, moved or duplicated, and entries of
 * another organisation. It cannot find a cut-off tail on its own: a chain
 * that lost its last entries is still a valid chain. That is found only
 * against a head kept elsewhere — pass it as `expectedHead` (an anchored
 * head, see {@link AuditAnchor}, is one). Likewise, whoever can rewrite the
 * whole log from some entry on (recomputing every hash after it), or insert
 * an entry, is found only against such a head — and only up to it.
 *
 * Never throws for a bad chain, only for a malformed `expectedHead`.
 *
 * @example
 * ```ts
 * const result = verifyAuditChain(parseAuditJsonLines(exported), { expectedHead: headFromLastMonthsReport });
 * if (!result.ok) console.error(`entry ${result.seq}: ${result.problem} — ${result.message}`);
 * ```
 */
export function verifyAuditChain(entries: Iterable<AuditEntry>, options: VerifyAuditChainOptions = {}): AuditVerification {
  const verifier = new AuditChainVerifier({
    organisationId: options.organisationId,
    heads: options.expectedHead ? [options.expectedHead] : [],
  });
  for (const entry of entries) {
    const failure = verifier.push(entry);
    if (failure) return failure;
  }
  return verifier.finish();
}
