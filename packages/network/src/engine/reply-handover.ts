import { KommuneError } from "@kommune-sm/core";
import type { ReplyDelivery } from "../outbox/delivery.js";
import { createDeliveries, type OutboxEffects, type OutboxEnv } from "../outbox/outbox-programs.js";
import { planReplyDelivery, type ReplyHandoverProblem } from "../outbox/reply-delivery.js";
import { get, list, type TxProgram } from "../outbox/tx-program.js";
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
  const plan = planReplyDelivery({ reply, interaction, channel, adapter: channel ? env.adapterFor(channel.network) : undefined, fourEyes: env.fourEyesOnReplies(), existing, now: env.now() });
  if (!plan.delivery) throw new ReplyHandoverError(plan.problems);
  yield* createDeliveries([plan.delivery], { actor: { kind: "member", id: member.id, name: member.name } }, env, effects);
  return plan.delivery;
}
