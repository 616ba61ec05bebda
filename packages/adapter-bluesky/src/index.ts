/**
 * `@kommune-sm/adapter-bluesky`: Bluesky (the AT Protocol) for kommune-sm.
 * Publish with certain idempotency (the record key comes from the
 * idempotency key), rich text as facets, images with alt text, link cards;
 * read mentions, replies and counts; answer citizens; read the profile for
 * the imprint check; connect an account with atproto OAuth or an app
 * password.
 *
 * @packageDocumentation
 * @module @kommune-sm/adapter-bluesky
 */
import type { KommunePlugin } from "@kommune-sm/core";
import { adapterPlugin } from "@kommune-sm/network";
import { createBlueskyAdapter, type BlueskyAdapterOptions } from "./bluesky-adapter.js";

export { createBlueskyAdapter, type BlueskyAdapterOptions } from "./bluesky-adapter.js";
export { BLUESKY_CAPABILITIES, BLUESKY_METRIC_KINDS, BLUESKY_MAX_IMAGE_BYTES } from "./bluesky-capabilities.js";
export { blueskyChannelOptions, type BlueskyChannelOptions, type BlueskyOAuthGrant } from "./bluesky-channel.js";
export { recordKeyFor } from "./record-key.js";
export { connectBlueskyAccount, disconnectBlueskyAccount, type BlueskyLogin, type BlueskyAccountTarget, type BlueskyConnectOptions, type BlueskyDisconnectOptions } from "./bluesky-connect.js";
export { createBlueskyOAuth, BLUESKY_OAUTH_SCOPE, type BlueskyOAuth, type BlueskyOAuthOptions, type BlueskyCompleteOptions } from "./bluesky-oauth.js";

/**
 * The Bluesky adapter as a plugin.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, store, plugins: [bluesky(), publishing.plugin] });
 * ```
 */
export function bluesky(options: BlueskyAdapterOptions = {}): KommunePlugin {
  return adapterPlugin(createBlueskyAdapter(options));
}
