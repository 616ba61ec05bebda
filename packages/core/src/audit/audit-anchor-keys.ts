import type { KeyObject } from "node:crypto";
import { CoreError } from "../errors/core-errors.js";
import type { AuditAnchorKeySource } from "./audit-anchor.js";
import { ed25519PrivateKey, ed25519PublicKey } from "./audit-anchor-signature.js";

/** Options of {@link staticAuditAnchorKeys}. */
export interface StaticAuditAnchorKeysOptions {
  /** The id of the signing key, written into each record. */
  readonly keyId: string;
  /** The Ed25519 private key that signs: a `KeyObject` or PEM text (PKCS #8). */
  readonly privateKey: KeyObject | string;
  /** Public keys of keys retired earlier, by key id, so that records they signed are still trusted. */
  readonly retired?: Readonly<Record<string, KeyObject | string>>;
}

/**
 * An {@link AuditAnchorKeySource} over keys held in memory: for tests,
 * demos and a deployment that loads its key at start-up (from a file the
 * store's writers cannot read, or from the suite's vault). The private key
 * is checked here, so a wrong key fails at start-up, not at the first
 * anchoring.
 *
 * @example
 * ```ts
 * import { generateKeyPairSync } from "node:crypto";
 * const { privateKey } = generateKeyPairSync("ed25519");
 * const keys = staticAuditAnchorKeys({ keyId: "test", privateKey });
 * ```
 */
export function staticAuditAnchorKeys(options: StaticAuditAnchorKeysOptions): AuditAnchorKeySource {
  if (typeof options?.keyId !== "string" || options.keyId === "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "staticAuditAnchorKeys needs `keyId`, a non-empty string.");
  }
  const privateKey = ed25519PrivateKey(options.privateKey, options.keyId);
  const publicKeys = new Map<string, KeyObject>([[options.keyId, ed25519PublicKey(privateKey)!]]);
  for (const [keyId, key] of Object.entries(options.retired ?? {})) {
    const publicKey = ed25519PublicKey(key);
    if (!publicKey) throw new CoreError("CORE_INVALID_ARGUMENT", `The retired key "${keyId}" of audit anchoring is no Ed25519 key.`);
    if (!publicKeys.has(keyId)) publicKeys.set(keyId, publicKey);
  }
  return {
    signingKey: async () => ({ keyId: options.keyId, privateKey }),
    verificationKey: async (keyId) => publicKeys.get(keyId),
  };
}
