/*
 * Mastodon's id paging (`paginate_by_id`) and its Link header:
 * - `max_id`: only ids below it; `since_id`: only ids above it;
 * - `min_id`: the ids *immediately* above it, i.e. the oldest `limit` ones
 *   after it, still answered newest first;
 * - otherwise the newest `limit`.
 * `rel="next"` (older: `max_id` = the last id) is sent when the page is
 * full, `rel="prev"` (newer: `min_id` = the first id) when it is not empty.
 */

/** Ids compared as numbers: Snowflakes exceed 2^53, so as BigInt. */
export const compareIds = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

const isId = (value: string | null): value is string => value !== null && /^\d+$/.test(value);

/** The limit a request asks for: its `limit`, else `fallback`, at most `max` (Mastodon clamps, it does not refuse). */
export function limitOf(query: URLSearchParams, fallback: number, max: number): number {
  const asked = Number.parseInt(query.get("limit") ?? "", 10);
  return Number.isFinite(asked) && asked > 0 ? Math.min(asked, max) : fallback;
}

/** One page of `items` (any order) by `max_id`, `since_id` and `min_id`, newest first. */
export function pageById<T extends { readonly id: string }>(items: readonly T[], query: URLSearchParams, limit: number): T[] {
  const maxId = query.get("max_id");
  const sinceId = query.get("since_id");
  const minId = query.get("min_id");
  let candidates = [...items].sort((a, b) => compareIds(b.id, a.id));
  if (isId(maxId)) candidates = candidates.filter((item) => compareIds(item.id, maxId) < 0);
  if (isId(sinceId)) candidates = candidates.filter((item) => compareIds(item.id, sinceId) > 0);
  if (isId(minId)) {
    const newer = candidates.filter((item) => compareIds(item.id, minId) > 0);
    return newer.slice(-limit);
  }
  return candidates.slice(0, limit);
}

/**
 * The Link header of a page, or undefined when it has neither link.
 * `keep` are the request's parameters that the links repeat (filters and
 * `limit`), `base` the absolute URL of the list.
 */
export function linkHeader(base: string, keep: URLSearchParams, page: readonly { readonly id: string }[], limit: number): string | undefined {
  const links: string[] = [];
  const link = (name: "max_id" | "min_id", id: string, rel: string) => {
    const params = new URLSearchParams(keep);
    params.set(name, id);
    links.push(`<${base}?${params.toString()}>; rel="${rel}"`);
  };
  const last = page.at(-1);
  const first = page[0];
  if (last !== undefined && page.length === limit) link("max_id", last.id, "next");
  if (first !== undefined) link("min_id", first.id, "prev");
  return links.length > 0 ? links.join(", ") : undefined;
}

/** The parameters of `query` that paging links repeat: all but the cursors. */
export function keptParams(query: URLSearchParams, names: readonly string[]): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of query) if (names.includes(name)) kept.append(name, value);
  return kept;
}
