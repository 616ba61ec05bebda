import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PostContentSchema, type CheckSettings, type Finding, type PostContentInput } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { defineCheck, type CheckContext, type CheckInput, type FindingInput, type PostCheckInput } from "./check.js";
import { checkContext } from "./check-context.js";
import { runChecks, sealContext } from "./run-checks.js";

// Attacks on the runner's cache of frozen checks, its per-context set of
// turned-off checks and its per-text grapheme starts: none of them may make
// a run find anything else than reading every entry afresh would.

const organisation = fixtureOrganisation("musterstadt");
const message = { de: "Gefunden", en: "Found" };

function context(settings: Partial<CheckSettings> = {}): CheckContext {
  return { organisation, strategies: [], settings: { disabled: [], severities: {}, ...settings }, channels: [], now: Date.parse("2026-08-01T08:00:00Z"), locale: "de" };
}

function post(content: PostContentInput): PostCheckInput {
  return { target: "post", post: PostContentSchema.parse(content) };
}

/** One hint on the whole post. */
const hint = (): FindingInput[] => [{ code: "found", severity: "hint", message }];

/** A frozen check, as `defineCheck` makes it, but typed loosely. */
function frozen(id: string, run: (input: CheckInput) => unknown = hint, languages: string[] = ["*"]): Record<string, unknown> {
  return Object.freeze({ id, target: "post", languages: Object.freeze(languages), title: Object.freeze({ de: "Prüfung", en: "Check" }), run });
}

/** What a run gives for `entries` read afresh: each entry copied as plain, unfrozen data just before the run. */
function fresh(entries: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return entries.map((entry) => {
    try {
      const languages = entry["languages"];
      const title = entry["title"];
      return {
        id: entry["id"],
        target: entry["target"],
        languages: Array.isArray(languages) ? [...(languages as unknown[])] : languages,
        title: typeof title === "object" && title !== null ? { de: (title as { de?: unknown }).de, en: (title as { en?: unknown }).en } : title,
        run: entry["run"],
      };
    } catch {
      // What cannot be read is no check; the fresh copy must fail the same way.
      return { id: (() => { try { return entry["id"]; } catch { return undefined; } })(), target: "post", languages: ["*"], title: { de: "x", en: "x" }, run: undefined };
    }
  });
}

const codes = (findings: readonly Finding[]) => findings.map((f) => `${f.checkId}/${f.code}`);

describe("the cache of frozen checks against entries that only look frozen", () => {
  it("reports a frozen check whose proxy was revoked after its first run as failed, as a fresh read does", () => {
    const { proxy, revoke } = Proxy.revocable(frozen("test/revocable"), {});
    const input = post({ text: "Wahl" });
    expect(codes(runChecks([proxy], input, context()).findings)).toEqual(["test/revocable/found"]);
    revoke();
    // A revoked proxy cannot be read at all: a never-seen one is reported as no check.
    const { proxy: other, revoke: revokeOther } = Proxy.revocable(frozen("test/revocable"), {});
    revokeOther();
    expect(codes(runChecks([other], input, context()).findings)).toEqual(["checks/check-failed"]);
    // The one read before the revocation must not run on as if it still were a check.
    expect(codes(runChecks([proxy], input, context()).findings)).toEqual(["checks/check-failed"]);
  });

  it("runs a readable check behind a proxy whose descriptor trap throws, as it ran before frozen checks were cached", () => {
    // A deny-by-default handler: only `get` is allowed (as sandboxes and tracing wrappers do).
    const deny = () => {
      throw new Error("not allowed");
    };
    const input = post({ text: "Wahl" });
    for (const trap of ["getOwnPropertyDescriptor", "isExtensible", "ownKeys"] as const) {
      const proxy = new Proxy(frozen(`test/${trap.toLowerCase()}`), { [trap]: deny });
      const { findings, failures } = runChecks([proxy], input, context());
      expect({ trap, codes: codes(findings), failures: failures.length }).toEqual({ trap, codes: [`test/${trap.toLowerCase()}/found`], failures: 0 });
    }
  });

  it("names a failed frozen check by its title as it reads now, not as it read at the first run (title from the prototype)", () => {
    let name = "Erste";
    const proto = Object.create(null, {
      de: { get: () => name, enumerable: true },
      en: { get: () => name, enumerable: true },
    }) as { de: string; en: string };
    const title = Object.freeze(Object.create(proto) as { de: string; en: string });
    const check = Object.freeze({ id: "test/title", target: "post", languages: Object.freeze(["*"]), title, run: () => { throw new Error("boom"); } });
    const input = post({ text: "Wahl" });
    expect(runChecks([check], input, context()).findings[0]!.message.de).toContain("„Erste“");
    name = "Zweite";
    expect(runChecks([check], input, context()).findings[0]!.message.de).toContain("„Zweite“");
  });

  it("runs a proxy over a frozen check as its frozen target says, or reports it failed: no answer of its traps is ever cached as a check", () => {
    // The target is frozen: the engine refuses any other answer than the target's for its properties.
    const key = fc.constantFrom("id", "target", "languages", "title", "run", "length", "0");
    const answer = fc.constantFrom<unknown>("reply", "interaction", "test/other", ["en"], [], undefined, 42, () => [{ code: "lie", severity: "error", message }]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), key, answer), { maxLength: 6 }), fc.integer({ min: 1, max: 5 }), (lies, runs) => {
        const target = frozen("test/liar", hint, ["de"]);
        let reads = 0;
        const lie = (property: string | symbol, real: unknown): unknown => {
          reads++;
          const found = lies.find(([at, k]) => at === reads % 6 && k === property);
          return found ? found[2] : real;
        };
        const languages = new Proxy(target["languages"] as string[], { get: (t, property) => lie(property, Reflect.get(t, property)) });
        const liar = new Proxy(target, { get: (t, property) => (property === "languages" ? languages : lie(property, Reflect.get(t, property))) });
        for (let run = 0; run < runs; run++) {
          const got = codes(runChecks([liar], post({ text: "Wahl" }), context()).findings);
          expect([["test/liar/found"], ["test/liar/check-failed"], ["checks/check-failed"]]).toContainEqual(got);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads a frozen check afresh when its languages are a proxy over an array that still changes", () => {
    const tags = ["en"];
    const check = Object.freeze({ id: "test/proxy-languages", target: "post", languages: new Proxy(tags, {}), title: Object.freeze({ de: "P", en: "P" }), run: hint });
    const input = post({ text: "Wahl" });
    expect(runChecks([check], input, context()).findings).toEqual([]);
    tags[0] = "de";
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/proxy-languages/found"]);
  });

  it("reads a frozen check afresh when a language of its frozen list is a getter", () => {
    let tag = "en";
    const languages = Object.freeze(Object.defineProperty([] as string[], 0, { get: () => tag, enumerable: true }));
    const check = Object.freeze({ id: "test/getter-language", target: "post", languages, title: Object.freeze({ de: "G", en: "G" }), run: hint });
    const input = post({ text: "Wahl" });
    expect(runChecks([check], input, context()).findings).toEqual([]);
    tag = "de";
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/getter-language/found"]);
  });

  it("reads a check afresh that was changed and only then frozen", () => {
    const check = { id: "test/late-freeze", target: "post", languages: ["en"], title: { de: "L", en: "L" }, run: hint as () => unknown };
    const input = post({ text: "Wahl" });
    expect(runChecks([check], input, context()).findings).toEqual([]);
    check.languages = ["de"];
    check.run = () => [{ code: "second", severity: "error", message }];
    defineCheck(check as never);
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/late-freeze/second"]);
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/late-freeze/second"]);
  });

  it("runs a frozen class instance with run on its prototype as its prototype says now", () => {
    class Counting {
      readonly id = "test/class";
      readonly target = "post";
      readonly languages = Object.freeze(["*"]);
      readonly title = Object.freeze({ de: "K", en: "K" });
      run(): unknown {
        return [];
      }
    }
    const check = Object.freeze(new Counting());
    const input = post({ text: "Wahl" });
    expect(runChecks([check], input, context()).findings).toEqual([]);
    Counting.prototype.run = () => [{ code: "patched", severity: "error", message }];
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/class/patched"]);
  });

  it("runs the same frozen check listed twice twice, with distinct finding ids, in every run alike", () => {
    const check = frozen("test/twice");
    const input = post({ text: "Wahl" });
    const first = runChecks([check, check], input, context()).findings;
    expect(codes(first)).toEqual(["test/twice/found", "test/twice/found"]);
    expect(new Set(first.map((f) => f.id)).size).toBe(2);
    expect(runChecks([check, check], input, context()).findings).toEqual(first);
  });

  it("turns a frozen check off by the context of each run, however often it ran before", () => {
    const check = frozen("test/off");
    const input = post({ text: "Wahl" });
    for (let run = 0; run < 3; run++) expect(runChecks([check], input, context()).findings).toHaveLength(1);
    expect(runChecks([check], input, context({ disabled: ["test/off"] })).findings).toEqual([]);
    expect(runChecks([check], input, sealContext(context({ disabled: ["test/off/found"] }))).findings).toEqual([]);
    expect(runChecks([check], input, context()).findings).toHaveLength(1);
  });

  it("reports a frozen check that throws as failed at every run, never as fine once it was read", () => {
    let throws = false;
    const check = frozen("test/sometimes", () => {
      if (throws) throw new Error("boom");
      return [];
    });
    const input = post({ text: "Wahl" });
    expect(runChecks([check], input, context()).findings).toEqual([]);
    throws = true;
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/sometimes/check-failed"]);
    expect(codes(runChecks([check], input, context()).findings)).toEqual(["test/sometimes/check-failed"]);
  });

  it("lets checks share a languages list: freezing it for one does not change what the other understands", () => {
    const shared = ["de"];
    const a = defineCheck({ id: "test/shared-a", target: "post", languages: shared, title: message, run: hint });
    const b = defineCheck({ id: "test/shared-b", target: "post", languages: shared, title: message, run: hint });
    expect(Object.isFrozen(shared)).toBe(true);
    expect(codes(runChecks([a, b], post({ text: "Wahl" }), context()).findings)).toEqual(["test/shared-a/found", "test/shared-b/found"]);
    expect(runChecks([a, b], post({ text: "Wahl", language: "en" }), context()).findings).toEqual([]);
  });

  it("finds in every sequence of changes, freezes and runs what a fresh read of each entry finds", () => {
    type Entry = { id: string; target: string; languages: string[]; title: { de: string; en: string }; run: (input: CheckInput) => unknown };
    const runs: Record<string, (input: CheckInput) => unknown> = {
      none: () => [],
      hint,
      error: () => [{ code: "err", severity: "error", message, location: { field: "text", start: 0, end: 1 } }],
      throws: () => {
        throw new Error("boom");
      },
      malformed: () => [{ code: "BAD", severity: "nope", message }],
    };
    const language = fc.constantFrom("de", "en", "*", "fr");
    type Model = { entries: Entry[] };
    class Change implements fc.Command<Model, Model> {
      constructor(
        readonly index: number,
        readonly what: { kind: "languages"; value: string[] } | { kind: "target"; value: string } | { kind: "run"; value: string } | { kind: "title"; value: string } | { kind: "freeze"; deep: boolean },
      ) {}
      check = () => true;
      run(_: Model, real: Model): void {
        const entry = real.entries[this.index % real.entries.length]!;
        const what = this.what;
        if (what.kind === "freeze") {
          Object.freeze(entry);
          if (what.deep) {
            Object.freeze(entry.languages);
            Object.freeze(entry.title);
          }
          return;
        }
        // A plugin changes whatever is still changeable (in place when the entry is frozen).
        try {
          if (what.kind === "languages") {
            if (!Object.isFrozen(entry)) entry.languages = [...what.value];
            else if (!Object.isFrozen(entry.languages)) entry.languages.splice(0, entry.languages.length, ...what.value);
          } else if (what.kind === "target") {
            if (!Object.isFrozen(entry)) entry.target = what.value;
          } else if (what.kind === "run") {
            if (!Object.isFrozen(entry)) entry.run = runs[what.value]!;
          } else if (!Object.isFrozen(entry.title)) entry.title.de = what.value;
        } catch {
          // Frozen under strict mode: nothing changed.
        }
      }
      toString = () => `change(${this.index}, ${JSON.stringify(this.what)})`;
    }
    class Run implements fc.Command<Model, Model> {
      constructor(
        readonly language: string,
        readonly disabled: string[],
        readonly sealed: boolean,
      ) {}
      check = () => true;
      run(_: Model, real: Model): void {
        const input = post({ text: "Wahl am Sonntag", language: this.language === "*" ? "de" : this.language });
        const made = context({ disabled: this.disabled });
        const ctx = this.sealed ? sealContext(made) : made;
        const got = runChecks(real.entries, input, ctx);
        const want = runChecks(fresh(real.entries as unknown as Record<string, unknown>[]), input, made);
        expect(got.findings).toEqual(want.findings);
        expect(got.failures.map((f) => f.checkId)).toEqual(want.failures.map((f) => f.checkId));
      }
      toString = () => `run(${this.language}, ${JSON.stringify(this.disabled)}, ${this.sealed})`;
    }
    const ids = ["test/a", "test/b", "test/c"];
    const commands = [
      fc.tuple(fc.nat(), fc.array(language, { maxLength: 3 })).map(([i, value]) => new Change(i, { kind: "languages", value })),
      fc.tuple(fc.nat(), fc.constantFrom("post", "reply", "interaction", "nonsense")).map(([i, value]) => new Change(i, { kind: "target", value })),
      fc.tuple(fc.nat(), fc.constantFrom(...Object.keys(runs))).map(([i, value]) => new Change(i, { kind: "run", value })),
      fc.tuple(fc.nat(), fc.constantFrom("Titel", "Neu", "\uD800")).map(([i, value]) => new Change(i, { kind: "title", value })),
      fc.tuple(fc.nat(), fc.boolean()).map(([i, deep]) => new Change(i, { kind: "freeze", deep })),
      fc.tuple(language, fc.subarray([...ids, "test/a/err", "test/b/found"]), fc.boolean()).map(([l, d, s]) => new Run(l, d, s)),
    ];
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 30 }), (cmds) => {
        const entries: Entry[] = ids.map((id) => ({ id, target: "post", languages: ["de"], title: { de: "T", en: "T" }, run: hint }));
        fc.modelRun(() => ({ model: { entries: [] }, real: { entries } }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the per-context set of turned-off checks", () => {
  it("gives a sealed context and a hand-made one with the same settings the same findings, in any order of runs", () => {
    const checks = ["test/a", "test/b"].map((id) => frozen(id, () => [{ code: "x", severity: "hint", message }, { code: "y", severity: "error", message }]));
    const key = fc.constantFrom("test/a", "test/b", "test/a/x", "test/b/y", "test/c", "test/a/");
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(key, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), (lists) => {
        const sealed = lists.map((disabled) => sealContext(context({ disabled })));
        for (const [index, disabled] of lists.entries()) {
          const got = runChecks(checks, post({ text: "Wahl" }), sealed[index]!).findings;
          expect(got).toEqual(runChecks(checks, post({ text: "Wahl" }), context({ disabled })).findings);
        }
      }),
    );
  });

  it("runs a hand-made context without a list of turned-off checks as it did before (none turned off)", () => {
    // A tool that builds its context by hand from CheckSettingsSchema's input, where `disabled` may be left out.
    const handMade = { ...context(), settings: { severities: {} } } as unknown as CheckContext;
    expect(() => runChecks([frozen("test/hand")], post({ text: "Wahl" }), handMade)).not.toThrow();
  });

  it("never takes the turned-off checks of one organisation's context for another's", () => {
    const check = frozen("test/org");
    const strategy = (disabled: string[]) => ({ id: "s", name: "S", checks: { disabled, severities: {} } }) as never;
    const on = checkContext({ organisation, strategies: [strategy([])], channels: [], now: 0, locale: "de" });
    const off = checkContext({ organisation: fixtureOrganisation("nachbarstadt"), strategies: [strategy(["test/org"])], channels: [], now: 0, locale: "de" });
    for (let run = 0; run < 3; run++) {
      expect(runChecks([check], post({ text: "Wahl" }), on).findings).toHaveLength(1);
      expect(runChecks([check], post({ text: "Wahl" }), off).findings).toEqual([]);
    }
  });
});

describe("the per-text grapheme starts of one run", () => {
  const segmenter = new Intl.Segmenter("de", { granularity: "grapheme" });
  const piece = fc.constantFrom("Wahl", " ", "ä", "a\u0308", "👩‍👩‍👧", "🇩🇪", "\r\n", "e\u0301", "x", "ß");
  const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(""));

  it("gives each field, variant and media item the grapheme range of its own text, whichever is read first", () => {
    fc.assert(
      fc.property(text, text, text, text, fc.array(fc.tuple(fc.nat(3), fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (main, masto, insta, alt, places) => {
        const input = post({
          text: main,
          media: [{ id: "m1", kind: "image", storageKey: "a.jpg", mimeType: "image/jpeg", altText: alt }],
          variants: [
            { channelId: "masto", text: masto },
            { channelId: "insta", text: insta },
          ],
        } as PostContentInput);
        const where = [
          { field: "text" as const, text: main },
          { field: "text" as const, channelId: "masto", text: masto },
          { field: "text" as const, channelId: "insta", text: insta },
          { field: "altText" as const, index: 0, text: alt },
        ];
        const reported = places.map(([w, a, b]) => {
          const place = where[w]!;
          const starts = [...segmenter.segment(place.text)].map((s) => s.index);
          const i = a % (starts.length + 1);
          const j = i + (b % (starts.length + 1 - i));
          const at = (k: number) => (k < starts.length ? starts[k]! : place.text.length);
          return { place, i, j, start: at(i), end: at(j) };
        });
        // Two checks, so that the cache is shared between them as well.
        const half = Math.ceil(reported.length / 2);
        const checkOf = (id: string, part: typeof reported) =>
          frozen(id, () =>
            part.map(({ place, start, end }) => ({
              code: "r",
              severity: "hint",
              message,
              location: { field: place.field, ...("channelId" in place ? { channelId: place.channelId } : {}), ...("index" in place ? { index: place.index } : {}), start, end },
            })),
          );
        const { findings, failures } = runChecks([checkOf("test/one", reported.slice(0, half)), checkOf("test/two", reported.slice(half))], input, context());
        expect(failures).toEqual([]);
        expect(findings.map((f) => [f.location!.graphemeStart, f.location!.graphemeEnd])).toEqual(reported.map((r) => [r.i, r.j]));
      }),
      { numRuns: 500 },
    );
  });
});
