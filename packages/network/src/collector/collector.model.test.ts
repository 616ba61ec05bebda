// The collector's promise as a model-based test: random sequences of
// citizens writing, collector runs with small pages, network failures,
// store transactions that fail before they commit (a crash mid-write),
// restarts, and two collectors reading the same channels at once. After
// every step:
//
// 1. what is stored of a channel is exactly the first N interactions the
//    network holds for it, each once, with its content (nothing skipped,
//    nothing twice, nothing made up);
// 2. the stored cursor is the last stored interaction's remote id;
// 3. `interaction.received` was emitted at most once per interaction, and
//    only for stored ones;
// and, once the faults stop, a run to the end stores everything.
import { createMemoryStore, KommuneError, TestClock, type Store, type TenantStore } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NetworkError } from "../spec/index.js";
import { inboxNetwork, setupCollector, type InboxNetwork } from "./collector-test-support.js";
import type { Collector } from "./collector.js";

const RUNS = Math.max(20, Math.floor(Number(process.env["KSM_MODEL_RUNS"] ?? 1_000) / 10));
const CHANNELS = ["kanal-1", "kanal-2"] as const;
const handleOf = (channelId: string) => `@${channelId}@inbox.example`;

/** A store whose next transactions fail before they commit, as a crash mid-write would leave it. */
function faultyStore(base: Store): Store & { failNext: number } {
  const wrapped = {
    failNext: 0,
    kind: base.kind,
    organisations: base.organisations,
    close: () => base.close(),
    tenant(organisationId: string): TenantStore {
      const tenant = base.tenant(organisationId);
      const fail = () => {
        if (wrapped.failNext > 0) {
          wrapped.failNext--;
          throw new KommuneError({ code: "CORE_STORE_FAILURE" as never, message: "disk gone (test)" });
        }
      };
      return new Proxy(tenant, {
        get(target, key, receiver) {
          if (key === "syncTransaction" && target.syncTransaction) {
            return <R>(work: (tx: never) => R) => target.syncTransaction!((tx) => {
              const result = work(tx as never);
              fail(); // after the work wrote: the writes are rolled back
              return result;
            });
          }
          if (key === "transaction") {
            return <R>(work: (tx: never) => Promise<R>) => target.transaction(async (tx) => {
              const result = await work(tx as never);
              fail();
              return result;
            });
          }
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    },
  };
  return wrapped;
}

interface World {
  readonly clock: TestClock;
  readonly network: InboxNetwork;
  readonly store: Store & { failNext: number };
  instances: { ksm: Awaited<ReturnType<typeof setupCollector>>["ksm"]; collector: Collector }[];
  readonly received: string[];
}

async function start(world: World, count: number): Promise<void> {
  for (const { ksm } of world.instances) await ksm.dispose();
  world.instances = [];
  for (let i = 0; i < count; i++) {
    const { ksm, publishing } = await setupCollector({ clock: world.clock, network: world.network, store: world.store, channels: CHANNELS.length, plugin: { collector: { pageSize: 3, maxPagesPerRun: 2 } } });
    ksm.bus.on("interaction.received", (event) => void world.received.push(event.data.interactionId));
    world.instances.push({ ksm, collector: publishing.collector });
  }
}

async function check(world: World): Promise<void> {
  const tenant = world.store.tenant("musterstadt");
  const stored = await tenant.interactions.list();
  for (const channelId of CHANNELS) {
    const onNetwork = world.network.account(handleOf(channelId)).interactions;
    const mine = stored.filter((i) => i.channelId === channelId).sort((a, b) => (a.remoteId < b.remoteId ? -1 : 1));
    expect(mine.length).toBeLessThanOrEqual(onNetwork.length);
    mine.forEach((interaction, index) => {
      expect(interaction.remoteId).toBe(onNetwork[index]!.remoteId);
      expect(interaction.text).toBe(onNetwork[index]!.text);
    });
    const cursor = await tenant.collection("collector-cursors").get(channelId);
    expect(cursor?.interactions.cursor).toBe(mine.at(-1)?.remoteId);
  }
  const ids = new Set(stored.map((i) => i.id));
  expect(new Set(world.received).size).toBe(world.received.length);
  for (const id of world.received) expect(ids.has(id)).toBe(true);
}

type Command = fc.AsyncCommand<object, World, false>;

const write = (channel: number, count: number): Command => ({
  check: () => true,
  async run(_m, world) {
    for (let i = 0; i < count; i++) world.network.write(handleOf(CHANNELS[channel]!), `Bürgerfrage ${world.network.account(handleOf(CHANNELS[channel]!)).interactions.length}`);
  },
  toString: () => `write(${CHANNELS[channel]}, ${count})`,
});

const collect = (instance: number, channel: number, concurrently: boolean): Command => ({
  check: () => true,
  async run(_m, world) {
    const channelId = CHANNELS[channel]!;
    const runs = concurrently ? world.instances.map((i) => i.collector.collectNow(channelId, "interactions")) : [world.instances[instance % world.instances.length]!.collector.collectNow(channelId, "interactions")];
    await Promise.all(runs);
    for (const { ksm } of world.instances) await ksm.bus.settled();
    await check(world);
  },
  toString: () => `collect(${instance}, ${CHANNELS[channel]}${concurrently ? ", by every instance at once" : ""})`,
});

const networkFails = (kind: "retryable" | "rate-limited"): Command => ({
  check: () => true,
  async run(_m, world) {
    world.network.failures.push(new NetworkError({ kind, status: kind === "retryable" ? 503 : 429, message: "unlucky", ...(kind === "rate-limited" ? { retryAfterMs: 1_000 } : {}) }));
  },
  toString: () => `networkFails(${kind})`,
});

const storeFails = (count: number): Command => ({
  check: () => true,
  async run(_m, world) {
    world.store.failNext += count;
  },
  toString: () => `storeFails(${count})`,
});

const restart = (instances: number): Command => ({
  check: () => true,
  async run(_m, world) {
    await start(world, instances);
    await check(world);
  },
  toString: () => `restart(${instances} instance(s))`,
});

const advance = (ms: number): Command => ({
  check: () => true,
  async run(_m, world) {
    await world.clock.advanceBy(ms);
  },
  toString: () => `advance(${ms})`,
});

describe("the collector's promise (model-based)", () => {
  it("stores each interaction once and in order, loses none, under failures, crashes mid-write, restarts and two collectors", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(
          [
            fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 8 })).map(([c, n]) => write(c, n)),
            fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 1 }), fc.boolean()).map(([i, c, both]) => collect(i, c, both)),
            fc.constantFrom("retryable" as const, "rate-limited" as const).map(networkFails),
            fc.integer({ min: 1, max: 2 }).map(storeFails),
            fc.integer({ min: 1, max: 2 }).map(restart),
            fc.constantFrom(500, 5_000, 60_000).map(advance),
          ],
          { maxCommands: 30 },
        ),
        async (commands) => {
          const clock = new TestClock("2026-05-04T07:00:00Z");
          const world: World = { clock, network: inboxNetwork({ clock }), store: faultyStore(createMemoryStore()), instances: [], received: [] };
          await start(world, 1);
          try {
            await fc.asyncModelRun(() => ({ model: {}, real: world }), commands);
            // The faults stop: reading to the end stores everything the network holds.
            world.store.failNext = 0;
            world.network.failures.length = 0;
            await clock.advanceBy(3_600_000);
            for (const channelId of CHANNELS) {
              for (let i = 0; i < 100; i++) {
                const [run] = await world.instances[0]!.collector.collectNow(channelId, "interactions");
                if (run!.outcome === "stored" && run!.nextAt !== clock.now()) break;
              }
            }
            for (const { ksm } of world.instances) await ksm.bus.settled();
            await check(world);
            const stored = await world.store.tenant("musterstadt").interactions.count();
            expect(stored).toBe(CHANNELS.reduce((n, c) => n + world.network.account(handleOf(c)).interactions.length, 0));
          } finally {
            for (const { ksm } of world.instances) await ksm.dispose();
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
