import { COUNTING_RULES } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { networkCapabilitiesV1Schema } from "./capabilities-schema.js";
import { createReferenceNetwork, fullCapabilities, minimalCapabilities } from "../testkit/reference-network.js";
import { toCurrentAdapter } from "./adapter-registry.js";
import type { NetworkAdapterV1 } from "./network-adapter-v1.js";

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

describe("idempotencyWindowMs and contentWarnings", () => {
  it("are optional: declarations written before them stay valid", () => {
    expect(issuesOf({ ...fullCapabilities, idempotency: "native" })).toEqual([]);
    expect("idempotencyWindowMs" in fullCapabilities || "contentWarnings" in fullCapabilities).toBe(false);
  });

  it("accept Mastodon's one hour and a network that shows content warnings", () => {
    expect(issuesOf({ ...fullCapabilities, idempotency: "native", idempotencyWindowMs: 3_600_000, contentWarnings: true })).toEqual([]);
    expect(issuesOf({ ...minimalCapabilities, contentWarnings: false })).toEqual([]);
  });

  it("refuse a window that is not a positive whole number of milliseconds, saying so", () => {
    for (const wrong of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "1h", null]) {
      const issues = issuesOf({ ...fullCapabilities, idempotency: "native", idempotencyWindowMs: wrong });
      expect(issues, String(wrong)).toEqual([expect.stringMatching(/^idempotencyWindowMs: .*whole number of milliseconds above 0/)]);
    }
  });

  it("refuse a window on a network that does not dedupe by key itself", () => {
    for (const idempotency of ["lookup", "none"] as const) {
      expect(issuesOf({ ...fullCapabilities, idempotency, idempotencyWindowMs: 3_600_000 })).toEqual([
        expect.stringMatching(/^idempotencyWindowMs: .*only for idempotency "native"/),
      ]);
    }
  });

  it("make an adapter with a wrong window fail its registration with a message a developer can act on", () => {
    const adapter = createReferenceNetwork().adapter;
    const wrong = { ...adapter, capabilities: { ...adapter.capabilities, idempotencyWindowMs: "1h" } } as unknown as NetworkAdapterV1;
    expect(() => toCurrentAdapter(wrong)).toThrow(/- idempotencyWindowMs: must be a whole number of milliseconds above 0 \(Mastodon's one hour: 3600000\)/);
  });

  it("name a window on the wrong network beside other mistakes, and do not trip over a declaration that is not an object", () => {
    const issues = issuesOf({ ...fullCapabilities, idempotency: "lookup", idempotencyWindowMs: 3_600_000, threds: true, profile: "yes" });
    expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(/^idempotencyWindowMs: /), expect.stringMatching(/^profile: /), expect.stringMatching(/^: .*threds/)]));
    for (const wrong of [null, 42, "capabilities", []]) expect(issuesOf(wrong)).toHaveLength(1);
  });

  it("refuse a content-warning flag that is not a boolean", () => {
    expect(issuesOf({ ...fullCapabilities, contentWarnings: "yes" })).toEqual([expect.stringMatching(/^contentWarnings:/)]);
  });
});
