import { formatInstant, KommuneError, type Reply, type WorkflowResult } from "@kommune-sm/core";
import type { Delivery, ReplyDelivery } from "../outbox/delivery.js";
import { applyChange, createDeliveries, type OutboxEffects, type OutboxEnv } from "../outbox/outbox-programs.js";
import { planReplyDelivery, type ReplyHandoverProblem } from "../outbox/reply-delivery.js";
import { capabilitiesOfChannel } from "../calls/channel-capabilities.js";
import { hasTakedown, planTakedown } from "../outbox/takedown.js";
import { get, list, replyWithdraw, type TxProgram } from "../outbox/tx-program.js";
import { PublishingError } from "../spec/index.js";
import { requireMember } from "./person-steps.js";

/** Thrown by `PublishingEngine.sendReply` when a reply cannot be sent; `problems` lists each. */
export class ReplyHandoverError extends PublishingError {
  constructor(
    /** Every reason the reply cannot be sent now. */
    readonly problems: readonly ReplyHandoverProblem[],
  ) {
    super("NETWORK_INVALID_DELIVERY", `The reply cannot be sent:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`);
    this.name = "ReplyHandoverError";
  }
}

/**
 * A person hands a reply to the outbox, in one transaction: the member (an
 * editor, approver or admin), the reply, its interaction and channel read;
 * the delivery planned (see `planReplyDelivery`) and stored with its audit
 * entry and the reply's new fields — or a {@link ReplyHandoverError} and
 * nothing stored.
 */
export function* handOverReplyProgram(replyId: string, actorId: string, env: OutboxEnv, effects: OutboxEffects): TxProgram<ReplyDelivery> {
  const member = yield* requireMember(actorId, ["editor", "approver", "admin"]);
  const reply = yield* get("replies", replyId);
  if (!reply) throw new KommuneError({ code: "CORE_NOT_FOUND", message: `There is no reply "${String(replyId)}" in this organisation.` });
  const interaction = yield* get("interactions", reply.interactionId);
  const channel = interaction ? yield* get("channels", interaction.channelId) : undefined;
  const existing = (yield* list("deliveries", { where: { replyId: reply.id } as never })).filter((d): d is ReplyDelivery => d.kind === "reply" && d.replyId === reply.id);
  // Judged as the reply is now, not as it was when drafted: a check registered since, or a text changed in the store, counts.
  // The account's own limits, as scheduling a post reads them: a 5,000-character instance takes a reply its network's default would refuse.
  const channelCapabilities = channel ? yield* get("channel-capabilities", channel.id) : undefined;
  const adapter = channel ? env.adapterFor(channel.network) : undefined;
  const accountCapabilities = channel && adapter ? capabilitiesOfChannel(adapter, channel, channelCapabilities) : undefined;
  const openErrors =
    env.blockOnOpenErrors?.() === true
      ? env.workflow.openReplyErrors(reply, { ...(interaction ? { interaction } : {}), ...(channel ? { channel } : {}), ...(accountCapabilities ? { accountCapabilities } : {}), strategies: yield* list("strategies") })
      : [];
  const plan = planReplyDelivery({ reply, interaction, channel, adapter, fourEyes: env.fourEyesOnReplies(), openErrors, existing, now: env.now(), ...(channelCapabilities ? { channelCapabilities } : {}) });
  if (!plan.delivery) throw new ReplyHandoverError(plan.problems);
  yield* createDeliveries([plan.delivery], { actor: { kind: "member", id: member.id, name: member.name } }, env, effects);
  return plan.delivery;
}

/**
 * A person takes back a sent reply, in one transaction: the workflow's step
 * (`withdrawn`, the reason kept and audited), what of its delivery has not
 * gone out cancelled (looked up first if an attempt may have reached the
 * network), and a takedown for a delivery that is, or may be, on the
 * network. A refused step writes nothing. Returns the calls under way to abort.
 */
export function* withdrawReplyProgram(
  replyId: string,
  actorId: string,
  reason: string,
  env: OutboxEnv,
  effects: OutboxEffects,
): TxProgram<{ readonly result: WorkflowResult<Reply>; readonly abort: readonly string[] }> {
  const step = yield* replyWithdraw(replyId, actorId, reason);
  if (!step.result.ok) return { result: step.result, abort: [] };
  effects.announce.push(step.emit);
  const member = yield* get("teamMembers", actorId);
  const actor = { kind: "member" as const, id: actorId, ...(member ? { name: member.name } : {}) };
  const all = (yield* list("deliveries", { where: { replyId } as never })) as Delivery[];
  const now = formatInstant(env.now());
  const abort: string[] = [];
  const why = `the reply was withdrawn: ${reason.trim()}`;
  for (const delivery of all) {
    if (delivery.kind !== "reply") continue;
    const maybeOut = delivery.mayHaveReachedNetwork === true;
    if (delivery.state === "in-flight") abort.push(delivery.id);
    else if ((delivery.state === "scheduled" || delivery.state === "retrying" || delivery.state === "blocked") && !maybeOut) yield* applyChange(delivery, "cancel", {}, { actor, reason: why }, env, effects);
    else if ((delivery.state === "retrying" || delivery.state === "blocked") && maybeOut) {
      yield* applyChange(delivery, "requeue", { nextAttemptAt: now }, { actor, reason: `${why}; an earlier attempt may have reached the network, so it is looked up before it is cancelled` }, env, effects);
    } else if ((delivery.state === "succeeded" || delivery.state === "uncertain") && !hasTakedown(all, delivery.id)) {
      yield* createDeliveries([planTakedown(delivery, env.adapterFor(delivery.network), now)], { actor, reason: why }, env, effects);
    }
  }
  return { result: step.result, abort };
}
