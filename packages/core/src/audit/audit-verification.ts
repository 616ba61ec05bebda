import type { AuditHead } from "./audit-entry.js";

/**
 * What is wrong with a chain, at the first entry where it shows:
 * - `hash-mismatch`: an entry's content does not match its hash — a field was changed after writing;
 * - `broken-link`: an entry's `prevHash` is not the hash of the entry before it;
 * - `sequence-gap`: seq does not count 1, 2, 3, ... — an entry was removed, duplicated or moved;
 * - `wrong-organisation`: an entry belongs to another organisation;
 * - `head-mismatch`: the chain does not reach, or does not contain, a head recorded elsewhere —
 *   the tail was cut off or rewritten.
 */
export type AuditProblem = "hash-mismatch" | "broken-link" | "sequence-gap" | "wrong-organisation" | "head-mismatch";

/**
 * The outcome of {@link verifyAuditChain}. On failure, `seq` is the position
 * in the chain (1-based: the seq the entry there should have, and the line
 * number of an exported copy) where the problem shows first, and `entries`
 * the number of entries before it that verified.
 */
export type AuditVerification =
  | {
      /** The chain is intact. */
      readonly ok: true;
      /** How many entries were verified. */
      readonly entries: number;
      /** The last entry; keep it elsewhere to detect a cut-off tail later. Absent for an empty log. */
      readonly head?: AuditHead;
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
    };
