import { isWellFormedText } from "../validation/well-formed-text.js";
import { FINDING_FIELDS, FINDING_LIMITS } from "../model/finding.js";
import type { FindingInput } from "./check.js";

// A hand-written test of what run-checks' zod schema accepts, for the common
// case: the checks of one post report a few findings each, and the zod parse
// of each cost more than the checks themselves (about 5 µs a finding). It
// answers "certainly valid" (with a copy) or "look closer"; only the second
// goes to zod, which then gives the precise message. It must never call
// something valid that the schema refuses — the property test in
// finding-input-shape.test.ts holds it to that.
//
// It answers with a copy made of plain data, each property read once: what
// is stored must not be the check's own object, which the check could
// change later, or whose getters could answer differently (or throw) when
// the store reads them again.

const CODE = /^[a-z][a-z0-9-]{0,63}$/;
const FIELDS: ReadonlySet<string> = new Set(FINDING_FIELDS);
const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "hint"]);

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === "string" && value.length >= min && value.length <= max && isWellFormedText(value);
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function localized(value: unknown): { de: string; en: string } | undefined {
  if (!isPlain(value)) return undefined;
  const de = value["de"];
  const en = value["en"];
  return isText(de, 1, 2_000) && isText(en, 1, 2_000) ? { de, en } : undefined;
}

function isIndex(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number | undefined {
  return value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max);
}

/** True only for a finding input the schema certainly accepts: plain objects with exactly the known fields. */
export function isPlainFindingInput(value: unknown): boolean {
  return plainFindingInput(value) !== undefined;
}

/**
 * A copy of `value` if it is a finding input the schema certainly accepts
 * (plain objects with exactly the known fields), else undefined: look closer.
 */
export function plainFindingInput(value: unknown): FindingInput | undefined {
  if (!isPlain(value)) return undefined;
  for (const key in value) if (key !== "code" && key !== "severity" && key !== "message" && key !== "location" && key !== "suggestion" && key !== "values") return undefined;
  const code = value["code"];
  if (typeof code !== "string" || !CODE.test(code)) return undefined;
  const severity = value["severity"];
  if (typeof severity !== "string" || !SEVERITIES.has(severity)) return undefined;
  const message = localized(value["message"]);
  if (!message) return undefined;
  const copy: { -readonly [K in keyof FindingInput]: FindingInput[K] } = { code, severity: severity as FindingInput["severity"], message };
  const location = value["location"];
  if (location !== undefined) {
    if (!isPlain(location)) return undefined;
    for (const key in location) if (key !== "field" && key !== "channelId" && key !== "index" && key !== "start" && key !== "end") return undefined;
    const { field, channelId, index, start, end } = location;
    if (typeof field !== "string" || !FIELDS.has(field)) return undefined;
    if (channelId !== undefined && !(typeof channelId === "string" && channelId.length >= 1 && channelId.length <= 200)) return undefined;
    if (!isIndex(index, 1_000) || !isIndex(start) || !isIndex(end)) return undefined;
    // Keys added one by one rather than spread in: spreading small objects costs more than the rest of the test on Node 20.
    const place: { -readonly [K in keyof NonNullable<FindingInput["location"]>]: NonNullable<FindingInput["location"]>[K] } = {
      field: field as NonNullable<FindingInput["location"]>["field"],
    };
    if (channelId !== undefined) place.channelId = channelId;
    if (index !== undefined) place.index = index;
    if (start !== undefined) place.start = start;
    if (end !== undefined) place.end = end;
    copy.location = place;
  }
  const suggestion = value["suggestion"];
  if (suggestion !== undefined) {
    if (!isPlain(suggestion)) return undefined;
    for (const key in suggestion) if (key !== "message" && key !== "replacement") return undefined;
    const advice = localized(suggestion["message"]);
    if (!advice) return undefined;
    const replacement = suggestion["replacement"];
    if (replacement !== undefined && !isText(replacement, 0, 1_000)) return undefined;
    copy.suggestion = replacement === undefined ? { message: advice } : { message: advice, replacement };
  }
  const values = value["values"];
  if (values !== undefined) {
    if (!isPlain(values)) return undefined;
    const kept: Record<string, string | number | boolean> = {};
    let count = 0;
    for (const key in values) {
      if (count === FINDING_LIMITS.values || !isText(key, 0, 64)) return undefined;
      const entry = values[key];
      if (typeof entry === "string" ? !isText(entry, 0, 500) : typeof entry === "number" ? !Number.isFinite(entry) : typeof entry !== "boolean") return undefined;
      // Defined, not assigned, for a key named "__proto__": it stays a value and does not become the prototype.
      if (key === "__proto__") Object.defineProperty(kept, key, { value: entry, enumerable: true, writable: true, configurable: true });
      else kept[key] = entry as string | number | boolean;
      count++;
    }
    copy.values = kept;
  }
  return copy;
}
