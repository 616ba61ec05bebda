import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CheckRecordSchema, FINDING_LIMITS, FindingSchema, PostContentSchema, type CheckSettings, type Finding, type PostContentInput } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { isWellFormedText } from "../validation/well-formed-text.js";
import { defineCheck, type CheckContext, type FindingInput, type PostCheckInput } from "./check.js";
import { runChecks } from "./run-checks.js";

// Attacks on the check runner: whatever a registered check is, does or
// returns, the run ends, what it stores passes the schema, and a check that
// cannot be trusted never leaves the text looking clean.

const organisation = fixtureOrganisation("musterstadt");
const message = { de: "Gefunden", en: "Found" };

function context(settings: Partial<CheckSettings> = {}): CheckContext {
  return { organisation, strategies: [], settings: { disabled: [], severities: {}, ...settings }, channels: [], now: Date.parse("2026-08-01T08:00:00Z"), locale: "de" };
}

function post(content: PostContentInput): PostCheckInput {
  return { target: "post", post: PostContentSchema.parse(content) };
}

/** A check that reports what `run` returns. */
function returning(id: string, run: () => unknown, title: unknown = { de: "Prüfung", en: "Check" }) {
  return { id, target: "post", languages: ["*"], title, run } as unknown as ReturnType<typeof defineCheck<"post">>;
}

/** The findings stored from a run, as a store would read them back (structured clone, then the schema). */
function stored(findings: readonly Finding[]): Finding[] {
  const copy = structuredClone([...findings]);
  CheckRecordSchema.parse({ revision: 1, contentHash: "0".repeat(64), at: "2026-08-01T08:00:00.000Z", findings: copy, accepted: [] });
  return copy;
}

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

describe("runChecks under attack", () => {
  it("gives the grapheme range of every script whose marks join the letter before them (Balinese, Sundanese, Vedic, Syloti Nagri, Tifinagh)", () => {
    // Each of these is one cluster: a letter with a combining sign.
    for (const joined of ["a\u1B00", "a\u1B34", "a\u1BA1", "a\u1CD0", "a\u2D7F", "a\uA802", "a\uA8B4", "a\uA8FF", "a\u1C24"]) {
      const text = `${joined} Wahl`;
      const at = text.indexOf("Wahl");
      const check = returning("test/range", () => [{ code: "r", severity: "hint", message, location: { field: "text", start: at, end: at + 4 } }]);
      const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
      const before = [...segmenter.segment(text.slice(0, at))].length;
      const { findings } = runChecks([check], post({ text }), context());
      expect({ text: joined, ...findings[0]!.location }).toMatchObject({ text: joined, graphemeStart: before, graphemeEnd: before + 4 });
    }
  });

  it("treats every character of plane 0 that joins a letter or joins another as one that may join", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const wrong: string[] = [];
    const base = PostContentSchema.parse({ text: "x" });
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`a${char} Wahl`, `${char}a Wahl`, `${char}${char} Wahl`]) {
        const at = text.length - 4;
        const before = [...segmenter.segment(text.slice(0, at))].length;
        // Where every unit is a cluster of its own, any answer of the fast path is right.
        if (before === at) continue;
        const check = returning("test/range", () => [{ code: "r", severity: "hint", message, location: { field: "text", start: at, end: at + 4 } }]);
        const { findings } = runChecks([check], { target: "post", post: { ...base, text } }, context());
        if (findings[0]?.location?.graphemeStart !== before) {
          wrong.push(code.toString(16));
          break;
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("agrees with Intl.Segmenter on the grapheme range for any BMP text", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const unit = fc.oneof(fc.constantFrom("a", " ", "\r", "\n", "W"), fc.integer({ min: 0x20, max: 0xffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (text, a, b) => {
        const starts = [...segmenter.segment(text)].map((s) => s.index);
        // A range on cluster boundaries, so that no widening is involved.
        const i = a % (starts.length + 1);
        const j = i + (b % (starts.length + 1 - i));
        const start = i < starts.length ? starts[i]! : text.length;
        const end = j < starts.length ? starts[j]! : text.length;
        const check = returning("test/range", () => [{ code: "r", severity: "hint", message, location: { field: "text", start, end } }]);
        const input = { target: "post" as const, post: { ...PostContentSchema.parse({ text: "x" }), text } };
        const { findings, failures } = runChecks([check], input, context());
        expect(failures).toEqual([]);
        expect({ graphemeStart: findings[0]!.location!.graphemeStart, graphemeEnd: findings[0]!.location!.graphemeEnd }).toEqual({ graphemeStart: i, graphemeEnd: j });
      }),
      { numRuns: 2_000 },
    );
  });

  it("never lets the total limit drop an error: a failed check after many busy ones still blocks", () => {
    const busy = Array.from({ length: 7 }, (_, i) => returning(`test/busy-${i}`, () => Array.from({ length: FINDING_LIMITS.perCheck }, () => ({ code: "busy", severity: "hint", message }))));
    const broken = returning("test/broken", () => {
      throw new Error("boom");
    });
    const { findings } = runChecks([...busy, broken], post({ text: "Wahl" }), context());
    expect(findings.length).toBeLessThanOrEqual(FINDING_LIMITS.total + 1);
    expect(errorsOf(findings).map((f) => `${f.checkId}/${f.code}`)).toContain("test/broken/check-failed");
    stored(findings);
  });

  it("never lets the total limit drop errors a later check found: what is left out is summed up as an error", () => {
    const busy = Array.from({ length: 7 }, (_, i) => returning(`test/busy-${i}`, () => Array.from({ length: FINDING_LIMITS.perCheck }, () => ({ code: "busy", severity: "error", message }))));
    const { findings } = runChecks(busy, post({ text: "Wahl" }), context());
    expect(findings.length).toBeLessThanOrEqual(FINDING_LIMITS.total + 1);
    // 350 errors: every one is kept or counted in an error that blocks as well.
    const summary = findings.filter((f) => f.code === "too-many-findings");
    expect(summary.some((f) => f.severity === "error")).toBe(true);
    stored(findings);
  });

  it("never lets the per-check limit turn an error beyond it into a hint", () => {
    const check = returning("test/late-error", () => [
      ...Array.from({ length: FINDING_LIMITS.perCheck }, () => ({ code: "busy", severity: "hint", message })),
      { code: "late", severity: "error", message },
    ]);
    const { findings } = runChecks([check], post({ text: "Wahl" }), context());
    expect(errorsOf(findings).length).toBeGreaterThan(0);
  });

  it("ends at once for a check that returns a list of four billion entries", () => {
    const huge = new Proxy([] as unknown[], {
      get: (target, property) => (property === "length" ? 2 ** 32 - 1 : typeof property === "string" && /^\d+$/.test(property) ? { code: "x", severity: "hint", message } : Reflect.get(target, property)),
    });
    const started = performance.now();
    const { findings } = runChecks([returning("test/huge", () => huge)], post({ text: "Wahl" }), context());
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(findings.length).toBeLessThanOrEqual(FINDING_LIMITS.perCheck + 1);
    // Beyond what was looked at, the worst must be assumed.
    expect(errorsOf(findings).length).toBeGreaterThan(0);
  });

  it("turns a check whose properties throw when read into a check-failed error, never into a crash", () => {
    const throwing = (name: string) => {
      const check = { id: "test/getter", target: "post", languages: ["*"], title: { de: "G", en: "G" }, run: () => [] } as Record<string, unknown>;
      Object.defineProperty(check, name, { get: () => { throw new Error(`no ${name}`); }, enumerable: true });
      return check;
    };
    for (const name of ["title", "languages", "run"]) {
      const { findings, failures } = runChecks([throwing(name)], post({ text: "Wahl" }), context());
      expect(failures.length, name).toBe(1);
      expect(findings.map((f) => `${f.checkId}/${f.code}/${f.severity}`), name).toEqual(["test/getter/check-failed/error"]);
    }
    const languages = new Proxy(["*"], { get: () => { throw new Error("no languages"); } });
    const { findings } = runChecks([{ id: "test/proxy", target: "post", languages, title: message, run: () => [] }], post({ text: "Wahl" }), context());
    expect(findings.map((f) => f.code)).toEqual(["check-failed"]);
  });

  it("turns an entry of the registry that stopped being a check (its run or languages taken away) into a check-failed error", () => {
    const check = { id: "test/changed", target: "post", languages: ["*"], title: message, run: (): FindingInput[] => [{ code: "x", severity: "error", message }] } as Record<string, unknown>;
    expect(errorsOf(runChecks([check], post({ text: "Wahl" }), context()).findings)).toHaveLength(1);
    delete check["run"];
    const { findings, failures } = runChecks([check], post({ text: "Wahl" }), context());
    expect(failures.map((f) => f.checkId)).toEqual(["test/changed"]);
    expect(findings.map((f) => `${f.checkId}/${f.code}/${f.severity}`)).toEqual(["test/changed/check-failed/error"]);
    check["run"] = () => [];
    check["id"] = "Not A Valid Id!";
    const renamed = runChecks([check], post({ text: "Wahl" }), context());
    expect(errorsOf(renamed.findings).map((f) => f.code)).toEqual(["check-failed"]);
    stored(renamed.findings);
  });

  it("keeps its own words valid whatever the check's title: too long, half an emoji, not text", () => {
    for (const title of [{ de: "x".repeat(5_000), en: "y" }, { de: "Prüfung \uD83C", en: "Check \uDF89" }, { de: 7, en: null }, "title"]) {
      const broken = returning("test/titled", () => { throw new Error("boom"); }, title);
      const busy = returning("test/titled-busy", () => Array.from({ length: FINDING_LIMITS.perCheck + 5 }, () => ({ code: "x", severity: "hint", message })), title);
      const { findings } = runChecks([broken, busy], post({ text: "Wahl" }), context());
      expect(findings.map((f) => f.code)).toContain("check-failed");
      expect(findings.map((f) => f.code)).toContain("too-many-findings");
      stored(findings);
    }
  });

  it("stores copies of what a check reported: a finding that changes or throws after it was read cannot reach the store", () => {
    let reads = 0;
    const fickle = {
      code: "x",
      severity: "error",
      get message() {
        reads++;
        return reads === 1 ? message : { de: "", en: "\uD83C" };
      },
    };
    const proxied = new Proxy({ code: "y", severity: "error", message }, {});
    const kept: { message: { de: string; en: string } }[] = [];
    const leaky = returning("test/leaky", () => {
      const finding = { code: "z", severity: "error", message: { de: "Gefunden", en: "Found" } };
      kept.push(finding);
      return [finding];
    });
    const { findings } = runChecks([returning("test/fickle", () => [fickle]), returning("test/proxy", () => [proxied]), leaky], post({ text: "Wahl" }), context());
    kept[0]!.message.de = "";
    for (const finding of findings) expect(FindingSchema.safeParse(finding).success).toBe(true);
    stored(findings);
  });

  it("bounds the values of a finding, and keeps them text that can be stored", () => {
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const check = returning("test/values", () => [{ code: "x", severity: "hint", message, values: many }]);
    const { findings } = runChecks([check], post({ text: "Wahl" }), context());
    expect(JSON.stringify(findings).length).toBeLessThan(100_000);
    const halves = returning("test/halves", () => [{ code: "x", severity: "hint", message, values: { word: "Fest \uD83C" } }]);
    for (const finding of runChecks([halves], post({ text: "Wahl" }), context()).findings) {
      for (const value of Object.values(finding.values ?? {})) if (typeof value === "string") expect(isWellFormedText(value)).toBe(true);
    }
  });

  it("keeps a value named __proto__ as a value, and never changes Object.prototype", () => {
    const values = JSON.parse('{"__proto__": "x", "constructor": "y", "toString": 1}') as Record<string, unknown>;
    const check = returning("test/proto", () => [{ code: "x", severity: "hint", message, values }]);
    const { findings, failures } = runChecks([check], post({ text: "Wahl" }), context());
    expect(failures).toEqual([]);
    const copy = stored(findings)[0]!;
    expect(Object.getPrototypeOf(copy.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });

  it("hands a check its input and context so that it cannot change them", () => {
    const input = post({ text: "Wahl", hashtags: ["Fest"] });
    const ctx = context();
    const blockingBefore = structuredClone(ctx.organisation);
    const vandal = returning("test/vandal", () => {
      throw new Error("unused");
    });
    (vandal as { run: unknown }).run = (given: PostCheckInput, seen: CheckContext) => {
      (given.post as { text: string }).text = "geändert";
      (given.post.hashtags as string[]).push("Neu");
      (seen.organisation.settings as { checks?: unknown }).checks = { blockApprovalOnErrors: false };
      (seen.settings.disabled as string[]).push("test/other");
      return [];
    };
    const other = returning("test/other", () => [{ code: "x", severity: "error", message }]);
    const { findings } = runChecks([vandal, other], input, ctx);
    expect(input.post.text).toBe("Wahl");
    expect(input.post.hashtags).toEqual(["Fest"]);
    expect(ctx.organisation).toEqual(blockingBefore);
    expect(ctx.settings.disabled).toEqual([]);
    // The vandal failed (it could not write), the other check still ran.
    expect(findings.map((f) => `${f.checkId}/${f.code}`)).toEqual(["test/vandal/check-failed", "test/other/x"]);
  });

  it("takes no severity from Object.prototype for a check named like one of its keys", () => {
    const check = returning("constructor", () => [{ code: "x", severity: "warning", message }]);
    const { findings, failures } = runChecks([check], post({ text: "Wahl" }), context());
    expect(failures).toEqual([]);
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    stored(findings);
    const polluted = JSON.parse('{"__proto__": "error", "constructor/x": "hint"}') as Record<string, "error" | "hint">;
    expect(runChecks([check], post({ text: "Wahl" }), context({ severities: polluted })).findings.map((f) => f.severity)).toEqual(["hint"]);
  });

  it("survives a check that throws something that cannot even be looked at", () => {
    const poison = new Proxy({}, { get: () => { throw new Error("poison"); }, getPrototypeOf: () => { throw new Error("poison"); }, ownKeys: () => { throw new Error("poison"); } });
    const check = returning("test/poison", () => {
      throw poison;
    });
    const { findings, failures } = runChecks([check], post({ text: "Wahl" }), context());
    expect(findings.map((f) => f.code)).toEqual(["check-failed"]);
    expect(failures[0]!.error).toBeInstanceOf(Error);
    expect(() => JSON.stringify(failures[0]!.error)).not.toThrow();
  });

  it("gives findings of one run distinct ids, whatever their places and codes", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.constantFrom("a", "b", "check-failed", "too-many-findings"), start: fc.nat(4), len: fc.nat(3) }), { maxLength: 60 }), (reported) => {
        const check = returning("test/ids", () => reported.map((r) => ({ code: r.code, severity: "hint", message, location: { field: "text", start: r.start, end: r.start + Math.min(r.len, 8 - r.start) } })));
        const { findings } = runChecks([check, returning("test/boom", () => { throw new Error("x"); })], post({ text: "Wahl Wah" }), context());
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
      }),
    );
  });
});
