/*
 * Finding the questions of a comment, with and without "?": question words
 * and openings where a question puts them, verb-first questions, question
 * tags; and the sentences that look like questions but ask the town
 * nothing (rhetorical idioms, self-answered questions, questions to one
 * reader). See `../lexicons/needs-answer.ts` for the lists.
 */
import {
  FINITE_VERBS,
  foldForLexicon,
  INTENSIFIERS,
  LOST_AND_FOUND,
  NOT_QUESTIONS,
  QUESTION_SUBJECTS,
  QUESTION_VERBS,
  QUESTION_VERBS_BEFORE_SUBJECT,
  QUESTION_WORDS,
  RHETORICAL_QUESTIONS,
  SELF_ANSWERS,
  SENTIMENT_WORDS,
  STATEMENT_PARTICLES,
} from "../lexicons/index.js";
import { clauseStart, EXCLAMATION_MARK, firstWordOfSentence, isCapitalised, QUESTION_MARK, RHETORICAL } from "./answer-grammar.js";
import { isClauseBoundary, NEGATOR_SET } from "./clauses.js";
import { PhraseIndex } from "./phrase-index.js";
import { ASKS } from "./sentence-flags.js";
import type { Token } from "./tokenize.js";
import { evidenceOfTokens, type TriageText } from "./triage-text.js";
import type { Evidence } from "./triage-types.js";
import { WordSet } from "./word-ids.js";

/** Where a comment's sentences begin and what marks they carry, found before the questions. */
export interface SentenceMarks {
  /** Per sentence: ASKS, REQUESTS and the bits of `answer-grammar.ts`; questions add ASKS and RHETORICAL. */
  readonly flags: Uint8Array;
  /** Per sentence: its first token. */
  readonly firstToken: Int32Array;
  /** Per sentence: the token after its first comma, or −1. */
  readonly afterComma: Int32Array;
}

/** Question words that open an indirect question after a comma as well ("ich frage mich, warum …"); the others are also relative words. */
const CLAUSE_QUESTION_WORDS: ReadonlySet<string> = new Set(["warum", "wieso", "weshalb", "weswegen", "wann", "wozu"]);

/** Question words that ask without a verb too: "Warum keine Ampel an der Schule", "Wieso nur ein Bus am Sonntag". */
const WHY: ReadonlySet<string> = new Set(["warum", "wieso", "weshalb", "weswegen", "wozu"]);

/** Words that make a question word of several words with a question word: "wie lange", "ab wann", "an wen". */
const QUESTION_WORD_PARTS: ReadonlySet<string> = new Set(["lange", "oft", "viel", "viele", "bis", "ab", "seit", "an", "für", "mit", "von", "zu"]);

/**
 * Question words that ask also in the middle of a clause, after its verb
 * ("Die Tonne wird jetzt wann abgeholt", "Das Parkhaus kostet wieviel"),
 * and the ones that ask there only as the clause's last word ("Gelbe
 * Säcke bekommt man wo"; "da, wo ich wohne" is a relative clause).
 */
const IN_PLACE_ANYWHERE: ReadonlySet<string> = new Set(["wann", "wieviel", "wieviele", "wievielen"]);
const IN_PLACE_AT_END: ReadonlySet<string> = new Set(["wo", "wohin", "woher", "wer", "was", "welche", "welcher", "welches", "welchen"]);
/** Words of emphasis that may follow a question word at the end of a clause: "ab wann genau". */
const EMPHASIS: ReadonlySet<string> = new Set(["genau", "denn", "eigentlich", "jetzt", "nochmal"]);

/** Pronouns that begin a clause with its verb at the end: "Was ich noch sagen wollte", "keine Ahnung, wann ich …" ask nothing. */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(["ich", "i", "du", "er", "es", "wir", "ihr", "man"]);

/** Articles and possessives after a question word: the subject of a clause whose verb stands at its end ("Wie die Zeit vergeht"). */
const ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "des", "mein", "meine", "meinen", "meinem", "unser", "unsere", "unseren", "unserem", "sein", "seine", "ihre", "eure", "euer", "diese", "dieser", "dieses", "diesen"]);

/** Words before a comma after which a question word asks nothing: "Bin gespannt, wann …", "Mal sehen, wie …". */
const UNCERTAIN: ReadonlySet<string> = new Set(["gespannt", "sehen", "schauen", "gucken", "egal", "ahnung", "wurscht", "vorstellen"]);

/** Verbs that follow the clause of a headless relative "wer": "Wer Müll in den Wald kippt, ist ein Schwein" asks nothing. */
const AFTER_RELATIVE_WER: ReadonlySet<string> = new Set(["ist", "hat", "braucht", "soll", "sollte", "muss", "kann", "darf", "bekommt", "kriegt", "zahlt", "wird", "der", "bleibt", "handelt", "gehört", "kommt", "sieht", "weiß"].map(foldForLexicon));

/** Particles that make a statement of a verb and its pronoun: "Kann ich nur empfehlen", "Hab ich doch gesagt"; not "schon" ("Ist das schon offen"). */
const AFTER_SUBJECT_PARTICLES: ReadonlySet<string> = new Set(["ja", "doch", "halt", "eben", "nur", "eh", "wohl"]);

/** Pronouns as objects right after a verb: "Geht mir genauso", "Hat uns gefallen" leave out the subject. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["mir", "mich", "uns", "dir", "dich", "euch"]);

/** "Kann mir jemand …", "Kann mir mal einer …": an object pronoun before them still asks. */
const SOMEONE: ReadonlySet<string> = new Set(["jemand", "einer", "wer", "ihr", "sie"]);

/** Words right after a verb that state something: "War klar", "Ist egal", "Ist fertig". */
const STATEMENT_WORDS: ReadonlySet<string> = new Set(["klar", "egal", "logisch", "normal", "okay", "ok", "fertig", "vorbei", "erledigt", "so", "genauso", "ebenso"]);

/** Words between a verb and its participle in a statement: "Hat sich gelohnt", "Hat alles gepasst". */
const FILLERS: ReadonlySet<string> = new Set(["sich", "alles", "auch", "noch", "schon", "wieder", "gut", "super", "echt", "richtig", "ganz", "sehr", "prima", "bestens"]);

/** Forms of "sein", "werden" and "bleiben": "War ein schöner Abend", "Ist eine Frechheit" leave out the subject and state something. */
const COPULAS: ReadonlySet<string> = new Set(["ist", "sind", "war", "waren", "wird", "werden", "wurde", "waere", "bleibt", "isch", "san"]);
const INDEFINITE: ReadonlySet<string> = new Set(["ein", "eine", "einen", "einem", "einer", "ne", "nen"]);

/** Pronouns after which a verb opening a later clause asks: "…, bekommt er noch einen Platz", "…, kann man da parken". */
const LATER_SUBJECTS: ReadonlySet<string> = new Set(["man", "er", "es", "ihr", "wir", "sie"]);

/** Verbs that tell what happened after a comma ("…, hat er gesagt", "…, war es zu spät"): no question. */
const NARRATIVE_VERBS: ReadonlySet<string> = new Set(["hat", "hatte", "haben", "hatten", "war", "waren", "wurde", "wurden", "sagt", "meint"]);

/** Words that open a subordinate clause at the start of a sentence, after which the main clause begins with its verb ("Wenn es regnet, fällt es aus"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["wo", "wer", "was", "wie", "wann", "je", "da", "wenn", "dass", "weil", "ob", "obwohl", "falls", "als", "nachdem", "sobald", "bevor"]);

/** Words that end a statement and make a question of it: "…, oder", "…, gell". */
const QUESTION_TAGS: ReadonlySet<string> = new Set(["oder", "oda", "odda", "gell", "gelle", "gelt"]);

/** Nouns that announce a question: "Frage: gilt das auch für Birkenhain". */
const QUESTION_NOUNS: ReadonlySet<string> = new Set(["frage", "fragen", "rueckfrage", "anfrage"]);

/** Laughter after a question makes it rhetorical: "Wer hat das geplant, ein Praktikant? 😂". */
const LAUGHTER: ReadonlySet<string> = new Set(["😂", "🤣", "😅", "😆", "😜", "🙃", "🤡"]);

/** Words that address one reader: "@Anna guck mal", "@Tim kommst du mit". */
const DU_WORDS: ReadonlySet<string> = new Set(["du", "dich", "dir", "dein", "deine", "deinen", "deiner", "guck", "schau", "kommst", "willst", "hast", "bist", "weisst", "kannst"]);

/** Separable prefixes before the "ge" of a participle: "angekommen", "abgeholt", "eingereicht". */
const PARTICIPLE = /^(?:an|auf|aus|ab|ein|mit|zu|vor|nach|weg|zurueck|durch|um|fest|hin|her|los|dazu|vorbei)?ge/;

/** Sentiment values from which a word is praise, or evaluates so strongly that "wie" before it exclaims ("Wie schön!", "Wie peinlich"). */
const PRAISE_FROM = 0.3;
const SCORN_FROM = -0.5;

type QuestionKind = "word" | "opening";

/**
 * Compiles the question lists once. The returned function finds the
 * questions of a comment: it sets ASKS (and RHETORICAL) in `marks.flags`
 * and returns the evidence. Linear in the length of the comment: every
 * rule looks at a bounded window of words.
 */
export function compileQuestions(): (text: TriageText, marks: SentenceMarks) => Evidence[] {
  // "wie lange", "ab wann" are question words of several words; "kann man", "gibts" open a question.
  const singleWords = new Set(QUESTION_WORDS.filter((word) => !word.includes(" ") && word !== "gibts"));
  const kindOf = (entry: string): QuestionKind => {
    const words = entry.split(" ");
    return words.every((word) => singleWords.has(word) || QUESTION_WORD_PARTS.has(word)) && words.some((word) => singleWords.has(word)) ? "word" : "opening";
  };
  const questionWords = new PhraseIndex<QuestionKind>(QUESTION_WORDS.map((word) => ({ phrase: foldForLexicon(word), payload: kindOf(word) })));
  const notQuestions = new PhraseIndex(NOT_QUESTIONS.map((phrase) => ({ phrase: foldForLexicon(phrase), payload: true })));
  const questionVerbs = new WordSet(QUESTION_VERBS.map(foldForLexicon));
  const verbsBeforeSubject = new WordSet(QUESTION_VERBS_BEFORE_SUBJECT.map(foldForLexicon));
  const finiteVerbs = new WordSet([...QUESTION_VERBS, ...QUESTION_VERBS_BEFORE_SUBJECT, ...FINITE_VERBS].map(foldForLexicon));
  const subjects = new PhraseIndex(QUESTION_SUBJECTS.map((word) => ({ phrase: foldForLexicon(word), payload: true })));
  const statementParticles = new WordSet(STATEMENT_PARTICLES.map(foldForLexicon));
  const negators = new WordSet([...NEGATOR_SET]);
  const evaluative = new WordSet([
    ...Object.entries(SENTIMENT_WORDS)
      .filter(([word, value]) => !word.endsWith("*") && (value >= PRAISE_FROM || value <= SCORN_FROM))
      .map(([word]) => foldForLexicon(word)),
    ...Object.keys(INTENSIFIERS).filter((word) => !word.includes(" ")).map(foldForLexicon),
  ]);
  const praiseWords = new WordSet(Object.entries(SENTIMENT_WORDS).filter(([word, value]) => !word.endsWith("*") && value >= PRAISE_FROM).map(([word]) => foldForLexicon(word)));
  const rhetorical = new PhraseIndex(RHETORICAL_QUESTIONS.map((phrase) => ({ phrase: foldForLexicon(phrase), payload: true })));
  const selfAnswers = new PhraseIndex(SELF_ANSWERS.map((answer) => ({ phrase: foldForLexicon(answer), payload: answer.includes(" ") })));
  const lostAndFound = new PhraseIndex(LOST_AND_FOUND.map((word) => ({ phrase: foldForLexicon(word), payload: true })));

  // The comment being read; set at each call (the function is synchronous and never re-entered).
  let text: TriageText;
  let tokens: readonly Token[];
  let ids: Int32Array;
  let flags: Uint8Array;
  let question: Evidence[];

  const isWord = (at: number): boolean => tokens[at]?.kind === "word";
  const textAt = (at: number): string => tokens[at]?.text ?? "";
  const ask = (sentence: number, first: number, last: number): void => {
    if ((flags[sentence]! & RHETORICAL) !== 0) return;
    question.push(evidenceOfTokens(text, first, last, "question"));
    flags[sentence]! |= ASKS;
  };
  const statementAfter = (at: number): boolean => statementParticles.has(ids[at + 1] ?? -1);
  let subjectFound = false;
  const foundSubject = (): void => {
    subjectFound = true;
  };
  const subjectAt = (at: number): boolean => {
    if (!isWord(at)) return false;
    subjectFound = isCapitalised(text, at);
    if (!subjectFound) subjects.matchAt(text, at, foundSubject);
    return subjectFound;
  };
  /** A finite verb right after a question word (or after "welche" and its noun) makes a direct question. */
  const verbAfter = (last: number): boolean =>
    finiteVerbs.has(ids[last + 1] ?? -1) || (textAt(last).startsWith("welche") && isWord(last + 1) && finiteVerbs.has(ids[last + 2] ?? -1));

  /** A verb-first sentence that states something with its subject left out: "Hat super geklappt", "War ein schöner Abend", "Weiß nicht". */
  const statementVerbFirst = (verb: number): boolean => {
    const next = verb + 1;
    const id = ids[next]!;
    const word = textAt(next);
    if (statementParticles.has(id) || negators.has(id) || evaluative.has(id)) return true;
    // "Gibt Schlimmeres", "Gibt halt Leute": "gibt" asks only with "es" ("Gibt es …", "Gibt's …").
    if (textAt(verb) === "gibt" && word !== "es") return true;
    // "Kann ich nur empfehlen", "Hab ich ja gesagt".
    if (CLAUSE_SUBJECTS.has(word) && AFTER_SUBJECT_PARTICLES.has(textAt(next + 1))) return true;
    // "Geht mir genauso", "Hat uns gefallen"; not "Kann mir jemand …", which is an opening of its own.
    if (OBJECT_PRONOUNS.has(word) && !SOMEONE.has(textAt(next + 1)) && !(textAt(next + 1) === "mal" && SOMEONE.has(textAt(next + 2)))) return true;
    // "War ein schöner Abend", "Ist eine Frechheit"; but "Ist eine Anmeldung nötig" asks.
    if (COPULAS.has(textAt(verb)) && INDEFINITE.has(word) && !(isCapitalised(text, next + 1) && isWord(next + 2))) return true;
    if (STATEMENT_WORDS.has(word) || endsInSo(tokens, next)) return true;
    // "Kann sein", "Kann passieren", "Muss sein": a verb and an infinitive, nothing more.
    if ((word === "sein" || word.endsWith("en")) && !isWord(next + 1) && !isCapitalised(text, next)) return true;
    // "Hat sich gelohnt", "Hat alles gepasst", "Ist auch angekommen".
    let at = next;
    for (let skipped = 0; skipped < 2 && FILLERS.has(textAt(at)) && isWord(at + 1); skipped++) at++;
    return participle(text, at);
  };

  /** A question word in the middle of a clause, after its verb: "Die Anmeldung geht ab wann genau", "Gelbe Säcke bekommt man wo". */
  const askedInPlace = (at: number, last: number): void => {
    const word = textAt(at);
    const anywhere = IN_PLACE_ANYWHERE.has(word) || (last > at && (word === "wie" || word === "ab" || word === "bis" || word === "seit"));
    if (!anywhere && !(IN_PLACE_AT_END.has(word) && clauseEndsAfter(tokens, last))) return;
    let seen = 0;
    for (let previous = at - 1; previous >= 0 && seen < 3; previous--) {
      const token = tokens[previous]!;
      if (token.kind === "punct" || isClauseBoundary(token)) return;
      if (token.kind !== "word") continue;
      seen++;
      // "Ich weiß nicht wann": not knowing is no question.
      if (negators.has(ids[previous]!)) return;
      if (finiteVerbs.has(ids[previous]!)) return ask(tokens[at]!.sentence, at, last);
    }
  };

  /** Whether a question word or opening found at `at` … `last` asks. */
  const questionWordAsks = (kind: QuestionKind, at: number, last: number, notQuestion: boolean, afterComma: Int32Array): boolean => {
    const token = tokens[at]!;
    const sentence = token.sentence;
    const asked = (flags[sentence]! & QUESTION_MARK) !== 0;
    if (!clauseStart(tokens, at)) {
      if (kind === "word" && !asked) askedInPlace(at, last);
      return false;
    }
    if (statementAfter(at) || statementAfter(last) || notQuestion) return false;
    const atSentenceStart = firstWordOfSentence(tokens, at);
    if (kind === "word") {
      // A question word after a comma or a colon asks where its verb follows it ("Hallo, wo bekomme ich …");
      // "warum", "wann" … also in an indirect question ("ich frage mich, warum …").
      if (!atSentenceStart && !CLAUSE_QUESTION_WORDS.has(token.text) && !verbAfter(last)) return false;
      if (!asked) {
        // "Was für ein Konzert!", "Wie schön!" exclaim; "Was ich sagen wollte", "keine Ahnung, wann ich …" are no questions.
        if ((flags[sentence]! & EXCLAMATION_MARK) !== 0 || (token.text === "was" && textAt(last + 1) === "fuer")) return false;
        if (token.text === "wie" && evaluative.has(ids[last + 1] ?? -1)) return false;
        if (CLAUSE_SUBJECTS.has(textAt(last + 1)) && !verbAfter(last)) return false;
        // "Wie die Zeit vergeht", "Was die Gebühren angeht, …": the verb stands at the end.
        if (atSentenceStart && !WHY.has(token.text) && last === at && ARTICLES.has(textAt(last + 1))) return false;
        // "Warum nicht, klingt gut": agreement.
        if (negators.has(ids[last + 1] ?? -1) && (tokens[last + 2] === undefined || tokens[last + 2]!.kind === "punct" || isClauseBoundary(tokens[last + 2]!))) return false;
      }
    }
    if (asked) return true;
    // "Wer Müll in den Wald kippt, ist …", "Wer zuletzt lacht, lacht am besten": a headless relative clause.
    const comma = afterComma[sentence]!;
    if (kind === "word" && token.text === "wer" && comma > at && (AFTER_RELATIVE_WER.has(textAt(comma)) || !verbAfter(last))) return false;
    // "Bin gespannt, wann …", "Mal sehen, wie …", "Keine Ahnung, wann …": not knowing yet is no question.
    return atSentenceStart || !UNCERTAIN.has(textAt(at - 2));
  };

  /** Whether the verb at `at`, which opens a sentence (or a later clause), begins a yes/no question. */
  const verbFirstAsks = (at: number, lenient: boolean, firstToken: Int32Array): boolean => {
    const token = tokens[at]!;
    if (!isWord(at + 1) || statementAfter(at) || (flags[token.sentence]! & EXCLAMATION_MARK) !== 0) return false;
    if (!firstWordOfSentence(tokens, at)) {
      // After a comma only before a pronoun: "Mein Sohn ist 3, bekommt er noch einen Platz"; not "…, hat er gesagt",
      // nor after a subordinate clause, whose main clause begins with its verb: "Wo ich wohne, ist es ruhig".
      const previous = tokens[at - 1]!;
      if (previous.kind !== "punct" || previous.text !== "," || NARRATIVE_VERBS.has(token.text) || !LATER_SUBJECTS.has(textAt(at + 1))) return false;
      if (CLAUSE_OPENERS.has(textAt(firstToken[token.sentence]!))) return false;
    }
    return !statementVerbFirst(at) && (lenient || subjectAt(at + 1));
  };

  return (prepared, marks) => {
    text = prepared;
    tokens = prepared.tokens;
    ids = prepared.ids;
    flags = marks.flags;
    question = [];
    const { firstToken, afterComma } = marks;
    const sentences = flags.length;

    // Sentences that ask the town nothing, whatever their signs. (The lists that only matter after a "?" or with
    // "jemand" are read only then: most comments have neither.)
    for (const [, first] of rhetorical.findAll(text)) flags[tokens[first]!.sentence]! |= RHETORICAL;
    let questionBefore = false; // a sentence with "?" followed by another one
    for (let sentence = 0; sentence + 1 < sentences; sentence++) questionBefore ||= (flags[sentence]! & QUESTION_MARK) !== 0;
    if (questionBefore) {
      // "Parkplätze in der Innenstadt? Fehlanzeige.": the writer answers the question.
      for (const [anywhere, first] of selfAnswers.findAll(text)) {
        const sentence = tokens[first]!.sentence;
        if (sentence > 0 && (anywhere || first === firstToken[sentence]) && (flags[sentence - 1]! & QUESTION_MARK) !== 0) flags[sentence - 1]! |= RHETORICAL;
      }
    }
    let someone: Uint8Array | undefined;
    for (let sentence = 0; sentence < sentences; sentence++) {
      const first = firstToken[sentence]!;
      if (first < 0) continue;
      // "Neuer Spielplatz? Super!" cheers.
      if (sentence > 0 && (flags[sentence - 1]! & QUESTION_MARK) !== 0 && (flags[sentence]! & EXCLAMATION_MARK) !== 0 && praiseWords.has(ids[first]!)) flags[sentence - 1]! |= RHETORICAL;
      // "@Sabine kommst du auch?": a sentence that begins with a mention and says "du" asks that reader, not the town.
      if (tokens[first]!.text === "@" && isWord(first + 1) && saysDu(tokens, first + 2)) flags[sentence]! |= RHETORICAL;
    }
    for (const token of tokens) if (token.text === "jemand") (someone ??= new Uint8Array(sentences))[token.sentence] = 1;
    if (someone !== undefined) {
      // "Hat jemand meinen Schlüssel gefunden?" asks the other readers.
      for (const [, first] of lostAndFound.findAll(text)) if (someone[tokens[first]!.sentence] === 1) flags[tokens[first]!.sentence]! |= RHETORICAL;
    }

    // Question marks, unless laughter makes the sentence rhetorical; laughter at the end of a sentence without one as well
    // ("wann is endlich Wochenende 😂").
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind === "punct") {
        if (!token.text.includes("?")) continue;
        if (laughterAfter(tokens, at)) flags[token.sentence]! |= RHETORICAL;
        else ask(token.sentence, firstToken[token.sentence]!, at);
      } else if (token.kind === "emoji" && LAUGHTER.has(token.text) && (flags[token.sentence]! & QUESTION_MARK) === 0 && isWord(at - 1)) {
        flags[token.sentence]! |= RHETORICAL;
      }
    }

    // Question words and openings where a question puts them.
    const questionHits = questionWords.findAll(text);
    const notHits = questionHits.length > 0 ? notQuestions.findAll(text) : [];
    let notAt = 0;
    for (let hit = 0; hit < questionHits.length; hit++) {
      const [kind, at, last] = questionHits[hit]!;
      // Where hits begin at one word, the longest counts: "wie oft", not "wie".
      const following = questionHits[hit + 1];
      const earlier = questionHits[hit - 1];
      if ((following !== undefined && following[1] === at && following[2] > last) || (earlier !== undefined && earlier[1] === at && earlier[2] > last)) continue;
      while (notAt < notHits.length && notHits[notAt]![1] < at) notAt++;
      const notQuestion = notAt < notHits.length && notHits[notAt]![1] === at;
      if (questionWordAsks(kind, at, last, notQuestion, afterComma)) ask(tokens[at]!.sentence, at, last);
    }

    // Verb-first questions ("Ist der Wertstoffhof heute offen", "Läuft die Anmeldung über das Portal"), question tags
    // ("Die Tonne kommt erst Mittwoch, gell") and announced questions ("Frage: …").
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== "word") continue;
      const id = ids[at]!;
      const lenient = questionVerbs.has(id);
      if (lenient || verbsBeforeSubject.has(id)) {
        if (verbFirstAsks(at, lenient, firstToken)) ask(token.sentence, at, at);
      } else if (QUESTION_TAGS.has(token.text)) {
        if (at >= 2 && !isWord(at + 1) && tokens[at - 1]!.sentence === token.sentence && (isWord(at - 1) || tokens[at - 1]!.text === ",")) ask(token.sentence, at, at);
      } else if (QUESTION_NOUNS.has(token.text) && textAt(at + 1) === ":") ask(token.sentence, at, at + 1);
    }
    return question;
  };
}

/** True if a word of `DU_WORDS` stands in the sentence of `tokens[from - 1]`, from `from` on. */
function saysDu(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from - 1]?.sentence;
  for (let at = from; at < tokens.length && tokens[at]!.sentence === sentence; at++) if (tokens[at]!.kind === "word" && DU_WORDS.has(tokens[at]!.text)) return true;
  return false;
}

/** True if the clause of `tokens[from]` ends in "so" ("Ist bei uns auch so", "War schon immer so"), looking at most six tokens ahead. */
function endsInSo(tokens: readonly Token[], from: number): boolean {
  let last: Token | undefined;
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind === "break" || token.kind === "punct") break;
    if (at >= from + 6) return false;
    if (token.kind === "word") last = token;
  }
  return last !== undefined && (last.text === "so" || last.text === "genauso");
}

/** True if nothing but a word or two of emphasis ("genau", "denn") follows `at` before its clause ends. */
function clauseEndsAfter(tokens: readonly Token[], at: number): boolean {
  for (let next = at + 1; next < tokens.length && next <= at + 3; next++) {
    const token = tokens[next]!;
    if (token.kind !== "word" || isClauseBoundary(token)) return true;
    if (!EMPHASIS.has(token.text)) return false;
  }
  return true;
}

/** True if the word at `at` looks like a participle written in lower case ("geklappt", "gelohnt", "angekommen"): a statement after a verb. */
function participle(text: TriageText, at: number): boolean {
  const word = text.tokens[at]?.text ?? "";
  if (word.length < 6 || !PARTICIPLE.test(word) || !(word.endsWith("t") || word.endsWith("en"))) return false;
  return !isCapitalised(text, at);
}

/** True if the question mark at `at` is followed by laughter before the next word. */
function laughterAfter(tokens: readonly Token[], at: number): boolean {
  for (let next = at + 1; next < tokens.length && next <= at + 3; next++) {
    const token = tokens[next]!;
    if (token.kind === "emoji" && LAUGHTER.has(token.text)) return true;
    if (token.kind === "word") return false;
  }
  return false;
}
