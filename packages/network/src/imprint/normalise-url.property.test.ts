// The rules of normaliseUrl as properties: it is idempotent, every spelling
// of one address gives one form, and another host or path segment never does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, normaliseUrl } from "./normalise-url.js";
import { isTrackingParameter } from "./tracking-parameters.js";

const label = fc.stringMatching(/^[a-z0-9]{1,10}$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join("."));
// Unreserved characters and an umlaut, never "." or ".." alone (those are dot segments).
const segment = fc.stringMatching(/^[A-Za-z0-9_~äÖ-]{1,12}$/);
const paramName = fc.stringMatching(/^[a-z]{1,6}$/).filter((name) => !isTrackingParameter(name));
const paramValue = fc.stringMatching(/^[A-Za-z0-9]{0,8}$/);

interface Parts {
  readonly host: string;
  readonly segments: readonly string[];
  readonly params: ReadonlyArray<readonly [string, string]>;
}

const parts: fc.Arbitrary<Parts> = fc.record({
  host,
  segments: fc.array(segment, { maxLength: 4 }),
  params: fc.uniqueArray(fc.tuple(paramName, paramValue), { maxLength: 3, selector: ([name]) => name }),
});

function canonical({ host, segments, params }: Parts): string {
  const query = params.length === 0 ? "" : `?${new URLSearchParams([...params].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]): [string, string] => [name, value])).toString()}`;
  return `https://${host}/${segments.join("/")}${query}`;
}

/** Escapes every character of an unreserved ASCII segment with lower-case hex, as some tools write them. */
function escaped(text: string): string {
  return [...text].map((char) => (/^[A-Za-z0-9_~-]$/.test(char) ? `%${char.charCodeAt(0).toString(16).toLowerCase()}` : char)).join("");
}

const spelling = fc.record({
  scheme: fc.constantFrom("http", "https", "HTTP", "HtTpS"),
  upperHost: fc.boolean(),
  port: fc.constantFrom("", ":443", ":80"),
  escape: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  trailingSlashes: fc.nat({ max: 3 }),
  shuffle: fc.array(fc.nat(), { maxLength: 6 }),
  tracking: fc.subarray(["utm_source=instagram", "utm_campaign=sommer", "fbclid=IwAR0x", "gclid=Cj0K", "mc_eid=abc", "igshid=xyz"]),
  fragment: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{0,10}$/), { nil: undefined }),
});

type Spelling = typeof spelling extends fc.Arbitrary<infer S> ? S : never;

function spell(p: Parts, s: Spelling): string {
  const scheme = s.scheme;
  // :80 is http's default only; on https it would be another port.
  const port = s.port === ":80" && scheme.toLowerCase() !== "http" ? "" : s.port;
  const hostText = s.upperHost ? p.host.toUpperCase() : p.host;
  const path = p.segments.map((seg, i) => (s.escape[i] ? escaped(seg) : seg)).join("/") + "/".repeat(s.trailingSlashes);
  const query = [...p.params.map(([name, value]) => `${name}=${value}`), ...s.tracking];
  // A deterministic shuffle driven by the generated numbers.
  for (let i = query.length - 1; i > 0; i--) {
    const j = (s.shuffle[i % Math.max(1, s.shuffle.length)] ?? 0) % (i + 1);
    [query[i], query[j]] = [query[j]!, query[i]!];
  }
  return `${scheme}://${hostText}${port}/${path}${query.length ? `?${query.join("&")}` : ""}${s.fragment === undefined ? "" : `#${s.fragment}`}`;
}

describe("normaliseUrl (properties)", () => {
  it("is idempotent, and its forms are bounded ASCII https addresses", () => {
    const anyText = fc.oneof(
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.string(),
      fc.string({ unit: "binary" }).map((rest) => `https://musterstadt.de/${rest}`),
      fc.string({ unit: "binary" }).map((rest) => `http://${rest}`),
      fc.tuple(parts, spelling).map(([p, s]) => spell(p, s)),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normaliseUrl(text);
        if (once === undefined) return;
        expect(normaliseUrl(once)).toBe(once);
        expect(once).toMatch(/^https:\/\/[\x21-\x7e]+$/);
        expect(once.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives every spelling of one address the same form", () => {
    fc.assert(
      fc.property(parts, spelling, (p, s) => {
        const expected = normaliseUrl(canonical(p));
        expect(expected).toBeDefined();
        expect(normaliseUrl(spell(p, s))).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it("never gives another path segment the same form", () => {
    const changed = parts
      .filter((p) => p.segments.length > 0)
      .chain((p) => fc.tuple(fc.constant(p), fc.nat({ max: p.segments.length - 1 }), segment));
    fc.assert(
      fc.property(changed, spelling, ([p, index, replacement], s) => {
        fc.pre(replacement !== p.segments[index]);
        const other = { ...p, segments: p.segments.map((seg, i) => (i === index ? replacement : seg)) };
        expect(normaliseUrl(spell(other, s))).not.toBe(normaliseUrl(canonical(p)));
      }),
      { numRuns: 1_000 },
    );
  });

  it("never gives another host the same form, www. included", () => {
    fc.assert(
      fc.property(parts, host, spelling, (p, otherHost, s) => {
        fc.pre(otherHost !== p.host);
        expect(normaliseUrl(spell({ ...p, host: otherHost }, s))).not.toBe(normaliseUrl(canonical(p)));
        expect(normaliseUrl(spell({ ...p, host: `www.${p.host}` }, s))).not.toBe(normaliseUrl(canonical(p)));
      }),
      { numRuns: 1_000 },
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = normaliseUrl(value);
        expect(result === undefined || typeof result === "string").toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
