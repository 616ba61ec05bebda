import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";
import { CoreError } from "../errors/core-errors.js";
import type { AuditAnchorRecord } from "./audit-anchor.js";

/**
 * What every anchor signature covers besides the record's fields, so that
 * a signature made with the key for anything else can never pass as an
 * anchor record.
 */
export const AUDIT_ANCHOR_PURPOSE = "kommune-sm/audit-anchor/v1";

/**
 * The text an anchor record's signature is made over:
 *
 * `JCS({ anchoredAt, hash, keyId, organisationId, purpose: "kommune-sm/audit-anchor/v1", seq })`
 *
 * (JCS: the JSON Canonicalization Scheme of RFC 8785), signed as UTF-8
 * with Ed25519, the signature stored as base64. The recipe is fixed, so
 * that an auditor can check records with any Ed25519 implementation.
 */
export function auditAnchorSigningText(record: Omit<AuditAnchorRecord, "signature">): string {
  const text = canonicalize({
    anchoredAt: record.anchoredAt,
    hash: record.hash,
    keyId: record.keyId,
    organisationId: record.organisationId,
    purpose: AUDIT_ANCHOR_PURPOSE,
    seq: record.seq,
  });
  if (text === undefined) throw new TypeError("An anchor record must be a JSON object.");
  return text;
}

/** `key` as an Ed25519 private KeyObject; `CORE_INVALID_ARGUMENT` naming `keyId` for anything else. */
export function ed25519PrivateKey(key: KeyObject | string, keyId: string): KeyObject {
  let object: KeyObject;
  try {
    object = typeof key === "string" ? createPrivateKey(key) : key;
  } catch (cause) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `The signing key "${keyId}" of audit anchoring cannot be read as a private key (PEM, PKCS #8).`, { cause });
  }
  if (object.type !== "private" || object.asymmetricKeyType !== "ed25519") {
    throw new CoreError(
      "CORE_INVALID_ARGUMENT",
      `The signing key "${keyId}" of audit anchoring must be an Ed25519 private key, got a ${object.type} ${object.asymmetricKeyType ?? "secret"} key. Make one with generateKeyPairSync("ed25519").`,
    );
  }
  return object;
}

/** `key` as an Ed25519 public KeyObject (a private key gives its public half), or undefined when it is none. */
export function ed25519PublicKey(key: KeyObject | string): KeyObject | undefined {
  try {
    const object = typeof key === "string" ? createPublicKey(key) : key.type === "private" ? createPublicKey(key) : key;
    return object.type === "public" && object.asymmetricKeyType === "ed25519" ? object : undefined;
  } catch {
    return undefined;
  }
}

/** The base64 Ed25519 signature of `record` (see {@link auditAnchorSigningText}). */
export function signAuditAnchor(record: Omit<AuditAnchorRecord, "signature">, privateKey: KeyObject): string {
  return sign(null, Buffer.from(auditAnchorSigningText(record), "utf8"), privateKey).toString("base64");
}

/** True if `record.signature` is the Ed25519 signature of the record by `publicKey`. */
export function auditAnchorSignatureValid(record: AuditAnchorRecord, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(auditAnchorSigningText(record), "utf8"), publicKey, Buffer.from(record.signature, "base64"));
  } catch {
    return false;
  }
}
