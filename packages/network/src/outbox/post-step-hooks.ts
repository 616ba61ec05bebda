import type { StoredChannelCapabilities } from "../calls/channel-capabilities.js";
import {
  formatInstant,
  refusalMessages,
  type AuditActor,
  type Channel,
  type PostStepContext,
  type PostStepHook,
  type Refusal,
  type SyncTenantRepositories,
  type TenantRepositories,
} from "@kommune-sm/core";
import type { Delivery, PostDelivery } from "./delivery.js";
import { handoverMessages } from "./handover-messages.js";
import { handoverRefusal, planDeliveries } from "./handover.js";
import { applyChange, createDeliveries, noEffects, type OutboxEffects, type OutboxEnv } from "./outbox-programs.js";
import { hasTakedown, planTakedown } from "./takedown.js";
import { list, runAsync, runSync, type TxProgram } from "./tx-program.js";

/** What the outbox does when a post step is taken, decided on what was read in the step's transaction. */
export interface PostStepPlan {
  /** New deliveries: the post's channels at scheduling, takedowns at withdrawal. */
  readonly create: readonly Delivery[];
  /** Deliveries that have not gone out, stopped. */
  readonly cancel: readonly Delivery[];
  /** Deliveries that may have reached the network: made due now, so that a lookup decides them before they are cancelled. */
  readonly requeue: readonly Delivery[];
  /** Deliveries in flight in this process whose calls are aborted after the commit (their outcome still counts). */
  readonly abort: readonly string[];
  /** Why, for the audit log and the events. */
  readonly reason: string;
}

/** What the hooks need of the engine. */
export interface PostStepHookOptions {
  /** The programs' environment (adapters, clock, workflow). */
  readonly env: OutboxEnv;
  /** After the step committed: announce what the outbox did, wake the scheduler, abort the named local calls. */
  readonly committed: (effects: OutboxEffects, abort: readonly string[]) => void;
}

const ACTIONS = ["schedule", "edit", "unschedule", "abort-publishing", "withdraw"] as const;

/**
 * The outbox's part in post steps, registered with the workflow
 * (`workflow.addStepHook`), so that the deliveries of a post change in the
 * same transaction as the post:
 * - `schedule`: one delivery per channel, or the step is refused with every
 *   problem (typed refusal `undeliverable`, in German and English);
 * - `edit`: what has not gone out is cancelled; refused (`unsettled`) while
 *   it is not known whether an earlier version is on a network (a call in
 *   flight, an uncertain delivery, a retry after a call that may have got
 *   through);
 * - `unschedule`, `abort-publishing`: what has not gone out is cancelled;
 *   what may have got through is looked up first; calls in flight here are
 *   aborted (their outcome still counts);
 * - `withdraw`: the same, and a takedown for every delivery that is, or may
 *   be, on a network.
 */
export function outboxStepHook(options: PostStepHookOptions): PostStepHook {
  return {
    name: "publishing",
    actions: ACTIONS,
    async within(tx: TenantRepositories, step: PostStepContext) {
      const decided = await runAsync(tx, readAndPlan(step, options.env), options.env);
      if ("refusal" in decided) return { refusal: decided.refusal };
      const effects = noEffects();
      return {
        apply: () => runAsync(tx, applyPlan(decided, step, options.env, effects), options.env),
        afterCommit: () => options.committed(effects, decided.abort),
      };
    },
    withinSync(tx: SyncTenantRepositories, step: PostStepContext) {
      const decided = runSync(tx, readAndPlan(step, options.env), options.env);
      if ("refusal" in decided) return { refusal: decided.refusal };
      const effects = noEffects();
      return {
        apply: () => runSync(tx, applyPlan(decided, step, options.env, effects), options.env),
        afterCommit: () => options.committed(effects, decided.abort),
      };
    },
  };
}

function* readAndPlan(step: PostStepContext, env: OutboxEnv): TxProgram<PostStepPlan | { readonly refusal: Refusal }> {
  const deliveries = yield* list("deliveries", { where: { postId: step.after.id } });
  const channels = step.action === "schedule" ? yield* list("channels") : [];
  const own = step.action === "schedule" ? yield* list("channel-capabilities") : [];
  return planPostStep(step, deliveries, new Map(channels.map((c): [string, Channel] => [c.id, c])), env, new Map(own.map((c) => [c.id, c] as const)));
}

/** The plan for a post step, from the post's deliveries (and the channels, for `schedule`). Pure. */
export function planPostStep(
  step: PostStepContext,
  deliveries: readonly Delivery[],
  channels: ReadonlyMap<string, Channel>,
  env: OutboxEnv,
  channelCapabilities: ReadonlyMap<string, StoredChannelCapabilities> = new Map(),
): PostStepPlan | { readonly refusal: Refusal } {
  const now = formatInstant(step.now);
  const posts = deliveries.filter((d): d is PostDelivery => d.kind === "post");
  const open = posts.filter((d) => d.state === "scheduled" || d.state === "retrying" || d.state === "blocked");
  const inFlight = posts.filter((d) => d.state === "in-flight");
  const maybeOut = (d: Delivery) => d.mayHaveReachedNetwork === true;
  switch (step.action) {
    case "schedule": {
      const plan = planDeliveries(step.after, { channels, adapterFor: env.adapterFor, now, existing: deliveries, channelCapabilities });
      if (plan.problems.length > 0) return { refusal: handoverRefusal(plan.problems, step.locale) };
      return { create: plan.deliveries, cancel: [], requeue: [], abort: [], reason: "scheduled" };
    }
    case "edit": {
      const unsettled = [...inFlight, ...posts.filter((d) => d.state === "uncertain"), ...open.filter(maybeOut)];
      if (unsettled.length > 0) return { refusal: unsettledRefusal(unsettled, step) };
      return { create: [], cancel: open, requeue: [], abort: [], reason: "the post was edited" };
    }
    case "unschedule":
    case "abort-publishing":
    case "withdraw": {
      const why = step.action === "unschedule" ? "the post was unscheduled" : step.action === "withdraw" ? `the post was withdrawn${step.reason ? `: ${step.reason}` : ""}` : `publishing was aborted${step.reason ? `: ${step.reason}` : ""}`;
      const takedowns =
        step.action === "withdraw"
          ? posts.filter((d) => (d.state === "succeeded" || d.state === "uncertain") && !hasTakedown(deliveries, d.id)).map((d) => planTakedown(d, env.adapterFor(d.network), now))
          : [];
      return {
        create: takedowns,
        cancel: open.filter((d) => !maybeOut(d)),
        requeue: open.filter(maybeOut),
        abort: inFlight.map((d) => d.id),
        reason: why,
      };
    }
    default:
      return { create: [], cancel: [], requeue: [], abort: [], reason: step.action };
  }
}

function* applyPlan(plan: PostStepPlan, step: PostStepContext, env: OutboxEnv, effects: OutboxEffects): TxProgram<void> {
  const actor: AuditActor = step.actor.kind === "system" ? { kind: "system", id: step.actor.id.replace(/^system:/, "") } : { kind: "member", id: step.actor.id, name: step.actor.name };
  for (const delivery of plan.cancel) yield* applyChange(delivery, "cancel", {}, { actor, reason: plan.reason }, env, effects);
  for (const delivery of plan.requeue) {
    yield* applyChange(delivery, "requeue", { nextAttemptAt: formatInstant(step.now) }, { actor, reason: `${plan.reason}; an earlier attempt may have reached the network, so it is looked up before it is cancelled` }, env, effects);
  }
  yield* createDeliveries(plan.create, { actor, reason: plan.reason }, env, effects);
}

function unsettledRefusal(unsettled: readonly Delivery[], step: PostStepContext): Refusal {
  const deliveries = unsettled
    .map((d) => handoverMessages.format(step.locale, d.state === "in-flight" ? "unsettled.in-flight" : "unsettled.unknown", { channelId: d.channelId, deliveryId: d.id }))
    .join("; ");
  return { code: "unsettled", message: refusalMessages.format(step.locale, "unsettled", { deliveries }), details: { deliveryIds: unsettled.map((d) => d.id) } };
}
