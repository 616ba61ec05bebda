/**
 * A value that JSON can hold: what `data` of an audit entry may contain. Numbers
 * are finite; objects are plain objects with string keys.
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Why a value is not a {@link JsonValue}; `path` leads to the offending part. */
export interface JsonProblem {
  readonly kind: "undefined" | "function" | "bigint" | "symbol" | "non-finite" | "class-instance" | "lone-surrogate" | "cycle" | "too-deep";
  readonly path: readonly (string | number)[];
  /** The offending number or class name, where there is one (`"NaN"`, `"Date"`). */
  readonly detail: string;
}

/** Nesting deeper than this is refused: the check walks values recursively, and an audit detail has no need of it. */
export const MAX_JSON_DEPTH = 64;

// A lone half of a UTF-16 surrogate pair has no UTF-8 form: RFC 8785 refuses it,
// so hashing would throw long after the value was accepted.
const loneSurrogate = /\p{Cs}/u;
const anySurrogate = /[\ud800-\udfff]/;

/** True if `text` contains a lone UTF-16 surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  // Most texts have no surrogate at all; the plain class answers that
  // without the Unicode-aware scan.
  return anySurrogate.test(text) && loneSurrogate.test(text);
}

/**
 * Checks `value` and returns a deep copy that is exactly what JSON would keep:
 * object members that are `undefined` are dropped (as `JSON.stringify` does) and
 * `-0` becomes `0`. The copy is taken so that a caller who changes its object
 * afterwards cannot change what was hashed.
 *
 * Own `__proto__` keys (as `JSON.parse` makes them) are kept as data, which a
 * zod record would silently drop.
 */
export function readJsonValue(value: unknown): { readonly ok: true; readonly value: JsonValue } | { readonly ok: false; readonly problem: JsonProblem } {
  const path: (string | number)[] = [];
  const open = new Set<object>();
  let problem: JsonProblem | undefined;

  const fail = (kind: JsonProblem["kind"], detail = ""): undefined => {
    problem = { kind, path: [...path], detail };
    return undefined;
  };

  const read = (current: unknown, depth: number): JsonValue | undefined => {
    switch (typeof current) {
      case "string":
        return hasLoneSurrogate(current) ? fail("lone-surrogate") : current;
      case "boolean":
        return current;
      case "number":
        if (!Number.isFinite(current)) return fail("non-finite", String(current));
        return current === 0 ? 0 : current;
      case "object":
        break;
      default:
        return fail(typeof current as "undefined" | "function" | "bigint" | "symbol");
    }
    if (current === null) return null;
    if (depth >= MAX_JSON_DEPTH) return fail("too-deep", String(MAX_JSON_DEPTH));
    if (open.has(current)) return fail("cycle");
    open.add(current);
    try {
      if (Array.isArray(current)) {
        const copy: JsonValue[] = [];
        for (let index = 0; index < current.length; index++) {
          path.push(index);
          // A hole or undefined in an array would silently become null in JSON.
          const element = index in current ? (current[index] as unknown) : undefined;
          const item = element === undefined ? fail("undefined") : read(element, depth + 1);
          path.pop();
          if (item === undefined) return undefined;
          copy.push(item);
        }
        return copy;
      }
      const prototype = Object.getPrototypeOf(current) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return fail("class-instance", className(current));
      const copy: Record<string, JsonValue> = {};
      for (const [key, member] of Object.entries(current)) {
        if (member === undefined) continue;
        path.push(key);
        const item = hasLoneSurrogate(key) ? fail("lone-surrogate") : read(member, depth + 1);
        path.pop();
        if (item === undefined) return undefined;
        // defineProperty keeps an own "__proto__" key as data instead of setting
        // the prototype; every other key is assigned, which keeps the copy a
        // fast-properties object.
        if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
        else copy[key] = item;
      }
      return copy;
    } finally {
      open.delete(current);
    }
  };

  const copy = read(value, 0);
  return copy === undefined ? { ok: false, problem: problem ?? { kind: "undefined", path: [], detail: "" } } : { ok: true, value: copy };
}

function className(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name ? name : "?";
}
