import type { AuditRepository } from "../audit/index.js";
import type { CollectionName, MetricRepository, Repository, StoreCollections, TenantEntity, TenantRepositories } from "./store-port.js";

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

/**
 * The {@link TenantRepositories} of a store implementation: core's named
 * collections (`posts`, `teamMembers`, ...) and `collection(name)` on top of
 * one generic collection factory, so every store offers the same shape.
 * For store implementations.
 */
export function tenantRepositoriesFrom(parts: TenantRepositoryParts): TenantRepositories {
  const cache = new Map<string, Repository<TenantEntity>>();
  const collection = <Name extends CollectionName>(name: Name) => {
    let repo = cache.get(name);
    if (!repo) cache.set(name, (repo = parts.collection(name)));
    return repo as unknown as Repository<StoreCollections[Name] & TenantEntity>;
  };
  return {
    organisationId: parts.organisationId,
    get strategies() {
      return collection("strategies");
    },
    get teamMembers() {
      return collection("teamMembers");
    },
    get channels() {
      return collection("channels");
    },
    get campaigns() {
      return collection("campaigns");
    },
    get posts() {
      return collection("posts");
    },
    get interactions() {
      return collection("interactions");
    },
    get replies() {
      return collection("replies");
    },
    metrics: parts.metrics,
    audit: parts.audit,
    collection,
  };
}
