import { type AuditEntry, type AuditHead } from "../audit/index.js";
import { assertAuditAppend } from "../audit/audit-append-rule.js";
import { selectAuditEntries, validateAuditListOptions } from "../audit/audit-list-options.js";
import { CoreError } from "../errors/core-errors.js";
import type { MetricSample, Organisation } from "../model/index.js";
import { applyListOptions, matchesFilter, type ListOptions } from "./filter.js";
import { applyMetricQuery } from "./metric-query.js";
import { checkTenant } from "./store-rules.js";
import type {
  MetricQuery,
  OrganisationRepository,
  SaveOptions,
  Store,
  SyncAuditRepository,
  SyncMetricRepository,
  SyncRepository,
  TenantEntity,
  TenantStore,
} from "./store-port.js";
import { TenantLock } from "./tenant-lock.js";
import { asyncRepositoriesFrom, refuseThenable, syncTenantRepositoriesFrom, type SyncTenantRepositoryParts, type WriteCheck, type WriteGuard } from "./tenant-repositories.js";

type AnyEntity = TenantEntity & { revision?: number };

interface TenantData {
  readonly collections: Map<string, Map<string, AnyEntity>>;
  readonly audit: AuditEntry[];
  readonly metrics: MetricSample[];
  readonly lock: TenantLock;
}

const deleted = Symbol("deleted");

/**
 * What a set of repositories reads from and writes to: the committed data, or
 * a transaction's overlay on top of it.
 */
interface View {
  get(collection: string, id: string): AnyEntity | undefined;
  all(collection: string): Iterable<AnyEntity>;
  put(collection: string, entity: AnyEntity): void;
  remove(collection: string, id: string): void;
  audit(): readonly AuditEntry[];
  lastAudit(): AuditEntry | undefined;
  appendAudit(entry: AuditEntry): void;
  metrics(): readonly MetricSample[];
  appendMetrics(samples: readonly MetricSample[]): void;
}

const copy = <T>(value: T): T => structuredClone(value);

/** The committed data; every read first checks that the store is still open. */
function committedView(data: TenantData, assertOpen: () => void): View {
  const collection = (name: string) => {
    let map = data.collections.get(name);
    if (!map) data.collections.set(name, (map = new Map()));
    return map;
  };
  return {
    get: (name, id) => (assertOpen(), data.collections.get(name)?.get(id)),
    all: (name) => (assertOpen(), data.collections.get(name)?.values() ?? []),
    put: (name, entity) => void collection(name).set(entity.id, entity),
    remove: (name, id) => void data.collections.get(name)?.delete(id),
    audit: () => (assertOpen(), data.audit),
    lastAudit: () => (assertOpen(), data.audit[data.audit.length - 1]),
    appendAudit: (entry) => void data.audit.push(entry),
    metrics: () => (assertOpen(), data.metrics),
    // A loop, not push(...samples): 200,000 samples at once would overflow the call stack.
    appendMetrics: (samples) => {
      for (const sample of samples) data.metrics.push(sample);
    },
  };
}

/** A transaction's pending writes over the committed data; `commit` applies them all at once. */
function overlayView(base: View): View & { commit(): void } {
  const pending = new Map<string, Map<string, AnyEntity | typeof deleted>>();
  const audit: AuditEntry[] = [];
  const metrics: MetricSample[] = [];
  const layer = (name: string) => {
    let map = pending.get(name);
    if (!map) pending.set(name, (map = new Map()));
    return map;
  };
  return {
    get(name, id) {
      const own = pending.get(name)?.get(id);
      return own === deleted ? undefined : own ?? base.get(name, id);
    },
    *all(name) {
      const own = pending.get(name);
      for (const entity of base.all(name)) if (!own?.has(entity.id)) yield entity;
      if (own) for (const entity of own.values()) if (entity !== deleted) yield entity;
    },
    put: (name, entity) => void layer(name).set(entity.id, entity),
    remove: (name, id) => void layer(name).set(id, deleted),
    // Committed entries first: the transaction's own follow the committed head.
    audit: () => (audit.length === 0 ? base.audit() : [...base.audit(), ...audit]),
    lastAudit: () => audit[audit.length - 1] ?? base.lastAudit(),
    appendAudit: (entry) => void audit.push(entry),
    metrics: () => [...base.metrics(), ...metrics],
    appendMetrics: (samples) => {
      for (const sample of samples) metrics.push(sample);
    },
    commit() {
      for (const [name, map] of pending) {
        for (const [id, entity] of map) {
          if (entity === deleted) base.remove(name, id);
          else base.put(name, entity);
        }
      }
      for (const entry of audit) base.appendAudit(entry);
      if (metrics.length > 0) base.appendMetrics(metrics);
    },
  };
}

function repository<T extends AnyEntity>(organisationId: string, name: string, view: View, check: WriteCheck): SyncRepository<T> {
  const get = (id: string) => view.get(name, id) as T | undefined;
  return {
    get(id) {
      const entity = get(id);
      return entity && copy(entity);
    },
    require(id) {
      const entity = get(id);
      if (!entity) throw new CoreError("CORE_NOT_FOUND", `No entity "${id}" in ${name} of organisation "${organisationId}".`);
      return copy(entity);
    },
    list(options?: ListOptions<T>) {
      return applyListOptions(view.all(name) as Iterable<T>, options).map(copy);
    },
    count(where) {
      let n = 0;
      for (const entity of view.all(name)) if (matchesFilter(entity as T, where)) n++;
      return n;
    },
    insert(entity) {
      check();
      checkTenant(organisationId, entity, name);
      if (get(entity.id)) throw new CoreError("CORE_CONFLICT", `An entity "${entity.id}" already exists in ${name}.`);
      view.put(name, copy(entity));
    },
    save(entity, options?: SaveOptions) {
      check();
      checkTenant(organisationId, entity, name);
      if (options?.expectedRevision !== undefined) {
        const current = get(entity.id);
        if (current?.revision !== options.expectedRevision) {
          throw new CoreError(
            "CORE_CONFLICT",
            `${name} "${entity.id}" is at revision ${current?.revision ?? "(none)"}, expected ${options.expectedRevision}: it was changed by someone else.`,
          );
        }
      }
      view.put(name, copy(entity));
    },
    delete(id) {
      check();
      const existed = get(id) !== undefined;
      if (existed) view.remove(name, id);
      return existed;
    },
  };
}

function auditRepository(organisationId: string, view: View, check: WriteCheck): SyncAuditRepository {
  const head = (): AuditHead | undefined => {
    const last = view.lastAudit();
    return last && { seq: last.seq, hash: last.hash, at: last.at };
  };
  return {
    append(entry) {
      check();
      // The copy is what is checked and kept. Inside a transaction the
      // tenant's lock is held until the commit, so the head checked here is
      // still the head when the overlay is applied.
      let stored: AuditEntry;
      try {
        stored = copy(entry);
      } catch (cause) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Audit entry ${String(entry?.seq)} holds something that is not JSON and cannot be stored.`, { cause });
      }
      assertAuditAppend(organisationId, stored, head());
      view.appendAudit(stored);
    },
    list(options) {
      // Validated before the view is read, so that bad options are refused alike in and out of transactions.
      const query = validateAuditListOptions(options);
      return selectAuditEntries(view.audit(), query).map(copy);
    },
    head,
  };
}

function metricRepository(organisationId: string, view: View, check: WriteCheck): SyncMetricRepository {
  return {
    append(samples) {
      check();
      for (const sample of samples) checkTenant(organisationId, sample, "metric sample");
      view.appendMetrics(samples.map(copy));
    },
    query(query: MetricQuery = {}) {
      return applyMetricQuery(view.metrics(), query).map(copy);
    },
  };
}

function repositories(organisationId: string, view: View, check: WriteCheck): SyncTenantRepositoryParts {
  return {
    organisationId,
    collection: (name) => repository(organisationId, name, view, check),
    metrics: metricRepository(organisationId, view, check),
    audit: auditRepository(organisationId, view, check),
  };
}

/**
 * The in-memory store: the default of `createKommune`, and the reference that
 * the conformance suite in `@kommune-sm/core/testkit` is checked against. Data
 * lives as long as the object; use `@kommune-sm/store-sqlite` to keep it.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * const ksm = await createKommune({ organisation, store });
 * ```
 */
export function createMemoryStore(): Store {
  const organisations = new Map<string, Organisation>();
  const tenants = new Map<string, TenantData>();
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new CoreError("CORE_DISPOSED", "The memory store was closed.");
  };
  const tenantData = (organisationId: string): TenantData => {
    let data = tenants.get(organisationId);
    if (!data) {
      data = { collections: new Map(), audit: [], metrics: [], lock: new TenantLock(organisationId) };
      tenants.set(organisationId, data);
    }
    return data;
  };

  const organisationRepository: OrganisationRepository = {
    async get(id) {
      assertOpen();
      const organisation = organisations.get(id);
      return organisation && copy(organisation);
    },
    async list() {
      assertOpen();
      return [...organisations.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(copy);
    },
    async save(organisation) {
      assertOpen();
      organisations.set(organisation.id, copy(organisation));
    },
  };

  return {
    kind: "memory",
    organisations: organisationRepository,
    tenant(organisationId): TenantStore {
      assertOpen();
      const data = tenantData(organisationId);
      const base = committedView(data, assertOpen);
      // A single write is synchronous: it takes the lock at once when it is free.
      const direct: WriteGuard = (write) =>
        data.lock.runSync(() => {
          assertOpen();
          return write();
        });
      /** A transaction's overlay and repositories; `end()` makes them refuse further writes. */
      const begin = () => {
        assertOpen();
        const overlay = overlayView(base);
        let open = true;
        const check = () => {
          if (!open) throw new CoreError("CORE_INVALID_ARGUMENT", "The transaction has already ended; its repositories cannot be used any more.");
        };
        return { overlay, parts: repositories(organisationId, overlay, check), end: () => (open = false) };
      };
      return {
        ...asyncRepositoriesFrom(repositories(organisationId, base, assertOpen), direct),
        transaction: (work) =>
          data.lock.run(async () => {
            const { overlay, parts, end } = begin();
            try {
              const result = await work(asyncRepositoriesFrom(parts, async (write) => write()));
              assertOpen();
              overlay.commit();
              return result;
            } finally {
              end();
            }
          }),
        syncTransaction: (work) =>
          data.lock.runSync(() => {
            const { overlay, parts, end } = begin();
            try {
              const result = work(syncTenantRepositoriesFrom(parts));
              refuseThenable(result);
              data.lock.throwIfRefusedInside();
              assertOpen();
              overlay.commit();
              return result;
            } finally {
              end();
            }
          }),
      };
    },
    async close() {
      closed = true;
    },
  };
}
