import { createId, measureText, type Channel, type Post } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import type { Delivery } from "./delivery.js";

/** One reason a post cannot be delivered to a channel. */
export interface HandoverProblem {
  /** The channel the problem is about; absent when the post names no channel. */
  readonly channelId?: string;
  /** A stable key, e.g. `"text-too-long"`. */
  readonly problem: "no-channel" | "unknown-channel" | "inactive-channel" | "no-adapter" | "text-too-long" | "too-many-media" | "media-kind" | "alt-text-missing";
  /** In English, saying what to change. */
  readonly message: string;
}

/** What a handover needs to know about the organisation's setup. */
export interface HandoverContext {
  /** The organisation's channels by id. */
  readonly channels: ReadonlyMap<string, Channel>;
  /** The adapter registered for a network, or undefined if there is none. */
  readonly adapterFor: (network: string) => NetworkAdapter | undefined;
  /** RFC 3339: the handover instant; the due time of posts without a schedule. */
  readonly now: string;
}

/**
 * The deliveries for a post, one per channel named by its variants, each with
 * its payload frozen from the post; or every problem that stands in the way.
 * Pure: it writes nothing, so a post with a problem leaves nothing behind.
 */
export function planDeliveries(post: Post, context: HandoverContext): {
  /** One delivery per channel; write them only when `problems` is empty. */
  readonly deliveries: Delivery[];
  /** Everything that stands in the way; empty when the post can go out. */
  readonly problems: HandoverProblem[]
} {
  const problems: HandoverProblem[] = [];
  const deliveries: Delivery[] = [];
  if (post.variants.length === 0) {
    problems.push({ problem: "no-channel", message: `Post "${post.id}" names no channel; add a variant for each channel it should go to.` });
  }
  for (const variant of post.variants) {
    const channel = context.channels.get(variant.channelId);
    if (!channel) {
      problems.push({ channelId: variant.channelId, problem: "unknown-channel", message: `Channel "${variant.channelId}" does not exist in this organisation.` });
      continue;
    }
    if (!channel.active) {
      problems.push({ channelId: channel.id, problem: "inactive-channel", message: `Channel "${channel.id}" is switched off.` });
      continue;
    }
    const adapter = context.adapterFor(channel.network);
    if (!adapter) {
      problems.push({ channelId: channel.id, problem: "no-adapter", message: `No adapter is registered for network "${channel.network}" of channel "${channel.id}".` });
      continue;
    }
    const text = variant.text ?? post.text;
    const media = variant.media ?? post.media;
    const { capabilities } = adapter;
    const measured = measureText(text, capabilities.text);
    for (const limit of measured.limits) {
      if (limit.exceeded) {
        problems.push({
          channelId: channel.id,
          problem: "text-too-long",
          message: `The text for "${channel.id}" is ${-limit.remaining} ${limit.unit} over ${adapter.displayName}'s limit of ${limit.max}.`,
        });
      }
    }
    if (media.length > capabilities.media.maxItems) {
      problems.push({ channelId: channel.id, problem: "too-many-media", message: `${adapter.displayName} takes at most ${capabilities.media.maxItems} media items; the post for "${channel.id}" has ${media.length}.` });
    }
    for (const item of media) {
      if (!capabilities.media.kinds.includes(item.kind)) {
        problems.push({ channelId: channel.id, problem: "media-kind", message: `${adapter.displayName} does not take ${item.kind} (media "${item.id}").` });
      }
      if (capabilities.media.altText === "required" && !item.decorative && !item.altText?.trim()) {
        problems.push({ channelId: channel.id, problem: "alt-text-missing", message: `Media "${item.id}" needs an alt text for ${adapter.displayName}.` });
      }
    }
    const id = createId();
    deliveries.push({
      id,
      organisationId: post.organisationId,
      postId: post.id,
      channelId: channel.id,
      network: channel.network,
      idempotencyKey: `ksm-${id}`,
      state: "scheduled",
      dueAt: post.scheduledAt ?? context.now,
      nextAttemptAt: post.scheduledAt ?? context.now,
      attempts: 0,
      payload: {
        text,
        language: post.language,
        media,
        links: post.links,
        hashtags: post.hashtags,
        options: (variant.options?.[channel.network] as Record<string, unknown> | undefined) ?? {},
        ...(post.pillarId ? { pillarId: post.pillarId } : {}),
        ...(post.campaignId ? { campaignId: post.campaignId } : {}),
      },
      createdAt: context.now,
      updatedAt: context.now,
      revision: 1,
    });
  }
  return problems.length > 0 ? { deliveries: [], problems } : { deliveries, problems };
}
