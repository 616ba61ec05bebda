import { CoreError } from "../errors/core-errors.js";
import type { AuditRepository } from "../audit/index.js";
import type {
  MetricRepository,
  Repository,
  SyncAuditRepository,
  SyncMetricRepository,
  SyncRepository,
  SyncTenantRepositories,
  TenantEntity,
  TenantRepositories,
} from "./store-port.js";

/** What a store implementation provides for one tenant; {@link tenantRepositoriesFrom} adds the named collections. */
export interface TenantRepositoryParts {
  /** The tenant (organisation) every repository is scoped to. */
  readonly organisationId: string;
  /** Any collection by name; called once per name and cached. */
  readonly collection: (name: string) => Repository<TenantEntity>;
  /** The tenant's metric samples, kept apart from the generic collections. */
  readonly metrics: MetricRepository;
  /** The tenant's append-only audit log. */
  readonly audit: AuditRepository;
}

/** {@link TenantRepositoryParts} answered at once, for {@link syncTenantRepositoriesFrom}. */
export interface SyncTenantRepositoryParts {
  /** The tenant (organisation) every repository is scoped to. */
  readonly organisationId: string;
  /** Any collection by name; called once per name and cached. */
  readonly collection: (name: string) => SyncRepository<TenantEntity>;
  /** The tenant's metric samples. */
  readonly metrics: SyncMetricRepository;
  /** The tenant's append-only audit log. */
  readonly audit: SyncAuditRepository;
}

/** Core's collections that the tenant repositories name (`tx.posts` is `tx.collection("posts")`). */
const NAMED_COLLECTIONS = ["strategies", "teamMembers", "channels", "campaigns", "posts", "interactions", "replies"] as const;

/**
 * The named collections over a cached factory: one shape for both kinds of
 * repositories. A class, its getters on the prototype: an object with getters
 * of its own makes seven closures each time, and the publishing engine runs
 * several synchronous transactions per delivery. The plain object that the
 * async face needs (stores spread it into their tenant store) is made from
 * it by {@link spreadable}.
 */
class Named<R> {
  readonly #cache = new Map<string, R>();
  readonly #make: (name: string) => R;
  // A property, not a method: `const { collection } = tx` keeps working.
  readonly collection = (name: string): R => {
    let repo = this.#cache.get(name);
    if (!repo) this.#cache.set(name, (repo = this.#make(name)));
    return repo;
  };

  constructor(
    readonly organisationId: string,
    make: (name: string) => R,
    readonly metrics: unknown,
    readonly audit: unknown,
  ) {
    this.#make = make;
  }
}

for (const name of NAMED_COLLECTIONS) {
  Object.defineProperty(Named.prototype, name, {
    get(this: Named<unknown>) {
      return this.collection(name);
    },
  });
}

/** {@link Named} as a plain object whose getters are its own, so that it can be spread. */
function spreadable<R>(named: Named<R>): object {
  const plain = { organisationId: named.organisationId, metrics: named.metrics, audit: named.audit, collection: named.collection };
  for (const name of NAMED_COLLECTIONS) Object.defineProperty(plain, name, { get: () => named.collection(name), enumerable: true, configurable: true });
  return plain;
}

/**
 * The {@link TenantRepositories} of a store implementation: core's named
 * collections (`posts`, `teamMembers`, ...) and `collection(name)` on top of
 * one generic collection factory, so every store offers the same shape.
 * For store implementations.
 */
export function tenantRepositoriesFrom(parts: TenantRepositoryParts): TenantRepositories {
  return spreadable(new Named(parts.organisationId, parts.collection, parts.metrics, parts.audit)) as TenantRepositories;
}

/**
 * {@link tenantRepositoriesFrom} for the repositories of a `syncTransaction`.
 * For store implementations. The named collections (`posts`, ...) are getters
 * of its class, so the result is handed over as it is, not spread.
 */
export function syncTenantRepositoriesFrom(parts: SyncTenantRepositoryParts): SyncTenantRepositories {
  return new Named(parts.organisationId, parts.collection, parts.metrics, parts.audit) as unknown as SyncTenantRepositories;
}

/** Checks, before each write of synchronous repositories, that they may still write (the store is open, their transaction has not ended). */
export type WriteCheck = () => void;

/** How an async repository runs a write: under the tenant's lock, or inside an open transaction. */
export type WriteGuard = <R>(write: () => R) => Promise<R>;

/**
 * The async {@link TenantRepositories} over synchronous ones: reads answer
 * with a promise of what the synchronous repository says (a throw becomes a
 * rejection), writes run through `write`. A store that implements its
 * repositories synchronously (the memory store, store-sqlite) keeps one set
 * of rules for `transaction`, `syncTransaction` and the plain tenant store.
 * For store implementations.
 */
export function asyncRepositoriesFrom(sync: SyncTenantRepositoryParts, write: WriteGuard): TenantRepositories {
  const collection = (name: string): Repository<TenantEntity> => {
    const repo = sync.collection(name);
    return {
      get: async (id) => repo.get(id),
      require: async (id) => repo.require(id),
      list: async (options) => repo.list(options),
      count: async (where) => repo.count(where),
      insert: (entity) => write(() => repo.insert(entity)),
      save: (entity, options) => write(() => repo.save(entity, options)),
      delete: (id) => write(() => repo.delete(id)),
    };
  };
  const metrics: MetricRepository = {
    append: (samples) => write(() => sync.metrics.append(samples)),
    query: async (query) => sync.metrics.query(query),
  };
  const audit: AuditRepository = {
    append: (entry) => write(() => sync.audit.append(entry)),
    list: async (options) => sync.audit.list(options),
    head: async () => sync.audit.head(),
  };
  return tenantRepositoriesFrom({ organisationId: sync.organisationId, collection, metrics, audit });
}

/**
 * Throws `CORE_INVALID_ARGUMENT` when the work of a `syncTransaction`
 * returned a promise (an async function): its awaited part would run after
 * the transaction ended. A rejection of that promise is caught here, so that
 * it does not end the process as unhandled. For store implementations.
 */
export function refuseThenable(result: unknown): void {
  if ((typeof result === "object" || typeof result === "function") && result !== null && typeof (result as { then?: unknown }).then === "function") {
    (result as PromiseLike<unknown>).then(undefined, () => {});
    throw new CoreError(
      "CORE_INVALID_ARGUMENT",
      "The work of syncTransaction returned a promise; it must be synchronous (no async function, no await). Use transaction() for work that awaits. Nothing was stored.",
    );
  }
}
