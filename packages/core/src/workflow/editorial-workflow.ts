import { z } from "zod";
import { createAuditEntry, type AuditActor, type AuditEntryInput } from "../audit/index.js";
import { CoreError } from "../errors/core-errors.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { Clock } from "../clock/clock.js";
import type { EventBus, EventCatalogue, EventType } from "../events/index.js";
import { createId } from "../ids.js";
import { formatInstant } from "../time/format-instant.js";
import { measureText } from "../text/measure-text.js";
import { replyContentHash } from "./reply-content-hash.js";
import { countingRuleSchema, type CountingRule } from "../text/counting-rule.js";
import type { Locale } from "../i18n/locale.js";
import type { Logger } from "../logger/logger.js";
import type { MessageValues } from "../i18n/message-catalogue.js";
import {
  InstantSchema,
  PostContentSchema,
  PostSchema,
  isInstantInRange,
  ReasonSchema,
  ReplySchema,
  type Channel,
  type CheckRecord,
  type Finding,
  type Interaction,
  type Organisation,
  type Post,
  type PostContentInput,
  type QuietPeriod,
  type MetricSample,
  type Reply,
  type Strategy,
  type TeamMember,
} from "../model/index.js";
import { InteractionTriageResultSchema, InteractionTriageSchema, TriageProducerSchema, type InteractionTriageResult } from "../model/interaction.js";
import type { SyncTenantRepositories, TenantRepositories, TenantStore } from "../store/store-port.js";
import { validate } from "../validation/validate.js";
import { postContentHash } from "./post-content-hash.js";
import type { CheckInput, PostCheckInput } from "../checks/check.js";
import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import type { AccountCapabilitiesSource, ReadChannels } from "./account-capabilities.js";
import { blockingFindings, checkedEventData, review, withAcceptance } from "./check-review.js";
import type { PostHookAction, PostStepContext, PostStepHook } from "./post-step-hook.js";
import { EDITABLE_STATES, POST_TRANSITIONS, type ActorRole, type PostAction } from "./post-transitions.js";
import { planInteractionStep, revisionOf, type InteractionStepOptions } from "./interaction-step.js";
import { ASSIGNABLE_ROLES, INTERACTION_TRANSITIONS, type InteractionAction } from "./interaction-transitions.js";
import { blockingQuietPeriods, describeQuietPeriods, quietPeriodsHoldingPost } from "./quiet-periods.js";
import { refusalMessages, type Refusal, type RefusalCode, type WorkflowResult } from "./refusal.js";
import { refusalWords, roleWords, type StepName } from "./refusal-words.js";
import { REPLY_TRANSITIONS, type ReplyAction } from "./reply-transitions.js";
import { fourEyesForbidsPostStep, fourEyesForbidsReplyStep, hasAnyRole, interactionStepRoles, replyStepFrom, rolesAllowPostStep } from "./step-rules.js";

/**
 * Who takes a step: a team member's id, or the SDK itself (`{ system:
 * "publishing-engine" }`). A system actor carries the role `system` and no
 * other check: it is for code the embedding application trusts (the SDK's
 * components and its plugins), never for input from a person or a request.
 */
export type WorkflowActor =
  | string
  | {
      /** Name of the SDK component taking the step, e.g. `"publishing-engine"`; recorded as `system:<name>`. */
      readonly system: string;
    };

/** Options of a post transition. */
export interface TransitionOptions {
  /** Why; required for reject, withdraw and abort-publishing, recorded for all. */
  readonly reason?: string;
  /** Publication time for `schedule`: a Date, epoch ms or an RFC 3339 string with offset. */
  readonly scheduledAt?: Date | number | string;
  /** An admin's override of a blocking quiet period, with the reason (recorded in the audit log). */
  readonly override?: {
    /** Why the quiet period may be overridden this time. */
    readonly reason: string;
  };
  /** Refuse with `conflict` unless the post is still at this revision (the one the person saw). */
  readonly expectedRevision?: number;
}

/** Everything the workflow needs; `createKommune` wires it. */
export interface EditorialWorkflowOptions {
  /** The organisation whose posts and replies go through the workflow; its settings decide four eyes. */
  readonly organisation: Organisation;
  /** The organisation's data; every step runs in one of its transactions. */
  readonly store: TenantStore;
  /** Where the workflow's events are emitted, after each step is stored. */
  readonly bus: EventBus;
  /** Source of the current time, for timestamps and the quiet-period and schedule checks. */
  readonly clock: Clock;
  /** Language of refusal and validation messages. */
  readonly locale: Locale;
  /** Throws when the instance is disposed; checked before every step. */
  readonly assertActive?: () => void;
  /** Where a failing `afterCommit` of a step hook is reported; default: nowhere. */
  readonly logger?: Logger;
  /**
   * How a network counts text, by its adapter id (`createKommune` reads it
   * from the network registrations): a reply is checked against its
   * channel's rule before it is approved, unless the account said its own
   * (see {@link EditorialWorkflow.useAccountCapabilities}). Unknown networks
   * are not checked.
   */
  readonly countingRuleFor?: (network: string) => CountingRule | undefined;
  /**
   * The checks to run on posts and replies (`createKommune` gives the
   * checks registry's entries, read anew at every step): post checks when a
   * post is edited, submitted and approved, reply checks when a reply is
   * drafted and approved. None: nothing is checked and nothing stored.
   */
  readonly checks?: () => readonly unknown[];
  /** What a network can do, by adapter id, for the checks' context (`createKommune` reads the network registrations). */
  readonly capabilitiesFor?: (network: string) => NetworkRegistrationCapabilities | undefined;
}

interface ResolvedActor {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly ActorRole[];
  readonly audit: AuditActor;
}

/** What a step does after its commit: emit an event, or run a hook's `afterCommit` (after every event). */
type Pending = { event: EventType; data: unknown; subject: string } | { run: () => void; hook: string };

/** What the hooks of a step agreed to do, or the first refusal. */
type HookAnswers<Apply> = { ok: false; refusal: Refusal } | { ok: true; apply: Apply[]; after: { run: () => void; hook: string }[] };


/** What the network said about a reply it took: {@link EditorialWorkflow.markReplySentWithin}. */
export interface ReplySentDetails {
  /** RFC 3339: when the network says the reply went out; the interaction's first response is dated by it. */
  readonly at: string;
  /** The network's id of the reply. */
  readonly remoteId?: string;
  /** Public link to the reply. */
  readonly url?: string;
  /** The outbox's delivery that sent it. */
  readonly deliveryId?: string;
  /** The channel it went out on. */
  readonly channelId?: string;
}

/** A reply step taken inside the caller's transaction ({@link EditorialWorkflow.markReplySentWithin}). */
export interface ReplyStepWithin {
  /** The reply after the step, or why it was refused (then nothing was written). */
  readonly result: WorkflowResult<Reply>;
  /** Emits the step's events: call it once the transaction has committed, and not if it did not. */
  readonly emit: () => void;
}

/** What marking a reply sent writes, planned from what was read. */
interface ReplySentPlan {
  readonly reply: Reply;
  readonly interaction?: { readonly next: Interaction; readonly expectedRevision?: number };
  readonly sample?: MetricSample;
  readonly audit: Omit<AuditEntryInput, "actor">;
  readonly pending: Pending[];
  readonly who: ResolvedActor;
}

/** A post step taken inside the caller's transaction ({@link EditorialWorkflow.transitionWithin}, {@link EditorialWorkflow.transitionWithinSync}). */
export interface StepWithin {
  /** The post after the step, or why it was refused (then nothing was written). */
  readonly result: WorkflowResult<Post>;
  /** Emits the step's events: call it once the transaction has committed, and not if it did not. Emits nothing for a refusal. */
  readonly emit: () => void;
}

/** A post step that passed every check, with what it needs to be taken. */
interface CheckedStep {
  readonly post: Post;
  readonly who: ResolvedActor;
  readonly scheduledAt?: string;
  readonly overridden: QuietPeriod[];
}

/** The post a step is for: its id, and the post itself if the caller read it in the same transaction. */
interface PostTarget {
  readonly postId: string;
  readonly read?: Post;
}

/** A step's post as given to the *Within methods: an id, or the post just read through `tx`. */
function postTarget(target: string | Post): PostTarget {
  if (typeof target === "string") return { postId: target };
  if (typeof target === "object" && target !== null && typeof target.id === "string") return { postId: target.id, read: target };
  throw new CoreError("CORE_INVALID_ARGUMENT", `A step needs a post id or the post as read in the transaction, got ${target === null ? "null" : typeof target}.`);
}

/** Who may create and edit posts. */
const CREATORS: readonly ActorRole[] = ["editor", "admin"];
/** Who may draft replies. */
const REPLIERS: readonly ActorRole[] = ["editor", "approver", "admin"];

function ruleOf(action: PostAction): (typeof POST_TRANSITIONS)[PostAction] {
  // Own keys only: an inherited name ("toString") is no step.
  const rule = Object.hasOwn(POST_TRANSITIONS, action) ? POST_TRANSITIONS[action] : undefined;
  if (!rule) throw new CoreError("CORE_INVALID_ARGUMENT", `Unknown post action "${String(action)}"; known: ${Object.keys(POST_TRANSITIONS).join(", ")}.`);
  return rule;
}

/** The interaction's triage on its own, so that a problem is reported at `triage`. */
const TRIAGE_OF_INTERACTION = z.object({ triage: InteractionTriageSchema });

function interactionRuleOf(action: InteractionAction): (typeof INTERACTION_TRANSITIONS)[InteractionAction] {
  const rule = Object.hasOwn(INTERACTION_TRANSITIONS, action) ? INTERACTION_TRANSITIONS[action] : undefined;
  if (!rule) throw new CoreError("CORE_INVALID_ARGUMENT", `Unknown interaction action "${String(action)}"; known: ${Object.keys(INTERACTION_TRANSITIONS).join(", ")}.`);
  return rule;
}

/**
 * What a producer files with {@link EditorialWorkflow.setInteractionTriage}:
 * a triage result whose `at` defaults to the moment it is filed.
 */
export type InteractionTriageInput = Omit<InteractionTriageResult, "at"> & {
  /** When the producer reached its verdict (RFC 3339 with offset); default: now. */
  readonly at?: string;
};

/**
 * The editorial workflow of one organisation: posts from draft to published,
 * and replies to citizens. Every step checks the actor's roles, the
 * four-eyes principle and quiet periods, and either changes the entity and
 * writes an audit entry atomically (then emits its event) or returns a
 * {@link Refusal} and changes nothing.
 *
 * @example
 * ```ts
 * const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag" }, "anna");
 * if (!created.ok) throw new Error(created.refusal.message);
 * await ksm.workflow.submit(created.value.id, "anna");
 * const approved = await ksm.workflow.approve(created.value.id, "anna"); // refused: four eyes
 * ```
 */
export class EditorialWorkflow {
  readonly #options: EditorialWorkflowOptions;
  // Replaced, never changed, so a step iterates the hooks it started with.
  #hooks: readonly PostStepHook[] = [];
  // Replaced, never changed, as the hooks are.
  #accountSources: readonly AccountCapabilitiesSource[] = [];

  constructor(options: EditorialWorkflowOptions) {
    this.#options = options;
  }

  /**
   * Lets a plugin say what each account can do where it differs from what
   * its network declared (see {@link AccountCapabilitiesSource}): a reply is
   * approved only if it fits its account's limit, and the checks see the
   * account's capabilities. Sources are asked in the order they were added;
   * the first answer counts. Returns what removes the source again.
   */
  useAccountCapabilities(source: AccountCapabilitiesSource): () => void {
    if (typeof source !== "object" || source === null || typeof source.name !== "string" || typeof source.within !== "function" || typeof source.withinSync !== "function") {
      throw new CoreError("CORE_INVALID_ARGUMENT", "An account capabilities source needs a name and the functions within and withinSync.");
    }
    this.#accountSources = [...this.#accountSources, source];
    return () => {
      this.#accountSources = this.#accountSources.filter((s) => s !== source);
    };
  }

  /**
   * Lets a plugin take part in post steps (see {@link PostStepHook}): it
   * reads and may refuse inside the step's transaction, and writes together
   * with the step. Returns what removes the hook again (call it in the
   * plugin's teardown). Hooks are consulted in the order they were added.
   */
  addStepHook(hook: PostStepHook): () => void {
    if (typeof hook !== "object" || hook === null || typeof hook.name !== "string" || !Array.isArray(hook.actions) || typeof hook.within !== "function") {
      throw new CoreError("CORE_INVALID_ARGUMENT", "A step hook needs a name, a list of actions and a within function.");
    }
    for (const action of hook.actions) {
      if (action !== "edit" && !Object.hasOwn(POST_TRANSITIONS, action)) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}": unknown action "${String(action)}"; known: edit, ${Object.keys(POST_TRANSITIONS).join(", ")}.`);
      }
    }
    this.#hooks = [...this.#hooks, hook];
    return () => {
      this.#hooks = this.#hooks.filter((h) => h !== hook);
    };
  }

  /** Creates a draft. Content that does not match the schema throws a `ValidationError` naming each field. */
  async createPost(content: PostContentInput, actor: WorkflowActor): Promise<WorkflowResult<Post>> {
    const parsed = validate(PostContentSchema, content, { locale: this.#options.locale, entity: "Post" });
    return this.#run(async (tx, pending) => {
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      if (!hasAnyRole(who.value, CREATORS)) return this.#refuseRoles(who.value, "create", { post: "create" }, CREATORS);
      const now = this.#now();
      const post: Post = validate(
        PostSchema,
        { ...parsed, id: createId(), organisationId: this.#options.organisation.id, state: "draft", authorId: who.value.id, contributorIds: [], createdAt: now, updatedAt: now, revision: 1 },
        { locale: this.#options.locale, entity: "Post" },
      );
      await tx.posts.insert(post);
      await this.#audit(tx, who.value, { action: "post.created", subject: { type: "post", id: post.id }, to: "draft" });
      pending.push({ event: "post.created", subject: post.id, data: { postId: post.id, actorId: who.value.id, state: post.state, revision: post.revision } });
      return { ok: true, value: post };
    });
  }

  /**
   * Changes the content of a post. The editor becomes a contributor (and so may
   * not approve it under four eyes). Editing a post that is in review,
   * approved or scheduled sends it back to draft: an approval covers only the
   * content that was approved.
   */
  async editPost(postId: string, changes: Partial<PostContentInput>, actor: WorkflowActor, options: { expectedRevision?: number } = {}): Promise<WorkflowResult<Post>> {
    return this.#run(async (tx, pending) => {
      const post = await tx.posts.get(postId);
      if (!post) return this.#refuse("not-found", { entity: "Post", id: postId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      if (!hasAnyRole(who.value, CREATORS)) return this.#refuseRoles(who.value, "edit", { post: "edit" }, CREATORS);
      if (!EDITABLE_STATES.includes(post.state)) return this.#refuseState("edit", { post: "edit" }, post.state, EDITABLE_STATES);
      if (options.expectedRevision !== undefined && options.expectedRevision !== post.revision) {
        return this.#refuse("conflict", { expected: options.expectedRevision, actual: post.revision });
      }
      const content = validate(PostContentSchema, { ...pickContent(post), ...changes }, { locale: this.#options.locale, entity: "Post" });
      const state = post.state === "rejected" ? "rejected" : "draft";
      const contributorIds = who.value.id === post.authorId || post.contributorIds.includes(who.value.id) ? post.contributorIds : [...post.contributorIds, who.value.id];
      const next: Post = { ...post, ...content, state, contributorIds, updatedAt: this.#now(), revision: post.revision + 1 };
      // New content needs a new approval, a new schedule and, if blocked, a new override.
      delete next.scheduledAt;
      delete next.quietPeriodOverride;
      delete next.approval;
      // Findings are of the content they were found in: new content, new findings (none without checks).
      delete next.checks;
      const checked = this.#hasChecks() ? this.#reviewPost(next, await tx.strategies.list(), await this.#channelsOf(tx, next), who.value) : undefined;
      const hooks = await this.#consultHooks(tx, this.#context("edit", post, next, who.value, undefined));
      if (!hooks.ok) return hooks;
      await tx.posts.save(next, { expectedRevision: post.revision });
      await this.#audit(tx, who.value, {
        action: "post.edited",
        subject: { type: "post", id: post.id },
        from: post.state,
        to: state,
        data: { fields: Object.keys(changes).sort() },
      });
      for (const apply of hooks.apply) await apply();
      pending.push({ event: "post.edited", subject: post.id, data: { postId: post.id, actorId: who.value.id, state, previousState: post.state, revision: next.revision } });
      if (checked) pending.push(checked);
      pending.push(...hooks.after);
      return { ok: true, value: next };
    });
  }

  /** Takes a step of the state machine ({@link POST_TRANSITIONS}). */
  async transition(postId: string, action: PostAction, actor: WorkflowActor, options: TransitionOptions = {}): Promise<WorkflowResult<Post>> {
    this.#checkReasons(options);
    return this.#run((tx, pending) => this.#transitionStep(tx, pending, { postId }, action, actor, options));
  }

  /**
   * Takes a step like {@link transition}, inside the caller's transaction
   * `tx`, so that the step is stored together with the caller's own writes,
   * or not at all (the publishing engine records a delivery's outcome and the
   * post's step to `published` this way). A refusal writes nothing; the caller
   * decides whether its transaction goes on.
   *
   * The step's events are not emitted yet: call `emit` once the transaction
   * has committed, and not if it did not. A `CORE_CONFLICT` from the commit
   * (another writer was first) is the caller's to retry.
   *
   * `post` is the post's id, or the post itself when the caller has just
   * read it through `tx` (the step then does not read it again). The step
   * judges and saves what it is given, at that post's revision: a copy that
   * is not the stored one is refused with `CORE_CONFLICT` when it is saved.
   *
   * @example
   * ```ts
   * const step = await ksm.store.transaction(async (tx) => {
   *   await tx.collection("deliveries").save(done, { expectedRevision });
   *   return ksm.workflow.transitionWithin(tx, done.postId, "mark-published", { system: "my-engine" });
   * });
   * step.emit();
   * ```
   */
  async transitionWithin(
    tx: TenantRepositories,
    post: string | Post,
    action: PostAction,
    actor: WorkflowActor,
    options: TransitionOptions = {},
  ): Promise<StepWithin> {
    this.#options.assertActive?.();
    this.#checkReasons(options);
    const pending: Pending[] = [];
    const result = await this.#transitionStep(tx, pending, postTarget(post), action, actor, options);
    return { result, emit: () => this.#emitAll(result.ok ? pending : []) };
  }

  /**
   * {@link transitionWithin} inside a store's `syncTransaction`: the same
   * checks, the same writes and audit entry, answered at once. `target` is
   * the post's id or the post just read through `tx`, as there.
   *
   * @example
   * ```ts
   * const step = await ksm.store.syncTransaction!((tx) => {
   *   tx.collection("deliveries").save(done, { expectedRevision });
   *   return ksm.workflow.transitionWithinSync(tx, done.postId, "mark-published", { system: "my-engine" });
   * });
   * step.emit();
   * ```
   */
  transitionWithinSync(
    tx: SyncTenantRepositories,
    target: string | Post,
    action: PostAction,
    actor: WorkflowActor,
    options: TransitionOptions = {},
  ): StepWithin {
    this.#options.assertActive?.();
    this.#checkReasons(options);
    const rule = ruleOf(action);
    const { postId, read } = postTarget(target);
    const post = read ?? tx.posts.get(postId);
    const checked = this.#judge(rule, action, postId, post, actor, typeof actor === "string" ? tx.teamMembers.get(actor) : undefined, () => tx.strategies.list(), options);
    if (!checked.ok) return { result: checked, emit: () => {} };
    const step = this.#step(checked.value, action, options);
    if (CHECKED_ACTIONS.has(action) && this.#hasChecks()) {
      const strategies = tx.strategies.list();
      const gated = this.#checkStep(step, action, strategies, this.#channelsOfSync(tx, step.next), checked.value.who);
      if (gated) return { result: gated, emit: () => {} };
    }
    const hooks = this.#consultHooksSync(tx, this.#context(action, checked.value.post, step.next, checked.value.who, options.reason));
    if (!hooks.ok) return { result: hooks, emit: () => {} };
    tx.posts.save(step.next, { expectedRevision: checked.value.post.revision });
    tx.audit.append(createAuditEntry(tx.audit.head(), this.#options.organisation.id, { ...step.audit, actor: checked.value.who.audit }, this.#options.clock.now()));
    for (const apply of hooks.apply) apply();
    const pending: Pending[] = [...step.pending, ...hooks.after];
    return { result: { ok: true, value: step.next }, emit: () => this.#emitAll(pending) };
  }

  async #transitionStep(
    tx: TenantRepositories,
    pending: Pending[],
    target: PostTarget,
    action: PostAction,
    actor: WorkflowActor,
    options: TransitionOptions,
  ): Promise<WorkflowResult<Post>> {
    const checked = await this.#check(tx, target, action, actor, options);
    if (!checked.ok) return checked;
    const step = this.#step(checked.value, action, options);
    if (CHECKED_ACTIONS.has(action) && this.#hasChecks()) {
      const gated = this.#checkStep(step, action, await tx.strategies.list(), await this.#channelsOf(tx, step.next), checked.value.who);
      if (gated) return gated;
    }
    // Every hook reads and decides before anything is written: a refusal leaves the transaction as it was.
    const hooks = await this.#consultHooks(tx, this.#context(action, checked.value.post, step.next, checked.value.who, options.reason));
    if (!hooks.ok) return hooks;
    await tx.posts.save(step.next, { expectedRevision: checked.value.post.revision });
    await this.#audit(tx, checked.value.who, step.audit);
    for (const apply of hooks.apply) await apply();
    pending.push(...step.pending);
    pending.push(...hooks.after);
    return { ok: true, value: step.next };
  }

  /** What a checked step writes (the post, its audit entry) and emits; reads and writes nothing itself. */
  #step(checked: CheckedStep, action: PostAction, options: TransitionOptions): { next: Post; audit: Omit<AuditEntryInput, "actor">; pending: Pending[] } {
    const { post, who, scheduledAt, overridden } = checked;
    const rule = POST_TRANSITIONS[action];
    const now = this.#now();
    const reason = options.reason?.trim() || (overridden.length > 0 ? options.override!.reason.trim() : undefined);
    const next: Post = { ...post, state: rule.to, updatedAt: now, revision: post.revision + 1 };
    if (action === "schedule") next.scheduledAt = scheduledAt;
    if (action === "unschedule" || action === "abort-publishing") {
      delete next.scheduledAt;
      delete next.quietPeriodOverride;
    }
    if (overridden.length > 0) {
      const ids = new Set([...(post.quietPeriodOverride?.quietPeriodIds ?? []), ...overridden.map((p) => p.id)]);
      next.quietPeriodOverride = { quietPeriodIds: [...ids], reason: options.override!.reason.trim(), by: who.id, at: now };
    }
    if (action === "approve") next.approval = { revision: next.revision, contentHash: postContentHash(post), by: who.id, at: now };
    if (action === "reject") next.rejection = { reason: reason!, by: who.id, at: now };
    if (action === "mark-published") next.publishedAt = now;
    if (action === "withdraw") next.withdrawal = { reason: reason!, by: who.id, at: now };
    const audit: Omit<AuditEntryInput, "actor"> = {
      action: rule.event,
      subject: { type: "post", id: post.id },
      from: post.state,
      to: rule.to,
      ...(reason ? { reason } : {}),
      ...(scheduledAt || overridden.length > 0
        ? { data: { ...(scheduledAt ? { scheduledAt } : {}), ...(overridden.length > 0 ? { quietPeriodOverride: { quietPeriodIds: overridden.map((p) => p.id), reason: options.override!.reason.trim() } } : {}) } }
        : {}),
    };
    const pending: Pending[] = [
      {
        event: rule.event,
        subject: post.id,
        data: { postId: post.id, from: post.state, to: rule.to, actorId: who.id, revision: next.revision, ...(reason ? { reason } : {}), ...(scheduledAt ? { scheduledAt } : {}) },
      },
    ];
    if (overridden.length > 0) {
      pending.push({
        event: "quiet-period.overridden",
        subject: post.id,
        data: { postId: post.id, actorId: who.id, reason: options.override!.reason.trim(), quietPeriodIds: overridden.map((p) => p.id), action },
      });
    }
    return { next, audit, pending };
  }

  /**
   * Would this step be allowed now? Runs every check of {@link transition}
   * without changing anything, so a UI can enable or explain its buttons.
   */
  async check(postId: string, action: PostAction, actor: WorkflowActor, options: TransitionOptions = {}): Promise<WorkflowResult<Post>> {
    const checked = await this.#check(this.#options.store, { postId }, action, actor, options);
    return checked.ok ? { ok: true, value: checked.value.post } : checked;
  }

  /**
   * The team members who may take `action` on the post now, as far as who
   * they are decides it: active members with one of the step's roles in
   * {@link POST_TRANSITIONS} (or the post's author, where the rule lets the
   * author withdraw), minus whoever wrote or edited the post when the step is
   * four-eyes (approve) and the organisation has four eyes on posts — the
   * same rules the step itself applies. Empty when the post's state does not
   * allow the step, and for steps only the SDK takes (`start-publishing`,
   * `mark-published`).
   *
   * What depends on the moment of the step rather than on the person — a
   * reason, a publication time, a quiet period, a plugin's step hook — is not
   * judged here; {@link check} with a member's id runs every check. Members
   * come in the order the store lists them.
   *
   * Throws `CORE_NOT_FOUND` for a post that is not in this organisation, and
   * `CORE_INVALID_ARGUMENT` for an unknown action.
   *
   * @example
   * ```ts
   * const approvers = await ksm.workflow.whoMay(post.id, "approve");
   * approvers.map((member) => member.name); // ["Bernd Prüfer", "Carla Leitung"], not the author
   * ```
   */
  async whoMay(postId: string, action: PostAction): Promise<TeamMember[]> {
    this.#options.assertActive?.();
    const rule = ruleOf(action);
    const post = await this.#options.store.posts.get(postId);
    if (!post) throw new CoreError("CORE_NOT_FOUND", `whoMay: there is no post "${String(postId)}" in this organisation.`);
    if (!rule.from.includes(post.state)) return [];
    const members = await this.#options.store.teamMembers.list();
    return members.filter((member) => member.active && rolesAllowPostStep(rule, post, member) && !fourEyesForbidsPostStep(rule, post, member.id, this.#options.organisation));
  }

  /**
   * {@link whoMay} for a step of a reply ({@link REPLY_TRANSITIONS}): the
   * active members with one of its roles, minus the reply's author for
   * `approve` when the organisation has four eyes on replies. Empty when the
   * reply's state does not allow the step (under four eyes a draft cannot be
   * sent before it is approved).
   *
   * Throws `CORE_NOT_FOUND` for a reply that is not in this organisation, and
   * `CORE_INVALID_ARGUMENT` for an unknown action.
   */
  async whoMayReply(replyId: string, action: ReplyAction): Promise<TeamMember[]> {
    this.#options.assertActive?.();
    const rule = Object.hasOwn(REPLY_TRANSITIONS, action) ? REPLY_TRANSITIONS[action] : undefined;
    if (!rule) throw new CoreError("CORE_INVALID_ARGUMENT", `Unknown reply action "${String(action)}"; known: ${Object.keys(REPLY_TRANSITIONS).join(", ")}.`);
    const reply = await this.#options.store.replies.get(replyId);
    if (!reply) throw new CoreError("CORE_NOT_FOUND", `whoMayReply: there is no reply "${String(replyId)}" in this organisation.`);
    if (!replyStepFrom(rule, this.#options.organisation).includes(reply.state)) return [];
    const members = await this.#options.store.teamMembers.list();
    return members.filter((member) => member.active && hasAnyRole(member, rule.roles) && !fourEyesForbidsReplyStep(rule, reply, member.id, this.#options.organisation));
  }

  /** draft → in-review. */
  submit(postId: string, actor: WorkflowActor, options?: TransitionOptions): Promise<WorkflowResult<Post>> {
    return this.transition(postId, "submit", actor, options);
  }

  /** in-review → approved; not by the author or a contributor while four eyes is on. */
  approve(postId: string, actor: WorkflowActor, options?: TransitionOptions): Promise<WorkflowResult<Post>> {
    return this.transition(postId, "approve", actor, options);
  }

  /** in-review → rejected, with a reason for the author. */
  reject(postId: string, actor: WorkflowActor, reason: string, options?: TransitionOptions): Promise<WorkflowResult<Post>> {
    return this.transition(postId, "reject", actor, { ...options, reason });
  }

  /** approved → scheduled at `at`; a matching quiet period blocks it unless an admin overrides with a reason. */
  schedule(postId: string, actor: WorkflowActor, at: Date | number | string, options?: TransitionOptions): Promise<WorkflowResult<Post>> {
    return this.transition(postId, "schedule", actor, { ...options, scheduledAt: at });
  }

  /** Withdraws a post (a published one is taken down), with a reason. */
  withdraw(postId: string, actor: WorkflowActor, reason: string, options?: TransitionOptions): Promise<WorkflowResult<Post>> {
    return this.transition(postId, "withdraw", actor, { ...options, reason });
  }

  /**
   * An admin lets a post go out although quiet periods block it — those that
   * block its publishing now or at its publication time — with a reason. The
   * override is kept on the post (as one given when scheduling is), audited,
   * and announced with `quiet-period.overridden`; a publishing engine honours
   * it at every attempt. Refused when no quiet period blocks the post.
   */
  async overrideQuietPeriods(postId: string, actor: WorkflowActor, reason: string): Promise<WorkflowResult<Post>> {
    if (typeof reason !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", `overrideQuietPeriods needs the reason as text, got ${reason === null ? "null" : typeof reason}.`);
    this.#checkReasons({ reason });
    const why = reason.trim();
    return this.#run(async (tx, pending) => {
      const post = await tx.posts.get(postId);
      if (!post) return this.#refuse("not-found", { entity: "Post", id: postId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      const allowedFrom = ["approved", "scheduled", "publishing"] as const;
      if (!(allowedFrom as readonly string[]).includes(post.state)) return this.#refuseState("override", { post: "override" }, post.state, allowedFrom);
      if (!hasAnyRole(who.value, ["admin"])) return this.#refuse("override-not-allowed", { name: who.value.name });
      if (!why) return this.#refuse("reason-required", { action: "override" }, { words: this.#words({ post: "override" }) });
      const periods = (await tx.strategies.list()).flatMap((strategy) => strategy.quietPeriods);
      const covered = post.quietPeriodOverride?.quietPeriodIds ?? [];
      const instants = [this.#options.clock.now(), ...(post.scheduledAt ? [Date.parse(post.scheduledAt)] : [])];
      const blocking = new Map<string, QuietPeriod>();
      for (const at of instants) {
        for (const period of quietPeriodsHoldingPost(periods, post, at, this.#options.organisation.timeZone)) blocking.set(period.id, period);
      }
      if (blocking.size === 0) return this.#refuse("nothing-to-override", {});
      const now = this.#now();
      const ids = [...blocking.keys()];
      const next: Post = { ...post, quietPeriodOverride: { quietPeriodIds: [...covered, ...ids], reason: why, by: who.value.id, at: now }, updatedAt: now, revision: post.revision + 1 };
      await tx.posts.save(next, { expectedRevision: post.revision });
      await this.#audit(tx, who.value, { action: "quiet-period.overridden", subject: { type: "post", id: post.id }, reason: why, data: { quietPeriodIds: ids } });
      pending.push({ event: "quiet-period.overridden", subject: post.id, data: { postId: post.id, actorId: who.value.id, reason: why, quietPeriodIds: ids, action: "override" } });
      return { ok: true, value: next };
    });
  }

  /**
   * Accepts one of a post's check findings with a reason, so that it no
   * longer blocks approval (see `settings.checks.blockApprovalOnErrors`):
   * an approver or admin, under four eyes not the post's author or a
   * contributor, while the post is in review. Audited as
   * `post.finding-accepted` and announced by the event of that name. The
   * acceptance holds for this content; an edit clears it. Accepting a
   * finding that is already accepted changes nothing.
   *
   * @example
   * ```ts
   * const open = openFindings(post.checks, "error");
   * await ksm.workflow.acceptFinding(post.id, open[0].id, "bernd", "Telefonnummer der Bürgerbüros, öffentlich");
   * ```
   */
  async acceptFinding(postId: string, findingId: string, actor: WorkflowActor, reason: string, options: { expectedRevision?: number } = {}): Promise<WorkflowResult<Post>> {
    this.#checkReasons({ reason });
    return this.#run(async (tx, pending) => {
      const post = await tx.posts.get(postId);
      if (!post) return this.#refuse("not-found", { entity: "Post", id: postId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      const rule = POST_TRANSITIONS.approve;
      if (!hasAnyRole(who.value, rule.roles)) return this.#refuseRoles(who.value, "accept-finding", { post: "accept-finding" }, rule.roles);
      if (post.state !== "in-review") return this.#refuseState("accept-finding", { post: "accept-finding" }, post.state, ["in-review"]);
      if (fourEyesForbidsPostStep(rule, post, who.value.id, this.#options.organisation)) return this.#refuse("four-eyes", { name: who.value.name });
      if (options.expectedRevision !== undefined && options.expectedRevision !== post.revision) {
        return this.#refuse("conflict", { expected: options.expectedRevision, actual: post.revision });
      }
      const why = typeof reason === "string" ? reason.trim() : "";
      if (!why) return this.#refuse("reason-required", { action: "accept-finding" }, { words: this.#words({ post: "accept-finding" }) });
      const now = this.#now();
      // Judged fresh, as at approval: what is accepted is the finding as the checks and settings see it now.
      const current: Post = { ...post, updatedAt: now, revision: post.revision + 1 };
      const checked = this.#hasChecks() ? this.#reviewPost(current, await tx.strategies.list(), await this.#channelsOf(tx, current), who.value) : undefined;
      const accepted = withAcceptance(checked ? current.checks : post.checks, postContentHash(post), { findingId, reason: why, by: who.value.id, at: now });
      if (accepted === "unknown") return this.#refuse("not-found", { entity: "Finding", id: findingId });
      if (accepted === "already") return { ok: true, value: post };
      const { finding } = accepted;
      const next: Post = { ...current, checks: accepted.record };
      await tx.posts.save(next, { expectedRevision: post.revision });
      const facts = { findingId, checkId: finding.checkId, code: finding.code, severity: finding.severity };
      await this.#audit(tx, who.value, { action: "post.finding-accepted", subject: { type: "post", id: post.id }, reason: why, data: facts });
      if (checked) pending.push(checked);
      pending.push({ event: "post.finding-accepted", subject: post.id, data: { postId: post.id, ...facts, actorId: who.value.id, reason: why, revision: next.revision } });
      return { ok: true, value: next };
    });
  }

  /** Drafts a reply to a citizen's interaction. */
  async draftReply(interactionId: string, text: string, actor: WorkflowActor): Promise<WorkflowResult<Reply>> {
    return this.#run(async (tx, pending) => {
      const interaction = await tx.interactions.get(interactionId);
      if (!interaction) return this.#refuse("not-found", { entity: "Interaction", id: interactionId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      if (!hasAnyRole(who.value, REPLIERS)) return this.#refuseRoles(who.value, "reply", { post: "reply" }, REPLIERS);
      const now = this.#now();
      const reply = validate(
        ReplySchema,
        { id: createId(), organisationId: this.#options.organisation.id, interactionId, text, authorId: who.value.id, state: "draft", createdAt: now, updatedAt: now, revision: 1 },
        { locale: this.#options.locale, entity: "Reply" },
      );
      const review = await this.#reviewReply(tx, reply, interaction, reply.revision, who.value);
      if (review) reply.checks = review.checks;
      await tx.replies.insert(reply);
      await this.#audit(tx, who.value, { action: "reply.drafted", subject: { type: "reply", id: reply.id }, to: "draft", data: { interactionId } });
      pending.push({ event: "reply.drafted", subject: reply.id, data: { replyId: reply.id, interactionId, actorId: who.value.id, state: "draft" } });
      if (review) pending.push(review.checked);
      return { ok: true, value: reply };
    });
  }

  /**
   * Accepts one of a draft reply's check findings with a reason, so that it
   * no longer blocks approval or sending (see
   * `settings.checks.blockApprovalOnErrors`): an approver or admin, under
   * four eyes for replies not the reply's author. Audited as
   * `reply.finding-accepted`. Accepting one already accepted changes nothing.
   */
  async acceptReplyFinding(replyId: string, findingId: string, actor: WorkflowActor, reason: string): Promise<WorkflowResult<Reply>> {
    this.#checkReasons({ reason });
    return this.#run(async (tx, pending) => {
      const reply = await tx.replies.get(replyId);
      if (!reply) return this.#refuse("not-found", { entity: "Reply", id: replyId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      const rule = REPLY_TRANSITIONS.approve;
      if (!hasAnyRole(who.value, rule.roles)) return this.#refuseRoles(who.value, "accept-reply-finding", { post: "accept-reply-finding" }, rule.roles);
      if (reply.state !== "draft") return this.#refuseState("accept-reply-finding", { post: "accept-reply-finding" }, reply.state, ["draft"]);
      if (fourEyesForbidsReplyStep(rule, reply, who.value.id, this.#options.organisation)) return this.#refuse("four-eyes", { name: who.value.name }, { messageKey: "four-eyes-reply" });
      const why = typeof reason === "string" ? reason.trim() : "";
      if (!why) return this.#refuse("reason-required", { action: "accept-reply-finding" }, { words: this.#words({ post: "accept-reply-finding" }) });
      const now = this.#now();
      // Judged fresh, as at approval.
      const review = await this.#reviewReply(tx, reply, await tx.interactions.get(reply.interactionId), reply.revision + 1, who.value);
      const accepted = withAcceptance(review ? review.checks : reply.checks, replyContentHash(reply.text), { findingId, reason: why, by: who.value.id, at: now });
      if (accepted === "unknown") return this.#refuse("not-found", { entity: "Finding", id: findingId });
      if (accepted === "already") return { ok: true, value: reply };
      const { finding } = accepted;
      const next: Reply = { ...reply, checks: accepted.record, updatedAt: now, revision: reply.revision + 1 };
      await tx.replies.save(next, { expectedRevision: reply.revision });
      const facts = { findingId, checkId: finding.checkId, code: finding.code, severity: finding.severity };
      await this.#audit(tx, who.value, { action: "reply.finding-accepted", subject: { type: "reply", id: reply.id }, reason: why, data: facts });
      if (review) pending.push(review.checked);
      pending.push({ event: "reply.finding-accepted", subject: reply.id, data: { replyId: reply.id, ...facts, actorId: who.value.id, reason: why, revision: next.revision } });
      return { ok: true, value: next };
    });
  }

  /**
   * The `error` findings that stop `reply` from going out now: the reply
   * checks run afresh on its text as it is stored (with the acceptances
   * given for this very text), when the organisation blocks on open errors;
   * empty otherwise. Reads nothing itself: the caller hands in the
   * interaction, its channel and the strategies it read in its transaction.
   * The outbox asks it at every hand-over of a reply, so that a draft
   * written before a check was registered, or changed in the store after it
   * was checked, is judged as it is now.
   */
  openReplyErrors(
    reply: Reply,
    read: {
      readonly interaction?: Interaction;
      readonly channel?: Channel;
      readonly strategies: readonly Strategy[];
      /** What the channel's account can do, as the caller read it in its transaction; absent: what its network declared. */
      readonly accountCapabilities?: NetworkRegistrationCapabilities;
    },
  ): Finding[] {
    if (!this.#options.organisation.settings.checks?.blockApprovalOnErrors || !this.#hasChecks()) return [];
    const input: CheckInput = read.interaction ? { target: "reply", text: reply.text, interaction: read.interaction } : { target: "reply", text: reply.text };
    const accountCapabilities = read.channel && read.accountCapabilities ? new Map([[read.channel.id, read.accountCapabilities]]) : undefined;
    const done = review(this.#options, this.#options.checks!(), input, { strategies: read.strategies, channels: [read.channel], ...(accountCapabilities ? { accountCapabilities } : {}) }, { revision: reply.revision, contentHash: replyContentHash(reply.text), previous: reply.checks }, this.#options.clock.now());
    return blockingFindings(this.#options.organisation, done.record);
  }

  /** Approves a reply; under four eyes for replies, not by its author. */
  async approveReply(replyId: string, actor: WorkflowActor): Promise<WorkflowResult<Reply>> {
    return this.#replyStep(replyId, actor, "approve", async (reply, who, tx) => {
      const rule = REPLY_TRANSITIONS.approve;
      if (!rule.from.includes(reply.state)) return this.#refuseState("approve", { reply: "approve" }, reply.state, rule.from);
      if (fourEyesForbidsReplyStep(rule, reply, who.id, this.#options.organisation)) return this.#refuse("four-eyes", { name: who.name }, { messageKey: "four-eyes-reply" });
      const tooLong = await this.#replyFits(tx, reply);
      if (tooLong) return tooLong;
      // Judged fresh, as for posts: strategies and checks may have changed since the draft.
      const review = await this.#reviewReply(tx, reply, await tx.interactions.get(reply.interactionId), reply.revision + 1, who);
      return (review && this.#gate(review.checks)) || review;
    });
  }

  /**
   * Records that a reply was sent (by a network adapter or by hand). Under
   * four eyes for replies it must have been approved. The interaction gets its
   * first-response time and is marked answered.
   */
  async markReplySent(replyId: string, actor: WorkflowActor): Promise<WorkflowResult<Reply>> {
    return this.#run(async (tx, pending) => {
      const step = await this.markReplySentWithin(tx, replyId, actor, { at: this.#now() });
      if (step.result.ok) pending.push({ run: step.emit, hook: "reply.sent" });
      return step.result;
    });
  }

  /**
   * {@link markReplySent} inside the caller's transaction, with what the
   * network said: the reply is `sent` at the network's time (`details.at`),
   * with its remote id and link; the interaction is `answered` (a hidden one
   * stays hidden) and, on its first answer, gets `firstResponseAt` from the
   * network's time — never before the message came in — and a
   * `first-response-hours` sample. Audited as `reply.sent`. The outbox calls
   * it when the network confirms a reply; `emit` after the commit.
   */
  async markReplySentWithin(tx: TenantRepositories, replyId: string, actor: WorkflowActor, details: ReplySentDetails): Promise<ReplyStepWithin> {
    this.#options.assertActive?.();
    const reply = await tx.replies.get(replyId);
    const member = typeof actor === "string" ? await tx.teamMembers.get(actor) : undefined;
    const interaction = reply ? await tx.interactions.get(reply.interactionId) : undefined;
    const plan = this.#planReplySent(replyId, reply, interaction, actor, member, details);
    if (!("who" in plan)) return { result: plan, emit: () => {} };
    await tx.replies.save(plan.reply, { expectedRevision: reply!.revision });
    if (plan.interaction) await tx.interactions.save(plan.interaction.next, plan.interaction.expectedRevision === undefined ? {} : { expectedRevision: plan.interaction.expectedRevision });
    if (plan.sample) await tx.metrics.append([plan.sample]);
    await this.#audit(tx, plan.who, plan.audit);
    return { result: { ok: true, value: plan.reply }, emit: () => this.#emitAll(plan.pending) };
  }

  /** {@link markReplySentWithin} inside a store's `syncTransaction`. */
  markReplySentWithinSync(tx: SyncTenantRepositories, replyId: string, actor: WorkflowActor, details: ReplySentDetails): ReplyStepWithin {
    this.#options.assertActive?.();
    const reply = tx.replies.get(replyId);
    const member = typeof actor === "string" ? tx.teamMembers.get(actor) : undefined;
    const interaction = reply ? tx.interactions.get(reply.interactionId) : undefined;
    const plan = this.#planReplySent(replyId, reply, interaction, actor, member, details);
    if (!("who" in plan)) return { result: plan, emit: () => {} };
    tx.replies.save(plan.reply, { expectedRevision: reply!.revision });
    if (plan.interaction) tx.interactions.save(plan.interaction.next, plan.interaction.expectedRevision === undefined ? {} : { expectedRevision: plan.interaction.expectedRevision });
    if (plan.sample) tx.metrics.append([plan.sample]);
    tx.audit.append(createAuditEntry(tx.audit.head(), this.#options.organisation.id, { ...plan.audit, actor: plan.who.audit }, this.#options.clock.now()));
    return { result: { ok: true, value: plan.reply }, emit: () => this.#emitAll(plan.pending) };
  }

  /** Every check of marking a reply sent, and what it writes; reads nothing itself. */
  #planReplySent(
    replyId: string,
    reply: Reply | undefined,
    interaction: Interaction | undefined,
    actor: WorkflowActor,
    member: TeamMember | undefined,
    details: ReplySentDetails,
  ): ReplySentPlan | { ok: false; refusal: Refusal } {
    if (!reply) return this.#refuse("not-found", { entity: "Reply", id: replyId });
    const resolved = this.#resolveAs(actor, member);
    if (!resolved.ok) return resolved;
    const who = resolved.value;
    const { to, roles, event } = REPLY_TRANSITIONS.send;
    if (!hasAnyRole(who, roles)) return this.#refuseRoles(who, to, { reply: "send" }, roles);
    // What the outbox reports went out as it was handed over (a draft, when four eyes were off then): the record follows the network.
    const allowed = details.deliveryId !== undefined ? REPLY_TRANSITIONS.send.from : replyStepFrom(REPLY_TRANSITIONS.send, this.#options.organisation);
    if (!allowed.includes(reply.state)) {
      return reply.state === "draft" ? this.#refuse("approval-required", {}) : this.#refuseState("send", { reply: "send" }, reply.state, allowed);
    }
    const sentMs = Date.parse(details.at);
    if (!Number.isFinite(sentMs)) throw new CoreError("CORE_INVALID_ARGUMENT", `markReplySentWithin: details.at must be an RFC 3339 instant, got ${String(details.at)}.`);
    const sentAt = formatInstant(sentMs);
    const now = this.#now();
    const next: Reply = {
      ...reply,
      state: to,
      sentAt,
      ...(details.remoteId !== undefined ? { remoteId: details.remoteId } : {}),
      ...(details.url !== undefined ? { url: details.url } : {}),
      ...(details.deliveryId !== undefined ? { deliveryId: details.deliveryId, deliveryState: "succeeded" as const } : {}),
      ...(details.channelId !== undefined ? { channelId: details.channelId } : {}),
      updatedAt: now,
      revision: reply.revision + 1,
    };
    let answered: ReplySentPlan["interaction"];
    let sample: MetricSample | undefined;
    if (interaction) {
      // A hidden message stays hidden; the first response is never before the message came in.
      const updated: Interaction = { ...interaction, status: interaction.status === "hidden" ? "hidden" : "answered", revision: revisionOf(interaction) + 1 };
      if (interaction.firstResponseAt === undefined) {
        // A network clock a little behind the message's must not lose the first response: never before the message came in.
        const firstMs = Math.max(sentMs, Date.parse(interaction.receivedAt));
        const firstAt = formatInstant(firstMs);
        updated.firstResponseAt = firstAt;
        // The first answer's response time, once per interaction, as the KPIs on answering citizens read it.
        sample = {
          organisationId: this.#options.organisation.id,
          channelId: interaction.channelId,
          ...(interaction.postId !== undefined ? { postId: interaction.postId } : {}),
          at: firstAt,
          metric: "first-response-hours",
          value: (firstMs - Date.parse(interaction.receivedAt)) / 3_600_000,
        };
      }
      answered = { next: updated, ...(interaction.revision !== undefined ? { expectedRevision: interaction.revision } : {}) };
    }
    return {
      reply: next,
      ...(answered ? { interaction: answered } : {}),
      ...(sample ? { sample } : {}),
      who,
      audit: {
        action: event,
        subject: { type: "reply", id: reply.id },
        from: reply.state,
        to,
        data: {
          interactionId: reply.interactionId,
          ...(answered ? { interactionStatus: answered.next.status } : {}),
          ...(details.deliveryId !== undefined ? { deliveryId: details.deliveryId } : {}),
          ...(details.remoteId !== undefined ? { remoteId: details.remoteId } : {}),
        },
      },
      pending: [{ event, subject: reply.id, data: { replyId: reply.id, interactionId: reply.interactionId, actorId: who.id, state: to } }],
    };
  }

  /**
   * Takes back a reply that was sent, with a reason (a wrong date, a
   * citizen's data quoted by mistake): the reply becomes `withdrawn`, the
   * reason is kept on it and in the audit log. Removing it from the network
   * is the outbox's: `publishing.engine.withdrawReply` takes this step and
   * makes the takedown in one transaction; this method alone records the
   * decision for replies sent by hand.
   */
  async withdrawReply(replyId: string, actor: WorkflowActor, reason: string): Promise<WorkflowResult<Reply>> {
    return this.#run(async (tx, pending) => {
      const step = await this.withdrawReplyWithin(tx, replyId, actor, reason);
      if (step.result.ok) pending.push({ run: step.emit, hook: "reply.withdrawn" });
      return step.result;
    });
  }

  /** {@link withdrawReply} inside the caller's transaction; `emit` after the commit. */
  async withdrawReplyWithin(tx: TenantRepositories, replyId: string, actor: WorkflowActor, reason: string): Promise<ReplyStepWithin> {
    this.#options.assertActive?.();
    const reply = await tx.replies.get(replyId);
    const member = typeof actor === "string" ? await tx.teamMembers.get(actor) : undefined;
    const plan = this.#planReplyWithdrawal(replyId, reply, actor, member, reason);
    if (!("who" in plan)) return { result: plan, emit: () => {} };
    await tx.replies.save(plan.reply, { expectedRevision: reply!.revision });
    await this.#audit(tx, plan.who, plan.audit);
    return { result: { ok: true, value: plan.reply }, emit: () => this.#emitAll(plan.pending) };
  }

  /** {@link withdrawReplyWithin} inside a store's `syncTransaction`. */
  withdrawReplyWithinSync(tx: SyncTenantRepositories, replyId: string, actor: WorkflowActor, reason: string): ReplyStepWithin {
    this.#options.assertActive?.();
    const reply = tx.replies.get(replyId);
    const member = typeof actor === "string" ? tx.teamMembers.get(actor) : undefined;
    const plan = this.#planReplyWithdrawal(replyId, reply, actor, member, reason);
    if (!("who" in plan)) return { result: plan, emit: () => {} };
    tx.replies.save(plan.reply, { expectedRevision: reply!.revision });
    tx.audit.append(createAuditEntry(tx.audit.head(), this.#options.organisation.id, { ...plan.audit, actor: plan.who.audit }, this.#options.clock.now()));
    return { result: { ok: true, value: plan.reply }, emit: () => this.#emitAll(plan.pending) };
  }

  #planReplyWithdrawal(replyId: string, reply: Reply | undefined, actor: WorkflowActor, member: TeamMember | undefined, reason: string): { reply: Reply; who: ResolvedActor; audit: Omit<AuditEntryInput, "actor">; pending: Pending[] } | { ok: false; refusal: Refusal } {
    this.#checkReasons({ reason });
    if (!reply) return this.#refuse("not-found", { entity: "Reply", id: replyId });
    const resolved = this.#resolveAs(actor, member);
    if (!resolved.ok) return resolved;
    const who = resolved.value;
    const rule = REPLY_TRANSITIONS.withdraw;
    if (!hasAnyRole(who, rule.roles)) return this.#refuseRoles(who, rule.to, { reply: "withdraw" }, rule.roles);
    if (!rule.from.includes(reply.state)) return this.#refuseState("withdraw", { reply: "withdraw" }, reply.state, rule.from);
    const why = typeof reason === "string" ? reason.trim() : "";
    if (!why) return this.#refuse("reason-required", { action: "withdraw" }, { words: this.#words({ reply: "withdraw" }) });
    const now = this.#now();
    const next: Reply = { ...reply, state: rule.to, withdrawal: { by: who.id, at: now, reason: why }, updatedAt: now, revision: reply.revision + 1 };
    return {
      reply: next,
      who,
      audit: { action: rule.event, subject: { type: "reply", id: reply.id }, from: reply.state, to: rule.to, reason: why, data: { interactionId: reply.interactionId, ...(reply.deliveryId !== undefined ? { deliveryId: reply.deliveryId } : {}) } },
      pending: [{ event: rule.event, subject: reply.id, data: { replyId: reply.id, interactionId: reply.interactionId, actorId: who.id, state: rule.to } }],
    };
  }

  /**
   * A reply too long for its channel's network (measured as the network
   * counts) is refused with `undeliverable`, as a post is at scheduling:
   * what is approved can go out.
   */
  async #replyFits(tx: TenantRepositories, reply: Reply): Promise<{ ok: false; refusal: Refusal } | undefined> {
    const interaction = await tx.interactions.get(reply.interactionId);
    const channel = interaction ? await tx.channels.get(interaction.channelId) : undefined;
    if (!channel) return undefined;
    // The account's own limit first: one network's instances allow 500 or 5,000 characters.
    const rule = (await this.#accountCapabilitiesOf(tx, channel))?.text ?? this.#options.countingRuleFor?.(channel.network);
    if (!rule) return undefined;
    const measured = measureText(reply.text, rule);
    if (measured.fits) return undefined;
    const over = measured.limits.filter((limit) => limit.exceeded).map((limit) => ({ unit: limit.unit, used: limit.used, max: limit.max }));
    return this.#refuse(
      "undeliverable",
      { channelId: channel.id, over: over.map((o) => `${o.used}/${o.max} ${o.unit}`).join(", ") },
      { messageKey: "reply-too-long", details: { problems: over.map((o) => ({ channelId: channel.id, problem: "too-long", ...o })) } },
    );
  }

  /** Discards a reply that was not sent. */
  async discardReply(replyId: string, actor: WorkflowActor): Promise<WorkflowResult<Reply>> {
    return this.#replyStep(replyId, actor, "discard", async (reply) => {
      const rule = REPLY_TRANSITIONS.discard;
      return rule.from.includes(reply.state) ? undefined : this.#refuseState("discard", { reply: "discard" }, reply.state, rule.from);
    });
  }

  /**
   * Takes a step of a citizen's interaction ({@link INTERACTION_TRANSITIONS}):
   * checks the actor's roles for the interaction's status, the revision the
   * person saw (`expectedRevision`), the reason where one is needed and, for
   * `assign`, the assignee; then stores the interaction one revision higher
   * and its audit entry together (subject `{ type: "interaction", id }`,
   * status from/to, reason) and emits the step's event — or refuses and
   * changes nothing.
   *
   * The named steps below say the same more briefly.
   */
  async transitionInteraction(interactionId: string, action: InteractionAction, actor: WorkflowActor, options: InteractionStepOptions = {}): Promise<WorkflowResult<Interaction>> {
    const rule = interactionRuleOf(action);
    this.#checkReasons({ reason: options.reason });
    if (options.assigneeId !== undefined && typeof options.assigneeId !== "string") {
      throw new CoreError("CORE_INVALID_ARGUMENT", `assigneeId must be a team member's id or undefined, got ${options.assigneeId === null ? "null" : typeof options.assigneeId}.`);
    }
    let at: string | undefined;
    if (action === "mark-answered") {
      const instant = options.at === undefined ? undefined : toInstant(options.at);
      if (instant === undefined) {
        throw new CoreError("CORE_INVALID_ARGUMENT", `markInteractionAnswered needs \`at\`, when the network says the reply went out, as an instant in the range the store keeps; got ${String(options.at)}.`);
      }
      at = formatInstant(instant);
    }
    return this.#run(async (tx, pending) => {
      const interaction = await tx.interactions.get(interactionId);
      if (!interaction) return this.#refuse("not-found", { entity: "Interaction", id: interactionId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      const step = { interaction: action } as const;
      if (!rule.from.includes(interaction.status)) return this.#refuseState(action, step, interaction.status, rule.from);
      const roles = interactionStepRoles(rule, interaction.status);
      if (!hasAnyRole(who.value, roles)) return this.#refuseRoles(who.value, action, step, roles);
      const revision = revisionOf(interaction);
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        return this.#refuse("conflict", { expected: options.expectedRevision, actual: revision }, { messageKey: "conflict-interaction" });
      }
      const reason = options.reason?.trim() || undefined;
      if (rule.requiresReason && !reason) return this.#refuse("reason-required", { action }, { words: this.#words(step) });
      if (action === "assign" && options.assigneeId !== undefined) {
        const refused = await this.#checkAssignee(tx, options.assigneeId);
        if (refused) return refused;
      }
      const planned = planInteractionStep(interaction, {
        action,
        actorId: who.value.id,
        now: this.#now(),
        ...(reason ? { reason } : {}),
        ...(action === "assign" && options.assigneeId !== undefined ? { assigneeId: options.assigneeId } : {}),
        ...(at ? { at } : {}),
      });
      // An interaction stored before revisions existed cannot be guarded by
      // its revision; every other change through the workflow appends to the
      // audit log too, so the entry appended here still makes a concurrent one conflict.
      await tx.interactions.save(planned.next, interaction.revision === undefined ? {} : { expectedRevision: interaction.revision });
      await this.#audit(tx, who.value, {
        action: rule.event,
        subject: { type: "interaction", id: interaction.id },
        from: interaction.status,
        to: rule.to,
        ...(planned.reason ? { reason: planned.reason } : {}),
        ...(planned.data && Object.keys(planned.data).length > 0 ? { data: planned.data } : {}),
      });
      pending.push({ event: rule.event, subject: interaction.id, data: planned.event });
      return { ok: true, value: planned.next };
    });
  }

  /**
   * Assigns an open interaction to a team member who may answer citizens
   * (active, editor, approver or admin), or takes the assignment away with
   * `undefined`. A routing plugin may assign as `{ system: name }`.
   */
  assignInteraction(interactionId: string, actor: WorkflowActor, assigneeId: string | undefined, options: Omit<InteractionStepOptions, "assigneeId" | "at"> = {}): Promise<WorkflowResult<Interaction>> {
    return this.transitionInteraction(interactionId, "assign", actor, { ...options, ...(assigneeId === undefined ? {} : { assigneeId }) });
  }

  /** Closes an open interaction without an answer (spam, thanks, nothing to answer), with an optional reason kept on it. */
  closeInteraction(interactionId: string, actor: WorkflowActor, reason?: string, options: Pick<InteractionStepOptions, "expectedRevision"> = {}): Promise<WorkflowResult<Interaction>> {
    return this.transitionInteraction(interactionId, "close", actor, { ...options, ...(reason === undefined ? {} : { reason }) });
  }

  /** Opens an answered or closed interaction again; a hidden one only an admin reopens. */
  reopenInteraction(interactionId: string, actor: WorkflowActor, options: Pick<InteractionStepOptions, "expectedRevision" | "reason"> = {}): Promise<WorkflowResult<Interaction>> {
    return this.transitionInteraction(interactionId, "reopen", actor, options);
  }

  /**
   * Hides an interaction (an insult, personal data), with a reason: its
   * status becomes `hidden`, so it drops out of every list that filters on
   * the status, and `hidden` records who, when and why. Text and author stay
   * stored (as evidence, and until the retention rules delete them).
   */
  hideInteraction(interactionId: string, actor: WorkflowActor, reason: string, options: Pick<InteractionStepOptions, "expectedRevision"> = {}): Promise<WorkflowResult<Interaction>> {
    if (typeof reason !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", `hideInteraction needs the reason as text, got ${reason === null ? "null" : typeof reason}.`);
    return this.transitionInteraction(interactionId, "hide", actor, { ...options, reason });
  }

  /**
   * Records that a network confirmed a reply to the interaction, at `at` by
   * the network's clock: the status becomes `answered`, and `firstResponseAt`
   * is set to `at` if it is not set yet and `at` is not before `receivedAt`.
   * Only the SDK takes this step: `actor` defaults to `{ system: "network" }`,
   * and a team member is refused.
   */
  markInteractionAnswered(
    interactionId: string,
    options: { readonly at: Date | number | string; readonly actor?: WorkflowActor; readonly expectedRevision?: number },
  ): Promise<WorkflowResult<Interaction>> {
    const { actor = { system: "network" }, ...rest } = options ?? ({} as never);
    return this.transitionInteraction(interactionId, "mark-answered", actor, rest);
  }

  /**
   * The team members who may take `action` on the interaction now: active
   * members with one of the step's roles for its status
   * ({@link INTERACTION_TRANSITIONS}). Empty when its status does not allow
   * the step, and for `mark-answered`, which only the SDK takes.
   *
   * Throws `CORE_NOT_FOUND` for an interaction that is not in this
   * organisation, and `CORE_INVALID_ARGUMENT` for an unknown action.
   */
  async whoMayInteraction(interactionId: string, action: InteractionAction): Promise<TeamMember[]> {
    this.#options.assertActive?.();
    const rule = interactionRuleOf(action);
    const interaction = await this.#options.store.interactions.get(interactionId);
    if (!interaction) throw new CoreError("CORE_NOT_FOUND", `whoMayInteraction: there is no interaction "${String(interactionId)}" in this organisation.`);
    if (!rule.from.includes(interaction.status)) return [];
    const roles = interactionStepRoles(rule, interaction.status);
    const members = await this.#options.store.teamMembers.list();
    return members.filter((member) => member.active && hasAnyRole(member, roles));
  }

  /**
   * Files (or, with `null`, removes) one producer's automatic triage of an
   * interaction — labels, a score, data of its own — whatever the
   * interaction's status: triage is no step of the workflow and needs no
   * role. It is for code the application trusts (a scoring plugin), never
   * for input from a person.
   *
   * It is recorded all the same: the interaction's `triage[producer]` holds
   * the result, its revision goes up by one (a person's step at the revision
   * seen before is then refused with `conflict`, as the message now shows
   * something new), the audit log gets an `interaction.triaged` entry by the
   * producer as a plugin actor (`{ kind: "plugin", id: producer }`) with the
   * labels and the score, and `interaction.triaged` is emitted. A municipality
   * must be able to say which program flagged a citizen's message, and when;
   * the producer's `data` stays out of the append-only log.
   *
   * A producer name or a result that does not fit
   * {@link TriageProducerSchema} / {@link InteractionTriageResultSchema}, or
   * more producers than {@link INTERACTION_TRIAGE_LIMITS} allows, throws a
   * `ValidationError` naming the field; an unknown interaction or another
   * revision than `expectedRevision` is refused.
   *
   * @example
   * ```ts
   * await ctx.workflow.setInteractionTriage(interaction.id, "scoring", { labels: ["insult"], score: 0.93 });
   * ```
   */
  async setInteractionTriage(
    interactionId: string,
    producer: string,
    result: InteractionTriageInput | null,
    options: { readonly expectedRevision?: number } = {},
  ): Promise<WorkflowResult<Interaction>> {
    const locale = this.#options.locale;
    const name = validate(TriageProducerSchema, producer, { locale, entity: "Triage producer" });
    if (result !== null && (typeof result !== "object" || Array.isArray(result))) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `setInteractionTriage needs the result as an object, or null to remove it; got ${Array.isArray(result) ? "an array" : typeof result}.`);
    }
    return this.#run(async (tx, pending) => {
      const interaction = await tx.interactions.get(interactionId);
      if (!interaction) return this.#refuse("not-found", { entity: "Interaction", id: interactionId });
      const revision = revisionOf(interaction);
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        return this.#refuse("conflict", { expected: options.expectedRevision, actual: revision }, { messageKey: "conflict-interaction" });
      }
      const filed = result === null ? undefined : validate(InteractionTriageResultSchema, { ...result, at: result.at ?? this.#now() }, { locale, entity: "Triage" });
      const triage = { ...interaction.triage };
      if (filed) triage[name] = filed;
      else delete triage[name];
      const next: Interaction = { ...interaction, revision: revision + 1 };
      if (Object.keys(triage).length > 0) next.triage = validate(TRIAGE_OF_INTERACTION, { triage }, { locale, entity: "Interaction" }).triage;
      else delete next.triage;
      await tx.interactions.save(next, interaction.revision === undefined ? {} : { expectedRevision: interaction.revision });
      const summary: { labels?: string[]; score?: number; removed?: true } = filed
        ? { ...(filed.labels ? { labels: filed.labels } : {}), ...(filed.score !== undefined ? { score: filed.score } : {}) }
        : { removed: true };
      const by: ResolvedActor = { id: `plugin:${name}`, name, roles: ["system"], audit: { kind: "plugin", id: name } };
      await this.#audit(tx, by, { action: "interaction.triaged", subject: { type: "interaction", id: interaction.id }, data: { producer: name, ...summary } });
      pending.push({ event: "interaction.triaged", subject: interaction.id, data: { interactionId: interaction.id, producer: name, revision: next.revision, ...summary } });
      return { ok: true, value: next };
    });
  }

  /** Refuses an assignee who is no team member, no longer active, or may not answer citizens. */
  async #checkAssignee(tx: TenantRepositories, assigneeId: string): Promise<{ ok: false; refusal: Refusal } | undefined> {
    const member = await tx.teamMembers.get(assigneeId);
    if (!member) return this.#refuse("assignee-unavailable", { assigneeId, name: assigneeId }, { messageKey: "assignee-unknown", details: { why: "unknown" } });
    if (!member.active) return this.#refuse("assignee-unavailable", { assigneeId, name: member.name }, { messageKey: "assignee-inactive", details: { why: "inactive" } });
    if (!hasAnyRole(member, ASSIGNABLE_ROLES)) {
      return this.#refuse("assignee-unavailable", { assigneeId, name: member.name, roles: ASSIGNABLE_ROLES.join(", ") }, {
        messageKey: "assignee-role",
        details: { why: "role" },
        words: { roles: roleWords(this.#options.locale, ASSIGNABLE_ROLES) },
      });
    }
    return undefined;
  }

  async #replyStep(
    replyId: string,
    actor: WorkflowActor,
    action: ReplyAction,
    guard: (reply: Reply, who: ResolvedActor, tx: TenantRepositories, now: string) => Promise<{ ok: false; refusal: Refusal } | ReplyReview | undefined>,
  ): Promise<WorkflowResult<Reply>> {
    return this.#run(async (tx, pending) => {
      const reply = await tx.replies.get(replyId);
      if (!reply) return this.#refuse("not-found", { entity: "Reply", id: replyId });
      const who = await this.#resolve(tx, actor);
      if (!who.ok) return who;
      const { to, roles, event } = REPLY_TRANSITIONS[action];
      // The details keep the state the step leads to as its action, as they always did.
      if (!hasAnyRole(who.value, roles)) return this.#refuseRoles(who.value, to, { reply: action }, roles);
      const now = this.#now();
      const guarded = await guard(reply, who.value, tx, now);
      if (guarded && "refusal" in guarded) return guarded;
      const next: Reply = { ...reply, state: to, updatedAt: now, revision: reply.revision + 1 };
      if (guarded) next.checks = guarded.checks;
      if (to === "approved") {
        next.approvedBy = who.value.id;
        next.approval = { revision: next.revision, contentHash: replyContentHash(reply.text) };
      }
      if (to === "sent") next.sentAt = now;
      await tx.replies.save(next, { expectedRevision: reply.revision });
      // Sending also marks the interaction answered (and stamps its first response): recorded here.
      const answered = to === "sent" ? await tx.interactions.get(reply.interactionId) : undefined;
      await this.#audit(tx, who.value, {
        action: event,
        subject: { type: "reply", id: reply.id },
        from: reply.state,
        to,
        data: answered ? { interactionId: reply.interactionId, interactionStatus: answered.status } : { interactionId: reply.interactionId },
      });
      pending.push({ event, subject: reply.id, data: { replyId: reply.id, interactionId: reply.interactionId, actorId: who.value.id, state: to } });
      if (guarded) pending.push(guarded.checked);
      return { ok: true, value: next };
    });
  }

  /**
   * Runs the reply checks on `reply`'s text with the interaction it answers
   * and that interaction's channel; undefined without checks. `revision` is
   * the reply's revision as it will be stored.
   */
  async #reviewReply(tx: TenantRepositories, reply: Reply, interaction: Interaction | undefined, revision: number, who: ResolvedActor): Promise<ReplyReview | undefined> {
    if (!this.#hasChecks()) return undefined;
    const channel = interaction ? await tx.channels.get(interaction.channelId) : undefined;
    const input: CheckInput = interaction ? { target: "reply", text: reply.text, interaction } : { target: "reply", text: reply.text };
    const done = review(this.#options, this.#options.checks!(), input, { strategies: await tx.strategies.list(), ...(await this.#readChannels(tx, [channel])) }, { revision, contentHash: replyContentHash(reply.text), previous: reply.checks }, this.#options.clock.now());
    return { checks: done.record, checked: { event: "reply.checked", subject: reply.id, data: checkedEventData({ replyId: reply.id }, who.id, done) } };
  }

  async #check(repos: TenantRepositories, { postId, read }: PostTarget, action: PostAction, actor: WorkflowActor, options: TransitionOptions): Promise<WorkflowResult<CheckedStep>> {
    const rule = ruleOf(action);
    const post = read ?? (await repos.posts.get(postId));
    const member = typeof actor === "string" ? await repos.teamMembers.get(actor) : undefined;
    // Read only for a step that checks quiet periods; the judging asks for them last.
    const strategies = rule.quietPeriodCheck && post ? await repos.strategies.list() : [];
    return this.#judge(rule, action, postId, post, actor, member, () => strategies, options);
  }

  /** Every check of a post step, on what was read for it; reads nothing itself. */
  #judge(
    rule: (typeof POST_TRANSITIONS)[PostAction],
    action: PostAction,
    postId: string,
    post: Post | undefined,
    actor: WorkflowActor,
    member: TeamMember | undefined,
    strategies: () => readonly Strategy[],
    options: TransitionOptions,
  ): WorkflowResult<CheckedStep> {
    if (!post) return this.#refuse("not-found", { entity: "Post", id: postId });
    const resolved = this.#resolveAs(actor, member);
    if (!resolved.ok) return resolved;
    const who = resolved.value;
    if (!rule.from.includes(post.state)) return this.#refuseState(action, { post: action }, post.state, rule.from);
    if (!rolesAllowPostStep(rule, post, who)) return this.#refuseRoles(who, action, { post: action }, rule.roles);
    if (options.expectedRevision !== undefined && options.expectedRevision !== post.revision) {
      return this.#refuse("conflict", { expected: options.expectedRevision, actual: post.revision });
    }
    if (rule.requiresReason && !options.reason?.trim()) return this.#refuse("reason-required", { action }, { words: this.#words({ post: action }) });
    if (fourEyesForbidsPostStep(rule, post, who.id, this.#options.organisation)) return this.#refuse("four-eyes", { name: who.name });
    let scheduledAt: string | undefined;
    if (action === "schedule") {
      if (options.scheduledAt === undefined) return this.#refuse("schedule-missing", {});
      const at = toInstant(options.scheduledAt);
      if (at === undefined) throw new CoreError("CORE_INVALID_ARGUMENT", `scheduledAt is not an instant in the range the store keeps: ${String(options.scheduledAt)}; use a Date, epoch ms or an RFC 3339 string with offset.`);
      if (at <= this.#options.clock.now()) return this.#refuse("schedule-in-past", { at: new Date(at).toISOString() });
      scheduledAt = new Date(at).toISOString();
    }
    let overridden: QuietPeriod[] = [];
    if (rule.quietPeriodCheck) {
      const periods = strategies().flatMap((s) => s.quietPeriods);
      const timeZone = this.#options.organisation.timeZone;
      let blocking: QuietPeriod[];
      if (rule.quietPeriodCheck === "scheduling") {
        // A post may not be planned into a period that blocks scheduling, nor
        // into one that would block it from going out at that time.
        const at = Date.parse(scheduledAt!);
        const found = [...blockingQuietPeriods(periods, post, at, "scheduling", timeZone), ...blockingQuietPeriods(periods, post, at, "publishing", timeZone)];
        blocking = found.filter((period, index) => found.findIndex((p) => p.id === period.id) === index);
      } else {
        // What an admin already overrode (when scheduling) stays overridden.
        blocking = quietPeriodsHoldingPost(periods, post, this.#options.clock.now(), timeZone);
      }
      if (blocking.length > 0) {
        const labels = describeQuietPeriods(blocking);
        if (!options.override) return this.#refuse("quiet-period", { periods: labels }, { details: { quietPeriodIds: blocking.map((p) => p.id) } });
        if (!hasAnyRole(who, ["admin"])) return this.#refuse("override-not-allowed", { name: who.name });
        if (!options.override.reason?.trim()) return this.#refuse("reason-required", { action: "override" }, { words: this.#words({ post: "override" }) });
        overridden = blocking;
      }
    }
    return { ok: true, value: { post, who, ...(scheduledAt ? { scheduledAt } : {}), overridden } };
  }

  /** True when there is a check to run (so that a step without checks reads nothing more). */
  #hasChecks(): boolean {
    return (this.#options.checks?.().length ?? 0) > 0;
  }

  /** The stored channels of a post's variants, in order (undefined where none is stored), with what their accounts can do. */
  async #channelsOf(tx: TenantRepositories, post: Post): Promise<ReadChannels> {
    const channels: (Channel | undefined)[] = [];
    for (const variant of post.variants) channels.push(await tx.channels.get(variant.channelId));
    return this.#readChannels(tx, channels);
  }

  /** {@link #channelsOf} inside `syncTransaction`. */
  #channelsOfSync(tx: SyncTenantRepositories, post: Post): ReadChannels {
    const channels = post.variants.map((variant) => tx.channels.get(variant.channelId));
    const accountCapabilities = new Map<string, NetworkRegistrationCapabilities>();
    for (const channel of channels) {
      const own = channel && this.#accountCapabilitiesOfSync(tx, channel);
      if (channel && own) accountCapabilities.set(channel.id, own);
    }
    return { channels, accountCapabilities };
  }

  /** `channels` with what their accounts can do, as the sources say. */
  async #readChannels(tx: TenantRepositories, channels: readonly (Channel | undefined)[]): Promise<ReadChannels> {
    const accountCapabilities = new Map<string, NetworkRegistrationCapabilities>();
    for (const channel of channels) {
      const own = channel && (await this.#accountCapabilitiesOf(tx, channel));
      if (channel && own) accountCapabilities.set(channel.id, own);
    }
    return { channels, accountCapabilities };
  }

  /** What the first source that knows says the channel's account can do; undefined when none does. */
  async #accountCapabilitiesOf(tx: TenantRepositories, channel: Channel): Promise<NetworkRegistrationCapabilities | undefined> {
    for (const source of this.#accountSources) {
      const own = await source.within(tx, channel);
      if (own) return checkedAccountCapabilities(source, channel, own);
    }
    return undefined;
  }

  /** {@link #accountCapabilitiesOf} inside `syncTransaction`. */
  #accountCapabilitiesOfSync(tx: SyncTenantRepositories, channel: Channel): NetworkRegistrationCapabilities | undefined {
    for (const source of this.#accountSources) {
      const own = source.withinSync(tx, channel);
      if (own && typeof (own as { then?: unknown }).then === "function") {
        // Handled, so that a promise that later rejects is not an unhandled rejection of the process.
        (own as unknown as Promise<unknown>).then(undefined, () => {});
        throw new CoreError("CORE_INVALID_ARGUMENT", `Account capabilities source "${source.name}": withinSync returned a promise; it must answer at once.`);
      }
      if (own) return checkedAccountCapabilities(source, channel, own);
    }
    return undefined;
  }

  /**
   * Runs the post checks on a submitted or approved post (`step.next`, as it
   * will be stored) and stores their record on it; for `approve`, refuses
   * while an `error` finding is open and the organisation blocks approval
   * on errors. The findings are judged fresh at approval, because quiet
   * periods, strategies and checks may have changed since the submission.
   */
  #checkStep(
    step: { next: Post; pending: Pending[] },
    action: PostAction,
    strategies: readonly Strategy[],
    channels: ReadChannels,
    who: ResolvedActor,
  ): { ok: false; refusal: Refusal } | undefined {
    const checked = this.#reviewPost(step.next, strategies, channels, who);
    if (action === "approve") {
      const refused = this.#gate(step.next.checks);
      if (refused) return refused;
    }
    if (checked) step.pending.push(checked);
    return undefined;
  }

  /**
   * Runs the post checks on `post` (as it is about to be stored) and sets
   * its `checks` record, keeping the acceptances of findings that are still
   * there; without checks, the record is removed (it would describe checks
   * no longer registered). Returns the `post.checked` event to emit.
   */
  #reviewPost(post: Post, strategies: readonly Strategy[], channels: ReadChannels, who: ResolvedActor): Pending | undefined {
    const checks = this.#options.checks?.() ?? [];
    if (checks.length === 0) {
      delete post.checks;
      return undefined;
    }
    // The checks see the content (and the schedule), not the workflow's record of the post: not its findings, acceptances or approval.
    const content = { ...pickContent(post), ...(post.contentWarning === undefined ? {} : { contentWarning: post.contentWarning }), ...(post.scheduledAt === undefined ? {} : { scheduledAt: post.scheduledAt }) };
    const done = review(this.#options, checks, { target: "post", post: content as PostCheckInput["post"] }, { strategies, ...channels }, { revision: post.revision, contentHash: postContentHash(post), previous: post.checks }, this.#options.clock.now());
    post.checks = done.record;
    return { event: "post.checked", subject: post.id, data: checkedEventData({ postId: post.id }, who.id, done) };
  }

  /** `open-findings` when the organisation blocks approval on errors and one of `record`'s errors is not accepted. */
  #gate(record: CheckRecord | undefined): { ok: false; refusal: Refusal } | undefined {
    const open = blockingFindings(this.#options.organisation, record);
    if (open.length === 0) return undefined;
    const shown = open.slice(0, 5).map((f) => f.message[this.#options.locale]);
    const findings = open.length > 5 ? `${shown.join("; ")}; …` : shown.join("; ");
    return this.#refuse("open-findings", { count: open.length, findings }, { details: { findingIds: open.map((f) => f.id), codes: open.map((f) => `${f.checkId}/${f.code}`) } });
  }

  /** The actor as a step sees it: a system, or the team member read for it. */
  #resolveAs(actor: WorkflowActor, member: TeamMember | undefined): WorkflowResult<ResolvedActor> {
    if (typeof actor === "object" && actor !== null && typeof actor.system === "string") {
      const id = `system:${actor.system}`;
      return { ok: true, value: { id, name: id, roles: ["system"], audit: { kind: "system", id: actor.system } } };
    }
    if (typeof actor !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", "The actor must be a team member id or { system: name }.");
    if (!member) return this.#refuse("unknown-actor", { actor });
    if (!member.active) return this.#refuse("actor-inactive", { name: member.name });
    return { ok: true, value: { id: member.id, name: member.name, roles: member.roles, audit: { kind: "member", id: member.id, name: member.name } } };
  }

  async #resolve(repos: TenantRepositories, actor: WorkflowActor): Promise<WorkflowResult<ResolvedActor>> {
    return this.#resolveAs(actor, typeof actor === "string" ? await repos.teamMembers.get(actor) : undefined);
  }


  /**
   * A refusal: `values` are the facts (ids, kept in `details` for programs),
   * `words` what the message says instead of ids (roles, steps, states).
   */
  #refuse(
    code: RefusalCode,
    values: MessageValues,
    options: {
      messageKey?: "four-eyes-reply" | "conflict-interaction" | "assignee-unknown" | "assignee-inactive" | "assignee-role" | "reply-too-long";
      details?: Record<string, unknown>;
      words?: MessageValues;
    } = {},
  ): { ok: false; refusal: Refusal } {
    const message = refusalMessages.format(this.#options.locale, options.messageKey ?? code, { ...values, ...options.words });
    return { ok: false, refusal: { code, message, details: { ...values, ...options.details } } };
  }

  /** `role-not-allowed`: `action` is the step's id as the details have always named it. */
  #refuseRoles(who: ResolvedActor, action: string, step: StepName, roles: readonly ActorRole[]): { ok: false; refusal: Refusal } {
    return this.#refuse("role-not-allowed", { name: who.name, action, roles: roles.join(", ") }, { words: this.#words(step, { roles }) });
  }

  /** `invalid-state`: the step is possible only from `from`. */
  #refuseState(action: string, step: StepName, state: string, from: readonly string[]): { ok: false; refusal: Refusal } {
    return this.#refuse("invalid-state", { action, state, from: from.join(", ") }, { words: this.#words(step, { state, from }) });
  }

  #words(step: StepName, facts: Parameters<typeof refusalWords>[2] = {}): MessageValues {
    return refusalWords(this.#options.locale, step, facts);
  }

  async #audit(tx: TenantRepositories, who: ResolvedActor, input: Omit<AuditEntryInput, "actor">): Promise<void> {
    // Inside the tenant's transaction nobody else appends, so the head read here stays the head.
    const head = await tx.audit.head();
    await tx.audit.append(createAuditEntry(head, this.#options.organisation.id, { ...input, actor: who.audit }, this.#options.clock.now()));
  }

  /**
   * Runs a step in a transaction; its events are emitted only after the
   * commit. A refusal rolls the transaction back, so that a step which wrote
   * something before it refused leaves nothing behind.
   */
  async #run<T>(step: (tx: TenantRepositories, pending: Pending[]) => Promise<WorkflowResult<T>>): Promise<WorkflowResult<T>> {
    this.#options.assertActive?.();
    let pending: Pending[] = [];
    let result: WorkflowResult<T> | undefined;
    // Another writer (a second worker or process on the same store) may have
    // appended to the audit log or changed the entity between our reads and
    // the commit: the store refuses with CORE_CONFLICT and nothing is written.
    // The step is then run again from fresh reads, so every check is made anew.
    for (let attempt = 1; result === undefined; attempt++) {
      pending = [];
      try {
        result = await this.#options.store.transaction(async (tx) => {
          const outcome = await step(tx, pending);
          if (!outcome.ok) throw new RefusedStep(outcome);
          return outcome;
        });
      } catch (error) {
        if (error instanceof RefusedStep) return error.result as WorkflowResult<T>;
        if (!KommuneError.isInstance(error, "CORE_CONFLICT") || attempt >= 8) throw error;
      }
    }
    this.#emitAll(pending);
    return result;
  }

  #emitAll(pending: readonly Pending[]): void {
    for (const item of pending) {
      if ("event" in item) this.#options.bus.emit(item.event, item.data as EventCatalogue[typeof item.event], { subject: item.subject });
    }
    for (const item of pending) {
      if (!("run" in item)) continue;
      try {
        item.run();
      } catch (error) {
        // The step is stored; a hook's follow-up failing must not make it look refused.
        this.#options.logger?.error("a step hook's afterCommit failed", { hook: item.hook, error });
      }
    }
  }

  /**
   * Refuses a reason the workflow must not store (longer than 2,000
   * characters, ill-formed Unicode) with a `ValidationError`; an empty one is
   * left to the step, which refuses it as `reason-required` where one is needed.
   */
  #checkReasons(options: TransitionOptions): void {
    const given: [string, unknown][] = [["reason", options.reason], ["override", options.override?.reason]];
    for (const [entity, reason] of given) {
      if (reason === undefined) continue;
      if (typeof reason !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", `The ${entity === "reason" ? "reason" : "override's reason"} must be a string.`);
      const trimmed = reason.trim();
      if (trimmed) validate(ReasonSchema, trimmed, { locale: this.#options.locale, entity: entity === "reason" ? "Reason" : "Override" });
    }
  }

  /** What the hooks of a step see. */
  #context(action: PostHookAction, before: Post, after: Post, who: ResolvedActor, reason: string | undefined): PostStepContext {
    const trimmed = reason?.trim();
    return {
      action,
      before,
      after,
      actor: { id: who.id, kind: who.audit.kind === "system" ? "system" : "member", name: who.name, roles: who.roles },
      ...(trimmed ? { reason: trimmed } : {}),
      now: this.#options.clock.now(),
      locale: this.#options.locale,
    };
  }

  /** Asks every hook of the step, in order; the first refusal ends it. Nothing is written here. */
  async #consultHooks(tx: TenantRepositories, context: PostStepContext): Promise<HookAnswers<() => Promise<void>>> {
    const apply: (() => Promise<void>)[] = [];
    const after: { run: () => void; hook: string }[] = [];
    for (const hook of this.#hooks) {
      if (!hook.actions.includes(context.action)) continue;
      const answer = await hook.within(tx, context);
      const refused = collectHookAnswer(hook, answer, apply, after);
      if (refused) return refused;
    }
    return { ok: true, apply, after };
  }

  /** {@link #consultHooks} inside `syncTransaction`. */
  #consultHooksSync(tx: SyncTenantRepositories, context: PostStepContext): HookAnswers<() => void> {
    const apply: (() => void)[] = [];
    const after: { run: () => void; hook: string }[] = [];
    for (const hook of this.#hooks) {
      if (!hook.actions.includes(context.action)) continue;
      if (typeof hook.withinSync !== "function") {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}" takes part in "${context.action}" but has no withinSync; take this step with transitionWithin instead.`);
      }
      const answer = hook.withinSync(tx, context);
      if (answer && typeof (answer as { then?: unknown }).then === "function") {
        throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}": withinSync returned a promise; it must answer at once.`);
      }
      const refused = collectHookAnswer(hook, answer, apply, after);
      if (refused) return refused;
    }
    return { ok: true, apply, after };
  }

  #now(): string {
    return formatInstant(this.#options.clock.now());
  }
}

/** What the reply checks found for a reply step: the record to store and the `reply.checked` event. */
interface ReplyReview {
  readonly checks: CheckRecord;
  readonly checked: Pending;
}

/** Post steps that run the checks: the submission stores their findings, the approval is gated on them. */
const CHECKED_ACTIONS: ReadonlySet<PostAction> = new Set(["submit", "approve"]);

/** Sorts one hook's answer into the lists; returns the refusal if it refused. */
function collectHookAnswer<Apply>(
  hook: PostStepHook,
  answer: unknown,
  apply: Apply[],
  after: { run: () => void; hook: string }[],
): { ok: false; refusal: Refusal } | undefined {
  if (answer === undefined || answer === null) return undefined;
  if (typeof answer !== "object") throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}" answered ${typeof answer}; expected nothing, { refusal } or { apply, afterCommit }.`);
  const { refusal, apply: write, afterCommit } = answer as { refusal?: Refusal; apply?: Apply; afterCommit?: () => void };
  if (refusal !== undefined) {
    if (typeof refusal !== "object" || refusal === null || typeof refusal.code !== "string" || typeof refusal.message !== "string") {
      throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}" refused without a code and a message.`);
    }
    return { ok: false, refusal };
  }
  if (write !== undefined) {
    if (typeof write !== "function") throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}": apply must be a function.`);
    apply.push(write);
  }
  if (afterCommit !== undefined) {
    if (typeof afterCommit !== "function") throw new CoreError("CORE_INVALID_ARGUMENT", `Step hook "${hook.name}": afterCommit must be a function.`);
    after.push({ run: afterCommit, hook: hook.name });
  }
  return undefined;
}

function toInstant(value: Date | number | string): number | undefined {
  if (typeof value === "string") {
    // Only RFC 3339 with an offset: a string without one would be read in the process time zone.
    const parsed = InstantSchema.safeParse(value);
    return parsed.success ? Date.parse(parsed.data) : undefined;
  }
  const instant = typeof value === "number" ? value : value instanceof Date ? value.getTime() : Number.NaN;
  // The range InstantSchema keeps, so that what is stored passes its schema.
  return isInstantInRange(instant) ? instant : undefined;
}

/** Carries a refusal out of a transaction, so that the transaction rolls back. */
class RefusedStep {
  constructor(readonly result: { ok: false; refusal: Refusal }) {}
}

function pickContent(post: Post): PostContentInput {
  const { title, text, language, pillarId, campaignId, media, links, hashtags, variants } = post;
  return { title, text, language, pillarId, campaignId, media, links, hashtags, variants };
}

/**
 * A source's answer with its counting rule checked as a network's own is
 * when it registers: a limit of NaN or no limits at all would let any reply
 * through, so such an answer fails the step with the source named.
 */
function checkedAccountCapabilities(source: AccountCapabilitiesSource, channel: Channel, own: NetworkRegistrationCapabilities): NetworkRegistrationCapabilities {
  if (typeof own !== "object" || own === null) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Account capabilities source "${source.name}" answered ${own === null ? "null" : typeof own} for channel "${channel.id}"; expected capabilities or undefined.`);
  }
  if (own.text !== undefined) validate(countingRuleSchema, own.text, { entity: `CountingRule of account capabilities source "${source.name}" for channel "${channel.id}"` });
  return own;
}
