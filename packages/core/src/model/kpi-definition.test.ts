import { describe, expect, it } from "vitest";
import { BUILT_IN_KPIS, KpiDefinitionSchema, METRIC_NAMES } from "./kpi-definition.js";
import { issueAt, parsed, validKpi } from "./test-support.js";

describe("KpiDefinitionSchema", () => {
  it("accepts each kind of formula", () => {
    const formulas = [
      { type: "ratio", numerator: "clicks", denominator: "impressions" },
      { type: "growth", metric: "followers", relative: false },
      { type: "per-inhabitants", metric: "reach", per: 100 },
      { type: "quantile", metric: "first-response-hours", q: 0.9 },
      { type: "share-within", metric: "first-response-hours", threshold: 4 },
      { type: "sum", metric: "story-replies" },
      { type: "mean", metric: "likes" },
    ];
    for (const formula of formulas) expect(parsed(KpiDefinitionSchema, { ...validKpi, formula }).formula).toEqual(formula);
  });

  it("counts per 1,000 inhabitants unless told otherwise", () => {
    const kpi = parsed(KpiDefinitionSchema, { ...validKpi, formula: { type: "per-inhabitants", metric: "reach" } });
    expect(kpi.formula).toEqual({ type: "per-inhabitants", metric: "reach", per: 1000 });
  });

  it("rejects an unknown formula type on formula.type", () => {
    const { de, en } = issueAt(KpiDefinitionSchema, { ...validKpi, formula: { type: "median", metric: "likes" } }, "formula.type");
    expect(de.message).toMatch(/Ungültig/);
    expect(en.message).toMatch(/Invalid/);
  });

  it("rejects a quantile outside 0 to 1 and a missing metric", () => {
    expect(issueAt(KpiDefinitionSchema, { ...validKpi, formula: { type: "quantile", metric: "likes", q: 1.5 } }, "formula.q").de.code).toBe("too_big");
    expect(issueAt(KpiDefinitionSchema, { ...validKpi, formula: { type: "sum" } }, "formula.metric").de.code).toBe("invalid_type");
    expect(issueAt(KpiDefinitionSchema, { ...validKpi, formula: { type: "ratio", numerator: "", denominator: "impressions" } }, "formula.numerator").de.code).toBe("too_small");
  });

  it("rejects an unknown unit and direction", () => {
    expect(issueAt(KpiDefinitionSchema, { ...validKpi, unit: "euro" }, "unit").de.code).toBe("invalid_value");
    expect(issueAt(KpiDefinitionSchema, { ...validKpi, better: "up" }, "better").de.code).toBe("invalid_value");
  });
});

describe("BUILT_IN_KPIS", () => {
  const byId = new Map(BUILT_IN_KPIS.map((kpi) => [kpi.id, kpi]));

  it("are valid KPI definitions with unique ids", () => {
    for (const kpi of BUILT_IN_KPIS) expect(parsed(KpiDefinitionSchema, kpi)).toEqual(kpi);
    expect(byId.size).toBe(BUILT_IN_KPIS.length);
  });

  it("define the five recommended municipal KPIs", () => {
    expect(byId.get("engagement-rate")).toMatchObject({
      unit: "percent",
      better: "higher",
      formula: { type: "ratio", numerator: "engagements", denominator: "impressions", factor: 100 },
    });
    expect(byId.get("follower-growth")?.formula).toEqual({ type: "growth", metric: "followers", relative: true });
    expect(byId.get("reach-per-1000-inhabitants")?.formula).toEqual({ type: "per-inhabitants", metric: "reach", per: 1000 });
    expect(byId.get("median-first-response-hours")).toMatchObject({
      unit: "hours",
      better: "lower",
      formula: { type: "quantile", metric: "first-response-hours", q: 0.5 },
    });
    expect(byId.get("share-answered-within-24h")?.formula).toEqual({ type: "share-within", metric: "first-response-hours", threshold: 24 });
  });

  it("only refer to standard metrics", () => {
    const metrics = BUILT_IN_KPIS.flatMap((kpi) =>
      kpi.formula.type === "ratio" ? [kpi.formula.numerator, kpi.formula.denominator] : [kpi.formula.metric],
    );
    for (const metric of metrics) expect(METRIC_NAMES).toContain(metric);
  });

  it("cannot be changed by a consumer", () => {
    expect(Object.isFrozen(BUILT_IN_KPIS)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_KPIS[0])).toBe(true);
  });
});
