// Replies through the outbox as a model-based test: random sequences of
// drafting, approving, discarding and handing over replies to two citizens,
// outbox runs by two workers on one store, the network failing before or
// after it took a reply (or answering against the spec), store transactions
// that fail before they commit (a crash mid-write), a crisis pause, and a
// person retrying, cancelling or resolving (truthfully). After every step:
//
// 1. each reply is on the network at most once, and only with the text that
//    was approved (four eyes are on);
// 2. a reply marked sent is on the network; `reply.sent` is audited and
//    announced once per sent reply, never for another;
// 3. an interaction's `firstResponseAt` is one of its sent replies' times,
//    never before the message came in, never moved once set, with exactly
//    one `first-response-hours` sample once it is set;
// 4. a refused hand-over stores nothing;
// and, once the faults stop, the outbox settles: nothing left in flight, a
// reply whose delivery succeeded is sent, every delivery waiting for a
// person or failed says why.
import { createKommune, createMemoryStore, KommuneError, MUSTERSTADT_ORGANISATION, TestClock, type Kommune, type Store, type TenantStore } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inboxNetwork, INBOX_TOKEN, type InboxNetwork } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";
import type { ReplyDelivery } from "../outbox/delivery.js";
import { createMemorySecrets } from "../secrets/secrets-port.js";
import { adapterPlugin, NetworkError } from "../spec/index.js";
import { createPublishing, type Publishing } from "./publishing-plugin.js";

const RUNS = Math.max(20, Math.floor(Number(process.env["KSM_MODEL_RUNS"] ?? 1_000) / 20));
const START = "2026-05-04T07:00:00Z";
const TEXTS = ["Danke, wir kümmern uns.", "Die Laterne wird am Montag repariert.", "Bitte wenden Sie sich an das Bürgerbüro."] as const;

/** Musterstadt with four eyes on replies: only an approved reply goes out. */
const FOUR_EYES = { ...MUSTERSTADT_ORGANISATION, settings: { ...MUSTERSTADT_ORGANISATION.settings, fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: true } } };

type NetworkFault = "503-before" | "504-after" | "422" | "malformed-after";

/** A store whose next transactions fail before they commit. */
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
            return <R>(work: (tx: never) => R) =>
              target.syncTransaction!((tx) => {
                const result = work(tx as never);
                fail();
                return result;
              });
          }
          if (key === "transaction") {
            return <R>(work: (tx: never) => Promise<R>) =>
              target.transaction(async (tx) => {
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

interface Process {
  readonly ksm: Kommune;
  readonly publishing: Publishing;
}

interface World {
  readonly clock: TestClock;
  readonly network: InboxNetwork;
  readonly store: Store & { failNext: number };
  readonly processes: Process[];
  readonly interactions: { id: string; receivedAt: string }[];
  readonly faults: NetworkFault[];
  /** Every event of both processes. */
  readonly events: { type: string; data: Record<string, unknown> }[];
  /** The text each reply had when it was approved. */
  readonly approvedText: Map<string, string>;
  /** Each interaction's first response once seen set. */
  readonly firstResponse: Map<string, string>;
  paused: boolean;
}

async function makeProcess(world: Omit<World, "processes">, workerId: string): Promise<Process> {
  const secrets = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal-1" }, { accessToken: INBOX_TOKEN }]]);
  const publishing = createPublishing({ secrets, pollIntervalMs: 0, random: () => 0.5, autoStart: false, workerId });
  const ksm = await createKommune({ organisation: FOUR_EYES, clock: world.clock, store: world.store, plugins: [adapterPlugin(world.network.adapter), publishing.plugin] });
  ksm.bus.onAny((event) => void world.events.push({ type: event.type, data: event.data as Record<string, unknown> }));
  return { ksm, publishing };
}

async function makeWorld(): Promise<World> {
  const clock = new TestClock(START);
  const network = inboxNetwork({ clock });
  const store = faultyStore(createMemoryStore());
  const partial = { clock, network, store, interactions: [] as World["interactions"], faults: [] as NetworkFault[], events: [] as World["events"], approvedText: new Map<string, string>(), firstResponse: new Map<string, string>(), paused: false };
  const a = await makeProcess(partial, "a");
  await a.ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
  await a.ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
  await a.ksm.store.teamMembers.insert({ id: "anna", organisationId: "musterstadt", name: "Anna Becker", roles: ["admin", "approver"], competencies: [], active: true });
  await a.ksm.store.channels.insert({ id: "kanal-1", organisationId: "musterstadt", network: "inbox", handle: "@kanal-1@inbox.example", options: {}, active: true });
  for (const [text, ago] of [["Wann wird die Laterne repariert?", 3], ["Wo kann ich Sperrmüll anmelden?", 30]] as const) {
    const question = network.write("@kanal-1@inbox.example", text, { at: clock.now() - ago * 3_600_000 });
    const id = interactionIdFor("kanal-1", question.remoteId, "inbox");
    await a.ksm.store.interactions.insert({ id, organisationId: "musterstadt", channelId: "kanal-1", kind: "mention", remoteId: question.remoteId, author: question.author, text: question.text, receivedAt: question.receivedAt, status: "open", revision: 1 });
    partial.interactions.push({ id, receivedAt: question.receivedAt });
  }
  const b = await makeProcess(partial, "b");
  // The network's answers, disturbed by the faults queued.
  const inner = network.adapter.reply.bind(network.adapter);
  network.adapter.reply = async (request, context) => {
    const fault = partial.faults.shift();
    if (fault === "503-before") throw new NetworkError({ kind: "retryable", status: 503, message: "unavailable" });
    if (fault === "422") throw new NetworkError({ kind: "rejected-content", status: 422, message: "Validation failed", networkReason: "Text ist unzulässig" });
    const result = await inner(request, context);
    if (fault === "504-after") throw new NetworkError({ kind: "retryable", status: 504, message: "gateway timeout" });
    if (fault === "malformed-after") return { id: result.remoteId } as never;
    return result;
  };
  for (const p of [a, b]) await p.publishing.engine.start();
  return { ...partial, processes: [a, b] };
}

const tenant = (world: World) => world.store.tenant("musterstadt");

async function replyIds(world: World): Promise<string[]> {
  return (await tenant(world).replies.list({ orderBy: "createdAt" })).map((r) => r.id);
}

async function replyDeliveries(world: World): Promise<ReplyDelivery[]> {
  return (await tenant(world).collection("deliveries").list({ orderBy: "createdAt" })).filter((d): d is ReplyDelivery => d.kind === "reply");
}

async function settled(world: World): Promise<void> {
  for (const p of world.processes) await p.ksm.bus.settled();
}

/** The invariants that hold after every step. */
async function check(world: World): Promise<void> {
  await settled(world);
  const saved = world.store.failNext;
  world.store.failNext = 0;
  try {
    const deliveries = await replyDeliveries(world);
    const byKey = new Map(deliveries.map((d) => [d.idempotencyKey, d] as const));
    const replies = new Map((await tenant(world).replies.list()).map((r) => [r.id, r] as const));
    // 1. at most once per reply, only approved text.
    const onNetwork = new Map<string, number>();
    for (const [key, answer] of world.network.replies) {
      const delivery = byKey.get(key);
      expect(delivery, `an answer on the network (${key}) that no delivery made`).toBeDefined();
      onNetwork.set(delivery!.replyId, (onNetwork.get(delivery!.replyId) ?? 0) + 1);
      expect(world.approvedText.get(delivery!.replyId), `reply ${delivery!.replyId} went out without being approved`).toBeDefined();
      expect(answer.text).toBe(world.approvedText.get(delivery!.replyId));
    }
    for (const [replyId, count] of onNetwork) expect(count, `reply ${replyId} is on the network ${count} times`).toBe(1);
    // 2. sent only when on the network; reply.sent once per sent reply.
    const audit = await tenant(world).audit.list({});
    for (const reply of replies.values()) {
      const sentEntries = audit.filter((e) => e.action === "reply.sent" && e.subject.id === reply.id).length;
      const sentEvents = world.events.filter((e) => e.type === "reply.sent" && e.data["replyId"] === reply.id).length;
      if (reply.state === "sent") {
        expect(onNetwork.get(reply.id), `reply ${reply.id} is marked sent but is not on the network`).toBe(1);
        expect(sentEntries).toBe(1);
        expect(sentEvents).toBe(1);
      } else {
        expect(sentEntries).toBe(0);
        expect(sentEvents).toBe(0);
      }
    }
    for (const delivery of deliveries) {
      const audited = audit.filter((e) => e.action === "reply-delivery.succeeded" && e.subject.id === delivery.id).length;
      const announced = world.events.filter((e) => e.type === "reply-delivery.succeeded" && e.data["deliveryId"] === delivery.id).length;
      expect(audited).toBe(delivery.state === "succeeded" ? 1 : 0);
      expect(announced).toBe(delivery.state === "succeeded" ? 1 : 0);
    }
    // 3. first response.
    const samples = await tenant(world).metrics.query({ metric: "first-response-hours" });
    for (const { id, receivedAt } of world.interactions) {
      const interaction = await tenant(world).interactions.require(id);
      const sent = [...replies.values()].filter((r) => r.interactionId === id && r.state === "sent");
      // Samples name no interaction: this one's is at its first response, and measures it from its message.
      const mine = samples.filter((s) => s.at === interaction.firstResponseAt && s.value === (Date.parse(s.at) - Date.parse(receivedAt)) / 3_600_000);
      if (sent.length > 0) expect(interaction.firstResponseAt, `interaction ${id} was answered without a first response`).toBeDefined();
      if (interaction.firstResponseAt !== undefined) {
        expect(sent.map((r) => r.sentAt)).toContain(interaction.firstResponseAt);
        expect(Date.parse(interaction.firstResponseAt)).toBeGreaterThanOrEqual(Date.parse(receivedAt));
        const before = world.firstResponse.get(id);
        if (before !== undefined) expect(interaction.firstResponseAt, "the first response moved").toBe(before);
        world.firstResponse.set(id, interaction.firstResponseAt);
        expect(mine).toHaveLength(1);
      }
    }
    expect(samples).toHaveLength(world.interactions.filter((i) => world.firstResponse.has(i.id)).length);
  } finally {
    world.store.failNext = saved;
  }
}

type Command = fc.AsyncCommand<object, World, false>;

const tolerate = async (work: () => Promise<unknown>): Promise<void> => {
  try {
    await work();
  } catch {
    // A refusal, or the store failing: the invariants say what it may have left.
  }
};

const draft = (interaction: number, text: number, approved = false): Command => ({
  check: () => true,
  async run(_m, world) {
    const p = world.processes[0]!;
    await tolerate(async () => {
      const drafted = await p.ksm.workflow.draftReply(world.interactions[interaction]!.id, TEXTS[text]!, "jonas");
      if (!approved || !drafted.ok) return;
      const result = await p.ksm.workflow.approveReply(drafted.value.id, "leyla");
      if (result.ok) world.approvedText.set(drafted.value.id, result.value.text);
    });
    await check(world);
  },
  toString: () => `${approved ? "draftAndApprove" : "draft"}(interaction ${interaction}, "${TEXTS[text]}")`,
});

const approve = (reply: number): Command => ({
  check: () => true,
  async run(_m, world) {
    const ids = await replyIds(world);
    const id = ids[reply % Math.max(1, ids.length)];
    if (id === undefined) return;
    await tolerate(async () => {
      const result = await world.processes[0]!.ksm.workflow.approveReply(id, "leyla");
      if (result.ok) world.approvedText.set(id, result.value.text);
    });
    await check(world);
  },
  toString: () => `approve(reply ${reply})`,
});

const discard = (reply: number): Command => ({
  check: () => true,
  async run(_m, world) {
    const ids = await replyIds(world);
    const id = ids[reply % Math.max(1, ids.length)];
    if (id === undefined) return;
    await tolerate(() => world.processes[0]!.ksm.workflow.discardReply(id, "leyla"));
    await check(world);
  },
  toString: () => `discard(reply ${reply})`,
});

const sendReply = (reply: number, process: number): Command => ({
  check: () => true,
  async run(_m, world) {
    const ids = await replyIds(world);
    const id = ids[reply % Math.max(1, ids.length)];
    if (id === undefined) return;
    const before = { deliveries: (await replyDeliveries(world)).length, audit: (await tenant(world).audit.list({})).length };
    let refused = false;
    try {
      await world.processes[process]!.publishing.engine.sendReply(id, "jonas");
    } catch {
      refused = true;
    }
    if (refused) {
      const saved = world.store.failNext;
      world.store.failNext = 0;
      expect({ deliveries: (await replyDeliveries(world)).length, audit: (await tenant(world).audit.list({})).length }, "a refused hand-over stored something").toEqual(before);
      world.store.failNext = saved;
    }
    await check(world);
  },
  toString: () => `sendReply(reply ${reply}, by process ${process})`,
});

const run = (process: number, ms: number): Command => ({
  check: () => true,
  async run(_m, world) {
    const { publishing } = world.processes[process]!;
    // Learn what the other process handed over, as a poll would.
    await publishing.engine.stop();
    await tolerate(() => publishing.engine.start());
    await world.clock.advanceBy(ms);
    await tolerate(() => publishing.engine.runDue());
    await check(world);
  },
  toString: () => `run(process ${process}, after ${ms} ms)`,
});

const networkFault = (fault: NetworkFault): Command => ({
  check: () => true,
  async run(_m, world) {
    world.faults.push(fault);
  },
  toString: () => `network(${fault})`,
});

const storeFault = (count: number): Command => ({
  check: () => true,
  async run(_m, world) {
    world.store.failNext += count;
  },
  toString: () => `storeFails(${count})`,
});

const pause = (on: boolean): Command => ({
  check: () => true,
  async run(_m, world) {
    const engine = world.processes[0]!.publishing.engine;
    await tolerate(async () => {
      if (on) await engine.pause("anna", "Krisenlage");
      else await engine.resume("anna");
      world.paused = on;
    });
    await check(world);
  },
  toString: () => (on ? "pause" : "resume"),
});

/** A person acts on a reply's latest delivery, and tells the truth about the network. */
const person = (reply: number, action: "retry" | "cancel" | "resolve"): Command => ({
  check: () => true,
  async run(_m, world) {
    const ids = await replyIds(world);
    const id = ids[reply % Math.max(1, ids.length)];
    if (id === undefined) return;
    const delivery = (await replyDeliveries(world)).filter((d) => d.replyId === id).at(-1);
    if (!delivery) return;
    const engine = world.processes[0]!.publishing.engine;
    await tolerate(async () => {
      if (action === "retry") await engine.retry(delivery.id, "jonas");
      else if (action === "cancel") await engine.cancel(delivery.id, "jonas", "Doch nicht senden");
      else {
        const answer = world.network.replies.get(delivery.idempotencyKey);
        await engine.resolve(delivery.id, "jonas", answer ? { outcome: "published", remoteId: answer.remoteId } : { outcome: "not-published" });
      }
    });
    await check(world);
  },
  toString: () => `person(${action}, reply ${reply})`,
});

describe("replies through the outbox (model-based)", () => {
  it("one answer per reply, only approved text, first response once — under network and store faults, two workers, a pause and people", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(
          [
            fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: TEXTS.length - 1 })).map(([i, t]) => draft(i, t)),
            fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: TEXTS.length - 1 })).map(([i, t]) => draft(i, t, true)),
            fc.nat(4).map(approve),
            fc.tuple(fc.nat(4), fc.integer({ min: 0, max: 1 })).map(([r, p]) => sendReply(r, p)),
            fc.tuple(fc.integer({ min: 0, max: 1 }), fc.constantFrom(0, 1_000, 30_000, 80_000, 900_000)).map(([p, ms]) => run(p, ms)),
            fc.nat(4).map(discard),
            fc.tuple(fc.nat(4), fc.integer({ min: 0, max: 1 })).map(([r, p]) => sendReply(r, p)),
            fc.tuple(fc.integer({ min: 0, max: 1 }), fc.constantFrom(0, 1_000, 30_000, 80_000, 900_000)).map(([p, ms]) => run(p, ms)),
            fc.constantFrom<NetworkFault>("503-before", "504-after", "422", "malformed-after").map(networkFault),
            fc.integer({ min: 1, max: 2 }).map(storeFault),
            fc.boolean().map(pause),
            fc.tuple(fc.nat(4), fc.constantFrom("retry" as const, "cancel" as const, "resolve" as const)).map(([r, a]) => person(r, a)),
          ],
          { maxCommands: 40, size: "+1" },
        ),
        async (commands) => {
          const world = await makeWorld();
          try {
            await fc.asyncModelRun(() => ({ model: {}, real: world }), commands);
            // The faults stop, publishing resumes: the outbox settles.
            world.store.failNext = 0;
            world.faults.length = 0;
            if (world.paused) await world.processes[0]!.publishing.engine.resume("anna");
            const engine = world.processes[0]!.publishing.engine;
            await engine.stop();
            await engine.start();
            for (let i = 0; i < 12; i++) {
              await world.clock.advanceBy(i < 6 ? 80_000 : 900_000);
              await engine.runDue();
            }
            await check(world);
            const replies = new Map((await tenant(world).replies.list()).map((r) => [r.id, r] as const));
            for (const delivery of await replyDeliveries(world)) {
              expect(["scheduled", "in-flight", "retrying"], `delivery ${delivery.id} never settled`).not.toContain(delivery.state);
              // The network has it and the record says so, or it was discarded and the network no longer has it (taken down).
              if (delivery.state === "succeeded" && world.network.replies.has(delivery.idempotencyKey)) expect(replies.get(delivery.replyId)?.state, `the network has reply ${delivery.replyId}, the record does not say so`).toBe("sent");
              if (["failed", "blocked", "uncertain"].includes(delivery.state)) expect(delivery.problem?.message, `delivery ${delivery.id} is ${delivery.state} without a reason`).toBeTruthy();
            }
          } finally {
            for (const p of world.processes) await p.ksm.dispose();
          }
        },
      ),
      {
        numRuns: RUNS,
        examples: [
          // Found by this test: a timeout the network took, the reply discarded meanwhile, the lookup finds it.
          [[draft(0, 0, true), networkFault("504-after"), sendReply(0, 0), run(0, 0), discard(0), run(0, 900_000)]],
        ],
      },
    );
  });
});
