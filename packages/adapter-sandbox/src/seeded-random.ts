/**
 * A tiny seeded pseudo-random generator for the simulated audience and the
 * fault schedule. Written by hand on purpose: the sandbox needs numbers that
 * are the same on every machine, Node version and run for the same seed, and
 * nothing more (no cryptographic quality, no distributions library). Only
 * 32-bit integer arithmetic (`Math.imul`, shifts) is used, which JavaScript
 * defines exactly, so the sequence never depends on the platform.
 */

/** A deterministic source of numbers; the same seed gives the same sequence. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A normally distributed number (mean 0, standard deviation 1), by Box–Muller. */
  normal(): number;
}

/**
 * FNV-1a (32 bit) over the parts, separated so that `("ab", "c")` and
 * `("a", "bc")` differ. Used to turn a seed and the features of a post into
 * the start state of a {@link SeededRandom}, and for short stable ids.
 */
export function hashParts(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = `${typeof part}:${String(part)}\u0000`;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}

/**
 * A generator started from the hash of `parts` (mulberry32: one 32-bit state,
 * full period of 2^32, good enough to make a simulation look random).
 *
 * @example
 * ```ts
 * const random = createSeededRandom("musterstadt", "post-1");
 * random.integer(1, 6); // the same on every run
 * ```
 */
export function createSeededRandom(...parts: readonly (string | number)[]): SeededRandom {
  let state = hashParts(...parts);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick needs at least one item");
      return items[Math.floor(next() * items.length)] as T;
    },
    normal() {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/** `value` as a fixed-width base-36 string: short, stable ids that sort like the number. */
export function toBase36(value: number, width: number): string {
  return Math.floor(value).toString(36).padStart(width, "0");
}
