import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GoalProgress } from "./goal-progress.js";
import type { ReportGoalRow } from "./report.js";
import type { ResponseTimeFigures, ResponseTimeReport } from "./response-times.js";
import { barChart, fitText, goalChart, responseTimeChart, type BarChartRow } from "./svg-charts.js";

/** WCAG 2's contrast ratio of a colour on white. */
function contrastOnWhite(hex: string): number {
  const channel = (offset: number): number => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

const bars = (svg: string): string[] => [...svg.matchAll(/<rect [^>]*class="bar"[^>]*\/>/g)].map((match) => match[0]);
const texts = (svg: string): string[] => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
const widthOf = (rect: string): number => Number(/width="([^"]+)"/.exec(rect)![1]);

const progress = (overrides: Partial<GoalProgress>): GoalProgress => ({
  goalId: "g",
  kpiId: "share-answered-within-24h",
  better: "higher",
  baseline: 0.5,
  target: 0.9,
  current: { at: "2027-03-31T22:00:00.000Z", value: 0.6 },
  attainment: 0.25,
  trend: { perDay: 0.001, points: 3 },
  forecast: { at: "2027-12-31T23:00:00.000Z", value: 0.7, low: 0.58, high: 0.82, level: 0.8, method: "least-squares line" },
  status: "at-risk",
  daysLeft: 275,
  ...overrides,
});
const goalRow = (statement: string, overrides: Partial<GoalProgress>): ReportGoalRow => ({ statement, kpiName: "Anteil binnen 24 Stunden beantwortet", unit: "ratio", progress: progress(overrides) });
const figures = (median: number | undefined, p90: number | undefined, atLeast = false): ResponseTimeFigures => ({
  received: 10,
  answered: 8,
  waiting: 2,
  leftOut: 0,
  median: median === undefined ? undefined : { hours: median, atLeast: false },
  p90: p90 === undefined ? undefined : { hours: p90, atLeast },
  shareWithin: 0.7,
  pending: 0,
});
const times: ResponseTimeReport = { withinHours: 24, overall: figures(6, 40, true), byChannel: { "facebook-stadt": figures(5, 30), "mastodon-main": figures(30, 40, true), "instagram-stadt": figures(undefined, undefined) } };

describe("SVG charts", () => {
  it("a bar chart draws a bar per value, none for a missing or non-finite one, and writes the words instead", () => {
    const rows: BarChartRow[] = [
      { label: "Musterstadt", bar: { value: 200, text: "200" } },
      { label: "Ohnezahl", bar: { value: undefined, text: "nicht verfügbar" } },
      { label: "Kaputt", bar: { value: Number.NaN, text: "NaN" } },
      { label: "Unendlich", bar: { value: Number.POSITIVE_INFINITY, text: "∞" } },
      { label: "Nachbardorf", bar: { value: 300, text: "300" } },
    ];
    const svg = barChart({ idPrefix: "c", title: "Reichweite", locale: "de", rows });
    expect(bars(svg)).toHaveLength(2);
    expect(texts(svg)).toEqual(["Musterstadt", "200", "Ohnezahl", "nicht verfügbar", "Kaputt", "keine Daten", "Unendlich", "keine Daten", "Nachbardorf", "300"]);
    // One scale: 300 is the longest bar, 200 two thirds of it.
    const [first, second] = bars(svg).map(widthOf);
    expect(first! / second!).toBeCloseTo(2 / 3, 2);
    expect(svg).toContain("<desc id=\"c-desc\">Höchster Wert: Nachbardorf (300). Niedrigster Wert: Musterstadt (200). Ohne Wert: Ohnezahl (nicht verfügbar), Kaputt (keine Daten), Unendlich (keine Daten).</desc>");
  });

  it("a measured 0 is a line, not nothing; negative values go left of 0; huge values keep finite coordinates", () => {
    const svg = barChart({
      idPrefix: "c",
      title: "Beiträge",
      locale: "en",
      rows: [
        { label: "a", bar: { value: 0, text: "0" } },
        { label: "b", bar: { value: -5, text: "-5" } },
        { label: "c", bar: { value: 1e308, text: "huge" } },
        { label: "d", bar: { value: -1e308, text: "tiny" } },
      ],
    });
    expect(bars(svg)).toHaveLength(4);
    expect(widthOf(bars(svg)[0]!)).toBe(1);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain("Highest value: c (huge). Lowest value: d (tiny).");
  });

  it("with a second bar per row: a legend, the previous value written with its name, and a scale per row where asked", () => {
    const svg = barChart({
      idPrefix: "k",
      title: "Kennzahlen",
      locale: "de",
      scale: "per-row",
      previousName: "Vormonat",
      rows: [
        { label: "Interaktionsrate", bar: { value: 4.1, text: "4,1 %" }, previous: { value: 4, text: "4 %" } },
        { label: "Reichweite", bar: { value: 1234.5, text: "1.234,5" }, previous: { value: undefined, text: "nicht verfügbar" } },
      ],
    });
    expect(texts(svg)).toEqual(["Dieser Zeitraum", "Vormonat", "Interaktionsrate", "4,1 %", "Vormonat: 4 %", "Reichweite", "1.234,5", "Vormonat: nicht verfügbar"]);
    // Each row's larger value fills the plot.
    const widths = bars(svg).map(widthOf);
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBe(widths[2]);
    expect(svg).toContain("Jede Zeile hat ihren eigenen Maßstab. Interaktionsrate: 4,1 %; Vormonat: 4 %. Reichweite: 1.234,5; Vormonat: nicht verfügbar.");
  });

  it("goals: attainment drawn within 0 to 100 %, its true value written, the forecast interval marked and written", () => {
    const svg = goalChart(
      [
        goalRow("Schneller antworten", {}),
        goalRow("Mehr Interaktion", { attainment: 1.37, status: "achieved", forecast: undefined }),
        goalRow("Rückläufig", { attainment: -0.2, status: "at-risk" }),
        goalRow("Neu", { attainment: undefined, current: undefined, forecast: undefined, status: "too-little-data" }),
        goalRow("Am Anfang", { attainment: -0, forecast: undefined, status: "too-little-data" }),
      ],
      { idPrefix: "g", title: "Ziele", locale: "de" },
    );
    const widths = bars(svg).map(widthOf);
    // 25 % and (clamped) 100 %; nothing for -20 % and for no value.
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(0.25, 2);
    const written = texts(svg);
    expect(written).toContain("25 % · gefährdet");
    expect(written).toContain("137 % · erreicht");
    expect(written).toContain("-20 % · gefährdet");
    expect(written).toContain("keine Daten · zu wenige Daten");
    expect(written).toContain("0 % · zu wenige Daten");
    // The forecast 0.7 is half the way from 0.5 to 0.9; its interval 0.58 to 0.82.
    expect(written).toContain("Prognose 50 % (20 % – 80 %)");
    expect(written).toContain("Prognose der Zielerreichung zum Stichtag, 80-%-Intervall");
    expect(svg).toContain("Schneller antworten: Zielerreichung 25 %, gefährdet; Prognose zum Stichtag 70 % (58 % – 82 %), Zielerreichung 50 % (20 % – 80 %)");
    expect(svg.match(/<path d="M[^"]+" stroke="#1a1a1a"/g)).toHaveLength(3);
    expect(svg).toContain("Mehr Interaktion: Zielerreichung 137 %, erreicht");
  });

  it("response times: median and 90th percentile per channel and overall, the target as a line, 'keine Daten' without answers", () => {
    const svg = responseTimeChart(times, { idPrefix: "r", title: "Antwortzeiten", locale: "de" });
    expect(bars(svg)).toHaveLength(6);
    const written = texts(svg);
    expect(written).toEqual(expect.arrayContaining(["Median: 5 Std.", "90. Perzentil: mehr als 40 Std.", "Median: keine Daten", "90. Perzentil: keine Daten", "gesamt", "Ziel: binnen 24 Std."]));
    expect(svg).toMatch(/<line [^>]*stroke="#a4262c"[^>]*stroke-dasharray/);
    expect(svg).toContain("Median über dem Ziel: mastodon-main.");
    const english = responseTimeChart(times, { idPrefix: "r", title: "Response times", locale: "en" });
    expect(texts(english)).toEqual(expect.arrayContaining(["Median: 5 h", "90th percentile: more than 40 h", "Target: within 24 h", "overall"]));
  });

  it("text on white at 4.5:1 or more, bars and lines at 3:1 or more", () => {
    const all = [
      barChart({ idPrefix: "a", title: "t", locale: "de", rows: [{ label: "x", bar: { value: 1, text: "1" }, previous: { value: 2, text: "2" } }] }),
      goalChart([goalRow("x", {})], { idPrefix: "b", title: "t", locale: "de" }),
      responseTimeChart(times, { idPrefix: "c", title: "t", locale: "de" }),
    ].join("");
    const textColours = new Set([...all.matchAll(/<text [^>]*fill="(#[0-9a-f]{6})"/g)].map((match) => match[1]!));
    const markColours = new Set([...all.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"[^>]*class="bar"/g), ...all.matchAll(/stroke="(#[0-9a-f]{6})"/g)].map((match) => match[1]!));
    expect(textColours.size).toBeGreaterThan(1);
    expect(markColours.size).toBeGreaterThan(2);
    for (const colour of textColours) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
    for (const colour of markColours) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
  });

  it("every chart is role=img, labelled by its title and description; ids take the prefix, made safe", () => {
    const svg = barChart({ idPrefix: 's1 chart"><x', title: "<script>", locale: "de", rows: [] });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-labelledby="s1-chart---x-title s1-chart---x-desc"/);
    expect(svg).toContain('<title id="s1-chart---x-title">&lt;script&gt;</title><desc id="s1-chart---x-desc">');
  });

  it("a label too long for its column is cut with an ellipsis at a grapheme boundary", () => {
    expect(fitText("Musterstadt", 180, 13)).toBe("Musterstadt");
    const cut = fitText("Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsschrankschlüssel", 180, 13);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThan(30);
    // A family emoji or a flag is never split in half.
    expect(fitText("👨‍👩‍👧".repeat(40), 100, 13)).toMatch(/^(👨‍👩‍👧)+…$/);
    expect(fitText("\u202eabc\ud800", 100, 13)).toBe("abc\ufffd");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 20, max: 400 }), (text, width) => {
        const fitted = fitText(text, width, 13);
        // Never longer than the cleaned text plus the ellipsis, and a prefix of it.
        const clean = fitText(text, Number.POSITIVE_INFINITY, 13);
        expect(fitted === clean || (fitted.endsWith("…") && clean.startsWith(fitted.slice(0, -1)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
