import { deepFreeze } from "../internal/deep-freeze.js";
import { CoreError } from "../errors/core-errors.js";
import { assertAuditAppend } from "./audit-append-rule.js";
import type { AuditEntry, AuditHead } from "./audit-entry.js";
import { selectAuditEntries, validateAuditListOptions } from "./audit-list-options.js";
import type { AuditListOptions, AuditRepository } from "./audit-repository.js";
import { auditEntryContent } from "./hash-audit-entry.js";

/** Options of {@link createMemoryAuditRepository}. */
export interface MemoryAuditRepositoryOptions {
  /** The organisation whose log this is; without it, the first appended entry decides. */
  readonly organisationId?: string;
}

/**
 * An {@link AuditRepository} in memory: the reference implementation of the
 * port, for tests, demos and a single process that needs no durable log.
 *
 * Like every store it holds appends to {@link assertAuditAppend}: an entry
 * of another organisation, with a wrong hash, dated before the head or not
 * following it is refused, and nothing is kept. Entries are stored as frozen
 * copies, so nobody holding an object can change history behind the store's back.
 *
 * @example
 * ```ts
 * const log = new AuditLog({ organisationId, repository: createMemoryAuditRepository(), clock: systemClock });
 * ```
 */
export function createMemoryAuditRepository(options: MemoryAuditRepositoryOptions = {}): AuditRepository {
  const entries: AuditEntry[] = [];
  let organisationId = options.organisationId;

  const head = (): AuditHead | undefined => {
    const last = entries[entries.length - 1];
    return last ? { seq: last.seq, hash: last.hash, at: last.at } : undefined;
  };

  return {
    async append(entry) {
      // Everything below runs without an await, so check and write are atomic.
      let stored: AuditEntry;
      try {
        stored = deepFreeze(structuredClone({ ...auditEntryContent(entry), hash: entry.hash }));
      } catch (error) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Audit entry ${String(entry?.seq)} holds something that is not JSON and cannot be stored.`, { cause: error });
      }
      // The copy is what is checked and kept: it cannot change after the check.
      assertAuditAppend(organisationId ?? stored.organisationId, stored, head());
      organisationId ??= stored.organisationId;
      entries.push(stored);
    },

    async list(options?: AuditListOptions) {
      return selectAuditEntries(entries, validateAuditListOptions(options));
    },

    async head() {
      return head();
    },
  };
}

