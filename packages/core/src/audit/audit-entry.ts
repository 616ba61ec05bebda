import type { JsonValue } from "./json-value.js";

/** Who did something that the audit log records. */
export interface AuditActor {
  /** A person of the organisation, the SDK itself (a scheduler, a retry), or a plugin. */
  readonly kind: "member" | "system" | "plugin";
  /** The member's id, a system component's name (`"scheduler"`) or the plugin's name. */
  readonly id: string;
  /** A readable name at the time of the action, since a member may be renamed or deleted later. */
  readonly name?: string;
}

/**
 * What an audit entry is about: an entity of the organisation, named by its
 * kind and id. {@link AuditLog.forSubject} lists one subject's history.
 */
export interface AuditSubject {
  /** Kind of the entity, e.g. `"post"` or `"reply"`. */
  readonly type: string;
  /** The entity's id. */
  readonly id: string;
}

/** What a caller hands to {@link AuditLog.append}: what happened, to what, by whom. */
export interface AuditEntryInput {
  /** Who did it. */
  readonly actor: AuditActor;
  /**
   * What happened, worded like an event type: noun.verb in the past tense,
   * lower case, kebab-case parts, e.g. `"post.submitted"`, `"post.approved"`,
   * `"quiet-period.overridden"`.
   */
  readonly action: string;
  /** What it happened to, e.g. `{ type: "post", id }`. */
  readonly subject: AuditSubject;
  /** The state before a transition. */
  readonly from?: string;
  /** The state after a transition. */
  readonly to?: string;
  /** Why, in the actor's words (a rejection, an override of a quiet period). */
  readonly reason?: string;
  /**
   * Extra detail, JSON only. The log is kept for years and exported for
   * inspection: put no secrets here (tokens, passwords) and no more personal
   * data than the record needs.
   */
  readonly data?: JsonValue;
}

/** One link of an organisation's hash chain, as stored. */
export interface AuditEntry extends AuditEntryInput {
  /** The organisation (tenant) whose log this is. */
  readonly organisationId: string;
  /** 1, 2, 3, ... per organisation, without gaps. */
  readonly seq: number;
  /** When, as an RFC 3339 UTC instant with milliseconds, read from the Clock port. */
  readonly at: string;
  /** {@link AuditEntry.hash} of entry `seq - 1`; {@link AUDIT_GENESIS_HASH} for entry 1. */
  readonly prevHash: string;
  /** Hex SHA-256 of this entry; see {@link hashAuditEntry} for what goes in. */
  readonly hash: string;
}

/** The last entry of a log: enough to chain the next one and to detect a cut-off tail later. */
export interface AuditHead {
  /** `seq` of the last entry. */
  readonly seq: number;
  /** `hash` of the last entry. */
  readonly hash: string;
  /**
   * `at` of the last entry. Every store's `head()` returns it, so that
   * {@link createAuditEntry} never dates the next entry before it (a store
   * refuses a backdated entry). A head recorded elsewhere (a report, an
   * anchor) needs only `seq` and `hash`.
   */
  readonly at?: string;
}

/** `prevHash` of the first entry of every log: 64 zeros. */
export const AUDIT_GENESIS_HASH = "0".repeat(64);
