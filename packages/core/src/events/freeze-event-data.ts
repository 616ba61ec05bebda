import { CoreError } from "../errors/core-errors.js";

// Levels walked by plain recursion before the walk switches to one that keeps
// a set of what it has seen. Event data is a few levels deep; the set (one
// allocation per object) is only paid by data nested deeper than this, or
// with a cycle, which the plain recursion would follow forever.
const RECURSION_LEVELS = 32;

/**
 * Freezes `data` and every object and array reachable from it, so that a
 * listener cannot change what the listeners after it, and the caller, see.
 *
 * Walks into objects that are frozen already (unlike the internal
 * `deepFreeze`, which stops there): a caller's own `Object.freeze` is
 * shallow, and an array inside it would stay writable. So this costs a walk
 * over the data on every emit; for the few fields of an event that is a few
 * dozen nanoseconds.
 *
 * @throws {CoreError} `CORE_INVALID_ARGUMENT` naming the path of a value that
 * cannot be frozen (a typed array or Buffer with contents); nothing is frozen
 * beyond what had been reached.
 */
export function freezeEventData(type: string, data: unknown): void {
  if (typeof data !== "object" || data === null) return;
  try {
    freezeLevels(data, 0);
  } catch (error) {
    throw new CoreError(
      "CORE_INVALID_ARGUMENT",
      `emit("${type}"): \`${pathOfUnfreezable(data)}\` cannot be frozen; event data must be JSON: plain objects, arrays, strings, numbers, booleans and null.`,
      { cause: error },
    );
  }
}

function freezeLevels(value: object, level: number): void {
  if (level === RECURSION_LEVELS) {
    freezeReachable(value);
    return;
  }
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const member: unknown = value[index];
      if (typeof member === "object" && member !== null) freezeLevels(member, level + 1);
    }
    return;
  }
  // for…in rather than Object.values: it allocates no array on V8's fast path.
  // Data objects are plain, so nothing enumerable is inherited.
  for (const key in value) {
    const member: unknown = (value as Record<string, unknown>)[key];
    if (typeof member === "object" && member !== null) freezeLevels(member, level + 1);
  }
}

/** Without recursion and with a set of what was seen: any depth, cycles too. */
function freezeReachable(root: object): void {
  const seen = new Set<object>();
  const todo: object[] = [root];
  for (let value = todo.pop(); value !== undefined; value = todo.pop()) {
    if (seen.has(value)) continue;
    seen.add(value);
    Object.freeze(value);
    for (const member of Object.values(value) as unknown[]) {
      if (typeof member === "object" && member !== null) todo.push(member);
    }
  }
}

/** Where in `data` the first value is that cannot be frozen (or read), e.g. `data.photos[0].bytes`. */
function pathOfUnfreezable(data: object): string {
  const seen = new Set<object>();
  const todo: [object, string][] = [[data, "data"]];
  for (let next = todo.shift(); next !== undefined; next = todo.shift()) {
    const [value, path] = next;
    if (seen.has(value)) continue;
    seen.add(value);
    let entries: [string, unknown][];
    try {
      Object.freeze(value);
      entries = Object.entries(value);
    } catch {
      return path;
    }
    for (const [key, member] of entries) {
      if (typeof member === "object" && member !== null) todo.push([member, `${path}${pathStep(value, key)}`]);
    }
  }
  return "data";
}

function pathStep(parent: object, key: string): string {
  if (Array.isArray(parent)) return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
