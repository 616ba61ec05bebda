import type { Locale } from "../i18n/locale.js";
import type { Post } from "../model/index.js";
import type { SyncTenantRepositories, TenantRepositories } from "../store/store-port.js";
import type { ActorRole, PostAction } from "./post-transitions.js";
import type { Refusal } from "./refusal.js";

/** A post step a hook can take part in: an action of `POST_TRANSITIONS`, or `"edit"` (`editPost`). */
export type PostHookAction = PostAction | "edit";

/** Who takes a step, as a hook sees it. */
export interface PostStepActor {
  /** A team member's id, or `system:<name>`. */
  readonly id: string;
  /** A person of the team, or the SDK itself. */
  readonly kind: "member" | "system";
  /** The member's name, or `system:<name>`. */
  readonly name: string;
  /** The member's roles as read in the step's transaction; `["system"]` for the SDK. */
  readonly roles: readonly ActorRole[];
}

/** What a hook learns about a step that passed every check of the workflow. */
export interface PostStepContext {
  /** The step being taken. */
  readonly action: PostHookAction;
  /** The post as read in the step's transaction. */
  readonly before: Post;
  /** The post as the step will store it. */
  readonly after: Post;
  /** Who takes the step. */
  readonly actor: PostStepActor;
  /** The reason given with the step, trimmed, if any. */
  readonly reason?: string;
  /** The step's instant (epoch ms), as the workflow's clock read it. */
  readonly now: number;
  /** The language of refusal messages. */
  readonly locale: Locale;
}

/**
 * What a hook answers after reading what it needs (it writes nothing yet):
 * nothing (the step goes on), a refusal (nothing of the step is written, by
 * the workflow or by any hook, and the caller gets the refusal), or what it
 * will do: `apply` writes through the same `tx` once every hook has agreed
 * and the workflow has stored the post; `afterCommit` runs once the step has
 * committed, after its events (e.g. to wake a scheduler), and never for a
 * step that did not commit.
 */
export type PostStepHookResult =
  | undefined
  | void
  | {
      /** Why the step may not be taken; `message` in the step's locale. */
      readonly refusal: Refusal;
    }
  | {
      /** The hook's writes, through the `tx` it was given. */
      readonly apply?: () => Promise<void>;
      /** Runs once the step is stored, after its events. */
      readonly afterCommit?: () => void;
    };

/** {@link PostStepHookResult} inside `syncTransaction`: `apply` writes at once. */
export type PostStepHookSyncResult =
  | undefined
  | void
  | {
      /** Why the step may not be taken; `message` in the step's locale. */
      readonly refusal: Refusal;
    }
  | {
      /** The hook's writes, through the `tx` it was given; must not return a promise. */
      readonly apply?: () => void;
      /** Runs once the step is stored, after its events. */
      readonly afterCommit?: () => void;
    };

/**
 * A plugin's part in post steps: it runs inside the step's transaction,
 * after the workflow's own checks, so that what the plugin keeps about a post
 * (a publishing engine's deliveries) changes together with the post or not
 * at all. It first reads and decides, and may refuse the step with a typed
 * {@link Refusal}; only when every hook agreed does the workflow store the
 * post and call each hook's `apply`.
 *
 * `within` serves steps taken in an async transaction (`transition`,
 * `editPost`, `transitionWithin`); `withinSync` serves
 * `transitionWithinSync`. A hook without `withinSync` makes
 * `transitionWithinSync` of its actions throw `CORE_INVALID_ARGUMENT`, so
 * that it is never skipped silently.
 *
 * Hooks write only through `tx`. They run for every step of their actions,
 * the SDK's own steps included.
 *
 * @example
 * ```ts
 * const off = ksm.workflow.addStepHook({
 *   name: "press-office",
 *   actions: ["withdraw"],
 *   async within(tx, step) {
 *     const note = { id: step.after.id, organisationId: step.after.organisationId, reason: step.reason ?? "" };
 *     return { apply: () => tx.collection("press-notes").save(note) };
 *   },
 * });
 * ```
 */
export interface PostStepHook {
  /** Names the hook in errors and logs, e.g. the plugin's name. */
  readonly name: string;
  /** The steps it takes part in. */
  readonly actions: readonly PostHookAction[];
  /** Runs inside an async step transaction. */
  within(tx: TenantRepositories, step: PostStepContext): Promise<PostStepHookResult>;
  /** Runs inside `syncTransaction` (`transitionWithinSync`); must not return a promise. */
  withinSync?(tx: SyncTenantRepositories, step: PostStepContext): PostStepHookSyncResult;
}
