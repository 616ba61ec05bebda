import type { InteractionStatus, Organisation, Post, Reply, ReplyState } from "../model/index.js";
import type { InteractionTransitionRule } from "./interaction-transitions.js";
import type { ActorRole, PostTransitionRule } from "./post-transitions.js";
import type { ReplyTransitionRule } from "./reply-transitions.js";

// The rules about who may take a step, shared by the steps themselves and by
// `whoMay`, so that the answer to "who may?" is the workflow's own judgement.

/** Whoever is asked about: a team member or the SDK, with its roles. */
export interface StepActor {
  readonly id: string;
  readonly roles: readonly ActorRole[];
}

/** True if the actor has one of `roles`. */
export function hasAnyRole(actor: StepActor, roles: readonly ActorRole[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** May the actor take the post step by its roles, or as the post's author where the rule lets the author? */
export function rolesAllowPostStep(rule: PostTransitionRule, post: Post, actor: StepActor): boolean {
  const asAuthor = actor.id === post.authorId && (rule.authorFrom?.includes(post.state) ?? false);
  return asAuthor || hasAnyRole(actor, rule.roles);
}

/** Four eyes: under the organisation's setting, whoever wrote or edited the post may not take a four-eyes step (approve) on it. */
export function fourEyesForbidsPostStep(rule: PostTransitionRule, post: Post, actorId: string, organisation: Organisation): boolean {
  return rule.fourEyes === true && organisation.settings.fourEyes.posts && (actorId === post.authorId || post.contributorIds.includes(actorId));
}

/** The states a reply step starts from, under the organisation's four-eyes setting for replies. */
export function replyStepFrom(rule: ReplyTransitionRule, organisation: Organisation): readonly ReplyState[] {
  return organisation.settings.fourEyes.replies ? (rule.fromUnderFourEyes ?? rule.from) : rule.from;
}

/** Four eyes for replies: under the organisation's setting, the reply's author may not take a four-eyes step (approve) on it. */
export function fourEyesForbidsReplyStep(rule: ReplyTransitionRule, reply: Reply, actorId: string, organisation: Organisation): boolean {
  return rule.fourEyes === true && organisation.settings.fourEyes.replies && actorId === reply.authorId;
}

/** The roles that may take an interaction step from `status`: the rule's own, or narrower ones for that status (only an admin brings back a hidden message). */
export function interactionStepRoles(rule: InteractionTransitionRule, status: InteractionStatus): readonly ActorRole[] {
  const narrower = rule.rolesFrom && Object.hasOwn(rule.rolesFrom, status) ? rule.rolesFrom[status] : undefined;
  return narrower ?? rule.roles;
}
