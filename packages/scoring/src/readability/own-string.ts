/**
 * V8 cuts a piece of this many code units or more out of a string as a view
 * of the whole string; shorter pieces are copies. A cache that keeps such a
 * view keeps the whole text alive (a megabyte post for one word of it).
 */
const SHORTEST_VIEW = 13;

/**
 * `text.slice(start, end)`, whose code units are `units[from … from + end −
 * start)`, as a string of its own: no view of `text`, so that keeping it
 * keeps nothing else. Meant for words (a call passes every unit as an
 * argument).
 */
export function ownSlice(units: Uint16Array, from: number, text: string, start: number, end: number): string {
  if (end - start < SHORTEST_VIEW) return text.slice(start, end);
  return String.fromCharCode.apply(null, units.subarray(from, from + end - start) as unknown as number[]);
}
