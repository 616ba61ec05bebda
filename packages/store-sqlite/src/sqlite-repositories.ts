import {
  assertAuditAppend,
  checkTenant,
  CoreError,
  isWellFormedText,
  validateAuditListOptions,
  type AuditEntry,
  type AuditHead,
  type AuditListOptions,
  type MetricQuery,
  type MetricSample,
  type SyncAuditRepository,
  type SyncMetricRepository,
  type SyncRepository,
  type SyncTenantRepositoryParts,
  type TenantEntity,
  type WriteCheck,
} from "@kommune-sm/core";
import type { TenantView } from "./tenant-view.js";
import { toAuditOp, toMetricsOp, toStoredDocument } from "./write-op.js";

type AnyEntity = TenantEntity & { revision?: number };

// Classes rather than object literals of closures: a transaction makes its
// repositories anew, and the engine runs several transactions per delivery;
// methods on a prototype cost nothing to make.

class SqliteRepository<T extends AnyEntity> implements SyncRepository<T> {
  constructor(
    private readonly organisationId: string,
    private readonly name: string,
    private readonly view: TenantView,
    private readonly check: WriteCheck,
  ) {}

  get(id: string): T | undefined {
    // No stored id holds a lone surrogate (see toStoredDocument); bound as UTF-8 it would find another.
    if (typeof id !== "string" || !isWellFormedText(id)) return undefined;
    const json = this.view.document(this.name, id);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  require(id: string): T {
    const entity = this.get(id);
    if (!entity) throw new CoreError("CORE_NOT_FOUND", `No entity "${id}" in ${this.name} of organisation "${this.organisationId}".`);
    return entity;
  }

  list(options?: Parameters<SyncRepository<T>["list"]>[0]): T[] {
    return this.view.list(this.name, options as never) as unknown as T[];
  }

  count(where?: Parameters<SyncRepository<T>["count"]>[0]): number {
    return this.view.count(this.name, where);
  }

  insert(entity: T): void {
    this.check();
    checkTenant(this.organisationId, entity, this.name);
    this.view.write({ kind: "put", collection: this.name, document: toStoredDocument(entity, this.name), mode: "insert" });
  }

  save(entity: T, options?: { readonly expectedRevision?: number }): void {
    this.check();
    checkTenant(this.organisationId, entity, this.name);
    this.view.write({ kind: "put", collection: this.name, document: toStoredDocument(entity, this.name), mode: "save", expectedRevision: options?.expectedRevision });
  }

  delete(id: string): boolean {
    this.check();
    if (typeof id !== "string" || !isWellFormedText(id)) return false;
    return this.view.write({ kind: "delete", collection: this.name, id });
  }
}

class SqliteAuditRepository implements SyncAuditRepository {
  constructor(
    private readonly organisationId: string,
    private readonly view: TenantView,
    private readonly check: WriteCheck,
  ) {}

  append(entry: AuditEntry): void {
    this.check();
    // The whole rule against the head as this view sees it (hashing the entry
    // once); the write checks the link again where it is atomic (inside the
    // write lock, or at the commit of a transaction).
    assertAuditAppend(this.organisationId, entry, this.view.auditHead());
    this.view.write(toAuditOp(entry));
  }

  list(options?: AuditListOptions): AuditEntry[] {
    // Checked here, once, before any view (committed, direct or a transaction's) reads a row.
    return this.view.auditEntries(validateAuditListOptions(options));
  }

  head(): AuditHead | undefined {
    return this.view.auditHead();
  }
}

class SqliteMetricRepository implements SyncMetricRepository {
  constructor(
    private readonly organisationId: string,
    private readonly view: TenantView,
    private readonly check: WriteCheck,
  ) {}

  append(samples: readonly MetricSample[]): void {
    this.check();
    for (const sample of samples) checkTenant(this.organisationId, sample, "metric sample");
    if (samples.length > 0) this.view.write(toMetricsOp(samples));
  }

  query(query?: MetricQuery): MetricSample[] {
    return this.view.metrics(query);
  }
}

class SqliteRepositoryParts implements SyncTenantRepositoryParts {
  #metrics: SqliteMetricRepository | undefined;
  #audit: SqliteAuditRepository | undefined;

  constructor(
    readonly organisationId: string,
    private readonly view: TenantView,
    private readonly check: WriteCheck,
  ) {}

  // A property, not a method: core's helpers call it detached.
  readonly collection = (name: string): SyncRepository<TenantEntity> => new SqliteRepository(this.organisationId, name, this.view, this.check);

  get metrics(): SqliteMetricRepository {
    return (this.#metrics ??= new SqliteMetricRepository(this.organisationId, this.view, this.check));
  }

  get audit(): SqliteAuditRepository {
    return (this.#audit ??= new SqliteAuditRepository(this.organisationId, this.view, this.check));
  }
}

/**
 * The repositories of one tenant over a view (the committed data, a
 * transaction's writes over it, or an open database transaction), answered
 * at once; core's `asyncRepositoriesFrom` and `syncTenantRepositoriesFrom`
 * give them their two faces.
 */
export function tenantRepositoryParts(organisationId: string, view: TenantView, check: WriteCheck): SyncTenantRepositoryParts {
  return new SqliteRepositoryParts(organisationId, view, check);
}
