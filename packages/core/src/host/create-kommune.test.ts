import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
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
    expect((await b.audit.entries()).length).toBe(0);
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
