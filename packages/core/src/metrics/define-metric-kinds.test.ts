import { describe, expect, it } from "vitest";
import { defineMetricKinds } from "./define-metric-kinds.js";
import { metricKindOf } from "./metric-kind-of.js";

describe("defineMetricKinds", () => {
  it("returns a frozen copy that metricKindOf reads", () => {
    const input: Record<string, "counter" | "gauge"> = { "story-replies": "counter", "newsletter-subscribers": "gauge", likes: "counter" };
    const kinds = defineMetricKinds(input);
    expect(Object.isFrozen(kinds)).toBe(true);
    input["story-replies"] = "gauge";
    expect(metricKindOf("story-replies", kinds)).toBe("counter");
    expect(metricKindOf("newsletter-subscribers", kinds)).toBe("gauge");
  });

  it("lists every problem at once", () => {
    let message = "";
    try {
      defineMetricKinds({ "": "counter", likes: "gauge", "story-replies": "sum", ["x".repeat(129)]: "gauge", "bad\uD800": "counter" } as never);
    } catch (error) {
      expect((error as { code?: string }).code).toBe("CORE_INVALID_ARGUMENT");
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([
      "Invalid metric kinds:",
      '  - "" is no metric name: it must be 1 to 128 characters of well-formed text.',
      '  - Metric "likes" is a standard metric, a counter; it cannot be declared as "gauge". Give the adapter\'s own metric a name of its own.',
      '  - Metric "story-replies" is declared as "sum", which is no metric kind; use one of counter, gauge, observation.',
      `  - "${"x".repeat(129)}" is no metric name: it must be 1 to 128 characters of well-formed text.`,
      '  - "bad\\ud800" is no metric name: it must be 1 to 128 characters of well-formed text.',
    ]);
  });

  it("refuses what is not an object of declarations", () => {
    for (const bad of [null, "counter", ["counter"]]) {
      expect(() => defineMetricKinds(bad as never)).toThrow(/Metric kinds must be an object of metric name to kind/);
    }
  });
});
