import {
  checkTenant,
  CoreError,
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

function repository<T extends AnyEntity>(organisationId: string, name: string, view: TenantView, check: WriteCheck): SyncRepository<T> {
  const get = (id: string): T | undefined => {
    const json = view.document(name, id);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  };
  return {
    get,
    require(id) {
      const entity = get(id);
      if (!entity) throw new CoreError("CORE_NOT_FOUND", `No entity "${id}" in ${name} of organisation "${organisationId}".`);
      return entity;
    },
    list(options) {
      return view.list(name, options as never) as unknown as T[];
    },
    count(where) {
      return view.count(name, where);
    },
    insert(entity) {
      check();
      checkTenant(organisationId, entity, name);
      view.write({ kind: "put", collection: name, document: toStoredDocument(entity, name), mode: "insert" });
    },
    save(entity, options) {
      check();
      checkTenant(organisationId, entity, name);
      view.write({ kind: "put", collection: name, document: toStoredDocument(entity, name), mode: "save", expectedRevision: options?.expectedRevision });
    },
    delete(id) {
      check();
      return view.write({ kind: "delete", collection: name, id });
    },
  };
}

function auditRepository(organisationId: string, view: TenantView, check: WriteCheck): SyncAuditRepository {
  return {
    append(entry) {
      check();
      checkTenant(organisationId, entry, "audit entry");
      view.write(toAuditOp(entry));
    },
    list: (options = {}) => view.auditEntries(options),
    head: () => view.auditHead(),
  };
}

function metricRepository(organisationId: string, view: TenantView, check: WriteCheck): SyncMetricRepository {
  return {
    append(samples) {
      check();
      for (const sample of samples) checkTenant(organisationId, sample, "metric sample");
      if (samples.length > 0) view.write(toMetricsOp(samples));
    },
    query: (query) => view.metrics(query),
  };
}

/**
 * The repositories of one tenant over a view (the committed data, a
 * transaction's writes over it, or an open database transaction), answered
 * at once; core's `asyncRepositoriesFrom` and `syncTenantRepositoriesFrom`
 * give them their two faces.
 */
export function tenantRepositoryParts(organisationId: string, view: TenantView, check: WriteCheck): SyncTenantRepositoryParts {
  return {
    organisationId,
    collection: (name) => repository(organisationId, name, view, check),
    metrics: metricRepository(organisationId, view, check),
    audit: auditRepository(organisationId, view, check),
  };
}
