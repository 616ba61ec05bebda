import { defineCheck, isWithinQuietPeriod, localDateOf, quietPeriodMatches, startOfLocalDate, type FindingInput, type PostCheckInput, type QuietPeriod } from "@kommune-sm/core";
import { both } from "../scoring-messages.js";
import { keywordRanges } from "../text/keyword-ranges.js";
import { KeywordPresence } from "../text/keyword-presence.js";
import { electionNouns } from "./election-nouns.js";
import { postTexts } from "./post-texts.js";
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
  if (!ISO_DATE.test(period.startDate) || !ISO_DATE.test(period.endDate)) return isWithinQuietPeriod(period, instant, zone);
  const date = localDateOfMinute(Math.floor(instant / 60_000), zone);
  return period.startDate <= date && date <= period.endDate;
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
      // Which keywords the post may name, read once for all periods when one has keywords.
      let presence: KeywordPresence | undefined;
      for (const strategy of context.strategies) {
        for (const period of strategy.quietPeriods) {
          const inside = covers(period, context.now, zone) || (scheduled !== undefined && covers(period, scheduled, zone));
          const startsIn = dayStart(period.startDate, zone) - context.now;
          if (!inside && !(startsIn > 0 && startsIn <= ahead)) continue;
          const severity = inside ? "error" : "warning";
          const values = { period: period.label, from: period.startDate, to: period.endDate };
          topicFindings(period, post, severity, values, findings);
          if ((period.matches.keywords ?? []).length > 0) keywordFindings(period, post, severity, values, findings, (presence ??= new KeywordPresence(post)));
          if (period.kind === "election-neutrality") electionFindings(post, parties, values, findings);
        }
      }
      return findings;
    },
  });
}

/** Names of parties, and election nouns where no keyword of the period was found already. */
function electionFindings(post: PostCheckInput["post"], parties: PartyFinder, values: Record<string, string>, findings: FindingInput[]): void {
  for (const { text, location } of postTexts(post)) {
    for (const match of parties(text)) {
      findings.push({ code: "party", severity: "warning", message: both("neutrality-party", { ...values, term: excerpt(match.text) }), location: { ...location, start: match.start, end: match.end } });
    }
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
      findings.push({ code: "election-term", severity: "hint", message: both("neutrality-election-term", { ...values, term: excerpt(noun.word) }), location: { ...location, start: noun.start, end: noun.end } });
    }
  }
}

function topicFindings(period: QuietPeriod, post: PostCheckInput["post"], severity: "error" | "warning", values: Record<string, string>, findings: FindingInput[]): void {
  const { matches } = period;
  const topic = matches.all === true || (post.pillarId !== undefined && matches.pillarIds?.includes(post.pillarId)) || (post.campaignId !== undefined && matches.campaignIds?.includes(post.campaignId));
  if (topic) findings.push({ code: severity === "error" ? "quiet-period-topic" : "quiet-period-topic-ahead", severity, message: both(severity === "error" ? "neutrality-topic" : "neutrality-topic-ahead", values) });
}

function keywordFindings(period: QuietPeriod, post: PostCheckInput["post"], severity: "error" | "warning", values: Record<string, string>, findings: FindingInput[], presence: KeywordPresence): void {
  const keywords = period.matches.keywords ?? [];
  for (const keyword of keywords) {
    // Most posts name none of them, which the letters of the post tell at
    // once; for the others the workflow's own rule decides, and the places
    // are looked for only then.
    if (!presence.mayName(keyword) || !quietPeriodMatches({ ...period, matches: { keywords: [keyword] } }, post)) continue;
    const code = severity === "error" ? "quiet-period-keyword" : "quiet-period-keyword-ahead";
    const message = both(severity === "error" ? "neutrality-keyword" : "neutrality-keyword-ahead", { ...values, keyword: excerpt(keyword) });
    let placed = false;
    for (const { text, location } of postTexts(post)) {
      for (const range of keywordRanges(text, keyword)) {
        findings.push({ code, severity, message, location: { ...location, ...range } });
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

function partyPattern(parties: readonly string[]): PartyFinder {
  const names = [...new Set(parties)].sort((a, b) => b.length - a.length);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return (text) => {
    const found: { text: string; start: number; end: number }[] = [];
    // Which code units a longer name took already: a look at the name's own
    // units instead of at every name found (which was quadratic in a text
    // that names a party thousands of times).
    let taken: Uint8Array | undefined;
    for (const name of names) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
        taken ??= new Uint8Array(text.length);
        if (taken.subarray(at, end).includes(1)) continue;
        taken.fill(1, at, end);
        found.push({ text: name, start: at, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}
