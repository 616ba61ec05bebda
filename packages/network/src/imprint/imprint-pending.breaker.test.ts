// Breaking the imprint monitor's owed events (`pendingEvent`) and its
// revision-ordered checks from outside: two workers over one store, a check
// racing with the sync that pays an owed event, a store that fails or is slow
// on the second save, channels deleted or moved to another account while an
// event is owed, re-entrant listeners, quick start/stop. A failing test here
// is a defect to fix in the code, not in the test.
import { ChannelSchema, createEventBus, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock, validate, type Channel, type ChannelInput, type EventBus, type KommuneEvent, type TenantStore } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import type { ProfileV1 } from "../spec/index.js";
import { createRecordingLogger } from "../testkit/recording-logger.js";
import type { ImprintEventType } from "./imprint-events.js";
import type { ImprintFinding } from "./imprint-finding.js";
import { ImprintMonitor, type ImprintMonitorOptions } from "./imprint-monitor.js";

const HOUR = 3_600_000;
const CHANNEL = "sandbox-main";
const ORG_IMPRINT = MUSTERSTADT_ORGANISATION.imprintUrl;
const withImprint: ProfileV1 = { handle: "@musterstadt", bio: `Impressum: ${ORG_IMPRINT}`, links: [] };
const withoutImprint: ProfileV1 = { handle: "@musterstadt", bio: "Offizielles Konto.", links: [] };

type ImprintEvent = KommuneEvent<ImprintEventType>;
type MonitorStore = ImprintMonitorOptions["store"];
/** What a read answers: a profile, an error, or a function (a read the test finishes when it likes). */
type Answer = ProfileV1 | Error | (() => Promise<ProfileV1>);

function channel(input: Partial<ChannelInput> & { id: string }): Channel {
  return validate(ChannelSchema, { organisationId: "musterstadt", network: "sandbox", handle: `@${input.id}`, ...input }, { locale: "en", entity: "Channel" });
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets promises and macrotasks run until `done()` holds (fails after many turns). */
async function until(done: () => boolean, what = "condition"): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The store as the monitor sees it, with a hook before each save of a
 * finding: the hook may wait (a slow store) or throw (a failing one).
 */
function hookedStore(real: TenantStore, beforeSave: (finding: ImprintFinding) => Promise<void> | void): MonitorStore {
  return {
    organisationId: real.organisationId,
    channels: real.channels,
    collection: ((name: "imprint-findings") => {
      const inner = real.collection(name);
      return {
        get: (id: string) => inner.get(id),
        list: (options?: Parameters<typeof inner.list>[0]) => inner.list(options),
        insert: (entity: ImprintFinding) => inner.insert(entity as Parameters<typeof inner.insert>[0]),
        delete: (id: string) => inner.delete(id),
        save: async (entity: ImprintFinding, options?: Parameters<typeof inner.save>[1]) => {
          await beforeSave(entity);
          return inner.save(entity as Parameters<typeof inner.save>[0], options);
        },
      };
    }) as unknown as MonitorStore["collection"],
  };
}

interface World {
  readonly store: TenantStore;
  readonly clock: TestClock;
  readonly bus: EventBus;
  readonly events: ImprintEvent[];
}

async function world(): Promise<World> {
  const store = createMemoryStore().tenant("musterstadt");
  await store.channels.insert(channel({ id: CHANNEL, handle: "@musterstadt" }));
  const clock = new TestClock("2027-01-12T08:00:00Z");
  const bus = createEventBus({ source: "urn:kommune-sm:ags:09999999", clock, idPrefix: "t" });
  const events: ImprintEvent[] = [];
  bus.onAny((event) => void (event.type.startsWith("imprint.") && events.push(event as ImprintEvent)));
  return { store, clock, bus, events };
}

interface Worker {
  readonly monitor: ImprintMonitor;
  readonly answers: Map<string, Answer>;
  readonly reads: string[];
  readonly lines: string[];
}

function worker(w: World, options: Partial<ImprintMonitorOptions> & { store?: MonitorStore } = {}): Worker {
  const answers = new Map<string, Answer>();
  const reads: string[] = [];
  const lines: string[] = [];
  const monitor = new ImprintMonitor({
    organisation: MUSTERSTADT_ORGANISATION,
    store: w.store,
    bus: w.bus,
    clock: w.clock,
    logger: createRecordingLogger(lines),
    async readProfile(c) {
      reads.push(c.id);
      const answer = answers.get(c.id) ?? withImprint;
      if (answer instanceof Error) throw answer;
      if (typeof answer === "function") return answer();
      return answer;
    },
    adapterFor: (network) => (network === "sandbox" ? { capabilities: { profile: true } } : undefined),
    ...options,
  });
  return { monitor, answers, reads, lines };
}

/** A worker whose emits throw: it "dies" between storing a finding and emitting its event. */
function dyingWorker(w: World): Worker {
  return worker(w, {
    bus: {
      emit: () => {
        throw new Error("worker died (test)");
      },
    },
  });
}

/** Leaves an owed `imprint.missing` (previously ok) in the store, as a worker that died before emitting would. */
async function owedMissing(w: World): Promise<void> {
  const first = worker(w);
  await first.monitor.checkNow(CHANNEL); // ok: no news
  await w.clock.advanceBy(HOUR);
  const dying = dyingWorker(w);
  dying.answers.set(CHANNEL, withoutImprint);
  await dying.monitor.checkNow(CHANNEL).catch(() => undefined);
  const stored = await w.store.collection("imprint-findings").get(CHANNEL);
  expect(stored?.pendingEvent).toMatchObject({ type: "imprint.missing", data: { status: "missing", previousStatus: "ok" } });
}

/** Lets promises and macrotasks run for `n` turns. */
async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

const told = (events: ImprintEvent[]) => events.map((e) => [e.type, e.data.previousStatus ?? "none"]);

describe("ImprintMonitor, owed events and check order: defects found and fixed", () => {
  it("'Jetzt prüfen' answers with what it just read when another worker only paid an owed event meanwhile", async () => {
    // A worker died owing "missing". The press office puts the link back and presses
    // "Jetzt prüfen" on worker B; while B reads, worker C starts (a deployment) and pays
    // the owed event, which stores the same finding again at the next revision. B's
    // fresh look is then dropped as if C had looked later: B answers "missing",
    // although it has just read the imprint in place, and nobody is told it is back.
    const w = await world();
    await owedMissing(w);
    const b = worker(w);
    const bRead = deferred<ProfileV1>();
    b.answers.set(CHANNEL, () => bRead.promise);
    const asked = b.monitor.checkNow(CHANNEL);
    await until(() => b.reads.length === 1, "B's read");
    const c = worker(w);
    await c.monitor.start();
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    bRead.resolve(withImprint);
    const found = await asked;
    expect(found.status).toBe("ok");
    expect(await b.monitor.finding(CHANNEL)).toMatchObject({ status: "ok" });
    expect(told(w.events)).toEqual([
      ["imprint.missing", "ok"],
      ["imprint.restored", "missing"],
    ]);
    await c.monitor.stop();
  });

  it("tells that the imprint is back when another worker stored it while the 'missing' event was being marked as emitted", async () => {
    // Worker A finds the imprint missing, stores the finding with its event owed and
    // emits "imprint.missing"; its second save (marking the event as emitted) is slow.
    // Meanwhile worker B reads the profile, the link is back: B computes "what was last
    // announced" from the owed event (ok, since A's mark has not landed), so it stores
    // "ok" without any event. A's mark then conflicts and is given up. The press office
    // was told "missing" and is never told "restored": the alarm stays open for good.
    const w = await world();
    await worker(w).monitor.checkNow(CHANNEL); // ok: no news
    await w.clock.advanceBy(HOUR);
    const markGate = deferred<void>();
    let gated = false;
    const a = worker(w, {
      store: hookedStore(w.store, async (finding) => {
        // A's second save: the finding without its owed event.
        if (!gated && finding.status === "missing" && finding.pendingEvent === undefined) {
          gated = true;
          await markGate.promise;
        }
      }),
    });
    a.answers.set(CHANNEL, withoutImprint);
    const aChecked = a.monitor.checkNow(CHANNEL);
    await until(() => gated, "A's mark as emitted");
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    const b = worker(w);
    b.answers.set(CHANNEL, withImprint);
    expect((await b.monitor.checkNow(CHANNEL)).status).toBe("ok");
    markGate.resolve();
    await aChecked;
    expect(await a.monitor.finding(CHANNEL)).toMatchObject({ status: "ok" });
    // Another check of the (unchanged) profile: still nobody is told.
    await w.clock.advanceBy(HOUR);
    await b.monitor.checkNow(CHANNEL);
    expect(told(w.events)).toEqual([
      ["imprint.missing", "ok"],
      ["imprint.restored", "missing"],
    ]);
  });

  it("'Jetzt prüfen' answers with what it just read when another worker's slower, earlier read is stored first", async () => {
    // Worker A's daily read starts at 08:00 and the network is slow: it answers with the
    // profile as it was (no imprint). At 08:00:20 the press office adds the link and
    // presses "Jetzt prüfen" on worker B, whose read answers at once with the link, but
    // A stores its (older) look first. B's check is dropped because "a finding was stored
    // after its read began", and B answers "missing": the very symptom the revision
    // order was meant to end, only without any clock skew.
    const w = await world();
    await worker(w).monitor.checkNow(CHANNEL); // ok
    await w.clock.advanceBy(HOUR);
    const a = worker(w);
    const aRead = deferred<ProfileV1>();
    a.answers.set(CHANNEL, () => aRead.promise);
    const aChecked = a.monitor.checkNow(CHANNEL);
    await until(() => a.reads.length === 1, "A's read");
    await w.clock.advanceBy(20_000);
    const b = worker(w);
    const bRead = deferred<ProfileV1>();
    b.answers.set(CHANNEL, () => bRead.promise);
    const asked = b.monitor.checkNow(CHANNEL);
    await until(() => b.reads.length === 1, "B's read");
    aRead.resolve(withoutImprint); // A's read began first and saw the old profile
    await aChecked;
    bRead.resolve(withImprint);
    const found = await asked;
    expect(found.status).toBe("ok");
    expect(await b.monitor.finding(CHANNEL)).toMatchObject({ status: "ok" });
  });

  it("does not bring back the finding of a channel deleted during the read, nor alarm about it", async () => {
    // Worker A checks the channel; while its read runs the channel is deleted and
    // worker B's sync removes its finding. A's read ends: the stored revision (none)
    // differs from the one A's read began from, yet A stores a brand-new finding at
    // revision 1 and emits "imprint.missing" for an account that no longer exists.
    const w = await world();
    await worker(w).monitor.checkNow(CHANNEL); // ok, revision 1
    const a = worker(w);
    const aRead = deferred<ProfileV1>();
    a.answers.set(CHANNEL, () => aRead.promise);
    const aChecked = a.monitor.checkNow(CHANNEL).catch((error: unknown) => error);
    await until(() => a.reads.length === 1, "A's read");
    await w.store.channels.delete(CHANNEL);
    const b = worker(w);
    await b.monitor.start();
    expect(await w.store.collection("imprint-findings").list()).toEqual([]);
    aRead.resolve(withoutImprint);
    await aChecked;
    expect(await w.store.collection("imprint-findings").list()).toEqual([]);
    expect(told(w.events)).toEqual([]);
    await b.monitor.stop();
  });

  it("does not pay the owed event of an account that is no longer connected under the channel", async () => {
    // The old account's check died owing "missing". The channel is reconnected to a new
    // account under the same id. The next start pays the old account's "missing" for the
    // channel; the new account's first check finds the imprint and (a first ok is no news)
    // says nothing: the press office is left with a "missing" alarm that never clears.
    const w = await world();
    await owedMissing(w);
    await w.store.channels.delete(CHANNEL);
    await w.store.channels.insert(channel({ id: CHANNEL, handle: "@neues-konto" }));
    const b = worker(w);
    await b.monitor.start();
    b.answers.set(CHANNEL, withImprint);
    await w.clock.advanceBy(HOUR);
    expect((await b.monitor.checkNow(CHANNEL)).status).toBe("ok");
    await b.monitor.stop();
    // Whatever was told, the last word on the channel must not be "missing".
    expect(w.events.at(-1)?.data.status ?? "ok").not.toBe("missing");
  });

  it("emits an event once when the store only hiccups on the second save (no stop, no second worker)", async () => {
    // One worker, one store that fails once (a lock timeout) on the save that marks the
    // event as emitted. The event went out; the worker keeps running. Its next hourly
    // sync emits the same "imprint.missing" again: a duplicate the guide does not allow
    // ("only when a worker stops after emitting but before storing, or two workers race").
    const w = await world();
    let failOnce = false;
    const a = worker(w, {
      syncIntervalMs: HOUR,
      store: hookedStore(w.store, (finding) => {
        if (failOnce && finding.status === "missing" && finding.pendingEvent === undefined) {
          failOnce = false;
          throw new Error("database is locked (test)");
        }
      }),
    });
    await a.monitor.start();
    await w.clock.advanceBy(0);
    await a.monitor.idle(); // first check: ok
    failOnce = true;
    a.answers.set(CHANNEL, withoutImprint);
    await w.clock.advanceBy(HOUR);
    await a.monitor.checkNow(CHANNEL);
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    await w.clock.advanceBy(HOUR);
    await turns(); // the hourly sync (not awaited by idle())
    await a.monitor.idle();
    await a.monitor.checkNow(CHANNEL); // still missing
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    await a.monitor.stop();
  });
});

describe("ImprintMonitor, owed events and check order: what held", () => {
  it("pays an owed event once when start(), stop() and start() follow each other at once", async () => {
    const w = await world();
    await owedMissing(w);
    const b = worker(w);
    const first = b.monitor.start();
    const stopped = b.monitor.stop();
    const second = b.monitor.start();
    await Promise.all([first, stopped, second]);
    await b.monitor.idle();
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    expect((await b.monitor.finding(CHANNEL))?.pendingEvent).toBeUndefined();
    await b.monitor.stop();
  });

  it("pays an owed event once when a person's check races with the sync that pays it on one worker", async () => {
    const w = await world();
    await owedMissing(w);
    const b = worker(w);
    b.answers.set(CHANNEL, withoutImprint);
    const [, found] = await Promise.all([b.monitor.start(), b.monitor.checkNow(CHANNEL)]);
    await b.monitor.idle();
    expect(found.status).toBe("missing");
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    expect((await b.monitor.finding(CHANNEL))?.pendingEvent).toBeUndefined();
    await b.monitor.stop();
  });

  it("pays an owed event at least once and at most once per worker when two workers start together", async () => {
    const w = await world();
    await owedMissing(w);
    const b = worker(w);
    const c = worker(w);
    await Promise.all([b.monitor.start(), c.monitor.start()]);
    await Promise.all([b.monitor.idle(), c.monitor.idle()]);
    expect(w.events.length).toBeGreaterThanOrEqual(1);
    expect(w.events.length).toBeLessThanOrEqual(2);
    expect(w.events.every((e) => e.type === "imprint.missing" && e.data.previousStatus === "ok")).toBe(true);
    expect((await w.store.collection("imprint-findings").get(CHANNEL))?.pendingEvent).toBeUndefined();
    await Promise.all([b.monitor.stop(), c.monitor.stop()]);
  });

  it("tells the change from the owed status through two deaths in a row (missing, then wrong): the missing may have gone out", async () => {
    const w = await world();
    await owedMissing(w);
    await w.clock.advanceBy(HOUR);
    const dying = dyingWorker(w);
    dying.answers.set(CHANNEL, { handle: "@musterstadt", links: ["https://www.alte-seite.example/impressum"] });
    await dying.monitor.checkNow(CHANNEL).catch(() => undefined);
    const b = worker(w);
    await b.monitor.start();
    expect(told(w.events)).toEqual([["imprint.wrong", "missing"]]);
    await b.monitor.stop();
  });

  it("a listener that calls checkNow (and stop) from inside the event neither deadlocks nor duplicates", async () => {
    const w = await world();
    const a = worker(w);
    await a.monitor.checkNow(CHANNEL); // ok
    a.answers.set(CHANNEL, withoutImprint);
    const again: Promise<unknown>[] = [];
    w.bus.on("imprint.missing", () => {
      again.push(a.monitor.checkNow(CHANNEL));
      again.push(a.monitor.stop());
    });
    await w.clock.advanceBy(HOUR);
    await a.monitor.checkNow(CHANNEL);
    const outcome = await Promise.race([Promise.allSettled(again).then(() => "done"), new Promise((resolve) => setTimeout(() => resolve("hung"), 500))]);
    expect(outcome).toBe("done");
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
    expect((await a.monitor.finding(CHANNEL))?.pendingEvent).toBeUndefined();
  });

  it("stop() in the middle of marking an event as emitted waits for the mark, and a restart does not emit again", async () => {
    const w = await world();
    await worker(w).monitor.checkNow(CHANNEL);
    const gate = deferred<void>();
    let gated = false;
    const a = worker(w, {
      store: hookedStore(w.store, async (finding) => {
        if (!gated && finding.pendingEvent === undefined && finding.status === "missing") {
          gated = true;
          await gate.promise;
        }
      }),
    });
    a.answers.set(CHANNEL, withoutImprint);
    await w.clock.advanceBy(HOUR);
    const checked = a.monitor.checkNow(CHANNEL);
    await until(() => gated, "the mark");
    let stopped = false;
    const stopping = a.monitor.stop().then(() => (stopped = true));
    await turns();
    expect(stopped).toBe(false);
    gate.resolve();
    await Promise.all([checked, stopping]);
    const b = worker(w);
    await b.monitor.start();
    await b.monitor.stop();
    expect(told(w.events)).toEqual([["imprint.missing", "ok"]]);
  });

  it("does not pay the owed event of a deleted channel, and removes its finding; pays that of a switched-off one", async () => {
    const w = await world();
    await w.store.channels.insert(channel({ id: "sandbox-off" }));
    for (const id of [CHANNEL, "sandbox-off"]) {
      const dying = dyingWorker(w);
      dying.answers.set(id, withoutImprint);
      await dying.monitor.checkNow(id).catch(() => undefined);
    }
    await w.store.channels.delete(CHANNEL);
    const off = await w.store.channels.get("sandbox-off");
    await w.store.channels.delete("sandbox-off");
    await w.store.channels.insert(channel({ ...off!, id: "sandbox-off", active: false }));
    const b = worker(w);
    await b.monitor.start();
    await b.monitor.stop();
    expect(w.events.map((e) => [e.data.channelId, e.type])).toEqual([["sandbox-off", "imprint.missing"]]);
    expect((await b.monitor.findings()).map((f) => f.channelId)).toEqual(["sandbox-off"]);
  });

  it("treats a finding stored before owed events existed (no pendingEvent) as told", async () => {
    const w = await world();
    const legacy: ImprintFinding = {
      id: CHANNEL,
      organisationId: "musterstadt",
      channelId: CHANNEL,
      network: "sandbox",
      handle: "@musterstadt",
      status: "missing",
      expected: [ORG_IMPRINT],
      checkedAt: "2027-01-11T08:00:00Z",
      since: "2027-01-10T08:00:00Z",
      revision: 7,
    };
    await w.store.collection("imprint-findings").insert(legacy);
    const a = worker(w);
    await a.monitor.start();
    expect(w.events).toEqual([]);
    a.answers.set(CHANNEL, withoutImprint);
    expect(await a.monitor.checkNow(CHANNEL)).toMatchObject({ status: "missing", since: "2027-01-10T08:00:00Z", revision: 8 });
    a.answers.set(CHANNEL, withImprint);
    await a.monitor.checkNow(CHANNEL);
    expect(told(w.events)).toEqual([["imprint.restored", "missing"]]);
    await a.monitor.stop();
  });

  it("a bus that keeps throwing leaves the event owed (no growth), and it is paid once when the bus works again", async () => {
    const w = await world();
    let broken = true;
    const a = worker(w, {
      syncIntervalMs: HOUR,
      bus: {
        emit: ((...args: Parameters<EventBus["emit"]>) => {
          if (broken) throw new Error("bus closed (test)");
          return w.bus.emit(...args);
        }) as EventBus["emit"],
      },
    });
    a.answers.set(CHANNEL, withoutImprint);
    await a.monitor.start();
    for (let i = 0; i < 5; i++) {
      await w.clock.advanceBy(HOUR);
      await a.monitor.idle();
    }
    const stored = await a.monitor.finding(CHANNEL);
    expect(stored?.pendingEvent).toBeDefined();
    expect(JSON.stringify(stored).length).toBeLessThan(2_000);
    broken = false;
    await w.clock.advanceBy(HOUR);
    await a.monitor.idle();
    await until(() => w.events.length > 0, "the owed event");
    await w.clock.advanceBy(HOUR);
    await a.monitor.idle();
    expect(told(w.events)).toEqual([["imprint.missing", "none"]]);
    await a.monitor.stop();
  });
});
