export { AUDIT_GENESIS_HASH, type AuditActor, type AuditEntry, type AuditEntryInput, type AuditHead, type AuditSubject } from "./audit-entry.js";
export type { JsonValue } from "./json-value.js";
export { AUDIT_ACTION_PATTERN, auditEntryInputSchema, auditEntrySchema } from "./audit-entry-schema.js";
export { auditMessages, type AuditMessageKey } from "./audit-messages.js";
export { hashAuditEntry } from "./hash-audit-entry.js";
export { createAuditEntry } from "./create-audit-entry.js";
export { AUDIT_LIST_MAX_LIMIT, type AuditRepository, type AuditListOptions } from "./audit-repository.js";
export { isAboutSubject, selectAuditEntries, validateAuditListOptions, type AuditListQuery } from "./audit-list-options.js";
export { createMemoryAuditRepository, type MemoryAuditRepositoryOptions } from "./memory-audit-repository.js";
export type { AuditProblem, AuditVerification } from "./audit-verification.js";
export { verifyAuditChain, type VerifyAuditChainOptions } from "./verify-audit-chain.js";
export { AuditChainVerifier } from "./audit-chain-verifier.js";
export { AuditLog, type AuditLogOptions, type AuditPageOptions } from "./audit-log.js";
export { parseAuditJsonLines, auditEntryToJsonLine } from "./audit-json-lines.js";
export { assertAuditAppend, isAuditInstant } from "./audit-append-rule.js";
export { auditEntryShapeProblem, readStoredAuditEntry, unreadableAuditEntry } from "./stored-audit-entry.js";
export type { RecordedAuditHead, AuditChainVerifierOptions } from "./audit-chain-verifier.js";
export type {
  AuditAnchor,
  AuditAnchorCheck,
  AuditAnchorKeySource,
  AuditAnchorProblem,
  AuditAnchorProblemKind,
  AuditAnchorReading,
  AuditAnchorRecord,
  AuditAnchorSigningKey,
  AuditAnchorSink,
  AuditAnchorSinkItem,
} from "./audit-anchor.js";
export { AUDIT_ANCHOR_PURPOSE, auditAnchorSigningText } from "./audit-anchor-signature.js";
export { createAuditAnchor, type AuditAnchorOptions } from "./create-audit-anchor.js";
export { staticAuditAnchorKeys, type StaticAuditAnchorKeysOptions } from "./audit-anchor-keys.js";
export { openFileAuditAnchorSink, AUDIT_ANCHOR_FILE_HEADER, type FileAuditAnchorSinkOptions } from "./file-audit-anchor-sink.js";
export { AuditAnchoring, type AuditAnchoringOptions, type AuditAnchoringFailedData } from "./audit-anchoring.js";
export { createMemoryAuditAnchorSink } from "./memory-audit-anchor-sink.js";
export { changedFields, type ChangedField } from "./changed-fields.js";
