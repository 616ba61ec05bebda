import { CoreError } from "../errors/core-errors.js";
import type { InteractionStatus, PostState, ReplyState, Role } from "../model/index.js";
import type { InteractionAction } from "../workflow/interaction-transitions.js";
import type { PostAction } from "../workflow/post-transitions.js";
import type { ReplyAction } from "../workflow/reply-transitions.js";
import type { RefusalCode } from "../workflow/refusal.js";
import { auditActionLabels, type KnownAuditAction } from "./audit-action-labels.js";
import type { LabelTable } from "./define-labels.js";
import { DEFAULT_LOCALE, type Locale } from "./locale.js";
import { refusalCodeLabels } from "./refusal-code-labels.js";
import { roleLabels } from "./role-labels.js";
import { interactionStatusLabels, postStateLabels, replyStateLabels } from "./state-labels.js";
import { interactionActionLabels, postActionLabels, replyActionLabels } from "./step-labels.js";

/**
 * What can be labelled, and the values of each kind. Every kind but
 * `audit-action` is closed: a value the SDK does not know is a type error.
 * `audit-action` takes any string, since plugins write actions of their own;
 * the SDK's own ({@link KnownAuditAction}) are suggested.
 */
export interface LabelValues {
  /** A post's state, see `POST_STATES`. */
  "post-state": PostState;
  /** A step of a post, see `POST_TRANSITIONS`; written as a button says it. */
  "post-action": PostAction;
  /** A reply's state, see `REPLY_STATES`. */
  "reply-state": ReplyState;
  /** A step of a reply, see `REPLY_TRANSITIONS`; written as a button says it. */
  "reply-action": ReplyAction;
  /** Where an interaction stands, see `InteractionStatusSchema`. */
  "interaction-status": InteractionStatus;
  /** A step of a citizen's interaction, see `INTERACTION_TRANSITIONS`; written as a button says it. */
  "interaction-action": InteractionAction;
  /** An audit entry's `action`: the SDK's ({@link KnownAuditAction}) or a plugin's own. */
  "audit-action": KnownAuditAction | (string & {});
  /** Why a step was refused, see `REFUSAL_CODES`; a short name, the refusal's `message` explains. */
  "refusal-code": RefusalCode;
  /** A team member's role, see `ROLES`. */
  role: Role;
}

/** A kind of value that {@link labelOf} can name, e.g. `"post-state"`. */
export type LabelKind = keyof LabelValues;

const TABLES: { readonly [K in LabelKind]: LabelTable<string> } = {
  "post-state": postStateLabels,
  "post-action": postActionLabels,
  "reply-state": replyStateLabels,
  "reply-action": replyActionLabels,
  "interaction-status": interactionStatusLabels,
  "interaction-action": interactionActionLabels,
  "audit-action": auditActionLabels,
  "refusal-code": refusalCodeLabels,
  role: roleLabels,
};

/** Every {@link LabelKind}, e.g. to check a kind that came from outside TypeScript. */
export const LABEL_KINDS: readonly LabelKind[] = Object.freeze(Object.keys(TABLES) as LabelKind[]);

function tableOf(kind: LabelKind): LabelTable<string> {
  const table = Object.hasOwn(TABLES, kind) ? TABLES[kind] : undefined;
  if (!table) throw new CoreError("CORE_INVALID_ARGUMENT", `labelOf: unknown kind "${String(kind)}"; known: ${LABEL_KINDS.join(", ")}.`);
  return table;
}

/**
 * The word for a value of the SDK, in German (default) or English: what a
 * cockpit shows instead of ids such as `in-review` or `approver`.
 *
 * States and roles are written to fit into a sentence (`"in Prüfung"`,
 * `"freigegeben"`); steps (`post-action`, `reply-action`,
 * `interaction-action`) as a button says
 * them (`"Freigeben"`); audit actions as a log column (`"Beitrag
 * freigegeben"`). A value without words — at run time only, e.g. an audit
 * action that a plugin writes — is given back as it is, so a list never
 * shows a gap.
 *
 * @example
 * ```ts
 * labelOf("post-state", post.state);            // "in Prüfung"
 * labelOf("role", "approver", "en");            // "approver"
 * labelOf("audit-action", entry.action);        // "Beitrag freigegeben"
 * labelOf("audit-action", "poll.closed");       // "poll.closed" (a plugin's)
 * labelOf("post-state", "deleted");             // type error: no such state
 * ```
 */
export function labelOf<K extends LabelKind>(kind: K, value: LabelValues[K], locale: Locale = DEFAULT_LOCALE): string {
  return tableOf(kind).label(locale, String(value));
}

/**
 * Every value of `kind` with its word, in the SDK's order: for select boxes,
 * filters and legends. Audit actions list the SDK's own only.
 *
 * @example
 * ```ts
 * labelsOf("role").map(({ value, label }) => `<option value="${value}">${label}</option>`);
 * ```
 */
export function labelsOf<K extends LabelKind>(kind: K, locale: Locale = DEFAULT_LOCALE): readonly { readonly value: LabelValues[K]; readonly label: string }[] {
  const table = tableOf(kind);
  return table.values.map((value) => ({ value: value as LabelValues[K], label: table.label(locale, value) }));
}

/** True if `value` has words of its own for `kind` (else {@link labelOf} gives it back as it is). */
export function hasLabel(kind: LabelKind, value: string): boolean {
  return tableOf(kind).has(value);
}
