import type { JsonValue } from "./json-value.js";

/** One field that differs between two JSON objects: its dotted path and both values (absent on a side where it is missing). */
export interface ChangedField {
  /** The dotted path, e.g. `"settings.fourEyes.posts"`. */
  readonly path: string;
  /** The value before; absent if the field was missing. */
  readonly from?: JsonValue;
  /** The value after; absent if the field is missing now. */
  readonly to?: JsonValue;
}

const isRecord = (value: unknown): value is Record<string, JsonValue> => typeof value === "object" && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
  }
  return false;
};

/**
 * The leaves in which two JSON objects differ, in sorted path order: nested
 * objects are walked (`settings.fourEyes.posts`), arrays and other values
 * compared as a whole. For recording a change in the audit log field by
 * field, and for naming each changed field in a message.
 *
 * @example
 * ```ts
 * changedFields({ settings: { fourEyes: { posts: true } } }, { settings: { fourEyes: { posts: false } } });
 * // [{ path: "settings.fourEyes.posts", from: true, to: false }]
 * ```
 */
export function changedFields(from: Readonly<Record<string, JsonValue>>, to: Readonly<Record<string, JsonValue>>, prefix = ""): ChangedField[] {
  const changes: ChangedField[] = [];
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  for (const key of keys) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const before = Object.hasOwn(from, key) ? from[key] : undefined;
    const after = Object.hasOwn(to, key) ? to[key] : undefined;
    if (same(before, after)) continue;
    if (isRecord(before) && isRecord(after)) {
      changes.push(...changedFields(before, after, path));
    } else {
      changes.push({ path, ...(before === undefined ? {} : { from: before }), ...(after === undefined ? {} : { to: after }) });
    }
  }
  return changes;
}
