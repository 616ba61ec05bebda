import { z } from "zod";
import type { Locale } from "../i18n/locale.js";
import { auditMessages } from "./audit-messages.js";
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
    kind: z.enum(["member", "system", "plugin"]),
    id: identifier(),
    name: prose().optional(),
  });

  const input = {
    actor,
    action: z.string().regex(AUDIT_ACTION_PATTERN, {
      error: (issue) => auditMessages.format(locale, "action.format", { value: String(issue.input) }),
    }),
    subject: z.strictObject({ type: identifier(), id: identifier() }),
    from: identifier().optional(),
    to: identifier().optional(),
    reason: prose().optional(),
    data: data.optional(),
  };

  const hash = z.string().regex(hashPattern, { error: auditMessages.format(locale, "hash.format") });

  return {
    input: z.strictObject(input),
    entry: z.strictObject({
      organisationId: identifier(),
      seq: z.number().int().min(1),
      at: z.string().refine((value) => isInstant(value), {
        error: auditMessages.format(locale, "at.format"),
      }),
      prevHash: hash,
      ...input,
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
