import { createId, formatInstant, measureText, replyContentHash as coreReplyContentHash, type Finding, type Channel, type Interaction, type Reply } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import { capabilitiesOfChannel, type StoredChannelCapabilities } from "../calls/channel-capabilities.js";
import type { ReplyDelivery } from "./delivery.js";

/** The fingerprint of a reply's text, as a reply delivery keeps it: core's `replyContentHash`. */
export const replyContentHash: (text: string) => string = coreReplyContentHash;

/** Under four eyes: the reply carries an approval of exactly its text (a text changed in the store after approval does not). */
function approvedAsIs(reply: Reply): boolean {
  return reply.approval !== undefined && reply.approval.contentHash === replyContentHash(reply.text);
}

/** Reply states from which a reply may be sent, by whether the organisation has four eyes on replies. */
export function replySendableStates(fourEyes: boolean): readonly Reply["state"][] {
  return fourEyes ? ["approved"] : ["draft", "approved"];
}

/**
 * Why the reply no longer wants this delivery, or undefined if it still
 * does: the reply must still be one that may be sent, with the very text
 * that was handed over.
 */
export function replyUnwanted(reply: Reply | undefined, delivery: ReplyDelivery, fourEyes: boolean): string | undefined {
  if (!reply) return "the reply is gone";
  if (reply.state === "sent") return "the reply was marked sent already";
  if (!replySendableStates(fourEyes).includes(reply.state)) return `the reply is ${reply.state}`;
  if (replyContentHash(reply.text) !== delivery.approval.contentHash) return "the reply's text was changed after it was handed over";
  if (fourEyes && !approvedAsIs(reply)) return "the reply's text is not the one that was approved";
  return undefined;
}

/** Why a reply cannot be handed over now, one problem each, for a person. */
export interface ReplyHandoverProblem {
  /** What stands in the way. */
  readonly problem: "state" | "interaction" | "channel" | "adapter" | "cannot-reply" | "too-long" | "already-handed-over" | "open-findings";
  /** In English, for developers and logs. */
  readonly message: string;
}

/**
 * The delivery of a reply, or every reason it cannot be made: the reply must
 * be sendable (and, where the organisation says so, without open `error`
 * findings of the checks), its interaction known on an active channel whose
 * network can answer, and its text must fit the channel's counting rule:
 * the account's own limit where it said one (`channelCapabilities`), else
 * the adapter's.
 */
export function planReplyDelivery(
  input: {
    readonly reply: Reply;
    readonly interaction: Interaction | undefined;
    readonly channel: Channel | undefined;
    readonly adapter: NetworkAdapter | undefined;
    readonly fourEyes: boolean;
    /** The `error` findings of the checks that stop the reply now (`workflow.openReplyErrors`); none when the organisation does not block on them. */
    readonly openErrors?: readonly Finding[];
    readonly existing: readonly ReplyDelivery[];
    readonly now: number;
    /** What the channel's account said it can do (`capabilitiesFor`), as stored: the reply must fit the account's own limit. */
    readonly channelCapabilities?: StoredChannelCapabilities;
  },
): { readonly delivery?: ReplyDelivery; readonly problems: readonly ReplyHandoverProblem[] } {
  const { reply, interaction, channel, adapter } = input;
  const problems: ReplyHandoverProblem[] = [];
  if (!replySendableStates(input.fourEyes).includes(reply.state)) {
    problems.push({ problem: "state", message: input.fourEyes && reply.state === "draft" ? `Reply "${reply.id}" must be approved by a second person first.` : `Reply "${reply.id}" is ${reply.state}; only ${replySendableStates(input.fourEyes).join(" or ")} replies are sent.` });
  }
  if (input.fourEyes && reply.state === "approved" && !approvedAsIs(reply)) problems.push({ problem: "state", message: `Reply "${reply.id}" was changed after it was approved (or approved before approvals were recorded); approve it again.` });
  {
    const errors = input.openErrors ?? [];
    if (errors.length > 0) problems.push({ problem: "open-findings", message: `Reply "${reply.id}" has ${errors.length} open check finding(s) of severity error (${errors.map((f) => `${f.checkId}/${f.code}`).join(", ")}); fix the text in a new reply, or have an approver accept them with a reason.` });
  }
  const open = input.existing.find((d) => d.replyId === reply.id && d.state !== "cancelled" && d.state !== "failed");
  if (open) problems.push({ problem: "already-handed-over", message: `Reply "${reply.id}" is already in the outbox (delivery "${open.id}", ${open.state}).` });
  if (!interaction) problems.push({ problem: "interaction", message: `The interaction "${reply.interactionId}" the reply answers is gone.` });
  if (interaction && !channel) problems.push({ problem: "channel", message: `The channel "${interaction.channelId}" of the interaction is gone.` });
  if (channel && !channel.active) problems.push({ problem: "channel", message: `The channel "${channel.id}" is inactive.` });
  if (channel && !adapter) problems.push({ problem: "adapter", message: `No adapter is registered for network "${channel.network}".` });
  if (adapter && !adapter.capabilities.interactions.reply) problems.push({ problem: "cannot-reply", message: `${adapter.displayName} cannot answer through its API; answer on the network by hand, then mark the reply sent.` });
  if (adapter) {
    const rule = channel ? capabilitiesOfChannel(adapter, channel, input.channelCapabilities).text : adapter.capabilities.text;
    const measured = measureText(reply.text, rule);
    if (!measured.fits) problems.push({ problem: "too-long", message: `The reply is too long for ${adapter.displayName}: ${measured.limits.filter((l) => l.exceeded).map((l) => `${l.used} of ${l.max} ${l.unit}`).join(", ")}.` });
  }
  if (problems.length > 0 || !interaction || !channel || !adapter) return { problems };
  const at = formatInstant(input.now);
  const id = createId();
  // An earlier delivery of this reply made a call: it may be on the network (a person may have judged wrongly). The new one looks it up first.
  const earlierCall = input.existing.some((d) => d.replyId === reply.id && d.attempts > 0);
  return {
    problems,
    delivery: {
      id,
      organisationId: reply.organisationId,
      kind: "reply",
      replyId: reply.id,
      interactionId: interaction.id,
      ...(interaction.postId !== undefined ? { postId: interaction.postId } : {}),
      channelId: channel.id,
      network: channel.network,
      // One key per reply, not per hand-over: a network that dedupes by key dedupes a second hand-over too.
      idempotencyKey: `ksm-reply-${reply.id}`,
      payload: { text: reply.text, inReplyToRemoteId: interaction.remoteId },
      approval: { revision: reply.revision, contentHash: replyContentHash(reply.text) },
      state: "scheduled",
      dueAt: at,
      nextAttemptAt: at,
      attempts: 0,
      ...(earlierCall ? { mayHaveReachedNetwork: true } : {}),
      createdAt: at,
      updatedAt: at,
      revision: 1,
    },
  };
}
