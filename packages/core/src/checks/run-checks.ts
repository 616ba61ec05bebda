import { z } from "zod";
import { defineMessages } from "../i18n/message-catalogue.js";
import {
  FINDING_FIELDS,
  FINDING_LIMITS,
  FindingCodeSchema,
  FindingSeveritySchema,
  FindingSuggestionSchema,
  findingValues,
  LocalizedTextSchema,
  type Finding,
  type FindingLocation,
} from "../model/finding.js";
import { graphemeStarts } from "../text/graphemes.js";
import { CHECK_TARGETS, settledSeverity, type CheckContext, type CheckInput, type FindingInput } from "./check.js";
import { graphemeRange, textAtLocation } from "./finding-text.js";
import { plainFindingInput } from "./finding-input-shape.js";
import { isWellFormedText } from "../validation/well-formed-text.js";

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
  values: findingValues(z.number().refine(Number.isFinite)).optional(),
});

/** Words of the findings the runner itself reports. */
const runnerMessages = defineMessages({
  de: {
    "check-failed": "Die Prüfung „{check}“ konnte nicht ausgeführt werden ({problem}). Bitte selbst prüfen; eine Freigabe ist erst nach Akzeptieren mit Begründung möglich, wenn Fehler sie sperren.",
    "too-many-findings": "Die Prüfung „{check}“ hat {count} weitere Stellen gefunden, die hier nicht einzeln aufgeführt sind.",
    "too-many-in-all": "Die Prüfungen haben {count} weitere Stellen gefunden, die hier nicht einzeln aufgeführt sind. Bitte den Text selbst prüfen.",
    "problem.threw": "Fehler in der Prüfung",
    "problem.malformed": "ungültiges Ergebnis",
    "problem.not-a-check": "im Register, aber keine gültige Prüfung",
  },
  en: {
    "check-failed": "The check “{check}” could not run ({problem}). Please check yourself; where errors block approval, accept this finding with a reason to approve.",
    "too-many-findings": "The check “{check}” found {count} more places, not listed one by one.",
    "too-many-in-all": "The checks found {count} more places, not listed one by one. Please check the text yourself.",
    "problem.threw": "the check threw an error",
    "problem.malformed": "malformed result",
    "problem.not-a-check": "registered, but not a valid check",
  },
});

/**
 * The check id of what the runner reports for no check in particular: the
 * findings left out over `FINDING_LIMITS.total`, and an entry of the checks
 * registry without a usable id.
 */
export const RUNNER_CHECK_ID = "checks";

/** A check that could not run: its id and what went wrong, for the logs (never shown to people as is). */
export interface CheckFailure {
  /** The check's id, or `"checks"` for an entry of the registry without a usable id. */
  readonly checkId: string;
  /** What it threw (an `Error` whose name, message and stack were read from it), or the validation problem of what it returned. */
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
  if (tag === undefined || tag === "de") return "de";
  const dash = tag.indexOf("-");
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** A registered check as read once for a run: its getters are not asked again, and it cannot change under the runner. */
interface CheckSnapshot {
  readonly id: string;
  readonly target: string;
  readonly languages: readonly string[];
  readonly title: { readonly de: string; readonly en: string };
  readonly run: (input: CheckInput, context: CheckContext) => unknown;
}

/** An entry of the registry that is no check (any more): what could be read of it, and why it is none. */
interface BrokenEntry {
  readonly id: string | undefined;
  readonly target: unknown;
  readonly error: unknown;
}

/** The pattern of `CheckIdSchema`, tested directly: it runs for every check at every step. */
const CHECK_ID = /^[a-z@][a-z0-9@./-]{0,99}$/;

/** More languages than any check could mean: a list that long is junk (or a trap that never ends). */
const MAX_LANGUAGES = 200;

/**
 * Reads a registry entry once (a plugin may register anything, with getters
 * that throw, and change it later): a snapshot of a check, or what is wrong.
 */
function readEntry(candidate: unknown): { check: CheckSnapshot } | { broken: BrokenEntry } {
  if ((typeof candidate === "object" || typeof candidate === "function") && candidate !== null) {
    const known = settledEntries.get(candidate);
    if (known) {
      // A revoked proxy can no longer be read: asking its prototype throws (and costs nothing for an object).
      try {
        Reflect.getPrototypeOf(candidate);
        return known;
      } catch {
        settledEntries.delete(candidate);
      }
    }
  }
  let id: unknown;
  let target: unknown;
  try {
    if ((typeof candidate !== "object" && typeof candidate !== "function") || candidate === null) return { broken: { id: undefined, target: undefined, error: new TypeError(`registered in the checks registry, but a ${candidate === null ? "null" : typeof candidate}`) } };
    const entry = candidate as Record<string, unknown>;
    id = entry["id"];
    target = entry["target"];
    const languages = entry["languages"];
    const title = entry["title"];
    const run = entry["run"];
    if (typeof id !== "string" || !CHECK_ID.test(id)) throw new TypeError(`registered in the checks registry with the id ${typeof id === "string" ? JSON.stringify(id.slice(0, 120)) : typeof id}, which is not a check id`);
    if (typeof target !== "string" || !(CHECK_TARGETS as readonly string[]).includes(target)) throw new TypeError(`its target ${typeof target === "string" ? JSON.stringify(target.slice(0, 40)) : typeof target} is none of ${CHECK_TARGETS.join(", ")}`);
    if (!Array.isArray(languages)) throw new TypeError("its languages are not a list");
    const count = languages.length;
    if (count > MAX_LANGUAGES) throw new TypeError(`it names ${count} languages`);
    const tags: string[] = [];
    for (let index = 0; index < count; index++) {
      const tag: unknown = languages[index];
      if (typeof tag === "string") tags.push(tag);
    }
    if (typeof run !== "function") throw new TypeError("it has no run function");
    const bound = run as (this: unknown, input: CheckInput, context: CheckContext) => unknown;
    const read = { check: { id, target, languages: tags, title: titleOf(title, id), run: (input: CheckInput, context: CheckContext) => bound.call(candidate, input, context) } };
    if (mayKeep(entry, languages, title)) settledEntries.set(entry, read);
    return read;
  } catch (error) {
    return { broken: { id: typeof id === "string" ? id : undefined, target, error } };
  }
}

/**
 * What was read of entries that cannot change any more, by entry: reading a
 * check (its id pattern, its languages, its title's well-formedness) cost
 * more than many checks' own run, at every run of every check.
 */
const settledEntries = new WeakMap<object, { check: CheckSnapshot }>();

/**
 * Can the entry no longer change what the runner read of it? Frozen, with
 * plain data where the runner reads (a getter on a frozen object could still
 * answer differently), and its languages and title frozen too: what
 * `defineCheck` returns.
 */
function cannotChange(entry: Record<string, unknown>, languages: unknown, title: unknown): boolean {
  if (!Object.isFrozen(entry) || !Object.isFrozen(languages) || (typeof title === "object" && title !== null && !Object.isFrozen(title))) return false;
  for (const name of ENTRY_PROPERTIES) {
    const descriptor = Object.getOwnPropertyDescriptor(entry, name);
    if (!descriptor || !("value" in descriptor)) return false;
  }
  const list = languages as readonly unknown[];
  for (let index = 0; index < list.length; index++) {
    const descriptor = Object.getOwnPropertyDescriptor(list, index);
    if (!descriptor || !("value" in descriptor)) return false;
  }
  if (typeof title === "object" && title !== null) {
    for (const name of ["de", "en"]) {
      const descriptor = Object.getOwnPropertyDescriptor(title, name);
      // Not its own: read through its prototype, which may change.
      if (!descriptor || !("value" in descriptor)) return false;
    }
  }
  return true;
}
const ENTRY_PROPERTIES = ["id", "target", "languages", "title", "run"] as const;

/** {@link cannotChange}, false where asking throws (a proxy's trap): whether to keep what was read must never decide whether it is a check. */
function mayKeep(entry: Record<string, unknown>, languages: unknown, title: unknown): boolean {
  try {
    return cannotChange(entry, languages, title);
  } catch {
    return false;
  }
}

/** A check's title for the runner's own messages: the check's, if it is short, well-formed text; else its id. */
function titleOf(title: unknown, id: string): { de: string; en: string } {
  if (typeof title !== "object" || title === null) return { de: id, en: id };
  const { de, en } = title as { de?: unknown; en?: unknown };
  const usable = (text: unknown): text is string => typeof text === "string" && text.trim().length > 0 && text.length <= 200 && isWellFormedText(text);
  return usable(de) && usable(en) ? { de, en } : { de: id, en: id };
}

/** Is the check (or one of its codes) turned off by the organisation? */
function isDisabled(disabled: ReadonlySet<string>, checkId: string, code?: string): boolean {
  if (disabled.size === 0) return false;
  return disabled.has(checkId) || (code !== undefined && disabled.has(`${checkId}/${code}`));
}

const SEVERITY_RANK = { error: 0, warning: 1, hint: 2 } as const;

/** The more severe of two severities. */
function worse(a: Finding["severity"], b: Finding["severity"]): Finding["severity"] {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/**
 * Runs every check of the input's target that understands its language and
 * is not turned off, and turns what they report into stored findings: the
 * organisation's severities applied, grapheme ranges added, ids given (see
 * `FindingSchema`), at most `FINDING_LIMITS.perCheck` per check (the rest
 * summed up in one `too-many-findings` finding as severe as the worst of
 * them) and `FINDING_LIMITS.total` in all (errors kept first, the rest
 * summed up likewise). A check that throws, reports a finding that is
 * malformed or points outside its input, or is no valid check any more,
 * yields one `error` finding `check-failed` instead of its findings, so
 * that a broken check never looks like a clean text.
 *
 * The checks get a frozen copy of the input and the context: a check that
 * tries to change them fails (and changes nothing the workflow stores or
 * reads afterwards), and what they report is copied before it is kept.
 *
 * @example
 * ```ts
 * const { findings } = runChecks(registries.checks.list(), { target: "post", post }, context);
 * ```
 */
export function runChecks(checks: Iterable<unknown>, given: CheckInput, givenContext: CheckContext): CheckRunResult {
  const input = frozenCopy(given);
  // A context made by checkContext() is already a frozen copy of its own; only a hand-made one is copied here.
  const context = isSealedContext(givenContext) ? givenContext : frozenCopy(givenContext);
  const kept: Finding[][] = [];
  const failures: CheckFailure[] = [];
  const language = languageOf(input);
  const disabled = disabledOf(context);
  const occurrences = new Map<number, number>();
  const starts = new Map<string, GraphemeStarts>();
  const failed = (checkId: string, title: { de: string; en: string }, problem: "problem.threw" | "problem.malformed" | "problem.not-a-check"): Finding =>
    finding(checkId, "check-failed", "error", {
      de: runnerMessages.format("de", "check-failed", { check: title.de, problem: runnerMessages.format("de", problem) }),
      en: runnerMessages.format("en", "check-failed", { check: title.en, problem: runnerMessages.format("en", problem) }),
    }, undefined, occurrences);
  for (const candidate of checks) {
    const read = readEntry(candidate);
    if ("broken" in read) {
      const { id, target, error } = read.broken;
      // A broken check of another target is not this run's concern; one
      // whose target cannot be told might have been meant for this input.
      if (typeof target === "string" && target !== input.target && (CHECK_TARGETS as readonly string[]).includes(target)) continue;
      const checkId = id !== undefined && CHECK_ID.test(id) ? id : RUNNER_CHECK_ID;
      if (id !== undefined && isDisabled(disabled, id)) continue;
      failures.push({ checkId, error: readable(error) });
      kept.push([failed(checkId, { de: checkId, en: checkId }, "problem.not-a-check")]);
      continue;
    }
    const check = read.check;
    if (check.target !== input.target) continue;
    if (!check.languages.includes("*") && !check.languages.includes(language)) continue;
    if (isDisabled(disabled, check.id)) continue;
    const { title } = check;
    let produced: Finding[];
    let beyond: { count: number; severity: Finding["severity"] } | undefined;
    try {
      ({ settled: produced, beyond } = settle(check.id, check.run(input, context), input, context, disabled, occurrences, starts));
    } catch (error) {
      const problem = isMalformed(error) ? "problem.malformed" : "problem.threw";
      failures.push({ checkId: check.id, error: readable(error) });
      produced = [failed(check.id, title, problem)];
    }
    if (beyond) {
      produced.push(
        finding(check.id, "too-many-findings", beyond.severity, {
          de: runnerMessages.format("de", "too-many-findings", { check: title.de, count: beyond.count }),
          en: runnerMessages.format("en", "too-many-findings", { check: title.en, count: beyond.count }),
        }, undefined, occurrences),
      );
    }
    kept.push(produced);
  }
  return { findings: withinTotal(kept, occurrences), failures };
}

/**
 * The findings of all checks, in order, at most `FINDING_LIMITS.total`:
 * over it, errors are kept before warnings and warnings before hints, and
 * the last place sums up what was left out, as severe as the worst of it,
 * so that no error is ever lost to the limit.
 */
function withinTotal(kept: readonly Finding[][], occurrences: Map<number, number>): Finding[] {
  const all: Finding[] = [];
  for (const list of kept) for (let index = 0; index < list.length; index++) all.push(list[index]!);
  if (all.length <= FINDING_LIMITS.total) return all;
  const room = FINDING_LIMITS.total - 1;
  const order = all.map((_, index) => index).sort((a, b) => SEVERITY_RANK[all[a]!.severity] - SEVERITY_RANK[all[b]!.severity] || a - b);
  const chosen = new Set(order.slice(0, room));
  const findings = all.filter((_, index) => chosen.has(index));
  let severity: Finding["severity"] = "hint";
  for (const index of order.slice(room)) severity = worse(severity, all[index]!.severity);
  const count = all.length - room;
  findings.push(
    finding(RUNNER_CHECK_ID, "too-many-findings", severity, {
      de: runnerMessages.format("de", "too-many-in-all", { count }),
      en: runnerMessages.format("en", "too-many-in-all", { count }),
    }, undefined, occurrences),
  );
  return findings;
}

/** How many reported findings beyond the per-check limit are read for their severity; beyond these, the worst is assumed. */
const SCANNED_BEYOND = 10_000;

/**
 * What a check returned, as stored findings, and how many it reported
 * beyond the limit with the worst of their severities; throws
 * `MalformedFinding` for anything malformed among those kept, so that the
 * check counts as failed as a whole.
 */
function settle(
  checkId: string,
  reported: unknown,
  input: CheckInput,
  context: CheckContext,
  disabled: ReadonlySet<string>,
  occurrences: Map<number, number>,
  starts: Map<string, GraphemeStarts>,
): { settled: Finding[]; beyond: { count: number; severity: Finding["severity"] } | undefined } {
  if (!Array.isArray(reported)) throw new MalformedFinding(`returned ${reported === null ? "null" : typeof reported}, not a list of findings`);
  const settled: Finding[] = [];
  // Most organisations change no severity: then each finding keeps its own without a lookup.
  const ownSeverities = hasOwnKey(context.settings.severities);
  // Read once: a list may answer differently each time it is asked.
  const length = reported.length;
  const limit = Math.min(length, FINDING_LIMITS.perCheck);
  for (let index = 0; index < limit; index++) {
    const reportedFinding: unknown = reported[index];
    let given = plainFindingInput(reportedFinding);
    if (!given) {
      const parsed = FindingInputSchema.safeParse(reportedFinding);
      if (!parsed.success) throw new MalformedFinding(`finding ${index}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(finding)"}: ${i.message}`).join("; ")}`);
      given = parsed.data as FindingInput;
    }
    if (isDisabled(disabled, checkId, given.code)) continue;
    const location = given.location ? locate(given.location, input, starts, index) : undefined;
    // The text found is hashed where it stands, not sliced out (see findingId).
    const found = location && location.start !== undefined ? textAtLocation(input, location) : undefined;
    const severity = ownSeverities ? settledSeverity(context.settings, checkId, given.code, given.severity) : given.severity;
    settled.push(finding(checkId, given.code, severity, given.message, location, occurrences, found, given.suggestion, given.values));
  }
  if (length <= limit) return { settled, beyond: undefined };
  // A hostile check could return millions: what is beyond the limit is not
  // checked, only read for its severity, and past a point assumed the worst.
  const rest = length - limit;
  let severity: Finding["severity"] = rest > SCANNED_BEYOND ? "error" : "hint";
  for (let index = limit; index < limit + Math.min(rest, SCANNED_BEYOND) && severity !== "error"; index++) {
    const item: unknown = reported[index];
    const code = typeof item === "object" && item !== null ? (item as { code?: unknown }).code : undefined;
    const own = typeof item === "object" && item !== null ? (item as { severity?: unknown }).severity : undefined;
    if (typeof code === "string" && isDisabled(disabled, checkId, code)) continue;
    // Anything that does not say what it is counts as the worst it could be.
    severity = worse(severity, typeof code === "string" && (own === "error" || own === "warning" || own === "hint") ? settledSeverity(context.settings, checkId, code, own) : "error");
  }
  return { settled, beyond: { count: rest, severity } };
}

/**
 * Characters that may join with a neighbour into one grapheme cluster
 * (generously: whole blocks of marks and scripts that combine, from Hebrew
 * to Vedic, Syloti Nagri to Javanese). A test in run-checks.breaker.test.ts
 * walks plane 0 against Intl.Segmenter: nothing outside this class joins.
 */
const MAY_JOIN = /[\r\u0300-\u036F\u0483-\u0489\u0591-\u1CFF\u1DC0-\u1DFF\u200C\u200D\u20D0-\u20FF\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\uA66F-\uA6F1\uA800-\uABFF\uAC00-\uD7FF\uD800-\uDFFF\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFF9E\uFF9F]/;

/** Where the grapheme clusters of one text of the input start; `undefined` where every UTF-16 unit is a cluster of its own. */
interface GraphemeStarts {
  readonly starts: number[] | undefined;
}

const NO_DISABLED: ReadonlySet<string> = new Set();

/** The checks and codes the context turns off, as a set (made once per sealed context, not at every run). */
function disabledOf(context: CheckContext): ReadonlySet<string> {
  const list = context.settings.disabled as readonly string[] | undefined;
  if (list === undefined || list.length === 0) return NO_DISABLED;
  if (!isSealedContext(context)) return new Set(list);
  let known = disabledSets.get(context);
  if (!known) {
    known = new Set(list);
    disabledSets.set(context, known);
  }
  return known;
}
const disabledSets = new WeakMap<object, ReadonlySet<string>>();

/** The stored location of a reported one: checked against the input, with the grapheme range added. */
function locate(given: NonNullable<FindingInput["location"]>, input: CheckInput, cache: Map<string, GraphemeStarts>, index: number): FindingLocation {
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
  const key = `${given.field}\u0000${given.channelId ?? ""}\u0000${given.index ?? ""}`;
  let known = cache.get(key);
  if (!known) {
    // Where every UTF-16 unit is a cluster of its own (no surrogate pairs,
    // combining marks, joiners, variation selectors, CR LF or Hangul), the
    // grapheme range is the UTF-16 range: most German posts without emoji.
    known = { starts: MAY_JOIN.test(text) ? graphemeStarts(text) : undefined };
    cache.set(key, known);
  }
  location.start = start;
  location.end = end;
  if (known.starts === undefined) {
    location.graphemeStart = start;
    location.graphemeEnd = end;
    return location;
  }
  const range = graphemeRange(known.starts, text.length, start, end);
  location.graphemeStart = range.graphemeStart;
  location.graphemeEnd = range.graphemeEnd;
  return location;
}

/** True if `record` has an own enumerable key. */
function hasOwnKey(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * A stored finding with its id: check, code, place and the text found
 * (`found`, the located text, read between the location's start and end),
 * numbered when the same occurs again.
 */
function finding(
  checkId: string,
  code: string,
  severity: Finding["severity"],
  message: Finding["message"],
  location: FindingLocation | undefined,
  occurrences: Map<number, number>,
  found?: string,
  suggestion?: Finding["suggestion"],
  values?: Finding["values"],
): Finding {
  const id = findingId(checkId, code, location, found, occurrences);
  // Optional keys added one by one, in the order of the schema, rather than spread in (slower on Node 20).
  const made: { -readonly [K in keyof Finding]: Finding[K] } = { id, checkId, code, severity, message };
  if (location) made.location = location;
  if (suggestion) made.suggestion = suggestion;
  if (values) made.values = values;
  return made;
}

/*
 * A finding's id: 64 bits of FNV-1a (two 32-bit lanes with different
 * offsets) over the UTF-16 code units of
 *   check id \0 code \0 field \0 channel id \0 index \0 text found \0 occurrence
 * (empty where absent; index and occurrence in decimal), as 16 hex digits.
 * An id only has to tell the findings of one post apart and stay the same
 * for the same finding in any process and version; a cryptographic hash
 * cost more than the checks. Changing what is hashed changes every id:
 * acceptances of stored findings would no longer match (a test in
 * run-checks.test.ts holds the ids to the first implementation, which
 * hashed the place as one string).
 *
 * Written by hand as a stream over the parts: building the string of the
 * place for each finding cost more than the rest of storing it. The state
 * of the lanes after the text found tells the occurrences of one place
 * apart (53 of its 64 bits, as a number key).
 */
let laneA = 0;
let laneB = 0;

function hashUnit(unit: number): void {
  laneA = Math.imul(laneA ^ unit, 0x01000193);
  laneB = Math.imul(laneB ^ unit, 0x5bd1e995) ^ (laneB >>> 13);
}

function hashText(text: string, start: number, end: number): void {
  let a = laneA;
  let b = laneB;
  for (let index = start; index < end; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995) ^ (b >>> 13);
  }
  laneA = a;
  laneB = b;
}

function hashPart(text: string | undefined): void {
  if (text !== undefined) hashText(text, 0, text.length);
  hashUnit(0);
}

function findingId(checkId: string, code: string, location: FindingLocation | undefined, found: string | undefined, occurrences: Map<number, number>): string {
  laneA = 0x811c9dc5;
  laneB = 0x01000193 ^ 0x5bd1e995;
  hashPart(checkId);
  hashPart(code);
  hashPart(location?.field);
  hashPart(location?.channelId);
  hashPart(location?.index === undefined ? undefined : String(location.index));
  if (found !== undefined && location?.start !== undefined) hashText(found, location.start, location.end!);
  const place = (laneA >>> 0) * 0x200000 + ((laneB >>> 0) >>> 11);
  const seen = occurrences.get(place) ?? 0;
  occurrences.set(place, seen + 1);
  hashUnit(0);
  // The occurrence in decimal; one digit, the common case, without making a string.
  if (seen < 10) hashUnit(0x30 + seen);
  else {
    const digits = String(seen);
    hashText(digits, 0, digits.length);
  }
  const a = laneA;
  const b = laneB;
  // The 16 hex digits in one call: toString(16) and padStart twice cost as much as the hashing.
  return String.fromCharCode(
    HEX[(a >>> 28) & 15]!, HEX[(a >>> 24) & 15]!, HEX[(a >>> 20) & 15]!, HEX[(a >>> 16) & 15]!,
    HEX[(a >>> 12) & 15]!, HEX[(a >>> 8) & 15]!, HEX[(a >>> 4) & 15]!, HEX[a & 15]!,
    HEX[(b >>> 28) & 15]!, HEX[(b >>> 24) & 15]!, HEX[(b >>> 20) & 15]!, HEX[(b >>> 16) & 15]!,
    HEX[(b >>> 12) & 15]!, HEX[(b >>> 8) & 15]!, HEX[(b >>> 4) & 15]!, HEX[b & 15]!,
  );
}

/** The character codes of the hex digits 0–9, a–f. */
const HEX = Uint16Array.from("0123456789abcdef", (digit) => digit.charCodeAt(0));

/** What a check reported is malformed; the check counts as failed. */
class MalformedFinding extends Error {}

/** Is `error` the runner's own `MalformedFinding`? (`instanceof` on what a check threw could run its traps.) */
function isMalformed(error: unknown): boolean {
  try {
    return error instanceof MalformedFinding;
  } catch {
    return false;
  }
}

/**
 * What a check threw, safe to log: the runner's own errors as they are, any
 * other object as a new `Error` with the name, message, code and stack read
 * from it (a check may throw an object whose every property throws).
 */
function readable(error: unknown): unknown {
  if (isMalformed(error)) return error;
  if ((typeof error !== "object" && typeof error !== "function") || error === null) return error;
  const read = (name: string): unknown => {
    try {
      return (error as Record<string, unknown>)[name];
    } catch {
      return undefined;
    }
  };
  const message = read("message");
  const copy = new Error(typeof message === "string" ? message : "the check threw something that is not an error");
  const name = read("name");
  if (typeof name === "string") copy.name = name;
  const stack = read("stack");
  copy.stack = typeof stack === "string" ? stack : undefined;
  const code = read("code");
  if (typeof code === "string" || typeof code === "number") (copy as Error & { code?: string | number }).code = code;
  return copy;
}

// Contexts that `checkContext` made and froze whole: nobody holds a changeable reference to them.
const sealedContexts = new WeakSet<object>();

/** @internal A deep-frozen copy of `context`, handed to any number of runs without copying it again. */
export function sealContext(context: CheckContext): CheckContext {
  const sealed = frozenCopy(context);
  sealedContexts.add(sealed);
  return sealed;
}

function isSealedContext(context: CheckContext): boolean {
  return typeof context === "object" && context !== null && sealedContexts.has(context);
}

/**
 * A deep copy of plain data (objects, arrays, primitives), frozen; functions
 * are kept as they are. The check input and context are handed out this
 * way, so that no check can change what the workflow stores or what the
 * next check sees. It runs at every step, so it is plain loops: model data
 * is a few levels deep, and below {@link MAX_COPY_DEPTH} (a cycle, not
 * data) the rest is handed out as it is rather than looping forever.
 */
function frozenCopy<T>(value: T, depth = 0): T {
  if (typeof value !== "object" || value === null || depth > MAX_COPY_DEPTH) return value;
  if (Array.isArray(value)) {
    // Most lists of a post are empty (media, links, hashtags): one frozen empty list serves them all.
    if (value.length === 0) return EMPTY_LIST as T;
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) copy.push(frozenCopy(value[index] as unknown, depth + 1));
    return Object.freeze(copy) as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = frozenCopy((value as Record<string, unknown>)[key], depth + 1);
    // Assigning "__proto__" would set the prototype: that one key is defined.
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return Object.freeze(copy) as T;
}

const MAX_COPY_DEPTH = 32;
const EMPTY_LIST: readonly unknown[] = Object.freeze([]);
