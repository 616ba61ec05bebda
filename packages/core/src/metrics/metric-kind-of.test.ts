import { describe, expect, it } from "vitest";
import { CoreError } from "../errors/core-errors.js";
import { isMetricKind, metricKindOf } from "./metric-kind-of.js";

function thrown(body: () => unknown): CoreError {
  try {
    body();
  } catch (error) {
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe("CORE_INVALID_ARGUMENT");
    return error as CoreError;
  }
  throw new Error("expected a throw");
}

describe("metricKindOf", () => {
  it("knows the standard metrics without declarations", () => {
    expect(metricKindOf("likes")).toBe("counter");
    expect(metricKindOf("followers")).toBe("gauge");
    expect(metricKindOf("first-response-hours")).toBe("observation");
  });

  it("takes an adapter's own declarations", () => {
    const extra = { "story-replies": "counter", "newsletter-subscribers": "gauge" } as const;
    expect(metricKindOf("story-replies", extra)).toBe("counter");
    expect(metricKindOf("newsletter-subscribers", extra)).toBe("gauge");
    expect(metricKindOf("likes", extra)).toBe("counter");
    expect(metricKindOf("likes", { likes: "counter" })).toBe("counter");
  });

  it("refuses an undeclared name, naming it and how to declare it", () => {
    const error = thrown(() => metricKindOf("story-replies"));
    expect(error.message).toContain('Metric "story-replies" has no declared kind');
    expect(error.message).toContain('defineMetricKinds({ "story-replies": "counter" })');
    expect(error.message).toContain("`kinds`");
    expect(thrown(() => metricKindOf("story-replies", { "story-views": "counter" })).message).toContain('"story-replies"');
  });

  it("finds no kind on Object.prototype", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(thrown(() => metricKindOf(name)).message).toContain("has no declared kind");
      expect(thrown(() => metricKindOf(name, {})).message).toContain("has no declared kind");
    }
    expect(metricKindOf("__proto__", JSON.parse('{"__proto__": "gauge"}'))).toBe("gauge");
  });

  it("refuses a declaration that gives a standard metric another kind", () => {
    const error = thrown(() => metricKindOf("likes", { likes: "gauge" }));
    expect(error.message).toBe('Metric "likes" is a standard metric, a counter; it cannot be declared as "gauge". Give the adapter\'s own metric a name of its own.');
  });

  it("refuses a declared kind that is no kind", () => {
    const error = thrown(() => metricKindOf("story-replies", { "story-replies": "total" } as never));
    expect(error.message).toBe('Metric "story-replies" is declared as "total", which is no metric kind; use one of counter, gauge, observation.');
  });

  it("refuses a name that is not a string", () => {
    expect(thrown(() => metricKindOf(42 as never)).message).toBe("A metric name must be a string, got 42.");
  });
});

describe("isMetricKind", () => {
  it("is true for the kinds only", () => {
    expect(["counter", "gauge", "observation"].every(isMetricKind)).toBe(true);
    expect([undefined, "Counter", "total", 1].some(isMetricKind)).toBe(false);
  });
});
