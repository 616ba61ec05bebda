import {
  DANGER_ALARM_TERMS,
  DANGER_ALARMS,
  DANGER_CLAUSE_END_TERMS,
  DANGER_CONTEXTS,
  DANGER_CONTRACTIONS,
  DANGER_CONTRAST_WORDS,
  DANGER_COST_FIGURES,
  DANGER_DELIBERATE_WORDS,
  DANGER_DENIALS,
  DANGER_DIALECT_WORDS,
  DANGER_EMOJI_PLACES,
  DANGER_FILLER_WORDS,
  DANGER_REPORT_EMOJI,
  DANGER_REQUEST_WORDS,
  DANGER_SUFFIX_ENDINGS,
  DANGER_TURN_WORDS,
  DANGER_TYPO_TERMS,
  DANGER_WARNED_EMOJI,
  DANGER_WARNING_EMOJI,
  type DangerContextKind,
} from "../lexicons/danger.js";
import {
  DANGER_CATEGORIES,
  DANGER_COMBINATIONS,
  DANGER_COMBINATION_REACH,
  DANGER_FALSE_FRIENDS,
  DANGER_NEXT_STEPS,
  DANGER_TERMS,
  foldForLexicon,
  type DangerCategory,
  type DangerCombination,
  type DangerEntry,
} from "../lexicons/index.js";
import { isClauseBoundary, negatedBefore, NEGATOR_SET } from "./clauses.js";
import { emojiKey } from "./emoji-key.js";
import { lastAtOrBefore } from "./sorted-search.js";
import { PhraseIndex } from "./phrase-index.js";
import { TermAutomaton } from "./term-automaton.js";
import { idOfWord, registerWord, WordSet, WordTable } from "./word-ids.js";
import { evidenceOfTokens, originalCodeAt, sortEvidence, type TriageText } from "./triage-text.js";
import type { Token } from "./tokenize.js";
import type { DangerResult } from "./triage-types.js";
import type { CompiledDangerModel } from "./danger-model.js";

/** The label of evidence the model found (see danger-model.ts), where the lists' evidence names their term. */
export const MODEL_LABEL = "model";

/** Words that tell of a case, not of now, in lexicon form: "wenn es brennt", "falls jemand bewusstlos ist". */
const CONDITIONALS: ReadonlySet<string> = new Set(["wenn", "falls", "sobald", "sofern", "if"]);

/**
 * Words for whoever reads, in lexicon form. A "falls" clause with one of them and no danger of its own
 * speaks to the reader ("Falls das jemand liest:", "Falls Sie heute nach Oberdorf fahren,") and makes no
 * case of a self-harm or a threat told after it, as "Falls es brennt," does of what follows.
 */
const READER_WORDS: ReadonlySet<string> = new Set(["jemand", "jemanden", "jemandem", "jmd", "jmnd", "einer", "wer", "wen", "man", "ihr", "euch", "du", "dich", "dir", "sie"]);
/**
 * Words that open a clause belonging to the one before the comma: "Falls ihr bemerkt, dass es nach Gas riecht". Not the
 * words of a question ("wann", "warum"): "Falls es jemand wissen will, wann ich mich umbringe: heute Nacht".
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(["dass", "ob", "weil", "wenn", "damit", "sodass", "bevor", "nachdem", "als"]);
/** What a "falls" that speaks to the reader lets through after its clause: told in the words of a case ("Falls das jemand liest: ich spring heute"). */
const READER_CATEGORIES: ReadonlySet<DangerCategory> = new Set<DangerCategory>(["self-harm", "threat"]);

/** The drill markers of DANGER_CONTEXTS that name the next town ("Nachbarort", "Nachbargemeinde"), in lexicon form. */
const NEIGHBOURING_TOWNS: ReadonlySet<string> = new Set(
  DANGER_CONTEXTS.filter((context) => context.kind === "drill")
    .flatMap((context) => context.words)
    .filter((word) => word.startsWith("nachbar") && !word.includes(" "))
    .map(foldForLexicon),
);
const ARTICLES_OF_PLACE: ReadonlySet<string> = new Set(["der", "dem", "den", "einem", "einer"]);
const FROM_WORDS: ReadonlySet<string> = new Set(["aus", "von", "vom"]);

/** Who likes, right after "gefällt" ("gefällt mir", "gefällt keinem"), in lexicon form. */
const LIKED_PERSONS: ReadonlySet<string> = new Set(["mir", "dir", "uns", "euch", "ihm", "ihnen", "mich", "keinem", "niemandem", "niemanden", "jedem", "keinen", "meinem", "meiner", "unserem", "unserer"]);
/** Articles after "gefällt" before the one who likes: "gefällt der Nachbarin nicht". */
const LIKED_ARTICLES: ReadonlySet<string> = new Set(["der", "den", "dem", "halt", "wohl", "natuerlich"]);
/** Words right before "gefällt" in liking: "wie ihm das gefällt", "Mir gefällt". */
const LIKING_BEFORE: ReadonlySet<string> = new Set(["mir", "dir", "uns", "euch", "ihm", "ihnen", "das", "es", "keinem", "niemandem"]);
/** Words of a felling told in the passive or the perfect, before or right after "gefällt". */
const FELLING_AUXILIARIES: ReadonlySet<string> = new Set(["wurde", "wurden", "worden", "werden", "wird", "ist", "sind", "war", "waren", "hat", "haben", "habt", "hatte", "hatten"]);
/** How many tokens before "gefällt" such a word may stand. */
const FELLING_REACH = 8;

/** DANGER_DELIBERATE_WORDS as words in lexicon form, longest first. */
const deliberatePhrases: readonly (readonly string[])[] = DANGER_DELIBERATE_WORDS.map((phrase) => foldForLexicon(phrase).split(" ")).sort((a, b) => b.length - a.length);
/** Words right before a word of DANGER_DELIBERATE_WORDS that deny it: "nicht absichtlich", "keine Absicht". */
const NOT_ON_PURPOSE: ReadonlySet<string> = new Set(["nicht", "nich", "net", "kein", "keine", "ohne"]);
/** Words that turn a harm done on purpose on the one who does it. */
const ONESELF: ReadonlySet<string> = new Set(["sich", "selbst", "selber"]);
/** How many tokens either side of the word of purpose such a word may stand. */
const ONESELF_REACH = 2;

/**
 * How sure of a category the model must be to keep the hits of that
 * category that a context marker took out; see `overruleContexts`. On the
 * 17 newest blind sets of that day, each left out of training, 0.95 found
 * 6 more of 3,060 dangers with no more false alarms on their look-alikes
 * or on the 9,350 harmless comments left out with them; 0.8 found 8 and
 * added one. With the model's threshold at 0.64, on sets 10 to 39 left out
 * in turn, 0.9 found one more of 5,395 dangers than 0.95 with no more false
 * alarms; 0.85 found 2 more, but raised advice for a case as self-harm
 * ("Für den Fall, dass jemand von der Brücke springen will: sofort 112
 * rufen", 0.89).
 */
const CONTEXT_OVERRULE = 0.9;
/**
 * The same for self-harm where only laughter took its hits out (not a case,
 * a course or the past of their sentence), as its miss costs most: people
 * in crisis mask it with laughter ("… es hat alles keinen Sinn mehr. xD"), and a model
 * trained on many jokes of the same words grows less sure of such a
 * comment (0.90) while it stays sure of the jokes ("spring ich von der
 * Brücke, wenn ich noch eine Mathearbeit schreiben muss xD": 0.06). It
 * also raises a few jokes that borrow the words without a cause to laugh
 * at ("Schluss mit allem: ab heute Diät 😅", 0.84): those are read at the
 * top of the inbox, where a missed farewell is read by no one.
 */
const CONTEXT_OVERRULE_SELF_HARM = 0.8;

/** A danger found in a comment: the term (or the subject and state of a combination) and its tokens. */
export interface DangerHit {
  readonly category: DangerCategory;
  /** The term, or "subject + state" for a combination. */
  readonly label: string;
  /** A phrase or a combination: stronger evidence than a single word. */
  readonly strong: boolean;
  /** How much the hit weighs for its category (see {@link weightOf}). */
  readonly weight: number;
  readonly first: number;
  readonly last: number;
}

/**
 * Which category wins when two have equal evidence: a person's life first
 * (self-harm, threat), then what spreads fastest (fire, gas), then people
 * hurt, then damage. "Habe alles verloren beim Hochwasser. Ich will nur
 * noch sterben" is self-harm.
 */
const TIE_ORDER: readonly DangerCategory[] = ["self-harm", "threat", "fire", "gas", "medical", "accident", "water", "tree", "infrastructure"];

/** Dangers that hurt people: where one of them is reported, people hurt by it are part of it, not a medical emergency of their own. */
const CAUSES: ReadonlySet<DangerCategory> = new Set(["fire", "gas", "accident", "water", "tree", "infrastructure"]);

/**
 * How much a hit weighs for its category: a phrase ("riecht nach gas") says
 * more than a single word ("Feuer"), a call for help ("Feuerwehr ist
 * unterwegs") less, and self-harm and threats outweigh a place's hazard in
 * the same comment, because a person is at risk.
 */
function weightOf(category: DangerCategory, strength: "alarm" | "word" | "strong"): number {
  const base = strength === "strong" ? 1.5 : strength === "word" ? 1 : 0.5;
  return category === "self-harm" || category === "threat" ? base * 2 : base;
}

/** How many words before a danger term a negator cancels it: "kein Brand", "keine schweren Verletzungen". */
const NEGATION_REACH = 2;

/**
 * True if a state of a combination at `at` is negated (see negatedBefore),
 * unless "und" stands between the negator and the state: in "der schwätzt
 * nimmer und blutet" the "nimmer" belongs to the verb before "und".
 */
function stateNegated(tokens: readonly Token[], at: number): boolean {
  if (!negatedBefore(tokens, at, NEGATION_REACH)) return false;
  let seen = 0;
  for (let previous = at - 1; previous >= 0 && seen < NEGATION_REACH; previous--) {
    const token = tokens[previous]!;
    if (token.kind !== "word") continue;
    seen++;
    if (token.text === "und") return false;
    if (NEGATOR_SET.has(token.text)) return true;
  }
  return true;
}

/**
 * Prepositions that put a danger word in the past, in the background or in
 * a general case: "nach dem Hochwasser", "vor dem Starkregen", "vom Unfall
 * gestern", "trotz Glatteis", "beim Brand letzte Woche", "bei Gasgeruch",
 * "seit dem Rohrbruch", "Schutz gegen Hochwasser", "Sandsäcke für
 * Hochwasser", "Unfall ohne Verletzte". A word right after one of them
 * (and an article) tells of something over, expected or general, not of a
 * danger now. Not "wegen": "gesperrt wegen Unfall" is now.
 */
const AFTERMATH_PREPOSITIONS: ReadonlySet<string> = new Set(["nach", "vor", "vom", "trotz", "bei", "beim", "seit", "gegen", "fuer", "ohne"]);
const ARTICLES: ReadonlySet<string> = new Set([
  "dem", "der", "den", "des", "die", "das", "ein", "eine", "einen", "einem", "einer", "eines", "diesem", "dieser", "diesen", "letzten", "letztem", "starkem", "starker",
]);

const isUpper = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde);
const isLower = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);

/**
 * True if a noun at `at` follows an aftermath preposition: "nach dem
 * Rohrbruch", "nach dem brand" (with an article, whatever the case), "trotz
 * Glatteis" (without one: a noun by its capital letter, or any word where
 * case says nothing, in a sentence without capitals or a word in
 * capitals: "bei hochwasser"). "nach" counts only with an article:
 * "riecht nach verbranntem Plastik" is a smell, "Sperrung nach Unfall" a
 * headline of now.
 */
function afterPreposition(text: TriageText, at: number, caseless: CaselessSentences): boolean {
  const { tokens } = text;
  let previous = at - 1;
  const before = tokens[previous];
  const article = before?.kind === "word" && ARTICLES.has(before.text);
  if (article) previous--;
  const preposition = tokens[previous];
  if (preposition?.kind !== "word" || !AFTERMATH_PREPOSITIONS.has(preposition.text)) return false;
  // "Was ist das für ein Qualm?" asks about something now.
  if (preposition.text === "fuer" && askedWhatFor(tokens, previous)) return false;
  if (article) return true;
  if (preposition.text === "nach") return false;
  const first = originalCodeAt(text, at);
  return isUpper(first) || (isLower(first) && caseless.has(text, at));
}

/** How many words before a `past` marker "seit" makes it the start of something still going on. */
const SINCE_REACH = 4;

/** True if "seit" stands at most {@link SINCE_REACH} words before token `at`, in its clause: "seit dem Unfall letzte Woche". */
function sinceBefore(tokens: readonly Token[], at: number): boolean {
  let seen = 0;
  for (let previous = at - 1; previous >= 0 && seen < SINCE_REACH; previous--) {
    const token = tokens[previous]!;
    if (isClauseBoundary(token)) return false;
    if (token.kind !== "word") continue;
    seen++;
    if (token.text === "seit") return true;
  }
  return false;
}

/** True if "was" stands at most three words before the "für" at `at`, in its clause: "was ist das für ein Qualm". */
function askedWhatFor(tokens: readonly Token[], at: number): boolean {
  let seen = 0;
  for (let previous = at - 1; previous >= 0 && seen < 3; previous--) {
    const token = tokens[previous]!;
    if (isClauseBoundary(token)) return false;
    if (token.kind !== "word") continue;
    seen++;
    if (token.text === "was") return true;
  }
  return false;
}

/** Which sentences of one comment are written without capitals, found once per sentence that is asked about. */
class CaselessSentences {
  #known: Map<number, boolean> | undefined;

  /** Forgets the sentences of the last comment. */
  reset(): void {
    this.#known?.clear();
  }

  /** True if the sentence of token `at` is written without capitals. */
  has(text: TriageText, at: number): boolean {
    const sentence = text.tokens[at]!.sentence;
    const known = (this.#known ??= new Map()).get(sentence);
    if (known !== undefined) return known;
    const result = writtenWithoutCapitals(text, sentence, at);
    this.#known.set(sentence, result);
    return result;
  }
}

/** True if no word of a sentence but its first begins with a capital letter: its writer does not mark nouns. */
function writtenWithoutCapitals(text: TriageText, sentence: number, from: number): boolean {
  const { tokens } = text;
  let first = from;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  let words = 0;
  for (let at = first; at < tokens.length && tokens[at]!.sentence === sentence; at++) {
    if (tokens[at]!.kind !== "word") continue;
    if (words++ > 0 && isUpper(originalCodeAt(text, at))) return false;
  }
  return true;
}

/** True if a word has a letter three or more times in a row. */
function hasLongRun(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word.charCodeAt(k) === word.charCodeAt(k - 1) && word.charCodeAt(k) === word.charCodeAt(k - 2)) return true;
  return false;
}

/** A word with each run of three or more equal letters cut to `keep` letters: "feuerrrr" → "feuer" (1), "brennnnt" → "brennt" (2). */
function squeezeRuns(word: string, keep: number): string {
  let result = "";
  for (let start = 0; start < word.length; ) {
    let end = start + 1;
    while (end < word.length && word.charCodeAt(end) === word.charCodeAt(start)) end++;
    result += word.slice(start, end - start >= 3 ? start + keep : end);
    start = end;
  }
  return result;
}

/** Apostrophes people type before a clitic "s". */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’", "‘", "´", "`"]);

/** True if token `at` is an apostrophe between a word and a clitic "s" ("knallt's", "gibt's"). */
function cliticMark(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return token.kind === "punct" && APOSTROPHES.has(token.text) && tokens[at - 1]?.kind === "word" && tokens[at + 1]?.text === "s";
}

/** Whether `entry` is among the first `count` of `found`. */
function among(found: readonly DangerEntry[], count: number, entry: DangerEntry): boolean {
  for (let k = 0; k < count; k++) if (found[k] === entry) return true;
  return false;
}

const PLAIN_VOWELS: Readonly<Record<string, string>> = { ä: "a", ö: "o", ü: "u" };

/**
 * The forms in which a lexicon entry is compared: its lexicon form, and,
 * where it has ä, ö or ü, its lexicon form with them written without dots
 * ("umgestürzt" also as "umgesturzt"), as people type without umlauts.
 */
export function dangerSpellings(entry: string): string[] {
  const folded = foldForLexicon(entry);
  const lower = entry.normalize("NFC").toLowerCase();
  if (!/[äöü]/.test(lower)) return [folded];
  const plain = foldForLexicon(lower.replace(/[äöü]/g, (vowel) => PLAIN_VOWELS[vowel]!));
  return plain === folded ? [folded] : [folded, plain];
}

/**
 * The forms of a phrase of the danger lists: its spellings (see
 * {@link dangerSpellings}) and, for each pair of DANGER_CONTRACTIONS in it,
 * the same with the spoken form ("liegt auf dem" also as "liegt aufm",
 * "will nicht mehr leben" also as "will nimmer leben").
 */
export function dangerPhraseForms(phrase: string): string[] {
  let forms = dangerSpellings(phrase);
  for (const [written, spoken] of CONTRACTIONS) {
    const more: string[] = [];
    for (const form of forms) if (` ${form} `.includes(` ${written} `)) more.push(` ${form} `.split(` ${written} `).join(` ${spoken} `).trim());
    forms = [...forms, ...more];
  }
  return forms;
}

const CONTRACTIONS = DANGER_CONTRACTIONS.map(([written, spoken]) => [foldForLexicon(written), foldForLexicon(spoken)] as const);

/** Prefixes before the "ge" of a participle: "umgefallen", "abgebrochen", "zusammengebrochen". */
const PARTICIPLE_PREFIXES = [
  "", "um", "ab", "an", "auf", "aus", "ein", "hin", "her", "rein", "raus", "runter", "herunter", "weg", "zusammen", "zu", "los", "durch", "vor", "nach",
  "ueber", "hoch", "fest", "kaputt",
];
/** Letters before which southern German drops the e of "ge": "gfalln", "gsehn", "gwesen". */
const GE_SYNCOPE = new Set(["f", "l", "m", "n", "r", "s", "w"]);

/**
 * How a participle's "ge" is spoken in dialect (a word in lexicon form):
 * "je" in Berlin and Saxony ("umjefallen"), "g" in the south before f, l,
 * m, n, r, s, w ("umgfallen"). Empty for a word without a participle's
 * "ge".
 */
export function spokenParticiples(word: string): string[] {
  const forms: string[] = [];
  for (const prefix of PARTICIPLE_PREFIXES) {
    if (!word.startsWith(`${prefix}ge`) || word.length - prefix.length < 6) continue;
    const rest = word.slice(prefix.length + 2);
    forms.push(`${prefix}je${rest}`);
    if (GE_SYNCOPE.has(rest[0]!)) forms.push(`${prefix}g${rest}`);
  }
  return forms;
}

/**
 * The forms in which a word of the danger lists (lexicon form) may be
 * written as spoken: its participle's "ge" as in {@link spokenParticiples},
 * and an ending "-en" as "-n" (north and east: "umjefalln", "lebn") or "-a"
 * (south: "umgfalla", "brenna"). Not the word itself.
 */
export function spokenForms(word: string): string[] {
  const forms = new Set<string>();
  for (const form of [word, ...spokenParticiples(word)]) {
    forms.add(form);
    if (form.length >= 5 && form.endsWith("en")) {
      forms.add(`${form.slice(0, -2)}n`);
      forms.add(`${form.slice(0, -2)}a`);
      // Swiss, Swabian and Cologne drop the n: "aagfahre", "jefalle".
      if (form !== word) forms.add(form.slice(0, -1));
    }
  }
  forms.delete(word);
  return [...forms];
}

/**
 * A term (lexicon form) with one inner letter dropped, as typed in a hurry:
 * "unfall" → "unfal", "gasgeruch" → "gasgeuch". The first two letters and
 * the last stay.
 */
export function droppedLetters(term: string): string[] {
  const forms = new Set<string>();
  for (let at = 2; at < term.length - 1; at++) forms.add(term.slice(0, at) + term.slice(at + 1));
  forms.delete(term);
  return [...forms];
}

const isLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isVowel = (code: number): boolean => code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75 || code === 0x79;

/**
 * A word ending in a consonant and "l" or "n" that standard German spells
 * with an "e" between ("Stromkabl" → "stromkabel", "Bodn" → "boden",
 * "lebn" → "leben"), or undefined. Not after "h", "r" or the same letter
 * ("Bahn", "gern", "dann" are standard).
 */
export function withSpokenEnding(word: string): string | undefined {
  const length = word.length;
  if (length < 4) return undefined;
  const last = word.charCodeAt(length - 1);
  if (last !== 0x6e && last !== 0x6c) return undefined;
  const before = word.charCodeAt(length - 2);
  if (!isLetter(before) || isVowel(before) || before === 0x72 || before === last || (last === 0x6c && before === 0x6e)) return undefined;
  // "h" only as the end of "sch" ("Gasflaschn" → "gasflaschen"): after a vowel it is standard ("Bahn", "Sohn").
  if (before === 0x68 && !word.endsWith(`sch${word.slice(-1)}`)) return undefined;
  return `${word.slice(0, -1)}e${word.slice(-1)}`;
}

/** A road number ("a7", "b27", "k12", "l1140", "st2045") as the kind of road it names, or undefined. */
export function roadOfNumber(word: string): string | undefined {
  const letters = word.startsWith("st") ? 2 : 1;
  if (word.length <= letters || word.length > letters + 4) return undefined;
  for (let k = letters; k < word.length; k++) if (word.charCodeAt(k) < 0x30 || word.charCodeAt(k) > 0x39) return undefined;
  switch (word.slice(0, letters)) {
    case "a":
      return "autobahn";
    case "b":
      return "bundesstrasse";
    case "k":
    case "l":
    case "st":
      return "landstrasse";
    default:
      return undefined;
  }
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * True if a word is a year: of the last and this century ("2021"), or, with
 * `older`, from 1000 on ("1842"). "das Hochwasser 2021", "der Stadtbrand
 * von 1842" name an event past; a bare "1000" may be metres ("Feuer 1000
 * Meter weiter").
 */
const isYear = (word: string, older = false): boolean =>
  word.length === 4 &&
  (word.startsWith("19") || word.startsWith("20") || (older && word.startsWith("1"))) &&
  isDigit(word.charCodeAt(1)) &&
  isDigit(word.charCodeAt(2)) &&
  isDigit(word.charCodeAt(3));

/** Prepositions between a danger word and a year that date it: "der Stadtbrand von 1842", "das Hochwasser aus dem Jahr 2013" (see {@link beforeYear}). */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(["von", "aus", "anno", "im", "jahr"]);

/** Words in the answer to "Feuer?" that make the denial a correction to worse: "Nee, schlimmer", "Nein, aber er bewegt sich nicht". */
const WORSE_ANSWERS: ReadonlySet<string> = new Set(["schlimmer", "aber", "sondern", "doch", "jedoch", "tot", "tote"]);

/**
 * Particles of separable verbs that end a clause when the verb is split: "knall … ab", "schlitz … auf",
 * "mach … kalt". Not "um": "bring … um" has phrases of its own, which tell it from "bring sie um 8" and from
 * the sigh and the joke ("ich bring ihn um 😂").
 */
const SPLIT_PARTICLES: ReadonlySet<string> = new Set(["ab", "an", "auf", "kalt", "tot", "platt"]);
/** Who a split verb of a threat is done to: "er schlitzt mich auf", "ich knall euch ab", "er macht sie kalt", "knallt jeden ab" (not "sich": "die App hängt sich auf"). */
const SPLIT_VERB_PERSONS: ReadonlySet<string> = new Set(["dich", "euch", "ihn", "mich", "uns", "dir", "sie", "jeden", "alle"]);
/** Persons of SPLIT_VERB_PERSONS that are also a thing or a time with a noun after them ("jeden Tag", "alle Raketen"): only right before the particle. */
const SPLIT_VERB_NEAR_PERSONS: ReadonlySet<string> = new Set(["sie", "jeden", "alle"]);
/** Words between the person and the particle that make a thing the object: "brenne euch die Fotos ab", "stechen dich beim Wettbewerb ab". */
const SPLIT_VERB_THINGS: ReadonlySet<string> = new Set(
  ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "dein", "deine", "deinen", "euer", "eure", "euren", "mein", "meine", "meinen", "sein", "seine", "seinen", "ihr", "ihre", "ihren", "beim"],
);
/**
 * People named by a role, with a determiner before them, to whom a split verb of a threat is done: "ich knall den Lehrer
 * ab", "ich mach den Chef kalt", "knall ich meinen Ex ab". Only right before the particle and only after a determiner, and
 * not after a preposition ("ich mach den Kaffee für den Chef kalt").
 */
const SPLIT_VERB_ROLES: ReadonlySet<string> = new Set([
  "lehrer", "lehrerin", "chef", "chefin", "ex", "bürgermeister", "bürgermeisterin", "sachbearbeiter", "sachbearbeiterin", "vermieter", "vermieterin",
  "nachbarn", "nachbarin", "hausmeister", "hausmeisterin", "typen", "kerl", "richter", "richterin", "landrat", "landrätin", "trainer", "trainerin",
  "schiri", "schiedsrichter", "kollegen", "kollegin", "politesse", "beamten", "beamtin", "rektor", "rektorin", "direktor", "direktorin", "mann", "frau",
  "freund", "freundin", "vater", "mutter", "bruder", "schwester", "stiefvater", "schwager", "bullen", "polizisten",
  // Plurals and exes: "alle Lehrerinnen", "die Chefs", "meine Mitschüler", "meinen Exfreund". Not "Klasse": "Ich mach die Klasse um 8 kalt" airs a room.
  "lehrerinnen", "chefs", "schüler", "mitschüler", "männer", "frauen", "kolleginnen", "politiker", "lehrkräfte", "exfreund", "exfreundin", "exmann", "exfrau",
  "stiefmutter",
].map(foldForLexicon));
/** Insults joined to the front of a role: "den Drecks-Lehrer", "den Scheißchef". */
const SPLIT_VERB_ROLE_INSULTS: readonly string[] = ["drecks", "scheiß", "scheiss", "scheis", "mist", "kack", "hurensohn"].map(foldForLexicon);
/** Roles that also end compounds: "den Klassenlehrer", "den Schulleiter", "den Küchenchef". */
const SPLIT_VERB_ROLE_ENDINGS: readonly string[] = ["lehrer", "lehrerin", "leiter", "leiterin", "chef", "chefin"];

/** True if the word is a role of {@link SPLIT_VERB_ROLES}, alone, with an insult joined to its front, or at the end of a compound. */
function isRole(word: string): boolean {
  if (SPLIT_VERB_ROLES.has(word)) return true;
  for (const insult of SPLIT_VERB_ROLE_INSULTS) if (word.startsWith(insult) && SPLIT_VERB_ROLES.has(word.slice(insult.length))) return true;
  for (const ending of SPLIT_VERB_ROLE_ENDINGS) if (word.length > ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}

/**
 * Games in which a role is "shot" or "killed" as play: "Beim Paintball knall ich den Chef ab", "Bei Werwolf machen wir den
 * Bürgermeister heute Nacht kalt", "… beim Kickern". A threat against a role in a comment naming one is left to the model.
 * Not "Spiel": "Nach dem Spiel knall ich den Schiri ab" is said of a match.
 */
const SPLIT_VERB_ROLE_GAMES: ReadonlySet<string> = new Set(
  [
    "paintball", "lasertag", "völkerball", "fortnite", "schneeballschlacht", "schneebällen", "schneeball", "werwolf", "werwölfe", "mörderspiel", "among",
    "counterstrike", "nerf", "wasserpistole", "wasserpistolen", "schafkopf", "skat", "doppelkopf", "kickern", "kicker", "tischkicker", "schach", "zocken",
    "gezockt", "game", "ingame", "videospiel", "computerspiel", "konsole", "playstation", "xbox", "minecraft", "gta", "duty",
  ].map(foldForLexicon),
);
/** True if a word of the comment names a game of SPLIT_VERB_ROLE_GAMES. */
function namesGame(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.kind === "word" && SPLIT_VERB_ROLE_GAMES.has(token.text)) return true;
  return false;
}

/** Determiners of SPLIT_VERB_ROLE_DETERMINERS that mark the role as the object, not the subject: "den Lehrer", "meinen Chef". */
const SPLIT_VERB_OBJECT_DETERMINERS: ReadonlySet<string> = new Set(["den", "diesen", "meinen", "deinen", "seinen", "ihren", "unseren", "euren", "jeden", "einen"]);
/** Determiners before such a role. */
const SPLIT_VERB_ROLE_DETERMINERS: ReadonlySet<string> = new Set(
  ["den", "die", "diesen", "diese", "meinen", "meine", "deinen", "deine", "seinen", "seine", "ihren", "ihre", "unseren", "unsere", "euren", "eure", "alle", "jeden", "einen"],
);
/** Prepositions that make the role the object of something else: "den Kaffee für den Chef kalt". */
const SPLIT_VERB_ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(
  ["für", "mit", "bei", "von", "zu", "nach", "über", "unter", "vor", "hinter", "neben", "gegen", "ohne", "um", "durch", "aus", "beim", "vom", "zum", "zur", "an", "auf", "in"].map(foldForLexicon),
);
/**
 * Words that may stand between a role and the particle, or between the subject and the particle when the role comes
 * first: "ich knall den Lehrer morgen ab", "den Lehrer knall ich morgen ab". Times and manners only: any other word
 * may make the role the object of something else ("den Lehrer nach der Stunde ab").
 */
const SPLIT_VERB_ROLE_ADVERBS: ReadonlySet<string> = new Set(
  [
    "morgen", "heute", "heut", "gleich", "glei", "bald", "nachher", "jetzt", "sofort", "demnächst", "endlich", "einfach", "noch", "mal", "persönlich",
    "eigenhändig", "eiskalt", "wirklich", "echt", "dann", "schon", "halt", "ja", "auch", "früh", "abends", "nachts",
    // The second word of "heute Abend", "morgen Nacht"; days and weeks ("Montag", "am nächsten Montag", "übermorgen", "diese Woche").
    "abend", "nacht", "mittag", "nachmittag", "vormittag", "übermorgen", "nächsten", "kommenden", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonnabend", "sonntag", "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags",
    "am", "woche", "nächste", "diese",
  ].map(foldForLexicon),
);
/** Days and parts of the week after "am" in a time between role and particle: "ich knall den Lehrer am Montag ab". */
const SPLIT_VERB_ROLE_DAYS: ReadonlySet<string> = new Set(
  ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "wochenende", "abend", "morgen", "nachmittag", "vormittag"].map(foldForLexicon),
);
/** What "nach der" or "in der" may name in such a time: "nach der Schule", "in der Pause". */
const SPLIT_VERB_ROLE_BREAKS: ReadonlySet<string> = new Set(["schule", "arbeit", "stunde", "pause", "sitzung", "schicht", "probe"]);
/** Hours spelled out after "um" in such a time: "um acht", "um halb neun". */
const SPLIT_VERB_ROLE_HOURS: ReadonlySet<string> = new Set(
  ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"].map(foldForLexicon),
);

/**
 * The first word of a time of several words that ends with the word at `at`: "am Montag", "um 8", "um 8 Uhr", "um
 * 8:30", "um halb neun", "nach der Schule", "in der Pause". Such a time may stand between role and particle like a
 * single time word ("ich knall den Lehrer um 8 ab"); the verb must still join the particle into a threat, so "ich hol
 * den Lehrer um 8 ab" stays a pick-up.
 */
function timePhraseEndingAt(tokens: readonly Token[], at: number): number | undefined {
  let k: number | undefined = at;
  const last = tokens[at]!.text;
  const before = wordBefore(tokens, at);
  if (before !== undefined && tokens[before]!.text === "am" && SPLIT_VERB_ROLE_DAYS.has(last)) return before;
  // "nach der Schule", "in der Pause".
  if (before !== undefined && tokens[before]!.text === "der" && SPLIT_VERB_ROLE_BREAKS.has(last)) {
    const preposition = wordBefore(tokens, before);
    if (preposition !== undefined && (tokens[preposition]!.text === "nach" || tokens[preposition]!.text === "in")) return preposition;
  }
  if (last === "uhr") k = wordBefore(tokens, at);
  if (k === undefined) return undefined;
  // "um 8:30", "um 8.30": the minutes, a colon or point, then the hour.
  if (isAllDigits(tokens[k]!.text) && k >= 2) {
    const mark = tokens[k - 1]!;
    const hourBeforeMark = tokens[k - 2]!;
    if (mark.kind === "punct" && (mark.text === ":" || mark.text === ".") && hourBeforeMark.kind === "word" && isAllDigits(hourBeforeMark.text)) k -= 2;
  }
  const hour = tokens[k]!.text;
  if (!isAllDigits(hour) && !SPLIT_VERB_ROLE_HOURS.has(hour)) return undefined;
  k = wordBefore(tokens, k);
  if (k !== undefined && tokens[k]!.text === "halb") k = wordBefore(tokens, k);
  return k !== undefined && tokens[k]!.text === "um" ? k : undefined;
}

/**
 * True if the word may be an adjective or an insult between determiner and role: "den scheiß Lehrer", "meinen
 * blöden Chef", "den Drecks-Lehrer". Not an article or a preposition ("den Kaffee der Lehrer", "für"), which would
 * make the role the object of something else.
 */
function isRoleAdjective(word: string): boolean {
  if (SPLIT_VERB_THINGS.has(word) || SPLIT_VERB_ROLE_PREPOSITIONS.has(word) || SPLIT_VERB_ROLE_DETERMINERS.has(word) || !isLetters(word)) return false;
  if (word.startsWith("schei") || word === "drecks" || word === "kack") return true;
  return word.length >= 4 && (word.endsWith("en") || word.endsWith("e") || word.endsWith("er") || word.endsWith("es") || word.endsWith("em"));
}

/** The determiner of the role at `role`, over one or two adjectives or insults between them (see {@link isRoleAdjective}). */
function roleDeterminer(tokens: readonly Token[], role: number): number | undefined {
  let determiner = wordBefore(tokens, role);
  for (let adjectives = 0; adjectives < 2 && determiner !== undefined && !SPLIT_VERB_ROLE_DETERMINERS.has(tokens[determiner]!.text) && isRoleAdjective(tokens[determiner]!.text); adjectives++) {
    determiner = wordBefore(tokens, determiner);
  }
  return determiner !== undefined && SPLIT_VERB_ROLE_DETERMINERS.has(tokens[determiner]!.text) ? determiner : undefined;
}

/** True if a word is digits only, at most two of them (an hour). */
function isAllDigits(word: string): boolean {
  if (word.length === 0 || word.length > 2) return false;
  for (let index = 0; index < word.length; index++) if (!isDigit(word.charCodeAt(index))) return false;
  return true;
}
/** Subjects of a split verb done to a role: pronouns only, as a noun there may be the role's own doer or thing. */
const SPLIT_VERB_ROLE_SUBJECTS: ReadonlySet<string> = new Set(["ich", "wir", "er", "sie", "du", "ihr", "man", "einer", "i"]);

/** Words that may open the clause before a role that comes first: "Und den Lehrer knall ich ab". */
const SPLIT_VERB_FRONTED_OPENERS: ReadonlySet<string> = new Set(["und", "aber", "dann", "also", "na", "ja"]);
/** Words before the particle in which its verb is looked for. */
const SPLIT_VERB_REACH = 10;
/** What a joined split verb may report (see joinedSplitVerb in createDangerFinder). */
const SPLIT_VERB_CATEGORIES: ReadonlySet<DangerCategory> = new Set<DangerCategory>(["threat", "self-harm"]);

/** Takes the hits that `drop` names out of `hits`, in place. */
function removeHits(hits: DangerHit[], drop: (hit: DangerHit) => boolean): void {
  let kept = 0;
  for (const hit of hits) if (!drop(hit)) hits[kept++] = hit;
  hits.length = kept;
}

/** True if the word at `at` ends its clause: the comment or the clause ends after it. */
function endsClause(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next === undefined || next.kind !== "word" || isClauseBoundary(next) || next.text === "wenn" || next.text === "falls" || next.text === "weil" || next.text === "dann";
}

/** The index of the word before `tokens[at]` in its clause, if there is one. */
function wordBefore(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (isClauseBoundary(token)) return undefined;
    if (token.kind === "word") return k;
  }
  return undefined;
}

/** True if a subject pronoun stands right before or right after the verb at `at`, in its clause: "ich knall", "knallt er". */
function pronounBeside(tokens: readonly Token[], at: number): boolean {
  const before = wordBefore(tokens, at);
  if (before !== undefined && SPLIT_VERB_ROLE_SUBJECTS.has(tokens[before]!.text)) return true;
  for (let k = at + 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (isClauseBoundary(token)) return false;
    if (token.kind === "word") return SPLIT_VERB_ROLE_SUBJECTS.has(token.text);
  }
  return false;
}

/** True if a word has letters only (no digits): the verb of a split verb. */
function isLetters(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (isDigit(word.charCodeAt(index))) return false;
  return true;
}

/**
 * Words right before a year that make it the date of the sentence's events:
 * "dass 1923 die Brücke weggespült wurde", "im Jahr 2013", "anno 1842". Not
 * "seit" (since then, so still now), "wie" ("wie 2021 steht der Keller unter
 * Wasser") or "von" ("die Brücke von 1923 ist eingestürzt": the year names
 * the bridge).
 */
const DATING_WORDS: ReadonlySet<string> = new Set(["dass", "im", "jahr", "anno"]);
/** The same before a year of the last two centuries only ("die Scheune ist 1987 abgebrannt"): "ist 1500 Meter entfernt" is no date. */
const DATING_VERBS: ReadonlySet<string> = new Set(["damals", "ist", "war", "wurde", "wurden", "waren"]);
/** Months and seasons: "im Juli 2021", "im Sommer 2003" (a month without a day is not today). */
const MONTHS_AND_SEASONS: ReadonlySet<string> = new Set(
  ["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "sommer", "winter", "herbst", "frühjahr", "frühling"].map(foldForLexicon),
);
/** Words after a number that make it a quantity, not a year: "ist 2000 Meter entfernt", "im 1000-Liter-Tank". */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(
  ["meter", "m", "km", "kilometer", "cm", "zentimeter", "liter", "l", "kg", "kilo", "tonnen", "t", "grad", "euro", "eur", "leute", "menschen", "personen", "mal", "qm", "quadratmeter", "hektar", "ha", "stück", "einwohner", "volt", "kw"].map(foldForLexicon),
);

/** The year of the clock when the lists were loaded: a year from it on is no past. */
const THIS_YEAR = new Date().getUTCFullYear();
/** Words after a year that date a thing, not the sentence's events: "ist 1940 geboren", "wurde 1965 gebaut", "war 2024 neu". */
const THING_DATES: ReadonlySet<string> = new Set(
  ["geboren", "gebaut", "erbaut", "errichtet", "zugelassen", "verlegt", "eröffnet", "gekauft", "neu", "eingezogen", "gepflanzt", "saniert", "renoviert"].map(foldForLexicon),
);
/** Words that name a number as something else than a year: "Hausnummer ist 1990", "die PLZ ist 2000". */
const NUMBER_NAMES: ReadonlySet<string> = new Set(["hausnummer", "nummer", "nr", "plz", "postleitzahl", "zimmer", "raum", "raumnummer", "zimmernummer", "wohnung"].map(foldForLexicon));

/**
 * True if the word at `at` is a year that dates its sentence (see
 * {@link DATING_WORDS} and {@link DATING_VERBS}): a `past` marker, which takes the danger words of the
 * sentence out as any other.
 */
function isDatingYear(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!.text;
  // This year and later are not past: "Es ist 2026 und in der Schillerstraße brennt ein Haus".
  if (!isYear(word, true) || Number(word) >= THIS_YEAR) return false;
  const next = tokens[at + 1];
  // A quantity, or a year that dates only its thing: "1500 Meter", "ist 1940 geboren", "wurde 1965 gebaut".
  if (next !== undefined && next.kind === "word" && (QUANTITY_WORDS.has(next.text) || THING_DATES.has(next.text))) return false;
  const before = tokens[at - 1];
  if (before === undefined || before.kind !== "word") return false;
  // A number named as a house, room or postcode: "Hausnummer ist 1990".
  const twoBefore = tokens[at - 2];
  if (twoBefore !== undefined && NUMBER_NAMES.has(twoBefore.text)) return false;
  if (DATING_WORDS.has(before.text)) return true;
  if (DATING_VERBS.has(before.text)) return isYear(word);
  return MONTHS_AND_SEASONS.has(before.text) && twoBefore !== undefined && (twoBefore.text === "im" || twoBefore.text === "in");
}

/** True if a word is a clock time after "um" ("um 8", "um halb neun"): "bring sie um 8" is no threat. */
/** The hours written as words, in lexicon form as the tokens are: "bring euch um acht die Unterlagen". */
const HOUR_WORDS: ReadonlySet<string> = new Set(["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "mitternacht"].map(foldForLexicon));
const isTime = (word: string | undefined): boolean =>
  word !== undefined && (word === "halb" || word === "viertel" || HOUR_WORDS.has(word) || (word.charCodeAt(0) >= 0x30 && word.charCodeAt(0) <= 0x39));

const EMOJI = /\p{Extended_Pictographic}/u;

/** The bit of each context kind in the per-token marker masks. */
const CONTEXT_BIT: Readonly<Record<DangerContextKind, number>> = { drill: 1, resolved: 2, past: 4, thanks: 8, hypothetical: 16, joke: 32, serious: 128 };
/** Kinds that cancel the hits of their sentence. */
const SENTENCE_KINDS = CONTEXT_BIT.drill | CONTEXT_BIT.resolved | CONTEXT_BIT.past | CONTEXT_BIT.thanks | CONTEXT_BIT.hypothetical;
/** Context kinds whose markers the model never overrules: a case, the past, a danger over, thanks (see `overruleContexts`). */
const NEVER_OVERRULED = CONTEXT_BIT.hypothetical | CONTEXT_BIT.past | CONTEXT_BIT.resolved | CONTEXT_BIT.thanks;
/** Words after a thanks marker that make it bitter: "danke für nichts". */
const BITTER_THANKS: ReadonlySet<string> = new Set(["nichts", "nix", "garnichts"]);
/** A contrast word in the context index ("aber", "immer noch"). */
const CONTRAST = 64;
/** A word that turns to the present, in the context index ("jetzt", "plötzlich"): a contrast for markers before it only. */
const TURN = 256;
/** How many words before a `resolved` marker a request word makes it a request. */
const REQUEST_REACH = 3;
/** The categories a `joke` marker makes hyperbole. */
const JOKE_CATEGORIES: ReadonlySet<DangerCategory> = new Set(["self-harm", "medical"]);

/** What the one automaton finds inside a word: terms at its start or end, false friends, compound heads and stems of combinations, context pieces. */
type Piece =
  | { readonly kind: "prefix" | "suffix" | "typo"; readonly entry: DangerEntry }
  | { readonly kind: "friend" }
  | { readonly kind: "head" | "stem"; readonly combination: number }
  | { readonly kind: "context"; readonly bit: number };

/** What the one phrase index finds: terms, false friends, states of combinations and context markers of one or more whole words. */
type PhrasePiece =
  | { readonly kind: "term"; readonly entry: DangerEntry }
  | { readonly kind: "friend" }
  | { readonly kind: "state"; readonly combination: number }
  | { readonly kind: "context"; readonly bit: number };

/** What applyContexts leaves of the hits, and why, for the model's overrule. */
interface ContextVerdict {
  readonly kept: DangerHit[];
  /** Per token, whether a marker of its sentence took it out (1), or did so past a reader's "falls" clause (2); undefined where no marker of a sentence stood. */
  readonly cancelled?: Uint8Array;
  /** Per token, where the clause of a "falls" that speaks to the reader ends (see readerClauseEnds), or -1; undefined where no such "falls" was looked at. */
  readonly readerEnds?: Int32Array;
}

/** A combination compiled: its category and whether it is an alarm (weighs half). */
interface Combination {
  readonly category: DangerCategory;
  readonly alarm: boolean;
  /** How many words apart its subject and state may stand. */
  readonly reach: number;
  /** Whether subject and state may stand in two sentences in a row. */
  readonly acrossSentences: boolean;
}

/**
 * Compiles the danger lexicons once; the returned function reads a prepared
 * comment as written German (dialect and chat words, spoken participles
 * and endings, road numbers, words of emphasis inside phrases, a few
 * typos) and finds danger terms in it, minus false friends, negated
 * reports and reports in a context that takes the danger out (a drill,
 * thanks afterwards, a danger long past or over); a comment that opens
 * with danger emoji before a place is a report of its own.
 */
export function compileDanger(model?: CompiledDangerModel): { find: (text: TriageText) => DangerHit[]; decide: (text: TriageText, hits: readonly DangerHit[]) => DangerResult | undefined } {
  const pieces: { term: string; payload: Piece }[] = [];
  const wordTermLists = new Map<string, DangerEntry[]>();
  const phraseList: { phrase: string; payload: PhrasePiece }[] = [];
  const alarmTerms: ReadonlySet<DangerEntry> = new Set(DANGER_ALARM_TERMS);
  // The words of whole-word terms, phrases, subjects and states: what a word spoken in dialect may stand for.
  const vocabulary = new Set<string>();
  const know = (phrase: string): void => {
    for (const word of phrase.split(" ")) vocabulary.add(word);
  };
  // The words as the lists write them, without the forms typed without umlauts: "hält" keeps "halt" a word of emphasis.
  const writtenWords = new Set<string>();
  const knowWritten = (phrase: string): void => {
    for (const word of foldForLexicon(phrase).split(" ")) writtenWords.add(word);
  };
  const clauseEnd: ReadonlySet<DangerEntry> = new Set(DANGER_CLAUSE_END_TERMS);
  /** A phrase of DANGER_CLAUSE_END_TERMS whose clause runs on past it: "ich will nicht mehr warten". */
  const runsOn = (entry: DangerEntry, tokens: readonly Token[], last: number): boolean => clauseEnd.has(entry) && tokens[last + 1]?.kind === "word";
  for (const entry of [...DANGER_TERMS, ...DANGER_ALARM_TERMS, ...DANGER_CLAUSE_END_TERMS]) {
    const multiWord = entry.match === "phrase" || entry.term.includes(" ");
    for (const term of multiWord ? dangerPhraseForms(entry.term) : dangerSpellings(entry.term)) {
      if (multiWord) phraseList.push({ phrase: term, payload: { kind: "term", entry } });
      else if (entry.match === "prefix" || entry.match === "suffix") pieces.push({ term, payload: { kind: entry.match, entry } });
      else wordTermLists.set(term, [...(wordTermLists.get(term) ?? []), entry]);
      if (multiWord || entry.match === "word") know(term);
    }
    knowWritten(entry.term);
  }
  // Typed with a letter dropped: the terms of DANGER_TYPO_TERMS without one inner letter, unless that is a word the lists know.
  const typoTerms: ReadonlySet<string> = new Set(DANGER_TYPO_TERMS.map(foldForLexicon));
  for (const entry of DANGER_TERMS) {
    if (entry.match === "phrase" || !typoTerms.has(foldForLexicon(entry.term))) continue;
    for (const term of dangerSpellings(entry.term)) {
      for (const typo of droppedLetters(term)) if (!vocabulary.has(typo)) pieces.push({ term: typo, payload: { kind: "typo", entry } });
    }
  }
  for (const friend of DANGER_FALSE_FRIENDS) {
    if (friend.includes(" ")) for (const form of dangerPhraseForms(friend)) phraseList.push({ phrase: form, payload: { kind: "friend" } });
    else for (const form of dangerSpellings(friend)) pieces.push({ term: form, payload: { kind: "friend" } });
  }

  // Combinations and alarms, one numbering: subjects as words, heads or emoji; states as phrases, stems or emoji.
  const combinations: Combination[] = [];
  const subjectLists = new Map<string, number[]>();
  const emojiSubjects = new Map<string, number[]>();
  const emojiStates = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else if (!list.includes(index)) list.push(index);
  };
  const compileCombination = (combination: DangerCombination, alarm: boolean): void => {
    const index = combinations.length;
    combinations.push({ category: combination.category, alarm, reach: combination.reach ?? DANGER_COMBINATION_REACH, acrossSentences: combination.acrossSentences === true });
    for (const subject of combination.subjects) {
      if (EMOJI.test(subject)) add(emojiSubjects, emojiKey(subject), index);
      else if (subject.startsWith("*")) for (const head of dangerSpellings(subject.slice(1))) pieces.push({ term: head, payload: { kind: "head", combination: index } });
      else
        for (const word of dangerSpellings(subject)) {
          add(subjectLists, word, index);
          know(word);
          knowWritten(subject);
        }
    }
    for (const state of combination.states) {
      if (EMOJI.test(state)) add(emojiStates, emojiKey(state), index);
      else if (state.endsWith("*")) {
        // A stem also as spoken: "umgefall*" finds "umjefalln" and "umgfalla".
        for (const stem of dangerSpellings(state.slice(0, -1))) for (const form of [stem, ...spokenParticiples(stem)]) pieces.push({ term: form, payload: { kind: "stem", combination: index } });
      } else
        for (const phrase of dangerPhraseForms(state)) {
          phraseList.push({ phrase, payload: { kind: "state", combination: index } });
          know(phrase);
          knowWritten(state);
        }
    }
  };
  for (const combination of DANGER_COMBINATIONS) compileCombination(combination, false);
  for (const combination of DANGER_ALARMS) compileCombination(combination, true);

  // Context markers and contrast words.
  const emojiContexts = new Map<string, number>();
  for (const context of DANGER_CONTEXTS) {
    const bit = CONTEXT_BIT[context.kind];
    for (const word of context.words) for (const form of dangerPhraseForms(word)) phraseList.push({ phrase: form, payload: { kind: "context", bit } });
    for (const part of context.inWords) for (const form of dangerSpellings(part)) pieces.push({ term: form, payload: { kind: "context", bit } });
    for (const emoji of context.emoji) emojiContexts.set(emojiKey(emoji), (emojiContexts.get(emojiKey(emoji)) ?? 0) | bit);
  }
  for (const word of DANGER_CONTRAST_WORDS) for (const form of dangerSpellings(word)) phraseList.push({ phrase: form, payload: { kind: "context", bit: CONTRAST } });
  for (const word of DANGER_TURN_WORDS) for (const form of dangerSpellings(word)) phraseList.push({ phrase: form, payload: { kind: "context", bit: TURN } });

  // Dialect: the listed words, then the spoken forms of every word the lists know that no list holds as a word of its own.
  const dialectWords = new Map<string, string>();
  for (const [spoken, written] of Object.entries(DANGER_DIALECT_WORDS)) dialectWords.set(foldForLexicon(spoken), foldForLexicon(written));
  for (const word of vocabulary) {
    for (const form of spokenForms(word)) if (!vocabulary.has(form) && !dialectWords.has(form)) dialectWords.set(form, word);
  }
  // The words a split verb may be joined into (see joinedSplitVerb): single words of the threat and self-harm lists that begin with a particle.
  const splitVerbWords = [
    ...DANGER_TERMS.filter((entry) => SPLIT_VERB_CATEGORIES.has(entry.category)).map((entry) => entry.term),
    ...[...DANGER_COMBINATIONS, ...DANGER_ALARMS].filter((combination) => SPLIT_VERB_CATEGORIES.has(combination.category)).flatMap((combination) => combination.states),
  ].filter((word) => !word.includes(" ") && !word.includes("*") && [...SPLIT_PARTICLES].some((particle) => word.startsWith(particle)));
  const splitVerbTargets = new WordSet(splitVerbWords.flatMap(dangerSpellings));
  const dialect = new WordTable([...dialectWords].map(([spoken, written]) => [spoken, { id: registerWord(written), word: written }] as const));
  const roads = new Map(["autobahn", "bundesstrasse", "landstrasse"].map((road) => [road, { id: registerWord(road), word: road }] as const));
  const fillers = new WordSet(DANGER_FILLER_WORDS.map(foldForLexicon).filter((word) => !writtenWords.has(word)));
  const reportEmoji = new Map(Object.entries(DANGER_REPORT_EMOJI).map(([emoji, category]) => [emojiKey(emoji), category] as const));
  const warningEmoji: ReadonlySet<string> = new Set(DANGER_WARNING_EMOJI.map(emojiKey));
  const warnedEmoji = new Map(Object.entries(DANGER_WARNED_EMOJI).map(([emoji, category]) => [emojiKey(emoji), category] as const));
  const placeHeads = DANGER_EMOJI_PLACES.heads.map(foldForLexicon);
  const costFigures: ReadonlySet<string> = new Set(DANGER_COST_FIGURES.terms);
  const costHeads = DANGER_COST_FIGURES.heads.map(foldForLexicon);
  const compoundOnlyHeads = new Set(DANGER_COST_FIGURES.compoundOnly.map(foldForLexicon));
  const timeParticle = new Set<DangerEntry>([...DANGER_TERMS].filter((entry) => entry.term.endsWith(" um")));

  const wordTerms = new WordTable(wordTermLists);
  const phrases = new PhraseIndex(phraseList);
  const inWords = new TermAutomaton(pieces);
  const combinationSubjects = new WordTable(subjectLists);
  const requestWords = new WordSet(DANGER_REQUEST_WORDS.flatMap(dangerSpellings));
  const werden = new WordSet(["werden"]);
  const denials = new WordSet(DANGER_DENIALS.flatMap(dangerSpellings));
  const endings: ReadonlySet<string> = new Set(DANGER_SUFFIX_ENDINGS.map(foldForLexicon));
  const longestEnding = Math.max(0, ...[...endings].map((ending) => ending.length));
  const count = combinations.length;
  const caseless = new CaselessSentences();

  /** True if a compound head or suffix term ending at `end` leaves at most an ending of DANGER_SUFFIX_ENDINGS in `word`. */
  const endsWord = (word: string, end: number): boolean => end === word.length || (word.length - end <= longestEnding && endings.has(word.slice(end)));

  // Scratch space for one token, reused: the terms found in it (with the spans of prefix and suffix hits) and the false friends' spans.
  const found: DangerEntry[] = [];
  const foundStart: number[] = [];
  const foundEnd: number[] = [];
  const friendStart: number[] = [];
  const friendEnd: number[] = [];

  /** What one whole token holds besides terms: subjects and states by compound head or stem, context pieces (reused; valid up to the counts). */
  interface TokenRoles {
    readonly subjects: number[];
    subjectCount: number;
    readonly states: number[];
    stateCount: number;
    contexts: number;
  }
  const roles: TokenRoles = { subjects: [], subjectCount: 0, states: [], stateCount: 0, contexts: 0 };

  /**
   * Scans one word (a token, or one part of a hyphenated token) and adds to
   * `found` (from `foundCount` on) its terms that no false friend in it
   * covers; returns the new count. With `roles`, also collects the token's
   * compound heads, stems and context pieces.
   */
  const scanWord = (word: string, id: number, foundCount: number, roles: TokenRoles | undefined): number => {
    const exact = wordTerms.get(id);
    if (exact !== undefined) for (const entry of exact) if (!among(found, foundCount, entry)) found[foundCount++] = entry;
    const hits = inWords.collect(word);
    if (hits === 0) return foundCount;
    let friends = 0;
    let candidates = foundCount;
    for (let k = 0; k < hits; k++) {
      const term = inWords.hitTerms[k]!;
      const end = inWords.hitEnds[k]!;
      const begin = end - inWords.lengthOf(term);
      for (const piece of inWords.payloadsOf(term)) {
        switch (piece.kind) {
          case "prefix":
          case "suffix":
            if (piece.kind === "prefix" ? begin === 0 : begin > 0 && endsWord(word, end)) {
              found[candidates] = piece.entry;
              foundStart[candidates] = begin;
              foundEnd[candidates] = end;
              candidates++;
            }
            break;
          case "typo":
            // A term typed with a letter dropped, as a whole word or at the end of a compound ("Verkehrsunfal"), not as the start of a longer word.
            if (endsWord(word, end)) {
              found[candidates] = piece.entry;
              foundStart[candidates] = begin;
              foundEnd[candidates] = end;
              candidates++;
            }
            break;
          case "friend":
            friendStart[friends] = begin;
            friendEnd[friends] = end;
            friends++;
            break;
          case "head":
            if (roles !== undefined && endsWord(word, end)) roles.subjects[roles.subjectCount++] = piece.combination;
            break;
          case "stem":
            if (roles !== undefined && begin === 0) roles.states[roles.stateCount++] = piece.combination;
            break;
          case "context":
            if (roles !== undefined) roles.contexts |= piece.bit;
            break;
        }
      }
    }
    // A false friend covers a hit when its span includes the hit's span and is longer: "brandschutz" over "brand", "sonnenbrand" over "brand".
    let kept = foundCount;
    for (let k = foundCount; k < candidates; k++) {
      const hitStart = foundStart[k]!;
      const hitEnd = foundEnd[k]!;
      let isCovered = false;
      for (let f = 0; f < friends && !isCovered; f++) isCovered = friendStart[f]! <= hitStart && friendEnd[f]! >= hitEnd && friendEnd[f]! - friendStart[f]! > hitEnd - hitStart;
      const entry = found[k]!;
      if (isCovered || among(found, kept, entry)) continue;
      found[kept++] = entry;
    }
    return kept;
  };

  /** The joined word of the verb right before `at`, if a list of threats or self-harm has it: "knall" and "ab" as "abknallen". */
  const joinedWith = (particle: string, verb: string): { id: number; word: string } | undefined => {
    if (verb.length < 3 || !isLetters(verb)) return undefined;
    const stem = verb.endsWith("st") ? verb.slice(0, -2) : verb.endsWith("t") || verb.endsWith("e") ? verb.slice(0, -1) : verb;
    for (const word of [particle + verb, particle + stem + "en"]) {
      const id = idOfWord(word);
      if (splitVerbTargets.has(id)) return { id, word };
    }
    return undefined;
  };

  /**
   * A split verb with the role first and the clause opening with it: "Den Lehrer knall ich ab", "Meinen Ex mach
   * ich morgen kalt", "Und den Chef macht er kalt". Read as: an opener or nothing, determiner and role, verb, a
   * subject pronoun, times or manners, particle.
   */
  const frontedRoleVerb = (tokens: readonly Token[], at: number, particle: string): { id: number; word: string } | undefined => {
    if (particle === "platt") return undefined;
    let k = wordBefore(tokens, at);
    while (k !== undefined) {
      // A time of several words first: "am Abend" is not the adverb "abend" after an "am".
      const time = timePhraseEndingAt(tokens, k);
      if (time !== undefined) k = wordBefore(tokens, time);
      else if (SPLIT_VERB_ROLE_ADVERBS.has(tokens[k]!.text)) k = wordBefore(tokens, k);
      else break;
    }
    if (k === undefined || !SPLIT_VERB_ROLE_SUBJECTS.has(tokens[k]!.text)) return undefined;
    const verb = wordBefore(tokens, k);
    const role = verb === undefined ? undefined : wordBefore(tokens, verb);
    if (role === undefined || !isRole(tokens[role]!.text)) return undefined;
    const determiner = roleDeterminer(tokens, role);
    if (determiner === undefined) return undefined;
    // "sie" after the verb may be its object, the role then its doer: "Die Nachbarn knallen sie um 12 ab", "Meine Mutter sticht
    // sie ab". Only a determiner that marks the object ("den Lehrer knallt sie ab") leaves "sie" the subject.
    if (tokens[k]!.text === "sie" && !SPLIT_VERB_OBJECT_DETERMINERS.has(tokens[determiner]!.text)) return undefined;
    const opener = wordBefore(tokens, determiner);
    if (opener !== undefined && (!SPLIT_VERB_FRONTED_OPENERS.has(tokens[opener]!.text) || wordBefore(tokens, opener) !== undefined)) return undefined;
    if (namesGame(tokens)) return undefined;
    return joinedWith(particle, tokens[verb!]!.text);
  };

  /**
   * A verb split around its clause, as German main clauses split it: "knall
   * ich die ganzen … ab", "er schlitzt mich auf". At the particle that ends
   * the clause, each verb before it in the clause is joined to it
   * ("abknallen", "aufschlitzen"); the first joined
   * word that a list of threats or self-harm has as one word is the word
   * the particle is read as. Only those lists: the particles are too common
   * for the rest.
   */
  const joinedSplitVerb = (tokens: readonly Token[], at: number): { id: number; word: string } | undefined => {
    const particle = tokens[at]!.text;
    const fronted = frontedRoleVerb(tokens, at, particle);
    if (fronted !== undefined) return fronted;
    let seen = 0;
    // Times and manners right before the particle, skipped on the way to a role: "den Lehrer morgen ab".
    let adverbs = 0;
    let person = false;
    let byRole = false;
    for (let previous = at - 1; previous >= 0 && seen < SPLIT_VERB_REACH; previous--) {
      const token = tokens[previous]!;
      if (isClauseBoundary(token)) break;
      if (token.kind !== "word") continue;
      seen++;
      // A person must be what the verb is done to, with no thing after it: "schlitzt mich auf", "knall euch alle ab",
      // not "brenne euch die Fotos ab", "mach das Essen kalt", "die App hängt sich auf".
      if (!person) {
        // A time of several words, skipped as one, before single time words ("am Abend" is not "abend" after "am"):
        // "den Lehrer am Montag ab", "den Lehrer um 8 Uhr ab".
        const time = seen === adverbs + 1 ? timePhraseEndingAt(tokens, previous) : undefined;
        if (time !== undefined) {
          let words = 0;
          for (let k = time; k <= previous; k++) if (tokens[k]!.kind === "word") words++;
          seen += words - 1;
          adverbs += words;
          previous = time;
          continue;
        }
        if (seen === adverbs + 1 && SPLIT_VERB_ROLE_ADVERBS.has(token.text)) {
          adverbs++;
          continue;
        }
        // A role right before the particle or its times and manners, after a determiner that follows no preposition:
        // "knall den Lehrer ab", "knall den Lehrer morgen ab". Not "platt": "beim Tischtennis mach ich den Chef platt" is a game won.
        if (seen === adverbs + 1 && isRole(token.text) && particle !== "platt") {
          const determiner = roleDeterminer(tokens, previous);
          if (determiner === undefined) return undefined;
          const before = wordBefore(tokens, determiner);
          if (before !== undefined && SPLIT_VERB_ROLE_PREPOSITIONS.has(tokens[before]!.text)) return undefined;
          person = true;
          byRole = true;
          previous = determiner;
          seen++;
          continue;
        }
        // "sie", "jeden", "alle" right before the particle only: "knallt jeden ab", not "sticht jeden Tag Spargel ab".
        if (SPLIT_VERB_PERSONS.has(token.text) && (seen === 1 || !SPLIT_VERB_NEAR_PERSONS.has(token.text))) person = true;
        else if (SPLIT_VERB_THINGS.has(token.text) || SPLIT_VERB_NEAR_PERSONS.has(token.text)) return undefined;
        continue;
      }
      // A role behind a preposition or in a list is the object of something else: "den Sekt für die Gäste und die Chefin kalt".
      if (byRole && (SPLIT_VERB_ROLE_PREPOSITIONS.has(token.text) || token.text === "und" || token.text === "oder")) return undefined;
      const joined = joinedWith(particle, token.text);
      if (joined === undefined) continue;
      // A person must do it, named by a pronoun beside the verb ("ich knall den Lehrer ab", "knallt er den Lehrer ab"):
      // in "den Spargel sticht die Nachbarin morgen ab", "die Böller knallen die Nachbarn ab" the role is who does it.
      if (byRole && (!pronounBeside(tokens, previous) || namesGame(tokens))) return undefined;
      return joined;
    }
    return undefined;
  };

  /**
   * The comment as the danger lists read it: a word of dialect as its
   * standard word ("nei" as "rein"), an unknown word with a spoken ending
   * as written ("Bodn" as "boden"), a road number as its road ("A7" as
   * "autobahn"). The same text where nothing changes; else a copy of the
   * ids and, per token, the standard word to scan for terms inside it.
   */
  const readAsWritten = (text: TriageText): { view: TriageText; standard: (string | undefined)[] | undefined } => {
    const { tokens } = text;
    let ids = text.ids;
    let standard: (string | undefined)[] | undefined;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== "word") continue;
      let form = dialect.get(ids[at]!);
      if (form === undefined && SPLIT_PARTICLES.has(token.text) && endsClause(tokens, at)) form = joinedSplitVerb(tokens, at);
      if (form === undefined && ids[at]! < 0) {
        const road = roadOfNumber(token.text);
        if (road !== undefined) form = roads.get(road);
        else {
          const written = withSpokenEnding(token.text);
          if (written !== undefined) {
            const id = idOfWord(written);
            form = dialect.get(id) ?? { id, word: written };
          }
        }
      }
      if (form === undefined) continue;
      if (form.id !== ids[at]) {
        if (ids === text.ids) ids = Int32Array.from(text.ids);
        ids[at] = form.id;
      }
      (standard ??= [])[at] = form.word;
    }
    return { view: ids === text.ids ? text : { ...text, ids }, standard };
  };

  /**
   * Every phrase of the lists in the comment, as [payload, first token, last
   * token], with the words of DANGER_FILLER_WORDS skipped inside a phrase
   * ("will einfach nicht mehr leben" is "will nicht mehr leben"), and the
   * apostrophe of a clitic "s" ("dann knallt's" is "dann knallt es", "s"
   * being read as "es").
   */
  const findPhrases = (text: TriageText): readonly (readonly [PhrasePiece, number, number])[] => {
    const { tokens, ids } = text;
    const skipped = (at: number): boolean => fillers.has(ids[at]!) || cliticMark(tokens, at);
    let kept: number[] | undefined;
    for (let at = 0; at < tokens.length; at++) {
      if (!skipped(at)) continue;
      kept ??= Array.from({ length: at }, (_, index) => index);
      for (let next = at + 1; next < tokens.length; next++) if (!skipped(next)) kept.push(next);
      break;
    }
    if (kept === undefined) return phrases.findAll(text);
    const positions = kept;
    const compact = { tokens: positions.map((at) => tokens[at]!), ids: Int32Array.from(positions, (at) => ids[at]!) };
    return phrases.findAll(compact).map(([piece, first, last]) => [piece, positions[first]!, positions[last]!] as const);
  };

  /**
   * A comment that opens with danger emoji and then names a place, in few
   * words: "🔥🔥 Marktplatz", "🚗💥 Kreisel Ost", "⚠️🌳 K12 nach der
   * Brücke" (see DANGER_EMOJI_PLACES). Undefined for any other comment.
   */
  const emojiReport = (text: TriageText, standard: readonly (string | undefined)[] | undefined): DangerHit | undefined => {
    const { tokens } = text;
    let reported: DangerCategory | undefined;
    let warned: DangerCategory | undefined;
    let warning = false;
    let at = 0;
    for (; at < tokens.length && tokens[at]!.kind !== "word"; at++) {
      const key = tokens[at]!.text;
      reported ??= reportEmoji.get(key);
      warned ??= warnedEmoji.get(key);
      if (warningEmoji.has(key)) warning = true;
    }
    const category = reported ?? (warning ? warned : undefined);
    if (category === undefined || at === tokens.length) return undefined;
    let words = 0;
    for (const token of tokens) if (token.kind === "word" && ++words > DANGER_EMOJI_PLACES.maxWords) return undefined;
    const place = standard?.[at] ?? tokens[at]!.text;
    if (!(roads.has(place) || placeHeads.some((head) => place.endsWith(head)))) return undefined;
    return { category, label: `${tokens[0]!.text} + ${tokens[at]!.text}`, strong: false, weight: weightOf(category, "word"), first: 0, last: at };
  };

  /** True if a year follows token `at`, right after it or after up to three words of dating ("von", "aus dem Jahr"): "das Hochwasser 2021" names an event long past. */
  const beforeYear = (tokens: readonly Token[], at: number): boolean => {
    for (let next = at + 1; next <= at + 4 && next < tokens.length; next++) {
      const token = tokens[next]!;
      if (token.kind !== "word") return false;
      if (isYear(token.text, next > at + 1)) return true;
      if (!YEAR_PREPOSITIONS.has(token.text) && !ARTICLES.has(token.text)) return false;
    }
    return false;
  };

  const find = (input: TriageText): DangerHit[] => {
    const { view: text, standard } = readAsWritten(input);
    const { tokens, ids } = text;
    const hits: DangerHit[] = [];
    // One pass for everything of whole words, in the order of first tokens.
    const phraseHits = findPhrases(text);
    // Multi-word false friends, by first token, each with the farthest last token of those starting at or before it:
    // a hit is covered when one starting at or before it reaches to its end (and, being of other words, is longer).
    const friendFirst: number[] = [];
    const friendLast: number[] = [];
    let phraseStates = 0;
    let contextPhrases = 0;
    // The sentences in which the lists saw a danger term or a denied state, even one they then set aside: where they judged, the model's words do not count.
    let considered: Set<number> | undefined;
    const consider = (at: number): void => void (considered ??= new Set()).add(tokens[at]!.sentence);
    for (const [piece, first, last] of phraseHits) {
      // Not a phrase that holds only where its clause ends and runs on ("ich bring meinen Vater um er schlägt …"): no judgement.
      if ((piece.kind === "term" && !runsOn(piece.entry, tokens, last)) || piece.kind === "friend" || (piece.kind === "state" && stateNegated(tokens, first))) consider(first);
      if (piece.kind === "state") phraseStates++;
      else if (piece.kind === "context") contextPhrases++;
      else if (piece.kind === "friend") {
        friendFirst.push(first);
        friendLast.push(Math.max(last, friendLast[friendLast.length - 1] ?? -1));
      }
    }
    const covered = (first: number, last: number): boolean => {
      if (friendFirst.length === 0) return false;
      const index = lastAtOrBefore(friendFirst, first);
      return index >= 0 && friendLast[index]! >= last && !(friendFirst[index] === first && friendLast[index] === last);
    };

    // One pass over the tokens: terms, and the subjects, single-token states and context markers of each token.
    const subjectAt: number[] = []; // pairs: token, combination
    const stateAt: number[] = []; // pairs: token, combination
    let markers: Uint8Array | undefined;
    caseless.reset();
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind === "emoji") {
        const subjects = emojiSubjects.get(token.text);
        if (subjects !== undefined) for (const combination of subjects) subjectAt.push(at, combination);
        const states = emojiStates.get(token.text);
        if (states !== undefined) for (const combination of states) stateAt.push(at, combination);
        const bits = emojiContexts.get(token.text);
        if (bits !== undefined) (markers ??= new Uint8Array(tokens.length))[at] = markers[at]! | bits;
        continue;
      }
      if (token.kind !== "word") continue;
      if (isDigit(token.text.charCodeAt(0)) && isDatingYear(tokens, at)) (markers ??= new Uint8Array(tokens.length))[at] = markers[at]! | CONTEXT_BIT.past;
      roles.subjectCount = 0;
      roles.stateCount = 0;
      roles.contexts = 0;
      let termCount = scanWord(token.text, input.ids[at]!, 0, roles);
      const written = standard?.[at];
      if (written !== undefined) termCount = scanWord(written, ids[at]!, termCount, roles);
      if (token.parts !== undefined) for (const part of token.parts) termCount = scanWord(part, idOfWord(part), termCount, undefined);
      const subjects = combinationSubjects.get(ids[at]!);
      if (subjects !== undefined) for (const combination of subjects) subjectAt.push(at, combination);
      // Letters drawn out for emphasis ("Feuerrrr", "Hilfeee", "brennnt"): the word with each run of three or more as one letter and as two.
      if (hasLongRun(token.text)) {
        for (const squeezed of [squeezeRuns(token.text, 1), squeezeRuns(token.text, 2)]) {
          const id = idOfWord(squeezed);
          termCount = scanWord(squeezed, id, termCount, roles);
          const more = combinationSubjects.get(id);
          if (more !== undefined) for (const combination of more) subjectAt.push(at, combination);
        }
      }
      for (let k = 0; k < roles.subjectCount; k++) subjectAt.push(at, roles.subjects[k]!);
      if (roles.stateCount > 0 && !stateNegated(tokens, at)) for (let k = 0; k < roles.stateCount; k++) stateAt.push(at, roles.states[k]!);
      if (roles.contexts !== 0) (markers ??= new Uint8Array(tokens.length))[at] = markers[at]! | roles.contexts;
      if (termCount > 0 || (roles.stateCount > 0 && stateNegated(tokens, at))) consider(at);
      if (termCount === 0 || covered(at, at) || negatedBefore(tokens, at, NEGATION_REACH) || afterPreposition(text, at, caseless) || beforeYear(tokens, at)) continue;
      for (let k = 0; k < termCount; k++) {
        const entry = found[k]!;
        hits.push({ category: entry.category, label: entry.term, strong: false, weight: weightOf(entry.category, alarmTerms.has(entry) ? "alarm" : "word"), first: at, last: at });
      }
    }
    for (const [piece, at, last] of phraseHits) {
      if (piece.kind !== "term") continue;
      const entry = piece.entry;
      // A phrase that begins with a negator ("kein Strom") is itself the report; it is not negated by one before it.
      if (covered(at, last) || negatedBefore(tokens, at, NEGATION_REACH) || beforeYear(tokens, last)) continue;
      // "um" followed by a time is no "umbringen": "bring sie um 8 zur Schule".
      if (timeParticle.has(entry) && isTime(tokens[last + 1]?.text)) continue;
      // "ich will nicht mehr" ends its clause, or it is impatience ("ich will nicht mehr warten").
      if (runsOn(entry, tokens, last)) continue;
      const alarm = alarmTerms.has(entry);
      hits.push({ category: entry.category, label: entry.term, strong: !alarm, weight: weightOf(entry.category, alarm ? "alarm" : "strong"), first: at, last });
    }
    if (subjectAt.length > 0 && (stateAt.length > 0 || phraseStates > 0)) findCombinations(text, covered, phraseHits, subjectAt, stateAt, hits);
    if (tokens.length > 0 && tokens[0]!.kind === "emoji") {
      const report = emojiReport(text, standard);
      if (report !== undefined) hits.push(report);
    }

    if (hits.length === 0 && model !== undefined) addModelGuess(text, hits, considered);

    // "Unfall? Nein, das war die Übung": a danger word asked on its own and denied at once is no report.
    if (hits.length > 0) dropDeniedEchoes(text, hits, phraseHits, markers);
    if (hits.some((hit) => costFigures.has(hit.label))) {
      // One verdict per sentence: many hits in one long sentence read it once.
      const namesCost = new Map<number, boolean>();
      removeHits(hits, (hit) => {
        if (!costFigures.has(hit.label)) return false;
        const sentence = tokens[hit.first]!.sentence;
        let verdict = namesCost.get(sentence);
        if (verdict === undefined) namesCost.set(sentence, (verdict = sentenceNamesCost(tokens, hit.first)));
        return verdict;
      });
    }
    // Context: markers of a drill, thanks, a danger past or over; contrast words that keep them from the hits beyond.
    if (hits.length === 0 || (contextPhrases === 0 && markers === undefined)) return hits;
    const marks = markers ?? new Uint8Array(tokens.length);
    // 1: a contrast word, which ends a marker's reach both ways; 2: a turn to the present, which ends the reach of a marker before it.
    const contrast = new Uint8Array(tokens.length);
    for (const [piece, first] of phraseHits) if (piece.kind === "context" && (piece.bit === CONTRAST || piece.bit === TURN)) contrast[first] = piece.bit === CONTRAST ? 1 : 2;
    for (const [piece, first, last] of phraseHits) {
      if (piece.kind !== "context" || piece.bit === CONTRAST || piece.bit === TURN) continue;
      // "danke für nichts" is bitterness, not thanks afterwards.
      if (piece.bit === CONTEXT_BIT.thanks && BITTER_THANKS.has(tokens[last + 1]?.text ?? "")) continue;
      marks[first] = marks[first]! | piece.bit;
      // A contrast word inside a marker ("wieder frei") is part of it.
      for (let k = first; k <= last; k++) contrast[k] = 0;
    }
    const verdict = applyContexts(text, marks, contrast, hits);
    return verdict.kept.length < hits.length && model !== undefined ? overruleContexts(text, hits, verdict, marks) : verdict.kept;
  };

  /**
   * `kept` and, back with them, the hits a context marker took out of the one
   * category the model is all but sure of (CONTEXT_OVERRULE): the lists'
   * hits, and the model's own guesses where a joke took them out, not a
   * marker of their sentence. A drill or
   * joke marker is one word: "im Kurs", "Nachbarort" or a 😅 said nothing
   * about a drill or a joke in "Im Kurs in der Turnhalle ist gerade eine
   * Frau zusammengebrochen und atmet nicht mehr" or "Ich habe alle Tabletten
   * genommen, ich will nicht mehr leben. 😅", where the model, which reads the
   * whole comment and learnt from drills and jokes too, sees the danger the
   * lists saw. Not where the comment also tells of a case (a marker of
   * `hypothetical`, or "wenn", "falls"), of the past, of a danger over, or
   * thanks: the model is sure of "Falls es im Keller nach Gas riecht: raus
   * und 112 anrufen!" too, and it is advice. Self-harm and threats are
   * told in those words too ("wenn ich den heut noch seh, schlag ich ihn
   * tot"), and are kept all the same.
   */
  const overruleContexts = (text: TriageText, all: readonly DangerHit[], { kept, cancelled, readerEnds }: ContextVerdict, marks: Uint8Array): DangerHit[] => {
    const p = model!.probabilities(text.tokens);
    let best = 1;
    for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    const category = model!.classes[best];
    const still = new Set(kept);
    // The lower bar for self-harm only where laughter alone took its hits out, not a case or a course of their sentence.
    const laughterOnly = category === "self-harm" && all.every((hit) => hit.category !== category || still.has(hit) || !(cancelled?.[hit.first] ?? 0));
    if (!(p[best]! >= (laughterOnly ? CONTEXT_OVERRULE_SELF_HARM : CONTEXT_OVERRULE))) return kept;
    // Self-harm and threats are told in the same words: "wenn ich den heut noch seh, schlag ich ihn tot", "Profilbild gelöscht".
    if (category !== "self-harm" && category !== "threat" && toldAsCase(text, marks, readerEnds)) return kept;
    // The model's own guesses only where a joke took them out ("zu viele Tabletten genommen 😅"), not a drill, a case or the past
    // of their sentence ("Bei der Übung gestern im Baumarkt: … riecht es komisch"): there it confirms only what the lists saw.
    const back = all.filter((hit) => hit.category === category && !still.has(hit) && (hit.label !== MODEL_LABEL || !(cancelled?.[hit.first] ?? 0)));
    return back.length === 0 ? kept : [...kept, ...back];
  };

  /**
   * Drops the hits of a danger word asked on its own and denied at once:
   * a question of at most two words ("Unfall?", "Ein Brand??") whose next
   * sentence begins with a denial ("Nein", "nee") and reports nothing
   * itself — no danger word of its own, nothing worse ("schlimmer", "aber",
   * "sondern"). Not when the question asks whether it is over ("Feuer
   * gelöscht? Nein!"). Each sentence is looked at once, and only a few
   * tokens of it: a long text of questions stays linear.
   */
  const dropDeniedEchoes = (text: TriageText, hits: DangerHit[], phraseHits: readonly (readonly [PhrasePiece, number, number])[], markers: Uint8Array | undefined): void => {
    const { tokens, ids } = text;
    let hitSentences: Set<number> | undefined;
    let inContext: Uint8Array | undefined;
    const verdicts = new Map<number, boolean>();
    const denied = (at: number): boolean => {
      const sentence = tokens[at]!.sentence;
      let verdict = verdicts.get(sentence);
      if (verdict !== undefined) return verdict;
      verdict = false;
      // The question: at most two words and their marks, so only a few tokens either side.
      let first = at;
      while (first > 0 && tokens[first - 1]!.sentence === sentence && at - first < 6) first--;
      let next = at;
      while (next < tokens.length && tokens[next]!.sentence === sentence && next - at < 6) next++;
      const whole = (first === 0 || tokens[first - 1]!.sentence !== sentence) && (next === tokens.length || tokens[next]!.sentence !== sentence);
      let words = 0;
      for (let k = first; k < next; k++) if (tokens[k]!.kind === "word") words++;
      const end = tokens[next - 1]!;
      if (whole && words <= 2 && end.kind === "punct" && end.text.includes("?") && next < tokens.length && tokens[next]!.kind === "word" && denials.has(ids[next]!)) {
        if (inContext === undefined || hitSentences === undefined) {
          inContext = new Uint8Array(tokens.length);
          for (const [piece, from, to] of phraseHits) if (piece.kind === "context") for (let k = from; k <= to; k++) inContext[k] = 1;
          hitSentences = new Set(hits.map((hit) => tokens[hit.last]!.sentence));
        }
        let asksOver = false;
        for (let k = first; k < next; k++) if (inContext[k] === 1 || (markers !== undefined && markers[k] !== 0)) asksOver = true;
        const answer = tokens[next]!.sentence;
        let worse = hitSentences.has(answer);
        for (let k = next; k < tokens.length && tokens[k]!.sentence === answer && !worse; k++) worse = WORSE_ANSWERS.has(tokens[k]!.text);
        verdict = !asksOver && !worse;
      }
      verdicts.set(sentence, verdict);
      return verdict;
    };
    removeHits(hits, (hit) => denied(hit.first));
  };

  /** True if a word of the sentence of token `at` names a cost ("Gasrechnung", "Mieten"): see DANGER_COST_FIGURES. */
  const sentenceNamesCost = (tokens: readonly Token[], at: number): boolean => {
    const sentence = tokens[at]!.sentence;
    let first = at;
    while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
    for (let index = first; index < tokens.length && tokens[index]!.sentence === sentence; index++) {
      const token = tokens[index]!;
      if (token.kind !== "word") continue;
      for (const head of costHeads) {
        const end = token.text.lastIndexOf(head);
        if (end >= 0 && endsWord(token.text, end + head.length) && (end > 0 || !compoundOnlyHeads.has(head))) return true;
      }
    }
    return false;
  };

  /** Drops the hits that a context marker of their sentence (or, for jokes, of the comment) takes out, and says which tokens it took out, for the model's overrule; see DANGER_CONTEXTS. */
  const applyContexts = (text: TriageText, marks: Uint8Array, contrast: Uint8Array, hits: DangerHit[]): ContextVerdict => {
    const { tokens, ids } = text;
    let joke = false;
    let sentenceMarkers = false;
    for (let at = 0; at < tokens.length; at++) {
      if ((marks[at]! & CONTEXT_BIT.joke) !== 0) joke = true;
      // "Haha … Nein im Ernst": a joke taken back later in the comment is none.
      if ((marks[at]! & CONTEXT_BIT.serious) !== 0) joke = false;
      if ((marks[at]! & SENTENCE_KINDS) !== 0) sentenceMarkers = true;
    }
    let kept = joke ? hits.filter((hit) => !JOKE_CATEGORIES.has(hit.category)) : hits;
    if (!sentenceMarkers || kept.length === 0) return { kept };
    // Which sentences are questions: a "resolved" marker in a question asks whether it is over.
    const sentences = tokens[tokens.length - 1]!.sentence + 1;
    const question = new Uint8Array(sentences);
    for (const token of tokens) if (token.kind === "punct" && token.text.includes("?")) question[token.sentence] = 1;
    const valid = new Uint8Array(tokens.length);
    for (let at = 0; at < tokens.length; at++) {
      const bits = marks[at]! & SENTENCE_KINDS;
      if (bits === 0 || negatedBefore(tokens, at, NEGATION_REACH)) continue;
      if (bits === CONTEXT_BIT.resolved && (!isResolved(tokens, ids, at, question) || liked(tokens, at))) continue;
      // "seit letzter Woche", "seit dem Unfall letzte Woche": since then, so still now.
      if (bits === CONTEXT_BIT.past && sinceBefore(tokens, at)) continue;
      // "der Rettungswagen kommt aus dem Nachbarort": help coming from the next town, not a danger far away.
      if (bits === CONTEXT_BIT.drill && comesFrom(tokens, at)) continue;
      valid[at] = 1;
    }
    // Left to right and right to left: a token is in a marker's scope when a valid marker stands in its sentence with no contrast word between.
    // Past the clause of a "falls" that speaks to the reader, only self-harm and threats are let through (2).
    const cancelled = new Uint8Array(tokens.length);
    let active = false;
    let clauseEnd = -1;
    let escaping = false;
    let readerEnds: Int32Array | undefined;
    for (let at = 0; at < tokens.length; at++) {
      if (at > 0 && tokens[at]!.sentence !== tokens[at - 1]!.sentence) active = false;
      if (contrast[at] !== 0) active = false;
      if (at === clauseEnd) escaping = true;
      if (valid[at] === 1) {
        active = true;
        escaping = false;
        clauseEnd = tokens[at]!.text === "falls" && marks[at] === CONTEXT_BIT.hypothetical ? (readerEnds ??= readerClauseEnds(tokens, kept))[at]! : -1;
      }
      if (active) cancelled[at] = escaping ? 2 : 1;
    }
    active = false;
    for (let at = tokens.length - 1; at >= 0; at--) {
      if (at < tokens.length - 1 && tokens[at]!.sentence !== tokens[at + 1]!.sentence) active = false;
      if (valid[at] === 1) active = true;
      if (active) cancelled[at] = 1;
      if (contrast[at] === 1) active = false;
    }
    kept = kept.filter((hit) => cancelled[hit.first] === 0 || (cancelled[hit.first] === 2 && READER_CATEGORIES.has(hit.category)));
    return { kept, cancelled, readerEnds };
  };

  /**
   * Where the clause of each "falls" ends, if it speaks to the reader (see READER_WORDS), no hit begins
   * in it (or in a clause of "dass", "ob" … that belongs to it) and words of its sentence follow;
   * otherwise -1. One pass from the end, so that a text of many "falls" stays linear.
   */
  const readerClauseEnds = (tokens: readonly Token[], hits: readonly DangerHit[]): Int32Array => {
    const hitStarts = new Uint8Array(tokens.length);
    for (const hit of hits) hitStarts[hit.first] = 1;
    const ends = new Int32Array(tokens.length).fill(-1);
    let end = -1;
    let reader = false;
    let hit = false;
    for (let at = tokens.length - 1; at >= 0; at--) {
      const token = tokens[at]!;
      const wordsAfter = at + 1 < tokens.length && tokens[at + 1]!.sentence === token.sentence;
      // A boundary before "dass", "ob" … is no end: "Falls ihr bemerkt, dass es nach Gas riecht" is one case.
      const boundary = isClauseBoundary(token) && !(wordsAfter && SUBORDINATORS.has(tokens[at + 1]!.text));
      if (!wordsAfter || boundary) {
        // A boundary with words of its sentence after it ends the clause before it.
        end = boundary && wordsAfter ? at : -1;
        reader = false;
        hit = false;
        if (isClauseBoundary(token)) continue;
      }
      if (token.text === "falls" && end >= 0 && reader && !hit && hitStarts[at] === 0) ends[at] = end;
      if (READER_WORDS.has(token.text)) reader = true;
      if (hitStarts[at] === 1) hit = true;
    }
    return ends;
  };

  /** Whether a comment tells of a case, the past, a danger over or thanks: a marker of those kinds, or "wenn", "falls". */
  const toldAsCase = (text: TriageText, marks: Uint8Array, readerEnds: Int32Array | undefined): boolean => {
    // A "falls" that speaks to the reader tells no case ("Falls das jemand liest: bei uns brennt es im Treppenhaus").
    const reader = (at: number) => readerEnds !== undefined && readerEnds[at]! >= 0;
    for (let at = 0; at < marks.length; at++) if ((marks[at]! & NEVER_OVERRULED) !== 0 && !reader(at)) return true;
    for (let at = 0; at < text.tokens.length; at++) {
      const token = text.tokens[at]!;
      if (token.kind === "word" && CONDITIONALS.has(token.text) && !reader(at)) return true;
    }
    return false;
  };

  /** A neighbouring town (see NEIGHBOURING_TOWNS) after "aus", "von" or "vom" and at most an article: where help comes from. */
  const comesFrom = (tokens: readonly Token[], at: number): boolean => {
    if (!NEIGHBOURING_TOWNS.has(tokens[at]!.text)) return false;
    let before = at - 1;
    if (before >= 0 && ARTICLES_OF_PLACE.has(tokens[before]!.text)) before--;
    return before >= 0 && FROM_WORDS.has(tokens[before]!.text);
  };

  /**
   * "gefällt" as in "Das gefällt mir nicht", "mal sehen, wie ihm das
   * gefällt", "gefällt der Nachbarin nicht": liking, not a tree felled. A
   * person liked right after it ("gefällt mir") is liking; one before it, or
   * an article after it, only where no "wurde", "ist" or "habt" tells of a
   * felling ("wurde für uns gefällt", "den ihr gefällt habt").
   */
  const liked = (tokens: readonly Token[], at: number): boolean => {
    if (tokens[at]!.text !== "gefaellt") return false;
    const next = tokens[at + 1]?.text ?? "";
    if (LIKED_PERSONS.has(next)) return true;
    if (!LIKED_ARTICLES.has(next) && !LIKING_BEFORE.has(tokens[at - 1]?.text ?? "")) return false;
    if (FELLING_AUXILIARIES.has(next)) return false;
    for (let k = at - 1; k >= 0 && at - k <= FELLING_REACH && tokens[k]!.sentence === tokens[at]!.sentence; k--) if (FELLING_AUXILIARIES.has(tokens[k]!.text)) return false;
    return true;
  };

  /** True if a "resolved" marker at `at` tells that a danger is over: not in a question, not asked for ("bitte beseitigen"), not to come ("muss repariert werden"). */
  const isResolved = (tokens: readonly Token[], ids: Int32Array, at: number, question: Uint8Array): boolean => {
    if (question[tokens[at]!.sentence] === 1) return false;
    let seen = 0;
    for (let previous = at - 1; previous >= 0 && seen < REQUEST_REACH; previous--) {
      const token = tokens[previous]!;
      if (isClauseBoundary(token)) break;
      if (token.kind !== "word") continue;
      seen++;
      if (requestWords.has(ids[previous]!)) return false;
    }
    // "muss beseitigt werden", "wieder frei werden": the marker and at most one more word before "werden".
    return !(werden.has(ids[at + 1] ?? -1) || werden.has(ids[at + 2] ?? -1));
  };

  // Per combination, reused from comment to comment: the comment (`stamp`) in which each entry was last set, so that nothing needs clearing.
  const stamp = new Int32Array(count);
  const lastSubject = new Int32Array(count);
  const lastStateFirst = new Int32Array(count);
  const lastStateLast = new Int32Array(count);
  const done = new Int32Array(count);
  let comment = 0;
  /** Words before each token, for distances; grown as needed. */
  let words = new Int32Array(64);

  /**
   * The model's guess as hits on the words that weigh most for it (see
   * danger-model.ts), each unless negated ("kein", "nicht" before it), so
   * that the contexts below apply to them as to the lists' hits. Self-harm
   * is told in negations ("keiner würde merken, wenn ich nicht mehr da
   * wäre"): its words are not dropped for one.
   */
  const addModelGuess = (text: TriageText, hits: DangerHit[], considered: ReadonlySet<number> | undefined): void => {
    // The sentences where the lists set a danger word aside are not read: their words would tip the sum for the others.
    const guess = model!.guess(text.tokens, considered);
    if (guess === undefined) return;
    for (const at of guess.tokens) {
      if (guess.category !== "self-harm" && negatedBefore(text.tokens, at, NEGATION_REACH)) continue;
      hits.push({ category: guess.category, label: MODEL_LABEL, strong: false, weight: weightOf(guess.category, "alarm"), first: at, last: at });
    }
  };

  /**
   * Subjects and states of DANGER_COMBINATIONS and DANGER_ALARMS in one
   * sentence, near each other, the state not negated: one pass, each new
   * subject or state checked against the nearest one of the other kind
   * before it.
   */
  const findCombinations = (
    text: TriageText,
    covered: (first: number, last: number) => boolean,
    found: readonly (readonly [PhrasePiece, number, number])[],
    subjectAt: readonly number[],
    stateAt: readonly number[],
    hits: DangerHit[],
  ): void => {
    const { tokens } = text;
    comment = comment === 0x7fffffff ? 1 : comment + 1;
    if (comment === 1) stamp.fill(0);
    const fresh = (combination: number): void => {
      if (stamp[combination] === comment) return;
      stamp[combination] = comment;
      lastSubject[combination] = -1;
      lastStateFirst[combination] = -1;
      lastStateLast[combination] = -1;
      done[combination] = 0;
    };
    if (words.length < tokens.length + 1) words = new Int32Array(Math.max(tokens.length + 1, words.length * 2));
    words[0] = 0;
    for (let at = 0; at < tokens.length; at++) words[at + 1] = words[at]! + (tokens[at]!.kind === "word" ? 1 : 0);
    const near = (combination: number, first: number, last: number): boolean => {
      const { reach, acrossSentences } = combinations[combination]!;
      const apart = tokens[last]!.sentence - tokens[first]!.sentence;
      return (apart === 0 || (acrossSentences && apart === 1)) && words[last + 1]! - words[first]! <= reach;
    };
    const report = (combination: number, first: number, last: number, subject: number, stateFirst: number, stateLast: number): void => {
      done[combination] = 1;
      const { category, alarm } = combinations[combination]!;
      const state = tokens.slice(stateFirst, stateLast + 1).map((token) => token.text).join(" ");
      hits.push({ category, label: `${tokens[subject]!.text} + ${state}`, strong: !alarm, weight: weightOf(category, alarm ? "alarm" : "strong"), first, last });
    };
    const state = (combination: number, at: number, last: number): void => {
      fresh(combination);
      if (done[combination] === 1) return;
      const subject = lastSubject[combination]!;
      if (subject >= 0 && subject !== at && near(combination, subject, last)) report(combination, subject, last, subject, at, last);
      else {
        lastStateFirst[combination] = at;
        lastStateLast[combination] = last;
      }
    };
    let nextPhrase = 0;
    let nextState = 0;
    let nextSubject = 0;
    for (let at = 0; at < tokens.length; at++) {
      // The states that begin here, then the subjects here: each checked against the nearest one of the other kind before it.
      for (; nextPhrase < found.length && found[nextPhrase]![1] === at; nextPhrase++) {
        const [piece, , last] = found[nextPhrase]!;
        if (piece.kind === "state" && !stateNegated(tokens, at) && !covered(at, last)) state(piece.combination, at, last);
      }
      for (; nextState < stateAt.length && stateAt[nextState] === at; nextState += 2) if (!covered(at, at)) state(stateAt[nextState + 1]!, at, at);
      for (; nextSubject < subjectAt.length && subjectAt[nextSubject] === at; nextSubject += 2) {
        const combination = subjectAt[nextSubject + 1]!;
        fresh(combination);
        if (done[combination] === 1) continue;
        const stateFirst = lastStateFirst[combination]!;
        if (stateFirst >= 0 && lastStateLast[combination]! < at && near(combination, stateFirst, at)) report(combination, stateFirst, at, at, stateFirst, lastStateLast[combination]!);
        else lastSubject[combination] = at;
      }
    }
  };

  const decide = (text: TriageText, hits: readonly DangerHit[]): DangerResult | undefined => {
    if (hits.length === 0) return undefined;
    const weights = new Map<DangerCategory, number>();
    let cause = false;
    for (const hit of hits) {
      weights.set(hit.category, (weights.get(hit.category) ?? 0) + hit.weight);
      // A call for the fire brigade is no cause of its own: it also comes for people hurt.
      if (CAUSES.has(hit.category) && hit.weight >= 1) cause = true;
    }
    // People hurt by a fire, an accident or a fallen tree: the cause is the danger to report, its next steps include the 112.
    if (weights.has("medical") && cause) weights.delete("medical");
    let best: DangerCategory | undefined;
    for (const category of TIE_ORDER) {
      const weight = weights.get(category);
      if (weight !== undefined && (best === undefined || weight > weights.get(best)!)) best = category;
    }
    const found = best ?? DANGER_CATEGORIES[0]!;
    const evidence = hits.filter((hit) => hit.category === found).map((hit) => evidenceOfTokens(text, hit.first, hit.last, hit.label));
    // Harm done on purpose ("hat mich mit dem Auto angefahren, absichtlich") is a threat: the police, and 112 where someone is
    // hurt. Done on purpose to oneself ("hat sich absichtlich die Arme aufgeschnitten") it is self-harm.
    const deliberate = found === "self-harm" || found === "threat" ? undefined : deliberateWord(text);
    if (deliberate === undefined) return { category: found, evidence: sortEvidence(evidence), nextStep: DANGER_NEXT_STEPS[found] };
    evidence.push(evidenceOfTokens(text, deliberate.first, deliberate.last, deliberate.label));
    const category = deliberate.toOneself ? "self-harm" : "threat";
    return { category, evidence: sortEvidence(evidence), nextStep: DANGER_NEXT_STEPS[category] };
  };

  /**
   * The first word of DANGER_DELIBERATE_WORDS in the comment that no "nicht"
   * or "kein" stands right before, and whether a "sich" or "selbst" beside
   * it turns the harm on oneself; undefined if there is none.
   */
  const deliberateWord = (text: TriageText): { first: number; last: number; label: string; toOneself: boolean } | undefined => {
    const { tokens } = text;
    for (let at = 0; at < tokens.length; at++) {
      if (tokens[at]!.kind !== "word") continue;
      for (const words of deliberatePhrases) {
        let k = 0;
        while (k < words.length && tokens[at + k]?.kind === "word" && tokens[at + k]!.text === words[k]) k++;
        if (k < words.length) continue;
        const before = tokens[at - 1];
        if (before?.kind === "word" && NOT_ON_PURPOSE.has(before.text)) continue;
        // "hat sich absichtlich …", "absichtlich sich selbst …": right beside it, not anywhere in a sentence ("… und hat sich versteckt").
        const last = at + words.length - 1;
        let toOneself = false;
        for (let k = Math.max(0, at - ONESELF_REACH); k <= Math.min(tokens.length - 1, last + ONESELF_REACH) && !toOneself; k++) {
          toOneself = tokens[k]!.sentence === tokens[at]!.sentence && ONESELF.has(tokens[k]!.text);
        }
        return { first: at, last, label: words.join(" "), toOneself };
      }
    }
    return undefined;
  };

  return { find, decide };
}
