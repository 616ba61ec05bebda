import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DU_FORMS, DU_HINTS, IHR_VERB_FORMS, SIE_FORMS, SIE_HINTS } from "../lexicons/index.js";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { addressUses, CANDIDATE_WORDS, LISTED_WORDS, LOWERS_INTO_LATIN1, type AddressUse } from "./address-form.js";

// The word-by-word reading of addressUses (a scanner of letters, lower case
// taken from the text lowered once, comparisons of code units) against the
// reading it replaced, kept here as it was: regular expressions over the
// text and over each character, each word lowered on its own.

const SIE = new Set(SIE_FORMS);
const DU = new Set(DU_FORMS.filter((f) => f !== "ihr"));
const IHR_VERBS = new Set(IHR_VERB_FORMS);
const WORD = /\p{L}+/gu;

/** A hint phrase as words: compared lower case, except "Sie" and "Ihnen", which are compared as written. */
interface CompiledHint {
  readonly words: readonly { readonly text: string; readonly exact: boolean }[];
  readonly form: "sie" | "du";
  readonly atSentenceStart: boolean;
}

// Hints by their first word (lower case): each text is read word by word,
// instead of through one pattern of alternatives with look-behinds, which
// cost more than every other check together.
function compileHints(): Map<string, CompiledHint[]> {
  const byFirst = new Map<string, CompiledHint[]>();
  for (const [hints, form] of [[SIE_HINTS, "sie"], [DU_HINTS, "du"]] as const) {
    for (const hint of hints) {
      const words = hint.phrase.split(" ").map((word) => (form === "sie" && (word === "Sie" || word === "Ihnen") ? { text: word, exact: true } : { text: word.toLowerCase(), exact: false }));
      const compiled = { words, form, atSentenceStart: hint.atSentenceStart === true };
      const key = words[0]!.exact ? words[0]!.text.toLowerCase() : words[0]!.text;
      const list = byFirst.get(key);
      if (list) list.push(compiled);
      else byFirst.set(key, [compiled]);
    }
  }
  return byFirst;
}

const HINTS = compileHints();
const SPACE_ONLY = /^[ \t\u00A0]+$/;

/** Does a sentence start right before `index` (only space before it since `.`, `!`, `?`, `:`, a line, an emoji or the start)? */
function atSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\u00A0" || c === "\"" || c === "„" || c === "(" || c === "\uFE0F" || c === "\u200D") continue;
    // In a post an emoji often stands where a full stop would ("Der Markt ist eröffnet 🎄 Kommt vorbei!").
    if (/[\uD800-\uDFFF\u2600-\u27BF]/.test(c)) return true;
    return c === "." || c === "!" || c === "?" || c === ":" || c === "\n" || c === "–" || c === "—";
  }
  return true;
}

/**
 * "Bitte" followed by a lower-case word in -t: the imperative of the familiar
 * plural ("Bitte fahrt über Oberdorf", "bitte badet nur an den bewachten
 * Stellen"). Nouns are capitalised in German, so a lower-case word there is
 * a verb; the polite form would be "Bitte fahren Sie".
 */
function isPleaseImperative(words: readonly RegExpMatchArray[], index: number): boolean {
  const word = words[index]![0];
  if (word.toLowerCase() !== "bitte") return false;
  const next = words[index + 1]?.[0];
  return next !== undefined && next.length >= 4 && next === next.toLowerCase() && next.endsWith("t") && !/(?:keit|heit|schaft|nicht|jetzt|erst|sonst|selbst|meist|fast|oft|bald)$/.test(next);
}

/**
 * Where a German text addresses its readers as "Sie" or as "du"/"ihr".
 * Capitalised "Sie", "Ihr" … count inside a sentence (at its start they may
 * be "they" or "her"); a sentence-initial one counts when the rest of the
 * text addresses people as "Sie" too. "ihr" counts only next to a verb form
 * of the second person plural ("ihr seid", "könnt ihr"). Hints such as
 * "melden Sie sich" or "meldet euch" count wherever they stand, imperatives
 * like "Schaut vorbei" only at a sentence start.
 */
function referenceAddressUses(text: string): AddressUse[] {
  const uses: AddressUse[] = [];
  const pendingSie: AddressUse[] = [];
  const words = [...text.matchAll(WORD)];
  words.forEach((match, index) => {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (SIE.has(word)) {
      const use = { form: "sie" as const, start, end, word };
      if (!atSentenceStart(text, start)) uses.push(use);
      else if (word !== "Ihr" || !IHR_VERBS.has(words[index + 1]?.[0].toLowerCase() ?? "")) pendingSie.push(use);
      else uses.push({ form: "du", start, end, word });
      return;
    }
    const lower = word.toLowerCase();
    if (isPleaseImperative(words, index)) {
      const verb = words[index + 1]!;
      uses.push({ form: "du", start, end: verb.index + verb[0].length, word: `${word} ${verb[0]}` });
      return;
    }
    if (DU.has(lower)) uses.push({ form: "du", start, end, word });
    else if (lower === "ihr" && (IHR_VERBS.has(words[index + 1]?.[0].toLowerCase() ?? "") || IHR_VERBS.has(words[index - 1]?.[0].toLowerCase() ?? ""))) {
      uses.push({ form: "du", start, end, word });
    }
  });
  const covered = (start: number, end: number) => uses.some((u) => u.start < end && start < u.end);
  for (let index = 0; index < words.length; index++) {
    const candidates = HINTS.get(words[index]![0].toLowerCase());
    if (!candidates) continue;
    for (const hint of candidates) {
      const last = index + hint.words.length - 1;
      if (last >= words.length) continue;
      let fits = true;
      for (let k = 0; k < hint.words.length && fits; k++) {
        const word = words[index + k]!;
        const want = hint.words[k]!;
        fits = (want.exact ? word[0] === want.text : word[0].toLowerCase() === want.text) && (k === 0 || SPACE_ONLY.test(text.slice(words[index + k - 1]!.index + words[index + k - 1]![0].length, word.index)));
      }
      const start = words[index]!.index;
      if (!fits || (hint.atSentenceStart && !atSentenceStart(text, start))) continue;
      const end = words[last]!.index + words[last]![0].length;
      if (!covered(start, end)) uses.push({ form: hint.form, start, end, word: text.slice(start, end) });
    }
  }
  // A sentence-initial "Sie" is polite address when the text addresses people so elsewhere.
  if (uses.some((u) => u.form === "sie")) for (const use of pendingSie) if (!covered(use.start, use.end)) uses.push(use);
  return uses.sort((a, b) => a.start - b.start);
}

describe("addressUses", () => {
  it("finds what the reading by regular expressions found, in any text", () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(addressUses(text)).toEqual(referenceAddressUses(text));
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it("finds the same in texts full of forms of address", () => {
    const words = fc.constantFrom("Sie", "Ihr", "ihr", "Ihnen", "seid", "habt", "Bitte", "bitte", "fahrt", "badet", "jetzt", "Melden", "melden", "sich", "meldet", "euch", "schaut", "Schaut", "vorbei", "Kommt", "du", "Du", "weißt", "WEISST", "WEI\u1E9ET", "\u212Aennst", "\u212Aomm", "ſind", "İhr", "ΣIE", "ÿ", "\u0178", "Å", "🎄", "uns", "an", "rufen", "ruf", "Rufen", "Könnt", "KÖNNT", "möchten", "3", "_");
    const gaps = fc.constantFrom(" ", " ", "  ", "\u00A0", "\t", ". ", "! ", "? ", ": ", "\n", " – ", ", ", " „", "🎄 ", "\uFE0F ", "-");
    const text = fc.array(fc.tuple(words, gaps), { maxLength: 30 }).map((pairs) => pairs.flat().join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(addressUses(t)).toEqual(referenceAddressUses(t));
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);
});

// addressUses finds the words it looks at by a pattern where that finds the
// same as reading every word: the two must agree on the listed words of any
// text, and the facts the pattern rests on must hold for all of Unicode.
const LISTED = new Set(LISTED_WORDS);
/** The words of a list of starts and ends whose lower case is listed. */
function listed(text: string, candidates: readonly number[] | undefined): string[] {
  const found: string[] = [];
  for (let at = 0; candidates !== undefined && at < candidates.length; at += 2) {
    const word = text.slice(candidates[at], candidates[at + 1]);
    if (LISTED.has(word.toLowerCase())) found.push(`${candidates[at]}:${word}`);
  }
  return found;
}

describe("the words addressUses looks at", () => {
  it("are the same by the pattern as by reading every word, in any text", () => {
    const pieces = fc.constantFrom(...LISTED_WORDS, "Sie", "IHR", "DU", "Kennst", "\u212Aennst", "WEI\u1E9ET", "ſind", "ÿ", "\u0178", "\u212B", "İhr", "ü", "Ω", "3", "_", " ", "-", "🎄", "\uD835\uDC00");
    const text = fc.oneof(arbitraryText, fc.array(pieces, { maxLength: 30 }).map((list) => list.join("")));
    fc.assert(
      fc.property(text, (t) => {
        expect(listed(t, CANDIDATE_WORDS.chosen(t))).toEqual(listed(t, CANDIDATE_WORDS.byScan(t)));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it("rest on facts of Unicode that hold for every code point", () => {
    // A letter beyond Latin-1 lowers to Latin-1 only if it is one of LOWERS_INTO_LATIN1.
    const lowering: number[] = [];
    for (let code = 0x100; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const lower = String.fromCodePoint(code).toLowerCase();
      if (/^[\u0000-\u00ff]+$/.test(lower)) lowering.push(code);
    }
    expect(lowering.map((code) => String.fromCodePoint(code)).sort()).toEqual([...LOWERS_INTO_LATIN1].sort());
    // Every listed word begins with an ASCII letter and holds Latin-1 letters only …
    for (const word of LISTED_WORDS) expect(word).toMatch(/^[a-z][a-z\u00df-\u00f6\u00f8-\u00fe]*$/);
    // … which a case-insensitive pattern without the u flag takes for exactly the code units that lower to them.
    const mismatches: string[] = [];
    for (const letter of new Set(LISTED_WORDS.join(""))) {
      const pattern = new RegExp(`^${letter}$`, "i");
      for (let code = 0; code <= 0xffff; code++) {
        const unit = String.fromCharCode(code);
        if (pattern.test(unit) !== (code <= 0xff && unit.toLowerCase() === letter)) mismatches.push(`${letter} U+${code.toString(16)}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
