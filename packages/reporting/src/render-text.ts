import type { KpiUnit } from "@kommune-sm/core";
import type { KpiResult } from "./evaluate-kpi.js";
import type { ResponseHours, ResponseTimeFigures } from "./response-times.js";
import type { GoalStatus } from "./goal-progress.js";
import type { Report, ReportLocale, ReportRenderer, ReportSection } from "./report.js";

/**
 * Text from people and networks made safe to show: lone surrogates become
 * U+FFFD, and bidirectional controls (which can make "Rechnung.exe" read as
 * "exe.gnunhceR" or turn a table around) are removed; other control
 * characters but tab and newline too.
 */
export function cleanText(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        result += text[index]! + text[index + 1]!;
        index++;
      } else result += "\ufffd";
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      result += "\ufffd";
      continue;
    }
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) continue;
    result += text[index]!;
  }
  return result;
}

const WORDS = {
  de: {
    kpi: "Kennzahl",
    value: "Wert",
    previous: "Vormonat",
    notAvailable: "nicht verfügbar",
    noData: "keine Daten",
    goal: "Ziel",
    status: "Stand",
    attainment: "Zielerreichung",
    forecast: "Prognose zum Stichtag",
    channel: "Kanal",
    overall: "gesamt",
    received: "eingegangen",
    answered: "beantwortet",
    waiting: "offen",
    median: "Median",
    p90: "90. Perzentil",
    within: "binnen",
    hours: "Std.",
    moreThan: "mehr als",
    post: "Beitrag",
    municipality: "Kommune",
    sizeClass: "Größenklasse",
    rank: "Platz",
    rule: "Regel",
    recommendation: "Empfehlung",
    created: "Erstellt",
    period: "Zeitraum",
    statuses: { achieved: "erreicht", "on-track": "auf Kurs", "at-risk": "gefährdet", "too-little-data": "zu wenige Daten", reached: "erreicht", missed: "verfehlt" } satisfies Record<GoalStatus, string>,
  },
  en: {
    kpi: "KPI",
    value: "Value",
    previous: "Previous",
    notAvailable: "not available",
    noData: "no data",
    goal: "Goal",
    status: "Status",
    attainment: "Attainment",
    forecast: "Forecast at deadline",
    channel: "Channel",
    overall: "overall",
    received: "received",
    answered: "answered",
    waiting: "waiting",
    median: "Median",
    p90: "90th percentile",
    within: "within",
    hours: "h",
    moreThan: "more than",
    post: "Post",
    municipality: "Municipality",
    sizeClass: "Size class",
    rank: "Rank",
    rule: "Rule",
    recommendation: "Recommendation",
    created: "Created",
    period: "Period",
    statuses: { achieved: "achieved", "on-track": "on track", "at-risk": "at risk", "too-little-data": "too little data", reached: "reached", missed: "missed" } satisfies Record<GoalStatus, string>,
  },
} as const;

/** The words of a report in its language. */
export function reportWords(locale: ReportLocale): (typeof WORDS)[ReportLocale] {
  return WORDS[locale] ?? WORDS.de;
}

const tag = (locale: ReportLocale): string => (locale === "en" ? "en-GB" : "de-DE");

/** A number as the report's language writes it ("1.234,5" in German, "1,234.5" in English), at most `digits` decimals. */
export function formatNumber(value: number, locale: ReportLocale, digits = 1): string {
  if (!Number.isFinite(value)) return "–";
  // A figure that rounds to zero is 0, not "-0" (Intl keeps the sign of -0 and of -0.01).
  const text = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value);
  return /^-0(?:[.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** A KPI value with its unit: "12,5 %", "0,83" as "83 %" for a ratio, "4,5 Std.". */
export function formatKpiValue(value: number, unit: KpiUnit, locale: ReportLocale): string {
  if (!Number.isFinite(value)) return "–";
  switch (unit) {
    case "percent":
      return `${formatNumber(value, locale)} %`;
    case "ratio":
      return `${formatNumber(value * 100, locale)} %`;
    case "hours":
      return `${formatNumber(value, locale)} ${reportWords(locale).hours}`;
    case "minutes":
      return `${formatNumber(value, locale)} min`;
    case "per-1000-inhabitants":
      return `${formatNumber(value, locale)} / 1.000`.replace("1.000", locale === "en" ? "1,000" : "1.000");
    default:
      return formatNumber(value, locale, 0);
  }
}

/** A KPI result as a cell: its value, or "nicht verfügbar" / "keine Daten" — never a 0 that was not measured. */
export function formatResult(result: KpiResult | undefined, unit: KpiUnit, locale: ReportLocale): string {
  if (result === undefined) return "";
  const words = reportWords(locale);
  if (result.status === "not-available") return words.notAvailable;
  if (result.status === "no-data") return words.noData;
  return formatKpiValue(result.value, unit, locale);
}

/** A response time: "5 Std." or "mehr als 40 Std.". */
export function formatHours(hours: ResponseHours | undefined, locale: ReportLocale): string {
  if (hours === undefined) return reportWords(locale).noData;
  const words = reportWords(locale);
  return `${hours.atLeast ? `${words.moreThan} ` : ""}${formatNumber(hours.hours, locale)} ${words.hours}`;
}

/** A number in a table, with the text it shows as. */
export interface NumberCell {
  /** The number, as CSV writes it. */
  readonly value: number;
  /** The number as the report's language writes it, with its unit ("3,3 %"). */
  readonly text: string;
}

/** A table cell: text, or a number with the text it shows as (CSV writes the number, the other formats the text). */
export type TableCell = string | NumberCell;

/** A section as a table, not yet escaped. */
export interface SectionTable {
  /** The column headings. */
  readonly head: readonly string[];
  /** The rows, each with as many cells as `head`. */
  readonly rows: readonly (readonly TableCell[])[];
}

const cellText = (cell: TableCell): string => (typeof cell === "string" ? cell : cell.text);
const number = (value: number, text: string): TableCell => ({ value, text });
const resultCell = (result: KpiResult | undefined, unit: KpiUnit, locale: ReportLocale): TableCell =>
  result?.status === "value" ? number(result.value, formatResult(result, unit, locale)) : formatResult(result, unit, locale);

/** The table of a section: a header row and the data rows, not yet escaped; undefined for a text section. */
export function sectionTable(section: ReportSection, locale: ReportLocale): SectionTable | undefined {
  const words = reportWords(locale);
  switch (section.kind) {
    case "kpis":
      return {
        head: [words.kpi, words.value, words.previous],
        rows: section.rows.map((row) => [row.name, resultCell(row.result, row.unit, locale), resultCell(row.previous, row.unit, locale)]),
      };
    case "goals":
      return {
        head: [words.goal, words.kpi, words.status, words.attainment, words.forecast],
        rows: section.rows.map((row) => [
          row.statement,
          row.kpiName,
          words.statuses[row.progress.status],
          row.progress.attainment === undefined ? "" : number(row.progress.attainment, `${formatNumber(row.progress.attainment * 100, locale, 0)} %`),
          row.progress.forecast === undefined ? "" : `${formatKpiValue(row.progress.forecast.value, row.unit, locale)} (${formatKpiValue(row.progress.forecast.low, row.unit, locale)} – ${formatKpiValue(row.progress.forecast.high, row.unit, locale)})`,
        ]),
      };
    case "response-times": {
      const line = (name: string, figures: ResponseTimeFigures): TableCell[] => [
        name,
        number(figures.received, String(figures.received)),
        number(figures.answered, String(figures.answered)),
        number(figures.waiting, String(figures.waiting)),
        formatHours(figures.median, locale),
        formatHours(figures.p90, locale),
        figures.shareWithin === undefined ? words.noData : number(figures.shareWithin, `${formatNumber(figures.shareWithin * 100, locale, 0)} %`),
      ];
      return {
        head: [words.channel, words.received, words.answered, words.waiting, words.median, words.p90, `${words.within} ${formatNumber(section.report.withinHours, locale, 0)} ${words.hours}`],
        rows: [...Object.entries(section.report.byChannel).map(([channel, figures]) => line(channel, figures)), line(words.overall, section.report.overall)],
      };
    }
    case "posts":
      return {
        head: [words.post, words.channel, section.metric],
        rows: section.rows.map((row) => [row.excerpt, row.channelId, number(row.figure, formatNumber(row.figure, locale))]),
      };
    case "comparison":
      return {
        head: [words.municipality, words.sizeClass, section.kpiName, words.rank],
        rows: section.comparison.rows.map((row) => [
          row.name,
          row.sizeClass,
          row.compared === undefined ? formatResult(row.result, "count", locale) : number(row.compared, formatNumber(row.compared, locale)),
          row.rank === undefined ? "" : number(row.rank, String(row.rank)),
        ]),
      };
    case "recommendations":
      return { head: [words.rule, words.recommendation], rows: section.rows.map((row) => [row.rule, row.text]) };
    case "text":
      return undefined;
  }
}

/**
 * Escapes text for a Markdown paragraph or table cell, so that it shows as
 * written and does nothing: the characters that make emphasis, code, links,
 * images, HTML, entities and table columns are escaped everywhere, the ones
 * that start headings, lists and quotes only at the start of a line (where
 * alone they act), and a cell's line breaks become spaces.
 */
export function escapeMarkdown(text: string, inCell = false): string {
  const inline = cleanText(text)
    .replace(/[\\`*_{}[\]|~]/g, (character) => `\\${character}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
  if (inCell) return inline.replace(/\r?\n/g, " ");
  return inline.replace(/^(\s*)([#+\->=]|\d+[.)])/gm, (_match, space: string, marker: string) => `${space}${marker.replace(/([#+\->=.)])$/, "\\$1")}`);
}

/** Renders a report as Markdown (CommonMark with GFM tables). */
export function renderMarkdown(report: Report): string {
  const locale = report.locale;
  const words = reportWords(locale);
  const lines = [`# ${escapeMarkdown(report.title, true)}`, "", `${escapeMarkdown(report.organisation.name, true)} · ${words.period} ${escapeMarkdown(`${report.period.firstDay} – ${report.period.lastDay}`, true)}`, ""];
  for (const section of report.sections) {
    lines.push(`## ${escapeMarkdown(section.title, true)}`, "");
    if (section.kind === "text") {
      for (const paragraph of section.paragraphs) lines.push(escapeMarkdown(paragraph), "");
      continue;
    }
    const table = sectionTable(section, locale)!;
    const cell = (text: TableCell): string => escapeMarkdown(cellText(text), true);
    lines.push(`| ${table.head.map(cell).join(" | ")} |`, `| ${table.head.map(() => "---").join(" | ")} |`);
    for (const row of table.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
    lines.push("");
  }
  lines.push(`${words.created}: ${escapeMarkdown(report.createdAt, true)}`, "");
  return lines.join("\n");
}

/**
 * A CSV field: quoted where needed (RFC 4180), and a text that a
 * spreadsheet would run as a formula (beginning with =, +, -, @, a tab or a
 * carriage return, as OWASP lists them) is prefixed with an apostrophe, so
 * that "=HYPERLINK(…)" stays text. Numbers are written as they are.
 */
export function csvField(value: TableCell | number): string {
  if (typeof value === "object") return csvField(value.value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = cleanText(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders a report as CSV: one line per table row, with the section's title in the first column; numbers as plain numbers (a share as 0.83, not 83 %), so that a spreadsheet can compute with them. */
export function renderCsv(report: Report): string {
  const locale = report.locale;
  const lines: string[] = [];
  for (const section of report.sections) {
    if (section.kind === "text") {
      for (const paragraph of section.paragraphs) lines.push([csvField(section.title), csvField(paragraph)].join(","));
      continue;
    }
    const table = sectionTable(section, locale)!;
    lines.push([csvField(section.title), ...table.head.map(csvField)].join(","));
    for (const row of table.rows) lines.push([csvField(section.title), ...row.map(csvField)].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Renders a report as JSON: the report model itself, with text cleaned of lone surrogates and bidirectional controls. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === "string" ? cleanText(value) : value), 2)}\n`;
}

/** The text renderers, for core's `renderers` registry. */
export const TEXT_RENDERERS: readonly ReportRenderer[] = Object.freeze([
  Object.freeze({ id: "markdown", mediaType: "text/markdown", extension: "md", render: renderMarkdown }),
  Object.freeze({ id: "csv", mediaType: "text/csv", extension: "csv", render: renderCsv }),
  Object.freeze({ id: "json", mediaType: "application/json", extension: "json", render: renderJson }),
]);
