import { BUILT_IN_KPIS, type Goal, type Interaction, type KpiDefinition, type MetricSample } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareMunicipalities } from "./compare.js";
import { escapeHtml } from "./escape-html.js";
import { evaluateKpi, type ReportChannel } from "./evaluate-kpi.js";
import { goalProgress } from "./goal-progress.js";
import { periodOfDay, previousPeriod, type ReportPeriod } from "./periods.js";
import { HTML_RENDERER, renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-text.js";
import { kpiRow, type Report, type ReportLocale, type ReportSection } from "./report.js";
import { responseTimes } from "./response-times.js";

// A realistic report, made with the package's own functions.
const kpi = (id: string): KpiDefinition => BUILT_IN_KPIS.find((entry) => entry.id === id)!;
const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const february = previousPeriod(march);
const now = "2027-04-01T06:00:00Z";
const channels: ReportChannel[] = [{ id: "facebook-stadt", metrics: ["engagements", "impressions", "followers"] }];
const sample = (metric: string, at: string, value: number, postId?: string): MetricSample => ({
  organisationId: "musterstadt",
  channelId: "facebook-stadt",
  metric,
  at,
  value,
  ...(postId === undefined ? {} : { postId }),
});
const samples: MetricSample[] = [
  sample("impressions", "2027-02-10T10:00:00Z", 10_000, "p-feb"),
  sample("engagements", "2027-02-10T10:00:00Z", 400, "p-feb"),
  sample("impressions", "2027-03-10T10:00:00Z", 12_345, "p-mar"),
  sample("engagements", "2027-03-10T10:00:00Z", 512, "p-mar"),
  sample("followers", "2027-02-27T10:00:00Z", 2_000),
  sample("followers", "2027-03-30T10:00:00Z", 2_100),
  ...[8, 12, 3].map((value, index) => sample("first-response-hours", `2027-02-1${index}T10:00:00Z`, value)),
  ...[2, 5, 30, 1, 10].map((value, index) => sample("first-response-hours", `2027-03-1${index}T10:00:00Z`, value)),
];
const evaluate = (id: string, period: ReportPeriod) => evaluateKpi(kpi(id), { samples, channels, period, inhabitants: 24_310 });
const goal = (id: string, statement: string, kpiId: string, baseline: number, target: number): Goal => ({ id, statement, kpiId, baseline, target, deadline: "2027-12-31", ownerId: "anna-becker" });
const monthly = (values: readonly number[]) => values.map((value, index) => ({ at: new Date(Date.UTC(2027, index + 1, 1) - 3_600_000).toISOString(), value }));
const goalRow = (entry: Goal, values: readonly number[]) => {
  const definition = kpi(entry.kpiId);
  return { statement: entry.statement, kpiName: definition.name, unit: definition.unit, progress: goalProgress(entry, definition, monthly(values), { now, timeZone: "Europe/Berlin" }) };
};
let interactionCount = 0;
const message = (channelId: string, hoursAfter: number, answer: number | undefined): Interaction => {
  const receivedAt = new Date(Date.parse("2027-03-02T08:00:00Z") + hoursAfter * 3_600_000).toISOString();
  interactionCount++;
  return {
    id: `i${interactionCount}`,
    organisationId: "musterstadt",
    channelId,
    kind: "comment",
    remoteId: `r${interactionCount}`,
    author: { handle: "buergerin" },
    text: "Wann wird die Straße wieder frei?",
    receivedAt,
    ...(answer === undefined ? {} : { firstResponseAt: new Date(Date.parse(receivedAt) + answer * 3_600_000).toISOString() }),
    status: answer === undefined ? "open" : "answered",
  };
};
const reach: KpiDefinition = { id: "reach-total", name: "Reichweite", unit: "count", better: "higher", formula: { type: "sum", metric: "reach" } };
const town = (id: string, name: string, population: number, reached: number | undefined, metrics?: string[]) => ({
  organisation: { id, name, population },
  samples: reached === undefined ? [] : [{ organisationId: id, channelId: "fb", postId: "p1", metric: "reach", at: "2027-03-10T10:00:00Z", value: reached }],
  channels: [{ id: "fb", ...(metrics === undefined ? {} : { metrics }) }],
});

function sampleReport(locale: ReportLocale = "de"): Report {
  const kpiIds = ["engagement-rate", "follower-growth", "reach-per-1000-inhabitants", "median-first-response-hours"];
  return {
    title: "Monatsbericht Social Media März 2027",
    organisation: { id: "musterstadt", name: "Stadt Musterstadt" },
    period: march,
    createdAt: "2027-04-01T08:00:00.000Z",
    locale,
    sections: [
      { kind: "kpis", title: "Kennzahlen", rows: kpiIds.map((id) => kpiRow(kpi(id), evaluate(id, march), evaluate(id, february))) },
      {
        kind: "goals",
        title: "Ziele",
        rows: [
          goalRow(goal("schneller", "Mehr Anfragen binnen eines Tages beantworten", "share-answered-within-24h", 0.5, 0.9), [0.5, 0.51, 0.53]),
          goalRow(goal("interaktion", "Mehr Interaktion mit den Beiträgen", "engagement-rate", 3, 4), [3.2, 3.8, 4.15]),
          goalRow(goal("antwortzeit", "Antwortzeit auf vier Stunden senken", "median-first-response-hours", 12, 4), [12]),
        ],
      },
      {
        kind: "response-times",
        title: "Antwortzeiten",
        report: responseTimes([message("facebook-stadt", 0, 2), message("facebook-stadt", 1, 5), message("facebook-stadt", 2, 30), message("mastodon-main", 0, 10), message("mastodon-main", 5, undefined), message("mastodon-main", 6, undefined)], {
          period: march,
          now,
          channelIds: ["facebook-stadt", "mastodon-main", "instagram-stadt"],
        }),
      },
      {
        kind: "posts",
        title: "Top-Beiträge",
        metric: "Interaktionen",
        rows: [
          { postId: "p1", channelId: "facebook-stadt", excerpt: "Stadtfest am Samstag: Programm und Sperrungen", figure: 1234.5 },
          { postId: "p2", channelId: "mastodon-main", excerpt: "Neue Öffnungszeiten im Bürgerbüro", figure: 210, findings: ["plain-language/long-sentence"] },
        ],
      },
      {
        kind: "comparison",
        title: "Vergleich im Landkreis",
        kpiName: "Reichweite je 1.000 Einwohner",
        comparison: compareMunicipalities(
          reach,
          [town("musterstadt", "Musterstadt", 24_310, 4_862), town("nachbardorf", "Nachbardorf", 3_200, 960), town("beispielstadt", "Beispielstadt", 58_000, 8_700), town("ohnezahl", "Ohnezahl", 7_000, 500, ["likes"])],
          { period: march },
        ),
      },
      {
        kind: "recommendations",
        title: "Empfehlungen",
        rows: [{ rule: "answers-slow", text: "Anfragen auf Mastodon schneller beantworten.", figures: { shareWithin: 0.667, threshold: 0.8 } }],
      },
      { kind: "text", title: "Hinweise", paragraphs: ["Im März fand das Stadtfest statt.", "Die Zahlen von Instagram fehlen."] },
    ],
  };
}

// What the document may contain: these tags and attributes, and nothing from the report's text.
const TAGS = new Set(
  "html head meta title style body main h1 h2 p div section figure figcaption svg desc g rect line path text table caption thead tbody tr th td ol ul li dl dt dd code footer time".split(" "),
);
const ATTRIBUTES = new Set(
  "lang charset http-equiv content name class id scope tabindex aria-labelledby datetime xmlns role viewbox width height font-family x y x1 y1 x2 y2 d fill stroke stroke-width stroke-dasharray font-size text-anchor".split(
    " ",
  ),
);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"<>]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:="([^"]*)")?/g;

/** The tags of a document with their attributes, and what is wrong with them (a `<` that opens no well-formed tag, a tag or attribute not of the renderer's own). */
function tagsOf(html: string): { tags: { name: string; attributes: [string, string][] }[]; problems: string[] } {
  const problems: string[] = [];
  if (!html.startsWith("<!doctype html>\n")) problems.push("no doctype");
  const body = html.slice("<!doctype html>".length);
  const tags = [...body.matchAll(TAG)].map((match) => ({
    name: match[2]!.toLowerCase(),
    attributes: [...match[3]!.matchAll(ATTRIBUTE)].map((attribute): [string, string] => [attribute[1]!.toLowerCase(), attribute[2] ?? ""]),
  }));
  // Every "<" opens one of the tags found: no text made a tag, half a tag or a comment.
  if (body.split("<").length - 1 !== tags.length) problems.push("a < that opens no tag");
  for (const tag of tags) {
    if (!TAGS.has(tag.name)) problems.push(`tag ${tag.name}`);
    for (const [name, value] of tag.attributes) {
      if (!ATTRIBUTES.has(name) || name.startsWith("on")) problems.push(`attribute ${name}`);
      if (/javascript:|https?:(?!\/\/www\.w3\.org\/2000\/svg$)/i.test(value)) problems.push(`URL in ${name}="${value}"`);
    }
  }
  return { tags, problems };
}

/** Checks that a document is made only of the renderer's own markup, with unique ids and references that resolve. */
function expectSafeDocument(html: string): void {
  const { tags, problems } = tagsOf(html);
  // No script, and nothing loaded: no src or href (not among the attributes), no url() or @import in the style sheet.
  if (/<script/i.test(html)) problems.push("<script");
  if (/url\(|@import|https?:/i.test(/<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "")) problems.push("a load in the style sheet");
  const ids = tags.flatMap((tag) => tag.attributes.filter(([name]) => name === "id").map(([, value]) => value));
  if (new Set(ids).size !== ids.length) problems.push("an id twice");
  const known = new Set(ids);
  for (const tag of tags) {
    for (const [name, value] of tag.attributes) if (name === "aria-labelledby") for (const reference of value.split(" ")) if (!known.has(reference)) problems.push(`no element ${reference}`);
  }
  // Text comes out cleaned: no bidi controls, no lone surrogates.
  if (/[\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(html)) problems.push("a bidi control or lone surrogate");
  expect(problems).toEqual([]);
}

/** The fields of `shown` that the document does not show as their escaped text. */
const missingFrom = (html: string, shown: readonly string[]): string[] => shown.filter((field) => !html.includes(escapeHtml(field)));

/** The `<svg>` elements of a document. */
const svgsOf = (html: string): string[] => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => match[0]);
/** A section of a document by its heading. */
const sectionOf = (html: string, heading: string): string => html.split("<section ").find((part) => part.includes(`>${heading}</h2>`))!;

describe("renderHtml", () => {
  it("writes a self-contained document: doctype, language, charset, a policy against scripts and loads, title, print styles", () => {
    const html = renderHtml(sampleReport());
    expect(html.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain("<title>Monatsbericht Social Media März 2027</title>");
    expect(html).toMatch(/@media print \{[\s\S]*break-inside: avoid[\s\S]*thead \{ display: table-header-group; \}/);
    expect(html).toContain("<main>\n<h1>Monatsbericht Social Media März 2027</h1>");
    expect(html).toMatch(/<footer><p>Erstellt: <time datetime="2027-04-01T08:00:00.000Z">1\. April 2027 um 10:00 MESZ<\/time><\/p><\/footer>/);
    expectSafeDocument(html);
  });

  it("German and English: the lang attribute, numbers and dates as each writes them, and the same regardless of the process's time zone", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const german = renderHtml(sampleReport("de"));
      process.env.TZ = "Pacific/Pago_Pago";
      const english = renderHtml(sampleReport("en"));
      expect(german).toContain('<html lang="de">');
      expect(english).toContain('<html lang="en">');
      expect(german).toContain("Stadt Musterstadt · Zeitraum: 1. März 2027 – 31. März 2027");
      expect(english).toContain("Stadt Musterstadt · Period: 1 March 2027 – 31 March 2027");
      expect(german).toContain('<td class="num">1.234,5</td>');
      expect(english).toContain('<td class="num">1,234.5</td>');
      expect(german).toContain("4,1 %");
      expect(english).toContain("4.1 %");
      expect(english).toContain("Created: <time");
      expect(english).toContain("1 April 2027");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("each section is a landmark with its heading, and its data always a table with caption and row and column headers, with the Markdown's cells", () => {
    const report = sampleReport();
    const html = renderHtml(report);
    const markdown = renderMarkdown(report);
    report.sections.forEach((section, index) => {
      expect(html).toContain(`<section aria-labelledby="s${index + 1}-heading">\n<h2 id="s${index + 1}-heading">${section.title}</h2>`);
    });
    const kpis = sectionOf(html, "Kennzahlen");
    expect(kpis).toContain('<div class="table-scroll" role="region" aria-labelledby="s1-table" tabindex="0">\n<table>\n<caption id="s1-table">Tabelle: Kennzahlen</caption>');
    expect(kpis).toContain('<thead><tr><th scope="col">Kennzahl</th><th scope="col">Wert</th><th scope="col">Vormonat</th></tr></thead>');
    expect(kpis).toContain('<tr><th scope="row">Interaktionsrate</th><td class="num">4,1 %</td><td class="num">4 %</td></tr>');
    expect(markdown).toContain("| Interaktionsrate | 4,1 % | 4 % |");
    expect(sectionOf(html, "Antwortzeiten")).toContain('<th scope="row">instagram-stadt</th>');
    expect(sectionOf(html, "Vergleich im Landkreis")).toContain('<th scope="row">Ohnezahl</th><td>kleinstadt</td><td>nicht verfügbar</td><td></td>');
    // Every chart section has its figure with a caption; text and recommendations none.
    for (const title of ["Kennzahlen", "Ziele", "Antwortzeiten", "Top-Beiträge", "Vergleich im Landkreis"]) expect(sectionOf(html, title)).toMatch(/<figure>\n<svg[\s\S]*<\/svg>\n<figcaption>[^<]+<\/figcaption>\n<\/figure>/);
    expect(sectionOf(html, "Hinweise")).toContain("<p>Im März fand das Stadtfest statt.</p>\n<p>Die Zahlen von Instagram fehlen.</p>");
    expect(sectionOf(html, "Hinweise")).not.toContain("<table");
  });

  it("a KPI that is not available or has no data shows the words, not a zero bar", () => {
    const html = renderHtml(sampleReport());
    const chart = svgsOf(sectionOf(html, "Kennzahlen"))[0]!;
    // Four KPIs: engagement rate (both periods), follower growth (this period only), reach (offered by no channel) and response time (both).
    expect(chart.match(/class="bar"/g)).toHaveLength(5);
    expect(chart).toContain(">nicht verfügbar</text>");
    expect(chart).toContain(">Vormonat: nicht verfügbar</text>");
    expect(chart).toContain(">Vormonat: keine Daten</text>");
    expect(chart).toContain("Reichweite je 1.000 Einwohner: nicht verfügbar; Vormonat: nicht verfügbar. Mittlere Antwortzeit (Median): 5 Std.; Vormonat: 8 Std.</desc>");
    const comparison = svgsOf(sectionOf(html, "Vergleich im Landkreis"))[0]!;
    expect(comparison.match(/class="bar"/g)).toHaveLength(3);
    expect(comparison).toContain("Ohne Wert: Ohnezahl (nicht verfügbar)");
    // A channel without messages: no bars, "keine Daten".
    const times = svgsOf(sectionOf(html, "Antwortzeiten"))[0]!;
    expect(times).toContain(">Median: keine Daten</text>");
    expect(times.match(/class="bar"/g)).toHaveLength(6);
  });

  it("every chart is an image with a title and a description in words, referenced by aria-labelledby; ids are unique with several charts", () => {
    const report = sampleReport();
    const doubled = renderHtml({ ...report, sections: [...report.sections, ...report.sections] });
    const charts = svgsOf(doubled);
    expect(charts).toHaveLength(10);
    for (const chart of charts) {
      const labelledBy = /^<svg [^>]*role="img" aria-labelledby="([^"]+)"/.exec(chart)![1]!.split(" ");
      expect(labelledBy).toHaveLength(2);
      expect(chart).toContain(`<title id="${labelledBy[0]}">`);
      expect(chart).toMatch(new RegExp(`<desc id="${labelledBy[1]}">[^<]{20,}</desc>`));
    }
    expectSafeDocument(doubled);
    const comparison = svgsOf(sectionOf(doubled, "Vergleich im Landkreis"))[0]!;
    expect(comparison).toContain("<title id=\"s5-chart-title\">Diagramm: Vergleich im Landkreis je 1.000 Einwohner</title>");
    expect(comparison).toContain("Höchster Wert: Nachbardorf (300). Niedrigster Wert: Beispielstadt (150)");
  });

  it("recommendations are a list, each with its rule and the figures it rests on", () => {
    const section = sectionOf(renderHtml(sampleReport()), "Empfehlungen");
    expect(section).toContain(
      '<ol>\n<li><p>Anfragen auf Mastodon schneller beantworten.</p><dl class="figures"><dt>Regel</dt><dd><code>answers-slow</code></dd><dt>shareWithin</dt><dd>0,67</dd><dt>threshold</dt><dd>0,8</dd></dl></li>\n</ol>',
    );
  });

  it("empty sections: a table with its headers and no chart, 'keine Daten' for no recommendations", () => {
    const report: Report = {
      ...sampleReport(),
      sections: [
        { kind: "kpis", title: "Kennzahlen", rows: [] },
        { kind: "goals", title: "Ziele", rows: [] },
        { kind: "posts", title: "Top-Beiträge", metric: "likes", rows: [] },
        { kind: "comparison", title: "Vergleich", kpiName: "Reichweite", comparison: { kpiId: "r", comparedAs: "as-is", rows: [], classes: [] } },
        { kind: "recommendations", title: "Empfehlungen", rows: [] },
        { kind: "text", title: "Hinweise", paragraphs: [] },
      ],
    };
    const html = renderHtml(report);
    expectSafeDocument(html);
    expect(svgsOf(html)).toEqual([]);
    expect(html.match(/<table>/g)).toHaveLength(4);
    expect(sectionOf(html, "Empfehlungen")).toContain("<p>keine Daten</p>");
  });

  it("the renderer for core's registry: html, text/html, frozen", () => {
    expect(HTML_RENDERER).toMatchObject({ id: "html", mediaType: "text/html", extension: "html" });
    expect(Object.isFrozen(HTML_RENDERER)).toBe(true);
    expect(HTML_RENDERER.render(sampleReport())).toBe(renderHtml(sampleReport()));
  });
});

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  "</style><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "]]><x>",
  "<!-- x -->",
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  "\u202Eexe.txt",
  "lone \ud800 surrogate \udc00",
  "W".repeat(5_000),
  '=HYPERLINK("https://evil.example","Rechnung")',
  "&amp; &lt;",
  "",
];

/** A report whose every string field takes the next of `texts` (cycling), so that each field can be found in the output. */
function hostileReport(texts: readonly string[], locale: ReportLocale): { report: Report; shown: string[] } {
  let index = 0;
  const shown: string[] = [];
  const next = (): string => texts[index++ % texts.length]!;
  const visible = (): string => {
    const text = next();
    shown.push(text);
    return text;
  };
  const basis = { channels: [next()], notOffered: [next()], combined: [{ channelId: next(), metric: next(), parts: [next()] }], figures: { [next()]: 1 }, assumedZero: 0 };
  const period = { unit: "month" as const, key: next(), timeZone: next(), firstDay: visible(), lastDay: visible(), from: next(), to: next() };
  const goalRowOf = () => ({
    statement: visible(),
    kpiName: visible(),
    unit: "ratio" as const,
    progress: {
      goalId: next(),
      kpiId: next(),
      better: "higher" as const,
      baseline: 0.5,
      target: 0.9,
      current: { at: next(), value: 0.6 },
      attainment: 0.25,
      trend: { perDay: 0.001, points: 3 },
      forecast: { at: next(), value: 0.7, low: 0.55, high: 0.95, level: 0.8, method: "least-squares line" as const },
      status: "at-risk" as const,
      daysLeft: 100,
    },
  });
  const figures = { received: 3, answered: 2, waiting: 1, leftOut: 0, median: { hours: 5, atLeast: false }, p90: { hours: 40, atLeast: true }, shareWithin: 0.5, pending: 0 };
  const sections: ReportSection[] = [
    {
      kind: "kpis",
      title: visible(),
      rows: [
        { kpiId: next(), name: visible(), unit: "percent", better: "higher", result: { status: "value", kpiId: next(), unit: "percent", value: 3.25, basis }, previous: { status: "not-available", kpiId: next(), unit: "percent", metrics: [next()], channels: [next()] } },
        { kpiId: next(), name: visible(), unit: "ratio", better: "higher", result: { status: "no-data", kpiId: next(), unit: "ratio", reason: "no-samples", basis } },
      ],
    },
    { kind: "goals", title: visible(), rows: [goalRowOf(), goalRowOf()] },
    { kind: "response-times", title: visible(), report: { withinHours: 24, overall: figures, byChannel: { [visible()]: figures } } },
    {
      kind: "posts",
      title: visible(),
      metric: visible(),
      rows: [
        { postId: next(), channelId: visible(), excerpt: visible(), figure: 12, findings: [visible()] },
        { postId: next(), channelId: visible(), excerpt: visible(), figure: -3 },
      ],
    },
    {
      kind: "comparison",
      title: visible(),
      kpiName: visible(),
      comparison: {
        kpiId: next(),
        comparedAs: "per-1000-inhabitants",
        rows: [
          { organisationId: next(), name: visible(), population: 1000, sizeClass: visible(), result: { status: "value", kpiId: next(), unit: "count", value: 5, basis }, compared: 5, rank: 1, rankInClass: 1 },
          { organisationId: next(), name: visible(), population: 1000, sizeClass: visible(), result: { status: "not-available", kpiId: next(), unit: "count", metrics: [next()], channels: [next()] }, compared: undefined, rank: undefined, rankInClass: undefined },
        ],
        classes: [{ id: next(), name: next(), towns: 2, withFigure: 1, median: 5 }],
      },
    },
    { kind: "recommendations", title: visible(), rows: [{ rule: visible(), text: visible(), figures: { [visible()]: 0.5 } }] },
    { kind: "text", title: visible(), paragraphs: [visible(), visible()] },
  ];
  const report: Report = { title: visible(), organisation: { id: next(), name: visible() }, period, createdAt: visible(), locale, sections };
  return { report, shown };
}

describe("hostile text in every string field", () => {
  it.each(HOSTILE.map((text) => [text.length > 60 ? `${text.slice(0, 12)}… (${text.length} characters)` : JSON.stringify(text), text]))("stays text: %s", (_name, text) => {
    for (const locale of ["de", "en"] as const) {
      const { report, shown } = hostileReport([text], locale);
      const html = renderHtml(report);
      expectSafeDocument(html);
      expect(missingFrom(html, shown)).toEqual([]);
    }
  });

  it("a 5,000-character word is cut with an ellipsis in the chart, and whole in the table", () => {
    const word = "Donaudampfschifffahrtsgesellschaft".repeat(150);
    const html = renderHtml(hostileReport([word], "de").report);
    const labels = [...svgsOf(html)[0]!.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
    expect(labels.some((label) => label.endsWith("…") && label.length < 40)).toBe(true);
    expect(labels.every((label) => label.length < 60)).toBe(true);
    expect(html).toContain(`<th scope="row" class="long">${word}</th>`);
  });

  it("property: arbitrary strings in all fields make no tag, attribute or URL, and each shows as its escaped text", () => {
    const character = fc.oneof(
      fc.constantFrom("<", ">", '"', "'", "&", "/", "=", " ", "\n", "\u202e", "\u2066", "\ud800", "\udc00", "<script>", "</style>", "</title>", "]]>", "<!--", " onerror=", "javascript:", "https://x.example"),
      fc.string({ unit: "binary", maxLength: 1 }),
    );
    const texts = fc.array(fc.oneof(fc.string({ unit: character, maxLength: 30 }), fc.constantFrom(...HOSTILE)), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(texts, fc.constantFrom("de" as const, "en" as const), (strings, locale) => {
        const { report, shown } = hostileReport(strings, locale);
        const html = renderHtml(report);
        expectSafeDocument(html);
        expect(missingFrom(html, shown)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
