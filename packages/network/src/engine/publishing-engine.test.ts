import { zonedTimeToInstant, type AnyKommuneEvent, type Logger } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { gatedNetwork, schedulePost, scriptedNetwork, setupEngine as setupWith, TOKEN, TRANSACTION_MODES } from "./engine-test-support.js";

const iso = (at: number) => new Date(at).toISOString();

// Every test runs twice: with the store's syncTransaction (the memory and
// SQLite stores offer it) and with transaction only (a store without it).
describe.each(TRANSACTION_MODES)("with %s", (transactions) => {
  const setupEngine = (options: Parameters<typeof setupWith>[0] = {}) => setupWith({ ...options, transactions });

  describe("publishing engine", () => {
    it("publishes a scheduled post at its time, once, and marks it published", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const events: AnyKommuneEvent[] = [];
      ksm.bus.onAny((event) => void events.push(event));
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "scheduled", dueAt: "2026-05-04T09:00:00.000Z", channelId: "kanal" });
      await clock.advanceTo("2026-05-04T08:59:59Z");
      expect(network.calls.size).toBe(0);
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      expect([...network.calls.values()]).toEqual([1]);
      expect(await publishing.engine.deliveries(postId)).toEqual([expect.objectContaining({ state: "succeeded", remoteId: expect.stringMatching(/^r-1-/), attempts: 1 })]);
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      expect(events.map((e) => e.type).filter((t) => t.startsWith("delivery.") || t.startsWith("post.p"))).toEqual([
        "delivery.scheduled",
        "delivery.started",
        "post.publishing-started",
        "delivery.succeeded",
        "post.published",
      ]);
      expect((await ksm.audit.verify()).ok).toBe(true);
      await ksm.dispose();
    });

    it("refuses to schedule a post that cannot be delivered, says every problem, and stores nothing", async () => {
      const { ksm, publishing } = await setupEngine();
      const created = await ksm.workflow.createPost(
        {
          text: "x".repeat(501),
          variants: [{ channelId: "kanal", media: [{ id: "bild", kind: "image", url: "https://musterstadt.example/b.jpg" }] }, { channelId: "gibt-es-nicht" }],
        },
        "jonas",
      );
      const postId = created.ok ? created.value.id : "";
      await ksm.workflow.submit(postId, "jonas");
      await ksm.workflow.approve(postId, "leyla");
      const auditBefore = (await ksm.audit.entries()).length;
      const scheduled = await ksm.workflow.schedule(postId, "jonas", "2026-05-04T09:00:00Z");
      expect(scheduled.ok).toBe(false);
      if (scheduled.ok) return;
      expect(scheduled.refusal.code).toBe("undeliverable");
      expect(scheduled.refusal.message).toMatch(/1 Zeichen länger als die 500, die Testnetz erlaubt/);
      expect(scheduled.refusal.message).toMatch(/„bild“ braucht für Testnetz einen Alternativtext/);
      expect(scheduled.refusal.message).toMatch(/„gibt-es-nicht“ gibt es in dieser Organisation nicht/);
      const problems = (scheduled.refusal.details as { problems: { problem: string; message: string }[] }).problems;
      expect(problems.map((p) => p.problem).sort()).toEqual(["alt-text-missing", "text-too-long", "unknown-channel"]);
      expect(problems.find((p) => p.problem === "text-too-long")!.message).toMatch(/1 characters over Testnetz's limit of 500/);
      expect(await publishing.engine.deliveries(postId)).toEqual([]);
      expect((await ksm.store.posts.require(postId)).state).toBe("approved");
      expect(await ksm.audit.entries()).toHaveLength(auditBefore);
      await ksm.dispose();
    });

    it("retries passing failures with growing waits, never sooner than Retry-After", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "rate-limited", retryAfterMs: 120_000 }, { kind: "retryable" });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const retrying: { nextAttemptAt: string }[] = [];
      ksm.bus.on("delivery.retrying", (event) => void retrying.push(event.data));
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      expect(retrying[0]!.nextAttemptAt).toBe("2026-05-04T09:02:00.000Z");
      await clock.advanceTo("2026-05-04T09:01:59Z");
      expect(retrying).toHaveLength(1);
      await clock.advanceTo("2026-05-04T09:02:00Z");
      await publishing.engine.idle();
      // Second failure (a 503): backoff 2 s × 2^(2-1) × jitter 0.5 = 2 s.
      expect(retrying[1]!.nextAttemptAt).toBe("2026-05-04T09:02:02.000Z");
      await clock.advanceBy(2_000);
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "succeeded", attempts: 3 });
      // After the 503 the engine looked the post up first (it was not there), then sent once more.
      expect(network.posts.size).toBe(1);
      await ksm.dispose();
    });

    it("stops at once on a permanent failure, with the network's reason for a person", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "rejected-content" });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      await clock.advanceBy(3_600_000);
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "failed", attempts: 1, problem: { kind: "rejected-content", code: "NETWORK_REJECTED_CONTENT" } });
      expect((await ksm.store.posts.require(postId)).state).toBe("approved");
      await ksm.dispose();
    });

    it("publishes a post when one of its channels took it, whichever delivery ended last, and takes it back to approved when none did", async () => {
      // One delivery at a time, in the order of the variants; channels without credentials fail at once.
      const { ksm, clock, publishing } = await setupEngine({ engine: { concurrency: 1 } });
      for (const id of ["ohne-zugang-1", "ohne-zugang-2"]) {
        await ksm.store.channels.insert({ id, organisationId: "musterstadt", network: "testnet", handle: `@${id}@testnet.example`, options: {}, active: true });
      }
      const failedLast = await schedulePost(ksm, "2026-05-04T09:00:00Z", { variants: [{ channelId: "kanal" }, { channelId: "ohne-zugang-1" }] });
      const succeededLast = await schedulePost(ksm, "2026-05-04T09:00:00Z", { variants: [{ channelId: "ohne-zugang-1" }, { channelId: "kanal" }] });
      const noneTook = await schedulePost(ksm, "2026-05-04T09:00:00Z", { variants: [{ channelId: "ohne-zugang-1" }, { channelId: "ohne-zugang-2" }] });
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      for (const postId of [failedLast, succeededLast]) {
        expect((await publishing.engine.deliveries(postId)).map((d) => d.state).sort()).toEqual(["failed", "succeeded"]);
        expect((await ksm.store.posts.require(postId)).state).toBe("published");
      }
      expect((await publishing.engine.deliveries(noneTook)).map((d) => d.state)).toEqual(["failed", "failed"]);
      expect((await ksm.store.posts.require(noneTook)).state).toBe("approved");
      const aborted = (await ksm.audit.entries()).filter((entry) => entry.action === "post.publishing-aborted" && entry.subject.id === noneTook);
      expect(aborted).toHaveLength(1);
      expect(aborted[0]!.reason).toMatch(/^No channel took the post: .*ohne-zugang-1 failed/);
      expect(aborted[0]!.reason).toMatch(/ohne-zugang-2 failed/);
      expect((await ksm.audit.verify()).ok).toBe(true);
      await ksm.dispose();
    });

    it("refreshes an expired token once, keeps the refresh token, and does not storm a revoked one", async () => {
      const network = scriptedNetwork();
      network.revoked.add(TOKEN);
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      expect(network.refreshes).toBe(1);
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });

      network.revoked.add(`${TOKEN}-neu`);
      network.adapter.refreshCredentials = undefined;
      const second = await schedulePost(ksm, "2026-05-04T10:00:00Z");
      await clock.advanceTo("2026-05-04T10:00:00Z");
      await publishing.engine.idle();
      await clock.advanceBy(24 * 3_600_000);
      const [failed] = await publishing.engine.deliveries(second);
      expect(failed).toMatchObject({ state: "failed", attempts: 1, problem: { kind: "authentication" } });
      await ksm.dispose();
    });

    it("gives up after the last attempt and says so", async () => {
      const network = scriptedNetwork({ idempotency: "native" });
      for (let i = 0; i < 3; i++) network.script.push({ kind: "retryable" });
      const { ksm, clock, publishing } = await setupEngine({ network, engine: { retry: { maxAttempts: 3 } } });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "failed", attempts: 3, problem: { kind: "gave-up", message: expect.stringMatching(/^Gave up after 3 attempts/) } });
      await ksm.dispose();
    });

    it("aborts a call that hangs, and looks the post up before sending again", async () => {
      const network = scriptedNetwork();
      network.script.push("hang");
      const { ksm, clock, publishing } = await setupEngine({ network, engine: { callTimeoutMs: 10_000 } });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await clock.advanceBy(10_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", mayHaveReachedNetwork: true });
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
      expect(network.posts.size).toBe(1);
      await ksm.dispose();
    });

    it("finds a post that got through although the call failed, instead of sending it twice", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable", afterAccept: true });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:05:00Z");
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "succeeded", reconciled: true, attempts: 2 });
      expect(network.posts.size).toBe(1);
      expect([...network.calls.values()]).toEqual([1]);
      await ksm.dispose();
    });

    it("records a delivery's success and the post's publication together, or neither", async () => {
      const { ksm, clock, network, publishing } = await setupEngine({ engine: { leaseMs: 120_000 } });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      // The post's step to "published" fails once, after the network took the post:
      // the transaction that would record the success is rolled back as a whole.
      const original = ksm.workflow.transitionWithin.bind(ksm.workflow);
      const originalSync = ksm.workflow.transitionWithinSync.bind(ksm.workflow);
      let failures = 0;
      ksm.workflow.transitionWithin = async (tx, id, action, actor, options) => {
        if (action === "mark-published" && failures++ === 0) throw new Error("store went away");
        return original(tx, id, action, actor, options);
      };
      ksm.workflow.transitionWithinSync = (tx, id, action, actor, options) => {
        if (action === "mark-published" && failures++ === 0) throw new Error("store went away");
        return originalSync(tx, id, action, actor, options);
      };
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "in-flight" });
      expect((await ksm.store.posts.require(postId)).state).toBe("publishing");
      // When the lease runs out, the delivery is looked up (not sent again) and both are recorded.
      await clock.advanceBy(120_000);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", reconciled: true });
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      expect([...network.calls.values()]).toEqual([1]);
      expect((await ksm.audit.verify()).ok).toBe(true);
      await ksm.dispose();
    });

    it("keeps the outcome of a worker that took a delivery over, not a late answer of the first", async () => {
      const { network, answer } = gatedNetwork();
      const { ksm, clock, publishing } = await setupEngine({ network });
      const events: string[] = [];
      ksm.bus.onAny((event) => void events.push(event.type));
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:00:00Z");
      const [claimed] = await publishing.engine.deliveries(postId);
      expect(claimed).toMatchObject({ state: "in-flight" });
      // Meanwhile another worker took it over and recorded its own outcome.
      const theirs = { ...claimed!, state: "succeeded" as const, remoteId: "r-by-the-other-worker", reconciled: true, revision: claimed!.revision + 1 };
      delete theirs.lease;
      await ksm.store.collection("deliveries").save(theirs, { expectedRevision: claimed!.revision });
      answer();
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", remoteId: "r-by-the-other-worker", revision: claimed!.revision + 1 });
      expect(events.filter((type) => type === "delivery.succeeded")).toEqual([]);
      await ksm.dispose();
    });

    it("aborts the call when an admin takes the post back mid-flight; what got through anyway is found and shown as published", async () => {
      const { network, answer } = gatedNetwork();
      const warnings: string[] = [];
      const logger: Logger = { debug() {}, info() {}, warn: (message) => void warnings.push(message), error: (message) => void warnings.push(message), child: () => logger };
      const { ksm, clock, publishing } = await setupEngine({ network, logger });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:00:00Z");
      expect((await ksm.store.posts.require(postId)).state).toBe("publishing");
      // An admin takes the post back while the network has not answered yet: the call is aborted.
      const aborted = await ksm.workflow.transition(postId, "abort-publishing", "anna", { reason: "Termin verschoben" });
      expect(aborted.ok).toBe(true);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", mayHaveReachedNetwork: true });
      // This network ignores the abort and publishes all the same.
      answer();
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      // The next look finds it online instead of cancelling it blindly: the post is published, for everyone to see.
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", reconciled: true });
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      expect([...network.calls.values()]).toEqual([1]);
      expect(warnings).toEqual([]);
      expect((await ksm.audit.verify()).ok).toBe(true);
      await ksm.dispose();
    });

    it("marks a delivery uncertain when a lookup cannot tell, and a person resolves it", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable", afterAccept: true });
      network.lookupAnswer = "unknown";
      const { ksm, clock, publishing } = await setupEngine({ network });
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T09:05:00Z");
      await publishing.engine.idle();
      const [delivery] = await publishing.engine.deliveries(postId);
      expect(delivery).toMatchObject({ state: "uncertain", problem: { kind: "uncertain" } });
      expect((await ksm.store.posts.require(postId)).state).toBe("publishing");
      const resolved = await publishing.engine.resolve(delivery!.id, "leyla", { outcome: "published", remoteId: "r-von-hand" });
      expect(resolved).toMatchObject({ state: "succeeded", remoteId: "r-von-hand" });
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      expect(network.posts.size).toBe(1);
      await ksm.dispose();
    });

    it("keeps to the network's rate limit per account", async () => {
      const network = scriptedNetwork({ rate: { requests: 2, perMilliseconds: 60_000 } });
      const { ksm, clock, publishing } = await setupEngine({ network });
      for (let i = 0; i < 5; i++) await schedulePost(ksm, "2026-05-04T09:00:00Z", { text: `Beitrag ${i}` });
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      expect(network.posts.size).toBe(2);
      // Never more than 2 within any 60 s: a token bucket's refill would have let a third out here.
      await clock.advanceBy(30_000);
      await publishing.engine.idle();
      expect(network.posts.size).toBe(2);
      await clock.advanceBy(30_000);
      await publishing.engine.idle();
      expect(network.posts.size).toBe(4);
      await clock.advanceBy(60_000);
      await publishing.engine.idle();
      expect(network.posts.size).toBe(5);
      await ksm.dispose();
    });

    it("holds everything in crisis mode and sends what became due, late but once, on resume", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const types: string[] = [];
      ksm.bus.onAny((event) => void types.push(event.type));
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await expect(publishing.engine.pause("jonas", "Unwetter")).rejects.toThrow(/roles admin/);
      await publishing.engine.pause("anna", "Unwetterlage: alles anhalten");
      await clock.advanceTo("2026-05-04T12:00:00Z");
      await publishing.engine.idle();
      expect(network.calls.size).toBe(0);
      const started: { late: boolean }[] = [];
      ksm.bus.on("delivery.started", (event) => void started.push(event.data));
      await publishing.engine.resume("anna");
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect(started).toEqual([expect.objectContaining({ late: true })]);
      expect([...network.calls.values()]).toEqual([1]);
      expect((await ksm.store.posts.require(postId)).state).toBe("published");
      expect(types).toContain("publishing.paused");
      expect(types).toContain("publishing.resumed");
      const actions = (await ksm.audit.entries()).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(["publishing.paused", "publishing.resumed"]));
      await ksm.dispose();
    });

    it("cancels what has not gone out when a post is unscheduled", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      expect((await ksm.workflow.transition(postId, "unschedule", "jonas")).ok).toBe(true);
      await ksm.bus.settled();
      await clock.advanceTo("2026-05-04T10:00:00Z");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "cancelled" });
      expect(network.calls.size).toBe(0);
      await ksm.dispose();
    });

    it("fires at the wall-clock time of the organisation's zone on DST days", async () => {
      const { ksm, clock, network, publishing } = await setupEngine({ start: "2026-03-28T12:00:00Z" });
      // 02:30 on 29 March 2026 does not exist in Berlin; the documented rule moves it to 03:30 CEST.
      const gap = zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, "Europe/Berlin");
      const summer = zonedTimeToInstant({ year: 2026, month: 7, day: 1, hour: 9 }, "Europe/Berlin");
      const first = await schedulePost(ksm, gap, { text: "eins" });
      const second = await schedulePost(ksm, summer, { text: "zwei" });
      expect(iso(gap)).toBe("2026-03-29T01:30:00.000Z");
      await clock.advanceTo("2026-03-29T01:29:59Z");
      expect(network.calls.size).toBe(0);
      await clock.advanceTo("2026-03-29T01:30:00Z");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(first))[0]!.state).toBe("succeeded");
      await clock.advanceTo("2026-07-01T06:59:59Z");
      expect((await publishing.engine.deliveries(second))[0]!.state).toBe("scheduled");
      await clock.advanceTo("2026-07-01T07:00:00Z");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(second))[0]).toMatchObject({ state: "succeeded", publishedAt: "2026-07-01T07:00:00.000Z" });
      await ksm.dispose();
    });

    it("blocks a delivery in a quiet period at publishing time; an admin's retry with override sends it", async () => {
      const { ksm, clock, network, publishing } = await setupEngine({ start: "2027-01-05T08:00:00Z" });
      const { MUSTERSTADT_STRATEGY } = await import("@kommune-sm/core");
      const postId = await schedulePost(ksm, "2027-01-08T08:00:00Z", { text: "Stadtrat tagt", pillarId: "rathaus" });
      // The quiet period is added after scheduling (the election was called late).
      await ksm.store.strategies.insert({ ...MUSTERSTADT_STRATEGY, quietPeriods: MUSTERSTADT_STRATEGY.quietPeriods.map((p) => ({ ...p, startDate: "2027-01-07" })) });
      await clock.advanceTo("2027-01-08T08:00:00Z");
      await publishing.engine.idle();
      const [blocked] = await publishing.engine.deliveries(postId);
      expect(blocked).toMatchObject({ state: "blocked", problem: { code: "quiet-period" } });
      expect(network.calls.size).toBe(0);
      await expect(publishing.engine.retry(blocked!.id, "jonas", { override: { reason: "wichtig" } })).rejects.toThrow(/Jonas Weber darf die Ruhephase nicht übersteuern/);
      await publishing.engine.retry(blocked!.id, "anna", { override: { reason: "Amtliche Bekanntmachung der Sitzung" } });
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
      await ksm.dispose();
    });

    it("never writes the token into the outbox, events or the audit log", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "retryable" }, { kind: "rejected-content" });
      const { ksm, clock, publishing } = await setupEngine({ network });
      const seen: string[] = [];
      ksm.bus.onAny((event) => void seen.push(JSON.stringify(event)));
      await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await clock.advanceTo("2026-05-04T10:00:00Z");
      await publishing.engine.idle();
      const stored = JSON.stringify(await publishing.engine.deliveries()) + (await ksm.audit.exportJsonLines()) + seen.join("\n");
      expect(stored).toMatch(/scripted rejected-content/);
      expect(stored).not.toContain(TOKEN);
      await ksm.dispose();
    });
  });

  describe("several workers over one store", () => {
    it("never send a delivery twice: claims are compare-and-set on the revision", async () => {
      const { createMemoryStore, TestClock } = await import("@kommune-sm/core");
      const store = createMemoryStore();
      const clock = new TestClock("2026-05-04T07:00:00Z");
      const network = scriptedNetwork({ latencyMs: 2 });
      const a = await setupEngine({ network, store, clock, engine: { workerId: "a" } });
      const b = await setupEngine({ network, store, clock, engine: { workerId: "b" } });
      for (let i = 0; i < 40; i++) await schedulePost(a.ksm, "2026-05-04T09:00:00Z", { text: `Beitrag ${i}` });
      // Worker b learns of the work from the store, as a separate process would.
      await b.publishing.engine.stop();
      await b.publishing.engine.start();
      const started = { a: 0, b: 0 };
      a.ksm.bus.on("delivery.started", () => void started.a++);
      b.ksm.bus.on("delivery.started", () => void started.b++);
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await Promise.all([a.publishing.engine.idle(), b.publishing.engine.idle()]);
      const deliveries = await a.publishing.engine.deliveries();
      expect(deliveries.filter((d) => d.state === "succeeded")).toHaveLength(40);
      expect([...network.calls.values()].every((n) => n === 1)).toBe(true);
      expect(network.posts.size).toBe(40);
      // Between them they started each delivery exactly once (how the work was
      // split depends on timing; the claim decides, never both).
      expect(started.a + started.b).toBe(40);
      const claimedBy = new Set((await a.ksm.audit.entries()).filter((e) => e.action === "delivery.succeeded").map((e) => e.subject.id));
      expect(claimedBy.size).toBe(40);
      await a.ksm.dispose();
      await b.ksm.dispose();
    });
  });

  describe("after downtime and by hand", () => {
    it("sends a delivery that fell due while no worker ran, late but once", async () => {
      const { ksm, clock, network, publishing } = await setupEngine();
      const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
      await publishing.engine.stop();
      await clock.advanceTo("2026-05-04T13:00:00Z");
      expect(network.calls.size).toBe(0);
      const started: { late: boolean }[] = [];
      ksm.bus.on("delivery.started", (event) => void started.push(event.data));
      await publishing.engine.start();
      await clock.advanceBy(1);
      await publishing.engine.idle();
      await clock.advanceBy(3_600_000);
      expect(started).toEqual([expect.objectContaining({ late: true })]);
      expect([...network.calls.values()]).toEqual([1]);
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", publishedAt: "2026-05-04T13:00:00.000Z" });
      await ksm.dispose();
    });

    it("lets a person send a failed delivery again after fixing the cause, or cancel one with a reason", async () => {
      const network = scriptedNetwork();
      network.script.push({ kind: "authentication" });
      network.adapter.refreshCredentials = undefined;
      const { ksm, clock, publishing } = await setupEngine({ network });
      const first = await schedulePost(ksm, "2026-05-04T09:00:00Z", { text: "eins" });
      const second = await schedulePost(ksm, "2026-05-04T10:00:00Z", { text: "zwei" });
      await clock.advanceTo("2026-05-04T09:00:00Z");
      await publishing.engine.idle();
      const [failed] = await publishing.engine.deliveries(first);
      expect(failed).toMatchObject({ state: "failed", problem: { kind: "authentication" } });
      await expect(publishing.engine.retry(failed!.id, "nobody")).rejects.toThrow(/not an active team member/);
      await publishing.engine.retry(failed!.id, "jonas");
      await clock.advanceBy(1);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(first))[0]).toMatchObject({ state: "succeeded", attempts: 2 });
      const [waiting] = await publishing.engine.deliveries(second);
      await expect(publishing.engine.cancel(waiting!.id, "jonas", " ")).rejects.toThrow(/needs a reason/);
      await publishing.engine.cancel(waiting!.id, "jonas", "Termin abgesagt");
      await clock.advanceTo("2026-05-04T11:00:00Z");
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(second))[0]).toMatchObject({ state: "cancelled" });
      // Its only channel was dropped: the post is no longer scheduled (never "scheduled" without a delivery).
      expect((await ksm.store.posts.require(second)).state).toBe("approved");
      const actions = (await ksm.audit.entries()).filter((e) => e.subject.type === "delivery").map((e) => `${e.action} by ${e.actor.id}`);
      expect(actions).toEqual(expect.arrayContaining(["delivery.failed by publishing-engine", "delivery.retried by jonas", "delivery.cancelled by jonas"]));
      await ksm.dispose();
    });
  });
});
