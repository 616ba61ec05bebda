import { describe, expect, it } from "vitest";
import { MetricSampleSchema } from "./metric-sample.js";
import { issueAt, parsed, validMetricSample } from "./test-support.js";

describe("MetricSampleSchema", () => {
  it("accepts a sample of a standard or an adapter's own metric", () => {
    expect(parsed(MetricSampleSchema, validMetricSample).at).toBe("2027-06-11T06:00:00.000Z");
    expect(parsed(MetricSampleSchema, { ...validMetricSample, metric: "story-replies", value: 0.5 }).metric).toBe("story-replies");
  });

  it("rejects a value that is not a finite number", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, "1830", null]) {
      const { de, en } = issueAt(MetricSampleSchema, { ...validMetricSample, value }, "value");
      expect(de.code).toBe("invalid_type");
      expect(de.message).toMatch(/erwartet Zahl/);
      expect(en.message).toMatch(/expected number/);
    }
  });

  it("rejects an empty metric name", () => {
    expect(issueAt(MetricSampleSchema, { ...validMetricSample, metric: "" }, "metric").de.code).toBe("too_small");
  });
});
