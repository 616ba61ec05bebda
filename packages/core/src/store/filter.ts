/** Comparison on one field of a stored entity. */
export interface FieldCondition<V> {
  /** Equal to this value (objects and arrays compare by content). */
  readonly eq?: V;
  /** Equal to one of these values. */
  readonly in?: readonly V[];
  /** Less than this value; a missing field never matches. */
  readonly lt?: V;
  /** Less than or equal to this value; a missing field never matches. */
  readonly lte?: V;
  /** Greater than this value; a missing field never matches. */
  readonly gt?: V;
  /** Greater than or equal to this value; a missing field never matches. */
  readonly gte?: V;
  /** `true`: the field is missing or undefined; `false`: it is present. */
  readonly missing?: boolean;
}

/**
 * A filter over the top-level fields of an entity: each field either equals a
 * value or meets a {@link FieldCondition}; all fields must match. Strings and
 * instants (ISO strings) compare by code unit, numbers numerically.
 *
 * @example
 * ```ts
 * await tenant.posts.list({ where: { state: { in: ["approved", "scheduled"] }, scheduledAt: { lte: now } } });
 * ```
 */
export type Filter<T> = { readonly [K in keyof T]?: T[K] | FieldCondition<NonNullable<T[K]>> };

/** Options of a list query. */
export interface ListOptions<T> {
  /** Only entities that match; default all. */
  readonly where?: Filter<T>;
  /** Field to sort by, ascending unless `direction` is `"desc"`; ties keep id order. Default: by id. */
  readonly orderBy?: Extract<keyof T, string>;
  /** Sort order; default `"asc"`. */
  readonly direction?: "asc" | "desc";
  /** At most this many entities; default no limit. */
  readonly limit?: number;
  /** Skip this many matching entities first, for paging; default 0. */
  readonly offset?: number;
}

const conditionKeys = new Set(["eq", "in", "lt", "lte", "gt", "gte", "missing"]);

/**
 * True if a value in a `where` is a {@link FieldCondition} (`{ gte: 3 }`),
 * not a value to compare with. For store implementations that translate
 * filters, so that they read a `where` exactly as core does.
 */
export function isFieldCondition(value: unknown): value is FieldCondition<unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => conditionKeys.has(key));
}

/** True if `entity` matches `filter`. Store implementations that filter in JavaScript use this, so all behave alike. */
export function matchesFilter<T extends object>(entity: T, filter: Filter<T> | undefined): boolean {
  if (!filter) return true;
  for (const [field, expected] of Object.entries(filter)) {
    if (expected === undefined) continue;
    const actual = (entity as Record<string, unknown>)[field];
    if (isFieldCondition(expected)) {
      if (!meets(actual, expected)) return false;
    } else if (!equal(actual, expected)) {
      return false;
    }
  }
  return true;
}

function meets(actual: unknown, c: FieldCondition<unknown>): boolean {
  if (c.missing !== undefined && (actual === undefined) !== c.missing) return false;
  if (c.eq !== undefined && !equal(actual, c.eq)) return false;
  if (c.in !== undefined && !c.in.some((v) => equal(actual, v))) return false;
  if (c.lt !== undefined && !(actual !== undefined && compare(actual, c.lt) < 0)) return false;
  if (c.lte !== undefined && !(actual !== undefined && compare(actual, c.lte) <= 0)) return false;
  if (c.gt !== undefined && !(actual !== undefined && compare(actual, c.gt) > 0)) return false;
  if (c.gte !== undefined && !(actual !== undefined && compare(actual, c.gte) >= 0)) return false;
  return true;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Total order used for filters and sorting: undefined first, then numbers, then strings. */
export function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = typeof a === "string" ? a : JSON.stringify(a);
  const sb = typeof b === "string" ? b : JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Applies `where`, `orderBy`, `offset` and `limit` to entities in JavaScript. */
export function applyListOptions<
  T extends {
    /** Ties in the sort order are broken by id. */
    id: string;
  },
>(entities: Iterable<T>, options: ListOptions<T> = {}): T[] {
  const matched = [...entities].filter((entity) => matchesFilter(entity, options.where));
  const field = options.orderBy;
  const sign = options.direction === "desc" ? -1 : 1;
  matched.sort((a, b) => {
    const byField = field ? compare(a[field], b[field]) : 0;
    return byField !== 0 ? sign * byField : sign * compare(a.id, b.id);
  });
  const offset = options.offset ?? 0;
  return matched.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
}
