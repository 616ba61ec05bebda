import { CoreError } from "@kommune-sm/core";
import { DANGER_CATEGORIES, type DangerCategory } from "../lexicons/index.js";
import type { Token } from "./tokenize.js";

/**
 * The danger step's second signal, on by default (`createTriage()` uses
 * the shipped `DANGER_MODEL`; `createTriage({ dangerModel: false })` reads
 * the lists alone): a linear model over the words of a comment and the
 * runs of letters in them, trained on the repository's own labelled
 * comments (see `src/evaluation/danger-model-training.ts` and
 * `pnpm train:danger`).
 *
 * Why a model beside the lists: they find what they name, and a comment
 * told by what people see ("an den Kühlregalen riecht es komisch und
 * mehrere Leute kriegen schlecht Luft") often names nothing a list holds.
 * On the thirty-eight newest blind sets (10 to 47), each left out of its
 * training, the lists alone found 0.34 to 0.84 of the dangers, lists and
 * model 0.79 to 0.99 (0.950 of all 6,835), for 4.7 % to 6.5 % more false
 * alarms on harmless comments in heavy words (figures in the README).
 *
 * It is asked only where the lists found nothing, and its words do not
 * count in a sentence where the lists saw a danger word and set it aside
 * (negated, a false friend, a figure of speech). What it finds still goes
 * through the lists' contexts (a drill, a danger long past, a joke).
 *
 * Written by hand because it is small: a dot product of word weights, and
 * no library for linear models on Node ships one this small without a
 * runtime of its own.
 */

/** The classes the model tells apart: no danger, then the danger categories. */
export type DangerModelClass = "none" | DangerCategory;

/** A trained model as stored in the repository (see `lexicons/danger-model.ts`). */
export interface DangerModelData {
  /** The classes in the order of each feature's weights; the first is "none". */
  readonly classes: readonly DangerModelClass[];
  /** One bias per class. */
  readonly bias: readonly number[];
  /**
   * The features, separated by single spaces: words, "<" + a word's first
   * letters, a word's last letters + ">", and "#" + a run of GRAM_LENGTH
   * characters of the word written as "<word>" (see wordFeatures).
   */
  readonly features: string;
  /** The weights, `classes.length` per feature in the order of `features`, as signed bytes in base64, each times `scale`. */
  readonly weights: string;
  readonly scale: number;
  /**
   * The least probability of a danger (1 − p(none)) that raises one. The
   * shipped model holds 0.65 (see `DangerTrainingOptions.threshold`); a copy
   * with a higher one (`{ ...DANGER_MODEL, threshold: 0.8 }`) raises fewer
   * false alarms and misses more dangers told in words nobody foresaw.
   */
  readonly threshold: number;
}

/** What the model says of a comment that it takes for a danger. */
export interface DangerModelGuess {
  readonly category: DangerCategory;
  /** 1 − p(none), from 0 to 1. */
  readonly probability: number;
  /** Up to three word tokens that weigh most for the category, by their index in the comment's tokens. */
  readonly tokens: readonly number[];
}

/** How many letters a word's beginning and end features have; words shorter than this plus three have none. */
export const AFFIX_LENGTH = 5;

/** How many characters a word's runs ("#" features) have, counting the "<" and ">" that mark its start and end. */
export const GRAM_LENGTH = 5;

/**
 * The features of one word token: the word; for a long word its first and
 * last letters, so that an unseen compound ("Chlorgaswolke") still shares a
 * part with seen ones ("Gaswolke"); and for a word of GRAM_LENGTH letters or
 * more every run of GRAM_LENGTH characters of "<word>", so that a word told
 * another way ("qualmt", "verqualmt", "Qualmwolke") or misspelt shares most
 * of its runs with the word seen in training. On blind sets left out of
 * training the runs found more dangers (0.828 → 0.883 on the tenth set)
 * with no more false alarms on its look-alikes.
 */
export function wordFeatures(word: string): string[] {
  if (word.length < GRAM_LENGTH) return [word];
  const features = word.length < AFFIX_LENGTH + 3 ? [word] : [word, `<${word.slice(0, AFFIX_LENGTH)}`, `${word.slice(-AFFIX_LENGTH)}>`];
  const marked = `<${word}>`;
  for (let start = 0; start + GRAM_LENGTH <= marked.length; start++) features.push(`#${marked.slice(start, start + GRAM_LENGTH)}`);
  return features;
}

/**
 * Words the model does not read: articles, conjunctions, prepositions,
 * auxiliaries and question words say nothing of a danger, but a model
 * trained on a few thousand comments learns their frequencies in the way its
 * authors wrote ("Und was ist mit unserem Ortsteil?" came out as flooding).
 * Nor do pronouns, particles and negators: left in, "es mir leid tut",
 * "die schlag ich ab, wenn sie stören" and "die hat keiner mehr" read as
 * self-harm and threats, and leaving them out found as many dangers in
 * blind sets left out of training, with fewer false alarms.
 */
export const MODEL_SKIPPED_WORDS: ReadonlySet<string> = new Set(
  (
    "der die das den dem des ein eine einen einem einer eines und oder aber sondern dass ob als " +
    "auf mit von vom zu zum zur bei beim aus nach fuer ueber unter um bis " +
    "ist sind war waren hat haben hatte wird werden wurde was wer wie warum welche welcher welches " +
    "ich mir mich du dir dich er sie es ihn ihm ihr wir uns euch man sich mein meine meiner meinem meinen dein deine sein seine unser unsere " +
    "wenn weil denn dann da so noch schon nur auch mal doch ja eh halt gerade grad jetzt hier " +
    "nicht kein keine keiner keinen keinem nie mehr nichts"
  ).split(" "),
);

/** The words of a comment the model reads: word tokens not in MODEL_SKIPPED_WORDS, with repeats, in order. */
export function readWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) if (token.kind === "word" && !MODEL_SKIPPED_WORDS.has(token.text)) words.push(token.text);
  return words;
}

/**
 * How much each feature of a comment counts: 1/√n for n words read, so that
 * a long comment does not outweigh a short one by its length alone. Each
 * distinct feature counts once.
 */
export function featureScale(wordsRead: number): number {
  return 1 / Math.sqrt(Math.max(1, wordsRead));
}

/**
 * The fewest words (besides MODEL_SKIPPED_WORDS) a comment needs before the
 * model is asked: in a short comment each word weighs so much that one word
 * a danger often uses tips it ("Die neue Couch riecht so chemisch", "Ich
 * warte nach dem Training am Eingang auf meine Tochter"), and short reports
 * of a danger mostly name it, which the lists find. Four instead of six
 * found 5 more of 2,700 dangers in the blind sets left out of training,
 * and raised false alarms on both of those comments and on 7 more.
 */
export const MODEL_LEAST_WORDS = 6;

const isFigure = (word: string): boolean => /^[0-9]+$/.test(word);

/** The fewest letters of a word shown as the model's evidence. */
const EVIDENCE_LEAST_LETTERS = 3;

/** A model ready to score comments: weights decoded once. */
export interface CompiledDangerModel {
  /**
   * The model's guess for a comment's tokens, or undefined when it sees no
   * danger. Sentences in `skipped` (by their index) are not read at all:
   * neither their words nor their count weigh.
   */
  readonly guess: (tokens: readonly Token[], skipped?: ReadonlySet<number>) => DangerModelGuess | undefined;
  /** The probability of each class, in the order of `classes` (for tests and tuning). */
  readonly probabilities: (tokens: readonly Token[]) => Float64Array;
  readonly classes: readonly DangerModelClass[];
}

/** Decodes a stored model; throws when its parts do not fit together. */
export function compileDangerModel(given: DangerModelData): CompiledDangerModel {
  // Each property read once, into plain values: a getter or Proxy that answers differently on a second read cannot run what was not checked.
  const data = snapshot(given);
  checkModelData(data);
  const classCount = data.classes.length;
  const names = data.features.length === 0 ? [] : data.features.split(" ");
  // atob, not Buffer: the package also runs in browsers. The weights were checked to be base64.
  const binary = atob(data.weights);
  // A copy: a caller changing its array later must not change what the model says.
  const classes: readonly DangerModelClass[] = Object.freeze([...data.classes]);
  if (binary.length !== names.length * classCount) {
    throw invalid(`its ${names.length} features need ${names.length * classCount} weights, got ${binary.length}`);
  }
  const signed = new Int8Array(binary.length);
  for (let index = 0; index < binary.length; index++) signed[index] = binary.charCodeAt(index);
  // One table per kind of feature, keyed by the slice of the word it covers, so that a comment is read without building
  // "<…", "…>" and "#…" strings: a run that takes the start mark ("#<rauc") is keyed by its letters in runStartIndex,
  // one that takes the end mark ("#auch>") in runEndIndex, the others in runIndex.
  const wordIndex = new Map<string, number>();
  const prefixIndex = new Map<string, number>();
  const suffixIndex = new Map<string, number>();
  const runIndex = new Map<string, number>();
  const runStartIndex = new Map<string, number>();
  const runEndIndex = new Map<string, number>();
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    if (name.startsWith("#<")) runStartIndex.set(name.slice(2), index);
    else if (name.startsWith("#") && name.endsWith(">")) runEndIndex.set(name.slice(1, -1), index);
    else if (name.startsWith("#")) runIndex.set(name.slice(1), index);
    else if (name.startsWith("<")) prefixIndex.set(name.slice(1), index);
    else if (name.endsWith(">")) suffixIndex.set(name.slice(0, -1), index);
    else wordIndex.set(name, index);
  }
  const rows = new Float64Array(signed.length);
  for (let index = 0; index < signed.length; index++) rows[index] = signed[index]! * data.scale;
  const bias = Float64Array.from(data.bias);
  const threshold = data.threshold;

  // Scratch space reused from comment to comment (a comment is read in one synchronous call):
  // the comment in which each feature was last counted, and the features of this one with their tokens.
  const stamp = new Int32Array(names.length);
  let comment = 0;
  let seenFeatures = new Int32Array(64);
  let seenTokens = new Int32Array(64);
  let seenCount = 0;
  const see = (feature: number | undefined, at: number): void => {
    if (feature === undefined || stamp[feature] === comment) return;
    stamp[feature] = comment;
    if (seenCount === seenFeatures.length) {
      seenFeatures = grow(seenFeatures);
      seenTokens = grow(seenTokens);
    }
    seenFeatures[seenCount] = feature;
    seenTokens[seenCount++] = at;
  };

  /** Reads the comment's features into the scratch space; returns how many words it read. */
  const read = (tokens: readonly Token[], skipped?: ReadonlySet<number>): number => {
    comment = comment === 0x7fffffff ? 1 : comment + 1;
    if (comment === 1) stamp.fill(0);
    seenCount = 0;
    let words = 0;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== "word" || MODEL_SKIPPED_WORDS.has(token.text)) continue;
      if (skipped !== undefined && skipped.has(token.sentence)) continue;
      words++;
      const word = token.text;
      see(wordIndex.get(word), at);
      if (word.length < GRAM_LENGTH) continue;
      if (word.length >= AFFIX_LENGTH + 3) {
        see(prefixIndex.get(word.slice(0, AFFIX_LENGTH)), at);
        see(suffixIndex.get(word.slice(-AFFIX_LENGTH)), at);
      }
      // The runs of "<word>" as in wordFeatures: the first and last take the marks, the others are slices of the word.
      see(runStartIndex.get(word.slice(0, GRAM_LENGTH - 1)), at);
      for (let start = 0; start + GRAM_LENGTH <= word.length; start++) see(runIndex.get(word.slice(start, start + GRAM_LENGTH)), at);
      see(runEndIndex.get(word.slice(-(GRAM_LENGTH - 1))), at);
    }
    return words;
  };

  const scores = (words: number): Float64Array => {
    const z = new Float64Array(classCount);
    for (let index = 0; index < seenCount; index++) {
      const base = seenFeatures[index]! * classCount;
      for (let k = 0; k < classCount; k++) z[k] = z[k]! + rows[base + k]!;
    }
    const scale = featureScale(words);
    for (let k = 0; k < classCount; k++) z[k] = bias[k]! + z[k]! * scale;
    return softmax(z);
  };

  const probabilities = (tokens: readonly Token[]): Float64Array => scores(read(tokens));

  const guess = (tokens: readonly Token[], skipped?: ReadonlySet<number>): DangerModelGuess | undefined => {
    const words = read(tokens, skipped);
    if (words < MODEL_LEAST_WORDS) return undefined;
    const p = scores(words);
    const probability = 1 - p[0]!;
    if (!(probability >= threshold)) return undefined;
    // The likeliest category, even where the model is torn between two ("Radfahrer … liegt no und rührt se ned": accident or
    // medical): the comment goes to the top of the inbox and a person reads it, where one not raised is read by no one. Holding
    // back such comments until one category had half of the danger missed 27 of 2,700 dangers in the blind sets left out.
    let best = 1;
    for (let k = 2; k < classCount; k++) if (p[k]! > p[best]!) best = k;
    // The evidence: the tokens whose features lean most toward the category rather than toward no danger.
    const lean = new Map<number, number>();
    for (let index = 0; index < seenCount; index++) {
      const at = seenTokens[index]!;
      // "im", "am", "an" and figures weigh, but shown as evidence they tell a reader nothing.
      const word = tokens[at]!.text;
      if (word.length < EVIDENCE_LEAST_LETTERS || isFigure(word)) continue;
      const base = seenFeatures[index]! * classCount;
      lean.set(at, (lean.get(at) ?? 0) + rows[base + best]! - rows[base]!);
    }
    const strongest = [...lean].filter(([, value]) => value > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3).map(([at]) => at);
    if (strongest.length === 0) return undefined;
    return { category: classes[best] as DangerCategory, probability, tokens: strongest.sort((a, b) => a - b) };
  };

  return { guess, probabilities, classes };
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

const invalid = (what: string): CoreError => new CoreError("CORE_INVALID_ARGUMENT", `createTriage: options.dangerModel is not a danger model: ${what}.`);

/** The model's parts read once each; arrays copied element by element (holes stay undefined, for the checks to refuse). */
function snapshot(data: DangerModelData): DangerModelData {
  if (typeof data !== "object" || data === null) return data;
  const { classes, bias, features, weights, scale, threshold } = data;
  const copy = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    const length = value.length;
    const copied: unknown[] = [];
    for (let index = 0; index < length; index++) copied.push(value[index]);
    return copied;
  };
  return { classes: copy(classes), bias: copy(bias), features, weights, scale, threshold } as DangerModelData;
}

/** Checks the parts a stored model must have, so that a wrong file fails when it is loaded, not on the first comment. */
function checkModelData(data: DangerModelData): void {
  if (typeof data !== "object" || data === null) throw invalid(`expected an object, got ${data === null ? "null" : typeof data}`);
  const { classes, bias, features, weights, scale, threshold } = data;
  if (!Array.isArray(classes) || classes.length < 2 || classes[0] !== "none") throw invalid(`classes must start with "none" and name at least one danger category`);
  const named = new Set<string>();
  for (let index = 1; index < classes.length; index++) {
    const name = classes[index];
    if (!(DANGER_CATEGORIES as readonly unknown[]).includes(name)) throw invalid(`class ${JSON.stringify(name)} is no danger category (${DANGER_CATEGORIES.join(", ")})`);
    if (named.has(name!)) throw invalid(`class ${JSON.stringify(name)} is named twice`);
    named.add(name!);
  }
  // An index loop, not every(): every() skips the holes of a sparse array.
  if (!Array.isArray(bias) || bias.length !== classes.length) throw invalid(`bias must hold one finite number per class (${classes.length})`);
  for (let index = 0; index < bias.length; index++) {
    if (!Number.isFinite(bias[index]) || Math.abs(bias[index]!) > LARGEST_WEIGHT) throw invalid(`bias ${index} must be a number from -${LARGEST_WEIGHT} to ${LARGEST_WEIGHT}, got ${String(bias[index])}`);
  }
  if (typeof features !== "string" || typeof weights !== "string") throw invalid("features and weights must be strings");
  if (!Number.isFinite(scale) || scale <= 0 || scale * 127 > LARGEST_WEIGHT) throw invalid(`scale must be a positive number of at most ${LARGEST_WEIGHT / 127}, got ${String(scale)}`);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw invalid(`threshold must be above 0 and at most 1, got ${String(threshold)}`);
  if (weights.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(weights)) throw invalid("weights must be base64 (a multiple of 4 characters of A–Z, a–z, 0–9, + and /, padded with =)");
  if (features.length > 0) {
    const seen = new Set<string>();
    for (const feature of features.split(" ")) {
      if (!canMatch(feature)) throw invalid(`feature ${JSON.stringify(feature)} can never match: a feature is a folded word (lower case, umlauts and ß written out), "<" and its first ${AFFIX_LENGTH} letters, its last ${AFFIX_LENGTH} letters and ">", or "#" and ${GRAM_LENGTH} characters of the word written as "<word>"`);
      if (MODEL_SKIPPED_WORDS.has(feature)) throw invalid(`feature ${JSON.stringify(feature)} is a word the model does not read`);
      if (seen.has(feature)) throw invalid(`feature ${JSON.stringify(feature)} is named twice`);
      seen.add(feature);
    }
  }
}

/** The largest weight or bias a model may hold: far beyond what training gives, far below what overflows exp. */
const LARGEST_WEIGHT = 1000;

/** Whether a feature can match: a folded (lower-case) word, a word's beginning or end of AFFIX_LENGTH code units, or a run of "<word>" (see wordFeatures). */
function canMatch(feature: string): boolean {
  if (feature.startsWith("#")) {
    const run = feature.slice(1);
    const letters = run.replace(/^</, "").replace(/>$/, "");
    // "<" and ">" only at the ends, and not both: a word of GRAM_LENGTH − 2 letters has no runs.
    return run.length === GRAM_LENGTH && letters.length >= GRAM_LENGTH - 1 && isFoldedWord(letters);
  }
  const body = feature.startsWith("<") ? feature.slice(1) : feature.endsWith(">") ? feature.slice(0, -1) : feature;
  if (body !== feature && body.length !== AFFIX_LENGTH) return false;
  return isFoldedWord(body);
}

/** Letters, marks and digits, lower case, umlauts and ß written out: what a word token holds after folding. */
function isFoldedWord(text: string): boolean {
  // Comments are read in composed form (NFC): "gru\u0308n" or "cafe\u0301" never occurs in one.
  return /^[\p{L}\p{M}\p{N}]+$/u.test(text) && text === text.toLowerCase() && text === text.normalize("NFC") && !/[äöüß]/.test(text);
}

/** Whether a feature is one a stored model may hold: one that can match (see wordFeatures) and not a word the model does not read. Training keeps only these. */
export function isModelFeature(feature: string): boolean {
  return canMatch(feature) && !MODEL_SKIPPED_WORDS.has(feature);
}

/** Softmax in place (returns `z`), shifted by the largest score so that exp never overflows; training uses it too. */
export function softmax(z: Float64Array): Float64Array {
  let largest = -Infinity;
  for (const value of z) if (value > largest) largest = value;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - largest);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
  return z;
}
