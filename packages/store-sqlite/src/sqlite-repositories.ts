import { checkTenant, CoreError, tenantRepositoriesFrom, type AuditRepository, type MetricRepository, type Repository, type TenantEntity, type TenantRepositories } from "@kommune-sm/core";
import type { TenantView } from "./tenant-view.js";
import { toAuditOp, toMetricsOp, toStoredDocument } from "./write-op.js";

/** Runs a write: outside a transaction under the tenant's lock, inside one only while it is open. */
export type WriteGuard = <R>(work: () => R) => Promise<R>;

type AnyEntity = TenantEntity & { revision?: number };

function repository<T extends AnyEntity>(organisationId: string, name: string, view: TenantView, write: WriteGuard): Repository<T> {
  const get = (id: string): T | undefined => {
    const json = view.document(name, id);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  };
  return {
    async get(id) {
      return get(id);
    },
    async require(id) {
      const entity = get(id);
      if (!entity) throw new CoreError("CORE_NOT_FOUND", `No entity "${id}" in ${name} of organisation "${organisationId}".`);
      return entity;
    },
    async list(options) {
      return view.list(name, options as never) as unknown as T[];
    },
    async count(where) {
      return view.count(name, where);
    },
    insert: (entity) =>
      write(() => {
        checkTenant(organisationId, entity, name);
        view.write({ kind: "put", collection: name, document: toStoredDocument(entity, name), mode: "insert" });
      }),
    save: (entity, options) =>
      write(() => {
        checkTenant(organisationId, entity, name);
        view.write({ kind: "put", collection: name, document: toStoredDocument(entity, name), mode: "save", expectedRevision: options?.expectedRevision });
      }),
    delete: (id) => write(() => view.write({ kind: "delete", collection: name, id })),
  };
}

function auditRepository(organisationId: string, view: TenantView, write: WriteGuard): AuditRepository {
  return {
    append: (entry) =>
      write(() => {
        checkTenant(organisationId, entry, "audit entry");
        view.write(toAuditOp(entry));
      }),
    async list(options = {}) {
      return view.auditEntries(options);
    },
    async head() {
      return view.auditHead();
    },
  };
}

function metricRepository(organisationId: string, view: TenantView, write: WriteGuard): MetricRepository {
  return {
    append: (samples) =>
      write(() => {
        for (const sample of samples) checkTenant(organisationId, sample, "metric sample");
        if (samples.length > 0) view.write(toMetricsOp(samples));
      }),
    async query(query) {
      return view.metrics(query);
    },
  };
}

/** The repositories of one tenant over a view: the committed data, or a transaction. */
export function tenantRepositories(organisationId: string, view: TenantView, write: WriteGuard): TenantRepositories {
  return tenantRepositoriesFrom({
    organisationId,
    collection: (name) => repository(organisationId, name, view, write),
    metrics: metricRepository(organisationId, view, write),
    audit: auditRepository(organisationId, view, write),
  });
}
