import { DU_FORMS, DU_HINTS, IHR_VERB_FORMS, SIE_FORMS, SIE_HINTS, type AddressHint } from "../lexicons/index.js";

/** One place where a text addresses its readers. */
export interface AddressUse {
  readonly form: "sie" | "du";
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

const SIE = new Set(SIE_FORMS);
const DU = new Set(DU_FORMS.filter((f) => f !== "ihr"));
const IHR_VERBS = new Set(IHR_VERB_FORMS);
const WORD = /[\p{L}]+/gu;

function hintPattern(hints: readonly AddressHint[], caseSensitive: boolean): RegExp {
  const alternatives = hints.map((h) => {
    let phrase = h.phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    // Compared as written, but the verb may start a sentence: "melden Sie" and "Melden Sie".
    if (caseSensitive) phrase = `[${phrase[0]!.toLowerCase()}${phrase[0]!.toUpperCase()}]${phrase.slice(1)}`;
    return h.atSentenceStart ? `(?:(?<=^|[.!?:–—-]\\s*|\\n\\s*)${phrase})` : phrase;
  });
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`, caseSensitive ? "gu" : "giu");
}

// "Sie" and "Ihnen" in the polite hints are compared as written ("melden sie sich" is "they report").
const SIE_HINT = hintPattern(SIE_HINTS, true);
const DU_HINT = hintPattern(DU_HINTS, false);

/** Does a sentence start right before `index` (only space before it since `.`, `!`, `?`, `:`, a line or the start)? */
function atSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\u00A0" || c === "\"" || c === "„" || c === "(") continue;
    return c === "." || c === "!" || c === "?" || c === ":" || c === "\n" || c === "–" || c === "—";
  }
  return true;
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
export function addressUses(text: string): AddressUse[] {
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
    if (DU.has(lower)) uses.push({ form: "du", start, end, word });
    else if (lower === "ihr" && (IHR_VERBS.has(words[index + 1]?.[0].toLowerCase() ?? "") || IHR_VERBS.has(words[index - 1]?.[0].toLowerCase() ?? ""))) {
      uses.push({ form: "du", start, end, word });
    }
  });
  const covered = (start: number, end: number) => uses.some((u) => u.start < end && start < u.end);
  for (const [pattern, form] of [[SIE_HINT, "sie"], [DU_HINT, "du"]] as const) {
    for (const match of text.matchAll(pattern)) {
      if (!covered(match.index, match.index + match[0].length)) uses.push({ form, start: match.index, end: match.index + match[0].length, word: match[0] });
    }
  }
  // A sentence-initial "Sie" is polite address when the text addresses people so elsewhere.
  if (uses.some((u) => u.form === "sie")) for (const use of pendingSie) if (!covered(use.start, use.end)) uses.push(use);
  return uses.sort((a, b) => a.start - b.start);
}
