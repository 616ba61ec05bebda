import { CoreError } from "../errors/core-errors.js";

// The audit rules live beside the audit log (and are exported from there);
// this name stays importable from here, where stores found it first.
export { assertFollowsHead } from "../audit/audit-append-rule.js";

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
