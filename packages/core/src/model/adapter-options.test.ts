import { describe, expect, it } from "vitest";
import { ADAPTER_OPTIONS_LIMITS, AdapterOptionsSchema } from "./adapter-options.js";
import { expectCatalogueIssue, issuesOf, parsed } from "./test-support.js";

describe("AdapterOptionsSchema", () => {
  it("accepts JSON settings per adapter", () => {
    const options = { mastodon: { visibility: "unlisted", spoiler: null, sensitive: false, langs: ["de", "en"], poll: { options: ["Ja", "Nein"], expiresIn: 86_400 } } };
    expect(parsed(AdapterOptionsSchema, options)).toEqual(options);
  });

  it("refuses a lone surrogate in a value or a key, at the option that holds it", () => {
    expectCatalogueIssue(AdapterOptionsSchema, { mastodon: { poll: { options: ["Ja", "N\uD83Dein"] } } }, "mastodon.poll", "text.ill-formed", { field: "mastodon.poll" });
    expectCatalogueIssue(AdapterOptionsSchema, { bluesky: { "la\uDC00ngs": ["de"] } }, 'bluesky["la\\udc00ngs"]', "text.ill-formed", { field: 'bluesky["la\\udc00ngs"]' });
  });

  it("refuses values that JSON cannot keep", () => {
    for (const value of [() => 1, 10n, Symbol("x"), new Date(0), new Map(), Number.POSITIVE_INFINITY, Number.NaN]) {
      expectCatalogueIssue(AdapterOptionsSchema, { mastodon: { value } }, "mastodon.value", "options.not-json", { field: "mastodon.value" });
    }
  });

  it("refuses options that are too large or nested too deeply, also cyclic ones, with one issue", () => {
    const limits = { ...ADAPTER_OPTIONS_LIMITS };
    const many = Object.fromEntries(Array.from({ length: 2000 }, (_, n) => [`key${n}`, n]));
    expect(issuesOf(AdapterOptionsSchema, { mastodon: many })).toHaveLength(1);
    expect(issuesOf(AdapterOptionsSchema, { mastodon: many })[0]!.message).toMatch(/höchstens 1000 Einträge/);
    expectCatalogueIssue(AdapterOptionsSchema, { mastodon: { list: Array.from({ length: 1001 }, () => 1) } }, "mastodon.list", "options.too-large", { field: "mastodon.list", ...limits });
    expectCatalogueIssue(AdapterOptionsSchema, { mastodon: { text: "x".repeat(100_001) } }, "mastodon.text", "options.too-large", { field: "mastodon.text", ...limits });
    let deep: unknown = "tief";
    for (let level = 0; level < 20; level++) deep = { deeper: deep };
    expectCatalogueIssue(AdapterOptionsSchema, { mastodon: { deep } }, "mastodon.deep", "options.too-large", { field: "mastodon.deep", ...limits });
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expectCatalogueIssue(AdapterOptionsSchema, { mastodon: { cyclic } }, "mastodon.cyclic", "options.too-large", { field: "mastodon.cyclic", ...limits });
  });
});
