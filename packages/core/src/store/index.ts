export type {
  Store,
  TenantStore,
  TenantRepositories,
  SyncTenantRepositories,
  SyncRepository,
  SyncAuditRepository,
  SyncMetricRepository,
  TenantEntity,
  Repository,
  SaveOptions,
  MetricRepository,
  MetricQuery,
  OrganisationRepository,
  StoreCollections,
  CollectionName,
} from "./store-port.js";
export { createMemoryStore } from "./memory-store.js";
export { matchesFilter, applyListOptions, isFieldCondition, type Filter, type FieldCondition, type ListOptions } from "./filter.js";
export { applyMetricQuery } from "./metric-query.js";
export { checkTenant, assertFollowsHead } from "./store-rules.js";
export {
  tenantRepositoriesFrom,
  syncTenantRepositoriesFrom,
  asyncRepositoriesFrom,
  refuseThenable,
  type TenantRepositoryParts,
  type SyncTenantRepositoryParts,
  type WriteCheck,
  type WriteGuard,
} from "./tenant-repositories.js";
export { TenantLock } from "./tenant-lock.js";
