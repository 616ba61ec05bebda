import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditHead } from "../audit/index.js";
import { CoreError } from "../errors/core-errors.js";

/**
 * Throws `CORE_TENANT_MISMATCH` unless `value` belongs to the organisation
 * (`what` names it in the message, e.g. `"audit entry"`). For store
 * implementations, so that every store refuses with the same words.
 */
export function checkTenant(organisationId: string, value: { organisationId?: unknown }, what: string): void {
  if (value.organisationId !== organisationId) {
    throw new CoreError(
      "CORE_TENANT_MISMATCH",
      `A ${what} of organisation "${String(value.organisationId)}" cannot be stored for organisation "${organisationId}".`,
    );
  }
}

/**
 * Throws `CORE_CONFLICT` unless `entry` follows `head` (the log's last entry,
 * or undefined for an empty log): the next `seq`, and `prevHash` linking to
 * it. For store implementations: the rule that keeps the audit log one chain.
 */
export function assertFollowsHead(entry: Pick<AuditEntry, "seq" | "prevHash">, head: AuditHead | undefined): void {
  if (entry.seq !== (head?.seq ?? 0) + 1 || entry.prevHash !== (head?.hash ?? AUDIT_GENESIS_HASH)) {
    throw new CoreError("CORE_CONFLICT", `Audit entry ${entry.seq} does not follow the head (${head ? `${head.seq}` : "empty log"}); another writer appended first.`);
  }
}
