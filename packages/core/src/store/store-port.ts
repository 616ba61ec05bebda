import type { AuditEntry, AuditHead, AuditListOptions, AuditRepository } from "../audit/index.js";
import type {
  Campaign,
  Channel,
  Interaction,
  MetricSample,
  Organisation,
  Post,
  Reply,
  Strategy,
  TeamMember,
} from "../model/index.js";
import type { ListOptions } from "./filter.js";

/** What every stored entity has: its own id and the organisation (tenant) it belongs to. */
export interface TenantEntity {
  /** Unique within its collection. */
  readonly id: string;
  /** The organisation (tenant) it belongs to. */
  readonly organisationId: string;
}

/**
 * The collections of a tenant and what each holds. Plugin packages add their
 * own by declaration merging, and a store keeps them without knowing them:
 *
 * @example
 * ```ts
 * declare module "@kommune-sm/core" {
 *   interface StoreCollections { deliveries: Delivery }
 * }
 * const deliveries = tenant.collection("deliveries"); // Repository<Delivery>
 * ```
 */
export interface StoreCollections {
  /** The social-media strategy, with its goals, pillars and quiet periods. */
  strategies: Strategy;
  /** The people of the team and their roles. */
  teamMembers: TeamMember;
  /** The organisation's accounts on the networks. */
  channels: Channel;
  /** Campaigns that group posts. */
  campaigns: Campaign;
  /** Posts, in every state of the editorial workflow. */
  posts: Post;
  /** Messages from citizens: comments, replies, mentions, direct messages. */
  interactions: Interaction;
  /** The team's replies to interactions. */
  replies: Reply;
}

/** The name of a collection in {@link StoreCollections}. */
export type CollectionName = Extract<keyof StoreCollections, string>;

/** Options of {@link Repository.save}. */
export interface SaveOptions {
  /**
   * Optimistic concurrency: the `revision` the stored entity must still have.
   * Another revision means someone else changed it since it was read, and the
   * save is refused with `CORE_CONFLICT`; nothing is written.
   */
  readonly expectedRevision?: number;
}

/**
 * One collection of one tenant. Entities go in and come out as copies: changing
 * a returned object never changes what is stored.
 */
export interface Repository<T extends TenantEntity> {
  /** The entity with this id, or undefined (also when it belongs to another organisation). */
  get(id: string): Promise<T | undefined>;
  /** Like {@link get}, but throws `CORE_NOT_FOUND` when missing. */
  require(id: string): Promise<T>;
  /** Entities matching the options; default order by id. */
  list(options?: ListOptions<T>): Promise<T[]>;
  /** Number of entities matching `where`. */
  count(where?: ListOptions<T>["where"]): Promise<number>;
  /** Stores a new entity; `CORE_CONFLICT` if the id exists. */
  insert(entity: T): Promise<void>;
  /** Stores an entity, new or replacing; see {@link SaveOptions.expectedRevision}. */
  save(entity: T, options?: SaveOptions): Promise<void>;
  /** Removes an entity; false if there was none. */
  delete(id: string): Promise<boolean>;
}

/**
 * A query over metric samples; all given fields must match, `from` inclusive, `to` exclusive.
 *
 * @example
 * ```ts
 * // The channel's own follower counts in May, without any post's samples.
 * const followers = await store.metrics.query({
 *   channelId: "mastodon-main", postId: null, metric: "followers",
 *   from: "2026-05-01T00:00:00+02:00", to: "2026-06-01T00:00:00+02:00",
 * });
 * ```
 */
export interface MetricQuery {
  /** Only samples of this channel. */
  readonly channelId?: string;
  /**
   * A string: only samples of this post. `null`: only samples without a post,
   * the channels' own series (followers, a profile's impressions), which
   * otherwise share every query by channel with all the channel's posts.
   * Absent: samples with and without a post alike.
   */
  readonly postId?: string | null;
  /** Only this metric, or any of these. */
  readonly metric?: string | readonly string[];
  /** RFC 3339 instant, inclusive. */
  readonly from?: string;
  /** RFC 3339 instant, exclusive. */
  readonly to?: string;
}

/** Append-only time series of {@link MetricSample}s of one tenant. */
export interface MetricRepository {
  /** Adds samples at the end; stored samples are never changed. */
  append(samples: readonly MetricSample[]): Promise<void>;
  /** Matching samples in time order (ties in insertion order). */
  query(query?: MetricQuery): Promise<MetricSample[]>;
}

/** The repositories of one tenant, as seen inside or outside a transaction. */
export interface TenantRepositories {
  /** The organisation (tenant) these repositories serve. */
  readonly organisationId: string;
  /** See {@link StoreCollections.strategies}. */
  readonly strategies: Repository<Strategy>;
  /** See {@link StoreCollections.teamMembers}. */
  readonly teamMembers: Repository<TeamMember>;
  /** See {@link StoreCollections.channels}. */
  readonly channels: Repository<Channel>;
  /** See {@link StoreCollections.campaigns}. */
  readonly campaigns: Repository<Campaign>;
  /** See {@link StoreCollections.posts}. */
  readonly posts: Repository<Post>;
  /** See {@link StoreCollections.interactions}. */
  readonly interactions: Repository<Interaction>;
  /** See {@link StoreCollections.replies}. */
  readonly replies: Repository<Reply>;
  /** Metric samples that adapters read from the networks. */
  readonly metrics: MetricRepository;
  /** The organisation's audit log entries; append through an {@link AuditLog}, which chains them. */
  readonly audit: AuditRepository;
  /** Any collection, including those that plugins declare in {@link StoreCollections}. */
  collection<Name extends CollectionName>(name: Name): Repository<StoreCollections[Name] & TenantEntity>;
}

/**
 * A {@link Repository} inside {@link TenantStore.syncTransaction}: the same
 * operations with the same rules, answered at once instead of as promises.
 */
export interface SyncRepository<T extends TenantEntity> {
  /** See {@link Repository.get}. */
  get(id: string): T | undefined;
  /** See {@link Repository.require}. */
  require(id: string): T;
  /** See {@link Repository.list}. */
  list(options?: ListOptions<T>): T[];
  /** See {@link Repository.count}. */
  count(where?: ListOptions<T>["where"]): number;
  /** See {@link Repository.insert}. */
  insert(entity: T): void;
  /** See {@link Repository.save}. */
  save(entity: T, options?: SaveOptions): void;
  /** See {@link Repository.delete}. */
  delete(id: string): boolean;
}

/** The {@link MetricRepository} inside {@link TenantStore.syncTransaction}. */
export interface SyncMetricRepository {
  /** See {@link MetricRepository.append}. */
  append(samples: readonly MetricSample[]): void;
  /** See {@link MetricRepository.query}. */
  query(query?: MetricQuery): MetricSample[];
}

/** The {@link AuditRepository} inside {@link TenantStore.syncTransaction}. */
export interface SyncAuditRepository {
  /** See {@link AuditRepository.append}: `CORE_CONFLICT` if the entry does not follow the head. */
  append(entry: AuditEntry): void;
  /**
   * See {@link AuditRepository.list}: the same options (order, seq bounds,
   * subject, limit) with the same rules; the entries this transaction
   * appended are listed with the committed ones.
   */
  list(options?: AuditListOptions): AuditEntry[];
  /** See {@link AuditRepository.head}. */
  head(): AuditHead | undefined;
}

/** The repositories of one tenant inside {@link TenantStore.syncTransaction}: {@link TenantRepositories}, answered at once. */
export interface SyncTenantRepositories {
  /** The organisation (tenant) these repositories serve. */
  readonly organisationId: string;
  /** See {@link StoreCollections.strategies}. */
  readonly strategies: SyncRepository<Strategy>;
  /** See {@link StoreCollections.teamMembers}. */
  readonly teamMembers: SyncRepository<TeamMember>;
  /** See {@link StoreCollections.channels}. */
  readonly channels: SyncRepository<Channel>;
  /** See {@link StoreCollections.campaigns}. */
  readonly campaigns: SyncRepository<Campaign>;
  /** See {@link StoreCollections.posts}. */
  readonly posts: SyncRepository<Post>;
  /** See {@link StoreCollections.interactions}. */
  readonly interactions: SyncRepository<Interaction>;
  /** See {@link StoreCollections.replies}. */
  readonly replies: SyncRepository<Reply>;
  /** Metric samples that adapters read from the networks. */
  readonly metrics: SyncMetricRepository;
  /** The organisation's audit log entries. */
  readonly audit: SyncAuditRepository;
  /** Any collection, including those that plugins declare in {@link StoreCollections}. */
  collection<Name extends CollectionName>(name: Name): SyncRepository<StoreCollections[Name] & TenantEntity>;
}

/**
 * The data of one organisation. Every read and write is confined to it: an id of
 * another organisation's entity is simply not found, and an entity whose
 * `organisationId` is another organisation's is refused with `CORE_TENANT_MISMATCH`.
 */
export interface TenantStore extends TenantRepositories {
  /**
   * Runs `work` atomically: everything it writes through `tx` is stored together
   * when it resolves, and nothing when it throws. Transactions of one tenant
   * run one after another. Inside, use `tx`, not the tenant store (which would
   * wait for this very transaction; stores detect it and throw). Do not write
   * to another organisation's store from inside a transaction either: two
   * such transactions would wait for each other.
   */
  transaction<R>(work: (tx: TenantRepositories) => Promise<R>): Promise<R>;
  /**
   * Optional; offered by stores whose reads and writes need no waiting (the
   * memory store, `@kommune-sm/store-sqlite`). Runs `work`, which must be
   * synchronous, as one transaction: after the tenant's earlier
   * transactions, alone, and stored as a whole when it returns or not at all
   * when it throws. Inside, `tx` answers at once and sees its own writes; a
   * save at a stale revision or an audit entry that does not follow the head
   * throws `CORE_CONFLICT` right there. The promise resolves with what `work`
   * returned once it is stored.
   *
   * Cheaper than {@link transaction} when the work needs no awaiting: the
   * SQLite store runs it inside one real database transaction, without
   * keeping the writes aside until the end. A `work` that returns a promise
   * is refused with `CORE_INVALID_ARGUMENT` and nothing is stored; `tx`
   * cannot be used after `work` returned. Write only through `tx`: a write
   * the work makes through the tenant store (on SQLite, through any store of
   * the same file) is refused, and the transaction is rolled back with
   * `CORE_INVALID_ARGUMENT` rather than stored without it.
   *
   * @example
   * ```ts
   * if (store.syncTransaction) {
   *   await store.syncTransaction((tx) => {
   *     const post = tx.posts.require(id);
   *     tx.posts.save({ ...post, title, revision: post.revision + 1 }, { expectedRevision: post.revision });
   *   });
   * }
   * ```
   */
  syncTransaction?<R>(work: (tx: SyncTenantRepositories) => R): Promise<R>;
}

/** The organisations a store knows: the tenants. */
export interface OrganisationRepository {
  /** The organisation with this id, or undefined. */
  get(id: string): Promise<Organisation | undefined>;
  /** Every organisation the store knows. */
  list(): Promise<Organisation[]>;
  /** Stores or replaces the organisation record. */
  save(organisation: Organisation): Promise<void>;
}

/**
 * The store port: where kommune-sm keeps its data. `createMemoryStore()` is the
 * default; `@kommune-sm/store-sqlite` the embedded one on disk;
 * `@kommune-sm/store-postgres` the one for suites with many workers. Every
 * implementation passes the conformance suite in `@kommune-sm/core/testkit`.
 */
export interface Store {
  /** A name for logs, e.g. `"memory"` or `"sqlite:/var/lib/ksm.db"` (never with credentials). */
  readonly kind: string;
  /** The organisations (tenants) of this store. */
  readonly organisations: OrganisationRepository;
  /** The data of one organisation. Cheap; call it as often as needed. */
  tenant(organisationId: string): TenantStore;
  /** Releases files and connections; further calls fail with `CORE_DISPOSED`. */
  close(): Promise<void>;
}
