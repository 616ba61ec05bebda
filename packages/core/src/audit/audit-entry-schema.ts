import { z } from "zod";
import type { Locale } from "../i18n/locale.js";
import { auditMessages } from "./audit-messages.js";
import type { AuditEntryInput } from "./audit-entry.js";
import { hasLoneSurrogate, readJsonValue } from "./json-value.js";

/**
 * noun.verb-past: dot-separated lower-case kebab-case parts, at least two
 * (`post.approved`, `quiet-period.overridden`, `delivery.retry.scheduled`).
 * Past tense cannot be checked; the shape keeps actions sortable and greppable.
 */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$/;

const hashPattern = /^[0-9a-f]{64}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

// Messages of our own rules come from auditMessages in the locale of the
// schema; validate's error map only localises the core catalogue, so there
// is one schema per locale, built on first use.
function schemasFor(locale: Locale) {
  const text = () =>
    z.string().refine((value) => !hasLoneSurrogate(value), { error: auditMessages.format(locale, "text.lone-surrogate") });
  const identifier = () => text().min(1);
  const prose = () => text().refine((value) => /\S/.test(value), { error: auditMessages.format(locale, "text.blank") });

  const data = z.unknown().transform((value, ctx) => {
    const read = readJsonValue(value);
    if (read.ok) return read.value;
    const { kind, path, detail } = read.problem;
    ctx.addIssue({ code: "custom", path: [...path], message: auditMessages.format(locale, `json.${kind}`, { detail }) });
    return z.NEVER;
  });

  const actor = z.strictObject({
    /** A person of the organisation, the SDK itself (a scheduler, a retry), or a plugin. */
    kind: z.enum(["member", "system", "plugin"]),
    /** The member's id, a system component's name (`"scheduler"`) or the plugin's name. */
    id: identifier(),
    /** A readable name at the time of the action, since a member may be renamed or deleted later. */
    name: prose().optional(),
  });

  const input = {
    /** Who did it. */
    actor,
    /** What happened, noun.verb in the past tense, e.g. `"post.approved"`; see {@link AUDIT_ACTION_PATTERN}. */
    action: z.string().regex(AUDIT_ACTION_PATTERN, {
      error: (issue) => auditMessages.format(locale, "action.format", { value: String(issue.input) }),
    }),
    /** What it happened to, e.g. `{ type: "post", id }`. */
    subject: z.strictObject({
      /** Kind of the entity, e.g. `"post"` or `"reply"`. */
      type: identifier(),
      /** The entity's id. */
      id: identifier(),
    }),
    /** The state before a transition. */
    from: identifier().optional(),
    /** The state after a transition. */
    to: identifier().optional(),
    /** Why, in the actor's words (a rejection, an override of a quiet period). */
    reason: prose().optional(),
    /** Extra detail, JSON only; no secrets and no more personal data than the record needs. */
    data: data.optional(),
  };

  const hash = z.string().regex(hashPattern, { error: auditMessages.format(locale, "hash.format") });

  return {
    input: z.strictObject(input),
    entry: z.strictObject({
      /** The organisation (tenant) whose log this is. */
      organisationId: identifier(),
      /** 1, 2, 3, ... per organisation, without gaps. */
      seq: z.number().int().min(1),
      /** When, as an RFC 3339 UTC instant with milliseconds. */
      at: z.string().refine((value) => isInstant(value), {
        error: auditMessages.format(locale, "at.format"),
      }),
      /** Hash of entry `seq - 1`; {@link AUDIT_GENESIS_HASH} for entry 1. */
      prevHash: hash,
      ...input,
      /** Hex SHA-256 of this entry; see {@link hashAuditEntry} for what goes in. */
      hash,
    }),
  };
}

function isInstant(value: string): boolean {
  if (!instantPattern.test(value)) return false;
  const epoch = Date.parse(value);
  // Date.parse rolls 2026-02-30 over into March; the round trip catches that.
  return Number.isFinite(epoch) && new Date(epoch).toISOString() === value;
}

const cache = new Map<Locale, ReturnType<typeof schemasFor>>();

function schemas(locale: Locale): ReturnType<typeof schemasFor> {
  let built = cache.get(locale);
  if (!built) {
    built = schemasFor(locale);
    cache.set(locale, built);
  }
  return built;
}

/** The zod schema of {@link AuditEntryInput}, with messages in `locale`. Unknown fields are refused, so a typo cannot drop a detail silently. */
export function auditEntryInputSchema(locale: Locale) {
  return schemas(locale).input;
}

/** The zod schema of a stored {@link AuditEntry} (for reading an exported copy), with messages in `locale`. */
export function auditEntrySchema(locale: Locale) {
  return schemas(locale).entry;
}

const INPUT_KEYS: ReadonlySet<string> = new Set(["actor", "action", "subject", "from", "to", "reason", "data"]);
const ACTOR_KEYS: ReadonlySet<string> = new Set(["kind", "id", "name"]);
const SUBJECT_KEYS: ReadonlySet<string> = new Set(["type", "id"]);
const ACTOR_KINDS: ReadonlySet<unknown> = new Set(["member", "system", "plugin"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};
const onlyKeys = (value: Record<string, unknown>, allowed: ReadonlySet<string>) => Object.keys(value).every((key) => allowed.has(key));
const isText = (value: unknown): value is string => typeof value === "string" && !hasLoneSurrogate(value);
const isIdentifier = (value: unknown): value is string => isText(value) && value.length > 0;
const isProse = (value: unknown): value is string => isText(value) && /\S/.test(value);

/**
 * What {@link auditEntryInputSchema} makes of an input that plainly passes
 * it; undefined for any other, which then goes through the schema so that
 * every problem is named. Written by hand because the schema took about
 * 6 µs per entry in a loop and 35 µs inside the engine, and every step of the
 * workflow and of the publishing engine writes one or two entries; a property
 * test holds it to the schema (it accepts nothing the schema refuses, and
 * returns what the schema returns).
 */
export function plainAuditEntryInput(input: unknown): AuditEntryInput | undefined {
  if (!isPlainObject(input) || !onlyKeys(input, INPUT_KEYS)) return undefined;
  const { actor, action, subject, from, to, reason, data } = input;
  if (!isPlainObject(actor) || !onlyKeys(actor, ACTOR_KEYS) || !ACTOR_KINDS.has(actor.kind) || !isIdentifier(actor.id)) return undefined;
  if (actor.name !== undefined && !isProse(actor.name)) return undefined;
  if (typeof action !== "string" || !AUDIT_ACTION_PATTERN.test(action)) return undefined;
  if (!isPlainObject(subject) || !onlyKeys(subject, SUBJECT_KEYS) || !isIdentifier(subject.type) || !isIdentifier(subject.id)) return undefined;
  if ((from !== undefined && !isIdentifier(from)) || (to !== undefined && !isIdentifier(to)) || (reason !== undefined && !isProse(reason))) return undefined;
  let copy: AuditEntryInput["data"];
  if (data !== undefined) {
    const read = readJsonValue(data);
    if (!read.ok) return undefined;
    copy = read.value;
  }
  return {
    actor: { kind: actor.kind as AuditEntryInput["actor"]["kind"], id: actor.id, ...(actor.name === undefined ? {} : { name: actor.name as string }) },
    action,
    subject: { type: subject.type, id: subject.id },
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(reason === undefined ? {} : { reason }),
    ...(copy === undefined ? {} : { data: copy }),
  };
}
