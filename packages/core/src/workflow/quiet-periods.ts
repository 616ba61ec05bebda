import type { PostContent, QuietPeriod } from "../model/index.js";
import { localDateOf } from "../time/zoned-time.js";

/** What a quiet period can block. */
export type QuietPeriodBlock = "scheduling" | "publishing";

const LOCAL_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * True if `instant` lies within the quiet period: its calendar date in the
 * organisation's time zone is one of the period's days, from `startDate` to
 * `endDate` inclusive, i.e. from 00:00 on the first day to 24:00 on the last.
 *
 * The period's dates are compared as `YYYY-MM-DD` text, which needs no date
 * arithmetic on them and so cannot fail for any stored period: one that a
 * store of an older version kept with the year 50 (the schema now refuses
 * dates outside 1900–2199) lies in the year 50 and contains no instant of
 * today; one whose dates are not `YYYY-MM-DD` at all cannot say when it
 * applies and contains nothing. Neither stops the check of the other periods.
 * Throws `CORE_INVALID_ARGUMENT` only for an `instant` that is no instant
 * (NaN) or an unknown time zone.
 */
export function isWithinQuietPeriod(period: QuietPeriod, instant: number, timeZone: string): boolean {
  return coversDate(period, localDateOf(instant, timeZone));
}

function coversDate(period: QuietPeriod, date: string): boolean {
  const { startDate, endDate } = period;
  return (
    typeof startDate === "string" &&
    typeof endDate === "string" &&
    LOCAL_DATE.test(startDate) &&
    LOCAL_DATE.test(endDate) &&
    startDate <= date &&
    date <= endDate
  );
}

/**
 * True if the quiet period applies to the post: it matches everything, or the
 * post's pillar or campaign is named, or one of its keywords occurs in the
 * title, text, a channel variant, a hashtag, a link or a media alt text.
 *
 * ## How keywords match
 *
 * Keyword and text are both brought into one matching form, and the keyword
 * must occur in the text's form. The form is made as follows.
 *
 * 1. **Same letters, however typed.** Compatibility forms become plain
 *    letters (NFKD: fullwidth `Ｂ` → `B`, ligature `ﬁ` → `fi`); invisible
 *    characters vanish (soft hyphen, zero-width space and joiners, word
 *    joiner, byte order mark, bidi controls, variation selectors, tags);
 *    Cyrillic, Greek and Armenian letters that look like Latin ones become
 *    those (`Bürgerm` + Cyrillic `е` + `ister`, Greek `ο`); everything is
 *    lower case.
 * 2. **German transliteration.** `ä`, `ö`, `ü` become `ae`, `oe`, `ue`, and
 *    `ß` becomes `ss`, on both sides: "Bürgermeister", "Buergermeister" and
 *    "BUERGERMEISTER" are the same word, "Straße" and "STRASSE" too. Other
 *    accents are dropped (`é` → `e`); a look-alike of the umlaut dots (`ű`)
 *    counts as an umlaut. Umlauts are never simply dropped, so "Bürger" does
 *    not find "Burger", nor "schön" "schon".
 * 3. **Words.** Letters, digits and symbols (emoji included) form words;
 *    everything else separates them. A single dash between two letters
 *    joins them into one word: "Bürger-meister" is "buergermeister". So do
 *    single spaces or dots inside a run of three or more single letters
 *    ("W a h l", "B.ü.r.g.e.r").
 *
 * A keyword then matches where its letters occur in the text's letters, **also
 * inside a longer word**, as German compounds need: "Wahl" finds
 * "Bürgermeisterwahl" and "Wahlkampf", "Bürgermeister" finds
 * "Oberbürgermeisterin". Where the keyword has a space or other separator,
 * the text may have any separator or none ("Anna Schulz" finds "Anna-Schulz"
 * and "AnnaSchulz"). Where the keyword has none, the text may have none
 * either, with one exception:
 *
 * **A split compound.** The text may have a space (one or more, but no line
 * break and no punctuation) where the keyword has none, if
 * - the keyword starts at the beginning of the word before the space or
 *   earlier: "Bürger meister" finds "Bürgermeister", but "Euro senden" does
 *   not find "Rosen", nor "Studie Termine" "Dieter";
 * - the word before the space has at least four letters (in the matching
 *   form) and neither word is a function word (article, pronoun,
 *   preposition, conjunction: "die", "der", "in", "und", "weil", ...): so
 *   "Stadt rat" finds "Stadtrat" and "Amts blatt" "Amtsblatt", but "Amt
 *   sblatt" does not find "Amtsblatt", "die Termine" does not find
 *   "Dieter", and "Bürgermeister in" does not find "Bürgermeisterin";
 * - the part of the keyword after the space has at least three letters
 *   before the next break: "Bürgermeiste r" does not count.
 *
 * A keyword never matches across a sentence or a line ("Bürger. Meister",
 * "Bürger\nMeister"), nor across two fields of the post (a title ending in
 * "Bürger" and a text beginning with "meister").
 *
 * The price: a keyword also matches inside unrelated longer words ("Wahl" in
 * "Auswahl"), and the transliteration makes "Müller" find "Mueller", "Ruß"
 * find "Russland" and "Maße" find "Masse" (in capitals "MASSE" is both
 * anyway). A false alarm costs an admin's override with a reason; a miss
 * could cost a breach of the neutrality duty. A "Rat haus" (a first part of
 * three letters), digits or symbols for letters ("B0rgermeister",
 * "Bürger★meister") and a compound split across a line are not caught. A
 * keyword without any letter, digit or symbol (only punctuation) matches
 * nothing.
 *
 * @example
 * ```ts
 * const period = { ...wahl, matches: { keywords: ["Bürgermeister"] } };
 * quietPeriodMatches(period, { ...content, text: "Der Buergermeister lädt ein" }); // true
 * quietPeriodMatches(period, { ...content, text: "Bürger meister" }); // true
 * quietPeriodMatches(period, { ...content, text: "Neue Bürger. Meister der Herzen" }); // false
 * ```
 */
export function quietPeriodMatches(period: QuietPeriod, post: PostContent): boolean {
  return matchesPost(period, post, searchableText(post));
}

// Keywords in matching form. A strategy's keywords are few and change
// rarely, so each is brought into matching form once and then kept; the
// memo is the same for every tenant, and capped so that hostile input
// cannot grow it.
const keywordForms = new Map<string, Analysed>();
const KEYWORD_FORMS_CAP = 4096;

function keywordForm(keyword: string): Analysed {
  let form = keywordForms.get(keyword);
  if (form === undefined) {
    form = analyse([keyword]);
    if (keywordForms.size >= KEYWORD_FORMS_CAP) keywordForms.clear();
    keywordForms.set(keyword, form);
  }
  return form;
}

function matchesPost(period: QuietPeriod, post: PostContent, haystack: () => Analysed): boolean {
  const { matches } = period;
  if (matches.all) return true;
  if (post.pillarId !== undefined && matches.pillarIds?.includes(post.pillarId)) return true;
  if (post.campaignId !== undefined && matches.campaignIds?.includes(post.campaignId)) return true;
  if (!Array.isArray(matches.keywords) || matches.keywords.length === 0) return false;
  const text = haystack();
  for (const keyword of matches.keywords) {
    // A period from an older store may hold anything; only text can match.
    if (typeof keyword !== "string") continue;
    if (occursIn(keywordForm(keyword), text)) return true;
  }
  return false;
}

/** The post's words in matching form, made on first use and then kept, so that several periods share it. */
function searchableText(post: PostContent): () => Analysed {
  let text: Analysed | undefined;
  return () =>
    (text ??= analyse([
      post.title ?? "",
      post.text,
      ...post.variants.flatMap((v) => [v.text ?? "", ...(v.media ?? []).map((m) => m.altText ?? "")]),
      ...post.hashtags,
      ...post.links,
      ...post.media.map((m) => m.altText ?? ""),
    ]));
}

/**
 * The quiet periods that block `what` for `post` at `instant`. A stored
 * period with dates the schema no longer accepts is handled as described at
 * {@link isWithinQuietPeriod}: it blocks only the days it names, and never
 * stops the check of the others.
 *
 * @example
 * ```ts
 * const blocking = blockingQuietPeriods(strategy.quietPeriods, post, Date.parse(post.scheduledAt), "publishing", "Europe/Berlin");
 * ```
 */
export function blockingQuietPeriods(
  periods: Iterable<QuietPeriod>,
  post: PostContent,
  instant: number,
  what: QuietPeriodBlock,
  timeZone: string,
): QuietPeriod[] {
  const blocking: QuietPeriod[] = [];
  const haystack = searchableText(post);
  // One date for all periods: the instant and the zone are the same for each.
  let date: string | undefined;
  for (const period of periods) {
    if (!period.blocks[what]) continue;
    date ??= localDateOf(instant, timeZone);
    if (coversDate(period, date) && matchesPost(period, post, haystack)) blocking.push(period);
  }
  return blocking;
}

/**
 * The matching form of a text as readable text, for tests and for explaining
 * a match: the words in matching form, a space where a compound may be split,
 * " | " where nothing may match across. See {@link quietPeriodMatches}.
 *
 * @example
 * ```ts
 * normaliseForMatching("Die Bürger-Meisterin. Neu"); // "die | buergermeisterin | neu"
 * ```
 */
export function normaliseForMatching(text: string): string {
  const { letters, gaps } = analyse([text]);
  let form = "";
  for (let index = 0; index < letters.length; index++) {
    if (index > 0 && gaps[index] === SPLIT) form += " ";
    else if (index > 0 && gaps[index] === BREAK) form += " | ";
    form += letters[index];
  }
  return form;
}

// ---------------------------------------------------------------------------
// The matching form.

/** What lies between two letters of the matching form. */
const JOINED = 0; // nothing, invisible characters, a hyphen: the same word
const SPLIT = 1; // spaces that may split a compound, see quietPeriodMatches
const BREAK = 2; // anything else: punctuation, a line, another field, spaces next to a short or function word

/** A text in matching form. */
interface Analysed {
  /** The letters (and digits and symbols) of all words, without separators. */
  readonly letters: string;
  /** `gaps[i]`: what lies before `letters[i]`; `gaps[0]` is BREAK. */
  readonly gaps: Uint8Array;
  /** `wordStarts[i]`: where the word holding `letters[i]` begins; words end at SPLIT and BREAK. */
  readonly wordStarts: Int32Array;
}

/** Does the keyword occur in the text under the rules of {@link quietPeriodMatches}? */
function occursIn(keyword: Analysed, text: Analysed): boolean {
  const needle = keyword.letters;
  if (needle.length === 0) return false;
  for (let at = text.letters.indexOf(needle); at !== -1; at = text.letters.indexOf(needle, at + 1)) {
    if (fitsAt(keyword, text, at)) return true;
  }
  return false;
}

function fitsAt(keyword: Analysed, text: Analysed, at: number): boolean {
  const length = keyword.letters.length;
  for (let offset = 1; offset < length; offset++) {
    const gap = text.gaps[at + offset];
    // Where the keyword has a separator itself, the text may have any, or none.
    if (gap === JOINED || keyword.gaps[offset] !== JOINED) continue;
    if (gap === BREAK) return false;
    // A split compound: the keyword must cover the word before the space from its start ...
    if (text.wordStarts[at + offset - 1]! < at) return false;
    // ... and keep going for three letters after it.
    let piece = 1;
    while (piece < 3 && offset + piece < length && text.gaps[at + offset + piece] === JOINED && keyword.gaps[offset + piece] === JOINED) piece++;
    if (piece < 3) return false;
  }
  return true;
}

/** Separator kinds between two raw words. */
const SEP_HYPHEN = 1;
const SEP_SPACE = 2;
const SEP_OTHER = 3;
const SEP_LINE = 4;

interface RawWord {
  /** The word in matching form. */
  text: string;
  /** Characters of the source that make it up, marks not counted: 1 for "ü" although the form has "ue". */
  sourceLength: number;
  /** What separates it from the word before: SEP_* (a line break makes it SEP_LINE); 0 for the first word of a field. */
  separator: number;
  /** How many characters that separator has. */
  separatorLength: number;
}

const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const WORD_CHARACTER = /[\p{L}\p{N}\p{S}]/u;
const MARK = /\p{M}/u;
const DASH = /\p{Dash}/u;
const HORIZONTAL_SPACE = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/**
 * Look-alikes of Latin letters in other scripts, as Unicode's confusables
 * list has them: Cyrillic, Greek and Armenian letters that a reader cannot
 * tell from the Latin ones in most fonts, and a few Latin variants.
 * Accented forms need no entry: NFKD has split off their accents before.
 */
const CONFUSABLES: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic capitals
  "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X",
  "Ѕ": "S", "І": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Һ": "H", "Ӏ": "I", "Ꙇ": "I",
  // Cyrillic small letters
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q",
  "ԝ": "w", "ү": "y", "һ": "h", "ӏ": "l", "ɡ": "g",
  // Greek capitals
  "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
  "Υ": "Y", "Χ": "X",
  // Greek small letters
  "α": "a", "ο": "o", "ρ": "p", "ι": "i", "κ": "k", "ν": "v", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j",
  // Armenian
  "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "զ": "q",
  // Latin variants
  "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ʋ": "u", "ꞵ": "b",
});
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "gu");

/**
 * Function words: never part of a split compound, see {@link quietPeriodMatches}.
 * In matching form (ü → ue, ß → ss). German first, a few English ones for
 * bilingual posts.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    // articles and pronouns
    "der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen " +
    "ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen mein meine dein deine sein seine seinen seinem seiner " +
    "ihre ihren ihrem ihrer unser unsere euer eure dies diese dieser dieses diesem diesen jene jener jenes " +
    "welche welcher welches man wer was wo wie wann alle allen aller alles " +
    // prepositions
    "an am auf aus bei beim bis durch fuer gegen hinter in im ins mit nach neben ohne seit ueber um unter von vom vor " +
    "waehrend wegen zu zum zur zwischen ab per pro trotz samt " +
    // conjunctions and particles
    "und oder aber denn sondern dass wenn weil als ob damit sowie bzw sowohl weder noch doch falls obwohl " +
    "auch nur schon sehr mehr hier dort dann jetzt nicht so ja nein " +
    // auxiliaries
    "ist sind war waren wird werden wurde wurden hat haben hatte hatten kann muss soll will sei bin bist " +
    // English
    "the and for with from this that your our are was will has have into onto of to on at by or"
  ).split(" "),
);

/** Brings fields of text into matching form; nothing matches across two fields. */
function analyse(fields: readonly string[]): Analysed {
  const words: RawWord[] = [];
  for (const field of fields) collectWords(field, words);
  joinLetterSpacing(words);

  // Words joined by a hyphen (or letter spacing) form one word; spaces between the others may split a compound.
  const merged: RawWord[] = [];
  let total = 0;
  for (const word of words) {
    const last = merged[merged.length - 1];
    // The words are this call's own: merging may change them.
    if (last !== undefined && word.separator === SEP_HYPHEN) last.text += word.text;
    else merged.push(word);
    total += word.text.length;
  }

  const gaps = new Uint8Array(total);
  const wordStarts = new Int32Array(total);
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < merged.length; index++) {
    const word = merged[index]!;
    const before = merged[index - 1];
    gaps[start] = word.separator === SEP_SPACE && before !== undefined && maySplit(before.text, word.text) ? SPLIT : BREAK;
    wordStarts.fill(start, start, start + word.text.length);
    parts.push(word.text);
    start += word.text.length;
  }
  return { letters: parts.join(""), gaps, wordStarts };
}

/** May a space between these two words (in matching form) split a compound? */
function maySplit(before: string, after: string): boolean {
  return before.length >= 4 && !FUNCTION_WORDS.has(before) && !FUNCTION_WORDS.has(after);
}

/**
 * Splits one field into words in matching form, with what separates them.
 * Written for speed, since it runs at every publishing attempt: plain ASCII
 * takes a path of comparisons, other characters are classified by regular
 * expressions.
 */
function collectWords(field: string, words: RawWord[]): void {
  let prepared = field.normalize("NFKD");
  // Most texts are plain: skip the replacements when nothing can be there to replace.
  if (!ASCII_ONLY.test(prepared)) {
    prepared = prepared
      .replace(IGNORABLE, "")
      .replace(CONFUSABLE, (letter) => CONFUSABLES[letter] ?? letter)
      // Lower case is the same for German in every locale (only Turkish, Azeri and Lithuanian differ).
      .toLowerCase()
      // Lower case can compose again (İ → i̇); take it apart once more.
      .normalize("NFKD");
  } else {
    prepared = prepared.toLowerCase();
  }
  let current: RawWord | undefined;
  let separator = 0;
  let separatorLength = 0;
  // The last character code appended to `current`.
  let lastCode = 0;
  const length = prepared.length;
  for (let index = 0; index < length; index++) {
    const code = prepared.charCodeAt(index);
    let character: string;
    let kind: number; // 0 = word character, else SEP_*, or -1 for a mark
    if (isAsciiLetterOrDigit(code)) {
      // A run of plain letters and digits at once.
      let end = index + 1;
      while (end < length && isAsciiLetterOrDigit(prepared.charCodeAt(end))) end++;
      if (current === undefined || separatorLength > 0) {
        current = { text: "", sourceLength: 0, separator: current === undefined ? 0 : separator, separatorLength };
        words.push(current);
        separator = 0;
        separatorLength = 0;
      }
      current.text += prepared.slice(index, end);
      current.sourceLength += end - index;
      lastCode = prepared.charCodeAt(end - 1);
      index = end - 1;
      continue;
    }
    if (code < 0x80) {
      character = prepared[index]!;
      if (code === 0x20 || code === 0x09) kind = SEP_SPACE;
      else if (code === 0x2d) kind = SEP_HYPHEN;
      else if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c) kind = SEP_LINE;
      else kind = ASCII_SYMBOLS.includes(character) ? 0 : SEP_OTHER;
    } else {
      // A whole code point: a surrogate pair together, a lone half alone.
      const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < length && (prepared.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
      character = pair ? prepared.slice(index, index + 2) : prepared[index]!;
      if (pair) index++;
      // The common cases of German text first: umlaut dots (after NFKD) and ß.
      if (code === 0x308 || code === 0x30b) kind = -1;
      else if (code === 0xdf) kind = 0;
      else if (DASH.test(character)) kind = SEP_HYPHEN;
      else if (WORD_CHARACTER.test(character)) kind = 0;
      else if (MARK.test(character)) kind = -1;
      else if (HORIZONTAL_SPACE.test(character)) kind = SEP_SPACE;
      else if (LINE_BREAK.test(character)) kind = SEP_LINE;
      else kind = SEP_OTHER;
    }
    if (kind === 0) {
      if (current === undefined || separatorLength > 0) {
        current = { text: "", sourceLength: 0, separator: current === undefined ? 0 : separator, separatorLength };
        words.push(current);
        separator = 0;
        separatorLength = 0;
      }
      current.text += character === "ß" ? "ss" : character;
      current.sourceLength += 1;
      lastCode = character.charCodeAt(character.length - 1);
    } else if (kind === -1) {
      // Umlaut dots (and the double acute of ű, ő, a look-alike) right after a, o, u: the German transliteration.
      // The last letter is kept in lastCode: reading it from the growing word flattened it at every umlaut (quadratic on one long word).
      if ((code === 0x308 || code === 0x30b) && current !== undefined && separatorLength === 0 && (lastCode === 0x61 || lastCode === 0x6f || lastCode === 0x75)) {
        current.text += "e";
        lastCode = 0x65;
      }
      // Other accents are dropped.
    } else {
      separatorLength += 1;
      // One dash is a hyphen; spaces are spaces; any other mix separates for good, a line break most of all.
      if (separatorLength === 1) separator = kind;
      else if (separator === SEP_LINE || kind === SEP_LINE) separator = SEP_LINE;
      else if (separator !== SEP_SPACE || kind !== SEP_SPACE) separator = SEP_OTHER;
    }
  }
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isAsciiLetterOrDigit(code: number): boolean {
  // Upper case is gone by now.
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

// ASCII symbols (\p{S}) other than the hyphen-minus; upper case is gone by now.
const ASCII_SYMBOLS = "$+<=>^`|~";

/** Joins runs of three or more single letters with one-character separators ("W a h l", "B.ü.r.g.e.r") into one word. */
function joinLetterSpacing(words: RawWord[]): void {
  let runStart = 0;
  for (let index = 0; index <= words.length; index++) {
    const word = words[index];
    const continues =
      word !== undefined &&
      index > runStart &&
      word.sourceLength === 1 &&
      words[index - 1]!.sourceLength === 1 &&
      word.separatorLength === 1 &&
      word.separator !== 0 &&
      word.separator !== SEP_LINE;
    if (continues) continue;
    if (index - runStart >= 3) {
      for (let inner = runStart + 1; inner < index; inner++) words[inner]!.separator = SEP_HYPHEN;
    }
    runStart = index;
  }
}

/**
 * The quiet periods that hold `post` from going out at `instant`: those that
 * block publishing it then, less those an admin overrode for it
 * (`post.quietPeriodOverride`). The one rule the workflow's publishing step
 * and a publishing engine's every attempt apply.
 */
export function quietPeriodsHoldingPost(
  periods: Iterable<QuietPeriod>,
  post: PostContent & { readonly quietPeriodOverride?: { readonly quietPeriodIds: readonly string[] } },
  instant: number,
  timeZone: string,
): QuietPeriod[] {
  const covered = post.quietPeriodOverride?.quietPeriodIds ?? [];
  return blockingQuietPeriods(periods, post, instant, "publishing", timeZone).filter((period) => !covered.includes(period.id));
}

/** Quiet periods as people read them: `label (first day – last day)`, joined with "; ". */
export function describeQuietPeriods(periods: readonly QuietPeriod[]): string {
  return periods.map((period) => `${period.label} (${period.startDate} – ${period.endDate})`).join("; ");
}
