import type { JsonValue } from "../audit/index.js";
import type { Interaction } from "../model/index.js";
import { INTERACTION_TRANSITIONS, type InteractionAction } from "./interaction-transitions.js";
import type { InteractionStepEventData } from "./workflow-events.js";

/** Options of an interaction step ({@link EditorialWorkflow.transitionInteraction}). */
export interface InteractionStepOptions {
  /** Why; required for `hide`, recorded for every step that has one. */
  readonly reason?: string;
  /** For `assign`: the team member to take care of it; absent takes the assignment away. */
  readonly assigneeId?: string;
  /** For `mark-answered`: when the network says the reply went out (a Date, epoch ms or an RFC 3339 string with offset). */
  readonly at?: Date | number | string;
  /** Refuse with `conflict` unless the interaction is still at this revision (the one the person saw); absent revisions count as 1. */
  readonly expectedRevision?: number;
}

/** What a step that passed every check needs besides the interaction. */
export interface InteractionStepFacts {
  /** The step. */
  readonly action: InteractionAction;
  /** Who takes it: a member's id or `system:<name>`. */
  readonly actorId: string;
  /** The step's instant, in the stored form. */
  readonly now: string;
  /** The reason, trimmed; only where one was given. */
  readonly reason?: string;
  /** For `assign`: the new assignee's id, if any. */
  readonly assigneeId?: string;
  /** For `mark-answered`: the network's instant of the reply, in the stored form. */
  readonly at?: string;
}

/** An interaction step worked out: what is stored, written to the audit log and emitted. */
export interface PlannedInteractionStep {
  /** The interaction as the step stores it. */
  readonly next: Interaction;
  /** The audit entry's `reason`, if it has one. */
  readonly reason?: string;
  /** The audit entry's `data`, if it has any. */
  readonly data?: Record<string, JsonValue>;
  /** The event's data. */
  readonly event: InteractionStepEventData;
}

/** The stored revision of an interaction; one stored before revisions existed counts as 1. */
export function revisionOf(interaction: Interaction): number {
  return interaction.revision ?? 1;
}

/**
 * The interaction after a step that passed every check: its new status from
 * {@link INTERACTION_TRANSITIONS}, its revision one higher, and what the step
 * records. Reads and writes nothing.
 *
 * `mark-answered` sets `firstResponseAt` from the network's instant only
 * while it is unset and only if that instant is not before `receivedAt`
 * (clocks of networks drift; a response before the message is no response
 * time anyone can use).
 */
export function planInteractionStep(interaction: Interaction, facts: InteractionStepFacts): PlannedInteractionStep {
  const rule = INTERACTION_TRANSITIONS[facts.action];
  const revision = revisionOf(interaction) + 1;
  const next: Interaction = { ...interaction, status: rule.to, revision };
  const base = { interactionId: interaction.id, actorId: facts.actorId, from: interaction.status, to: rule.to, revision };
  // Leaving a status takes its record along; the audit log keeps the history.
  if (interaction.status === "closed" && rule.to !== "closed") delete next.closure;
  if (interaction.status === "hidden" && rule.to !== "hidden") delete next.hidden;
  switch (facts.action) {
    case "assign": {
      if (facts.assigneeId === undefined) delete next.assignedTo;
      else next.assignedTo = facts.assigneeId;
      const assignment = {
        ...(facts.assigneeId !== undefined ? { assignedTo: facts.assigneeId } : {}),
        ...(interaction.assignedTo !== undefined ? { previousAssignee: interaction.assignedTo } : {}),
      };
      return { next, ...reasonOf(facts), data: assignment, event: { ...base, ...reasonOf(facts), ...assignment } };
    }
    case "close":
      next.closure = { by: facts.actorId, at: facts.now, ...reasonOf(facts) };
      return { next, ...reasonOf(facts), event: { ...base, ...reasonOf(facts) } };
    case "hide":
      next.hidden = { by: facts.actorId, at: facts.now, reason: facts.reason! };
      // The reason stays out of the event, see InteractionStepEventData.
      return { next, reason: facts.reason!, event: base };
    case "mark-answered": {
      const at = facts.at!;
      const sets = interaction.firstResponseAt === undefined && Date.parse(at) >= Date.parse(interaction.receivedAt);
      if (sets) next.firstResponseAt = at;
      return { next, data: { at, ...(sets ? { firstResponseAt: at } : {}) }, event: { ...base, ...(sets ? { firstResponseAt: at } : {}) } };
    }
    case "reopen":
      return { next, ...reasonOf(facts), event: { ...base, ...reasonOf(facts) } };
  }
}

function reasonOf(facts: InteractionStepFacts): { reason?: string } {
  return facts.reason ? { reason: facts.reason } : {};
}
