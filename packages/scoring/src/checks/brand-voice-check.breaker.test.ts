import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brandVoiceCheck } from "./brand-voice-check.js";
import { contextWith, postInput, strategy } from "./check-test-support.js";

/*
 * A word to avoid is found where a text writes it as the list does, and its
 * finding offers the list's replacement, whatever the letters: the pattern
 * ignores case by Unicode's case folding, which is not lowering ("İ" lowers
 * to two characters, "ſ" is its own lower case but folds to "s").
 */

const check = brandVoiceCheck();
const findingsFor = (wordsToAvoid: { word: string; instead?: string }[], text: string) =>
  check.run(postInput({ text }), contextWith({ strategies: [strategy({ brandVoice: { tonality: [], wordsToAvoid } })] }));

describe("the brand-voice check on words beyond lowering", () => {
  it("finds a word to avoid with a capital İ where the text writes it so", () => {
    const findings = findingsFor([{ word: "İnfo-Abend", instead: "Infoabend" }], "Kommen Sie zum İnfo-Abend!");
    expect(findings.map((f) => [f.code, f.location?.start, f.location?.end, f.suggestion?.replacement])).toEqual([["avoid-word", 15, 25, "Infoabend"]]);
  });

  it("offers the replacement of the word a match is a form of, also with a long s", () => {
    const [finding] = findingsFor([{ word: "Bescheid", instead: "Brief" }], "Ihr Beſcheid kommt per Post.");
    expect(finding?.location).toMatchObject({ start: 4, end: 12 });
    expect(finding?.suggestion?.replacement).toBe("Brief");
  });

  it("finds any word of the list where a text writes it as listed, with its replacement", () => {
    const piece = fc.constantFrom("İ", "i̇", "ſ", "s", "S", "\u212A", "k", "ẞ", "ß", "SS", "Σ", "ς", "σ", "ﬁ", "µ", "\u212B", "å", "ǅ", "Info", "ABEND", "amt", "-", ".", "(", "$", "\\", "1", "ä", "Ä");
    const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(word, (written) => {
        const text = `Heute ${written} hier`;
        const findings = findingsFor([{ word: written, instead: "Ersatz" }], text);
        const there = findings.find((f) => f.location?.start === 6);
        expect(there?.location?.end).toBe(6 + written.length);
        expect(there?.suggestion?.replacement).toBe("Ersatz");
      }),
      { numRuns: 3_000 },
    );
  });
});
