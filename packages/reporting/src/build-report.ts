import type { Interaction, KpiDefinition, MetricKindDeclarations, MetricSample, Organisation, Post } from "@kommune-sm/core";
import type { Comparison } from "./compare.js";
import { evaluateKpi, type KpiResult, type MetricCombination, type ReportChannel } from "./evaluate-kpi.js";
import type { GoalProgress } from "./goal-progress.js";
import { instantMs } from "./instants.js";
import { previousPeriod, type ReportPeriod } from "./periods.js";
import { formatHours, formatKpiValue, formatNumber } from "./render-text.js";
import { kpiRow, type Report, type ReportGoalRow, type ReportLocale, type ReportPostRow, type ReportRecommendation, type ReportSection } from "./report.js";
import { responseTimes, type ResponseTimeReport } from "./response-times.js";

/** A rule by which a report recommends what to adjust: its id and what it says, in both languages. */
export interface RecommendationRule {
  /** The rule's id, as the recommendation names it. */
  readonly id: string;
  /** When it fires, in German. */
  readonly de: string;
  /** When it fires, in English. */
  readonly en: string;
}

/** How sensitive the recommendation rules are. */
export interface RecommendationThresholds {
  /** `answers-slow` fires below this share answered in time; 0.8 by default. */
  readonly shareWithin?: number;
  /** `kpi-worse` fires when a KPI moved this much (relative) the wrong way against the period before; 0.2 by default. */
  readonly worse?: number;
  /** `findings-in-flop` fires for a finding on at least this many of the weakest posts and none of the best; 2 by default. */
  readonly flopFindings?: number;
}

/**
 * The rules a report's recommendations follow, each stated so that a reader
 * can check it against the figures the recommendation cites. No rule guesses:
 * each fires on figures of the report itself.
 */
export const RECOMMENDATION_RULES: readonly RecommendationRule[] = Object.freeze([
  { id: "goal-at-risk", de: "Die Prognose eines Ziels zum Stichtag verfehlt den Zielwert.", en: "A goal's forecast at its deadline misses the target." },
  { id: "goal-missed", de: "Der Stichtag eines Ziels ist vorbei und der letzte Wert verfehlte den Zielwert.", en: "A goal's deadline has passed and its last value missed the target." },
  { id: "answers-slow", de: "Der Anteil der binnen der Frist beantworteten Nachrichten liegt unter der Schwelle (80 %).", en: "The share of messages answered in time is below the threshold (80 %)." },
  { id: "answers-waiting", de: "Nachrichten aus dem Zeitraum warten noch auf eine erste Antwort.", en: "Messages of the period are still waiting for a first answer." },
  { id: "kpi-worse", de: "Eine Kennzahl hat sich gegenüber dem Vorzeitraum um mindestens 20 % verschlechtert.", en: "A KPI moved at least 20 % the wrong way against the period before." },
  { id: "findings-in-flop", de: "Ein Prüfbefund steht bei mindestens zwei der schwächsten Beiträge und bei keinem der stärksten.", en: "A check finding is on at least two of the weakest posts and on none of the best." },
  { id: "no-posts", de: "Im Zeitraum wurde kein Beitrag veröffentlicht.", en: "No post was published in the period." },
].map((rule) => Object.freeze(rule)));

/** What a report is built from, read from one organisation's store. */
export interface ReportData {
  /** The organisation (the tenant): its name, inhabitants and time zone. */
  readonly organisation: Pick<Organisation, "id" | "name" | "population" | "timeZone">;
  /** Its channels with the metrics their networks offer. */
  readonly channels: readonly ReportChannel[];
  /** Its metric samples: all before the period's end (counters need the readings before the period); later ones are not read. */
  readonly samples: readonly MetricSample[];
  /** Its posts. */
  readonly posts: readonly Post[];
  /** Its interactions. */
  readonly interactions: readonly Interaction[];
  /** The KPIs to report, in order. */
  readonly kpis: readonly KpiDefinition[];
  /** The goals, each with its KPI's definition and where it stands. */
  readonly goals: readonly { readonly statement: string; readonly kpi: KpiDefinition; readonly progress: GoalProgress }[];
  /** A comparison with other towns, if asked for. */
  readonly comparison?: { readonly kpi: KpiDefinition; readonly comparison: Comparison };
  /** The moment the report is made, epoch milliseconds. */
  readonly now: number;
}

/** How a report is put together. */
export interface ReportContentOptions {
  /** The period reported on. */
  readonly period: ReportPeriod;
  /** The report's language; German by default. */
  readonly locale?: ReportLocale;
  /** The report's title; e.g. "Monatsbericht Social Media März 2027" by default. */
  readonly title?: string;
  /** The metric posts are ranked by; `engagements` by default (likes + shares + comments + clicks where a network has no such figure). */
  readonly rankBy?: string;
  /** How many posts the best and the weakest list each hold; 3 by default. */
  readonly topPosts?: number;
  /** Hours within which an answer counts as timely; 24 by default. */
  readonly withinHours?: number;
  /** Which messages need an answer at all (e.g. by a triage's verdict); all by default. */
  readonly counts?: (interaction: Interaction) => boolean;
  /** The recommendation rules' thresholds. */
  readonly thresholds?: RecommendationThresholds;
  /** Metrics combined from others (see `evaluateKpi`). */
  readonly combinations?: readonly MetricCombination[];
  /** Kinds of adapters' own metrics. */
  readonly kinds?: MetricKindDeclarations;
}

const MONTHS_FORMAT = (locale: ReportLocale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY_FORMAT = (locale: ReportLocale) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The period as a reader names it: "März 2027", "KW 12/2027", "1. Quartal 2027", "2027", "28. März 2027". */
export function periodLabel(period: ReportPeriod, locale: ReportLocale): string {
  const [year, month, day] = period.firstDay.split("-").map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  switch (period.unit) {
    case "day":
      return DAY_FORMAT(locale).format(utc);
    case "week": {
      const [weekYear, week] = period.key.split("-W") as [string, string];
      return locale === "en" ? `Week ${Number(week)}, ${weekYear}` : `KW ${Number(week)}/${weekYear}`;
    }
    case "month":
      return MONTHS_FORMAT(locale).format(utc);
    case "quarter": {
      const quarter = period.key.slice(-1);
      return locale === "en" ? `Q${quarter} ${period.key.slice(0, 4)}` : `${quarter}. Quartal ${period.key.slice(0, 4)}`;
    }
    case "year":
      return period.key;
  }
}

const TITLES = {
  de: { day: "Tagesbericht", week: "Wochenbericht", month: "Monatsbericht", quarter: "Quartalsbericht", year: "Jahresbericht" },
  en: { day: "Daily", week: "Weekly", month: "Monthly", quarter: "Quarterly", year: "Annual" },
} as const;

const SECTION_TITLES = {
  de: { kpis: "Kennzahlen", goals: "Ziele", responses: "Antwortzeiten", top: "Beiträge, die am besten liefen", flop: "Beiträge, die am schwächsten liefen", comparison: "Vergleich mit anderen Kommunen", recommendations: "Wo wir nachsteuern sollten" },
  en: { kpis: "Key figures", goals: "Goals", responses: "Response times", top: "Posts that worked best", flop: "Posts that worked least", comparison: "Comparison with other municipalities", recommendations: "Where to adjust" },
} as const;

const EXCERPT = 140;

/** The beginning of a post's text for a report's list, cut at a word where it can be. */
function excerpt(post: Post): string {
  const text = (post.title === undefined ? post.text : `${post.title}: ${post.text}`).replace(/\s+/g, " ").trim();
  if (text.length <= EXCERPT) return text;
  let cut = text.lastIndexOf(" ", EXCERPT);
  if (cut < EXCERPT / 2) cut = EXCERPT;
  // Not inside a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return `${text.slice(0, cut)} …`;
}

/**
 * The posts published in the period, ranked by what they gathered of
 * `metric` by the period's end; posts whose network does not offer it have
 * no figure and are left out of the ranking.
 */
function rankPosts(data: ReportData, options: ReportContentOptions, metric: string): Ranked[] {
  const from = instantMs(options.period.from);
  const to = instantMs(options.period.to);
  const kpi: KpiDefinition = { id: `post-${metric}`, name: metric, unit: "count", better: "higher", formula: { type: "sum", metric } };
  const ranked: Ranked[] = [];
  // Each post's samples, read once: evaluating every post against all samples would read them once per post.
  const samplesOf = new Map<string, MetricSample[]>();
  for (const sample of data.samples) {
    if (sample.postId === undefined) continue;
    let samples = samplesOf.get(sample.postId);
    if (samples === undefined) samplesOf.set(sample.postId, (samples = []));
    samples.push(sample);
  }
  for (const post of data.posts) {
    if (post.publishedAt === undefined) continue;
    const at = instantMs(post.publishedAt);
    if (!(at >= from && at < to)) continue;
    const samples = samplesOf.get(post.id) ?? [];
    const result = evaluateKpi(kpi, {
      samples,
      channels: data.channels,
      period: options.period,
      scope: { postIds: [post.id] },
      ...(options.combinations === undefined ? {} : { combinations: options.combinations }),
      ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
    });
    // The channels it went out on, as its samples name them (the post itself does not say).
    if (result.status === "value") ranked.push({ post, figure: result.value, channels: [...new Set(samples.map((sample) => sample.channelId))].sort() });
  }
  // Higher first; equal figures by the earlier post, so that the order is stable.
  return ranked.sort((a, b) => b.figure - a.figure || instantMs(a.post.publishedAt) - instantMs(b.post.publishedAt) || (a.post.id < b.post.id ? -1 : 1));
}

interface Ranked {
  readonly post: Post;
  readonly figure: number;
  readonly channels: readonly string[];
}

function postRow(entry: Ranked): ReportPostRow {
  const codes = [...new Set(entry.post.checks?.findings.map((finding) => finding.code) ?? [])].sort();
  return {
    postId: entry.post.id,
    channelId: entry.channels.join(", "),
    excerpt: excerpt(entry.post),
    figure: entry.figure,
    ...(codes.length > 0 ? { findings: codes } : {}),
  };
}

const valueOf = (result: KpiResult | undefined): number | undefined => (result?.status === "value" ? result.value : undefined);

/**
 * A report of one organisation for one period, from data already read: the
 * KPIs with the period before, the goals, the response times, the posts
 * that worked best and least (with the check findings they carry), a
 * comparison with other towns if given, and recommendations by
 * {@link RECOMMENDATION_RULES}, each citing the figures it rests on.
 *
 * @internal The plugin's `buildReport` reads the data and calls this.
 */
export function reportFromData(data: ReportData, options: ReportContentOptions): Report {
  const locale: ReportLocale = options.locale ?? "de";
  const titles = SECTION_TITLES[locale];
  const period = options.period;
  const before = previousPeriod(period);
  const thresholds = { shareWithin: 0.8, worse: 0.2, flopFindings: 2, ...options.thresholds };
  const evaluation = {
    samples: data.samples,
    channels: data.channels,
    ...(data.organisation.population > 0 ? { inhabitants: data.organisation.population } : {}),
    ...(options.combinations === undefined ? {} : { combinations: options.combinations }),
    ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
  };
  const sections: ReportSection[] = [];
  const recommendations: ReportRecommendation[] = [];
  const recommend = (rule: string, text: string, figures: Record<string, number>): void => {
    recommendations.push({ rule, text, figures });
  };

  // The KPIs, each this period and the one before.
  const kpiRows = data.kpis.map((kpi) => kpiRow(kpi, evaluateKpi(kpi, { ...evaluation, period }), evaluateKpi(kpi, { ...evaluation, period: before })));
  sections.push({ kind: "kpis", title: titles.kpis, rows: kpiRows });
  for (const row of kpiRows) {
    const value = valueOf(row.result);
    const previous = valueOf(row.previous);
    if (value === undefined || previous === undefined || previous === 0) continue;
    const change = (value - previous) / Math.abs(previous);
    const worse = row.better === "higher" ? -change : change;
    if (worse >= thresholds.worse) {
      const shown = (figure: number) => formatKpiValue(figure, row.unit, locale);
      recommend(
        "kpi-worse",
        locale === "en"
          ? `“${row.name}” moved the wrong way: ${shown(value)} after ${shown(previous)} (${formatNumber(change * 100, locale, 0)} %). Look at what changed against the period before.`
          : `„${row.name}“ hat sich verschlechtert: ${shown(value)} nach ${shown(previous)} im Vorzeitraum (${formatNumber(change * 100, locale, 0)} %). Prüfen, was sich gegenüber dem Vorzeitraum geändert hat.`,
        { value, previous, change },
      );
    }
  }

  // The goals.
  if (data.goals.length > 0) {
    const goalRows: ReportGoalRow[] = data.goals.map((goal) => ({ statement: goal.statement, kpiName: goal.kpi.name, unit: goal.kpi.unit, progress: goal.progress }));
    sections.push({ kind: "goals", title: titles.goals, rows: goalRows });
    for (const goal of data.goals) {
      const progress = goal.progress;
      const shown = (figure: number) => formatKpiValue(figure, goal.kpi.unit, locale);
      if (progress.status === "at-risk" && progress.forecast !== undefined) {
        const forecast = progress.forecast;
        recommend(
          "goal-at-risk",
          locale === "en"
            ? `The goal “${goal.statement}” is at risk: the forecast for its deadline is ${shown(forecast.value)} (${shown(forecast.low)} – ${shown(forecast.high)}), the target ${shown(progress.target)}. Decide what to do more of, or adjust the goal.`
            : `Das Ziel „${goal.statement}“ ist gefährdet: Die Prognose zum Stichtag liegt bei ${shown(forecast.value)} (${shown(forecast.low)} – ${shown(forecast.high)}), der Zielwert bei ${shown(progress.target)}. Maßnahmen verstärken oder das Ziel anpassen.`,
          { forecast: forecast.value, low: forecast.low, high: forecast.high, target: progress.target },
        );
      }
      if (progress.status === "missed") {
        const last = progress.current?.value;
        recommend(
          "goal-missed",
          locale === "en"
            ? `The goal “${goal.statement}” was missed${last === undefined ? "" : `: ${shown(last)} against ${shown(progress.target)}`}. Set a new goal in the strategy.`
            : `Das Ziel „${goal.statement}“ wurde verfehlt${last === undefined ? "" : `: ${shown(last)} statt ${shown(progress.target)}`}. Ein neues Ziel in der Strategie festlegen.`,
          { target: progress.target, ...(last === undefined ? {} : { last }) },
        );
      }
    }
  }

  // The response times.
  const withinHours = options.withinHours ?? 24;
  const responses: ResponseTimeReport = responseTimes(data.interactions, { period, now: data.now, withinHours, ...(options.counts === undefined ? {} : { counts: options.counts }) });
  sections.push({ kind: "response-times", title: titles.responses, report: responses });
  const overall = responses.overall;
  if (overall.shareWithin !== undefined && overall.shareWithin < thresholds.shareWithin) {
    const share = `${formatNumber(overall.shareWithin * 100, locale, 0)} %`;
    recommend(
      "answers-slow",
      locale === "en"
        ? `Only ${share} of the messages were answered within ${withinHours} h (median ${formatHours(overall.median, locale)}). Plan who answers on which day, with a stand-in.`
        : `Nur ${share} der Nachrichten wurden binnen ${withinHours} Std. beantwortet (Median ${formatHours(overall.median, locale)}). Festlegen, wer an welchem Tag antwortet, mit Vertretung.`,
      { shareWithin: overall.shareWithin, received: overall.received, answered: overall.answered, withinHours },
    );
  }
  if (overall.waiting > 0) {
    recommend(
      "answers-waiting",
      locale === "en"
        ? `${overall.waiting} message${overall.waiting === 1 ? " is" : "s are"} still waiting for a first answer. Answer or close ${overall.waiting === 1 ? "it" : "them"} with a reason.`
        : `${overall.waiting} ${overall.waiting === 1 ? "Nachricht wartet" : "Nachrichten warten"} noch auf eine erste Antwort. Beantworten oder mit Begründung schließen.`,
      { waiting: overall.waiting },
    );
  }

  // The posts that worked best and least.
  const metric = options.rankBy ?? "engagements";
  const count = options.topPosts ?? 3;
  const ranked = rankPosts(data, options, metric);
  const published = data.posts.filter((post) => post.publishedAt !== undefined && instantMs(post.publishedAt) >= instantMs(period.from) && instantMs(post.publishedAt) < instantMs(period.to)).length;
  const top = ranked.slice(0, count);
  const flop = ranked.slice(top.length).slice(-count).reverse();
  if (top.length > 0) sections.push({ kind: "posts", title: titles.top, metric, rows: top.map(postRow) });
  if (flop.length > 0) sections.push({ kind: "posts", title: titles.flop, metric, rows: flop.map(postRow) });
  if (published === 0) {
    recommend("no-posts", locale === "en" ? "No post was published in this period. Plan posts for the next one." : "In diesem Zeitraum wurde kein Beitrag veröffentlicht. Beiträge für den nächsten Zeitraum planen.", { published: 0 });
  }
  const codesOf = (rows: { post: Post }[]) => rows.map((row) => new Set(row.post.checks?.findings.map((finding) => finding.code) ?? []));
  const topCodes = codesOf(top);
  const flopCodes = codesOf(flop);
  const candidates = [...new Set(flopCodes.flatMap((codes) => [...codes]))].sort();
  for (const code of candidates) {
    const inFlop = flopCodes.filter((codes) => codes.has(code)).length;
    const inTop = topCodes.filter((codes) => codes.has(code)).length;
    if (inFlop >= thresholds.flopFindings && inTop === 0) {
      recommend(
        "findings-in-flop",
        locale === "en"
          ? `The check finding “${code}” is on ${inFlop} of the ${flop.length} weakest posts and on none of the best. Take it seriously before approving.`
          : `Der Prüfbefund „${code}“ steht bei ${inFlop} der ${flop.length} schwächsten Beiträge und bei keinem der stärksten. Vor der Freigabe ernst nehmen.`,
        { weakest: inFlop, best: inTop },
      );
    }
  }

  if (data.comparison !== undefined) sections.push({ kind: "comparison", title: titles.comparison, kpiName: data.comparison.kpi.name, comparison: data.comparison.comparison });
  sections.push({ kind: "recommendations", title: titles.recommendations, rows: recommendations });

  return {
    title: options.title ?? (locale === "en" ? `${TITLES.en[period.unit]} social media report ${periodLabel(period, locale)}` : `${TITLES.de[period.unit]} Social Media ${periodLabel(period, locale)}`),
    organisation: { id: data.organisation.id, name: data.organisation.name },
    period,
    createdAt: new Date(data.now).toISOString(),
    locale,
    sections,
  };
}
