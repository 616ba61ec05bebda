import type { KeyObject } from "node:crypto";
import { systemClock, type Clock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { formatInstant } from "../time/format-instant.js";
import type { AuditAnchor, AuditAnchorKeySource, AuditAnchorProblem, AuditAnchorReading, AuditAnchorRecord, AuditAnchorSink } from "./audit-anchor.js";
import { auditAnchorSignatureValid, ed25519PrivateKey, ed25519PublicKey, signAuditAnchor } from "./audit-anchor-signature.js";
import { isAuditInstant } from "./audit-append-rule.js";
import type { AuditHead } from "./audit-entry.js";

/** Options of {@link createAuditAnchor}. */
export interface AuditAnchorOptions {
  /** Where the signed heads are kept, e.g. {@link openFileAuditAnchorSink}. */
  readonly sink: AuditAnchorSink;
  /** The signing key and the public keys to check with; backed by the suite's vault. */
  readonly keys: AuditAnchorKeySource;
  /** Where `anchoredAt` is read; default the system clock. */
  readonly clock?: Clock;
}

const hexHash = /^[0-9a-f]{64}$/;
// 64 bytes of an Ed25519 signature in base64: 86 characters and "==".
const signatureForm = /^[A-Za-z0-9+/]{86}==$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** What keeps `value` from being an anchor record, or undefined. */
function recordProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "it is not a JSON object";
  const wrong: string[] = [];
  if (typeof value.organisationId !== "string" || value.organisationId === "") wrong.push("organisationId");
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < 1) wrong.push("seq");
  if (typeof value.hash !== "string" || !hexHash.test(value.hash)) wrong.push("hash");
  if (!isAuditInstant(value.anchoredAt)) wrong.push("anchoredAt");
  if (typeof value.keyId !== "string" || value.keyId === "") wrong.push("keyId");
  if (typeof value.signature !== "string" || !signatureForm.test(value.signature)) wrong.push("signature");
  return wrong.length === 0 ? undefined : `${wrong.join(", ")} ${wrong.length === 1 ? "is" : "are"} missing or of the wrong form`;
}

/**
 * The audit anchor over a sink: {@link AuditAnchor.record} signs a head
 * with the key source's current Ed25519 key and keeps the record in the
 * sink; {@link AuditAnchor.read} reads the organisation's records back and
 * trusts only those that are well-formed, of that organisation, and signed
 * by a key the key source knows. Every other item is reported as a problem
 * with where it is, never trusted.
 *
 * Pass it to `createKommune({ auditAnchor })`, which anchors the log's head
 * by itself (see `KommuneOptions.auditAnchoring`) and checks
 * `ksm.audit.verify()` against the newest anchor.
 *
 * @example
 * ```ts
 * const auditAnchor = createAuditAnchor({
 *   sink: await openFileAuditAnchorSink({ file: "/mnt/anchors/kommune-sm-anchors.jsonl" }),
 *   keys: staticAuditAnchorKeys({ keyId: "anchor-2026", privateKey: process.env.KSM_ANCHOR_KEY! }),
 * });
 * const ksm = await createKommune({ organisation, store, auditAnchor });
 * ```
 */
export function createAuditAnchor(options: AuditAnchorOptions): AuditAnchor {
  const { sink, keys } = options;
  if (typeof sink?.append !== "function" || typeof sink.read !== "function") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "createAuditAnchor needs `sink`, an AuditAnchorSink with append and read.");
  }
  if (typeof keys?.signingKey !== "function" || typeof keys.verificationKey !== "function") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "createAuditAnchor needs `keys`, an AuditAnchorKeySource with signingKey and verificationKey.");
  }
  const clock = options.clock ?? systemClock;

  return {
    kind: sink.kind,

    async record(organisationId: string, head: AuditHead): Promise<AuditAnchorRecord> {
      if (typeof organisationId !== "string" || organisationId === "") {
        throw new CoreError("CORE_INVALID_ARGUMENT", "An audit anchor needs a non-empty organisationId.");
      }
      if (typeof head !== "object" || head === null || !Number.isSafeInteger(head.seq) || head.seq < 1 || !hexHash.test(head.hash)) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Not an audit head to anchor: ${JSON.stringify(head)}. A head has a seq of 1 or more and a 64-digit hex hash.`);
      }
      const key = await keys.signingKey();
      if (typeof key?.keyId !== "string" || key.keyId === "") {
        throw new CoreError("CORE_INVALID_ARGUMENT", "The key source of audit anchoring gave a signing key without a keyId.");
      }
      const privateKey = ed25519PrivateKey(key.privateKey, key.keyId);
      const unsigned = { organisationId, seq: head.seq, hash: head.hash, anchoredAt: formatInstant(clock.now()), keyId: key.keyId };
      const record: AuditAnchorRecord = { ...unsigned, signature: signAuditAnchor(unsigned, privateKey) };
      await sink.append(record);
      return record;
    },

    async read(organisationId: string): Promise<AuditAnchorReading> {
      const items = await sink.read(organisationId);
      const problems: AuditAnchorProblem[] = [];
      const trusted: AuditAnchorRecord[] = [];
      const publicKeys = new Map<string, KeyObject | undefined>();
      const publicKey = async (keyId: string) => {
        if (!publicKeys.has(keyId)) {
          const found = await keys.verificationKey(keyId);
          publicKeys.set(keyId, found === undefined ? undefined : ed25519PublicKey(found));
        }
        return publicKeys.get(keyId);
      };
      for (const item of items) {
        if (item.unreadable !== undefined || item.record === undefined) {
          problems.push({ kind: "unreadable", where: item.where, message: `The anchor record at ${item.where} cannot be read: ${item.unreadable ?? "it is empty"}.` });
          continue;
        }
        const malformed = recordProblem(item.record);
        if (malformed !== undefined) {
          problems.push({ kind: "malformed", where: item.where, message: `The item at ${item.where} is not an anchor record: ${malformed}.` });
          continue;
        }
        const record = item.record as AuditAnchorRecord;
        if (record.organisationId !== organisationId) {
          problems.push({
            kind: "wrong-organisation",
            where: item.where,
            message: `The anchor record at ${item.where} is of organisation "${record.organisationId}", not "${organisationId}"; it is not trusted.`,
          });
          continue;
        }
        const key = await publicKey(record.keyId);
        if (!key) {
          problems.push({
            kind: "unknown-key",
            where: item.where,
            message: `The anchor record at ${item.where} is signed with key "${record.keyId}", which the key source does not know (or which is no Ed25519 public key); it is not trusted. Give the key source the public key of every key that signed anchors.`,
          });
          continue;
        }
        if (!auditAnchorSignatureValid(record, key)) {
          problems.push({
            kind: "bad-signature",
            where: item.where,
            message: `The signature of the anchor record at ${item.where} (entry ${record.seq}) does not match it: the record was changed or forged; it is not trusted.`,
          });
          continue;
        }
        trusted.push({ organisationId: record.organisationId, seq: record.seq, hash: record.hash, anchoredAt: record.anchoredAt, keyId: record.keyId, signature: record.signature });
      }
      let newest: AuditAnchorRecord | undefined;
      const bySeq = new Map<number, AuditAnchorRecord>();
      for (const record of trusted) {
        const same = bySeq.get(record.seq);
        if (same && same.hash !== record.hash) {
          problems.push({
            kind: "conflicting",
            where: `${sink.kind}, entry ${record.seq}`,
            message: `Two trusted anchor records name different hashes for entry ${record.seq} (anchored ${same.anchoredAt} and ${record.anchoredAt}): the log was rewritten between them, or two logs of "${organisationId}" share the sink.`,
          });
        } else if (!same) {
          bySeq.set(record.seq, record);
        }
        if (!newest || record.seq > newest.seq) newest = record;
      }
      return newest ? { trusted, newest, problems } : { trusted, problems };
    },
  };
}
