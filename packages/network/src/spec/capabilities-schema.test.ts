import { COUNTING_RULES } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { networkCapabilitiesV1Schema } from "./capabilities-schema.js";
import { fullCapabilities, minimalCapabilities } from "../testkit/reference-network.js";

const issuesOf = (value: unknown) => {
  const result = networkCapabilitiesV1Schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("networkCapabilitiesV1Schema", () => {
  it("accepts full and minimal declarations, and every built-in counting rule", () => {
    expect(issuesOf(fullCapabilities)).toEqual([]);
    expect(issuesOf(minimalCapabilities)).toEqual([]);
    for (const text of Object.values(COUNTING_RULES)) expect(issuesOf({ ...fullCapabilities, text })).toEqual([]);
  });

  it("names what is wrong", () => {
    const wrong = {
      ...fullCapabilities,
      text: { ...fullCapabilities.text, limits: [{ unit: "graphemes", max: 0 }] },
      media: { ...fullCapabilities.media, kinds: ["image", "image", "hologram"], maxBytes: { image: -1 } },
      metrics: ["likes", 3],
      interactions: { comments: false, mentions: false, directMessages: false, reply: true },
      idempotency: "sometimes",
      rateLimits: [{ requests: 10, perMilliseconds: 0, scope: "account", operations: [] }],
      altText: "required",
    };
    const issues = issuesOf(wrong).join("\n");
    for (const path of ["text", "media.kinds.2", "media.maxBytes.image", "metrics.1", "interactions", "idempotency", "rateLimits.0.perMilliseconds", "rateLimits.0.operations", ""]) {
      expect(issues).toMatch(new RegExp(`^${path.replaceAll(".", "\\.")}:`, "m"));
    }
    expect(issues).toMatch(/every text limit must be positive/);
    expect(issues).toMatch(/reply needs something to reply to/);
  });

  it("requires maxItems 0 exactly for a text-only network", () => {
    expect(issuesOf({ ...fullCapabilities, media: { kinds: [], maxItems: 2, altText: "unsupported" } })).toEqual(["media: maxItems is 0 exactly when kinds is empty"]);
    expect(issuesOf({ ...fullCapabilities, media: { kinds: ["image"], maxItems: 0, altText: "supported" } })).toHaveLength(1);
  });
});
