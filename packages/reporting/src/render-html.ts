import { escapeHtml } from "./escape-html.js";
import { formatNumber, reportWords, sectionTable, type SectionTable, type TableCell } from "./render-text.js";
import type { Report, ReportLocale, ReportRenderer, ReportSection } from "./report.js";
import { barChart, goalChart, responseTimeChart, type BarChartRow, type ChartBar } from "./svg-charts.js";

const HTML_WORDS = {
  de: {
    findings: "Prüfbefunde",
    chart: "Diagramm",
    table: "Tabelle",
    captions: {
      kpis: "Dunkle Balken: dieser Zeitraum, helle Balken: Vormonat; jede Kennzahl hat ihren eigenen Maßstab. Die Werte stehen auch in der Tabelle.",
      goals: "Balken: Zielerreichung von 0 bis 100 %; Linie darunter: Prognose zum Stichtag mit ihrem Intervall. Die Werte stehen auch in der Tabelle.",
      "response-times": "Dunkle Balken: Median, helle Balken: 90. Perzentil der Stunden bis zur ersten Antwort; gestrichelte Linie: Ziel. Die Werte stehen auch in der Tabelle.",
      comparison: "Balken je Kommune, auf einem Maßstab. Die Werte und Plätze stehen auch in der Tabelle.",
      posts: "Balken je Beitrag, auf einem Maßstab. Die Werte stehen auch in der Tabelle.",
    },
    perThousand: "je 1.000 Einwohner",
  },
  en: {
    findings: "Check findings",
    chart: "Chart",
    table: "Table",
    captions: {
      kpis: "Dark bars: this period, light bars: previous period; each KPI has its own scale. The values are also in the table.",
      goals: "Bars: attainment from 0 to 100 %; line below: forecast at the deadline with its interval. The values are also in the table.",
      "response-times": "Dark bars: median, light bars: 90th percentile of the hours to a first answer; dashed line: target. The values are also in the table.",
      comparison: "A bar per municipality, on one scale. The values and ranks are also in the table.",
      posts: "A bar per post, on one scale. The values are also in the table.",
    },
    perThousand: "per 1,000 inhabitants",
  },
} as const;

/** Scripts, frames, fonts, images and connections from anywhere: none. Only the inline style sheet and data: images. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main, body > footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .25rem; }
h1, h2, p, li, dd, caption { overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
.meta { margin: 0 0 1rem; color: #4d4d4d; }
figure { margin: 1rem 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #4d4d4d; }
/* A wide table scrolls on a narrow screen rather than breaking its words letter by letter. */
.table-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
.table-scroll:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th.long, td.long { overflow-wrap: anywhere; }
thead th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: .25rem 0; }
dl.figures dt, dl.figures dd { margin: 0; overflow-wrap: anywhere; }
body > footer { color: #4d4d4d; font-size: .9rem; }
@media print {
  @page { margin: 15mm; }
  body { background: #fff; color: #000; font-size: 11pt; }
  main, body > footer { max-width: none; padding: 0; }
  .table-scroll { overflow: visible; }
  .meta, figcaption, body > footer, thead th { color: #000; background: #fff; }
  figure, tr, li, dl.figures { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, caption { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a, a:visited { color: #000; text-decoration: none; }
  a[href]::after { content: none !important; }
}
`
  .trim()
  .replace(/\n\s*/g, "\n");

const htmlWords = (locale: ReportLocale) => HTML_WORDS[locale] ?? HTML_WORDS.de;
const intlTag = (locale: ReportLocale): string => (locale === "en" ? "en-GB" : "de-DE");

/** A `YYYY-MM-DD` day as the language writes it ("1. März 2027", "1 March 2027"), in UTC so that the process's time zone does not move it; other text as it is. */
function formatDay(day: string, locale: ReportLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return day;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (date.getUTCDate() !== Number(match[3])) return day;
  return new Intl.DateTimeFormat(intlTag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** An RFC 3339 instant as date and time in the report's time zone (UTC where that is unknown); other text as it is. */
function formatInstant(instant: string, timeZone: string, locale: ReportLocale): { text: string; machine: string | undefined } {
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(instant) ? Date.parse(instant) : Number.NaN;
  if (!Number.isFinite(ms)) return { text: instant, machine: undefined };
  const format = (zone: string): string => new Intl.DateTimeFormat(intlTag(locale), { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone, timeZoneName: "short" }).format(ms);
  try {
    return { text: format(timeZone), machine: instant };
  } catch {
    return { text: format("UTC"), machine: instant };
  }
}

const cellText = (cell: TableCell): string => (typeof cell === "string" ? cell : cell.text);

/** The class of a cell: `num` for a number (set right), `long` for text with a word too long to keep whole. */
function cellClass(cell: TableCell): string {
  const classes = [typeof cell === "string" ? "" : "num", /\S{30}/.test(cellText(cell)) ? "long" : ""].filter((name) => name !== "");
  return classes.length === 0 ? "" : ` class="${classes.join(" ")}"`;
}

/** A table with its caption, in a region that scrolls where the table is wider than the screen; the first cell of each row heads the row. */
function tableHtml(table: SectionTable, caption: string, id: string): string {
  const head = table.head.map((name) => `<th scope="col"${cellClass(name)}>${escapeHtml(name)}</th>`).join("");
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row"${cellClass(cell)}>${escapeHtml(cellText(cell))}</th>` : `<td${cellClass(cell)}>${escapeHtml(cellText(cell))}</td>`)).join("")}</tr>`)
    .join("\n");
  return `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">\n<table>\n<caption id="${id}">${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</div>`;
}

/** The texts the table shows in `column`, for the chart's bars, so that chart and table agree. */
const columnText = (table: SectionTable, row: number, column: number): string => {
  const cell = table.rows[row]?.[column];
  return cell === undefined ? "" : cellText(cell);
};

/** A section's chart, or undefined where none fits (text, recommendations, no rows). */
function chartOf(section: ReportSection, table: SectionTable | undefined, id: string, locale: ReportLocale): string | undefined {
  const words = reportWords(locale);
  const options = { idPrefix: `${id}-chart`, title: `${htmlWords(locale).chart}: ${section.title}`, locale };
  const valueBar = (value: number | undefined, text: string): ChartBar => ({ value, text });
  switch (section.kind) {
    case "kpis": {
      if (section.rows.length === 0 || table === undefined) return undefined;
      const rows: BarChartRow[] = section.rows.map((row, index) => ({
        label: row.name,
        bar: valueBar(row.result.status === "value" ? row.result.value : undefined, columnText(table, index, 1)),
        ...(row.previous === undefined ? {} : { previous: valueBar(row.previous.status === "value" ? row.previous.value : undefined, columnText(table, index, 2)) }),
      }));
      return barChart({ ...options, rows, scale: "per-row", previousName: words.previous });
    }
    case "goals":
      return section.rows.length === 0 ? undefined : goalChart(section.rows, options);
    case "response-times":
      return responseTimeChart(section.report, options);
    case "comparison": {
      if (section.comparison.rows.length === 0) return undefined;
      const rows: BarChartRow[] = section.comparison.rows.map((row, index) => ({
        label: row.name,
        // A value without inhabitants to divide by is no figure to compare: no bar, and the words, not the raw count.
        bar: valueBar(row.compared, row.compared === undefined && row.result.status === "value" ? words.noData : table === undefined ? "" : columnText(table, index, 2)),
      }));
      const per = section.comparison.comparedAs === "per-1000-inhabitants" ? ` ${htmlWords(locale).perThousand}` : "";
      return barChart({ ...options, title: `${options.title}${per}`, rows });
    }
    case "posts":
      if (section.rows.length === 0 || table === undefined) return undefined;
      return barChart({ ...options, rows: section.rows.map((row, index) => ({ label: row.excerpt, bar: valueBar(row.figure, columnText(table, index, 2)) })) });
    case "recommendations":
    case "text":
      return undefined;
  }
}

function sectionHtml(section: ReportSection, index: number, locale: ReportLocale): string {
  const id = `s${index + 1}`;
  const words = reportWords(locale);
  const own = htmlWords(locale);
  const parts = [`<section aria-labelledby="${id}-heading">`, `<h2 id="${id}-heading">${escapeHtml(section.title)}</h2>`];
  if (section.kind === "text") {
    for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  } else if (section.kind === "recommendations") {
    if (section.rows.length === 0) parts.push(`<p>${escapeHtml(words.noData)}</p>`);
    else parts.push("<ol>");
    for (const row of section.rows) {
      const figures = Object.entries(row.figures)
        .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(formatNumber(value, locale, 2))}</dd>`)
        .join("");
      parts.push(`<li><p>${escapeHtml(row.text)}</p><dl class="figures"><dt>${escapeHtml(words.rule)}</dt><dd><code>${escapeHtml(row.rule)}</code></dd>${figures}</dl></li>`);
    }
    if (section.rows.length > 0) parts.push("</ol>");
  } else {
    const table = sectionTable(section, locale);
    const chart = chartOf(section, table, id, locale);
    if (chart !== undefined) parts.push(`<figure>\n${chart}\n<figcaption>${escapeHtml(own.captions[section.kind])}</figcaption>\n</figure>`);
    if (table !== undefined) parts.push(tableHtml(table, `${own.table}: ${section.title}`, `${id}-table`));
    if (section.kind === "posts" && section.rows.some((row) => (row.findings?.length ?? 0) > 0)) {
      parts.push(`<p>${escapeHtml(own.findings)}:</p>`, "<ul>");
      section.rows.forEach((row, rank) => {
        if ((row.findings?.length ?? 0) === 0) return;
        parts.push(`<li>${escapeHtml(`${words.post} ${rank + 1}`)}: ${row.findings!.map((finding) => `<code>${escapeHtml(finding)}</code>`).join(", ")}</li>`);
      });
      parts.push("</ul>");
    }
  }
  parts.push("</section>");
  return parts.join("\n");
}

/**
 * Renders a report as one self-contained HTML document: no script, nothing
 * loaded from elsewhere (a Content-Security-Policy says so to the browser),
 * a print style sheet (no chart or table row split across pages, table
 * headers repeated, black on white). Each section has its heading, its
 * figures as an accessible SVG chart where one fits, and always as a table
 * with a caption and row and column headers, whose cells are those of the
 * Markdown and CSV reports ({@link sectionTable}). Numbers and dates are
 * written in the report's language. Every text from the report (names,
 * excerpts, statements, ids) is escaped with `escapeHtml`: it shows as
 * written and never becomes markup.
 */
export function renderHtml(report: Report): string {
  const locale: ReportLocale = report.locale === "en" ? "en" : "de";
  const words = reportWords(locale);
  const period = `${formatDay(report.period.firstDay, locale)} – ${formatDay(report.period.lastDay, locale)}`;
  const created = formatInstant(report.createdAt, report.period.timeZone, locale);
  const time = created.machine === undefined ? escapeHtml(created.text) : `<time datetime="${escapeHtml(created.machine)}">${escapeHtml(created.text)}</time>`;
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="meta">${escapeHtml(report.organisation.name)} · ${escapeHtml(words.period)}: ${escapeHtml(period)}</p>`,
    ...report.sections.map((section, index) => sectionHtml(section, index, locale)),
    "</main>",
    `<footer><p>${escapeHtml(words.created)}: ${time}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The HTML renderer, for core's `renderers` registry. */
export const HTML_RENDERER: ReportRenderer = Object.freeze({ id: "html", mediaType: "text/html", extension: "html", render: renderHtml });
