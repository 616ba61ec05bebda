import { BUILT_IN_KPIS, createKommune, MUSTERSTADT_ORGANISATION } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodOfDay } from "./periods.js";
import { csvField, formatKpiValue, formatNumber, renderCsv, renderJson, renderMarkdown } from "./render-text.js";
import type { Report } from "./report.js";
import { reporting } from "./reporting-plugin.js";

/** No lone surrogate (String.prototype.isWellFormed, which TypeScript's ES2022 library does not name). */
const wellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
const toWellFormed = (text: string): string => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const basis = { channels: ["fb"], notOffered: [], combined: [], figures: {}, assumedZero: 0 };

/** A report whose every text slot holds `text`. */
function reportWith(text: string, locale: "de" | "en" = "de"): Report {
  return {
    title: `Monatsbericht ${text}`,
    organisation: { id: "musterstadt", name: text },
    period: march,
    createdAt: "2027-04-01T08:00:00.000Z",
    locale,
    sections: [
      {
        kind: "kpis",
        title: text,
        rows: [
          { kpiId: "k", name: text, unit: "percent", better: "higher", result: { status: "value", kpiId: "k", unit: "percent", value: 3.25, basis }, previous: { status: "not-available", kpiId: "k", unit: "percent", metrics: ["x"], channels: ["fb"] } },
          { kpiId: "r", name: "Antwortquote", unit: "ratio", better: "higher", result: { status: "no-data", kpiId: "r", unit: "ratio", reason: "no-samples", basis } },
        ],
      },
      { kind: "posts", title: "Top-Beiträge", metric: "likes", rows: [{ postId: "p1", channelId: "fb", excerpt: text, figure: -12 }] },
      { kind: "text", title: "Hinweise", paragraphs: [text] },
    ],
  };
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "[klick](javascript:alert(1))",
  "| a | b |\n| c |",
  '=HYPERLINK("https://evil.example","Rechnung")',
  "+49 1234",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1)",
  "\u202Eexe.txt",
  "lone \ud800 surrogate \udc00",
  "Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsschrankschlüssel".repeat(100),
];

/** Splits one CSV record per RFC 4180 (the test's own reader, to check the writer). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index++;
    } else field += character;
  }
  return records;
}

describe("text renderers", () => {
  it("Markdown: a table per section, values per locale, 'nicht verfügbar' and 'keine Daten' instead of 0", () => {
    const markdown = renderMarkdown(reportWith("Engagement"));
    expect(markdown).toContain("| Engagement | 3,3 % | nicht verfügbar |");
    expect(markdown).toContain("| Antwortquote | keine Daten |  |");
    expect(renderMarkdown(reportWith("Engagement", "en"))).toContain("| Engagement | 3.3 % | not available |");
  });

  it.each(HOSTILE)("hostile text stays text in every format: %s", (text) => {
    const markdown = renderMarkdown(reportWith(text));
    expect(markdown).not.toMatch(/<script|<img|(?<!\\)\]\(javascript/i);
    expect(markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(wellFormed(markdown)).toBe(true);
    // Every table line keeps its columns: the pipes in the text are escaped.
    for (const line of markdown.split("\n").filter((entry) => entry.startsWith("|"))) {
      const cells = line.split(/(?<!\\)\|/).length - 2;
      expect([2, 3]).toContain(cells);
    }

    const csv = renderCsv(reportWith(text));
    expect(wellFormed(csv)).toBe(true);
    for (const record of parseCsv(csv)) {
      // Text never starts like a formula; only plain numbers may start with a minus.
      for (const field of record) if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(field)) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      expect(record.length).toBeGreaterThanOrEqual(2);
    }
    // A number stays a number, even a negative one.
    expect(parseCsv(csv).some((record) => record.includes("-12"))).toBe(true);

    const json = renderJson(reportWith(text));
    expect(wellFormed(json)).toBe(true);
    expect(JSON.parse(json).organisation.name).not.toMatch(/[\u202a-\u202e\ud800-\udfff]/);
  });

  it("CSV fields follow RFC 4180 and keep formulas from running", () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("property: any text in any slot reads back from CSV and JSON as the cleaned text, and never breaks a Markdown table", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("|", "\n", "\r", '"', ",", "=", "<", "\\", "\u202e", "\ud800"), fc.string({ unit: "grapheme", maxLength: 1 })), maxLength: 40 }), (text) => {
        const csv = parseCsv(renderCsv(reportWith(text)));
        const cleaned = toWellFormed(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, ""));
        const expected = /^[=+\-@\t\r]/.test(cleaned) ? `'${cleaned}` : cleaned;
        // The post excerpt's row: section title, excerpt, channel, figure.
        const post = csv.find((record) => record[0] === "Top-Beiträge" && record[2] === "fb")!;
        expect(post[1]).toBe(expected);
        expect(JSON.parse(renderJson(reportWith(text))).sections[2].paragraphs[0]).toBe(cleaned);
        for (const line of renderMarkdown(reportWith(text)).split("\n").filter((entry) => entry.startsWith("| "))) {
          expect([2, 3]).toContain(line.split(/(?<!\\)\|/).length - 2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the plugin registers the renderers in core's registry and takes them out on dispose", async () => {
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [reporting()] });
    expect(ksm.registries.renderers.list().map((renderer) => [renderer.id, renderer.mediaType])).toEqual([
      ["html", "text/html"],
      ["pdf", "application/pdf"],
      ["markdown", "text/markdown"],
      ["csv", "text/csv"],
      ["json", "application/json"],
    ]);
    const rendered = await ksm.registries.renderers.require("markdown").render(reportWith(BUILT_IN_KPIS[0]!.name));
    expect(rendered).toContain("Interaktionsrate");
    await ksm.dispose();
    expect(ksm.registries.renderers.list()).toEqual([]);
  });

  it("writes a figure that rounds to zero as 0, never -0, and a figure that is not a number as a dash without a unit", () => {
    expect(formatNumber(-0, "de")).toBe("0");
    expect(formatNumber(-0.01, "de")).toBe("0");
    expect(formatNumber(-0.04, "en", 1)).toBe("0");
    expect(formatNumber(-0.05, "de", 1)).toBe("-0,1");
    expect(formatNumber(-1234.5, "de")).toBe("-1.234,5");
    expect(formatKpiValue(-0, "ratio", "de")).toBe("0 %");
    expect(formatKpiValue(Number.NaN, "percent", "de")).toBe("–");
    expect(formatKpiValue(Number.POSITIVE_INFINITY, "hours", "en")).toBe("–");
  });
});
