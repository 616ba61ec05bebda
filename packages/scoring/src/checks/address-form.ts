import { DU_FORMS, DU_HINTS, IHR_VERB_FORMS, SIE_FORMS, SIE_HINTS } from "../lexicons/index.js";
import { letterWords, type LetterWords } from "../text/letter-words.js";

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

/** Only spaces, tabs and no-break spaces between `from` and `to`, and at least one. */
function spaceOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * Does a sentence start right before `index` (only space before it since
 * `.`, `!`, `?`, `:`, a line, an emoji or the start)? Code units compared
 * as numbers: a pattern tested on each of them cost a tenth of the check.
 */
function atSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // Space, quotation marks, an opening bracket, a variation selector or a joiner of an emoji.
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x22 || c === 0x201e || c === 0x28 || c === 0xfe0f || c === 0x200d) continue;
    // In a post an emoji often stands where a full stop would ("Der Markt ist eröffnet 🎄 Kommt vorbei!").
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf)) return true;
    // . ! ? : a line, an en or em dash
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x0a || c === 0x2013 || c === 0x2014;
  }
  return true;
}

const NOT_A_VERB = /(?:keit|heit|schaft|nicht|jetzt|erst|sonst|selbst|meist|fast|oft|bald)$/;

/**
 * "Bitte" followed by a lower-case word in -t: the imperative of the familiar
 * plural ("Bitte fahrt über Oberdorf", "bitte badet nur an den bewachten
 * Stellen"). Nouns are capitalised in German, so a lower-case word there is
 * a verb; the polite form would be "Bitte fahren Sie".
 */
function isPleaseImperative(words: LetterWords, index: number): boolean {
  if (words.ends[index]! - words.starts[index]! !== 5 || words.lower(index) !== "bitte" || index + 1 >= words.count) return false;
  const next = words.word(index + 1);
  return next.length >= 4 && next === words.lower(index + 1) && next.endsWith("t") && !NOT_A_VERB.test(next);
}

// Most words of a text are none of the forms and hints above; telling them
// by a number made of their lower-case letters (length, first two, last)
// saves making a string of each and looking it up in four lists. The
// address-form check took 12 µs a post, most of it those strings.
const LISTED_KEYS = new Set<number>();
let longestListed = 0;
for (const word of [...SIE_FORMS.map((form) => form.toLowerCase()), "bitte", ...DU_FORMS, ...HINTS.keys()]) {
  LISTED_KEYS.add(listedKey(word, 0, word.length));
  longestListed = Math.max(longestListed, word.length);
}

/** The number of the lower-case word `lower.slice(start, end)`, or -1 when it holds a letter beyond Latin-1 where the number looks. */
function listedKey(lower: string, start: number, end: number): number {
  const first = lower.charCodeAt(start);
  const second = end - start > 1 ? lower.charCodeAt(start + 1) : 0;
  const last = lower.charCodeAt(end - 1);
  if ((first | second | last) > 0xff) return -1;
  return ((end - start) << 24) | (first << 16) | (second << 8) | last;
}

/** Could word `index` be one of the forms or the first word of a hint? False only where it is none. */
function mayBeListed(words: LetterWords, index: number): boolean {
  const lower = words.lowerText;
  if (lower === null) return true;
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  return end - start <= longestListed && LISTED_KEYS.has(listedKey(lower, start, end));
}

function overlapsAny(uses: readonly AddressUse[], start: number, end: number): boolean {
  for (const use of uses) if (use.start < end && start < use.end) return true;
  return false;
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
  const words = letterWords(text);
  const { count, starts, ends } = words;
  // The words that may be listed, for the hints below.
  const listed: number[] = [];
  for (let index = 0; index < count; index++) {
    if (!mayBeListed(words, index)) continue;
    listed.push(index);
    const start = starts[index]!;
    const end = ends[index]!;
    const word = words.word(index);
    if (SIE.has(word)) {
      const use = { form: "sie" as const, start, end, word };
      if (!atSentenceStart(text, start)) uses.push(use);
      else if (word !== "Ihr" || !IHR_VERBS.has(words.lower(index + 1))) pendingSie.push(use);
      else uses.push({ form: "du", start, end, word });
      continue;
    }
    if (isPleaseImperative(words, index)) {
      uses.push({ form: "du", start, end: ends[index + 1]!, word: `${word} ${words.word(index + 1)}` });
      continue;
    }
    const lower = words.lower(index);
    if (DU.has(lower)) uses.push({ form: "du", start, end, word });
    else if (lower === "ihr" && (IHR_VERBS.has(words.lower(index + 1)) || IHR_VERBS.has(words.lower(index - 1)))) {
      uses.push({ form: "du", start, end, word });
    }
  }
  for (const index of listed) {
    const candidates = HINTS.get(words.lower(index));
    if (!candidates) continue;
    for (const hint of candidates) {
      const last = index + hint.words.length - 1;
      if (last >= count) continue;
      let fits = true;
      for (let k = 0; k < hint.words.length && fits; k++) {
        const want = hint.words[k]!;
        fits = (want.exact ? words.word(index + k) === want.text : words.lower(index + k) === want.text) && (k === 0 || spaceOnly(text, ends[index + k - 1]!, starts[index + k]!));
      }
      const start = starts[index]!;
      if (!fits || (hint.atSentenceStart && !atSentenceStart(text, start))) continue;
      const end = ends[last]!;
      if (!overlapsAny(uses, start, end)) uses.push({ form: hint.form, start, end, word: text.slice(start, end) });
    }
  }
  if (uses.length === 0) return uses;
  // A sentence-initial "Sie" is polite address when the text addresses people so elsewhere.
  if (uses.some((u) => u.form === "sie")) for (const use of pendingSie) if (!overlapsAny(uses, use.start, use.end)) uses.push(use);
  return uses.sort((a, b) => a.start - b.start);
}
