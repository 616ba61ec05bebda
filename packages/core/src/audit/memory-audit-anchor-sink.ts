import type { AuditAnchorRecord, AuditAnchorSink, AuditAnchorSinkItem } from "./audit-anchor.js";

/**
 * An {@link AuditAnchorSink} in memory, for tests and demos. It protects
 * nothing beyond the process (its records go with it); `records` is the
 * array it keeps, so that a test can damage it as an attacker would.
 */
export function createMemoryAuditAnchorSink(): AuditAnchorSink & { readonly records: unknown[] } {
  const records: unknown[] = [];
  return {
    kind: "memory",
    records,
    async append(record: AuditAnchorRecord) {
      records.push(structuredClone(record));
    },
    async read(organisationId: string): Promise<readonly AuditAnchorSinkItem[]> {
      const items: AuditAnchorSinkItem[] = [];
      records.forEach((record, index) => {
        const owner = typeof record === "object" && record !== null ? (record as { organisationId?: unknown }).organisationId : undefined;
        if (typeof owner === "string" && owner !== organisationId) return;
        items.push({ where: `record ${index + 1}`, record: structuredClone(record) });
      });
      return items;
    },
  };
}
