import { describe, expect, it } from "vitest";
import { foldForLexicon, THREAT_PATTERNS } from "../lexicons/index.js";
import { requiredLiterals } from "./required-literals.js";

describe("requiredLiterals", () => {
  it.each([
    ["bring\\s+dich\\s+um", ["bring"]],
    ["(?:ich|wir)\\s+(?:werde|will)\\s+(?:umbringen|toeten)", ["umbringen", "toeten"]],
    ["(?<![\\p{L}])(?:fresse|maul)(?![\\p{L}])", ["fresse", "maul"]],
    ["wei(?:ss|s)\\s+wo", ["wei"]],
    ["abc|de", undefined],
    ["(?:polizei)?\\s*kommt", ["kommt"]],
    ["x*", undefined],
    ["[a-z]+", undefined],
  ] as const)("names what every match of /%s/ contains", (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it("names, for every threat pattern, words that each of its examples contains", () => {
    for (const pattern of THREAT_PATTERNS) {
      const words = requiredLiterals(pattern.source);
      if (words === undefined) continue;
      for (const example of pattern.examples) {
        const text = foldForLexicon(example);
        expect(
          words.some((word) => text.includes(word)),
          `${pattern.id}: ${example}`,
        ).toBe(true);
      }
    }
  });
});
