import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForLexicon, OFFICIALESE, type OfficialesePhrase } from "../lexicons/index.js";
import { tokenizeGerman } from "../readability/index.js";
import { repeat } from "../test-support/hostile-text.js";
import { createOfficialeseMatcher, type OfficialeseHit } from "./officialese-matcher.js";

/**
 * The matcher as first written, plainly: every word folded to a string,
 * every pattern tried at every word. The fast matcher (keys of the first
 * letters, Latin-1 words compared in place, words skipped by their first
 * two letters) must find exactly what this finds.
 */
function referenceMatcher(entries: readonly OfficialesePhrase[]): (text: string) => OfficialeseHit[] {
  const patterns = entries.flatMap((entry) =>
    [entry.phrase, ...(entry.forms ?? [])]
      .map((form) =>
        foldForLexicon(form)
          .split(" ")
          .filter(Boolean)
          .map((w) => (w.endsWith("*") ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false })),
      )
      .filter((words) => words.length > 0)
      .map((words) => ({ words, entry })),
  );
  // The first matcher tried, at each word, the patterns whose first word is
  // whole, then those whose first word is a prefix (of three letters or
  // more, then shorter), each in the order of the list; the order decides
  // which of two hits on the same words counts.
  const order = (pattern: (typeof patterns)[number]) => (!pattern.words[0]!.prefix ? 0 : pattern.words[0]!.text.length >= 3 ? 1 : 2);
  const ordered = [0, 1, 2].flatMap((group) => patterns.filter((pattern) => order(pattern) === group));
  return (text) => {
    const words = tokenizeGerman(text).words.map((word) => ({ folded: foldForLexicon(word.text), start: word.start, end: word.end, sentence: word.sentenceIndex }));
    const hits: OfficialeseHit[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const pattern of ordered) {
        const fits =
          i + pattern.words.length <= words.length &&
          pattern.words.every((want, k) => {
            const word = words[i + k]!;
            return word.sentence === words[i]!.sentence && (want.prefix ? word.folded.startsWith(want.text) : word.folded === want.text);
          });
        if (fits) hits.push({ start: words[i]!.start, end: words[i + pattern.words.length - 1]!.end, entry: pattern.entry });
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: OfficialeseHit[] = [];
    for (const hit of hits) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
    return kept.sort((a, b) => a.start - b.start);
  };
}

// Words of the default list as written in drafts (any case, umlauts or
// their spelling with e, ß or ss), words that share their first letters
// with them, and letters beyond Latin-1 that fold or compose.
const listWords = OFFICIALESE.flatMap((entry) => [entry.phrase, ...(entry.forms ?? [])].flatMap((form) => form.replace(/\*/g, "").split(" ")));
const spelling = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => w.charAt(0).toUpperCase() + w.slice(1),
  (w) => w.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"),
  (w) => w.normalize("NFD"),
  (w) => `${w}en`,
  (w) => w.slice(0, 3),
  (w) => w.slice(0, -1),
);
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...listWords), spelling).map(([w, spell]) => spell(w)) },
  { weight: 3, arbitrary: fc.constantFrom("die", "Der", "des", "desto", "in", "im", "Ihr", "mit", "Verwaltung", "Straße", "STRASSE", "Gemäß", "gemaess", "ẞ", "ǅemal", "İn", "ΣΟΦΙΑ", "café", "ﬁnden", "Ａbc") },
  { weight: 6, arbitrary: fc.constantFrom(" ", " ", " ", "\n", "\n\n", "-") },
  { weight: 2, arbitrary: fc.constantFrom(".", "!", "?", ",", "z. B.", "1.", "https://x.de", "#Tag", "🎉", "\u0308", "\u0304", "\u00ad", "\ud800") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);
const draft = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));

// Lists of our own: short words and prefixes (of fewer than three letters
// too), entries beyond Latin-1, the same words in several entries.
const patternWord = fc.oneof(
  fc.constantFrom("in", "im", "i", "a", "des", "desto", "der", "gemäß", "zur", "kenntnis", "ob", "obig", "ẞ", "ǆ", "sofia", "σοφια", "café", "ﬁ"),
  fc.string({ unit: fc.constantFrom(..."adeimnorsäöüßé"), minLength: 1, maxLength: 5 }),
);
const pattern = fc
  .array(fc.tuple(patternWord, fc.boolean()), { minLength: 1, maxLength: 3 })
  .map((words) => words.map(([w, star]) => (star ? `${w}*` : w)).join(" "));
const entries = fc.array(
  fc.record({ phrase: pattern, forms: fc.option(fc.array(pattern, { maxLength: 2 }), { nil: undefined }), kind: fc.constantFrom("word" as const, "phrase" as const) }),
  { minLength: 1, maxLength: 12 },
);
const toEntries = (list: readonly { phrase: string; forms: string[] | undefined; kind: "word" | "phrase" }[]): OfficialesePhrase[] =>
  list.map((entry, index) => ({ phrase: entry.phrase, instead: `statt ${index}`, kind: entry.kind, ...(entry.forms ? { forms: entry.forms } : {}) }));

describe("createOfficialeseMatcher (property: the same hits as the plain matcher)", () => {
  const fast = createOfficialeseMatcher();
  const plain = referenceMatcher(OFFICIALESE);

  it("finds what the plain matcher finds with the list of Amtsdeutsch, on drafts full of it", () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(fast(text)).toEqual(plain(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("finds what the plain matcher finds on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(fast(text)).toEqual(plain(text));
      }),
      { numRuns: 500 },
    );
  });

  it("finds what the plain matcher finds with lists of any shape", () => {
    fc.assert(
      fc.property(entries, fc.array(fc.oneof(patternWord, patternWord.map((w) => w.toUpperCase()), piece), { maxLength: 30 }), (list, pieces) => {
        const text = pieces.join(" ");
        const own = toEntries(list);
        expect(createOfficialeseMatcher(own)(text)).toEqual(referenceMatcher(own)(text));
      }),
      { numRuns: 800 },
    );
  });

  it("takes time in proportion to the text on hostile input", () => {
    for (const text of [repeat("im Rahmen "), repeat("zur "), repeat("ä"), repeat("a\u0308 "), repeat("🎉")]) {
      const started = performance.now();
      fast(text);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
