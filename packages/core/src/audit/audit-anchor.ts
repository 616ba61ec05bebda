import type { KeyObject } from "node:crypto";
import type { AuditHead } from "./audit-entry.js";

/**
 * One anchored head of an organisation's audit log, as kept outside the
 * store: which entry was the head, when it was anchored, and an Ed25519
 * signature over all of it (see {@link auditAnchorSigningText}), so that
 * nobody without the signing key can forge or change a record.
 */
export interface AuditAnchorRecord {
  /** The organisation whose log it is. */
  readonly organisationId: string;
  /** `seq` of the head entry. */
  readonly seq: number;
  /** `hash` of the head entry. */
  readonly hash: string;
  /** When the head was anchored, RFC 3339 UTC with milliseconds, from the Clock port. */
  readonly anchoredAt: string;
  /** Which key signed it; the key source gives its public key to check the signature. */
  readonly keyId: string;
  /** Ed25519 signature over {@link auditAnchorSigningText} of the other fields, base64. */
  readonly signature: string;
}

/** The key that signs new anchor records: an Ed25519 private key and its id. */
export interface AuditAnchorSigningKey {
  /** The key's id, written into each record, e.g. `"audit-anchor-2026"`. */
  readonly keyId: string;
  /** An Ed25519 private key: a `KeyObject` or PEM text (PKCS #8). */
  readonly privateKey: KeyObject | string;
}

/**
 * Where the keys of audit anchoring come from. Core cannot reach a suite's
 * vault itself: the embedding suite backs this with the same vault that
 * holds its other secrets (the one behind `@kommune-sm/network`'s
 * `SecretsPort`), keeping the private key out of the store, the anchor sink
 * and the logs. {@link staticAuditAnchorKeys} serves keys held in memory.
 *
 * @example
 * ```ts
 * const keys: AuditAnchorKeySource = {
 *   signingKey: async () => ({ keyId: "anchor-2026", privateKey: await vault.read("ksm/audit-anchor/private.pem") }),
 *   verificationKey: async (keyId) => vault.read(`ksm/audit-anchor/${keyId}.pub.pem`).catch(() => undefined),
 * };
 * ```
 */
export interface AuditAnchorKeySource {
  /** The key that signs the next record; asked at every anchoring, so a rotated key takes effect at once. */
  signingKey(): Promise<AuditAnchorSigningKey>;
  /**
   * The public key of `keyId` (a `KeyObject` or SPKI PEM text), also of keys
   * retired since, to check records signed earlier; undefined for a key
   * unknown to the source (its records are then reported, not trusted).
   */
  verificationKey(keyId: string): Promise<KeyObject | string | undefined>;
}

/** One stored item as a sink hands it back: unverified, and where it was found. */
export interface AuditAnchorSinkItem {
  /** Where the item is, for messages, e.g. `"line 7 of /var/lib/ksm/anchors.jsonl"`. */
  readonly where: string;
  /** The record as stored, not yet checked; absent when the item could not be read at all. */
  readonly record?: unknown;
  /** Why the item could not be read (damaged JSON), when it could not. */
  readonly unreadable?: string;
}

/**
 * Where anchored heads are kept: somewhere the store's own writers cannot
 * write (another volume, an append-only file, a second database, a
 * timestamping or archive service), so that whoever can rewrite the
 * database cannot rewrite the anchors too.
 *
 * Core ships {@link openFileAuditAnchorSink} (append-only JSON lines); a
 * sink on an HTTP service or a second database is a plugin's job: it
 * implements these two methods and is wrapped with {@link createAuditAnchor},
 * which signs and checks.
 */
export interface AuditAnchorSink {
  /** A name for logs and messages, e.g. `"file:/var/lib/ksm/anchors.jsonl"`; never with credentials. */
  readonly kind: string;
  /** Keeps `record` durably (written through to the disk or acknowledged by the service) before resolving. */
  append(record: AuditAnchorRecord): Promise<void>;
  /**
   * The items kept for `organisationId`, oldest first, as stored, plus any
   * item that could not be read and so might have been the organisation's.
   * Items of other organisations may be left out.
   */
  read(organisationId: string): Promise<readonly AuditAnchorSinkItem[]>;
}

/**
 * Why an anchor record was not trusted, or the anchors could not be read:
 * - `unreadable`: an item of the sink could not be read (damaged JSON);
 * - `malformed`: an item is not an anchor record (a field missing or of the wrong form);
 * - `wrong-organisation`: the record is of another organisation than the one asked for;
 * - `unknown-key`: the key source knows no public key for the record's `keyId`;
 * - `bad-signature`: the signature does not match the record (it was changed or forged);
 * - `conflicting`: two trusted records name different hashes for one seq
 *   (the log was rewritten between two anchorings, or two logs share the sink);
 * - `unavailable`: the sink could not be read at all.
 */
export type AuditAnchorProblemKind = "unreadable" | "malformed" | "wrong-organisation" | "unknown-key" | "bad-signature" | "conflicting" | "unavailable";

/** A record that was not trusted, or a sink that could not be read. */
export interface AuditAnchorProblem {
  /** What is wrong; see {@link AuditAnchorProblemKind}. */
  readonly kind: AuditAnchorProblemKind;
  /** Where, as the sink says, e.g. `"line 7 of /var/lib/ksm/anchors.jsonl"`. */
  readonly where: string;
  /** The problem explained for people, in English. */
  readonly message: string;
}

/** What {@link AuditAnchor.read} found for one organisation. */
export interface AuditAnchorReading {
  /** Every record whose signature checked out, oldest first. */
  readonly trusted: readonly AuditAnchorRecord[];
  /** The trusted record with the highest seq (the latest anchored head); absent when there is none. */
  readonly newest?: AuditAnchorRecord;
  /** Items that were not trusted, and why; empty when all is well. */
  readonly problems: readonly AuditAnchorProblem[];
}

/**
 * The audit anchor port: records signed heads of an organisation's audit
 * log outside the store, and reads them back checked. A log checked
 * against an anchored head (see `AuditLog.verify`) shows a cut-off tail,
 * entries rewritten with their hashes recomputed, and inserted entries, up
 * to that head. {@link createAuditAnchor} implements it over an
 * {@link AuditAnchorSink} and an {@link AuditAnchorKeySource}.
 */
export interface AuditAnchor {
  /** A name for logs and messages: the sink's kind. */
  readonly kind: string;
  /** Signs `head` of the organisation's log, keeps the record durably in the sink, and returns it. */
  record(organisationId: string, head: AuditHead): Promise<AuditAnchorRecord>;
  /** The organisation's records, each checked (form, organisation, signature); never throws for a bad record, only reports it. */
  read(organisationId: string): Promise<AuditAnchorReading>;
}

/** How {@link AuditLog.verify} checked a log against its anchor (the `anchor` field of the result). */
export interface AuditAnchorCheck {
  /** The newest trusted anchored head, which the log must reach and hold; absent when none was anchored yet. */
  readonly newest?: AuditAnchorRecord;
  /** How many trusted anchored heads the log was checked against (every one of them must be in the log). */
  readonly trusted: number;
  /** Records that were not trusted, and a sink that could not be read; empty when all is well. */
  readonly problems: readonly AuditAnchorProblem[];
}
