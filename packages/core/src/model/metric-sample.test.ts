import { describe, expect, it } from "vitest";
import { MetricSampleSchema } from "./metric-sample.js";
import { expectCatalogueIssue, issueAt, parsed, validMetricSample } from "./test-support.js";

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

describe("MetricSampleSchema: source", () => {
  const source = { network: "mastodon", remoteId: "112233445566", collectedAt: "2027-06-11T08:00:05+02:00" };

  it("keeps where a sample came from, with collectedAt normalised to UTC", () => {
    expect(parsed(MetricSampleSchema, { ...validMetricSample, source }).source).toEqual({
      network: "mastodon",
      remoteId: "112233445566",
      collectedAt: "2027-06-11T06:00:05.000Z",
    });
    expect(parsed(MetricSampleSchema, { ...validMetricSample, postId: undefined, source: { network: "mastodon", collectedAt: source.collectedAt } }).source).toEqual({
      network: "mastodon",
      collectedAt: "2027-06-11T06:00:05.000Z",
    });
  });

  it("still accepts a sample without source, as stored before sources were recorded", () => {
    const sample = parsed(MetricSampleSchema, validMetricSample);
    expect(sample).not.toHaveProperty("source");
    expect(parsed(MetricSampleSchema, JSON.parse(JSON.stringify(sample)))).toEqual(sample);
  });

  it("names the wrong field of a source, in German and in English", () => {
    expectCatalogueIssue(MetricSampleSchema, { ...validMetricSample, source: { ...source, network: "Mastodon" } }, "source.network", "adapter-id.format");
    expect(issueAt(MetricSampleSchema, { ...validMetricSample, source: { ...source, network: "m".repeat(65) } }, "source.network").de.code).toBe("too_big");
    expect(issueAt(MetricSampleSchema, { ...validMetricSample, source: { ...source, remoteId: "" } }, "source.remoteId").de.code).toBe("too_small");
    expect(issueAt(MetricSampleSchema, { ...validMetricSample, source: { ...source, remoteId: "9".repeat(513) } }, "source.remoteId").de.code).toBe("too_big");
    expectCatalogueIssue(MetricSampleSchema, { ...validMetricSample, source: { ...source, remoteId: "\uD83D" } }, "source.remoteId", "text.ill-formed", {
      field: "source.remoteId",
    });
    const missing = issueAt(MetricSampleSchema, { ...validMetricSample, source: { network: "mastodon" } }, "source.collectedAt");
    expect(missing.de.code).toBe("invalid_type");
    expect(missing.en.message).toMatch(/expected string/);
    expect(issueAt(MetricSampleSchema, { ...validMetricSample, source: { ...source, collectedAt: "2027-06-11 08:00" } }, "source.collectedAt").de.code).toBe("invalid_format");
    expectCatalogueIssue(MetricSampleSchema, { ...validMetricSample, source: { ...source, collectedAt: "2200-01-01T00:00:00Z" } }, "source.collectedAt", "instant.out-of-range", {
      field: "source.collectedAt",
      minYear: 1970,
      maxYear: 2199,
    });
  });

  it("rejects a source that is not an object", () => {
    for (const bad of ["mastodon", null, 42]) {
      expect(issueAt(MetricSampleSchema, { ...validMetricSample, source: bad }, "source").de.code).toBe("invalid_type");
    }
  });
});
