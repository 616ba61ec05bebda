/*
 * Charts for the HTML report, as static SVG written by hand. A report needs
 * three kinds of bar chart, nothing more; the charting libraries draw into a
 * DOM or a canvas (a report is rendered on a server, without either), pull in
 * far more than three bar charts need, and leave the accessible name, the
 * description in words and the contrast to the caller anyway. Each chart is
 * an `<svg role="img">` labelled by its own `<title>` and `<desc>`; every
 * value is written beside its bar, so that no figure depends on the bar's
 * length or colour alone, and the same figures stand in the table under it.
 */
import { splitGraphemes } from "@kommune-sm/core";
import { escapeHtml } from "./escape-html.js";
import type { GoalProgress } from "./goal-progress.js";
import { cleanText, formatHours, formatKpiValue, formatNumber, reportWords } from "./render-text.js";
import type { ReportGoalRow, ReportLocale } from "./report.js";
import type { ResponseHours, ResponseTimeReport } from "./response-times.js";

/** Black on white: 17:1. */
const TEXT = "#1a1a1a";
/** Grey text for the second line of a row: 8.6:1 on white. */
const MUTED = "#4d4d4d";
/** The period's bar, the median: 6.4:1 on white. */
const PRIMARY = "#1f5fa8";
/** The period before, the 90th percentile: lighter, 3.8:1 on white. */
const SECONDARY = "#5f86b8";
/** The target line: 7.3:1 on white. */
const TARGET = "#a4262c";
/** The track behind a goal's bar (decoration; its border carries the 0 to 100 % extent at 4.5:1). */
const TRACK = "#f0f0f0";
const TRACK_BORDER = "#767676";

const WIDTH = 760;
const PAD = 8;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 240;
const PLOT_X = PAD + LABEL_WIDTH + 8;
const PLOT_WIDTH = WIDTH - PLOT_X - VALUE_WIDTH - 2 * PAD;
const VALUE_X = PLOT_X + PLOT_WIDTH + PAD;
const FONT = 13;
const SMALL = 12;
const LEGEND_HEIGHT = 28;

const CHART_WORDS = {
  de: {
    highest: "Höchster Wert",
    lowest: "Niedrigster Wert",
    without: "Ohne Wert",
    ownScale: "Jede Zeile hat ihren eigenen Maßstab.",
    thisPeriod: "Dieser Zeitraum",
    forecast: "Prognose",
    interval: (level: string) => `Prognose der Zielerreichung zum Stichtag, ${level}-%-Intervall`,
    scale: "Balken von 0 bis 100 % Zielerreichung; Werte darunter oder darüber am Rand gezeichnet.",
    target: "Ziel",
    overTarget: "Median über dem Ziel",
    none: "keine",
  },
  en: {
    highest: "Highest value",
    lowest: "Lowest value",
    without: "Without a value",
    ownScale: "Each row has its own scale.",
    thisPeriod: "This period",
    forecast: "Forecast",
    interval: (level: string) => `Forecast attainment at the deadline, ${level} % interval`,
    scale: "Bars from 0 to 100 % attainment; values below or above drawn at the edge.",
    target: "Target",
    overTarget: "Median above the target",
    none: "none",
  },
} as const;

const chartWords = (locale: ReportLocale) => CHART_WORDS[locale] ?? CHART_WORDS.de;

/** What every chart needs: where its ids start, its title and its language. */
export interface ChartOptions {
  /**
   * The start of the chart's element ids (`<prefix>-title`, `<prefix>-desc`),
   * unique within the document when it holds several charts; characters
   * other than letters, digits, `-` and `_` become `-`.
   */
  readonly idPrefix: string;
  /** The chart's accessible name, e.g. the section's heading; escaped here. */
  readonly title: string;
  /** The language of its words and numbers. */
  readonly locale: ReportLocale;
}

/** One bar: the number drawn and the text written beside it. */
export interface ChartBar {
  /**
   * The number the bar's length shows. Undefined ("nicht verfügbar", "keine
   * Daten") or not finite: no bar is drawn (never one of length 0), and the
   * row shows `text`, or "keine Daten" for a number that is not finite.
   */
  readonly value: number | undefined;
  /** The value as the report writes it ("3,3 %"), or the words for a missing one; escaped here. */
  readonly text: string;
}

/** One row of a {@link barChart}. */
export interface BarChartRow {
  /** What the row is, e.g. a KPI's or a municipality's name; escaped, and cut with "…" where it is too long for the chart. */
  readonly label: string;
  /** The row's bar. */
  readonly bar: ChartBar;
  /** A second, lighter bar under it, e.g. the period before. */
  readonly previous?: ChartBar;
}

/** The options of a {@link barChart}. */
export interface BarChartOptions extends ChartOptions {
  /** The rows, top to bottom. */
  readonly rows: readonly BarChartRow[];
  /**
   * `shared`: one scale for all rows, for figures that compare (towns per
   * 1,000 inhabitants, posts by one metric); `per-row`: each row its own,
   * for figures in different units (the KPIs of a period). Shared by default.
   */
  readonly scale?: "shared" | "per-row";
  /** The name of the first bars in the legend, shown when rows have a second bar; "Dieser Zeitraum" by default. */
  readonly barName?: string;
  /** The name of the second bars, e.g. "Vormonat"; written before each of their values. */
  readonly previousName?: string;
}

/** A finite number, or undefined. */
const finite = (value: number | undefined): number | undefined => (value !== undefined && Number.isFinite(value) ? value : undefined);

/** A bar's text: its own, or "keine Daten" for a number that is not finite. */
const barText = (bar: ChartBar, locale: ReportLocale): string => (bar.value !== undefined && !Number.isFinite(bar.value) ? reportWords(locale).noData : bar.text);

/** An id fit for an attribute and a reference: letters, digits, - and _. */
const idOf = (prefix: string): string => (prefix.replace(/[^A-Za-z0-9_-]/g, "-") || "chart");

/** Parts of a description as sentences: each ends with a full stop, unless it ends with one already ("5 Std."). */
const sentences = (parts: readonly string[]): string => parts.map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`)).join(" ");

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The width of a grapheme in em, roughly, as a sans-serif font sets it:
 * wide East Asian characters and emoji a whole em, capitals and m/w more
 * than other letters, i/l and punctuation less. Generous, so that a cut
 * label ends inside its column.
 */
function emWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0) ?? 0;
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f000) return 1;
  if (/[MWmw@%]/.test(grapheme)) return 0.9;
  if (/[A-ZÄÖÜ]/.test(grapheme)) return 0.72;
  if (/[ijlI.,:;'|!() ]/.test(grapheme)) return 0.32;
  return 0.58;
}

/** `text` cut at a grapheme boundary with "…" so that it fits `width` pixels at `size`; cleaned, not yet escaped. */
export function fitText(text: string, width: number, size: number): string {
  const clean = cleanText(text).replace(/[\t\n]+/g, " ");
  const budget = width / size;
  let used = 0;
  let cut = -1;
  let length = 0;
  for (const grapheme of splitGraphemes(clean)) {
    used += emWidth(grapheme);
    if (used > budget) {
      if (cut < 0) cut = length;
      return `${clean.slice(0, cut)}…`;
    }
    length += grapheme.length;
    // The last place where "…" still fits after it.
    if (used <= budget - 1) cut = length;
  }
  return clean;
}

/** `text` shortened to `graphemes` clusters with "…", for a description. */
function shorten(text: string, graphemes = 80): string {
  const clusters = splitGraphemes(cleanText(text).replace(/[\t\n]+/g, " "));
  return clusters.length <= graphemes ? clusters.join("") : `${clusters.slice(0, graphemes).join("")}…`;
}

/** A linear scale onto the plot from `low` to `high` (which include 0 where asked); halved before subtracting, so that ±1e308 do not overflow. */
function scaleOf(values: readonly number[], withZero = true): (value: number) => number {
  let low = withZero ? 0 : Infinity;
  let high = withZero ? 0 : -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!(high > low)) high = low + 1;
  return (value) => {
    const share = (value / 2 - low / 2) / (high / 2 - low / 2);
    return round(PLOT_X + (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0) * PLOT_WIDTH);
  };
}

/** A line of text starting at x, cut with "…" to `width`, escaped. */
function text(x: number, y: number, content: string, options: { width: number; size?: number; fill?: string }): string {
  const size = options.size ?? FONT;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" fill="${options.fill ?? TEXT}">${escapeHtml(fitText(content, options.width, size))}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, extra = ""): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(0, width))}" height="${round(height)}" fill="${fill}"${extra}/>`;
}

/** A bar from 0 to `value` (either side of 0), at least 1 pixel wide so that a measured 0 shows as a line. */
function bar(scale: (value: number) => number, value: number, y: number, height: number, fill: string): string {
  const from = scale(Math.min(0, value));
  const to = scale(Math.max(0, value));
  return rect(from, y, Math.max(1, to - from), height, fill, ' class="bar"');
}

interface LegendEntry {
  readonly name: string;
  readonly mark: "bar" | "thin-bar" | "dashed-line" | "interval";
  readonly colour: string;
}

function legend(entries: readonly LegendEntry[]): string {
  let x = PAD;
  const parts: string[] = [];
  for (const entry of entries) {
    const y = 8;
    if (entry.mark === "bar") parts.push(rect(x, y, 16, 12, entry.colour));
    else if (entry.mark === "thin-bar") parts.push(rect(x, y + 2, 16, 8, entry.colour));
    else if (entry.mark === "dashed-line") parts.push(`<line x1="${x + 8}" y1="${y - 2}" x2="${x + 8}" y2="${y + 14}" stroke="${entry.colour}" stroke-width="2" stroke-dasharray="4 3"/>`);
    else parts.push(`<path d="M${x} ${y + 2}v8M${x} ${y + 6}h16M${x + 16} ${y + 2}v8" stroke="${entry.colour}" stroke-width="2" fill="none"/>`);
    const width = Math.min(WIDTH - x - 24 - PAD, 12 + Math.ceil(splitGraphemes(cleanText(entry.name)).reduce((sum, grapheme) => sum + emWidth(grapheme), 0) * SMALL));
    parts.push(text(x + 22, y + 11, entry.name, { size: SMALL, width }));
    x += 22 + width + 16;
  }
  return `<g>${parts.join("")}</g>`;
}

/** The `<svg>` around a chart's body, with its title and description. */
function frame(options: ChartOptions, height: number, description: string, body: string): string {
  const id = idOf(options.idPrefix);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">` +
    `<title id="${id}-title">${escapeHtml(options.title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

/**
 * A horizontal bar chart, one row per label with its value written beside
 * its bar, and optionally a second, lighter and thinner bar per row (the
 * period before), whose value is written with its name ("Vormonat: 2,9 %").
 * A value that is missing or not finite draws no bar; the row shows its
 * words. The description names the highest and the lowest value and the
 * rows without one (one scale), or every row's values (a scale per row).
 *
 * @example
 * ```ts
 * barChart({ idPrefix: "s3-chart", title: "Reichweite je 1.000 Einwohner", locale: "de", rows: [{ label: "Musterstadt", bar: { value: 200, text: "200" } }] });
 * ```
 */
export function barChart(options: BarChartOptions): string {
  const { rows, locale } = options;
  const words = chartWords(locale);
  const paired = rows.some((row) => row.previous !== undefined);
  const previousName = options.previousName ?? reportWords(locale).previous;
  const perRow = options.scale === "per-row";
  const rowHeight = paired ? 44 : 28;
  const top = paired ? LEGEND_HEIGHT : 4;
  const shared = scaleOf(rows.flatMap((row) => [row.bar.value, row.previous?.value].flatMap((value) => (finite(value) === undefined ? [] : [value!]))));
  const body: string[] = [];
  if (paired) {
    body.push(
      legend([
        { name: options.barName ?? words.thisPeriod, mark: "bar", colour: PRIMARY },
        { name: previousName, mark: "thin-bar", colour: SECONDARY },
      ]),
    );
  }
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    const values = [row.bar.value, row.previous?.value].flatMap((value) => (finite(value) === undefined ? [] : [value!]));
    const scale = perRow ? scaleOf(values) : shared;
    body.push(text(PAD, y + rowHeight / 2 + FONT * 0.35, row.label, { width: LABEL_WIDTH }));
    const value = finite(row.bar.value);
    if (value !== undefined) body.push(bar(scale, value, y + 6, 16, PRIMARY));
    body.push(text(VALUE_X, y + 6 + 12.5, barText(row.bar, locale), { width: VALUE_WIDTH }));
    if (row.previous !== undefined) {
      const before = finite(row.previous.value);
      if (before !== undefined) body.push(bar(scale, before, y + 26, 10, SECONDARY));
      body.push(text(VALUE_X, y + 26 + 9.5, `${previousName}: ${barText(row.previous, locale)}`, { size: SMALL, fill: MUTED, width: VALUE_WIDTH }));
    }
  });
  const height = top + rows.length * rowHeight + 4;
  return frame(options, height, barDescription(options, previousName), body.join(""));
}

function barDescription(options: BarChartOptions, previousName: string): string {
  const words = chartWords(options.locale);
  const { rows, locale } = options;
  if (options.scale === "per-row") {
    return sentences([words.ownScale, ...rows.map((row) => `${shorten(row.label)}: ${barText(row.bar, locale)}${row.previous === undefined ? "" : `; ${previousName}: ${barText(row.previous, locale)}`}`)]);
  }
  const drawn = rows.filter((row) => finite(row.bar.value) !== undefined);
  const parts: string[] = [];
  if (drawn.length > 0) {
    const highest = drawn.reduce((best, row) => (row.bar.value! > best.bar.value! ? row : best));
    const lowest = drawn.reduce((least, row) => (row.bar.value! < least.bar.value! ? row : least));
    parts.push(`${words.highest}: ${shorten(highest.label)} (${barText(highest.bar, locale)})`, `${words.lowest}: ${shorten(lowest.label)} (${barText(lowest.bar, locale)})`);
  }
  const missing = rows.filter((row) => finite(row.bar.value) === undefined);
  if (missing.length > 0) parts.push(`${words.without}: ${missing.map((row) => `${shorten(row.label)} (${barText(row.bar, locale)})`).join(", ")}`);
  return sentences(parts.length === 0 ? [reportWords(locale).noData] : parts);
}

/** A share as whole percent; a share that rounds to 0 is "0 %", never "-0 %". */
const percent = (share: number, locale: ReportLocale): string => `${formatNumber(Math.round(share * 100) + 0, locale, 0)} %`;

/** A forecast as attainment: the share of the way from baseline to target its value, low and high ends would come. */
function forecastShares(progress: GoalProgress): { value: number; low: number; high: number; level: number } | undefined {
  const forecast = progress.forecast;
  const span = progress.target - progress.baseline;
  if (forecast === undefined || span === 0 || !Number.isFinite(span)) return undefined;
  const share = (value: number): number => (value - progress.baseline) / span;
  const [value, a, b] = [share(forecast.value), share(forecast.low), share(forecast.high)];
  if (![value, a, b].every(Number.isFinite)) return undefined;
  return { value, low: Math.min(a, b), high: Math.max(a, b), level: forecast.level };
}

/**
 * Goals' progress: per goal, a bar for its attainment on a track from 0 to
 * 100 % (the target), drawn within the track, with the true value and the
 * status written beside it ("137 % · erreicht"); under the bar, the forecast
 * at the deadline with its interval, as a line with end marks, and written
 * as text. A goal without an attainment draws no bar and says so.
 */
export function goalChart(rows: readonly ReportGoalRow[], options: ChartOptions): string {
  const { locale } = options;
  const words = reportWords(locale);
  const own = chartWords(locale);
  const rowHeight = 44;
  const level = rows.map((row) => forecastShares(row.progress)?.level).find((entry) => entry !== undefined);
  const body: string[] = [
    legend([
      { name: `${words.attainment} (0–100 %)`, mark: "bar", colour: PRIMARY },
      ...(level === undefined ? [] : [{ name: own.interval(formatNumber(level * 100, locale, 0)), mark: "interval" as const, colour: TEXT }]),
    ]),
  ];
  const scale = scaleOf([0, 1], false);
  const descriptions: string[] = [];
  rows.forEach((row, index) => {
    const y = LEGEND_HEIGHT + index * rowHeight;
    const { progress } = row;
    const attainment = finite(progress.attainment);
    body.push(text(PAD, y + 14 + FONT * 0.35, row.statement, { width: LABEL_WIDTH }));
    body.push(rect(scale(0), y + 6, PLOT_WIDTH, 16, TRACK, ` stroke="${TRACK_BORDER}" stroke-width="1"`));
    if (attainment !== undefined && attainment > 0) body.push(rect(scale(0), y + 6, scale(attainment) - scale(0), 16, PRIMARY, ' class="bar"'));
    const status = words.statuses[progress.status] ?? "";
    const shown = attainment === undefined ? words.noData : percent(attainment, locale);
    body.push(text(VALUE_X, y + 18.5, `${shown} · ${status}`, { width: VALUE_WIDTH }));
    let description = `${shorten(row.statement)}: ${words.attainment} ${shown}, ${status}`;
    const forecast = forecastShares(progress);
    if (forecast !== undefined) {
      const [low, high, at] = [scale(forecast.low), scale(forecast.high), scale(forecast.value)];
      const line = y + 30;
      body.push(`<path d="M${low} ${line - 4}v8M${low} ${line}H${high}M${high} ${line - 4}v8" stroke="${TEXT}" stroke-width="2" fill="none"/>`);
      body.push(`<path d="M${at} ${line - 5}l5 5l-5 5l-5 -5z" fill="${TEXT}"/>`);
      const written = `${own.forecast} ${percent(forecast.value, locale)} (${percent(forecast.low, locale)} – ${percent(forecast.high, locale)})`;
      body.push(text(VALUE_X, y + 30 + 4, written, { size: SMALL, fill: MUTED, width: VALUE_WIDTH }));
      const kpiForecast = progress.forecast!;
      description += `; ${words.forecast} ${formatKpiValue(kpiForecast.value, row.unit, locale)} (${formatKpiValue(kpiForecast.low, row.unit, locale)} – ${formatKpiValue(kpiForecast.high, row.unit, locale)}), ${words.attainment} ${percent(forecast.value, locale)} (${percent(forecast.low, locale)} – ${percent(forecast.high, locale)})`;
    }
    descriptions.push(description);
  });
  const height = LEGEND_HEIGHT + rows.length * rowHeight + 4;
  return frame(options, height, sentences([own.scale, ...descriptions]), body.join(""));
}

/**
 * Response times: per channel and overall, the median (a bar) and the 90th
 * percentile (a thinner, lighter bar) of the hours to a first answer on
 * one scale, with the target (`withinHours`) as a dashed line. Each value is
 * written beside its bar with its name ("90. Perzentil: mehr als 40 Std.");
 * a channel without answers draws no bar and says "keine Daten".
 */
export function responseTimeChart(report: ResponseTimeReport, options: ChartOptions): string {
  const { locale } = options;
  const words = reportWords(locale);
  const own = chartWords(locale);
  const rows = [...Object.entries(report.byChannel), [words.overall, report.overall] as const];
  const rowHeight = 44;
  const hoursOf = (value: ResponseHours | undefined): number | undefined => finite(value?.hours);
  const within = finite(report.withinHours);
  const scale = scaleOf([...rows.flatMap(([, figures]) => [hoursOf(figures.median), hoursOf(figures.p90)].flatMap((value) => (value === undefined ? [] : [value]))), ...(within === undefined ? [] : [within])]);
  const targetName = `${own.target}: ${words.within} ${formatNumber(report.withinHours, locale)} ${words.hours}`;
  const body: string[] = [
    legend([
      { name: words.median, mark: "bar", colour: PRIMARY },
      { name: words.p90, mark: "thin-bar", colour: SECONDARY },
      ...(within === undefined ? [] : [{ name: targetName, mark: "dashed-line" as const, colour: TARGET }]),
    ]),
  ];
  const over: string[] = [];
  const descriptions: string[] = [];
  rows.forEach(([label, figures], index) => {
    const y = LEGEND_HEIGHT + index * rowHeight;
    body.push(text(PAD, y + rowHeight / 2 + FONT * 0.35, label, { width: LABEL_WIDTH }));
    const median = hoursOf(figures.median);
    const p90 = hoursOf(figures.p90);
    if (median !== undefined) body.push(bar(scale, median, y + 6, 16, PRIMARY));
    if (p90 !== undefined) body.push(bar(scale, p90, y + 26, 10, SECONDARY));
    const [medianText, p90Text] = [figures.median === undefined || median !== undefined ? formatHours(figures.median, locale) : words.noData, figures.p90 === undefined || p90 !== undefined ? formatHours(figures.p90, locale) : words.noData];
    body.push(text(VALUE_X, y + 18.5, `${words.median}: ${medianText}`, { width: VALUE_WIDTH }));
    body.push(text(VALUE_X, y + 35.5, `${words.p90}: ${p90Text}`, { size: SMALL, fill: MUTED, width: VALUE_WIDTH }));
    descriptions.push(`${shorten(label)}: ${words.median} ${medianText}, ${words.p90} ${p90Text}`);
    if (median !== undefined && within !== undefined && median > within) over.push(shorten(label));
  });
  const bottom = LEGEND_HEIGHT + rows.length * rowHeight;
  if (within !== undefined) body.push(`<line x1="${scale(within)}" y1="${LEGEND_HEIGHT - 2}" x2="${scale(within)}" y2="${bottom}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="4 3"/>`);
  const summary = within === undefined ? [] : [targetName, `${own.overTarget}: ${over.length === 0 ? own.none : over.join(", ")}`];
  return frame(options, bottom + 4, sentences([...summary, ...descriptions]), body.join(""));
}
