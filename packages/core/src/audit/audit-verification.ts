import type { AuditAnchorCheck } from "./audit-anchor.js";
import type { AuditHead } from "./audit-entry.js";

/**
 * What is wrong with a chain, at the first entry where it shows:
 * - `hash-mismatch`: an entry's content does not match its hash — a field was changed after writing;
 * - `broken-link`: an entry's `prevHash` is not the hash of the entry before it;
 * - `sequence-gap`: seq does not count 1, 2, 3, ... — an entry was removed, duplicated or moved;
 * - `wrong-organisation`: an entry belongs to another organisation;
 * - `head-mismatch`: the chain does not reach, or does not contain, a head recorded elsewhere
 *   (an anchored head, an `expectedHead`) — the tail was cut off, or the log was rewritten
 *   from some entry on (hashes recomputed) or had an entry inserted;
 * - `unreadable`: the stored entry at this position cannot be read at all (damaged JSON, not an entry).
 */
export type AuditProblem = "hash-mismatch" | "broken-link" | "sequence-gap" | "wrong-organisation" | "head-mismatch" | "unreadable";

/**
 * The outcome of {@link verifyAuditChain} and {@link AuditLog.verify}. On
 * failure, `seq` is the position in the chain (1-based: the seq the entry
 * there should have, and the line number of an exported copy) where the
 * problem shows first, and `entries` the number of entries before it that
 * verified.
 *
 * `ok` speaks of the log. Where the log was checked against an
 * {@link AuditAnchor}, `anchor` says against which anchored heads and lists
 * anchor records that could not be trusted (a bad signature, another
 * organisation, an unknown key) and a sink that could not be read: check
 * `anchor.problems` as well, since without a trusted anchor a cut-off tail
 * goes unnoticed.
 */
export type AuditVerification =
  | {
      /** The chain is intact. */
      readonly ok: true;
      /** How many entries were verified. */
      readonly entries: number;
      /** The last entry; keep it elsewhere to detect a cut-off tail later. Absent for an empty log. */
      readonly head?: AuditHead;
      /** How the log was checked against its anchor; present when an anchor is configured. */
      readonly anchor?: AuditAnchorCheck;
    }
  | {
      /** The chain is broken. */
      readonly ok: false;
      /** How many entries verified before the problem. */
      readonly entries: number;
      /** Position (1-based) where the problem shows first. */
      readonly seq: number;
      /** What kind of damage it is. */
      readonly problem: AuditProblem;
      /** The problem explained for people, in English. */
      readonly message: string;
      /** How the log was checked against its anchor; present when an anchor is configured. */
      readonly anchor?: AuditAnchorCheck;
    };
