import { generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditAnchorSink } from "../audit/audit-anchor.js";
import { staticAuditAnchorKeys } from "../audit/audit-anchor-keys.js";
import { createAuditAnchor } from "../audit/create-audit-anchor.js";
import { createMemoryAuditAnchorSink } from "../audit/memory-audit-anchor-sink.js";
import { TestClock } from "../clock/test-clock.js";
import type { AnyKommuneEvent } from "../events/index.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { LogFields, Logger } from "../logger/logger.js";
import { MUSTERSTADT_ORGANISATION } from "../model/examples.js";
import { createMemoryStore } from "../store/memory-store.js";
import { isValidationError } from "../validation/validate.js";
import { createKommune } from "./create-kommune.js";
import { definePlugin, type KommunePlugin } from "./plugin.js";

function recorder() {
  const calls: string[] = [];
  const plugin = (name: string, extra: Partial<KommunePlugin> = {}): KommunePlugin =>
    definePlugin({
      name,
      version: "1.0.0",
      setup() {
        calls.push(`setup ${name}`);
        return () => void calls.push(`teardown ${name}`);
      },
      ...extra,
    });
  return { calls, plugin };
}

const other = { ...MUSTERSTADT_ORGANISATION, id: "beispieldorf", name: "Gemeinde Beispieldorf", kind: "gemeinde" as const, ags: "09999998" };

describe("createKommune", () => {
  it("validates the organisation and says which field is wrong, in the requested locale", async () => {
    const error = await createKommune({ organisation: { ...MUSTERSTADT_ORGANISATION, ags: "05999999" }, locale: "en" }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect((error as { issues: { path: string; message: string }[] }).issues).toEqual([
      expect.objectContaining({ path: "ags", message: expect.stringMatching(/05.*BY|Bayern/) }),
    ]);
  });

  it("sets plugins up in dependency order, otherwise as given, and tears them down in reverse", async () => {
    const { calls, plugin } = recorder();
    const ksm = await createKommune({
      organisation: MUSTERSTADT_ORGANISATION,
      plugins: [plugin("reporting", { dependencies: ["network"] }), plugin("network"), plugin("scoring", { optionalDependencies: ["reporting", "absent"] }), plugin("planning")],
    });
    expect(ksm.plugins.map((p) => p.name)).toEqual(["network", "reporting", "scoring", "planning"]);
    await ksm.dispose();
    await ksm.dispose();
    expect(calls).toEqual([
      "setup network",
      "setup reporting",
      "setup scoring",
      "setup planning",
      "teardown planning",
      "teardown scoring",
      "teardown reporting",
      "teardown network",
    ]);
  });

  it("refuses duplicate names, missing dependencies and cycles before setting anything up", async () => {
    const { calls, plugin } = recorder();
    const codeOf = (promise: Promise<unknown>) => promise.then(() => "none", (e: unknown) => (KommuneError.isInstance(e) ? e.code : String(e)));
    expect(await codeOf(createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [plugin("a"), plugin("a")] }))).toBe("CORE_PLUGIN_DUPLICATE");
    expect(await codeOf(createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [plugin("a", { dependencies: ["b"] })] }))).toBe("CORE_PLUGIN_DEPENDENCY");
    const cycle = createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [plugin("a", { dependencies: ["b"] }), plugin("b", { dependencies: ["a"] })] });
    await expect(cycle).rejects.toThrow(/cycle: a → b; b → a/);
    expect(calls).toEqual([]);
  });

  it("tears down what was set up when a later plugin's setup fails, and removes its registrations", async () => {
    const { calls, plugin } = recorder();
    const failing = definePlugin({
      name: "broken",
      version: "0.0.1",
      setup(ctx) {
        ctx.registries.networks.register({ id: "half", specificationVersion: "v1" });
        throw new Error("cannot reach vault");
      },
    });
    const error = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [plugin("first"), failing, plugin("never")] }).catch((e: unknown) => e);
    expect(KommuneError.isInstance(error, "CORE_PLUGIN_SETUP_FAILED")).toBe(true);
    expect((error as Error).message).toMatch(/"broken".*cannot reach vault/);
    expect(calls).toEqual(["setup first", "teardown first"]);
  });

  it("gives plugins registries that refuse duplicates and forget a plugin's entries at its teardown", async () => {
    const ksm = await createKommune({
      organisation: MUSTERSTADT_ORGANISATION,
      plugins: [
        definePlugin({
          name: "mastodon",
          version: "1.0.0",
          setup(ctx) {
            ctx.registries.networks.register({ id: "mastodon", specificationVersion: "v1", displayName: "Mastodon" });
          },
        }),
      ],
    });
    expect(ksm.registries.networks.require("mastodon").displayName).toBe("Mastodon");
    expect(() => ksm.registries.networks.register({ id: "mastodon", specificationVersion: "v1" })).toThrow(/already in the networks registry \(registered by plugin "mastodon"\); the application cannot/);
    expect(() => ksm.registries.networks.require("x")).toThrow(/registered: mastodon/);
    expect(ksm.registries.kpis.list().map((k) => k.id)).toContain("engagement-rate");
    await ksm.dispose();
    expect(ksm.registries.networks.has("mastodon")).toBe(false);
  });

  it("hands plugins a logger named after them that redacts secrets", async () => {
    const lines: LogFields[] = [];
    const logger: Logger = {
      debug: () => {},
      info: (_message, fields) => void lines.push(fields ?? {}),
      warn: () => {},
      error: () => {},
      child(bindings) {
        const parent = this;
        return { ...parent, info: (m: string, f?: LogFields) => parent.info(m, { ...bindings, ...f }), child: parent.child };
      },
    };
    await createKommune({
      organisation: MUSTERSTADT_ORGANISATION,
      logger,
      plugins: [definePlugin({ name: "leaky", version: "1.0.0", setup: (ctx) => ctx.logger.info("connected", { accessToken: "s3cr3t" }) })],
    });
    expect(lines).toEqual([{ organisationId: "musterstadt", plugin: "leaky", accessToken: "[redacted]" }]);
  });

  it("keeps two municipalities in one process apart, even on one store", async () => {
    const store = createMemoryStore();
    const clock = new TestClock("2026-05-01T08:00:00Z");
    const seen: string[] = [];
    const a = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, clock });
    const b = await createKommune({ organisation: other, store, clock });
    a.bus.onAny((event) => void seen.push(`a:${event.type}`));
    b.bus.onAny((event) => void seen.push(`b:${event.type}`));
    await a.store.teamMembers.insert({ id: "m1", organisationId: "musterstadt", name: "M", roles: ["editor"], competencies: [], active: true });
    const created = await a.workflow.createPost({ text: "Nur in Musterstadt" }, "m1");
    expect(created.ok).toBe(true);
    expect(await b.store.posts.count()).toBe(0);
    expect(await b.workflow.submit(created.ok ? created.value.id : "", "m1")).toMatchObject({ ok: false, refusal: { code: "not-found" } });
    expect(seen).toEqual(["a:post.created"]);
    expect((await b.audit.entries()).map((entry) => `${entry.organisationId} ${entry.action}`)).toEqual(["beispieldorf organisation.created"]);
    expect(a.registries).not.toBe(b.registries);
    expect((await store.organisations.list()).map((o) => o.id)).toEqual(["beispieldorf", "musterstadt"]);
    expect(a.bus.emit("listener.failed", { eventType: "x", eventId: "1", listener: "l", error: { name: "E", message: "m" } }).source).toBe("/kommune-sm/organisations/musterstadt");
  });
});

describe("dispose", () => {
  it("waits a bounded time for hanging listeners, then refuses further steps", async () => {
    const { plugin, calls } = recorder();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, disposeTimeoutMs: 50, plugins: [plugin("p")] });
    ksm.bus.on("listener.failed", () => new Promise<void>(() => {}));
    ksm.bus.emit("listener.failed", { eventType: "x", eventId: "1", listener: "l", error: { name: "E", message: "m" } });
    await ksm.dispose();
    expect(calls).toEqual(["setup p", "teardown p"]);
    await expect(ksm.workflow.createPost({ text: "zu spät" }, "m1")).rejects.toMatchObject({ code: "CORE_DISPOSED" });
  });

  it("reports a failing teardown with its own code, after tearing down the others", async () => {
    const { plugin, calls } = recorder();
    const ksm = await createKommune({
      organisation: MUSTERSTADT_ORGANISATION,
      plugins: [plugin("first"), definePlugin({ name: "bad", version: "1.0.0", setup: () => () => { throw new Error("busy"); } })],
    });
    await expect(ksm.dispose()).rejects.toMatchObject({ code: "CORE_PLUGIN_TEARDOWN_FAILED" });
    expect(calls).toEqual(["setup first", "teardown first"]);
  });

  it("keeps core's own registrations whatever a plugin is called", async () => {
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [definePlugin({ name: "@kommune-sm/core", version: "1.0.0", setup() {} })] });
    const before = ksm.registries.kpis.list().length;
    await ksm.dispose();
    expect(ksm.registries.kpis.list()).toHaveLength(before);
    expect(before).toBeGreaterThan(0);
  });

  it("redacts credentials from a failing plugin's message", async () => {
    const error = await createKommune({
      organisation: MUSTERSTADT_ORGANISATION,
      plugins: [definePlugin({ name: "leaky", version: "1.0.0", setup() { throw new Error("GET https://x.example/me?access_token=SECRET123 → 401"); } })],
    }).catch((e: unknown) => e as Error);
    expect((error as Error).message).not.toContain("SECRET123");
    expect((error as Error).message).toContain("access_token=[redacted]");
  });
});

describe("the stored organisation", () => {
  const admin = { id: "anna", organisationId: "musterstadt", name: "Anna Becker", roles: ["admin" as const], competencies: [], active: true };
  const fourEyesOff = { ...MUSTERSTADT_ORGANISATION, settings: { fourEyes: { posts: false, replies: false } } };

  it("is stored the first time and audited as organisation.created; an identical one writes nothing", async () => {
    const store = createMemoryStore();
    const first = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
    expect(await store.organisations.get("musterstadt")).toEqual(MUSTERSTADT_ORGANISATION);
    const entries = await first.audit.entries();
    expect(entries).toMatchObject([{ seq: 1, action: "organisation.created", actor: { kind: "system", id: "create-kommune" }, subject: { type: "organisation", id: "musterstadt" }, data: { organisation: { id: "musterstadt", settings: { fourEyes: { posts: true } } } } }]);
    // The same organisation again, also as input with its defaults left out.
    const { timeZone: _zone, addressForm: _form, locale: _locale, settings: _settings, ...input } = MUSTERSTADT_ORGANISATION;
    await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
    await createKommune({ organisation: input, store });
    expect(await first.audit.entries()).toEqual(entries);
  });

  it("is never replaced silently: a changed organisation is refused, naming each changed field and how to apply it", async () => {
    const store = createMemoryStore();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
    const error = await createKommune({ organisation: { ...fourEyesOff, name: "Stadt Neustadt" }, store }).catch((e: unknown) => e);
    expect(KommuneError.isInstance(error, "CORE_ORGANISATION_MISMATCH")).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain('name (stored "Stadt Musterstadt", given "Stadt Neustadt")');
    expect(message).toContain("settings.fourEyes.posts (stored true, given false)");
    expect(message).not.toContain("replies");
    expect(message).toContain('organisationUpdate: { by: "<id of an active admin>", reason: "<why>" }');
    expect(await store.organisations.get("musterstadt")).toEqual(MUSTERSTADT_ORGANISATION);
    expect((await ksm.audit.entries()).map((entry) => entry.action)).toEqual(["organisation.created"]);
  });

  it("is changed with organisationUpdate by an active admin, audited with each changed field from/to", async () => {
    const store = createMemoryStore();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
    await ksm.store.teamMembers.insert(admin);
    const updated = await createKommune({ organisation: fourEyesOff, store, organisationUpdate: { by: "anna", reason: "Nur noch eine Person im Team." } });
    expect(updated.organisation.settings.fourEyes.posts).toBe(false);
    expect(await store.organisations.get("musterstadt")).toEqual(fourEyesOff);
    expect((await ksm.audit.entries()).at(-1)).toMatchObject({
      action: "organisation.updated",
      actor: { kind: "member", id: "anna", name: "Anna Becker" },
      subject: { type: "organisation", id: "musterstadt" },
      reason: "Nur noch eine Person im Team.",
      data: { changes: { "settings.fourEyes.posts": { from: true, to: false } } },
    });
    expect((await ksm.audit.verify()).ok).toBe(true);
    // Given again with the same update option, nothing differs and nothing is written.
    await createKommune({ organisation: fourEyesOff, store, organisationUpdate: { by: "anna", reason: "again" } });
    expect(await ksm.audit.entries()).toHaveLength(2);
  });

  it("refuses an organisationUpdate by anyone but an active admin of the organisation, and an update without a reason", async () => {
    const store = createMemoryStore();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
    await ksm.store.teamMembers.insert(admin);
    await ksm.store.teamMembers.insert({ ...admin, id: "bernd", name: "Bernd", roles: ["editor", "approver"] });
    await ksm.store.teamMembers.insert({ ...admin, id: "carla", name: "Carla", active: false });
    for (const [by, why] of [["bernd", /is not an admin \(roles: editor, approver\)/], ["carla", /is not active/], ["nobody", /is no team member/]] as const) {
      const error = await createKommune({ organisation: fourEyesOff, store, organisationUpdate: { by, reason: "x" } }).catch((e: unknown) => e);
      expect(KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT"), by).toBe(true);
      expect((error as Error).message, by).toMatch(why);
    }
    await expect(createKommune({ organisation: fourEyesOff, store, organisationUpdate: { by: "anna", reason: " " } })).rejects.toThrow(/reason/);
    expect(await store.organisations.get("musterstadt")).toEqual(MUSTERSTADT_ORGANISATION);
    expect(await ksm.audit.entries()).toHaveLength(1);
  });

  it("takes organisationUpdate.by as given while the store holds no team members of the organisation", async () => {
    const store = createMemoryStore();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
    await createKommune({ organisation: fourEyesOff, store, organisationUpdate: { by: "it-admin", reason: "Einrichtung" } });
    expect((await ksm.audit.entries()).at(-1)).toMatchObject({ action: "organisation.updated", actor: { kind: "member", id: "it-admin" } });
  });

  it("refuses exactly the changed fields, and applies and records exactly them with an update (property)", async () => {
    const change = fc.record(
      {
        name: fc.constantFrom("Stadt Musterstadt", "Stadt Neustadt"),
        population: fc.constantFrom(24_310, 25_000),
        addressForm: fc.constantFrom("sie" as const, "du" as const),
        posts: fc.boolean(),
        replies: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(change, async ({ posts, replies, ...top }) => {
        const store = createMemoryStore();
        const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store });
        const fourEyes = { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, ...(posts === undefined ? {} : { posts }), ...(replies === undefined ? {} : { replies }) };
        const given = { ...MUSTERSTADT_ORGANISATION, ...top, settings: { fourEyes } };
        const expected = Object.entries({ ...top, "settings.fourEyes.posts": fourEyes.posts, "settings.fourEyes.replies": fourEyes.replies })
          .filter(([path, value]) => value !== path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], MUSTERSTADT_ORGANISATION))
          .map(([path]) => path)
          .sort();
        const refused = await createKommune({ organisation: given, store }).then(() => undefined, (error: unknown) => error as Error);
        if (expected.length === 0) {
          expect(refused).toBeUndefined();
          expect(await ksm.audit.entries()).toHaveLength(1);
          return;
        }
        expect(KommuneError.isInstance(refused, "CORE_ORGANISATION_MISMATCH")).toBe(true);
        const named = [...refused!.message.matchAll(/([a-zA-Z.]+) \(stored /g)].map((match) => match[1]);
        expect(named.sort()).toEqual(expected);
        await createKommune({ organisation: given, store, organisationUpdate: { by: "it-admin", reason: "Änderung" } });
        expect(await store.organisations.get("musterstadt")).toEqual(given);
        const last = (await ksm.audit.entries()).at(-1)!;
        expect(Object.keys((last.data as { changes: object }).changes).sort()).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});

describe("audit anchoring", () => {
  const keys = staticAuditAnchorKeys({ keyId: "k1", privateKey: generateKeyPairSync("ed25519").privateKey });

  it("anchors the head by itself every interval, on ksm.audit.anchor() and on dispose, and verifies against it", async () => {
    const sink = createMemoryAuditAnchorSink();
    const clock = new TestClock("2026-05-01T08:00:00Z");
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, auditAnchor: createAuditAnchor({ sink, keys, clock }), auditAnchoring: { intervalMs: 30_000 } });
    await ksm.store.teamMembers.insert({ id: "m1", organisationId: "musterstadt", name: "M", roles: ["editor"], competencies: [], active: true });
    expect(sink.records).toHaveLength(0);
    await clock.advanceBy(30_000);
    await ksm.audit.anchor();
    expect(sink.records).toMatchObject([{ seq: 1 }]);
    expect((await ksm.workflow.createPost({ text: "Hallo" }, "m1")).ok).toBe(true);
    expect(await ksm.audit.anchor()).toMatchObject({ seq: 2 });
    expect((await ksm.workflow.createPost({ text: "Noch einer" }, "m1")).ok).toBe(true);
    expect(await ksm.audit.verify()).toMatchObject({ ok: true, entries: 3, anchor: { newest: { seq: 2 }, trusted: 2, problems: [] } });
    await ksm.dispose();
    expect(sink.records).toMatchObject([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
  });

  it("logs a failing sink and emits audit.anchoring-failed, and no workflow step fails for it", async () => {
    const sink: AuditAnchorSink = { kind: "broken", read: async () => [], append: async () => Promise.reject(new Error("EACCES: permission denied")) };
    const clock = new TestClock("2026-05-01T08:00:00Z");
    const errors: { message: string; fields: LogFields | undefined }[] = [];
    const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (message, fields) => void errors.push({ message, fields }), child: () => logger };
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, logger, auditAnchor: createAuditAnchor({ sink, keys, clock }) });
    const events: AnyKommuneEvent[] = [];
    ksm.bus.onAny((event) => void events.push(event));
    await ksm.store.teamMembers.insert({ id: "m1", organisationId: "musterstadt", name: "M", roles: ["editor"], competencies: [], active: true });
    await clock.advanceBy(60_000);
    expect((await ksm.workflow.createPost({ text: "Hallo" }, "m1")).ok).toBe(true);
    await clock.advanceBy(60_000);
    await expect(ksm.audit.anchor()).rejects.toThrow("EACCES");
    await ksm.dispose();
    const failed = events.filter((event) => (event.type as string) === "audit.anchoring-failed");
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed[0]!.data).toEqual({ organisationId: "musterstadt", sink: "broken", message: "EACCES: permission denied" });
    expect(errors[0]).toMatchObject({ message: "audit anchoring failed", fields: { organisationId: "musterstadt", sink: "broken" } });
  });

  it("refuses auditAnchoring without an auditAnchor, and an interval below a second, before writing anything", async () => {
    const store = createMemoryStore();
    await expect(createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, auditAnchoring: { intervalMs: 5_000 } })).rejects.toThrow(/auditAnchoring needs auditAnchor/);
    const auditAnchor = createAuditAnchor({ sink: createMemoryAuditAnchorSink(), keys });
    await expect(createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, auditAnchor, auditAnchoring: { intervalMs: 50 } })).rejects.toThrow(/intervalMs .*1000 or more/);
    expect(await store.organisations.list()).toEqual([]);
    expect(await store.tenant("musterstadt").audit.head()).toBeUndefined();
  });
});
