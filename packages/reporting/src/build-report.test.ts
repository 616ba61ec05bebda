import {
  BUILT_IN_KPIS,
  createKommune,
  createMemoryStore,
  MUSTERSTADT_CHANNELS,
  MUSTERSTADT_ORGANISATION,
  MUSTERSTADT_STRATEGY,
  TestClock,
  type Interaction,
  type KpiDefinition,
  type MetricSample,
  type Post,
} from "@kommune-sm/core";
import { fixtureOrganisation, fixturePost } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodLabel, RECOMMENDATION_RULES, reportFromData, type ReportData } from "./build-report.js";
import { parsePeriod, periodOfDay } from "./periods.js";
import { renderMarkdown } from "./render-text.js";
import type { PostSection, RecommendationSection, Report } from "./report.js";
import { reporting } from "./reporting-plugin.js";
import { ReportingError } from "./reporting-error.js";

const ZONE = "Europe/Berlin";
const MARCH = periodOfDay("month", "2027-03-01", ZONE);
const ORG = { id: "musterstadt", name: "Stadt Musterstadt", population: 24_310, timeZone: ZONE };
const CHANNEL = "mastodon-main";
const engagements: KpiDefinition = { id: "engagements-total", name: "Interaktionen", unit: "count", better: "higher", formula: { type: "sum", metric: "engagements" } };

const sample = (at: string, metric: string, value: number, postId?: string): MetricSample =>
  ({ organisationId: ORG.id, channelId: CHANNEL, at, metric, value, ...(postId === undefined ? {} : { postId }) }) as MetricSample;

const post = (id: string, publishedAt: string | undefined, findings: string[] = [], text = `Beitrag ${id}`): Post =>
  fixturePost(ORG.id, id, {
    state: publishedAt === undefined ? "draft" : "published",
    text,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(findings.length === 0
      ? {}
      : {
          checks: {
            revision: 1,
            contentHash: "0".repeat(64),
            at: "2027-03-01T08:00:00Z",
            findings: findings.map((code, index) => ({ id: `f${index}`, code, checkId: code.split("/")[0]!, severity: "warning", message: { de: code, en: code } })),
            accepted: [],
          },
        }),
  } as Partial<Post>);

const interaction = (id: string, receivedAt: string, firstResponseAt?: string): Interaction =>
  ({
    id,
    organisationId: ORG.id,
    channelId: CHANNEL,
    kind: "comment",
    externalId: id,
    author: { handle: "@buerger", displayName: "Bürger" },
    text: "Wann kommt die Müllabfuhr?",
    receivedAt,
    status: firstResponseAt === undefined ? "open" : "answered",
    ...(firstResponseAt === undefined ? {} : { firstResponseAt }),
    revision: 1,
  }) as unknown as Interaction;

/** Engagements of a post: a counter, read at publication and at the month's end. */
const engaged = (postId: string, at: string, total: number): MetricSample[] => [sample(at, "engagements", 0, postId), sample("2027-03-31T20:00:00Z", "engagements", total, postId)];

function data(overrides: Partial<ReportData> = {}): ReportData {
  return {
    organisation: ORG,
    channels: [{ id: CHANNEL }],
    samples: [
      ...engaged("p1", "2027-03-02T08:00:00Z", 120),
      ...engaged("p2", "2027-03-03T08:00:00Z", 15),
      ...engaged("p3", "2027-03-04T08:00:00Z", 80),
      ...engaged("p4", "2027-03-05T08:00:00Z", 5),
      ...engaged("p5", "2027-03-06T08:00:00Z", 9),
      // February: the period before.
      sample("2027-02-01T08:00:00Z", "engagements", 0, "old"),
      sample("2027-02-20T08:00:00Z", "engagements", 400, "old"),
    ],
    posts: [
      post("p1", "2027-03-02T08:00:00Z"),
      post("p2", "2027-03-03T08:00:00Z", ["plain-language/long-sentence"]),
      post("p3", "2027-03-04T08:00:00Z"),
      post("p4", "2027-03-05T08:00:00Z", ["plain-language/long-sentence", "accessibility/alt-text-missing"]),
      post("p5", "2027-03-06T08:00:00Z", ["plain-language/long-sentence"]),
      post("draft", undefined),
      post("old", "2027-02-01T08:00:00Z"),
    ],
    interactions: [
      interaction("i1", "2027-03-02T09:00:00Z", "2027-03-02T10:00:00Z"),
      interaction("i2", "2027-03-03T09:00:00Z", "2027-03-05T09:00:00Z"),
      interaction("i3", "2027-03-04T09:00:00Z", "2027-03-07T09:00:00Z"),
      interaction("i4", "2027-03-30T09:00:00Z"),
    ],
    kpis: [engagements],
    goals: [],
    now: Date.parse("2027-04-02T06:00:00Z"),
    ...overrides,
  };
}

const section = <Kind extends Report["sections"][number]["kind"]>(report: Report, kind: Kind, at = 0) => report.sections.filter((each) => each.kind === kind)[at] as Extract<Report["sections"][number], { kind: Kind }> | undefined;
const rules = (report: Report) => (section(report, "recommendations") as RecommendationSection).rows.map((row) => row.rule);

describe("a report from an organisation's data", () => {
  it("gives each KPI with the period before, the best and the weakest posts with their findings, and the response times", () => {
    const report = reportFromData(data(), { period: MARCH });
    expect(report.title).toBe("Monatsbericht Social Media März 2027");
    expect(report.organisation).toEqual({ id: ORG.id, name: ORG.name });
    expect(report.createdAt).toBe("2027-04-02T06:00:00.000Z");
    const kpis = section(report, "kpis")!;
    expect(kpis.rows[0]!.result).toMatchObject({ status: "value", value: 229 });
    expect(kpis.rows[0]!.previous).toMatchObject({ status: "value", value: 400 });

    const top = section(report, "posts", 0) as PostSection;
    const flop = section(report, "posts", 1) as PostSection;
    expect(top.title).toBe("Beiträge, die am besten liefen");
    expect(top.rows.map((row) => [row.postId, row.figure])).toEqual([["p1", 120], ["p3", 80], ["p2", 15]]);
    // The weakest first; a post is never on both lists.
    expect(flop.rows.map((row) => [row.postId, row.figure])).toEqual([["p4", 5], ["p5", 9]]);
    expect(flop.rows[0]!.findings).toEqual(["accessibility/alt-text-missing", "plain-language/long-sentence"]);
    expect(flop.rows[0]!.channelId).toBe(CHANNEL);

    const responses = section(report, "response-times")!.report.overall;
    expect(responses).toMatchObject({ received: 4, answered: 3, waiting: 1 });
  });

  it("recommends by the stated rules only, each citing the figures it rests on", () => {
    const report = reportFromData(data(), { period: MARCH });
    const rows = (section(report, "recommendations") as RecommendationSection).rows;
    for (const row of rows) expect(RECOMMENDATION_RULES.map((rule) => rule.id)).toContain(row.rule);
    // 229 after 400: 43 % worse.
    expect(rows.find((row) => row.rule === "kpi-worse")).toMatchObject({ figures: { value: 229, previous: 400 } });
    expect(rows.find((row) => row.rule === "kpi-worse")!.text).toContain("229 nach 400");
    // One of the three known outcomes within 24 h (i4 waited over 24 h and counts as late).
    const slow = rows.find((row) => row.rule === "answers-slow")!;
    expect(slow.figures.shareWithin).toBeCloseTo(1 / 4);
    expect(slow.text).toContain("Nur 25 %");
    expect(rows.find((row) => row.rule === "answers-waiting")).toMatchObject({ figures: { waiting: 1 } });
    // "long-sentence" is on both weakest posts and on the best's p2: not cited. Alt text only on one.
    expect(rows.filter((row) => row.rule === "findings-in-flop")).toEqual([]);
    expect(rules(report)).not.toContain("no-posts");

    const quiet = reportFromData(
      data({
        samples: [...engaged("p1", "2027-03-02T08:00:00Z", 120), sample("2027-02-20T08:00:00Z", "engagements", 0, "p1")],
        interactions: [interaction("i1", "2027-03-02T09:00:00Z", "2027-03-02T10:00:00Z")],
      }),
      { period: MARCH },
    );
    expect(rules(quiet)).toEqual([]);
  });

  it("names a finding that sits on the weakest posts and on none of the best", () => {
    const posts = data().posts.map((each) => (each.id === "p2" ? post("p2", "2027-03-03T08:00:00Z") : each));
    const report = reportFromData(data({ posts }), { period: MARCH, locale: "en" });
    const finding = (section(report, "recommendations") as RecommendationSection).rows.find((row) => row.rule === "findings-in-flop")!;
    expect(finding.figures).toEqual({ weakest: 2, best: 0 });
    expect(finding.text).toContain("“plain-language/long-sentence” is on 2 of the 2 weakest posts");
    expect(report.title).toBe("Monthly social media report March 2027");
  });

  it("says so when nothing was published, and has no post lists", () => {
    const report = reportFromData(data({ posts: [post("draft", undefined)] }), { period: MARCH });
    expect(rules(report)).toContain("no-posts");
    expect(section(report, "posts")).toBeUndefined();
  });

  it("cuts a long post to an excerpt at a word, never inside a surrogate pair", () => {
    const long = `${"Wort ".repeat(40)}Ende`;
    const emoji = "🎉".repeat(100);
    const report = reportFromData(data({ posts: [post("p1", "2027-03-02T08:00:00Z", [], long), post("p3", "2027-03-04T08:00:00Z", [], emoji)] }), { period: MARCH });
    const rows = (section(report, "posts") as PostSection).rows;
    expect(rows[0]!.excerpt).toMatch(/^Wort( Wort)* …$/);
    expect(rows[0]!.excerpt.length).toBeLessThanOrEqual(142);
    expect(rows[1]!.excerpt).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("names periods as readers do", () => {
    expect(periodLabel(parsePeriod("2027-03", ZONE), "de")).toBe("März 2027");
    expect(periodLabel(parsePeriod("2027-W12", ZONE), "de")).toBe("KW 12/2027");
    expect(periodLabel(parsePeriod("2027-W12", ZONE), "en")).toBe("Week 12, 2027");
    expect(periodLabel(parsePeriod("2027-Q1", ZONE), "de")).toBe("1. Quartal 2027");
    expect(periodLabel(parsePeriod("2027-03-28", ZONE), "en")).toBe("28 March 2027");
    expect(periodLabel(parsePeriod("0099", ZONE), "de")).toBe("0099");
  });

  it("ranks any posts: the best list descending, the weakest ascending, never the same post twice, at most `topPosts` each", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (figures, topPosts) => {
        const posts = figures.map((_figure, index) => post(`p${index}`, `2027-03-${String(2 + index).padStart(2, "0")}T08:00:00Z`));
        const samples = figures.flatMap((figure, index) => engaged(`p${index}`, `2027-03-${String(2 + index).padStart(2, "0")}T08:00:00Z`, figure));
        const report = reportFromData(data({ posts, samples }), { period: MARCH, topPosts });
        const lists = report.sections.filter((each): each is PostSection => each.kind === "posts");
        const [top, flop] = [lists[0]?.rows ?? [], lists[1]?.rows ?? []];
        expect(top.length).toBe(Math.min(topPosts, figures.length));
        expect(flop.length).toBe(Math.min(topPosts, figures.length - top.length));
        for (let index = 1; index < top.length; index++) expect(top[index - 1]!.figure).toBeGreaterThanOrEqual(top[index]!.figure);
        for (let index = 1; index < flop.length; index++) expect(flop[index - 1]!.figure).toBeLessThanOrEqual(flop[index]!.figure);
        const ids = [...top, ...flop].map((row) => row.postId);
        expect(new Set(ids).size).toBe(ids.length);
        if (flop.length > 0) expect(Math.min(...top.map((row) => row.figure))).toBeGreaterThanOrEqual(Math.max(...flop.map((row) => row.figure)));
        expect(rules(report).includes("no-posts")).toBe(figures.length === 0);
      }),
      { numRuns: 60 },
    );
  });

  it("fires `answers-slow` exactly when the share answered in time is below the threshold", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 96 }), { nil: undefined }), { minLength: 1, maxLength: 12 }), fc.constantFrom(0.5, 0.8, 0.95), (hours, threshold) => {
        const interactions = hours.map((wait, index) => {
          const received = Date.parse("2027-03-10T08:00:00Z") + index * 60_000;
          return interaction(`i${index}`, new Date(received).toISOString(), wait === undefined ? undefined : new Date(received + wait * 3_600_000).toISOString());
        });
        const report = reportFromData(data({ interactions }), { period: MARCH, thresholds: { shareWithin: threshold } });
        const share = section(report, "response-times")!.report.overall.shareWithin;
        expect(rules(report).includes("answers-slow")).toBe(share !== undefined && share < threshold);
        expect(rules(report).includes("answers-waiting")).toBe(hours.includes(undefined));
      }),
      { numRuns: 60 },
    );
  });
});

describe("the plugin's buildReport", () => {
  async function setup() {
    const reports = reporting();
    const clock = new TestClock("2027-04-02T06:00:00Z");
    const store = createMemoryStore();
    await store.organisations.save(MUSTERSTADT_ORGANISATION);
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, clock, plugins: [reports] });
    for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
    await reports.saveStrategy(MUSTERSTADT_STRATEGY);
    const own = data();
    for (const each of own.posts) await ksm.store.posts.insert(each);
    for (const each of own.interactions) await ksm.store.interactions.insert(each);
    await ksm.store.metrics.append([...own.samples, sample("2027-02-01T08:00:00Z", "reach", 1000, "p1"), sample("2027-03-01T08:00:00Z", "reach", 1000, "p1"), sample("2027-03-31T08:00:00Z", "reach", 3431, "p1")]);
    return { ksm, reports, store };
  }

  it("writes last month's report from the store, in the organisation's language, with the KPIs in force and the goals", async () => {
    const { ksm, reports } = await setup();
    const report = await reports.buildReport();
    expect(report.period.key).toBe("2027-03");
    expect(report.locale).toBe("de");
    const kpiIds = section(report, "kpis")!.rows.map((row) => row.kpiId);
    for (const kpi of BUILT_IN_KPIS) expect(kpiIds).toContain(kpi.id);
    for (const kpi of MUSTERSTADT_STRATEGY.kpis) expect(kpiIds).toContain(kpi.id);
    expect(section(report, "goals")!.rows.map((row) => row.statement)).toEqual(MUSTERSTADT_STRATEGY.goals.map((goal) => goal.statement));
    expect((section(report, "posts") as PostSection).rows[0]!.postId).toBe("p1");
    // Rendered by a renderer the plugin registered.
    const markdown = ksm.registries.renderers.get("markdown")!.render(report);
    expect(markdown).toContain("# Monatsbericht Social Media März 2027");
    expect(renderMarkdown(report)).toBe(markdown);
    await ksm.dispose();
  });

  it("takes a period by its key and the KPIs asked for, and refuses an unknown period or KPI clearly", async () => {
    const { ksm, reports } = await setup();
    const report = await reports.buildReport({ period: "2027-Q1", kpiIds: ["reach-per-1000-inhabitants"], locale: "en" });
    expect(report.title).toBe("Quarterly social media report Q1 2027");
    expect(section(report, "kpis")!.rows.map((row) => row.kpiId)).toEqual(["reach-per-1000-inhabitants"]);
    await expect(reports.buildReport({ period: "März 2027" })).rejects.toMatchObject({ code: "REPORTING_INVALID_PERIOD" });
    const unknown = await reports.buildReport({ kpiIds: ["klicks"] }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(ReportingError);
    expect((unknown as ReportingError).message).toContain('no KPI "klicks" is in force');
    await expect(reports.buildReport({ locale: "fr" as "de" })).rejects.toMatchObject({ code: "REPORTING_INVALID_REQUEST" });
    await ksm.dispose();
  });

  it("compares the town with its neighbours from one store, each from its own data", async () => {
    const { ksm, reports, store } = await setup();
    for (const [id, population, reach] of [["nachbarhausen", 8_000, 4_000], ["beispieldorf", 2_500, 500]] as const) {
      await store.organisations.save(fixtureOrganisation(id, { population }));
      await store.tenant(id).channels.insert({ ...MUSTERSTADT_CHANNELS[0]!, organisationId: id });
      await store.tenant(id).metrics.append([{ organisationId: id, channelId: "mastodon-main", postId: `${id}-1`, at: "2027-03-10T08:00:00Z", metric: "reach", value: reach } as MetricSample]);
    }
    const report = await reports.buildReport({ compareWith: { store, organisationIds: ["nachbarhausen", "beispieldorf"] } });
    const comparison = section(report, "comparison")!;
    expect(comparison.comparison.rows.map((row) => [row.organisationId, row.compared])).toEqual([
      // The accounts newly reached in March: 3,431 − 1,000 on 24,310 inhabitants.
      ["musterstadt", expect.closeTo(2431 / 24.31, 6)],
      ["nachbarhausen", 500],
      ["beispieldorf", 200],
    ]);
    expect(comparison.comparison.rows[0]!.rank).toBe(3);
    await ksm.dispose();
  });
});
