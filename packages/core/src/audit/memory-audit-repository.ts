import { deepFreeze } from "../internal/deep-freeze.js";
import { CoreError } from "../errors/core-errors.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditHead } from "./audit-entry.js";
import type { AuditListOptions, AuditRepository } from "./audit-repository.js";
import { auditEntryContent, hashAuditEntry } from "./hash-audit-entry.js";

/** Options of {@link createMemoryAuditRepository}. */
export interface MemoryAuditRepositoryOptions {
  /** The organisation whose log this is; without it, the first appended entry decides. */
  readonly organisationId?: string;
}

/**
 * An {@link AuditRepository} in memory: the reference implementation of the
 * port, for tests, demos and a single process that needs no durable log.
 *
 * Beyond what the port demands it also refuses an entry whose hash does not
 * match its content (`CORE_INVALID_ARGUMENT`) or that belongs to another
 * organisation (`CORE_TENANT_MISMATCH`): in an append-only log such an entry
 * could never be removed again. Entries are stored as frozen copies, so
 * nobody holding an object can change history behind the store's back.
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
    return last ? { seq: last.seq, hash: last.hash } : undefined;
  };

  return {
    async append(entry) {
      // Everything below runs without an await, so check and write are atomic.
      const current = head();
      const expectedSeq = current ? current.seq + 1 : 1;
      const expectedPrev = current ? current.hash : AUDIT_GENESIS_HASH;
      if (entry.seq !== expectedSeq || entry.prevHash !== expectedPrev) {
        throw new CoreError(
          "CORE_CONFLICT",
          `Audit entry ${entry.seq} does not follow the head (seq ${current?.seq ?? 0}); another writer appended first. Read the head again and retry.`,
        );
      }
      if (organisationId !== undefined && entry.organisationId !== organisationId) {
        throw new CoreError("CORE_TENANT_MISMATCH", `Audit entry of organisation "${entry.organisationId}" handed to the log of "${organisationId}".`);
      }
      let stored: AuditEntry;
      let hash: string;
      try {
        stored = deepFreeze(structuredClone({ ...auditEntryContent(entry), hash: entry.hash }));
        hash = hashAuditEntry(stored);
      } catch (error) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Audit entry ${entry.seq} holds something that is not JSON and cannot be stored.`, { cause: error });
      }
      if (hash !== entry.hash) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Audit entry ${entry.seq} has a hash that does not match its content; make entries with createAuditEntry.`);
      }
      organisationId ??= entry.organisationId;
      entries.push(stored);
    },

    async list(options: AuditListOptions = {}) {
      const fromSeq = options.fromSeq ?? 1;
      const limit = options.limit ?? Number.POSITIVE_INFINITY;
      if (!Number.isSafeInteger(fromSeq) || fromSeq < 1) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `fromSeq must be an integer of 1 or more, got ${fromSeq}.`);
      }
      if (limit !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(limit) || limit < 0)) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `limit must be a non-negative integer, got ${limit}.`);
      }
      // seq n sits at index n - 1: the store never has gaps.
      return entries.slice(fromSeq - 1, limit === Number.POSITIVE_INFINITY ? undefined : fromSeq - 1 + limit);
    },

    async head() {
      return head();
    },
  };
}

