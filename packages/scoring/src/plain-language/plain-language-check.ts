import { defineCheck, type FindingInput, type FindingInputLocation, type FindingSeverity } from "@kommune-sm/core";
import { postTexts, type PostText } from "../checks/post-texts.js";
import type { SentenceHintOptions, SyllableCounter } from "../readability/index.js";
import { readabilityAndHints } from "../readability/sentence-hints.js";
import { createOfficialeseMatcher } from "./officialese-matcher.js";
import { fixedMessage, messageTemplate } from "./message-templates.js";
import { joinSyllables, oneDecimal } from "./message-values.js";
import { excerpt } from "../text/message-excerpt.js";

/** Tunable limits of the plain-language check. */
export interface PlainLanguageOptions extends SentenceHintOptions {
  /** Below this Flesch-Amstad score a text is "hard to read" (a warning); default 30. */
  readonly hardBelow?: number;
  /** Below this score it is "not quite easy" (a hint); default 50. */
  readonly plainFrom?: number;
  /**
   * Texts of fewer words are not scored; default 10. The formulas were made
   * for longer texts: below about ten words one long compound swings the
   * score by tens of points.
   */
  readonly minWords?: number;
}

const round = (value: number | undefined) => (value === undefined ? "–" : oneDecimal(value));

// The messages, each filled in by joining its template with the values
// (message-templates.ts): the catalogue's lookups cost more than the rest
// of a finding.
const messages = {
  hardToRead: messageTemplate("hard-to-read", ["fleschAmstad", "wstf", "lix"]),
  fairlyHardToRead: messageTemplate("fairly-hard-to-read", ["fleschAmstad", "wstf", "lix"]),
  longSentence: messageTemplate("long-sentence", ["words", "maxWords"]),
  longWord: messageTemplate("long-word", ["word", "syllables", "split"]),
  suggestHyphenate: fixedMessage("suggest-hyphenate"),
  passive: fixedMessage("passive"),
  functionVerb: messageTemplate("function-verb", ["phrase", "plain"]),
  suggestVerb: messageTemplate("suggest-verb", ["plain"]),
  nominalStyle: messageTemplate("nominal-style", ["nominalWords", "words"]),
  officialese: messageTemplate("officialese", ["phrase", "instead"]),
  plainerWord: messageTemplate("plainer-word", ["phrase", "instead"]),
  suggestOfficialese: messageTemplate("suggest-officialese", ["instead"]),
};

/**
 * `{ ...location, start, end }`, built key by key for the shapes the texts
 * of a post have (`{ field }`, `{ field, channelId }`): a spread followed by
 * new keys makes a new hidden class on every call, about 2 µs on Node 20,
 * more than all else a finding costs. Other shapes are copied.
 */
function within(location: FindingInputLocation, plain: boolean, start: number, end: number): FindingInputLocation {
  if (!plain) return Object.assign({}, location, { start, end });
  const { field, channelId } = location;
  return channelId === undefined ? { field, start, end } : { field, channelId, start, end };
}

/** Whether `location` is `{ field }` or `{ field, channelId }` with a channel, which {@link within} builds directly. */
function isPlainLocation(location: FindingInputLocation): boolean {
  // The keys in order, without making a list of them.
  let position = 0;
  for (const key in location) {
    if (key !== (position === 0 ? "field" : position === 1 ? "channelId" : "")) return false;
    position++;
  }
  return position === 1 || (position === 2 && location.channelId !== undefined);
}

function judge({ text, location }: PostText, syllables: SyllableCounter, findOfficialese: ReturnType<typeof createOfficialeseMatcher>, options: PlainLanguageOptions, findings: FindingInput[]): void {
  const plain = isPlainLocation(location);
  // The scores and the hints in one pass over the words.
  const { scores, hints } = readabilityAndHints(text, syllables, options);
  const hardBelow = options.hardBelow ?? 30;
  const plainFrom = options.plainFrom ?? 50;
  if (scores.fleschAmstad !== undefined && scores.words >= (options.minWords ?? 10) && scores.fleschAmstad < plainFrom) {
    const severity: FindingSeverity = scores.fleschAmstad < hardBelow ? "warning" : "hint";
    const values = [round(scores.fleschAmstad), round(scores.wienerSachtextformel1), round(scores.lix)];
    findings.push({
      code: severity === "warning" ? "hard-to-read" : "fairly-hard-to-read",
      severity,
      message: severity === "warning" ? messages.hardToRead(values) : messages.fairlyHardToRead(values),
      location,
      values: { fleschAmstad: scores.fleschAmstad, wienerSachtextformel1: scores.wienerSachtextformel1 ?? 0, lix: scores.lix ?? 0, words: scores.words, sentences: scores.sentences },
    });
  }
  for (const hint of hints) {
    switch (hint.kind) {
      case "long-sentence":
        findings.push({
          code: "long-sentence",
          severity: "hint",
          message: messages.longSentence([String(hint.values.words), String(hint.values.maxWords)]),
          location: within(location, plain, hint.start, hint.end),
          values: hint.values,
        });
        break;
      case "long-word": {
        // Where the parts of a compound join needs a person (no library splits German compounds well): the syllables are shown, the joints are left to them.
        const word = text.slice(hint.start, hint.end);
        const split = joinSyllables(hint.syllables);
        findings.push({
          code: "long-word",
          severity: "hint",
          message: messages.longWord([excerpt(word), String(hint.values.syllables), excerpt(split)]),
          location: within(location, plain, hint.start, hint.end),
          suggestion: { message: messages.suggestHyphenate() },
          // Key by key, not spread (see within).
          values: { syllables: hint.values.syllables, letters: hint.values.letters, syllableSplit: excerpt(split, 400) },
        });
        break;
      }
      case "passive":
        findings.push({ code: "passive", severity: "hint", message: messages.passive(), location: within(location, plain, hint.start, hint.end) });
        break;
      case "nominal-style":
        if (hint.construction) {
          const phrase = text.slice(Math.min(hint.values.phraseStart, hint.values.verbStart), Math.max(hint.values.phraseEnd, hint.values.verbEnd));
          findings.push({
            code: "function-verb",
            severity: "hint",
            message: messages.functionVerb([excerpt(phrase), hint.construction.plain]),
            location: within(location, plain, hint.start, hint.end),
            suggestion: { message: messages.suggestVerb([hint.construction.plain]) },
          });
        } else {
          findings.push({
            code: "nominal-style",
            severity: "hint",
            message: messages.nominalStyle([String(hint.values.nominalWords), String(hint.values.words)]),
            location: within(location, plain, hint.start, hint.end),
            values: hint.values,
          });
        }
        break;
    }
  }
  for (const hit of findOfficialese(text)) {
    const phrase = text.slice(hit.start, hit.end);
    const plainer = hit.entry.kind === "plainer";
    findings.push({
      code: plainer ? "plainer-word" : "officialese",
      severity: "hint",
      message: (plainer ? messages.plainerWord : messages.officialese)([excerpt(phrase), hit.entry.instead]),
      location: within(location, plain, hit.start, hit.end),
      suggestion: { message: messages.suggestOfficialese([hit.entry.instead]) },
      values: { kind: hit.entry.kind },
    });
  }
}

/**
 * Plain, citizen-friendly German (bürgernahe Sprache): how hard the text is
 * to read (Flesch-Amstad, with the Wiener Sachtextformel and LIX beside it;
 * for texts of 10 words or more a warning below 30, "very hard" on Amstad's
 * scale, and a hint below 50, "hard"), and
 * sentence by sentence long
 * sentences, long words (with their syllables, to hyphenate), passive
 * voice, nominal style and Funktionsverbgefüge, and Amtsdeutsch with a
 * plainer alternative from the curated list. Needs the German syllable
 * patterns: `await loadGermanSyllables()` first (the `scoring()` plugin
 * does).
 */
export function plainLanguageCheck(syllables: SyllableCounter, options: PlainLanguageOptions = {}) {
  const findOfficialese = createOfficialeseMatcher();
  return defineCheck({
    id: "plain-language",
    target: "post",
    languages: ["de"],
    title: { de: "Verständliche Sprache", en: "Plain language" },
    run: ({ post }) => {
      const findings: FindingInput[] = [];
      for (const piece of postTexts(post, { contentWarnings: false })) judge(piece, syllables, findOfficialese, options, findings);
      return findings;
    },
  });
}

/** {@link plainLanguageCheck} for replies to citizens. */
export function replyPlainLanguageCheck(syllables: SyllableCounter, options: PlainLanguageOptions = {}) {
  const findOfficialese = createOfficialeseMatcher();
  return defineCheck({
    id: "plain-language.reply",
    target: "reply",
    languages: ["de"],
    title: { de: "Verständliche Sprache (Antworten)", en: "Plain language (replies)" },
    run: ({ text }) => {
      const findings: FindingInput[] = [];
      judge({ text, location: { field: "text" } }, syllables, findOfficialese, options, findings);
      return findings;
    },
  });
}
