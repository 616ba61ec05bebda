import { describe, expect, it } from "vitest";
import { foldText } from "./folded-text.js";
import { tokenize } from "./tokenize.js";

const tokens = (text: string) => tokenize(foldText(text)).map((token) => [token.kind, token.text, token.sentence] as const);

describe("tokenize", () => {
  it("keeps words (hyphenated ones joined), emoji, punctuation and line breaks, with their sentences", () => {
    expect(tokens("Drecks-Verwaltung!!! Danke 👍🏽\nOk.")).toEqual([
      ["word", "drecksverwaltung", 0],
      ["punct", "!!!", 0],
      ["word", "danke", 1],
      ["emoji", "👍", 1],
      ["break", "\n", 1],
      ["word", "ok", 2],
      ["punct", ".", 2],
    ]);
  });

  it("does not end a sentence at a dot inside a number or a web address", () => {
    expect(tokens("Das kostet 2.50 Euro, siehe musterstadt.de heute").every(([, , sentence]) => sentence === 0)).toBe(true);
    expect(tokens("Fertig. Danke").map(([, , sentence]) => sentence)).toEqual([0, 0, 1]);
  });

  it("gives the parts of a hyphenated word", () => {
    const [word] = tokenize(foldText("Kita-Portal"));
    expect(word?.parts).toEqual(["kita", "portal"]);
  });
});
