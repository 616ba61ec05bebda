import type { ChannelCapabilitiesV1, NetworkCapabilitiesV1 } from "./capabilities-v1.js";
import type {
  AdapterCallContextV1,
  ChannelRefV1,
  CredentialsV1,
  DeleteRequestV1,
  InteractionsPageV1,
  InteractionsRequestV1,
  LookupRequestV1,
  LookupResultV1,
  MetricSampleV1,
  MetricsRequestV1,
  ProfileRequestV1,
  ProfileV1,
  PublishRequestV1,
  PublishResultV1,
  ReplyRequestV1,
} from "./requests-v1.js";

/**
 * Version 1 of the adapter spec: what a network adapter implements so that
 * kommune-sm can publish to, read from and answer on a network. Small on
 * purpose; a later `v2` will wrap v1 adapters with a shim, so v1 adapters
 * keep working.
 *
 * Every operation either resolves, or rejects with a `NetworkError` whose
 * `kind` says what the engine should do (retry, ask a person to reconnect,
 * show the network's reason, ...). An operation the network does not offer
 * (see {@link NetworkCapabilitiesV1}) rejects with kind `"unsupported"`.
 * Adapters never log or return credentials.
 *
 * Write one by copying `examples/adapter-template`; check it with
 * `testAdapter` from `@kommune-sm/network/testkit`.
 */
export interface NetworkAdapterV1 {
  /** The version of this spec the adapter implements. */
  readonly specificationVersion: "v1";
  /** Adapter id, lowercase, e.g. `"mastodon"`; channels name it in `network`. */
  readonly id: string;
  /** Name to show, e.g. `"Mastodon"`. */
  readonly displayName: string;
  /** What the network can do. */
  readonly capabilities: NetworkCapabilitiesV1;

  /** Publishes one post on one channel. */
  publish(request: PublishRequestV1, context: AdapterCallContextV1): Promise<PublishResultV1>;
  /** Deletes a published post; a post that is already gone is not an error. */
  delete(request: DeleteRequestV1, context: AdapterCallContextV1): Promise<void>;
  /** Finds an earlier publish of a delivery by idempotency key, or by content and time (reconciliation after a crash). */
  lookup(request: LookupRequestV1, context: AdapterCallContextV1): Promise<LookupResultV1>;
  /** Metric samples of the account and its posts since an instant. */
  fetchMetrics(request: MetricsRequestV1, context: AdapterCallContextV1): Promise<readonly MetricSampleV1[]>;
  /** Comments, mentions and messages after a cursor, oldest first. */
  fetchInteractions(request: InteractionsRequestV1, context: AdapterCallContextV1): Promise<InteractionsPageV1>;
  /** Answers an interaction. */
  reply(request: ReplyRequestV1, context: AdapterCallContextV1): Promise<PublishResultV1>;
  /** The account's public profile (for the imprint check). */
  readProfile(request: ProfileRequestV1, context: AdapterCallContextV1): Promise<ProfileV1>;
  /**
   * Optional: what this account can do where it differs from `capabilities`
   * — one Mastodon adapter serves instances with different limits
   * (`max_characters`, `characters_reserved_per_url`, media sizes). The
   * engine asks now and then (see `ChannelCapabilitiesV1.maxAgeMs`), keeps
   * the answer in the store, and measures a post's handover against it; a
   * field left out keeps the adapter's own.
   */
  capabilitiesFor?(request: { readonly channel: ChannelRefV1 }, context: AdapterCallContextV1): Promise<ChannelCapabilitiesV1>;
  /**
   * New credentials for expired ones (OAuth refresh). Optional: networks with
   * long-lived tokens leave it out. The engine serialises refreshes per
   * account and keeps the old refresh token if the answer has none.
   */
  refreshCredentials?(credentials: CredentialsV1, context: Omit<AdapterCallContextV1, "credentials"> & { readonly channel: ChannelRefV1 }): Promise<CredentialsV1>;
}

/** The operations of `NetworkAdapterV1`, by their method names. */
export const ADAPTER_OPERATIONS_V1 = ["publish", "delete", "lookup", "fetchMetrics", "fetchInteractions", "reply", "readProfile"] as const;

/** One operation of `NetworkAdapterV1`, see {@link ADAPTER_OPERATIONS_V1}. */
export type AdapterOperationV1 = (typeof ADAPTER_OPERATIONS_V1)[number];
