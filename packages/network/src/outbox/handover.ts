import { createId, measurePostText, refusalMessages, type Channel, type CountingRule, type Locale, type MessageValues, type Post, type Refusal, type TextMeasurement } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import { capabilitiesOfChannel, type StoredChannelCapabilities } from "../calls/channel-capabilities.js";
import type { Delivery, PostDelivery } from "./delivery.js";
import { handoverMessages } from "./handover-messages.js";

/** A stable key for one reason a post cannot be delivered. */
export type HandoverProblemKey =
  | "no-channel"
  | "unknown-channel"
  | "inactive-channel"
  | "no-adapter"
  | "text-too-long"
  | "text-too-long-with-warning"
  | "content-warning-unsupported"
  | "too-many-media"
  | "media-kind"
  | "alt-text-missing"
  | "not-approved"
  | "already-delivered";

/** One reason a post cannot be delivered to a channel. */
export interface HandoverProblem {
  /** The channel the problem is about; absent when it is about the whole post. */
  readonly channelId?: string;
  /** A stable key, e.g. `"text-too-long"`. */
  readonly problem: HandoverProblemKey;
  /** In English, saying what to change (for developers and logs). */
  readonly message: string;
  /** The facts behind it, to word it in another language (see `handoverMessages`). */
  readonly values: MessageValues;
}

/** What a handover needs to know about the organisation's setup. */
export interface HandoverContext {
  /** The organisation's channels by id. */
  readonly channels: ReadonlyMap<string, Channel>;
  /** The adapter registered for a network, or undefined if there is none. */
  readonly adapterFor: (network: string) => NetworkAdapter | undefined;
  /** RFC 3339: the handover instant; the due time of posts without a schedule. */
  readonly now: string;
  /** The post's deliveries so far: a channel that already has one of the same approval that went, or may go, out is left alone. */
  readonly existing?: readonly Delivery[];
  /** What accounts said they can do (`capabilitiesFor`), by channel id: a post is measured against its account's own limits. */
  readonly channelCapabilities?: ReadonlyMap<string, StoredChannelCapabilities>;
}

function problem(key: HandoverProblemKey, values: MessageValues = {}, channelId?: string): HandoverProblem {
  return { ...(channelId === undefined ? {} : { channelId }), problem: key, message: wordProblem(key, values, "en"), values };
}

/** A problem in words of `locale`; a counting unit in `values.unit` is worded too. */
function wordProblem(key: HandoverProblemKey, values: MessageValues, locale: Locale): string {
  const unit = values["unit"];
  const unitKey = `unit.${String(unit)}`;
  const worded = typeof unit === "string" && handoverMessages.has(unitKey) ? { ...values, unit: handoverMessages.format(locale, unitKey) } : values;
  return handoverMessages.format(locale, key, worded);
}

/**
 * How the network measures a post's text with its content warning. Where the
 * rule counts the warning (`contentWarningCounts`, Mastodon), the warning as
 * written is joined in front of the rewritten text and the whole is counted
 * as one string, as Mastodon's StatusLengthValidator does
 * (`[status.spoiler_text, countable_text(status.text)].join`): a URL in the
 * warning counts in full, a grapheme cluster across the join counts once.
 */
function measureWithWarning(text: string, contentWarning: string | undefined, rule: CountingRule): { readonly measured: TextMeasurement; readonly withWarning: boolean } {
  return { measured: measurePostText(text, contentWarning, rule), withWarning: Boolean(contentWarning) && rule.contentWarningCounts === true };
}

/**
 * The channels a post's approval already went to, or may still go to: its
 * deliveries of the same approval that did not fail and were not cancelled.
 * Scheduling a post again (after an abort) sends only to the others, so that
 * one approved revision goes out at most once per channel.
 */
export function takenChannels(post: Post, existing: readonly Delivery[]): Set<string> {
  const taken = new Set<string>();
  for (const delivery of existing) {
    if (delivery.kind !== "post" || delivery.state === "cancelled" || delivery.state === "failed") continue;
    if (post.approval && delivery.approval.revision === post.approval.revision && delivery.approval.contentHash === post.approval.contentHash) taken.add(delivery.channelId);
  }
  return taken;
}

/**
 * The deliveries for a post, one per channel named by its variants that is
 * not taken yet (see {@link takenChannels}), each with its payload frozen
 * from the post and the post's approval; or every problem that stands in
 * the way. Pure: it writes nothing, so a post with a problem leaves nothing
 * behind.
 */
export function planDeliveries(post: Post, context: HandoverContext): {
  /** One delivery per channel; write them only when `problems` is empty. */
  readonly deliveries: PostDelivery[];
  /** Everything that stands in the way; empty when the post can go out. */
  readonly problems: HandoverProblem[];
} {
  const problems: HandoverProblem[] = [];
  const deliveries: PostDelivery[] = [];
  const approval = post.approval;
  if (!approval) problems.push(problem("not-approved"));
  if (post.variants.length === 0) problems.push(problem("no-channel"));
  const taken = takenChannels(post, context.existing ?? []);
  const variants = post.variants.filter((variant) => !taken.has(variant.channelId));
  if (post.variants.length > 0 && variants.length === 0) problems.push(problem("already-delivered"));
  for (const variant of variants) {
    const channelId = variant.channelId;
    const channel = context.channels.get(channelId);
    if (!channel) {
      problems.push(problem("unknown-channel", { channelId }, channelId));
      continue;
    }
    if (!channel.active) {
      problems.push(problem("inactive-channel", { channelId }, channelId));
      continue;
    }
    const adapter = context.adapterFor(channel.network);
    if (!adapter) {
      problems.push(problem("no-adapter", { channelId, network: channel.network }, channelId));
      continue;
    }
    const network = adapter.displayName;
    const text = variant.text ?? post.text;
    // A variant's warning overrides the post's; its empty warning means none on this channel.
    const contentWarning = (variant.contentWarning ?? post.contentWarning) || undefined;
    const media = variant.media ?? post.media;
    const capabilities = capabilitiesOfChannel(adapter, channel, context.channelCapabilities?.get(channelId));
    // Dropping the warning would show readers what it was meant to hide: a problem, not a silent loss.
    if (contentWarning && capabilities.contentWarnings !== true) problems.push(problem("content-warning-unsupported", { channelId, network }, channelId));
    const { measured, withWarning } = measureWithWarning(text, contentWarning, capabilities.text);
    for (const limit of measured.limits) {
      if (limit.exceeded) problems.push(problem(withWarning ? "text-too-long-with-warning" : "text-too-long", { channelId, over: -limit.remaining, unit: limit.unit, max: limit.max, network }, channelId));
    }
    if (media.length > capabilities.media.maxItems) {
      problems.push(problem("too-many-media", { channelId, network, max: capabilities.media.maxItems, count: media.length }, channelId));
    }
    for (const item of media) {
      if (!capabilities.media.kinds.includes(item.kind)) problems.push(problem("media-kind", { channelId, network, kind: item.kind, mediaId: item.id }, channelId));
      if (capabilities.media.altText === "required" && !item.decorative && !item.altText?.trim()) {
        problems.push(problem("alt-text-missing", { channelId, network, mediaId: item.id }, channelId));
      }
    }
    if (!approval) continue;
    const id = createId();
    deliveries.push({
      id,
      organisationId: post.organisationId,
      kind: "post",
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
        ...(contentWarning ? { contentWarning } : {}),
        language: post.language,
        media,
        links: post.links,
        hashtags: post.hashtags,
        options: (variant.options?.[channel.network] as Record<string, unknown> | undefined) ?? {},
        ...(post.pillarId ? { pillarId: post.pillarId } : {}),
        ...(post.campaignId ? { campaignId: post.campaignId } : {}),
      },
      approval: { revision: approval.revision, contentHash: approval.contentHash },
      createdAt: context.now,
      updatedAt: context.now,
      revision: 1,
    });
  }
  return problems.length > 0 ? { deliveries: [], problems } : { deliveries, problems };
}

/** The refusal of a schedule step for `problems`, worded in `locale`, with the problems in its details. */
export function handoverRefusal(problems: readonly HandoverProblem[], locale: Locale): Refusal {
  const separator = handoverMessages.format(locale, "separator");
  const worded = problems.map((p) => wordProblem(p.problem, p.values, locale)).join(separator);
  return {
    code: "undeliverable",
    message: refusalMessages.format(locale, "undeliverable", { problems: worded }),
    details: { problems: problems.map(({ channelId, problem: key, message }) => ({ ...(channelId === undefined ? {} : { channelId }), problem: key, message })) },
  };
}
