import { inflateSync } from "node:zlib";
import fc from "fast-check";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { KpiResult } from "./evaluate-kpi.js";
import { periodOfDay } from "./periods.js";
import { PDF_RENDERER, renderPdf } from "./render-pdf.js";
import type { Report, ReportLocale, ReportPostRow } from "./report.js";
import { ReportingError } from "./reporting-error.js";

const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const basis = { channels: ["facebook", "mastodon"], notOffered: [], combined: [], figures: {}, assumedZero: 0 };
const value = (kpiId: string, unit: KpiResult["unit"], figure: number): KpiResult => ({ status: "value", kpiId, unit, value: figure, basis });

/** A month's report for Musterstadt with every kind of section, its figures written by hand after the package's types. */
function sampleReport(locale: ReportLocale = "de", posts: readonly ReportPostRow[] = SAMPLE_POSTS): Report {
  const de = locale === "de";
  return {
    title: de ? "Monatsbericht Social Media März 2027" : "Social media report March 2027",
    organisation: { id: "musterstadt", name: "Stadt Musterstadt" },
    period: march,
    createdAt: "2027-04-01T08:00:00.000Z",
    locale,
    sections: [
      {
        kind: "kpis",
        title: de ? "Kennzahlen" : "Key figures",
        rows: [
          { kpiId: "reach", name: "Reichweite", unit: "count", better: "higher", result: value("reach", "count", 1234), previous: value("reach", "count", 1100) },
          { kpiId: "engagement-rate", name: "Interaktionsrate", unit: "percent", better: "higher", result: value("engagement-rate", "percent", 12.5), previous: value("engagement-rate", "percent", 11.25) },
          {
            kpiId: "answer-rate",
            name: "Antwortquote",
            unit: "ratio",
            better: "higher",
            result: value("answer-rate", "ratio", 0.83),
            previous: { status: "not-available", kpiId: "answer-rate", unit: "ratio", metrics: ["replies"], channels: ["facebook"] },
          },
          { kpiId: "response-time", name: "Antwortzeit (Median)", unit: "hours", better: "lower", result: value("response-time", "hours", 4.5), previous: { status: "no-data", kpiId: "response-time", unit: "hours", reason: "no-samples", basis } },
        ],
      },
      {
        kind: "goals",
        title: de ? "Ziele" : "Goals",
        rows: [
          {
            statement: "Bürgeranfragen binnen 24 Stunden beantworten",
            kpiName: "Antwortquote",
            unit: "ratio",
            progress: {
              goalId: "answer-fast",
              kpiId: "answer-rate",
              better: "higher",
              baseline: 0.5,
              target: 0.9,
              current: { at: "2027-03-31T22:00:00.000Z", value: 0.74 },
              attainment: 0.6,
              trend: { perDay: 0.004, points: 6 },
              forecast: { at: "2027-12-31T22:59:59.999Z", value: 0.92, low: 0.81, high: 1, level: 0.8, method: "least-squares line" },
              status: "on-track",
              daysLeft: 275,
            },
          },
        ],
      },
      {
        kind: "response-times",
        title: de ? "Antwortzeiten" : "Response times",
        report: {
          withinHours: 24,
          byChannel: {
            facebook: { received: 120, answered: 110, waiting: 10, leftOut: 4, median: { hours: 5, atLeast: false }, p90: { hours: 40, atLeast: true }, shareWithin: 0.81, pending: 2 },
            mastodon: { received: 14, answered: 14, waiting: 0, leftOut: 0, median: { hours: 2.5, atLeast: false }, p90: { hours: 9, atLeast: false }, shareWithin: 1, pending: 0 },
          },
          overall: { received: 134, answered: 124, waiting: 10, leftOut: 4, median: { hours: 4.5, atLeast: false }, p90: { hours: 40, atLeast: true }, shareWithin: 0.83, pending: 2 },
        },
      },
      { kind: "posts", title: de ? "Top-Beiträge" : "Top posts", metric: de ? "Interaktionen" : "Engagements", rows: posts },
      {
        kind: "comparison",
        title: de ? "Vergleich im Landkreis" : "County comparison",
        kpiName: "Interaktionsrate",
        comparison: {
          kpiId: "engagement-rate",
          comparedAs: "as-is",
          rows: [
            { organisationId: "musterstadt", name: "Musterstadt", population: 48_000, sizeClass: "mittelstadt", result: value("engagement-rate", "percent", 12.5), compared: 12.5, rank: 1, rankInClass: 1 },
            { organisationId: "beispielhausen", name: "Beispielhausen", population: 7_300, sizeClass: "kleinstadt", result: value("engagement-rate", "percent", 9.75), compared: 9.75, rank: 2, rankInClass: 1 },
            { organisationId: "dorf", name: "Kleindorf", population: 1_200, sizeClass: "landgemeinde", result: { status: "no-data", kpiId: "engagement-rate", unit: "percent", reason: "no-samples", basis }, compared: undefined, rank: undefined, rankInClass: undefined },
          ],
          classes: [],
        },
      },
      {
        kind: "recommendations",
        title: de ? "Empfehlungen" : "Recommendations",
        rows: [{ rule: "response-time-over-target", text: de ? "Anfragen am Wochenende schneller beantworten: das 90. Perzentil liegt über 40 Stunden." : "Answer weekend enquiries sooner.", figures: { p90: 40 } }],
      },
      { kind: "text", title: de ? "Hinweise" : "Notes", paragraphs: [de ? "Die Zahlen von Instagram fehlen, weil der Zugang im März abgelaufen war." : "Instagram's figures are missing: its access expired in March."] },
    ],
  };
}

const SAMPLE_POSTS: readonly ReportPostRow[] = [
  { postId: "p1", channelId: "facebook", excerpt: "Stadtfest am Samstag: alle Infos zu Bühnen, Straßensperrungen und Bussen", figure: 1832 },
  { postId: "p2", channelId: "mastodon", excerpt: "Neue Öffnungszeiten im Bürgerbüro ab 1. April", figure: 640 },
  { postId: "p3", channelId: "facebook", excerpt: "Baustelle Hauptstraße: Umleitung über die Bahnhofstraße", figure: 415 },
];

const postsRows = (count: number, excerpt: (index: number) => string): ReportPostRow[] =>
  Array.from({ length: count }, (_, index) => ({ postId: `p${index}`, channelId: index % 2 === 0 ? "facebook" : "mastodon", excerpt: excerpt(index), figure: 5000 - index }));

interface ReadItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The marked-content tags around the text, outermost first. */
  readonly tags: readonly string[];
}

interface ReadPdf {
  readonly pages: readonly (readonly ReadItem[])[];
  /** Each page's text items joined by line breaks. */
  readonly texts: readonly string[];
  /** The roles of the structure elements on each page, in tree order. */
  readonly roles: readonly (readonly string[])[];
  readonly markInfo: unknown;
  readonly info: Record<string, unknown>;
  readonly pageSize: readonly [number, number];
}

/** Reads a PDF with pdf.js: every page's text items with their marked-content tags, and its structure tree's roles. */
async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes over the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    const pages: ReadItem[][] = [];
    const roles: string[][] = [];
    let pageSize: [number, number] = [0, 0];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view;
      pageSize = [width ?? 0, height ?? 0];
      const content = await page.getTextContent({ includeMarkedContent: true });
      const items: ReadItem[] = [];
      const tags: string[] = [];
      for (const item of content.items) {
        if ("str" in item) {
          if (item.str.trim() !== "") items.push({ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]), width: item.width, tags: [...tags] });
        } else if (item.type === "endMarkedContent") tags.pop();
        else tags.push((item as { tag?: string }).tag ?? "");
      }
      pages.push(items);
      const pageRoles: string[] = [];
      const walk = (node: { role?: string; children?: unknown[] }): void => {
        if (node.role !== undefined) pageRoles.push(node.role);
        for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
      };
      walk(await page.getStructTree());
      roles.push(pageRoles);
    }
    const markInfo = await pdf.getMarkInfo();
    const { info } = await pdf.getMetadata();
    return { pages, texts: pages.map((items) => items.map((item) => item.str).join("\n")), roles, markInfo, info: info as Record<string, unknown>, pageSize };
  } finally {
    await pdf.destroy();
  }
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

/** The decompressed content of every stream in a PDF (pdfkit compresses all of them with Flate). */
function streams(bytes: Uint8Array): string[] {
  const text = latin1(bytes);
  const found: string[] = [];
  for (const match of text.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    try {
      found.push(inflateSync(bytes.subarray(start, end)).toString("latin1"));
    } catch {
      // Not compressed (the XMP metadata).
      found.push(text.slice(start, end));
    }
  }
  return found;
}

/** A string as UTF-16BE with a byte order mark, as PDF text strings carry text beyond Latin-1. */
const utf16be = (text: string): string => `\u00fe\u00ff${[...Buffer.from(text, "utf16le").swap16()].map((byte) => String.fromCharCode(byte)).join("")}`;

/** Every text item lies within the page's margins (20 mm, with half a point of rounding). */
function expectWithinMargins(read: ReadPdf): void {
  const [width, height] = read.pageSize;
  for (const items of read.pages) {
    for (const item of items) {
      expect(item.x, item.str).toBeGreaterThanOrEqual(56);
      expect(item.x + item.width, item.str.slice(0, 80)).toBeLessThanOrEqual(width - 56);
      expect(item.y).toBeGreaterThan(0);
      expect(item.y).toBeLessThan(height);
    }
  }
}

/** The text of the items that `keep` keeps, artifacts (page numbers, repeated table headers) left out, without white space. */
const contentText = (read: ReadPdf, keep: (item: ReadItem) => boolean = () => true): string =>
  read.pages
    .flat()
    .filter((item) => !item.tags.includes("Artifact") && keep(item))
    .map((item) => item.str)
    .join("")
    .replace(/\s+/g, "");

const occurrences = (text: string, part: string): number => text.split(part.replace(/\s+/g, "")).length - 1;

/** Where the text of a table's first column begins: the left margin and the cell's padding. */
const FIRST_COLUMN_X = 56.69 + 4;

const HOSTILE = [
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "\u202Eexe.txt",
  "lone \ud800 surrogate",
  "Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsschrankschlüssel".repeat(100).slice(0, 5000),
  "Stadtfest 😀 🎉 👍🏽",
];

/** A report whose every text slot holds `text`. */
function reportWith(text: string): Report {
  return {
    title: `Monatsbericht ${text}`,
    organisation: { id: "musterstadt", name: text },
    period: march,
    createdAt: "2027-04-01T08:00:00.000Z",
    locale: "de",
    sections: [
      { kind: "kpis", title: text, rows: [{ kpiId: "k", name: text, unit: "percent", better: "higher", result: value("k", "percent", 3.25) }] },
      { kind: "posts", title: "Top-Beiträge", metric: "Interaktionen", rows: [{ postId: "p1", channelId: "facebook", excerpt: text, figure: -12 }] },
      { kind: "recommendations", title: "Empfehlungen", rows: [{ rule: text, text, figures: {} }] },
      { kind: "text", title: "Hinweise", paragraphs: [text] },
    ],
  };
}

describe("renderPdf", () => {
  it("writes the title, every section's heading, the KPIs and their figures as the report writes them in German, and page numbers", async () => {
    const bytes = await renderPdf(sampleReport("de"));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(latin1(bytes.subarray(0, 8))).toBe("%PDF-1.7");
    const read = await readPdf(bytes);
    const all = read.texts.join("\n");
    expect(all).toContain("Monatsbericht Social Media März 2027");
    expect(all).toContain("Stadt Musterstadt · Zeitraum 1. März 2027 – 31. März 2027");
    expect(all).toContain("Erstellt: 1. April 2027 um 10:00 MESZ");
    for (const section of sampleReport("de").sections) expect(all).toContain(section.title);
    for (const text of ["Kennzahl", "Wert", "Vormonat", "Reichweite", "1.234", "1.100", "Interaktionsrate", "12,5 %", "11,3 %", "Antwortquote", "83 %", "nicht verfügbar", "4,5 Std.", "keine Daten"]) {
      expect(read.pages.flat().map((item) => item.str)).toContain(text);
    }
    for (const text of ["60 %", "auf Kurs", "mehr als 40 Std.", "81 %", "1.832", "9,8", "Musterstadt", "response-time-over-target"]) expect(all).toContain(text);
    read.texts.forEach((text, index) => expect(text).toContain(`Seite ${index + 1} von ${read.pages.length}`));
    expectWithinMargins(read);
  });

  it("writes the report in English with English numbers and dates", async () => {
    const read = await readPdf(await renderPdf(sampleReport("en")));
    const items = read.pages.flat().map((item) => item.str);
    const all = read.texts.join("\n");
    expect(all).toContain("Social media report March 2027");
    expect(all).toContain("Stadt Musterstadt · Period 1 March 2027 – 31 March 2027");
    for (const text of ["KPI", "Value", "Previous", "1,234", "1,100", "12.5 %", "83 %", "not available", "4.5 h", "no data"]) expect(items).toContain(text);
    expect(all).toContain("more than 40 h");
    read.texts.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${read.pages.length}`));
    expect(read.info.Language).toBe("en-GB");
  });

  it("is a tagged PDF: structure tree, marked content, language, title shown, headings, tables of TH and TD, page numbers as artifacts", async () => {
    const bytes = await renderPdf(sampleReport("de"));
    const raw = latin1(bytes);
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/<<\s*\/Marked true\s*>>/);
    expect(raw).toContain("/Lang (de-DE)");
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Scope \/Column/);
    const read = await readPdf(bytes);
    expect(read.markInfo).toMatchObject({ Marked: true });
    expect(read.info).toMatchObject({ PDFFormatVersion: "1.7", Language: "de-DE", Title: "Monatsbericht Social Media März 2027", Author: "Stadt Musterstadt", Subject: "Social-Media-Bericht, Zeitraum 1. März 2027 – 31. März 2027" });
    const roles = read.roles.flat();
    for (const role of ["Document", "H1", "Sect", "H2", "P", "Table", "THead", "TBody", "TR", "TH", "TD"]) expect(roles).toContain(role);
    expect(roles.filter((role) => role === "H1")).toHaveLength(1);
    expect(roles.filter((role) => role === "H2")).toHaveLength(sampleReport("de").sections.length);
    // Text sits in the structure it belongs to, the page numbers outside it.
    const items = read.pages.flat();
    expect(items.find((item) => item.str === "Monatsbericht Social Media März 2027")?.tags).toEqual(["H1"]);
    expect(items.find((item) => item.str === "Kennzahlen")?.tags).toEqual(["H2"]);
    expect(items.find((item) => item.str === "Kennzahl")?.tags).toEqual(["TH"]);
    expect(items.find((item) => item.str === "1.234")?.tags).toEqual(["TD"]);
    for (const item of items.filter((entry) => entry.str.startsWith("Seite "))) expect(item.tags).toEqual(["Artifact"]);
  });

  it("gives the same bytes for the same report, whatever the process's time zone, with the report's createdAt as the document's dates", async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      const first = await renderPdf(sampleReport("de"));
      process.env.TZ = "Asia/Tokyo";
      const second = await renderPdf(sampleReport("de"));
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      const read = await readPdf(first);
      expect(read.info).toMatchObject({ CreationDate: "D:20270401080000Z", ModDate: "D:20270401080000Z" });
      expect(read.texts[0]).toContain("1. März 2027 – 31. März 2027");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each(HOSTILE)("hostile text is drawn as text and does nothing: %s", async (text) => {
    const bytes = await renderPdf(reportWith(text));
    const raw = latin1(bytes);
    for (const key of ["/JavaScript", "/JS", "/URI", "/Launch", "/OpenAction", "/AA", "/Annots", "/GoToR"]) expect(raw).not.toContain(key);
    const read = await readPdf(bytes);
    expect(read.texts.join("\n")).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const compact = contentText(read);
    if (text.startsWith("<script>")) {
      // pdfkit copies the title into the XMP metadata, where it is escaped.
      const metadata = streams(bytes).find((stream) => stream.includes("<x:xmpmeta"));
      expect(metadata).toContain("<rdf:li xml:lang=\"x-default\">Monatsbericht &lt;script&gt;alert(1)&lt;/script&gt;</rdf:li>");
      expect(occurrences(compact, text)).toBe(8);
    } else if (text.startsWith("\u202E")) expect(compact).toContain("exe.txt");
    else if (text.startsWith("lone")) expect(compact).toContain("lone\ufffdsurrogate");
    else if (text.startsWith("Stadtfest")) {
      // DejaVu Sans has 😀; 🎉 and 👍🏽, which it lacks, show as U+FFFD, with the emoji as the actual text for screen readers and copying.
      expect(compact).toContain("Stadtfest😀\ufffd\ufffd");
      const content = streams(bytes).join("\n");
      expect(content).toContain(`/ActualText (${utf16be("🎉")})`);
      expect(content).toContain(`/ActualText (${utf16be("👍🏽")})`);
    } else if (text.length > 1000) {
      // The title and the paragraph, each over several pages; the first column's cells (KPI, post, rule), each over pages too.
      expect(contentText(read, (item) => item.tags.includes("H1"))).toBe(`Monatsbericht${text}`);
      expect(occurrences(contentText(read, (item) => item.tags.includes("P")), text)).toBe(2);
      expect(occurrences(contentText(read, (item) => item.tags.includes("TD") && Math.abs(item.x - FIRST_COLUMN_X) < 0.5), text)).toBe(3);
    } else expect(occurrences(compact, text)).toBe(8);
    expectWithinMargins(read);
  }, 20_000);

  it("breaks a 5,000-character word in a narrow column across lines and pages, and keeps every character", async () => {
    const word = "Donaudampfschifffahrt".repeat(250).slice(0, 5000);
    const report = sampleReport("de", [...SAMPLE_POSTS, { postId: "long", channelId: "facebook", excerpt: word, figure: 1 }]);
    const started = performance.now();
    const read = await readPdf(await renderPdf(report));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(read.pages.length).toBeGreaterThan(2);
    expect(contentText(read, (item) => item.tags.includes("TD") && Math.abs(item.x - FIRST_COLUMN_X) < 0.5)).toContain(word);
    expectWithinMargins(read);
  }, 20_000);

  it("continues a table of 300 rows over several pages, the header row repeated on each as an artifact", async () => {
    const report = sampleReport("de", postsRows(300, (index) => `Beitrag Nummer ${index} über den Wochenmarkt`));
    const read = await readPdf(await renderPdf(report));
    expect(read.pages.length).toBeGreaterThan(5);
    const items = read.pages.flat();
    for (let index = 0; index < 300; index++) expect(items.filter((item) => item.str === `Beitrag Nummer ${index} über den Wochenmarkt`)).toHaveLength(1);
    const tablePages = read.pages.map((page, index) => ({ page, index })).filter(({ page }) => page.some((item) => item.str.startsWith("Beitrag Nummer")));
    expect(tablePages.length).toBeGreaterThan(4);
    for (const { page } of tablePages) {
      const head = page.find((item) => item.str === "Beitrag");
      expect(head).toBeDefined();
      // The header is above the page's first row.
      const first = page.find((item) => item.str.startsWith("Beitrag Nummer"))!;
      expect(head!.y).toBeGreaterThan(first.y);
    }
    // Only the first header row is in the structure tree; its repetitions are artifacts.
    const headers = items.filter((item) => item.str === "Beitrag");
    expect(headers.filter((item) => item.tags.includes("TH"))).toHaveLength(1);
    expect(headers.filter((item) => item.tags.includes("Artifact"))).toHaveLength(tablePages.length - 1);
    read.texts.forEach((text, index) => expect(text).toContain(`Seite ${index + 1} von ${read.pages.length}`));
    expectWithinMargins(read);
  }, 30_000);

  it("writes 'keine Einträge' for a table section without rows", async () => {
    const report: Report = { ...sampleReport("de"), sections: [{ kind: "posts", title: "Top-Beiträge", metric: "Interaktionen", rows: [] }] };
    const read = await readPdf(await renderPdf(report));
    expect(read.texts[0]).toContain("keine Einträge");
  });

  it("refuses a createdAt that is no instant", async () => {
    await expect(renderPdf({ ...sampleReport("de"), createdAt: "gestern" })).rejects.toBeInstanceOf(ReportingError);
  });

  it("is registered as the PDF renderer", async () => {
    expect(Object.isFrozen(PDF_RENDERER)).toBe(true);
    expect(PDF_RENDERER).toMatchObject({ id: "pdf", mediaType: "application/pdf", extension: "pdf" });
    const rendered = await PDF_RENDERER.render(sampleReport("en"));
    expect(rendered).toBeInstanceOf(Uint8Array);
    expect(latin1((rendered as Uint8Array).subarray(0, 5))).toBe("%PDF-");
  });

  it("property: any text in any slot renders to a PDF that pdf.js reads, and plain text reads back as written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.oneof(fc.constantFrom("\n", "\t", "(", ")", "\\", "<", "\u202e", "\ud800", "\udc00", "😀", "🎉", " "), fc.string({ unit: "grapheme", maxLength: 1 })), maxLength: 60 }), async (text) => {
        const bytes = await renderPdf(reportWith(text));
        expect(latin1(bytes.subarray(0, 5))).toBe("%PDF-");
        const read = await readPdf(bytes);
        expect(read.pages.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 12 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzäöüßABCXYZ0123456789 .,;:!?()<>&\"'=+-/\\[]{}|€§%"), minLength: 1, maxLength: 80 }), async (text) => {
        fc.pre(text.trim() !== "");
        const read = await readPdf(await renderPdf(reportWith(text)));
        const compact = read.texts.join("").replace(/\s+/g, "");
        expect(compact).toContain(text.replace(/\s+/g, ""));
      }),
      { numRuns: 12 },
    );
  }, 30_000);
});
