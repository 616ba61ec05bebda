import { z } from "zod";
import { defineMessages } from "../i18n/message-catalogue.js";
import {
  FINDING_FIELDS,
  FINDING_LIMITS,
  FindingCodeSchema,
  FindingSeveritySchema,
  FindingSuggestionSchema,
  LocalizedTextSchema,
  type Finding,
  type FindingLocation,
} from "../model/finding.js";
import { graphemeStarts } from "../text/graphemes.js";
import { CHECK_TARGETS, settledSeverity, type CheckContext, type CheckInput, type FindingInput } from "./check.js";
import { graphemeRange, textAtLocation } from "./finding-text.js";
import { isPlainFindingInput } from "./finding-input-shape.js";

/** What a check reports, checked before it is stored (see `FindingInput`). */
/** @internal What a check may report, as zod checks it (the fast path of `isPlainFindingInput` never accepts more). */
export const FindingInputSchema = z.object({
  code: FindingCodeSchema,
  severity: FindingSeveritySchema,
  message: LocalizedTextSchema,
  location: z
    .object({
      field: z.enum(FINDING_FIELDS),
      channelId: z.string().min(1).max(200).optional(),
      index: z.int().min(0).max(1_000).optional(),
      start: z.int().min(0).optional(),
      end: z.int().min(0).optional(),
    })
    .optional(),
  suggestion: FindingSuggestionSchema.optional(),
  values: z.record(z.string().max(64), z.union([z.string().max(500), z.number().refine(Number.isFinite), z.boolean()])).optional(),
});

/** Words of the findings the runner itself reports. */
const runnerMessages = defineMessages({
  de: {
    "check-failed": "Die Prüfung „{check}“ konnte nicht ausgeführt werden ({problem}). Bitte selbst prüfen; eine Freigabe ist erst nach Akzeptieren mit Begründung möglich, wenn Fehler sie sperren.",
    "too-many-findings": "Die Prüfung „{check}“ hat {count} weitere Stellen gefunden, die hier nicht einzeln aufgeführt sind.",
    "problem.threw": "Fehler in der Prüfung",
    "problem.malformed": "ungültiges Ergebnis",
  },
  en: {
    "check-failed": "The check “{check}” could not run ({problem}). Please check yourself; where errors block approval, accept this finding with a reason to approve.",
    "too-many-findings": "The check “{check}” found {count} more places, not listed one by one.",
    "problem.threw": "the check threw an error",
    "problem.malformed": "malformed result",
  },
});

/** A check that could not run: its id and what went wrong, for the logs (never shown to people as is). */
export interface CheckFailure {
  /** The check's id, or `"(unnamed)"` for an entry of the registry that is no check. */
  readonly checkId: string;
  /** What it threw, or the validation problem of what it returned. */
  readonly error: unknown;
}

/** What {@link runChecks} found, and which checks failed. */
export interface CheckRunResult {
  /** Every finding, ordered by check (registration order), then as each check reported them. */
  readonly findings: Finding[];
  /** Checks that threw or returned something malformed; each also has a `check-failed` finding. */
  readonly failures: readonly CheckFailure[];
}

/** The primary language subtag of what is checked: a post's, an interaction's (German when unknown), German for replies. */
function languageOf(input: CheckInput): string {
  const tag = input.target === "post" ? input.post.language : input.target === "interaction" ? input.interaction.language : input.interaction?.language;
  return (tag ?? "de").split("-")[0]!.toLowerCase();
}

interface CheckLike {
  readonly id: string;
  readonly target: string;
  readonly languages: readonly string[];
  readonly title?: { readonly de?: unknown; readonly en?: unknown };
  readonly run: (input: CheckInput, context: CheckContext) => unknown;
}

/** The pattern of `CheckIdSchema`, tested directly: it runs for every check at every step. */
const CHECK_ID = /^[a-z@][a-z0-9@./-]{0,99}$/;

/** True for a registry entry shaped like a check (a plugin may register anything, and change it later). */
function isCheck(value: unknown): value is CheckLike {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<CheckLike>;
  return (
    typeof candidate.id === "string" &&
    CHECK_ID.test(candidate.id) &&
    typeof candidate.target === "string" &&
    (CHECK_TARGETS as readonly string[]).includes(candidate.target) &&
    Array.isArray(candidate.languages) &&
    typeof candidate.run === "function"
  );
}

/** Is the check (or one of its codes) turned off by the organisation? */
function isDisabled(disabled: ReadonlySet<string>, checkId: string, code?: string): boolean {
  return disabled.has(checkId) || (code !== undefined && disabled.has(`${checkId}/${code}`));
}

/**
 * Runs every check of the input's target that understands its language and
 * is not turned off, and turns what they report into stored findings: the
 * organisation's severities applied, grapheme ranges added, ids given (see
 * `FindingSchema`), at most `FINDING_LIMITS.perCheck` per check and
 * `FINDING_LIMITS.total` in all (the rest summed up in one hint). A check
 * that throws, or reports a finding that is malformed or points outside its
 * input, yields one `error` finding `check-failed` instead of its findings,
 * so that a broken check never looks like a clean text.
 *
 * @example
 * ```ts
 * const { findings } = runChecks(registries.checks.list(), { target: "post", post }, context);
 * ```
 */
export function runChecks(checks: Iterable<unknown>, input: CheckInput, context: CheckContext): CheckRunResult {
  const findings: Finding[] = [];
  const failures: CheckFailure[] = [];
  const language = languageOf(input);
  const disabled = new Set(context.settings.disabled);
  const occurrences = new Map<string, number>();
  const starts = new Map<string, { starts: number[] }>();
  for (const candidate of checks) {
    if (!isCheck(candidate)) {
      // Not a check at all: nothing to run, and nothing to name it by but what it says of itself.
      if (typeof candidate === "object" && candidate !== null && (candidate as { target?: unknown }).target === input.target) {
        const id = typeof (candidate as { id?: unknown }).id === "string" ? String((candidate as { id: string }).id) : "(unnamed)";
        failures.push({ checkId: id, error: new TypeError("registered in the checks registry, but not a check (id, target, languages, run)") });
      }
      continue;
    }
    const check = candidate;
    if (check.target !== input.target) continue;
    if (!check.languages.includes("*") && !check.languages.includes(language)) continue;
    if (isDisabled(disabled, check.id)) continue;
    const title = typeof check.title?.de === "string" && typeof check.title.en === "string" ? { de: check.title.de, en: check.title.en } : { de: check.id, en: check.id };
    let produced: Finding[];
    let beyond = 0;
    try {
      ({ settled: produced, beyond } = settle(check.id, check.run(input, context), input, context, disabled, occurrences, starts));
    } catch (error) {
      failures.push({ checkId: check.id, error });
      const problem = error instanceof MalformedFinding ? "problem.malformed" : "problem.threw";
      produced = [
        finding(check.id, "check-failed", "error", {
          de: runnerMessages.format("de", "check-failed", { check: title.de, problem: runnerMessages.format("de", problem) }),
          en: runnerMessages.format("en", "check-failed", { check: title.en, problem: runnerMessages.format("en", problem) }),
        }, undefined, occurrences),
      ];
    }
    if (beyond > 0) {
      const rest = beyond;
      produced.push(
        finding(check.id, "too-many-findings", "hint", {
          de: runnerMessages.format("de", "too-many-findings", { check: title.de, count: rest }),
          en: runnerMessages.format("en", "too-many-findings", { check: title.en, count: rest }),
        }, undefined, occurrences),
      );
    }
    const room = FINDING_LIMITS.total - findings.length;
    findings.push(...produced.slice(0, Math.max(0, room)));
  }
  return { findings, failures };
}

/** What a check returned, as stored findings (and how many were beyond the limit, not looked at); throws `MalformedFinding` for anything malformed, so that the check counts as failed as a whole. */
function settle(
  checkId: string,
  reported: unknown,
  input: CheckInput,
  context: CheckContext,
  disabled: ReadonlySet<string>,
  occurrences: Map<string, number>,
  starts: Map<string, { starts: number[] }>,
): { settled: Finding[]; beyond: number } {
  if (!Array.isArray(reported)) throw new MalformedFinding(`returned ${reported === null ? "null" : typeof reported}, not a list of findings`);
  const settled: Finding[] = [];
  // A hostile check could return millions; what is beyond the limit is counted, not checked.
  const limit = Math.min(reported.length, FINDING_LIMITS.perCheck);
  for (let index = 0; index < limit; index++) {
    let given = reported[index] as FindingInput;
    if (!isPlainFindingInput(given)) {
      const parsed = FindingInputSchema.safeParse(given);
      if (!parsed.success) throw new MalformedFinding(`finding ${index}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(finding)"}: ${i.message}`).join("; ")}`);
      given = parsed.data as FindingInput;
    }
    if (isDisabled(disabled, checkId, given.code)) continue;
    const location = given.location ? locate(given.location, input, starts, index) : undefined;
    const excerpt = location && given.location?.start !== undefined ? textAtLocation(input, given.location)!.slice(given.location.start, given.location.end) : "";
    settled.push(
      finding(checkId, given.code, settledSeverity(context.settings, checkId, given.code, given.severity), given.message, location, occurrences, excerpt, given.suggestion, given.values),
    );
  }
  return { settled, beyond: reported.length - limit };
}

/** Characters that may join with a neighbour into one grapheme cluster (generously: whole blocks of marks and scripts that combine). */
const MAY_JOIN = /[\r\u0300-\u036F\u0483-\u0489\u0591-\u1AFF\u1DC0-\u1DFF\u200C\u200D\u20D0-\u20FF\u2CEF-\u2CF1\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\uA66F-\uA6F1\uA8E0-\uA8F1\uA900-\uABFF\uAC00-\uD7FF\uD800-\uDFFF\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFF9E\uFF9F]/;

/** The stored location of a reported one: checked against the input, with the grapheme range added. */
function locate(given: NonNullable<FindingInput["location"]>, input: CheckInput, cache: Map<string, { starts: number[] }>, index: number): FindingLocation {
  const text = textAtLocation(input, given);
  if (text === undefined) throw new MalformedFinding(`finding ${index}: the location ${JSON.stringify({ field: given.field, channelId: given.channelId, index: given.index })} is not part of what was checked`);
  const { start, end } = given;
  const location: { -readonly [K in keyof FindingLocation]: FindingLocation[K] } = { field: given.field };
  if (given.channelId !== undefined) location.channelId = given.channelId;
  if (given.index !== undefined) location.index = given.index;
  if (start === undefined && end === undefined) return location;
  if (start === undefined || end === undefined || start > end || end > text.length) {
    throw new MalformedFinding(`finding ${index}: the range ${String(start)}–${String(end)} is not within the ${text.length} code units of ${given.field}`);
  }
  // Where every UTF-16 unit is a cluster of its own (no surrogate pairs,
  // combining marks, joiners, variation selectors, CR LF or Hangul), the
  // grapheme range is the UTF-16 range: most German posts without emoji.
  if (!MAY_JOIN.test(text)) return { ...location, start, end, graphemeStart: start, graphemeEnd: end };
  const key = `${given.field}\u0000${given.channelId ?? ""}\u0000${given.index ?? ""}`;
  let known = cache.get(key);
  if (!known) {
    known = { starts: graphemeStarts(text) };
    cache.set(key, known);
  }
  return { ...location, start, end, ...graphemeRange(known.starts, text.length, start, end) };
}

/** A stored finding with its fingerprint: check, code, place and the text found, numbered when the same occurs again. */
function finding(
  checkId: string,
  code: string,
  severity: Finding["severity"],
  message: Finding["message"],
  location: FindingLocation | undefined,
  occurrences: Map<string, number>,
  excerpt = "",
  suggestion?: Finding["suggestion"],
  values?: Finding["values"],
): Finding {
  const place = `${checkId}\u0000${code}\u0000${location?.field ?? ""}\u0000${location?.channelId ?? ""}\u0000${location?.index ?? ""}\u0000${excerpt}`;
  const seen = occurrences.get(place) ?? 0;
  occurrences.set(place, seen + 1);
  const id = fingerprint(`${place}\u0000${seen}`);
  return {
    id,
    checkId,
    code,
    severity,
    message,
    ...(location ? { location } : {}),
    ...(suggestion ? { suggestion } : {}),
    ...(values ? { values } : {}),
  };
}

/**
 * 64 bits of FNV-1a (two 32-bit lanes with different offsets) over the
 * UTF-16 code units, as 16 hex digits. A finding's id only has to tell the
 * findings of one post apart and stay the same for the same finding in any
 * process and version; a cryptographic hash cost more than the checks.
 * Changing this function changes every id: acceptances of stored findings
 * would no longer match.
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** What a check reported is malformed; the check counts as failed. */
class MalformedFinding extends Error {}
