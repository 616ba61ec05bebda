import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinClitics } from "./join-clitics.js";
import { prepareText } from "./triage-text.js";

const words = (text: string): string[] => joinClitics(prepareText(text)).tokens.filter((token) => token.kind === "word").map((token) => token.text);

describe("joinClitics", () => {
  it("reads a clitic 's as part of its word, with any apostrophe", () => {
    expect(words("Gibt's noch Karten?")).toEqual(["gibts", "noch", "karten"]);
    expect(words("Geht’s noch")).toEqual(["gehts", "noch"]);
    expect(words("Wie man's macht")).toEqual(["wie", "mans", "macht"]);
  });

  it("joins nothing across spaces or for other letters after the apostrophe", () => {
    expect(words("Gibt 's noch")).toEqual(["gibt", "s", "noch"]);
    expect(words("Gibt' s noch")).toEqual(["gibt", "s", "noch"]);
    expect(words("Rock'n'Roll")).toEqual(["rock", "n", "roll"]);
  });

  it("returns the text itself when it has no clitic", () => {
    const text = prepareText("Wann kommt die Tonne?");
    expect(joinClitics(text)).toBe(text);
  });

  it("keeps the joined token pointing into the comment", () => {
    const text = prepareText("Hallo, gibt's da was?");
    const joined = joinClitics(text).tokens.find((token) => token.text === "gibts")!;
    expect(text.folded.folded.slice(joined.start, joined.end)).toBe("gibt's");
  });

  it("keeps tokens in order, sentences unchanged and ids in step with the tokens, for any text", () => {
    const piece = fc.constantFrom("Gibt", "'s", "’s", "'", "s", " ", "geht", "!", "?", ".", "\n", "😂", "ä", "-");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join("")), (comment) => {
        const text = prepareText(comment);
        const joined = joinClitics(text);
        expect(joined.ids.length).toBe(joined.tokens.length);
        expect(joined.tokens.length).toBeLessThanOrEqual(text.tokens.length);
        for (let at = 1; at < joined.tokens.length; at++) {
          expect(joined.tokens[at]!.start).toBeGreaterThanOrEqual(joined.tokens[at - 1]!.end);
          expect(joined.tokens[at]!.sentence).toBeGreaterThanOrEqual(joined.tokens[at - 1]!.sentence);
        }
        expect(joined.tokens.at(-1)?.sentence).toBe(text.tokens.at(-1)?.sentence);
      }),
      { numRuns: 500 },
    );
  });
});
