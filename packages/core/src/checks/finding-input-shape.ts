import { isWellFormedText } from "../validation/well-formed-text.js";
import { FINDING_FIELDS } from "../model/finding.js";

// A hand-written test of what run-checks' zod schema accepts, for the common
// case: the checks of one post report a few findings each, and the zod parse
// of each cost more than the checks themselves (about 5 µs a finding). It
// answers "certainly valid" or "look closer"; only the second goes to zod,
// which then gives the precise message. It must never call something valid
// that the schema refuses — the property test in run-checks.test.ts holds it
// to that.

const CODE = /^[a-z][a-z0-9-]{0,63}$/;
const FIELDS: ReadonlySet<string> = new Set(FINDING_FIELDS);
const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "hint"]);

function isText(value: unknown, min: number, max: number): boolean {
  return typeof value === "string" && value.length >= min && value.length <= max && isWellFormedText(value);
}

function isLocalized(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { de, en } = value as { de?: unknown; en?: unknown };
  return isText(de, 1, 2_000) && isText(en, 1, 2_000);
}

function isIndex(value: unknown, max = Number.MAX_SAFE_INTEGER): boolean {
  return value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max);
}

/** True only for a finding input the schema certainly accepts: plain objects with exactly the known fields. */
export function isPlainFindingInput(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const finding = value as Record<string, unknown>;
  for (const key in finding) if (key !== "code" && key !== "severity" && key !== "message" && key !== "location" && key !== "suggestion" && key !== "values") return false;
  if (typeof finding["code"] !== "string" || !CODE.test(finding["code"])) return false;
  if (typeof finding["severity"] !== "string" || !SEVERITIES.has(finding["severity"])) return false;
  if (!isLocalized(finding["message"])) return false;
  const location = finding["location"];
  if (location !== undefined) {
    if (typeof location !== "object" || location === null || Object.getPrototypeOf(location) !== Object.prototype) return false;
    const { field, channelId, index, start, end } = location as Record<string, unknown>;
    for (const key in location) if (key !== "field" && key !== "channelId" && key !== "index" && key !== "start" && key !== "end") return false;
    if (typeof field !== "string" || !FIELDS.has(field)) return false;
    if (channelId !== undefined && !(typeof channelId === "string" && channelId.length >= 1 && channelId.length <= 200)) return false;
    if (!isIndex(index, 1_000) || !isIndex(start) || !isIndex(end)) return false;
  }
  const suggestion = finding["suggestion"];
  if (suggestion !== undefined) {
    if (typeof suggestion !== "object" || suggestion === null || Object.getPrototypeOf(suggestion) !== Object.prototype) return false;
    for (const key in suggestion) if (key !== "message" && key !== "replacement") return false;
    const { message, replacement } = suggestion as Record<string, unknown>;
    if (!isLocalized(message)) return false;
    if (replacement !== undefined && !isText(replacement, 0, 1_000)) return false;
  }
  const values = finding["values"];
  if (values !== undefined) {
    if (typeof values !== "object" || values === null || Object.getPrototypeOf(values) !== Object.prototype) return false;
    for (const key in values) {
      if (key.length > 64) return false;
      const entry = (values as Record<string, unknown>)[key];
      if (typeof entry === "string" ? entry.length > 500 : typeof entry === "number" ? !Number.isFinite(entry) : typeof entry !== "boolean") return false;
    }
  }
  return true;
}
