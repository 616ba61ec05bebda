import { isFieldCondition, isWellFormedText } from "@kommune-sm/core";
import { jsonPathLiteral, jsonTextExpression, typeExpression, valueExpression, hasWideCodeUnit } from "./json-field.js";

/** A piece of SQL and the values bound to its `?`s, in order. */
export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * A filter translated to SQL. `exact` is true when `sql` selects exactly the
 * entities that core's `matchesFilter` accepts; otherwise `sql` selects a
 * superset (the conditions that could not be translated are left out) and
 * the caller filters the rows again in JavaScript.
 */
export interface TranslatedFilter extends SqlFragment {
  readonly exact: boolean;
}

const RANGE_OPERATORS = { lt: "<", lte: "<=", gt: ">", gte: ">=" } as const;
type RangeKey = keyof typeof RANGE_OPERATORS;

/**
 * Translates core's `Filter` (the `where` of a list) into an SQL condition on
 * the `document` column, exactly where SQLite computes what core's
 * `matchesFilter` computes. Left to JavaScript (the translation is then not
 * exact) are:
 * - fields whose name a JSON path cannot address exactly (see `jsonPathLiteral`);
 * - comparisons (`lt`, `gte`, ...) with a string whose UTF-16 code units
 *   reach 0xD800 or beyond: SQLite compares UTF-8 bytes, core compares UTF-16
 *   code units, and the two orders differ only there;
 * - equality with text that holds a lone surrogate (a string, or inside an
 *   object): Node converts such bound text to UTF-8 differently from one
 *   version to the next (Node 20 as the bytes ED B0 80, which is what SQLite
 *   decodes the stored JSON escape to; Node 24 as U+FFFD, which would find
 *   "x\ufffd" by "x\udc00" and never the value itself);
 * - comparisons with NaN or ±Infinity, with values JSON cannot hold (bigint,
 *   functions, objects whose `toJSON` gives nothing) and `missing` or `in`
 *   given values of the wrong type: core's answers there follow from
 *   JavaScript's coercions, not from a rule worth copying into SQL.
 *
 * Mixed types are exact in SQL: core's `compare()` orders two numbers
 * numerically and anything else by its text (a string itself, other values
 * their JSON text, so `5` against `"10"` compares `"5"` with `"10"`). SQLite
 * cannot compare across storage classes that way, so each comparison is split
 * by what {@link valueExpression} holds: a number (numerically, or by its JSON
 * text), or text. The split is written so that one index range still covers
 * the common case (see each branch).
 */
export function translateFilter(where: object | undefined): TranslatedFilter {
  const parts: string[] = [];
  const params: unknown[] = [];
  let exact = true;
  if (where) {
    for (const [field, expected] of Object.entries(where)) {
      if (expected === undefined) continue;
      const fragment = translateField(field, expected);
      if (!fragment) {
        exact = false;
        continue;
      }
      parts.push(fragment.sql);
      params.push(...fragment.params);
    }
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(""), params, exact };
}

function translateField(field: string, expected: unknown): SqlFragment | undefined {
  const path = jsonPathLiteral(field);
  if (!path) return undefined;
  const value = valueExpression(path);
  if (!isFieldCondition(expected)) return equality(path, value, expected);

  const parts: SqlFragment[] = [];
  if (expected.missing !== undefined) {
    if (typeof expected.missing !== "boolean") return undefined;
    parts.push({ sql: `${value} IS ${expected.missing ? "" : "NOT "}NULL`, params: [] });
  }
  if (expected.eq !== undefined) {
    const fragment = equality(path, value, expected.eq);
    if (!fragment) return undefined;
    parts.push(fragment);
  }
  if (expected.in !== undefined) {
    if (!Array.isArray(expected.in)) return undefined;
    const alternatives: SqlFragment[] = [];
    let translatable = true;
    // forEach, like core's `some`, skips the holes of a sparse array.
    expected.in.forEach((candidate: unknown) => {
      const fragment = equality(path, value, candidate);
      if (fragment) alternatives.push(fragment);
      else translatable = false;
    });
    if (!translatable) return undefined;
    parts.push(alternatives.length === 0 ? { sql: "0", params: [] } : join(alternatives, " OR "));
  }
  for (const key of Object.keys(RANGE_OPERATORS) as RangeKey[]) {
    if (expected[key] === undefined) continue;
    const fragment = range(path, value, RANGE_OPERATORS[key], expected[key]);
    if (!fragment) return undefined;
    parts.push(fragment);
  }
  return parts.length === 0 ? { sql: "1", params: [] } : join(parts, " AND ");
}

function join(parts: readonly SqlFragment[], operator: string): SqlFragment {
  return { sql: `(${parts.map((part) => part.sql).join(operator)})`, params: parts.flatMap((part) => part.params) };
}

/** Core's `equal(actual, expected)`: `===`, or the same JSON text when both are objects. */
function equality(path: string, value: string, expected: unknown): SqlFragment | undefined {
  const type = typeExpression(path);
  switch (typeof expected) {
    case "undefined":
      // Only inside `in`: `undefined` equals a missing field.
      return { sql: `${value} IS NULL`, params: [] };
    case "boolean":
      return { sql: `${type} = '${String(expected)}'`, params: [] };
    case "number":
      // NaN equals nothing, and JSON cannot hold ±Infinity.
      if (!Number.isFinite(expected)) return { sql: "0", params: [] };
      // The value expression is numeric only for numbers, and a number never equals text in SQLite.
      return { sql: `${value} = ?`, params: [expected] };
    case "string": {
      if (!isWellFormedText(expected)) return undefined;
      // The value expression is text for strings, but also for true, false,
      // null and objects ('true', '{"a":1}'); only a string that looks like
      // one of those needs the type checked (which costs a parse of the row).
      return { sql: looksLikeJsonText(expected) ? `(${value} = ? AND ${type} = 'text')` : `${value} = ?`, params: [expected] };
    }
    case "object": {
      if (expected === null) return { sql: `${type} = 'null'`, params: [] };
      const text = jsonText(expected);
      if (text === undefined) return undefined;
      if (text === null) return { sql: "0", params: [] };
      // JSON.stringify writes a lone surrogate as an escape (\udc00), SQLite's json() not.
      if (LONE_SURROGATE_ESCAPE.test(text)) return undefined;
      return { sql: `(${value} = ? AND ${type} IN ('object', 'array'))`, params: [text] };
    }
    default:
      return undefined;
  }
}

/** A `\uXXXX` escape of a surrogate in JSON text (JSON.stringify escapes lone ones only); may also match an escaped backslash before "ud8", which only costs the SQL shortcut. */
const LONE_SURROGATE_ESCAPE = /\\u[dD][89abcdefABCDEF]/;

/** Whether a string equals what valueExpression gives for a non-string (`true`, `null`, an object's JSON text). */
export function looksLikeJsonText(text: string): boolean {
  return text === "true" || text === "false" || text === "null" || text.startsWith("{") || text.startsWith("[");
}

/** JSON text of a filter value; undefined if JSON.stringify throws, null if it gives nothing. */
function jsonText(value: unknown): string | null | undefined {
  try {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? null : text;
  } catch {
    return undefined;
  }
}

/** Core's `actual !== undefined && compare(actual, bound) <op> 0`. */
function range(path: string, value: string, operator: string, bound: unknown): SqlFragment | undefined {
  if (typeof bound === "number") {
    if (!Number.isFinite(bound)) return undefined;
    // Numbers compare numerically; every other value compares its text with
    // the number's JSON text (ASCII, so byte order is code-unit order).
    const boundText = JSON.stringify(bound);
    if (operator[0] === "<") {
      // One index range up to the bound's text: every number is below any text.
      return { sql: `(${value} ${operator} ? AND (${value} >= '' OR ${value} ${operator} ?))`, params: [boundText, bound] };
    }
    // One index range from the number up: all text lies above every number.
    return { sql: `(${value} ${operator} ? AND (${value} < '' OR ${value} ${operator} ?))`, params: [bound, boundText] };
  }
  // Against anything but a number, core compares texts: a string itself,
  // other values their JSON text; so does SQLite, once a stored number is
  // replaced by its JSON text (the `< ''` branch: numbers sort below text).
  const boundText = typeof bound === "string" ? bound : typeof bound === "object" || typeof bound === "boolean" ? jsonText(bound) : undefined;
  if (typeof boundText !== "string" || hasWideCodeUnit(boundText)) return undefined;
  const numberText = jsonTextExpression(path);
  if (operator[0] === "<") {
    return { sql: `(${value} ${operator} ? AND (${value} >= '' OR ${numberText} ${operator} ?))`, params: [boundText, boundText] };
  }
  return { sql: `(${value} ${operator} ? OR (${value} < '' AND ${numberText} ${operator} ?))`, params: [boundText, boundText] };
}
