// The imprint monitor's promise as a model-based test: random sequences of
// the press office changing the profile, checks on two workers whose clocks
// disagree by up to ten minutes, workers that stop between storing a finding
// and emitting its event, and restarts. After every step:
//
// 1. a check answers with what it just read, and that is what is stored
//    (the workers' clocks never decide which look stands);
// 2. the events emitted are exactly the changes from the status last
//    announced, each once, in order (a first "ok" is no news);
// 3. a finding owes an event (`pendingEvent`) exactly when a worker stopped
//    before emitting it, and the next start pays it; the next check tells
//    in any case (the owed event may have gone out): the same event again,
//    or the change from it.
import { ChannelSchema, createEventBus, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock, validate, type EventBus, type KommuneEvent, type TenantStore } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProfileV1 } from "../spec/index.js";
import { createRecordingLogger } from "../testkit/recording-logger.js";
import type { ImprintStatus } from "./imprint-check-result.js";
import type { ImprintEventType } from "./imprint-events.js";
import { ImprintMonitor } from "./imprint-monitor.js";

const RUNS = Math.max(20, Math.floor(Number(process.env["KSM_MODEL_RUNS"] ?? 1_000) / 10));
const CHANNEL = "sandbox-main";
const IMPRINT = MUSTERSTADT_ORGANISATION.imprintUrl;
type Shown = "ok" | "missing" | "wrong";
const PROFILES: Record<Shown, ProfileV1> = {
  ok: { handle: "@musterstadt", bio: `Impressum: ${IMPRINT}`, links: [] },
  missing: { handle: "@musterstadt", bio: "Offizielles Konto.", links: [] },
  wrong: { handle: "@musterstadt", links: ["https://www.alte-seite.example/impressum"] },
};

interface Model {
  profile: Shown;
  stored: ImprintStatus | undefined;
  /** The status last announced; a first "ok" counts as announced. */
  told: ImprintStatus | undefined;
  /** An event a worker stored and stopped before emitting (it may or may not have gone out). */
  owed: { status: ImprintStatus; previousStatus: ImprintStatus | undefined } | undefined;
}

interface Worker {
  clock: TestClock;
  monitor: ImprintMonitor;
  /** When set, the next emit throws: the worker stops there. */
  dies: boolean;
}

interface Real {
  store: TenantStore;
  workers: [Worker, Worker];
  events: KommuneEvent<ImprintEventType>[];
  profile: Shown;
}

function worker(store: TenantStore, clock: TestClock, bus: EventBus, real: () => Real, index: 0 | 1): Worker {
  const self: Worker = {
    clock,
    dies: false,
    monitor: new ImprintMonitor({
      organisation: MUSTERSTADT_ORGANISATION,
      store,
      bus: {
        emit: ((type: string, data: unknown, options?: unknown) => {
          if (real().workers[index].dies) throw new Error("worker stopped (test)");
          return (bus.emit as (...args: unknown[]) => unknown)(type, data, options);
        }) as EventBus["emit"],
      },
      clock,
      logger: createRecordingLogger([]),
      // Long enough that nothing is due during a run: only the commands check.
      intervalMs: 365 * 24 * 3_600_000,
      readProfile: async () => structuredClone(PROFILES[real().profile]),
      adapterFor: () => ({ capabilities: { profile: true } }),
    }),
  };
  return self;
}

/** What must be announced for a status change from `told` to `now`, if anything. */
function due(told: ImprintStatus | undefined, now: ImprintStatus): boolean {
  return told === undefined ? now !== "ok" : told !== now;
}

class SetProfile implements fc.AsyncCommand<Model, Real> {
  constructor(readonly shown: Shown) {}
  check = () => true;
  async run(model: Model, real: Real) {
    model.profile = this.shown;
    real.profile = this.shown;
  }
  toString = () => `profile ${this.shown}`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    for (const w of real.workers) await w.clock.advanceBy(this.ms);
  }
  toString = () => `advance ${this.ms}`;
}

class CheckNow implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly on: 0 | 1,
    readonly dies: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const w = real.workers[this.on];
    const before = real.events.length;
    w.dies = this.dies;
    const answer = await w.monitor.checkNow(CHANNEL).then(
      (finding) => ({ finding }),
      (error: unknown) => ({ error }),
    );
    w.dies = false;
    const now: ImprintStatus = model.profile;
    // While an event is owed, the next check always tells (the same event, or the change from it).
    const announce = model.owed !== undefined || due(model.told, now);
    const previousStatus = model.owed ? (now === model.owed.status ? model.owed.previousStatus : model.owed.status) : model.told;
    const stored = await real.store.collection("imprint-findings").get(CHANNEL);
    // 1. What was just read is stored, and answered.
    expect(stored?.status).toBe(now);
    if (announce && this.dies) {
      expect("error" in answer).toBe(true);
      expect(real.events.length).toBe(before);
      expect(stored?.pendingEvent).toMatchObject({ data: { status: now } });
      model.owed = { status: now, previousStatus };
    } else {
      expect("finding" in answer && answer.finding.status).toBe(now);
      // 2. Exactly the change from what was last announced.
      const emitted = real.events.slice(before).map((e) => [e.data.status, e.data.previousStatus]);
      expect(emitted).toEqual(announce ? [[now, previousStatus]] : []);
      expect(stored?.pendingEvent).toBeUndefined();
      model.told = now;
      model.owed = undefined;
    }
    model.stored = now;
  }
  toString = () => `check on ${this.on === 0 ? "A" : "B"}${this.dies ? " (stops before emitting)" : ""}`;
}

class Restart implements fc.AsyncCommand<Model, Real> {
  constructor(readonly on: 0 | 1) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const before = real.events.length;
    const w = real.workers[this.on];
    await w.monitor.start();
    await w.clock.advanceBy(0);
    await w.monitor.idle();
    await w.monitor.stop();
    const emitted = real.events.slice(before).map((e) => [e.data.status, e.data.previousStatus]);
    if (model.stored === undefined) {
      // Never checked: starting checks it.
      const now: ImprintStatus = model.profile;
      expect(emitted).toEqual(due(model.told, now) ? [[now, model.told]] : []);
      model.stored = now;
      model.told = now;
    } else if (model.owed) {
      // 3. What a stopped worker owed is paid at start, without a read.
      expect(emitted).toEqual([[model.owed.status, model.owed.previousStatus]]);
      model.told = model.owed.status;
      model.owed = undefined;
    } else {
      expect(emitted).toEqual([]);
    }
    const stored = await real.store.collection("imprint-findings").get(CHANNEL);
    expect(stored?.pendingEvent).toBeUndefined();
  }
  toString = () => `restart ${this.on === 0 ? "A" : "B"}`;
}

const commands = fc.commands(
  [
    fc.constantFrom<Shown>("ok", "missing", "wrong").map((s) => new SetProfile(s)),
    fc.integer({ min: 1, max: 120_000 }).map((ms) => new Advance(ms)),
    fc.tuple(fc.constantFrom<0 | 1>(0, 1), fc.boolean()).map(([on, dies]) => new CheckNow(on, dies)),
    fc.constantFrom<0 | 1>(0, 1).map((on) => new Restart(on)),
  ],
  { maxCommands: 40 },
);

describe("ImprintMonitor (model)", () => {
  it("answers with what it read and announces every change exactly once, whatever the clocks and stops", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -600_000, max: 600_000 }), commands, async (skewMs, cmds) => {
        const store = createMemoryStore().tenant("musterstadt");
        await store.channels.insert(validate(ChannelSchema, { id: CHANNEL, organisationId: "musterstadt", network: "sandbox", handle: "@musterstadt" }, { locale: "en", entity: "Channel" }));
        const base = Date.parse("2027-01-12T08:00:00Z");
        const bus = createEventBus({ source: "urn:kommune-sm:ags:09999999", clock: new TestClock(base), idPrefix: "t" });
        const real = { store, events: [], profile: "ok" } as unknown as Real;
        bus.onAny((event) => void (event.type.startsWith("imprint.") && real.events.push(event as KommuneEvent<ImprintEventType>)));
        real.workers = [worker(store, new TestClock(base), bus, () => real, 0), worker(store, new TestClock(base + skewMs), bus, () => real, 1)];
        const model: Model = { profile: "ok", stored: undefined, told: undefined, owed: undefined };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        for (const w of real.workers) await w.monitor.stop();
      }),
      { numRuns: RUNS },
    );
  });
});
