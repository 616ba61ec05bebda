import { createKommune, createMemoryStore, MUSTERSTADT_CHANNELS, MUSTERSTADT_ORGANISATION, MUSTERSTADT_STRATEGY, TestClock, type Interaction, type MetricSample, type Post } from "@kommune-sm/core";
import { fixtureOrganisation, fixturePost } from "@kommune-sm/core/testkit";
import { describe, expect, it } from "vitest";
import type { Report, ReportLocale } from "./report.js";
import { reporting } from "./reporting-plugin.js";
import { BROWSER_TIMEOUTS, browserTestsSkipped, formatViolations, useHeadlessBrowser, violationsAtLeast } from "./test-support/headless-browser.js";

/*
 * The HTML report as a reader's browser shows it: built by the plugin from a
 * store (KPIs, goals, response times, posts, a comparison, recommendations),
 * rendered by the renderer the plugin registered, opened in a real headless
 * Chromium. Text from citizens in it tries to run script and break out of
 * attributes; none of it may act.
 */

const ORG = MUSTERSTADT_ORGANISATION.id;
const CHANNEL = MUSTERSTADT_CHANNELS[0]!.id;
const HOSTILE = `<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned=2">\u202Etxt.exe`;

const sample = (at: string, metric: string, value: number, postId?: string): MetricSample =>
  ({ organisationId: ORG, channelId: CHANNEL, at, metric, value, ...(postId === undefined ? {} : { postId }) }) as MetricSample;

function posts(): Post[] {
  return ["Sperrmüll am Samstag", "Kita-Anmeldung ab Montag", HOSTILE, "Straßenfest in der Altstadt", "Neue Öffnungszeiten im Bürgerbüro"].map((text, index) =>
    fixturePost(ORG, `p${index}`, { state: "published", text, publishedAt: `2027-03-${String(3 + index * 5).padStart(2, "0")}T08:00:00.000Z` }),
  );
}

function samples(): MetricSample[] {
  const figures = [180, 75, 12, 240, 30];
  return [
    ...figures.flatMap((figure, index) => {
      const at = `2027-03-${String(3 + index * 5).padStart(2, "0")}T09:00:00.000Z`;
      return [sample(at, "engagements", 0, `p${index}`), sample("2027-03-30T20:00:00.000Z", "engagements", figure, `p${index}`), sample(at, "impressions", 0, `p${index}`), sample("2027-03-30T20:00:00.000Z", "impressions", figure * 20, `p${index}`), sample(at, "reach", 0, `p${index}`), sample("2027-03-30T20:00:00.000Z", "reach", figure * 9, `p${index}`)];
    }),
    sample("2027-02-10T09:00:00.000Z", "engagements", 0, "old"),
    sample("2027-02-25T09:00:00.000Z", "engagements", 900, "old"),
    sample("2027-02-28T12:00:00.000Z", "followers", 3100),
    sample("2027-03-31T12:00:00.000Z", "followers", 3350),
  ];
}

function interactions(): Interaction[] {
  return [1, 5, 30, 2, 70, undefined].map(
    (hours, index) =>
      ({
        id: `i${index}`,
        organisationId: ORG,
        channelId: CHANNEL,
        kind: "comment",
        externalId: `i${index}`,
        author: { handle: "@buerger", displayName: index === 0 ? HOSTILE : "Bürgerin" },
        text: index === 0 ? HOSTILE : "Wann wird die Straße wieder frei?",
        receivedAt: `2027-03-${String(10 + index).padStart(2, "0")}T09:00:00.000Z`,
        status: hours === undefined ? "open" : "answered",
        ...(hours === undefined ? {} : { firstResponseAt: new Date(Date.parse(`2027-03-${String(10 + index).padStart(2, "0")}T09:00:00.000Z`) + hours * 3_600_000).toISOString() }),
        revision: 1,
      }) as unknown as Interaction,
  );
}

async function renderedReport(locale: ReportLocale): Promise<{ html: string; report: Report }> {
  const store = createMemoryStore();
  const reports = reporting();
  await store.organisations.save(MUSTERSTADT_ORGANISATION);
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, clock: new TestClock("2027-04-02T06:00:00Z"), plugins: [reports] });
  try {
    for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
    await reports.saveStrategy(MUSTERSTADT_STRATEGY);
    for (const post of posts()) await ksm.store.posts.insert(post);
    for (const interaction of interactions()) await ksm.store.interactions.insert(interaction);
    await ksm.store.metrics.append(samples());
    for (const [id, name, population, reach] of [["nachbarhausen", "Gemeinde Nachbarhausen", 8_000, 4_000], ["beispieldorf", `Markt ${HOSTILE}`, 2_500, 500]] as const) {
      await store.organisations.save(fixtureOrganisation(id, { name, population }));
      await store.tenant(id).channels.insert({ ...MUSTERSTADT_CHANNELS[0]!, organisationId: id });
      await store.tenant(id).metrics.append([{ organisationId: id, channelId: CHANNEL, postId: `${id}-1`, at: "2027-03-10T08:00:00.000Z", metric: "reach", value: reach } as MetricSample]);
    }
    const report = await reports.buildReport({ locale, compareWith: { store, organisationIds: ["nachbarhausen", "beispieldorf"] } });
    const html = await ksm.registries.renderers.require("html").render(report);
    if (typeof html !== "string") throw new Error("the HTML renderer wrote bytes");
    return { html, report };
  } finally {
    await ksm.dispose();
  }
}

describe.skipIf(browserTestsSkipped())("the HTML report in a real browser", { timeout: BROWSER_TIMEOUTS.test }, () => {
  const browser = useHeadlessBrowser();

  for (const locale of ["de", "en"] as const) {
    it(`${locale}: opens without errors, draws its charts with their text alternatives, passes an axe audit on screen and in print, and keeps a screenshot`, async () => {
      const { html, report } = await renderedReport(locale);
      const page = await browser().openHtml(html);
      try {
        expect(page.problems()).toEqual([]);
        // Expressions, not functions: they run in the page, whose DOM this Node program's types do not know.
        const charts = (await page.evaluate(`[...document.querySelectorAll("svg[role=img]")].map((svg) => {
          const box = svg.getBoundingClientRect();
          const named = (svg.getAttribute("aria-labelledby") ?? "").split(/\\s+/).filter(Boolean);
          return {
            width: box.width,
            height: box.height,
            bars: [...svg.querySelectorAll("rect")].filter((rect) => rect.getBoundingClientRect().width > 0).length,
            label: named.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
          };
        })`)) as { width: number; height: number; bars: number; label: string }[];
        // KPIs, goals, response times, the two post lists and the comparison each have a chart.
        expect(charts.length).toBeGreaterThanOrEqual(5);
        for (const chart of charts) {
          expect(chart.width).toBeGreaterThan(100);
          expect(chart.height).toBeGreaterThan(20);
          expect(chart.bars).toBeGreaterThan(0);
          expect(chart.label.trim().length).toBeGreaterThan(0);
        }
        // Every section's figures are in a table as well.
        const tables = (await page.evaluate(`[...document.querySelectorAll("table")].map((table) => ({ caption: table.caption?.textContent ?? "", headers: table.querySelectorAll("th").length }))`)) as { caption: string; headers: number }[];
        expect(tables.length).toBeGreaterThanOrEqual(report.sections.filter((section) => section.kind !== "text" && section.kind !== "recommendations").length);
        for (const table of tables) {
          expect(table.caption.length).toBeGreaterThan(0);
          expect(table.headers).toBeGreaterThan(0);
        }
        expect(await page.evaluate(`document.documentElement.lang`)).toBe(locale);
        expect(await page.evaluate(`document.querySelector("h1")?.textContent`)).toBe(report.title);

        const serious = violationsAtLeast(await page.axe(), "serious");
        expect(serious, formatViolations(serious)).toEqual([]);
        const shot = await page.screenshot(`html-report/report-${locale}.png`);
        expect(shot).toMatch(/report-(de|en)\.png$/);
      } finally {
        await page.close();
      }
      const printed = await browser().openHtml(html, { media: "print" });
      try {
        expect(printed.problems()).toEqual([]);
        const serious = violationsAtLeast(await printed.axe(), "serious");
        expect(serious, formatViolations(serious)).toEqual([]);
      } finally {
        await printed.close();
      }
    });
  }

  it("shows citizens' script tags and attribute breakouts as text: nothing runs, no element is added", async () => {
    const { html } = await renderedReport("de");
    const page = await browser().openHtml(html);
    try {
      expect(page.problems()).toEqual([]);
      const found = (await page.evaluate(`({
        pwned: window.__pwned ?? null,
        scripts: document.querySelectorAll("script").length,
        images: document.querySelectorAll("img").length,
        handlers: [...document.querySelectorAll("*")].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith("on"))).length,
        text: document.body.textContent ?? "",
      })`)) as { pwned: number | null; scripts: number; images: number; handlers: number; text: string };
      expect(found).toMatchObject({ pwned: null, scripts: 0, images: 0, handlers: 0 });
      // The hostile post (the weakest) and the neighbour's name show as written, without the bidi control.
      expect(found.text).toContain("<script>window.__pwned = 1</script>");
      expect(found.text).toContain("Markt <script>");
      expect(found.text).not.toContain("\u202E");
    } finally {
      await page.close();
    }
  });
});
