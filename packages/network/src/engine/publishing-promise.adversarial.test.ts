// Adversarial tests of the publishing promise: orders of events and hostile
// adapters and vaults found by an attack on the engine. Each test states what
// the promise says; each failed before the fix that came with it.
import { createMemoryStore, MUSTERSTADT_STRATEGY, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createMemorySecrets, type SecretsPort } from "../secrets/secrets-port.js";
import { schedulePost, scriptedNetwork, setupEngine as setupWith, TOKEN, TRANSACTION_MODES } from "./engine-test-support.js";

/** A vault that answers only when `open()` is called: the delivery is claimed, its call has not started. */
function lateVault(): { secrets: SecretsPort; open: () => void } {
  const gate: { open?: () => void } = {};
  const held = new Promise<void>((resolve) => (gate.open = resolve));
  const inner = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: TOKEN, refreshToken: "refresh-1" }]]);
  return { secrets: { get: async (ref) => (await held, inner.get(ref)), set: (ref, c) => inner.set(ref, c) }, open: () => gate.open!() };
}

describe.each(TRANSACTION_MODES)("the publishing promise under attack, with %s", (transactions) => {
  const setupEngine = (options: Parameters<typeof setupWith>[0] = {}) => setupWith({ ...options, transactions });

  describe("a step that stops a post stops a call that has not started yet", () => {
    for (const stop of ["withdraw", "unschedule-by-abort"] as const) {
      it(`${stop} while the claimed delivery waits for its vault read: nothing is sent`, async () => {
        const vault = lateVault();
        const { ksm, clock, network, publishing } = await setupEngine({ engine: { secrets: vault.secrets } });
        const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
        await clock.advanceTo("2026-05-04T12:00:00Z");
        expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "in-flight" });
        expect((await ksm.store.posts.require(postId)).state).toBe("publishing");
        const stepped =
          stop === "withdraw"
            ? await ksm.workflow.withdraw(postId, "anna", "Falsche Uhrzeit")
            : await ksm.workflow.transition(postId, "abort-publishing", "anna", { reason: "Falsche Uhrzeit" });
        expect(stepped.ok).toBe(true);
        // The person's step has committed; only now does the vault answer.
        vault.open();
        await publishing.engine.idle();
        await clock.advanceBy(60_000);
        await publishing.engine.idle();
        // The post was stopped before any call started: no call may start after that.
        expect(network.log.filter((c) => c.operation === "publish")).toEqual([]);
        await ksm.dispose();
      });
    }
  });

  describe("a malformed result that cannot even be read is an adapter defect, uncertain", () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const [name, value] of [
      ["a revoked proxy", revoked.proxy],
      ["an object whose remoteId getter throws", Object.defineProperty({}, "remoteId", { enumerable: true, get() { throw new Error("boom"); } })],
    ] as const) {
      it(`a publish that resolves with ${name} is uncertain (it reached the network), never failed`, async () => {
        const network = scriptedNetwork();
        network.script.push({ resolveWith: value });
        const { ksm, clock, publishing } = await setupEngine({ network });
        const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
        await clock.advanceTo("2026-05-04T12:00:00Z");
        await publishing.engine.idle();
        const [delivery] = await publishing.engine.deliveries(postId);
        // The network holds the post (the call was answered); "failed" would promise a person it does not.
        expect(network.posts.size).toBe(1);
        expect(delivery).toMatchObject({ state: "uncertain", problem: { kind: "adapter-defect" } });
        await ksm.dispose();
      });
    }
  });

  describe("Retry-After is sanitised and capped whatever the kind of failure", () => {
    it("a 503 that asks to wait 400 days is held for a person like a 429, not left retrying for a year", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable", retryAfterMs: 400 * 24 * 3_600_000 });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      // maxRetryAfterMs (one hour) is the longest wait the engine honours by itself.
      expect(Date.parse(delivery!.nextAttemptAt) - Date.parse("2026-05-04T12:00:00Z")).toBeLessThanOrEqual(3_600_000);
      await ksm.dispose();
    });

    for (const kind of ["rate-limited", "retryable"] as const) {
      it(`a ${kind} failure asking for a finite wait beyond the last instant a Date can hold is recorded, not thrown`, async () => {
        const network = scriptedNetwork();
        // 10^16 ms: finite and non-negative, so the NetworkError keeps it; new Date(now + 1e16) is out of range.
        network.script.push({ kind, retryAfterMs: 1e16 });
        const errors: string[] = [];
        const logger = { debug() {}, info() {}, warn() {}, error: (message: string) => void errors.push(message), child() { return logger; } };
        const { ksm, clock, publishing } = await setupEngine({ network, logger });
        const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
        await clock.advanceTo("2026-05-04T12:00:00Z");
        await publishing.engine.idle();
        const [delivery] = await publishing.engine.deliveries(postId);
        expect(errors).toEqual([]);
        expect(["blocked", "retrying"]).toContain(delivery!.state);
        await ksm.dispose();
      });
    }
  });

  describe("a token never leaks, even when the vault's own error quotes it", () => {
    it("a vault that fails to decode the stored credentials: its error text is not stored, audited, emitted or logged", async () => {
      // What a vault keeping JSON throws for a damaged entry: V8 quotes the input.
      let message = "";
      try {
        JSON.parse(`{"accessToken": ${TOKEN}}`);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain("tok-geheim");
      const secrets: SecretsPort = {
        get: async () => {
          JSON.parse(`{"accessToken": ${TOKEN}}`);
          return undefined;
        },
        set: async () => {},
      };
      const lines: string[] = [];
      const logger = {
        debug: (m: string, f?: unknown) => void lines.push(m + JSON.stringify(f ?? {})),
        info: (m: string, f?: unknown) => void lines.push(m + JSON.stringify(f ?? {})),
        warn: (m: string, f?: unknown) => void lines.push(m + JSON.stringify(f ?? {})),
        error: (m: string, f?: unknown) => void lines.push(m + JSON.stringify(f ?? {})),
        child() {
          return logger;
        },
      };
      const { ksm, clock, publishing } = await setupEngine({ engine: { secrets }, logger });
      const events: unknown[] = [];
      ksm.bus.onAny((event) => void events.push(event));
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const leaked = (text: string) => text.includes("tok-geheim");
      expect((await publishing.engine.deliveries(postId))[0]!.state).not.toBe("in-flight");
      expect(leaked(JSON.stringify(await publishing.engine.deliveries()))).toBe(false);
      expect(leaked(JSON.stringify(await ksm.audit.entries()))).toBe(false);
      expect(leaked(JSON.stringify(events))).toBe(false);
      expect(lines.filter(leaked)).toEqual([]);
      await ksm.dispose();
    });
  });

  describe("a token in a common encoding is scrubbed", () => {
    it("a url quoting the token percent-encoded with lower-case hex (as .NET's UrlEncode writes it) is not stored", async () => {
      const token = "abc/def+ghi=jkl";
      const secrets = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: token }]]);
      const network = scriptedNetwork();
      const publish = network.adapter.publish.bind(network.adapter);
      network.adapter.publish = async (request, context) => {
        const result = await publish(request, context);
        const encoded = encodeURIComponent(context.credentials.accessToken).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
        return { ...result, url: `https://testnet.example/p?access_token=${encoded}` };
      };
      const { ksm, clock, publishing } = await setupEngine({ network, engine: { secrets } });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const stored = JSON.stringify(await publishing.engine.deliveries(postId));
      expect(stored).toContain("succeeded");
      // decodeURIComponent of what is stored must not give the token back.
      expect(decodeURIComponent(stored)).not.toContain(token);
      await ksm.dispose();
    });
  });

  describe("no post is left publishing without a delivery that will settle it", () => {
    it("an admin's start-publishing on an approved post that has no deliveries", async () => {
      const { ksm, publishing } = await setupEngine();
      const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag", variants: [{ channelId: "kanal" }] }, "jonas");
      if (!created.ok) throw new Error(created.refusal.message);
      const id = created.value.id;
      await ksm.workflow.submit(id, "jonas");
      await ksm.workflow.approve(id, "leyla");
      const started = await ksm.workflow.transition(id, "start-publishing", "anna");
      const post = await ksm.store.posts.require(id);
      const deliveries = await publishing.engine.deliveries(id);
      // Either the step is refused, or the post has something that will settle it.
      expect(started.ok ? deliveries.length : 1).toBeGreaterThan(0);
      expect(post.state === "publishing" ? deliveries.length : 1).toBeGreaterThan(0);
      await ksm.dispose();
    });
  });

  describe("stopping before a call started does not claim that it may have reached the network", () => {
    it("dispose while the vault read is pending leaves the delivery known not to be online", async () => {
      const vault = lateVault();
      const { ksm, clock, publishing } = await setupEngine({ engine: { secrets: vault.secrets, stopTimeoutMs: 200 } });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "in-flight" });
      await publishing.engine.stop();
      vault.open();
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "retrying" });
      // No adapter call was ever made for it.
      expect(delivery!.mayHaveReachedNetwork).not.toBe(true);
      await ksm.dispose();
    });
  });

  describe("nothing is left behind after dispose", () => {
    it("no timer of the engine stays on the clock after dispose, whatever was under way", async () => {
      const { TestClock } = await import("@kommune-sm/core");
      const clock = new TestClock("2026-05-04T07:00:00Z");
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable" }, "hang");
      const { ksm, publishing } = await setupEngine({ network, clock, engine: { stopTimeoutMs: 200 } });
      const before = clock.pendingTimers;
      await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "eins" });
      await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "zwei" });
      await schedulePost(ksm, "2026-05-05T12:00:00Z", { text: "drei" });
      await clock.advanceTo("2026-05-04T12:00:00Z");
      expect(publishing.engine.queued + (await publishing.engine.running()).length).toBeGreaterThan(0);
      await ksm.dispose();
      expect(clock.pendingTimers).toBeLessThanOrEqual(before);
    });
  });

  describe("an aborted post scheduled again goes out at its new time", () => {
    it("the channel whose call may have got through is not sent before the new schedule", async () => {
      const secrets = createMemorySecrets([
        [{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: TOKEN }],
        [{ organisationId: "musterstadt", channelId: "kanal-2" }, { accessToken: "zweites-token-2" }],
      ]);
      const network = scriptedNetwork();
      // kanal: a 503 (may have got through); kanal-2: a 429 (certainly not).
      network.script.push({ kind: "retryable", retryAfterMs: 30 * 60_000 }, { kind: "rate-limited", retryAfterMs: 30 * 60_000 });
      const { ksm, clock, publishing } = await setupEngine({ network, engine: { concurrency: 1, secrets } });
      await ksm.store.channels.insert({ id: "kanal-2", organisationId: "musterstadt", network: "testnet", handle: "@zwei@testnet.example", options: {}, active: true });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z", { variants: [{ channelId: "kanal" }, { channelId: "kanal-2" }] });
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const states = Object.fromEntries((await publishing.engine.deliveries(postId)).map((d) => [d.channelId, [d.state, d.mayHaveReachedNetwork === true]]));
      expect(states).toEqual({ kanal: ["retrying", true], "kanal-2": ["retrying", false] });
      // An admin stops it, and plans it for tomorrow instead.
      expect((await ksm.workflow.transition(postId, "abort-publishing", "anna", { reason: "Termin verschoben" })).ok).toBe(true);
      const again = await ksm.workflow.schedule(postId, "anna", "2026-05-05T12:00:00Z");
      expect(again.ok).toBe(true);
      await clock.advanceBy(60 * 60_000);
      await publishing.engine.idle();
      // Nothing may go out before tomorrow noon (the scripted 503 did not accept the post).
      expect(network.posts.size).toBe(0);
      expect((await ksm.store.posts.require(postId)).state).toBe("scheduled");
      await ksm.dispose();
    });
  });

  describe("an adapter's log lines are scrubbed wherever the token sits", () => {
    it("a token used as a field's name does not reach the host's logger", async () => {
      const lines: string[] = [];
      const record = (m: string, f?: unknown) => void lines.push(m + JSON.stringify(f ?? {}));
      const logger = { debug: record, info: record, warn: record, error: record, child: () => logger };
      const network = scriptedNetwork();
      const publish = network.adapter.publish.bind(network.adapter);
      network.adapter.publish = async (request, context) => {
        context.logger.info("sending", { headers: { [`Bearer ${context.credentials.accessToken}`]: "set" } });
        return publish(request, context);
      };
      const { ksm, clock, publishing } = await setupEngine({ network, logger });
      await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect(lines.some((l) => l.startsWith("sending"))).toBe(true);
      expect(lines.filter((l) => l.includes(TOKEN))).toEqual([]);
      await ksm.dispose();
    });
  });

  describe("after dispose returned, no call starts", () => {
    it("a claim whose transaction was slow when dispose timed out does not call the network afterwards", async () => {
      const { createMemoryStore } = await import("@kommune-sm/core");
      const base = createMemoryStore();
      let hold: Promise<void> | undefined;
      let release!: () => void;
      const store = {
        kind: base.kind,
        organisations: base.organisations,
        tenant(organisationId: string) {
          const { syncTransaction: _, ...tenant } = base.tenant(organisationId);
          return {
            ...tenant,
            transaction: async (work: Parameters<typeof tenant.transaction>[0]) => {
              if (hold) await hold;
              return tenant.transaction(work);
            },
          };
        },
        close: () => base.close(),
      } as unknown as import("@kommune-sm/core").Store;
      const { ksm, clock, network, publishing } = await setupWith({ store, engine: { stopTimeoutMs: 100 } });
      await schedulePost(ksm, "2026-05-04T12:00:00Z");
      hold = new Promise<void>((resolve) => (release = resolve));
      await clock.advanceTo("2026-05-04T12:00:00Z");
      // The engine's claim waits for the store.
      await publishing.engine.stop();
      hold = undefined;
      release();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await publishing.engine.idle();
      // stop() returned: nothing may reach the network any more.
      expect(network.log).toEqual([]);
      await ksm.dispose();
    });
  });

  describe("found in a review of the whole change", () => {
    it("a post aborted in another process while this worker reads its credentials does not go out", async () => {
      const store = createMemoryStore();
      const clock = new TestClock("2026-05-04T07:00:00Z");
      const network = scriptedNetwork();
      const a = await setupEngine({ network, store, clock, engine: { workerId: "a" } });
      const inner = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: TOKEN, refreshToken: "refresh-1" }]]);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let reading = false;
      const secrets: SecretsPort = {
        get: async (ref) => {
          reading = true;
          await gate;
          return inner.get(ref);
        },
        set: (ref, credentials) => inner.set(ref, credentials),
      };
      const b = await setupEngine({ network, store, clock, engine: { workerId: "b", secrets } });
      const postId = await schedulePost(a.ksm, "2026-05-04T09:00:00Z");
      // Only b works the outbox (started again, it loads what a scheduled).
      await a.publishing.engine.stop();
      await b.publishing.engine.stop();
      await b.publishing.engine.start();
      await clock.advanceTo("2026-05-04T09:00:00Z");
      for (let i = 0; i < 50 && !reading; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(reading).toBe(true);
      expect((await a.publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "in-flight" });
      // a's step cannot reach b's call: b must see it before the call starts.
      expect((await a.ksm.workflow.transition(postId, "abort-publishing", "anna", { reason: "Falsche Uhrzeit" })).ok).toBe(true);
      open();
      await b.publishing.engine.idle();
      await clock.advanceBy(60_000);
      await b.publishing.engine.idle();
      expect(network.log.filter((c) => c.operation === "publish")).toEqual([]);
      expect((await a.ksm.store.posts.require(postId)).state).toBe("approved");
      await a.ksm.dispose();
      await b.ksm.dispose();
    });

    it("a retry with an override that is refused leaves no override behind", async () => {
      const { ksm, clock, publishing } = await setupEngine({ start: "2027-01-05T08:00:00Z" });
      const postId = await schedulePost(ksm, "2027-01-08T08:00:00Z", { text: "Stadtrat tagt", pillarId: "rathaus" });
      await ksm.store.strategies.insert({ ...MUSTERSTADT_STRATEGY, quietPeriods: MUSTERSTADT_STRATEGY.quietPeriods.map((p) => ({ ...p, startDate: "2027-01-07" })) });
      await clock.advanceTo("2027-01-08T08:00:00Z");
      await publishing.engine.idle();
      const [blocked] = await publishing.engine.deliveries(postId);
      await publishing.engine.cancel(blocked!.id, "anna", "doch nicht");
      const before = (await ksm.audit.entries()).length;
      await expect(publishing.engine.retry(blocked!.id, "anna", { override: { reason: "Amtliche Bekanntmachung" } })).rejects.toMatchObject({ code: "NETWORK_INVALID_STATE" });
      expect((await ksm.store.posts.require(postId)).quietPeriodOverride).toBeUndefined();
      expect(await ksm.audit.entries()).toHaveLength(before);
      await ksm.dispose();
    });
  });
});
