import { CoreError, defineCheck, isWithinQuietPeriod, localDateOf, quietPeriodMatches, startOfLocalDate, type FindingInput, type PostCheckInput, type MessageValues, type QuietPeriod, type Strategy } from "@kommune-sm/core";
import { both } from "../scoring-messages.js";
import { isLetterCode, isNumberCode } from "../text/code-point-classes.js";
import { keywordRanges } from "../text/keyword-ranges.js";
import { KeywordPresence, LetterSearch } from "../text/keyword-presence.js";
import { ELECTION_STEM_WORDS, electionNouns } from "./election-nouns.js";
import { at, postTexts } from "./post-texts.js";
import { excerpt } from "../text/message-excerpt.js";

/** Tunable parts of the neutrality check. */
export interface NeutralityOptions {
  /** How many days ahead a coming quiet period is announced as a warning; default 14. */
  readonly warnDaysAhead?: number;
  /**
   * Names of parties and lists, matched as whole words in election
   * neutrality periods; default {@link GERMAN_PARTIES}. A town adds its local
   * lists (Wählergemeinschaften).
   */
  readonly parties?: readonly string[];
}

/**
 * Parties in German federal, state and many municipal parliaments (as of
 * 2026), as they are written in running text. Matched case-sensitively as
 * whole words. Names that are also common words ("Grüne", "Linke", "Volt")
 * are left out except with their article, so that "im Grünen" or "230 Volt"
 * are not taken for parties.
 */
export const GERMAN_PARTIES: readonly string[] = Object.freeze([
  "CDU", "CSU", "SPD", "FDP", "AfD", "BSW", "ÖDP", "NPD", "Die Heimat", "Die PARTEI", "Die Linke", "Linkspartei",
  "Bündnis 90/Die Grünen", "Bündnis 90", "Die Grünen", "Freie Wähler", "FREIE WÄHLER", "Piratenpartei", "Tierschutzpartei", "dieBasis", "SSW",
  "Junge Union", "Jusos", "Junge Liberale", "Grüne Jugend",
]);

const DAY = 86_400_000;

// Time-zone arithmetic (Intl under the hood) cost more than the rest of the
// check; the same few dates and minutes come up for every post, so the
// answers are kept, in small bounded maps shared by all tenants (they hold
// dates, not anyone's data).
const localDates = new Map<string, string>();
const dayStarts = new Map<string, number>();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= 1024) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}

// The last answer of each, before the maps: the posts of a run ask the
// same (the same minute, the same period), and are answered without making
// a key of strings and looking it up for each.
let lastDate = { zone: "", minute: Number.NaN, date: "" };
let lastDayStart = { zone: "", date: "", start: 0 };

/** The local date of the minute, kept. */
function localDateOfMinute(minute: number, zone: string): string {
  if (lastDate.minute === minute && lastDate.zone === zone) return lastDate.date;
  const date = remember(localDates, `${zone}|${minute}`, () => localDateOf(minute * 60_000, zone));
  lastDate = { zone, minute, date };
  return date;
}

/** Does the period cover the local date of `instant`? As `isWithinQuietPeriod`, with the local date kept per minute. */
function covers(period: QuietPeriod, instant: number, zone: string): boolean {
  if (!hasIsoDates(period)) return isWithinQuietPeriod(period, instant, zone);
  const date = localDateOfMinute(Math.floor(instant / 60_000), zone);
  return period.startDate <= date && date <= period.endDate;
}

// The dates of the period asked about last, and whether both are ISO dates: the same periods come up for every post.
let lastDates = { start: "", end: "", iso: false };

/** Are both dates of the period plain ISO dates (else `isWithinQuietPeriod` reads them)? */
function hasIsoDates({ startDate: start, endDate: end }: QuietPeriod): boolean {
  if (start !== lastDates.start || end !== lastDates.end) lastDates = { start, end, iso: ISO_DATE.test(start) && ISO_DATE.test(end) };
  return lastDates.iso;
}

function dayStart(date: string, zone: string): number {
  if (lastDayStart.date === date && lastDayStart.zone === zone) return lastDayStart.start;
  const start = remember(dayStarts, `${zone}|${date}`, () => startOfLocalDate(date, zone));
  lastDayStart = { zone, date, start };
  return start;
}

/**
 * The duty of neutrality (Neutralitätsgebot) and other quiet periods: where
 * a post names what a quiet period of the organisation's strategy holds back
 * (its keywords: candidates, offices, terms; its pillars and campaigns), an
 * `error` when the post is to go out inside the period (now, or at its
 * scheduled time), a `warning` when the period begins within the coming
 * days. In election-neutrality periods, names of parties are reported too
 * (a warning), and election words as a hint: official information about an
 * election (Briefwahl, Wahllokal) is allowed, and a person should see that
 * it stays neutral.
 * Keywords match as the workflow matches them (case, ae/oe/ue/ss, split and
 * hyphenated compounds, look-alike letters), with the places shown.
 */
export function neutralityCheck(options: NeutralityOptions = {}) {
  checkNeutralityOptions(options);
  return defineNeutralityCheck(options, letterSearches(options.parties ?? GERMAN_PARTIES));
}

/** Longest name of a party or list that is taken: longer is no name, and costs every post a search for it. */
const MAX_PARTY_NAME = 200;

/**
 * Refuses options the check could not work with, naming the field: an empty
 * party name would be found everywhere (and its search would never end), a
 * number of days that is no number would announce nothing.
 */
function checkNeutralityOptions(options: unknown): void {
  const fail = (problem: string): never => {
    throw new CoreError("CORE_INVALID_ARGUMENT", `neutralityCheck: ${problem}.`);
  };
  if (typeof options !== "object" || options === null || Array.isArray(options)) fail(`options must be an object, got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`);
  const { warnDaysAhead, parties } = options as { warnDaysAhead?: unknown; parties?: unknown };
  if (warnDaysAhead !== undefined && !(typeof warnDaysAhead === "number" && Number.isFinite(warnDaysAhead) && warnDaysAhead >= 0 && warnDaysAhead <= 366)) {
    fail(`warnDaysAhead must be a number of days from 0 to 366, got ${typeof warnDaysAhead === "number" ? String(warnDaysAhead) : typeof warnDaysAhead}`);
  }
  if (parties === undefined) return;
  if (!Array.isArray(parties)) fail(`parties must be a list of names, got ${parties === null ? "null" : typeof parties}`);
  (parties as unknown[]).forEach((name, index) => {
    if (typeof name !== "string") fail(`parties[${index}] must be a name, got ${name === null ? "null" : typeof name}`);
    const text = name as string;
    if (text.trim() === "") fail(`parties[${index}] is empty; a party's name has at least one letter`);
    if (text.length > MAX_PARTY_NAME) fail(`parties[${index}] has ${text.length} characters; a name has at most ${MAX_PARTY_NAME}`);
  });
}

/**
 * @internal {@link neutralityCheck} without the search of each post's
 * letters that rules out keywords, parties and election words at once:
 * every text read for them, every keyword looked for on its own. For tests
 * that compare the two.
 */
export function neutralityCheckReadingEveryText(options: NeutralityOptions = {}) {
  return defineNeutralityCheck(options, () => undefined);
}

function defineNeutralityCheck(options: NeutralityOptions, searchFor: (strategies: readonly Strategy[]) => LetterSearch | undefined) {
  const ahead = (options.warnDaysAhead ?? 14) * DAY;
  const parties = partyPattern(options.parties ?? GERMAN_PARTIES);
  return defineCheck({
    id: "neutrality",
    target: "post",
    languages: ["*"],
    title: { de: "Neutralität und Ruhephasen", en: "Neutrality and quiet periods" },
    run: ({ post }, context) => {
      const zone = context.organisation.timeZone;
      const scheduled = post.scheduledAt ? Date.parse(post.scheduledAt) : undefined;
      const findings: FindingInput[] = [];
      // The post's letters, read once for all periods (for their keywords, party names and election words) when one needs them.
      let reading: KeywordPresence | undefined;
      // Index loops: the runner's context and post are frozen, and a for-of
      // loop over a frozen array cost several times one over a plain one on Node 20.
      const { strategies } = context;
      for (let which = 0; which < strategies.length; which++) {
        const periods = strategies[which]!.quietPeriods;
        for (let index = 0; index < periods.length; index++) {
          const period = periods[index]!;
          const inside = covers(period, context.now, zone) || (scheduled !== undefined && covers(period, scheduled, zone));
          const startsIn = dayStart(period.startDate, zone) - context.now;
          if (!inside && !(startsIn > 0 && startsIn <= ahead)) continue;
          const severity = inside ? "error" : "warning";
          topicFindings(period, post, severity, findings);
          const hasKeywords = (period.matches.keywords ?? []).length > 0;
          const election = period.kind === "election-neutrality";
          if (hasKeywords || election) reading ??= new KeywordPresence(post, searchFor(context.strategies));
          if (hasKeywords) keywordFindings(period, post, severity, findings, reading!);
          if (election) electionFindings(period, post, parties, findings, reading!);
        }
      }
      return findings;
    },
  });
}

/** The words of a {@link LetterSearch} for the neutrality check: the names of parties, then the stems of election words. */
const PARTY_GROUP = 0;
const ELECTION_GROUP = 1;

/**
 * The search of a post's letters for the keywords of every quiet period of
 * `strategies`, the names of `parties` and the election stems: made once
 * for a set of keywords and kept (a few sets, bounded), the last strategies
 * asked for answered at once.
 */
function letterSearches(parties: readonly string[]): (strategies: readonly Strategy[]) => LetterSearch {
  const groups = [parties, ELECTION_STEM_WORDS];
  const byKeywords = new Map<string, LetterSearch>();
  let lastStrategies: readonly Strategy[] | undefined;
  let lastSearch: LetterSearch | undefined;
  return (strategies) => {
    if (strategies === lastStrategies && lastSearch !== undefined) return lastSearch;
    const keywords: string[] = [];
    for (const strategy of strategies) for (const period of strategy.quietPeriods) for (const keyword of period.matches.keywords ?? []) keywords.push(keyword);
    const key = keywords.join("\u0000");
    let search = byKeywords.get(key);
    if (search === undefined) {
      if (byKeywords.size >= 64) byKeywords.clear();
      search = new LetterSearch(keywords, groups);
      byKeywords.set(key, search);
    }
    lastStrategies = strategies;
    lastSearch = search;
    return search;
  };
}

/** The values of every message of a period. */
type PeriodValues = { readonly period: string; readonly from: string; readonly to: string };

/** The values of `period`'s messages: made only for a finding, which most posts have none of. */
function valuesOf(period: QuietPeriod): PeriodValues {
  return { period: period.label, from: period.startDate, to: period.endDate };
}

/**
 * Names of parties, and election nouns where no keyword of the period was
 * found already. A text the reading has letters of (all but the content
 * warnings) is looked at only where its letters may hold a party's name
 * or an election word.
 */
function electionFindings(period: QuietPeriod, post: PostCheckInput["post"], parties: PartyFinder, findings: FindingInput[], reading: KeywordPresence): void {
  const mayHoldParty = reading.mayHold(PARTY_GROUP);
  const mayHoldElection = reading.mayHold(ELECTION_GROUP);
  // Most posts: nothing in the letters read, and no content warning to look at.
  if (!mayHoldParty && !mayHoldElection && !hasContentWarning(post)) return;
  const values = valuesOf(period);
  const texts = postTexts(post);
  for (let index = 0; index < texts.length; index++) {
    const { text, location } = texts[index]!;
    const read = location.field !== "contentWarning";
    if (mayHoldParty || !read) {
      for (const match of parties(text)) {
        findings.push({ code: "party", severity: "warning", message: both("neutrality-party", withTerm(values, match.text)), location: at(location, match.start, match.end) });
      }
    }
    if (!mayHoldElection && read) continue;
    const nouns = electionNouns(text);
    if (nouns.length === 0) continue;
    // A period's own keyword found here already says more. Its places
    // in this text, by start: the words come in order, so one pass
    // over both finds the overlaps (a search per word was quadratic).
    const keywordPlaces = findings
      .filter((f) => f.code.startsWith("quiet-period-keyword") && f.location?.field === location.field && f.location.channelId === location.channelId && f.location.start !== undefined)
      .map((f) => ({ start: f.location!.start!, end: f.location!.end! }))
      .sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -1;
    for (const noun of nouns) {
      // Every place that starts before this word ends; it overlaps the word if one reaches past its start.
      while (next < keywordPlaces.length && keywordPlaces[next]!.start < noun.end) reach = Math.max(reach, keywordPlaces[next++]!.end);
      if (reach > noun.start) continue;
      findings.push({ code: "election-term", severity: "hint", message: both("neutrality-election-term", withTerm(values, noun.word)), location: at(location, noun.start, noun.end) });
    }
  }
}

/** Has the post, or a variant of it, a content warning (which the reading of letters does not read)? */
function hasContentWarning(post: PostCheckInput["post"]): boolean {
  if (post.contentWarning) return true;
  const { variants } = post;
  for (let index = 0; index < variants.length; index++) if (variants[index]!.contentWarning) return true;
  return false;
}

/** A period's values with the term a finding names, quoted as a message quotes it. */
function withTerm(values: PeriodValues, term: string): MessageValues {
  return { period: values.period, from: values.from, to: values.to, term: excerpt(term) };
}

function topicFindings(period: QuietPeriod, post: PostCheckInput["post"], severity: "error" | "warning", findings: FindingInput[]): void {
  const { matches } = period;
  const topic = matches.all === true || (post.pillarId !== undefined && matches.pillarIds?.includes(post.pillarId)) || (post.campaignId !== undefined && matches.campaignIds?.includes(post.campaignId));
  if (topic) findings.push({ code: severity === "error" ? "quiet-period-topic" : "quiet-period-topic-ahead", severity, message: both(severity === "error" ? "neutrality-topic" : "neutrality-topic-ahead", valuesOf(period)) });
}

function keywordFindings(period: QuietPeriod, post: PostCheckInput["post"], severity: "error" | "warning", findings: FindingInput[], presence: KeywordPresence): void {
  const keywords = period.matches.keywords ?? [];
  for (let index = 0; index < keywords.length; index++) {
    const keyword = keywords[index]!;
    // Most posts name none of them, which the letters of the post tell at
    // once; for the others the workflow's own rule decides, and the places
    // are looked for only then.
    if (!presence.mayName(keyword) || !quietPeriodMatches({ ...period, matches: { keywords: [keyword] } }, post)) continue;
    const code = severity === "error" ? "quiet-period-keyword" : "quiet-period-keyword-ahead";
    const message = both(severity === "error" ? "neutrality-keyword" : "neutrality-keyword-ahead", { period: period.label, from: period.startDate, to: period.endDate, keyword: excerpt(keyword) });
    let placed = false;
    for (const { text, location } of postTexts(post)) {
      for (const range of keywordRanges(text, keyword)) {
        findings.push({ code, severity, message, location: at(location, range.start, range.end) });
        placed = true;
      }
    }
    // Matched in a field without a place of its own (an alt text, a hashtag, a link).
    if (!placed) findings.push({ code, severity, message });
  }
}

/**
 * Finds the names of `parties` as whole words, case-sensitively, the longest
 * where names overlap ("Bündnis 90/Die Grünen" over "Die Grünen"). Each name
 * is looked for with `indexOf`, which is far cheaper than one pattern of
 * alternatives over the text.
 */
type PartyFinder = (text: string) => { text: string; start: number; end: number }[];

/** Is the code unit a letter or a number (`[\p{L}\p{N}]`, a half of a surrogate pair neither)? */
function isWordUnit(code: number): boolean {
  return isLetterCode(code) || isNumberCode(code);
}

function partyPattern(parties: readonly string[]): PartyFinder {
  const names = [...new Set(parties)].sort((a, b) => b.length - a.length);
  const isWordAt = (text: string, index: number) => index >= 0 && index < text.length && isWordUnit(text.charCodeAt(index));
  return (text) => {
    const found: { text: string; start: number; end: number }[] = [];
    // Which code units a longer name took already: a look at the name's own
    // units instead of at every name found (which was quadratic in a text
    // that names a party thousands of times).
    let taken: Uint8Array | undefined;
    for (const name of names) {
      for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
        const end = start + name.length;
        if (isWordAt(text, start - 1) || isWordAt(text, end)) continue;
        taken ??= new Uint8Array(text.length);
        if (taken.subarray(start, end).includes(1)) continue;
        taken.fill(1, start, end);
        found.push({ text: name, start, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}
