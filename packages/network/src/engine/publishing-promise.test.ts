// The publishing promise under hostile and unlucky use: what goes out is
// exactly an approved revision, only when it may go out, and nothing leaks.
// Each test pins down one way the promise was seen to break.
import { MUSTERSTADT_STRATEGY, type AnyKommuneEvent, type Logger } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createMemorySecrets, type SecretsPort } from "../secrets/secrets-port.js";
import { classifyHttpFailure, NetworkError } from "../spec/index.js";
import { gatedNetwork, schedulePost, scriptedNetwork, setupEngine as setupWith, TOKEN, TRANSACTION_MODES } from "./engine-test-support.js";

const ELECTION = MUSTERSTADT_STRATEGY.quietPeriods[0]!; // 2027-01-11 – 2027-03-28, Europe/Berlin; pillar "rathaus"
// 00:00 on 11 January in Berlin is 23:00 UTC the day before.
const PERIOD_STARTS = Date.parse("2027-01-10T23:00:00Z");

describe.each(TRANSACTION_MODES)("with %s", (transactions) => {
  const setupEngine = (options: Parameters<typeof setupWith>[0] = {}) => setupWith({ ...options, transactions });

  describe("quiet periods hold at every attempt, on every channel", () => {
    it("blocks a retry that falls into the period, names the period, and sends nothing until an admin overrides", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable", retryAfterMs: 20 * 60_000 });
      const { ksm, clock, publishing } = await setupEngine({ network, start: "2027-01-10T12:00:00Z" });
      await ksm.store.strategies.insert(MUSTERSTADT_STRATEGY);
      const postId = await schedulePost(ksm, PERIOD_STARTS - 10 * 60_000, { text: "Der Stadtrat tagt am Donnerstag.", pillarId: "rathaus" });
      await clock.advanceTo(PERIOD_STARTS - 10 * 60_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying" });
      await clock.advanceTo(PERIOD_STARTS + 10 * 60_000);
      await publishing.engine.idle();
      const [blocked] = await publishing.engine.deliveries(postId);
      expect(blocked).toMatchObject({ state: "blocked", problem: { kind: "quiet-period", quietPeriodIds: [ELECTION.id] } });
      expect(blocked!.problem!.message).toContain(ELECTION.label);
      // The first attempt may have got through: the engine looked, and sent nothing.
      expect(network.log.filter((c) => c.operation === "publish")).toHaveLength(1);
      expect(network.posts.size).toBe(0);
      const audited = (await ksm.audit.entries()).find((e) => e.action === "delivery.blocked");
      expect(audited?.reason).toContain(ELECTION.label);
      // A week later it is still held: nobody released it.
      await clock.advanceBy(7 * 24 * 3_600_000);
      await publishing.engine.idle();
      expect(network.posts.size).toBe(0);
      // An editor cannot override; an admin can, with a reason, and then it goes.
      await expect(publishing.engine.retry(blocked!.id, "jonas", { override: { reason: "dringend" } })).rejects.toThrow(/darf die Ruhephase nicht übersteuern/);
      await publishing.engine.retry(blocked!.id, "anna", { override: { reason: "Amtliche Bekanntmachung der Sitzung" } });
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
      const overrides = (await ksm.audit.entries()).filter((e) => e.action === "quiet-period.overridden");
      expect(overrides).toEqual([expect.objectContaining({ reason: "Amtliche Bekanntmachung der Sitzung", actor: expect.objectContaining({ id: "anna" }) })]);
      expect((await ksm.audit.verify()).ok).toBe(true);
      await ksm.dispose();
    });

    it("blocks the second channel of a post when its turn comes inside the period", async () => {
      const network = scriptedNetwork();
      network.script.push("ok", { kind: "retryable", retryAfterMs: 20 * 60_000 });
      const secrets = createMemorySecrets([
        [{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: TOKEN }],
        [{ organisationId: "musterstadt", channelId: "kanal-2" }, { accessToken: "zweites-token-2" }],
      ]);
      const { ksm, clock, publishing } = await setupEngine({ network, start: "2027-01-10T12:00:00Z", engine: { concurrency: 1, secrets } });
      await ksm.store.channels.insert({ id: "kanal-2", organisationId: "musterstadt", network: "testnet", handle: "@zwei@testnet.example", options: {}, active: true });
      await ksm.store.strategies.insert(MUSTERSTADT_STRATEGY);
      const postId = await schedulePost(ksm, PERIOD_STARTS - 10 * 60_000, { text: "Der Stadtrat tagt.", pillarId: "rathaus", variants: [{ channelId: "kanal" }, { channelId: "kanal-2" }] });
      await clock.advanceTo(PERIOD_STARTS + 60 * 60_000);
      await publishing.engine.idle();
      const states = Object.fromEntries((await publishing.engine.deliveries(postId)).map((d) => [d.channelId, d.state]));
      // kanal went out before the period began; kanal-2's retry fell into it and is held.
      expect(states).toEqual({ kanal: "succeeded", "kanal-2": "blocked" });
      expect(network.posts.size).toBe(1);
      expect((await ksm.store.posts.require(postId)).state).toBe("publishing");
      await ksm.dispose();
    });

    it("lets a person release a held delivery after the period has ended", async () => {
      const { ksm, clock, network, publishing } = await setupEngine({ start: "2027-03-20T08:00:00Z" });
      const postId = await schedulePost(ksm, "2027-03-25T08:00:00Z", { text: "Der Stadtrat tagt.", pillarId: "rathaus" });
      // The period was added after scheduling.
      await ksm.store.strategies.insert(MUSTERSTADT_STRATEGY);
      await clock.advanceTo("2027-03-25T08:00:00Z");
      await publishing.engine.idle();
      const [blocked] = await publishing.engine.deliveries(postId);
      expect(blocked).toMatchObject({ state: "blocked" });
      // Released too early: held again, nothing sent.
      await publishing.engine.retry(blocked!.id, "jonas");
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "blocked" });
      await clock.advanceTo("2027-03-29T08:00:00Z");
      await publishing.engine.retry(blocked!.id, "jonas");
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
      expect(network.log.filter((c) => c.operation === "publish").every((c) => c.at >= Date.parse("2027-03-28T22:00:00Z"))).toBe(true);
      await ksm.dispose();
    });
  });

  describe("what goes out is the approved revision", () => {
    it("sends the corrected text, never the first one, when a scheduled post is edited and approved again", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "V1: Sperrmüll am Samstag" });
      const [first] = await publishing.engine.deliveries(postId);
      const edited = await ksm.workflow.editPost(postId, { text: "V2: Sperrmüll am Montag" }, "jonas");
      expect(edited.ok).toBe(true);
      // The edit cancelled the delivery of V1 in its own transaction.
      expect(await publishing.engine.deliveries(postId)).toEqual([expect.objectContaining({ id: first!.id, state: "cancelled" })]);
      await ksm.workflow.submit(postId, "jonas");
      expect((await ksm.workflow.approve(postId, "leyla")).ok).toBe(true);
      expect((await ksm.workflow.schedule(postId, "jonas", "2026-05-04T12:00:00Z")).ok).toBe(true);
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect([...network.posts.values()].map((p) => p.text)).toEqual(["V2: Sperrmüll am Montag"]);
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      await ksm.dispose();
    });

    it("sends the corrected text when it is scheduled again for the next day", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "V1" });
      await ksm.workflow.editPost(postId, { text: "V2" }, "jonas");
      await ksm.workflow.submit(postId, "jonas");
      await ksm.workflow.approve(postId, "leyla");
      expect((await ksm.workflow.schedule(postId, "jonas", "2026-05-05T12:00:00Z")).ok).toBe(true);
      await clock.advanceTo("2026-05-05T12:00:00Z");
      await publishing.engine.idle();
      expect([...network.posts.values()].map((p) => p.text)).toEqual(["V2"]);
      await ksm.dispose();
    });

    it("cancels a delivery whose post was changed behind the workflow's back", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "Freigegeben" });
      const post = await ksm.store.posts.require(postId);
      await ksm.store.posts.save({ ...post, text: "Nie freigegeben", revision: post.revision + 1 }, { expectedRevision: post.revision });
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect(network.posts.size).toBe(0);
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "cancelled" });
      await ksm.dispose();
    });

    it("refuses an edit while it is not known whether an earlier version went out", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable" });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "V1" });
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      // Aborted while a 503 is waiting for its retry: the 503 may have gone through.
      expect((await ksm.workflow.transition(postId, "abort-publishing", "anna", { reason: "Fehler im Text" })).ok).toBe(true);
      const edit = await ksm.workflow.editPost(postId, { text: "V2" }, "jonas");
      expect(edit).toMatchObject({ ok: false, refusal: { code: "unsettled" } });
      // Once the engine has looked (nothing there), the edit goes through.
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "cancelled" });
      expect((await ksm.workflow.editPost(postId, { text: "V2" }, "jonas")).ok).toBe(true);
      await ksm.dispose();
    });
  });

  describe("secrets never leak", () => {
    it("keeps tokens out of the outbox, the audit log, events and logs when expired credentials fail to refresh with an error that quotes them", async () => {
      const network = scriptedNetwork();
      network.adapter.refreshCredentials = async (credentials) => {
        throw new NetworkError({
          kind: "authentication",
          status: 400,
          message: `invalid_grant refresh=${credentials.refreshToken} access=${encodeURIComponent(credentials.accessToken)} body=${JSON.stringify({ token: credentials.accessToken })}`,
          networkReason: `token ${credentials.accessToken} revoked`,
        });
      };
      const lines: string[] = [];
      const logger: Logger = { debug: (m, f) => void lines.push(m + JSON.stringify(f)), info: (m, f) => void lines.push(m + JSON.stringify(f)), warn: (m, f) => void lines.push(m + JSON.stringify(f)), error: (m, f) => void lines.push(m + JSON.stringify(f)), child: () => logger };
      const secrets = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: 'abgelaufen"\\/+ä-4711', refreshToken: "erneuern-0815?&=", expiresAt: "2026-01-01T00:00:00Z" }]]);
      const { ksm, clock, publishing } = await setupEngine({ network, logger, engine: { secrets } });
      const events: AnyKommuneEvent[] = [];
      ksm.bus.onAny((event) => void events.push(event));
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "failed", problem: { kind: "authentication" } });
      const sinks = JSON.stringify([await publishing.engine.deliveries(), await ksm.audit.entries(), events, lines]);
      for (const secret of ['abgelaufen"\\/+ä-4711', "erneuern-0815?&="]) {
        for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]) expect(sinks).not.toContain(form);
      }
      expect(delivery!.problem!.message).toContain("[redacted]");
      await ksm.dispose();
    });

    it("refuses credentials shorter than 8 characters when they are stored", async () => {
      const secrets = createMemorySecrets();
      await expect(secrets.set({ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: "kurz" })).rejects.toMatchObject({ code: "NETWORK_CREDENTIALS_INVALID" });
      await expect(secrets.set({ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: "lang-genug-1", extra: { pin: "1234" } })).rejects.toMatchObject({ code: "NETWORK_CREDENTIALS_INVALID" });
    });

    it("keeps refs apart whatever their ids hold", async () => {
      const secrets = createMemorySecrets();
      await secrets.set({ organisationId: "a\u0000b", channelId: "c" }, { accessToken: "erstes-token-1" });
      await secrets.set({ organisationId: "a", channelId: "b\u0000c" }, { accessToken: "zweites-token-2" });
      expect(await secrets.get({ organisationId: "a\u0000b", channelId: "c" })).toMatchObject({ accessToken: "erstes-token-1" });
    });

    it("scrubs a token an adapter returns in the url or the warnings, and refuses one in the remote id", async () => {
      const network = scriptedNetwork();
      network.script.push({ resolveWith: { remoteId: "r-1", url: `https://testnet.example/p/1?access_token=${TOKEN}`, warnings: [{ type: "other", message: `with ${TOKEN}` }] } });
      network.script.push({ resolveWith: { remoteId: `r-${TOKEN}` } });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const first = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "eins" });
      const second = await schedulePost(ksm, "2026-05-04T12:05:00Z", { text: "zwei" });
      await clock.advanceTo("2026-05-04T12:05:00Z");
      await publishing.engine.idle();
      const [one] = await publishing.engine.deliveries(first);
      expect(one).toMatchObject({ state: "succeeded", remoteId: "r-1", warnings: [{ message: "with [redacted]" }] });
      expect(one).not.toHaveProperty("url");
      const [two] = await publishing.engine.deliveries(second);
      expect(two).toMatchObject({ state: "uncertain", problem: { kind: "adapter-defect" } });
      expect(JSON.stringify([await publishing.engine.deliveries(), await ksm.audit.entries()])).not.toContain(TOKEN);
      await ksm.dispose();
    });
  });

  describe("every wait has an end", () => {
    it("a hanging refresh neither stalls other channels nor holds its slots, and dispose returns", async () => {
      const network = scriptedNetwork();
      network.adapter.refreshCredentials = () => new Promise(() => {});
      const secrets = createMemorySecrets([
        [{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: "abgelaufen-4711", refreshToken: "erneuern-0815", expiresAt: "2026-01-01T00:00:00Z" }],
        [{ organisationId: "musterstadt", channelId: "gut" }, { accessToken: "gueltig-12345", expiresAt: "2099-01-01T00:00:00Z" }],
      ]);
      const { ksm, clock, publishing } = await setupEngine({ network, engine: { secrets, concurrency: 4, callTimeoutMs: 10_000 } });
      await ksm.store.channels.insert({ id: "gut", organisationId: "musterstadt", network: "testnet", handle: "@gut@testnet.example", options: {}, active: true });
      for (let i = 0; i < 4; i++) await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: `hängt ${i}` });
      const good = await schedulePost(ksm, "2026-05-04T12:00:01Z", { text: "geht", variants: [{ channelId: "gut" }] });
      await clock.advanceTo("2026-05-04T12:00:01Z");
      await clock.advanceBy(10_000);
      await clock.advanceBy(10_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(good))[0]).toMatchObject({ state: "succeeded" });
      const stuck = (await publishing.engine.deliveries()).filter((d) => d.channelId === "kanal");
      expect(stuck.every((d) => d.state === "retrying" && d.problem?.message.includes("took longer than 10000 ms"))).toBe(true);
      const started = Date.now();
      await ksm.dispose();
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it("takes back an expired lease of its own, and dispose returns within its timeout while an adapter ignores its signal", async () => {
      const network = scriptedNetwork();
      network.script.push("hang");
      // This adapter never settles, not even when aborted.
      const publish = network.adapter.publish.bind(network.adapter);
      let calls = 0;
      network.adapter.publish = (request, context) => (calls++ === 0 ? new Promise(() => {}) : publish(request, context));
      const { ksm, clock, publishing } = await setupEngine({ network, engine: { callTimeoutMs: 5_000, leaseMs: 20_000, stopTimeoutMs: 200 } });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await clock.advanceBy(5_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", mayHaveReachedNetwork: true });
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
      network.adapter.publish = () => new Promise(() => {});
      await schedulePost(ksm, "2026-05-04T13:00:00Z", { text: "hängt beim Beenden" });
      await clock.advanceTo("2026-05-04T13:00:00Z");
      const started = Date.now();
      await ksm.dispose();
      expect(Date.now() - started).toBeLessThan(2_000);
    });
  });

  describe("pause means pause", () => {
    it("starts no call after pause() resolved, even for a delivery claimed just before, and lists what was running", async () => {
      const gate: { open?: () => void } = {};
      const held = new Promise<void>((resolve) => (gate.open = resolve));
      const inner = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: TOKEN }]]);
      // The vault answers late: the delivery is claimed, but its call has not started.
      const secrets: SecretsPort = { get: async (ref) => (await held, inner.get(ref)), set: (ref, c) => inner.set(ref, c) };
      const { ksm, clock, network, publishing } = await setupEngine({ engine: { secrets } });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "in-flight" });
      const paused = await publishing.engine.pause("anna", "Unwetter");
      expect(paused.running).toEqual([expect.objectContaining({ deliveryId: expect.any(String), worker: publishing.engine.workerId })]);
      gate.open!();
      await publishing.engine.idle();
      expect(network.log).toEqual([]);
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", attempts: 0 });
      await publishing.engine.resume("anna");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", attempts: 1 });
      await ksm.dispose();
    });
  });

  describe("adapter results are checked", () => {
    for (const [name, step] of [
      ["resolves undefined", { resolveWith: undefined }],
      ["resolves {}", { resolveWith: {} }],
      ["resolves a numeric remote id", { resolveWith: { remoteId: 42 } }],
      ["throws an object whose message getter throws", { throwValue: Object.defineProperty({}, "message", { get() { throw new Error("boom"); } }) }],
      ["throws a string", { throwValue: "kaputt" }],
    ] as const) {
      it(`a publish that ${name} is an adapter defect: uncertain, one call, a problem a person can read`, async () => {
        const network = scriptedNetwork();
        network.script.push(step);
        const { ksm, clock, publishing } = await setupEngine({ network, engine: { retry: { maxAttempts: 8 } } });
        const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
        await clock.advanceTo("2026-05-04T12:00:00Z");
        for (let i = 0; i < 60; i++) await clock.advanceBy(30_000);
        await publishing.engine.idle();
        const [delivery] = await publishing.engine.deliveries(postId);
        expect(delivery).toMatchObject({ state: "uncertain", problem: { kind: "adapter-defect", code: "NETWORK_ADAPTER_DEFECT" } });
        expect(delivery!.problem!.message).toMatch(/broke the adapter spec/);
        expect(network.log.filter((c) => c.operation === "publish")).toHaveLength(1);
        await ksm.dispose();
      });
    }
  });

  describe("Retry-After the engine cannot honour", () => {
    it("classifyHttpFailure reads a 400-digit Retry-After as no wait at all", () => {
      expect(classifyHttpFailure({ status: 429, retryAfter: "9".repeat(400), operation: "POST /statuses" }, 0).retryAfterMs).toBeUndefined();
      expect(new NetworkError({ kind: "rate-limited", message: "x", retryAfterMs: Number.NaN }).retryAfterMs).toBeUndefined();
      expect(new NetworkError({ kind: "rate-limited", message: "x", retryAfterMs: Number.POSITIVE_INFINITY }).retryAfterMs).toBeUndefined();
      expect(new NetworkError({ kind: "rate-limited", message: "x", retryAfterMs: -5 }).retryAfterMs).toBeUndefined();
    });

    it("a NaN or infinite wait falls back to backoff and does not poison the channel for later posts", async () => {
      const network = scriptedNetwork();
      const publish = network.adapter.publish.bind(network.adapter);
      let first = true;
      network.adapter.publish = async (request, context) => {
        if (first) {
          first = false;
          const error = new NetworkError({ kind: "rate-limited", status: 429, message: "slow down" });
          (error as { retryAfterMs?: number }).retryAfterMs = Number.NaN;
          throw error;
        }
        return publish(request, context);
      };
      const { ksm, clock, publishing } = await setupEngine({ network });
      const one = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "eins" });
      const two = await schedulePost(ksm, "2026-05-04T12:10:00Z", { text: "zwei" });
      await clock.advanceTo("2026-05-04T12:10:00Z");
      await publishing.engine.idle();
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(one))[0]).toMatchObject({ state: "succeeded" });
      expect((await publishing.engine.deliveries(two))[0]).toMatchObject({ state: "succeeded" });
      await ksm.dispose();
    });

    it("a wait beyond the cap holds the delivery for a person, with the reason", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "rate-limited", retryAfterMs: 32 * 365 * 24 * 3_600_000 });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "blocked", problem: { kind: "rate-limited" } });
      expect(delivery!.problem!.message).toMatch(/asked to wait until 2058/);
      await ksm.dispose();
    });
  });

  describe("scheduling is atomic with handover", () => {
    it("refuses a post without channels, with an unknown channel, or with too long a text, and leaves it approved", async () => {
      const { ksm, publishing } = await setupEngine();
      for (const [content, key] of [
        [{ text: "ohne Kanal", variants: [] }, "no-channel"],
        [{ text: "unbekannt", variants: [{ channelId: "gibt-es-nicht" }] }, "unknown-channel"],
        [{ text: "x".repeat(600), variants: [{ channelId: "kanal" }] }, "text-too-long"],
      ] as const) {
        const created = await ksm.workflow.createPost({ text: content.text, variants: [...content.variants] }, "jonas");
        const id = created.ok ? created.value.id : "";
        await ksm.workflow.submit(id, "jonas");
        await ksm.workflow.approve(id, "leyla");
        const scheduled = await ksm.workflow.schedule(id, "jonas", "2026-05-04T12:00:00Z");
        expect(scheduled).toMatchObject({ ok: false, refusal: { code: "undeliverable", details: { problems: [expect.objectContaining({ problem: key })] } } });
        expect((await ksm.store.posts.require(id)).state).toBe("approved");
        expect(await publishing.engine.deliveries(id)).toEqual([]);
      }
      await ksm.dispose();
    });

    it("handOver() refuses a post that is not scheduled", async () => {
      const { ksm, publishing } = await setupEngine();
      const created = await ksm.workflow.createPost({ text: "nur ein Entwurf", variants: [{ channelId: "kanal" }] }, "jonas");
      await expect(publishing.engine.handOver(created.ok ? created.value.id : "")).rejects.toMatchObject({ code: "NETWORK_INVALID_STATE" });
      await ksm.dispose();
    });
  });

  describe("withdrawal and abort always stop", () => {
    it("withdraws a post that waits for a retry, and nothing goes out", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "rate-limited", retryAfterMs: 600_000 });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect((await ksm.store.posts.require(postId)).state).toBe("publishing");
      expect((await ksm.workflow.withdraw(postId, "leyla", "Termin fällt aus")).ok).toBe(true);
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "cancelled" });
      await clock.advanceBy(3_600_000);
      await publishing.engine.idle();
      expect(network.posts.size).toBe(0);
      await ksm.dispose();
    });

    it("an admin's abort stops a delivery waiting for a retry; scheduling it again sends it once", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "rate-limited", retryAfterMs: 600_000 });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect((await ksm.workflow.transition(postId, "abort-publishing", "anna", { reason: "falscher Tag" })).ok).toBe(true);
      await clock.advanceBy(3_600_000);
      await publishing.engine.idle();
      expect(network.posts.size).toBe(0);
      expect((await ksm.workflow.schedule(postId, "jonas", "2026-05-05T12:00:00Z")).ok).toBe(true);
      await clock.advanceTo("2026-05-05T12:00:00Z");
      await publishing.engine.idle();
      expect(network.posts.size).toBe(1);
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      await ksm.dispose();
    });

    it("takes a withdrawn published post down through the adapter, audited", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect((await ksm.workflow.withdraw(postId, "leyla", "Falsche Uhrzeit genannt")).ok).toBe(true);
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect([...network.posts.values()].every((p) => p.removed)).toBe(true);
      const takedown = (await publishing.engine.deliveries(postId)).find((d) => d.kind === "takedown");
      expect(takedown).toMatchObject({ state: "succeeded" });
      const actions = (await ksm.audit.entries()).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(["post.withdrawn", "takedown.scheduled", "takedown.succeeded"]));
      await ksm.dispose();
    });

    it("leaves a visible task for a person where the network cannot delete", async () => {
      const network = scriptedNetwork({ canDelete: false });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      const blockedEvents: unknown[] = [];
      ksm.bus.on("takedown.blocked", (event) => void blockedEvents.push(event.data));
      await ksm.workflow.withdraw(postId, "leyla", "Datenschutz");
      const takedown = (await publishing.engine.deliveries(postId)).find((d) => d.kind === "takedown");
      expect(takedown).toMatchObject({ state: "blocked", problem: { kind: "no-delete" } });
      expect(takedown!.problem!.message).toMatch(/removed by hand/);
      expect(blockedEvents).toHaveLength(1);
      await publishing.engine.resolve(takedown!.id, "jonas", { outcome: "removed" });
      expect((await publishing.engine.deliveries(postId)).find((d) => d.kind === "takedown")).toMatchObject({ state: "succeeded" });
      await ksm.dispose();
    });

    it("takes down what a call under way put online after the post was withdrawn", async () => {
      const { network, answer } = gatedNetwork();
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      expect((await ksm.workflow.withdraw(postId, "leyla", "zurückgezogen")).ok).toBe(true);
      answer(); // the network ignored the abort and published anyway
      await publishing.engine.idle();
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      expect([...network.posts.values()].every((p) => p.removed)).toBe(true);
      await ksm.dispose();
    });
  });

  describe("events are immutable and the engine acts on stored state", () => {
    it("a listener that rewrites an event's post id cannot make the engine publish another post", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const other = await ksm.workflow.createPost({ text: "freigegeben, nicht geplant", variants: [{ channelId: "kanal" }] }, "jonas");
      const otherId = other.ok ? other.value.id : "";
      await ksm.workflow.submit(otherId, "jonas");
      await ksm.workflow.approve(otherId, "leyla");
      const failures: unknown[] = [];
      ksm.bus.on("listener.failed", (event) => void failures.push(event.data));
      ksm.bus.on("post.scheduled", (event) => {
        (event.data as { postId: string }).postId = otherId;
      });
      const postId = await schedulePost(ksm, "2026-05-04T12:00:00Z", { text: "geplant" });
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect([...network.posts.values()].map((p) => p.text)).toEqual(["geplant"]);
      expect((await ksm.store.posts.require(otherId)).state).toBe("approved");
      expect(failures.length).toBeGreaterThan(0);
      void postId;
      await ksm.dispose();
    });
  });
});
