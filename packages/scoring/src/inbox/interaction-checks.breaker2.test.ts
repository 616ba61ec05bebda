import {
  createKommune,
  createMemoryStore,
  defineCheck,
  InteractionSchema,
  InteractionTriageResultSchema,
  runChecks,
  TestClock,
  type AnyKommuneEvent,
  type Interaction,
  type Kommune,
  type KommunePlugin,
  type Logger,
  type PluginContext,
  type Store,
} from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoring, type ScoringPlugin } from "../scoring-plugin.js";
import { CHECKS_PRODUCER } from "./interaction-checks.js";
import { InteractionTriager, TRIAGE_PRODUCER } from "./triage-interactions.js";

// Attacks on the triage of citizens' messages through the interaction checks
// it now runs: hostile checks of other plugins, unlucky timing, another
// organisation's messages, and a citizen's personal data, which must never
// be repeated in what is stored, audited or announced.

const NOW = "2026-08-01T08:00:00Z";

type Kept = { id: string; checkId: string; code: string; severity: string; message: { de: string; en: string }; start?: number; end?: number };

/** A logger that keeps every line, to look for what it must never contain. */
function recordingLogger(): Logger & { lines: unknown[] } {
  const lines: unknown[] = [];
  const logger = {
    lines,
    debug: (...args: unknown[]) => void lines.push(["debug", ...args]),
    info: (...args: unknown[]) => void lines.push(["info", ...args]),
    warn: (...args: unknown[]) => void lines.push(["warn", ...args]),
    error: (...args: unknown[]) => void lines.push(["error", ...args]),
    child: () => logger,
  };
  return logger as unknown as Logger & { lines: unknown[] };
}

async function setup(options: { plugins?: KommunePlugin[]; organisation?: string; store?: Store; logger?: Logger; scoring?: ScoringPlugin } = {}): Promise<Kommune> {
  return createKommune({
    organisation: fixtureOrganisation(options.organisation ?? "musterstadt"),
    clock: new TestClock(NOW),
    ...(options.store ? { store: options.store } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    plugins: [options.scoring ?? scoring(), ...(options.plugins ?? [])],
  });
}

let next = 0;
function interaction(text: string, kind: Interaction["kind"] = "comment", organisationId = "musterstadt", id = `b${++next}`): Interaction {
  return { id, organisationId, channelId: "masto", kind, remoteId: `r-${id}`, author: { handle: "@buerger@social.example" }, text, receivedAt: "2026-08-01T07:50:00Z", status: "open" };
}

/** Stores a message and announces it as the collector of @kommune-sm/network does; the message as it is stored after the triage. */
async function receive(ksm: Kommune, text: string, kind: Interaction["kind"] = "comment"): Promise<Interaction> {
  const stored = interaction(text, kind, ksm.organisation.id);
  await ksm.store.interactions.insert(stored);
  announce(ksm, stored.id);
  await ksm.bus.settled();
  return (await ksm.store.interactions.get(stored.id))!;
}

function announce(ksm: Kommune, interactionId: string): void {
  (ksm.bus.emit as (type: string, data: unknown) => unknown)("interaction.received", { interactionId, channelId: "masto", network: "mastodon", kind: "comment", receivedAt: "2026-08-01T07:50:00Z" });
}

/** Registers `check` as the application would (any object: the registry takes whatever has an id). */
function register(ksm: Kommune, check: unknown): void {
  ksm.registries.checks.register(check as never);
}

/** The checks triage filed with a message, checked against core's schema as the store keeps it. */
function checksOf(message: Interaction): { labels: string[]; score: number; findings: Kept[]; more: number } | undefined {
  const filed = message.triage?.[CHECKS_PRODUCER];
  if (!filed) return undefined;
  InteractionTriageResultSchema.parse(filed);
  const data = filed.data as { findings: Kept[]; more: number };
  return { labels: filed.labels ?? [], score: filed.score ?? Number.NaN, findings: data.findings, more: data.more };
}

/** The plugin context of an instance, with `store` in place of its own. */
function contextOf(ksm: Kommune, store: PluginContext["store"]): PluginContext {
  return { organisation: ksm.organisation, bus: ksm.bus, store, clock: ksm.clock, logger: ksm.logger, locale: ksm.locale, registries: ksm.registries, audit: ksm.audit, workflow: ksm.workflow };
}

/** The tenant store of `ksm`, with `channels.get` doing `before` first (something that happens between the triage and the checks). */
function storeWith(ksm: Kommune, before: () => Promise<void>): PluginContext["store"] {
  const channels = new Proxy(ksm.store.channels, {
    get: (target, property) =>
      property === "get"
        ? async (id: string) => {
            await before();
            return target.get(id);
          }
        : Reflect.get(target, property),
  });
  return new Proxy(ksm.store, { get: (target, property) => (property === "channels" ? channels : Reflect.get(target, property)) });
}

/** A German IBAN with the right check digits for a bank code and an account number. */
function germanIban(bankCode: string, account: string): string {
  const bban = bankCode + account;
  const check = 98n - (BigInt(`${bban}131400`) % 97n);
  return `DE${check.toString().padStart(2, "0")}${bban}`;
}

const grouped = (iban: string) => iban.replace(/(.{4})/g, "$1 ").trim();

describe("the triage of a message goes on whatever the interaction checks do", () => {
  it("keeps triaging the other stored messages when the findings of one message cannot be filed", async () => {
    const plugin = scoring();
    const ksm = await setup({ scoring: plugin });
    // The first message already carries the triage of 15 other producers: with "scoring" it has the most it may have.
    const crowded: Interaction = {
      ...interaction("Meine IBAN: DE89 3704 0044 0532 0130 00, bitte zurücküberweisen.", "comment", "musterstadt", "a-crowded"),
      triage: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`other-${i}`, { at: NOW, labels: ["x"] }])),
    };
    await ksm.store.interactions.insert(crowded);
    await ksm.store.interactions.insert(interaction("Es brennt in der Turnhalle, Rauch überall!", "comment", "musterstadt", "z-fire"));
    const triager = plugin.triager();
    // Both messages get their triage (the danger first of all), whatever becomes of the checks' findings.
    await expect(triager.triageUntriaged()).resolves.toBe(2);
    const fire = (await ksm.store.interactions.get("z-fire"))!;
    expect(fire.triage?.[TRIAGE_PRODUCER]?.labels).toContain("danger");
    await ksm.dispose();
  });

  it("answers a triage with its result when the store fails after the message was triaged (before the checks ran)", async () => {
    const ksm = await setup();
    const stored = interaction("Wann kommt die Müllabfuhr? Ruft mich an: 0151 23456789");
    await ksm.store.interactions.insert(stored);
    const triager = new InteractionTriager(
      contextOf(
        ksm,
        storeWith(ksm, async () => {
          throw new Error("database connection lost");
        }),
      ),
    );
    const result = await triager.triage(stored.id);
    expect(result?.ok).toBe(true);
    expect((await ksm.store.interactions.get(stored.id))!.triage?.[TRIAGE_PRODUCER]?.labels).toContain("needs-answer");
    await ksm.dispose();
  });

  it("files the triage and says nothing is wrong when the message is deleted between the triage and the checks", async () => {
    const logger = recordingLogger();
    const ksm = await setup({ logger });
    const stored = interaction("Ruft mich an: 0151 23456789");
    await ksm.store.interactions.insert(stored);
    const triager = new InteractionTriager(contextOf(ksm, storeWith(ksm, async () => void (await ksm.store.interactions.delete(stored.id)))));
    const result = await triager.triage(stored.id);
    expect(result?.ok).toBe(true);
    expect(await ksm.store.interactions.get(stored.id)).toBeUndefined();
    expect(logger.lines.filter((line) => (line as unknown[])[0] === "error")).toEqual([]);
    await ksm.dispose();
  });

  it("triages the same message announced twice at once to one consistent result, with an audit chain that holds", async () => {
    const ksm = await setup();
    const stored = interaction("Es brennt! Meine Nummer: 0151 23456789");
    await ksm.store.interactions.insert(stored);
    announce(ksm, stored.id);
    announce(ksm, stored.id);
    await ksm.bus.settled();
    const triager = new InteractionTriager(contextOf(ksm, ksm.store));
    const both = await Promise.all([triager.triage(stored.id), triager.triage(stored.id)]);
    expect(both.map((r) => r?.ok)).toEqual([true, true]);
    const message = (await ksm.store.interactions.get(stored.id))!;
    InteractionSchema.parse(message);
    expect(Object.keys(message.triage ?? {}).sort()).toEqual([CHECKS_PRODUCER, TRIAGE_PRODUCER].sort());
    expect(message.triage?.[TRIAGE_PRODUCER]?.labels).toContain("danger");
    expect(checksOf(message)!.labels).toEqual(["personal-data.interaction/phone"]);
    expect((await ksm.audit.verify()).ok).toBe(true);
    await ksm.dispose();
  });

  it("files the sentiment and danger triage first, and a check that throws, returns junk or is no check at all as an error", async () => {
    const ksm = await setup();
    register(ksm, defineCheck({ id: "acme/throws", target: "interaction", languages: ["*"], title: { de: "Wirft", en: "Throws" }, run: () => { throw new Error("boom"); } }));
    register(ksm, { id: "acme/no-run", target: "interaction", languages: ["*"], title: { de: "X", en: "X" } });
    register(ksm, Object.defineProperty({ id: "acme/target-throws", languages: ["*"], title: { de: "X", en: "X" }, run: () => [] }, "target", { get: () => { throw new Error("no target"); } }));
    register(ksm, defineCheck({ id: "acme/surrogates", target: "interaction", languages: ["*"], title: { de: "X", en: "X" }, run: () => [{ code: "half", severity: "hint", message: { de: "\uD83D kaputt", en: "\uDE00 broken" } }] }));
    register(ksm, defineCheck({ id: "acme/writes", target: "interaction", languages: ["*"], title: { de: "X", en: "X" }, run: ({ interaction: i }) => { (i as { status: string }).status = "hidden"; return []; } }));
    // A broken check of posts is not the triage's concern.
    register(ksm, { id: "acme/post-no-run", target: "post", languages: ["*"], title: { de: "X", en: "X" } });
    const message = await receive(ksm, "Feuer im Keller! Es brennt!");
    expect(message.triage?.[TRIAGE_PRODUCER]?.labels).toContain("danger");
    expect(message.status).toBe("open");
    const checks = checksOf(message)!;
    expect(checks.score).toBe(1);
    expect(checks.labels.sort()).toEqual(["acme/no-run/check-failed", "acme/surrogates/check-failed", "acme/target-throws/check-failed", "acme/throws/check-failed", "acme/writes/check-failed"]);
    await ksm.dispose();
  });

  it("stores what fits of thousands of huge findings on a message of 100,000 characters, in time, and counts the rest", { timeout: 60_000 }, async () => {
    const ksm = await setup();
    const text = "Ruft mich an: 0151 23456789 oder schreibt an erika@example.org. 👩‍👩‍👧 ".repeat(1_400).slice(0, 100_000);
    const long = `${"Ä👍".repeat(600)}x`;
    register(
      ksm,
      defineCheck({
        id: "acme/flood",
        target: "interaction",
        languages: ["*"],
        title: { de: "Flut", en: "Flood" },
        run: () => Array.from({ length: 20_000 }, (_, k) => ({ code: `c${k % 50}`, severity: k % 3 === 0 ? ("error" as const) : ("warning" as const), message: { de: long, en: "Flood" }, location: { field: "text" as const, start: k, end: k + 1 } })),
      }),
    );
    const started = performance.now();
    const message = await receive(ksm, text);
    expect(performance.now() - started).toBeLessThan(15_000);
    const checks = checksOf(message)!;
    expect(checks.score).toBe(1);
    expect(checks.findings.length).toBeGreaterThan(0);
    expect(checks.findings.length + checks.more).toBeGreaterThan(100);
    expect(checks.labels).toContain("acme/flood/too-many-findings");
    expect(checks.labels.length).toBeLessThanOrEqual(32);
    expect(message.triage?.[TRIAGE_PRODUCER]).toBeDefined();
    await ksm.dispose();
  });

  it("keeps the places of personal data when another check reports one finding with a long message (as long as the schema allows)", async () => {
    const ksm = await setup();
    const long = "Bitte den Text sorgfältig prüfen. ".repeat(58).slice(0, 2_000);
    register(ksm, defineCheck({ id: "acme/verbose", target: "interaction", languages: ["*"], title: { de: "Ausführlich", en: "Verbose" }, run: () => [{ code: "note", severity: "error", message: { de: long, en: long } }] }));
    const message = await receive(ksm, "Ruft mich an: 0151 23456789");
    const checks = checksOf(message)!;
    expect(checks.labels).toEqual(["acme/verbose/note", "personal-data.interaction/phone"]);
    // The team must still be shown where the phone number is.
    expect(checks.findings.map((f) => f.code)).toContain("phone");
    await ksm.dispose();
  });

  it("takes back the findings of interaction checks that are no longer registered when a message is triaged again", async () => {
    const ksm = await setup({ scoring: scoring({ checks: { personalData: false } }) });
    const undo = ksm.registries.checks.register(
      defineCheck({ id: "acme/shouting", target: "interaction", languages: ["*"], title: { de: "Geschrei", en: "Shouting" }, run: ({ interaction: i }) => (i.text.includes("!!!") ? [{ code: "shouting", severity: "hint", message: { de: "Laut", en: "Loud" } }] : []) }),
    );
    const message = await receive(ksm, "Schon wieder kein Bus!!!");
    expect(checksOf(message)!.labels).toEqual(["acme/shouting/shouting"]);
    undo();
    await new InteractionTriager(contextOf(ksm, ksm.store)).triage(message.id);
    const again = (await ksm.store.interactions.get(message.id))!;
    // No check says so any more: the old finding must not stand as if it did.
    expect(checksOf(again)?.labels ?? []).toEqual([]);
    await ksm.dispose();
  });
});

describe("the triage of a message of the longest length a message may have", () => {
  it("ends in time for messages of 100,000 characters made of what the personal-data finders look for", { timeout: 60_000 }, async () => {
    const ksm = await setup();
    const fill = (piece: string) => piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    for (const text of [
      fill("0151 2345678 "),
      fill("1"),
      fill("12.03.1985 "),
      fill("DE89 3704 0044 0532 0130 00 "),
      fill("a@b."),
      fill("Hauptstraße 12, 72070 Tübingen "),
      fill("+49 (0) "),
      fill("TÜ-AB 123 "),
      fill("geb. "),
      fill("👩‍👩‍👧"),
    ]) {
      const started = performance.now();
      const message = await receive(ksm, text);
      const took = performance.now() - started;
      // About 0.5 s each on a quiet machine; the bound is generous for a busy one (quadratic work would take minutes).
      expect({ text: text.slice(0, 20), slow: took > 10_000 }).toEqual({ text: text.slice(0, 20), slow: false });
      expect(message.triage?.[TRIAGE_PRODUCER]).toBeDefined();
      if (message.triage?.[CHECKS_PRODUCER]) checksOf(message);
    }
    await ksm.dispose();
  });
});

describe("the triage of one organisation never touches another's messages", () => {
  it("leaves a message of another organisation in the same store alone, even announced on this organisation's bus", async () => {
    const store = createMemoryStore();
    const here = await setup({ store });
    const there = await setup({ store, organisation: "nachbarstadt" });
    const theirs = interaction("Meine IBAN: DE89 3704 0044 0532 0130 00", "comment", "nachbarstadt", "shared-id");
    await there.store.interactions.insert(theirs);
    announce(here, theirs.id);
    await here.bus.settled();
    expect((await there.store.interactions.get(theirs.id))!.triage).toBeUndefined();
    expect(await here.store.interactions.get(theirs.id)).toBeUndefined();
    expect((await here.store.audit.list()).filter((e) => e.subject.id === theirs.id)).toEqual([]);
    // The same id in both: each triages its own message by its own text.
    const ours = interaction("Wann kommt die Müllabfuhr?", "comment", "musterstadt", "shared-id");
    await here.store.interactions.insert(ours);
    announce(here, ours.id);
    await here.bus.settled();
    expect((await here.store.interactions.get(ours.id))!.triage?.[CHECKS_PRODUCER]).toBeUndefined();
    expect((await there.store.interactions.get(theirs.id))!.triage).toBeUndefined();
    await here.dispose();
    await there.dispose();
  });
});

describe("a citizen's bank details and date of birth stay where the citizen wrote them", () => {
  const bankCode = fc.stringMatching(/^[1-8]\d{7}$/);
  const account = fc.stringMatching(/^\d{10}$/).filter((a) => !/^(\d)\1+$/.test(a));
  const day = fc.integer({ min: 1, max: 28 });
  const month = fc.integer({ min: 1, max: 12 });
  const year = fc.integer({ min: 1930, max: 2008 });
  const form = fc.constantFrom("grouped", "compact", "lower", "in-url", "handle");

  it("never repeats them in the stored triage, the audit log, the events or the log, in whatever form the citizen wrote them", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(bankCode, account, day, month, year, form, fc.constantFrom<Interaction["kind"]>("comment", "reply", "mention", "direct-message"), async (blz, konto, d, m, y, how, kind) => {
        const logger = recordingLogger();
        const ksm = await setup({ logger });
        const events: AnyKommuneEvent[] = [];
        ksm.bus.onAny((event) => void events.push(event));
        const iban = germanIban(blz, konto);
        const written = { grouped: grouped(iban), compact: iban, lower: grouped(iban).toLowerCase(), "in-url": `https://bank.example/pay?iban=${iban}`, handle: `@${iban}` }[how];
        const born = `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`;
        const message = await receive(ksm, `Bitte zurücküberweisen: ${written} (Kontoinhaberin Erika, geb. ${born})`, kind);
        const secrets = [konto, born];
        const audit = await ksm.store.audit.list();
        for (const [where, what] of [
          ["triage", message.triage],
          ["audit", audit],
          ["events", events],
          ["log", logger.lines],
        ] as const) {
          const json = JSON.stringify(what) ?? "";
          for (const secret of secrets) expect({ where, leaks: json.includes(secret) }).toEqual({ where, leaks: false });
        }
        if (kind === "direct-message") expect(message.triage?.[CHECKS_PRODUCER]).toBeUndefined();
        else if (how !== "handle") expect(checksOf(message)!.labels).toEqual(expect.arrayContaining(["personal-data.interaction/iban", "personal-data.interaction/birthdate"]));
        await ksm.dispose();
      }),
      { numRuns: 40 },
    );
  });

  it("does not quote bank details that lack the country code as if they were a phone number", async () => {
    const ksm = await setup();
    const message = await receive(ksm, "Überweist mir die Gebühr zurück, IBAN 3704 0044 0532 0130 00");
    const json = JSON.stringify(message.triage ?? {});
    expect(json).not.toContain("0532 0130");
    await ksm.dispose();
  });

  it("files no finding id from which the date of birth can be read back by trying every date", { timeout: 60_000 }, async () => {
    const ksm = await setup();
    const message = await receive(ksm, "Ich (geb. 17.04.1983) warte seit Wochen auf meinen Ausweis!");
    const finding = checksOf(message)!.findings.find((f) => f.code === "birthdate")!;
    expect(finding).toBeDefined();
    // What anyone who reads the stored triage (not the message) can do: run a check of the same id on each candidate date.
    const oracle = (candidate: string) =>
      runChecks(
        [defineCheck({ id: finding.checkId, target: "interaction", languages: ["*"], title: { de: "O", en: "O" }, run: () => [{ code: finding.code, severity: "hint", message: { de: "o", en: "o" }, location: { field: "text", start: 0, end: candidate.length } }] })],
        { target: "interaction", interaction: interaction(candidate) },
        { organisation: ksm.organisation, strategies: [], settings: { disabled: [], severities: {} }, channels: [], now: 0, locale: "de" },
      ).findings[0]!.id;
    let recovered: string | undefined;
    for (let y = 1930; y <= 2008 && !recovered; y++) {
      for (let m = 1; m <= 12 && !recovered; m++) {
        for (let d = 1; d <= 31 && !recovered; d++) {
          const candidate = `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`;
          if (oracle(candidate) === finding.id) recovered = candidate;
        }
      }
    }
    expect(recovered).toBeUndefined();
    await ksm.dispose();
  });

  it("leaves a direct message with bank details and a birth date without any checks triage", async () => {
    const ksm = await setup();
    const message = await receive(ksm, "Meine IBAN ist DE89 3704 0044 0532 0130 00, geb. 01.02.1990", "direct-message");
    expect(message.triage?.[CHECKS_PRODUCER]).toBeUndefined();
    expect(message.triage?.[TRIAGE_PRODUCER]).toBeDefined();
    await ksm.dispose();
  });
});
