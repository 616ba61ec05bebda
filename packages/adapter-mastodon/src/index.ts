/**
 * `@kommune-sm/adapter-mastodon`: Mastodon for kommune-sm. Any instance,
 * several at once: publish with idempotency keys, media with alt text and
 * content warnings; read mentions, replies and counts; answer citizens; read
 * the profile for the imprint check; and connect an account with OAuth
 * (authorisation code with PKCE).
 *
 * @packageDocumentation
 * @module @kommune-sm/adapter-mastodon
 */
import { adapterPlugin } from "@kommune-sm/network";
import type { KommunePlugin } from "@kommune-sm/core";
import { createMastodonAdapter, type MastodonAdapterOptions } from "./mastodon-adapter.js";

export { createMastodonAdapter, type MastodonAdapterOptions } from "./mastodon-adapter.js";
export { MASTODON_CAPABILITIES, MASTODON_METRIC_KINDS, MASTODON_DEFAULT_MEDIA, MASTODON_KEY_WINDOW_MS, capabilitiesFromInstance } from "./mastodon-capabilities.js";
export { mastodonChannelOptions, type MastodonChannelOptions } from "./mastodon-channel.js";
export { contentToText, linkTargetsOf, type StatusMention } from "./content-to-text.js";
export type { MediaPolling } from "./mastodon-media.js";
export {
  createMastodonConnector,
  MASTODON_SCOPES,
  type MastodonConnector,
  type MastodonConnectorOptions,
  type MastodonApp,
  type MastodonAppStore,
  type PendingMastodonAuthorisation,
  type MastodonAccountTarget,
} from "./mastodon-connect.js";

/**
 * The Mastodon adapter as a plugin.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, store, plugins: [mastodon(), publishing.plugin] });
 * ```
 */
export function mastodon(options: MastodonAdapterOptions = {}): KommunePlugin {
  return adapterPlugin(createMastodonAdapter(options));
}
