import { describe, expect, it } from "vitest";
import { HOSTILE_LENGTH, randomText, repeat } from "../test-support/hostile-text.js";
import { findPersonalData } from "./create-personal-data-finder.js";

const LENGTH = HOSTILE_LENGTH;

// Inputs built to make a backtracking matcher take quadratic or exponential
// time: long runs that almost match and fail at the very end.
const HOSTILE: readonly [string, string][] = [
  ["digits, spaces and dashes", randomText(["0", "1", "5", "9", " ", "-", "/"], 7)],
  ["digits and spaces", repeat("0 ")],
  ["digits and dashes", repeat("0-")],
  ["plus and digits", repeat("+49 ")],
  ["parentheses", repeat("(0")],
  ["a@a@a@", repeat("a@")],
  ["one long name before @", `${"a".repeat(LENGTH - "@example.".length)}@example.`],
  ["one long domain", `a@${repeat("a.").slice(0, LENGTH - 2)}`],
  ["dots around @", repeat(".@.")],
  ["IBAN starts", repeat("DE89 ")],
  ["IBAN groups", `DE89${repeat(" 1234").slice(0, LENGTH - 4)}`],
  ["street words", repeat("straße ")],
  ["prefix streets", repeat("Am Markt ")],
  ["letters then a street ending", `${"a".repeat(LENGTH - "straße 5".length)}straße 5`],
  ["birth words and dates", repeat("geb. 12.03.")],
  ["plate starts", repeat("TÜ-AB ")],
  ["mixed", randomText(["0", "1", " ", "-", "@", ".", "a", "D", "E", "8", "Am ", "straße", "geb. ", "TÜ-", "+", "(", ")"], 11)],
];

describe("findPersonalData on hostile input", () => {
  it.each(HOSTILE)("reads 100,000 characters of %s in well under a second", (_name, text) => {
    expect(text.length).toBe(LENGTH);
    findPersonalData(text.slice(0, 1000)); // warm up the engine
    const started = performance.now();
    const found = findPersonalData(text);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.text);
  });
});
