import { describe, expect, it } from "vitest";
import { METRIC_NAMES } from "../model/kpi-definition.js";
import { METRIC_KINDS, MetricKindSchema, STANDARD_METRIC_KINDS } from "./metric-kind.js";
import { metricKindOf } from "./metric-kind-of.js";

describe("STANDARD_METRIC_KINDS", () => {
  it("declares a kind for every standard metric name, so a name added without one fails here", () => {
    for (const name of METRIC_NAMES) {
      expect(METRIC_KINDS, `kind of "${name}"`).toContain(STANDARD_METRIC_KINDS[name]);
      expect(metricKindOf(name)).toBe(STANDARD_METRIC_KINDS[name]);
    }
  });

  it("declares no name that METRIC_NAMES does not have", () => {
    expect(Object.keys(STANDARD_METRIC_KINDS).sort()).toEqual([...METRIC_NAMES].sort());
  });

  it("reads running totals as counters, followers as a gauge, response times as observations", () => {
    expect(STANDARD_METRIC_KINDS).toEqual({
      impressions: "counter",
      reach: "counter",
      engagements: "counter",
      likes: "counter",
      shares: "counter",
      comments: "counter",
      followers: "gauge",
      clicks: "counter",
      "first-response-hours": "observation",
      "video-views": "counter",
    });
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(STANDARD_METRIC_KINDS)).toBe(true);
    expect(Object.isFrozen(METRIC_KINDS)).toBe(true);
    expect(() => {
      (STANDARD_METRIC_KINDS as Record<string, string>).likes = "gauge";
    }).toThrow(TypeError);
    expect(metricKindOf("likes")).toBe("counter");
  });

  it("has a schema that accepts exactly the kinds", () => {
    for (const kind of METRIC_KINDS) expect(MetricKindSchema.parse(kind)).toBe(kind);
    expect(MetricKindSchema.safeParse("total").success).toBe(false);
  });
});
