import {
  foldForLexicon,
  HATE_GENERALISATION_REACH,
  HATE_GENERALISATIONS,
  HATE_GROUP_TERMS,
  INSULT_SLOT,
  INSULT_SUFFIX_ENDINGS,
  INSULTS,
  NETIQUETTE_ALLOWLIST,
  NETIQUETTE_RULE_FOR_KIND,
  TARGETED_PATTERNS,
  THREAT_PATTERNS,
  type InsultEntry,
  type ThreatPattern,
} from "../lexicons/index.js";
import { PhraseIndex } from "./phrase-index.js";
import { requiredLiterals } from "./required-literals.js";
import { lastAtOrBefore } from "./sorted-search.js";
import { idOfWord, WordSet } from "./word-ids.js";
import { TermAutomaton } from "./term-automaton.js";
import { evidenceOfRange, evidenceOfTokens, sortEvidence, type TriageText } from "./triage-text.js";
import type { Evidence, NetiquetteResult, NetiquetteSuggestion, NetiquetteVerdict } from "./triage-types.js";

/** A threat found in a comment: the pattern and where it matched in the folded text. */
export interface ThreatHit {
  readonly pattern: ThreatPattern;
  readonly start: number;
  readonly end: number;
}

/** What the netiquette check found, for the verdict and for the other classifiers. */
export interface NetiquetteFindings {
  readonly result: NetiquetteResult;
  /** The threats, if any: a threat is also a danger of category "threat". */
  readonly threats: readonly ThreatHit[];
}

/** An insult entry found on tokens `first` to `last`. */
interface InsultHit {
  readonly entry: InsultEntry;
  readonly first: number;
  readonly last: number;
}

type TermPayload = InsultEntry | "allow";

const OK: NetiquetteResult = Object.freeze({ verdict: "ok", severity: 0, targeted: false, suggestion: "none", evidence: Object.freeze([]) });

/**
 * Compiles the netiquette lexicons and patterns once; the returned function
 * checks a prepared comment. See `createTriage` for the verdicts.
 */
export function compileNetiquette(): (text: TriageText) => NetiquetteFindings {
  const automaton = new TermAutomaton<TermPayload>([
    ...INSULTS.filter((entry) => !entry.term.includes(" ")).map((entry) => ({ term: foldForLexicon(entry.term), payload: entry as TermPayload })),
    ...NETIQUETTE_ALLOWLIST.map((allowed) => ({ term: foldForLexicon(allowed), payload: "allow" as const })),
  ]);
  const phrases = new PhraseIndex(INSULTS.filter((entry) => entry.term.includes(" ")).map((entry) => ({ phrase: foldForLexicon(entry.term), payload: entry })));
  const endings = new Set(INSULT_SUFFIX_ENDINGS.map(foldForLexicon));
  const targeted = TARGETED_PATTERNS.map((pattern) => ({ pattern, regex: new RegExp(pattern.source, "gu") }));
  const threats = THREAT_PATTERNS.map((pattern) => ({ pattern, regex: new RegExp(pattern.source, "u") }));
  // Run a threat pattern only where the text holds one of the words every match of it needs.
  const alwaysRun: number[] = [];
  const threatWords = new TermAutomaton(
    THREAT_PATTERNS.flatMap((pattern, index) => {
      const words = requiredLiterals(pattern.source);
      if (words === undefined) alwaysRun.push(index);
      return (words ?? []).map((word) => ({ term: word, payload: index }));
    }),
  );
  const groupWords = new WordSet(HATE_GROUP_TERMS.filter((term) => !term.endsWith("*")).map(foldForLexicon));
  const groupStems = new TermAutomaton(HATE_GROUP_TERMS.filter((term) => term.endsWith("*")).map((term) => ({ term: foldForLexicon(term.slice(0, -1)), payload: true })));
  const generalisations = new PhraseIndex(HATE_GENERALISATIONS.map((phrase) => ({ phrase: foldForLexicon(phrase), payload: phrase })));
  const isGroupWord = (word: string, id: number): boolean => {
    if (groupWords.has(id)) return true;
    if (!groupStems.mayBegin(word)) return false;
    const count = groupStems.collect(word);
    for (let k = 0; k < count; k++) if (groupStems.hitEnds[k] === groupStems.lengthOf(groupStems.hitTerms[k]!)) return true;
    return false;
  };

  /**
   * A degrading generalisation: a group word and a figure of
   * HATE_GENERALISATIONS near it in one sentence. One pass: each figure is
   * checked against the nearest group word before and after it.
   */
  const generalisationIn = (text: TriageText): [group: number, first: number, last: number, figure: string] | undefined => {
    const { tokens } = text;
    const groups: number[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind === "word" && (isGroupWord(token.text, text.ids[at]!) || (token.parts !== undefined && token.parts.some((part) => isGroupWord(part, idOfWord(part)))))) groups.push(at);
    }
    if (groups.length === 0) return undefined;
    const words = new Int32Array(tokens.length + 1);
    for (let at = 0; at < tokens.length; at++) words[at + 1] = words[at]! + (tokens[at]!.kind === "word" ? 1 : 0);
    const near = (from: number, to: number): boolean => tokens[from]!.sentence === tokens[to]!.sentence && words[to + 1]! - words[from]! <= HATE_GENERALISATION_REACH;
    for (const [figure, first, last] of generalisations.findAll(text)) {
      const before = lastAtOrBefore(groups, first - 1);
      if (before >= 0 && near(groups[before]!, last)) return [groups[before]!, first, last, figure];
      const after = lastAtOrBefore(groups, last) + 1;
      if (after < groups.length && near(first, groups[after]!)) return [groups[after]!, first, last, figure];
    }
    return undefined;
  };

  const allowFrom: number[] = [];
  const allowTo: number[] = [];
  /** Adds to `found` (from index `count` on) the insult entries that hit `word` where they may stand, with no allowlist entry covering them; returns the new count. */
  const inWord = (word: string, found: InsultEntry[], foundCount: number): number => {
    const count = automaton.collect(word);
    if (count === 0) return foundCount;
    const { hitTerms, hitEnds } = automaton;
    // The allowlist entries in the word, by start, each with the farthest end of those starting at or before it.
    let allowed = 0;
    for (let k = 0; k < count; k++) {
      const term = hitTerms[k]!;
      if (!automaton.payloadsOf(term).includes("allow")) continue;
      allowTo[allowed] = hitEnds[k]!;
      allowFrom[allowed] = hitEnds[k]! - automaton.lengthOf(term);
      allowed++;
    }
    if (allowed > 1) sortIntervals(allowFrom, allowTo, allowed);
    for (let k = 1; k < allowed; k++) if (allowTo[k - 1]! > allowTo[k]!) allowTo[k] = allowTo[k - 1]!;
    for (let k = 0; k < count; k++) {
      const term = hitTerms[k]!;
      const end = hitEnds[k]!;
      const start = end - automaton.lengthOf(term);
      for (const payload of automaton.payloadsOf(term)) {
        if (payload === "allow" || !standsWhereItMay(payload, word, start, end, endings)) continue;
        // An allowlist entry covers the hit when it spans it; it is then longer, as no entry is an insult term itself
        // ("marsch" over the "arsch" of "Aufmarsch").
        const last = allowed === 0 ? -1 : lastAtOrBefore(allowFrom, start, allowed);
        if (last >= 0 && allowTo[last]! >= end) continue;
        let known = false;
        for (let k2 = 0; k2 < foundCount && !known; k2++) known = found[k2] === payload;
        if (!known) found[foundCount++] = payload;
      }
    }
    return foundCount;
  };

  const inToken: InsultEntry[] = [];
  const candidates = new Uint8Array(threats.length);
  return (text) => {
    const { tokens } = text;
    const folded = text.folded.folded;
    const hits: InsultHit[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== "word") continue;
      let found = inWord(token.text, inToken, 0);
      if (token.parts !== undefined) for (const part of token.parts) found = inWord(part, inToken, found);
      for (let k = 0; k < found; k++) hits.push({ entry: inToken[k]!, first: at, last: at });
    }
    for (const [entry, first, last] of phrases.findAll(text)) hits.push({ entry, first, last });

    candidates.fill(0);
    for (const index of alwaysRun) candidates[index] = 1;
    const threatWordCount = threatWords.collect(folded);
    for (let k = 0; k < threatWordCount; k++) for (const index of threatWords.payloadsOf(threatWords.hitTerms[k]!)) candidates[index] = 1;
    const threatHits: ThreatHit[] = [];
    for (let index = 0; index < threats.length; index++) {
      if (candidates[index] === 0) continue;
      const { pattern, regex } = threats[index]!;
      const match = regex.exec(folded);
      if (match !== null) threatHits.push({ pattern, start: match.index, end: match.index + match[0].length });
    }
    const generalisation = generalisationIn(text);
    if (hits.length === 0 && threatHits.length === 0 && generalisation === undefined) return { result: OK, threats: threatHits };

    // Which hits a targeting pattern aims at people: replace each hit by the slot and run the patterns.
    const aimed = new Map<InsultHit, { namesPerson: boolean; patternId: string }>();
    if (hits.length > 0) {
      const slots = slotsOf(hits);
      let slotted = "";
      let position = 0;
      const slotStarts: number[] = [];
      for (const slot of slots) {
        slotted += folded.slice(position, tokens[slot.first]!.start);
        slotStarts.push(slotted.length);
        slotted += INSULT_SLOT;
        position = tokens[slot.last]!.end;
      }
      slotted += folded.slice(position);
      for (const { pattern, regex } of targeted) {
        regex.lastIndex = 0;
        for (let match = regex.exec(slotted); match !== null; match = regex.exec(slotted)) {
          const end = match.index + match[0].length;
          // The slots inside the match: the first one starting at or after it, and on while they end inside it.
          for (let index = lastAtOrBefore(slotStarts, match.index - 1) + 1; index < slots.length; index++) {
            if (slotStarts[index]! + INSULT_SLOT.length > end) break;
            for (const hit of slots[index]!.hits) {
              const known = aimed.get(hit);
              if (known === undefined || (!known.namesPerson && pattern.namesPerson)) aimed.set(hit, { namesPerson: pattern.namesPerson, patternId: pattern.id });
            }
          }
          if (match[0].length === 0) regex.lastIndex++;
        }
      }
    }

    const counted = hits.filter((hit) => hit.entry.targetedOnly !== true || aimed.get(hit)?.namesPerson === true);
    const evidence: Evidence[] = [];
    let verdict: NetiquetteVerdict = "ok";
    let severity: 0 | 1 | 2 | 3 = 0;
    let isTargeted = false;
    const consider = (candidate: NetiquetteVerdict, level: number): void => {
      if (rank(candidate) > rank(verdict)) {
        verdict = candidate;
        severity = clampSeverity(level);
      } else if (candidate === verdict && level > severity) severity = clampSeverity(level);
    };
    for (const hit of counted) {
      const aim = aimed.get(hit);
      const kind = hit.entry.kind;
      // Dehumanising words are hate when they are the gravest (Ungeziefer); "Pack" or "Schwein" said of neighbours is an insult.
      // Vulgarity aimed at people ("du Arsch") insults them; "so ein Mist" points at a thing.
      const candidate: NetiquetteVerdict =
        kind === "slur" || (kind === "dehumanising" && hit.entry.severity === 3) ? "hate" : kind === "profanity" && aim?.namesPerson !== true ? "profanity" : "insult";
      if (aim !== undefined && candidate !== "profanity") isTargeted = true;
      // Said of people ("ihr seid alle Idioten", "du Depp"), an insult weighs one grade more.
      consider(candidate, hit.entry.severity + (aim?.namesPerson === true && candidate === "insult" ? 1 : 0));
      evidence.push(evidenceOfTokens(text, hit.first, hit.last, aim === undefined ? hit.entry.term : `${hit.entry.term} (${aim.patternId})`));
    }
    if (generalisation !== undefined) {
      const [group, first, last, figure] = generalisation;
      consider("hate", 2);
      isTargeted = true;
      evidence.push(evidenceOfTokens(text, group, group, "group"), evidenceOfTokens(text, first, last, figure));
    }
    for (const threat of threatHits) {
      consider("threat", 3);
      evidence.push(evidenceOfRange(text, threat.start, threat.end, threat.pattern.id));
    }
    if (verdict === "ok") return { result: OK, threats: threatHits };
    const rule =
      verdict === "threat" ? "no-threats" : verdict === "hate" ? "no-hate" : verdict === "insult" ? NETIQUETTE_RULE_FOR_KIND.insult : NETIQUETTE_RULE_FOR_KIND.profanity;
    const result: NetiquetteResult = {
      verdict,
      severity,
      targeted: isTargeted,
      rule,
      suggestion: suggestionFor(verdict, severity),
      evidence: sortEvidence(evidence),
    };
    return { result, threats: threatHits };
  };
}

/**
 * Where an entry may stand in a word (see `InsultMatch`): the whole word, its
 * start, the end of a compound with at most an ending of
 * `INSULT_SUFFIX_ENDINGS`, or anywhere.
 */
function standsWhereItMay(entry: InsultEntry, word: string, start: number, end: number, endings: ReadonlySet<string>): boolean {
  switch (entry.match) {
    case "word":
      return start === 0 && end === word.length;
    case "prefix":
      return start === 0;
    case "suffix":
      return start >= 1 && (end === word.length || endings.has(word.slice(end)));
    case "infix":
      return true;
  }
}

/** The hits grouped by the tokens they stand on, in order, overlapping runs merged into one slot. */
function slotsOf(hits: readonly InsultHit[]): { first: number; last: number; hits: InsultHit[] }[] {
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  const slots: { first: number; last: number; hits: InsultHit[] }[] = [];
  for (const hit of sorted) {
    const current = slots[slots.length - 1];
    if (current !== undefined && hit.first <= current.last) {
      current.last = Math.max(current.last, hit.last);
      current.hits.push(hit);
    } else slots.push({ first: hit.first, last: hit.last, hits: [hit] });
  }
  return slots;
}

function rank(verdict: NetiquetteVerdict): number {
  return verdict === "threat" ? 4 : verdict === "hate" ? 3 : verdict === "insult" ? 2 : verdict === "profanity" ? 1 : 0;
}

function clampSeverity(level: number): 0 | 1 | 2 | 3 {
  return level >= 3 ? 3 : level <= 0 ? 0 : (level as 1 | 2);
}

/**
 * What the team might do, a suggestion only: a threat goes to the police
 * (escalate); hate, and insults or vulgarity from severity 2, break the
 * netiquette and are usually hidden; a mild insult is worth a friendly
 * reminder of the netiquette (answer); mild vulgarity ("Scheiß Wetter")
 * needs nothing.
 */
function suggestionFor(verdict: NetiquetteVerdict, severity: number): NetiquetteSuggestion {
  if (verdict === "threat") return "escalate";
  if (verdict === "hate" || severity >= 2) return "hide";
  if (verdict === "insult") return "answer";
  return "none";
}

/** Sorts the first `count` of two parallel arrays of interval starts and ends by start. */
function sortIntervals(from: number[], to: number[], count: number): void {
  const order = Array.from({ length: count }, (_, index) => index).sort((a, b) => from[a]! - from[b]!);
  const sortedFrom = order.map((index) => from[index]!);
  const sortedTo = order.map((index) => to[index]!);
  for (let k = 0; k < order.length; k++) {
    from[k] = sortedFrom[k]!;
    to[k] = sortedTo[k]!;
  }
}
