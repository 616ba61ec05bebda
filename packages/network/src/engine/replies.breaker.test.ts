// Attacks on replies through the outbox: other orders of events, faults,
// crashes, a second worker, hostile answers from the network. Each test
// states what a town hall relies on; a failing one is a defect.
import { createKommune, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock, type Kommune, type Logger, type LogFields, type Organisation, type Store } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { inboxNetwork, INBOX_TOKEN, type InboxNetwork } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";
import type { ReplyDelivery } from "../outbox/delivery.js";
import { createMemorySecrets } from "../secrets/secrets-port.js";
import { adapterPlugin, NetworkError, type NetworkAdapterV1 } from "../spec/index.js";
import { withoutSyncTransaction } from "./engine-test-support.js";
import { createPublishing, type Publishing } from "./publishing-plugin.js";

const START = "2026-05-04T07:00:00Z";
const TEXT = "Danke für den Hinweis! Die Laterne wird am Montag repariert.";
const QUESTION_AGE_MS = 3 * 3_600_000;

function organisation(fourEyes: boolean): Organisation {
  return { ...MUSTERSTADT_ORGANISATION, settings: { ...MUSTERSTADT_ORGANISATION.settings, fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: fourEyes } } };
}

/** A logger that keeps every line, to look for credentials. */
function recordingLogger(lines: string[]): Logger {
  const make = (bindings: LogFields): Logger => {
    const write = (level: string) => (message: string, fields?: LogFields) => void lines.push(`${level} ${message} ${JSON.stringify({ ...bindings, ...fields })}`);
    return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error"), child: (more) => make({ ...bindings, ...more }) };
  };
  return make({});
}

interface RigOptions {
  readonly store?: Store;
  readonly clock?: TestClock;
  readonly network?: InboxNetwork;
  /** The adapter this process registers for network "inbox"; null: none (a worker without the adapter). */
  readonly adapter?: NetworkAdapterV1 | null;
  readonly fourEyes?: boolean;
  readonly workerId?: string;
  readonly logger?: Logger;
  readonly organisationUpdate?: { readonly by: string; readonly reason: string };
}

interface Rig {
  readonly ksm: Kommune;
  readonly clock: TestClock;
  readonly network: InboxNetwork;
  readonly publishing: Publishing;
  readonly store: Store;
  readonly interactionId: string;
  readonly receivedAt: string;
  /** Every event type emitted on this instance's bus, in order. */
  readonly events: Array<{ type: string; data: unknown }>;
}

/**
 * One process of Musterstadt over `store` (new unless given): the inbox
 * network, a team, channel kanal-1 and a citizen's question from three hours
 * ago (stored once), the engine started.
 */
async function rig(options: RigOptions = {}): Promise<Rig> {
  const clock = options.clock ?? new TestClock(START);
  const network = options.network ?? inboxNetwork({ clock });
  const store = options.store ?? createMemoryStore();
  const secrets = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal-1" }, { accessToken: INBOX_TOKEN }]]);
  const publishing = createPublishing({ secrets, pollIntervalMs: 0, random: () => 0.5, autoStart: false, ...(options.workerId ? { workerId: options.workerId } : {}) });
  const adapter = options.adapter === null ? undefined : (options.adapter ?? network.adapter);
  const ksm = await createKommune({
    organisation: organisation(options.fourEyes ?? true),
    clock,
    store,
    plugins: [...(adapter ? [adapterPlugin(adapter)] : []), publishing.plugin],
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.organisationUpdate ? { organisationUpdate: options.organisationUpdate } : {}),
  });
  if (!(await ksm.store.teamMembers.get("jonas"))) {
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "anna", organisationId: "musterstadt", name: "Anna Becker", roles: ["admin", "approver"], competencies: [], active: true });
    await ksm.store.channels.insert({ id: "kanal-1", organisationId: "musterstadt", network: "inbox", handle: "@kanal-1@inbox.example", options: {}, active: true });
  }
  let question = network.account("@kanal-1@inbox.example").interactions[0];
  if (!question) question = network.write("@kanal-1@inbox.example", "Wann wird die Laterne in der Lindenstraße repariert?", { at: clock.now() - QUESTION_AGE_MS });
  const interactionId = interactionIdFor("kanal-1", question.remoteId, "inbox");
  if (!(await ksm.store.interactions.get(interactionId))) {
    await ksm.store.interactions.insert({
      id: interactionId,
      organisationId: "musterstadt",
      channelId: "kanal-1",
      kind: "mention",
      remoteId: question.remoteId,
      author: question.author,
      text: question.text,
      receivedAt: question.receivedAt,
      status: "open",
      revision: 1,
    });
  }
  const events: Rig["events"] = [];
  ksm.bus.onAny((event) => void events.push({ type: event.type, data: event.data }));
  await publishing.engine.start();
  return { ksm, clock, network, publishing, store, interactionId, receivedAt: question.receivedAt, events };
}

async function draft(ksm: Kommune, interactionId: string, text = TEXT): Promise<string> {
  const drafted = await ksm.workflow.draftReply(interactionId, text, "jonas");
  if (!drafted.ok) throw new Error(drafted.refusal.message);
  return drafted.value.id;
}

async function draftAndApprove(ksm: Kommune, interactionId: string, text = TEXT): Promise<string> {
  const id = await draft(ksm, interactionId, text);
  const approved = await ksm.workflow.approveReply(id, "leyla");
  if (!approved.ok) throw new Error(approved.refusal.message);
  return id;
}

async function runOutbox(r: Pick<Rig, "clock" | "publishing">, ms = 1_000): Promise<void> {
  await r.clock.advanceBy(ms);
  await r.publishing.engine.runDue();
}

async function replyDeliveries(r: Pick<Rig, "publishing">): Promise<ReplyDelivery[]> {
  return (await r.publishing.engine.deliveries()).filter((d): d is ReplyDelivery => d.kind === "reply");
}

/** Lets pending promise callbacks and immediate tasks run until `done()` or a bound. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error("the awaited condition never came");
}

/** The adapter's reply call: the first call reaches the network and its answer is lost (504). */
function loseFirstAnswer(network: InboxNetwork): void {
  const inner = network.adapter.reply.bind(network.adapter);
  let calls = 0;
  network.adapter.reply = async (request, context) => {
    calls++;
    const result = await inner(request, context);
    if (calls === 1) throw new NetworkError({ kind: "retryable", status: 504, message: "gateway timeout" });
    return result;
  };
}

/** The network's replies to the question, as the citizen sees them. */
function answersOnNetwork(network: InboxNetwork): string[] {
  return [...network.replies.values()].map((r) => r.text);
}

/**
 * The record matches the network for a reply that may have gone out while
 * it was being discarded: the answer is there once and the reply is sent
 * and its interaction answered, or a takedown removed it and the reply is
 * not sent.
 */
async function expectRecordMatchesNetwork(r: Rig, replyId: string): Promise<void> {
  const deliveries = await r.publishing.engine.deliveries();
  const keys = new Set(deliveries.filter((d) => d.kind === "reply" && d.replyId === replyId).map((d) => d.idempotencyKey));
  const onNetwork = [...r.network.replies.keys()].filter((key) => keys.has(key)).length;
  const reply = await r.ksm.store.replies.require(replyId);
  const interaction = await r.ksm.store.interactions.require(reply.interactionId);
  expect(onNetwork, "answers on the network for the reply").toBeLessThanOrEqual(1);
  if (onNetwork === 1) {
    expect({ onNetwork, reply: reply.state, interaction: interaction.status, firstResponse: interaction.firstResponseAt !== undefined }).toEqual({ onNetwork, reply: "sent", interaction: "answered", firstResponse: true });
  } else {
    expect(reply.state).not.toBe("sent");
    const succeeded = deliveries.filter((d) => d.kind === "reply" && d.replyId === replyId && d.state === "succeeded");
    for (const d of succeeded) expect(deliveries.some((t) => t.kind === "takedown" && t.target.deliveryId === d.id && t.state === "succeeded"), `the answer of delivery ${d.id} was removed by a takedown`).toBe(true);
  }
}

describe("replies through the outbox, attacked", () => {
  describe("defects: a store without syncTransaction", () => {
    it("marks a reply sent when the network confirms it, on a store that offers only transaction()", async () => {
      const lines: string[] = [];
      const r = await rig({ store: withoutSyncTransaction(createMemoryStore()), logger: recordingLogger(lines) });
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      // Several lease periods: whatever the engine does, it must settle.
      for (let i = 0; i < 3; i++) await runOutbox(r, 80_000);
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      const [delivery] = await replyDeliveries(r);
      expect.soft(lines.filter((l) => l.startsWith("error")), "nothing fails while the success is recorded").toEqual([]);
      expect.soft(delivery?.state).toBe("succeeded");
      expect.soft((await r.ksm.store.replies.require(replyId)).state).toBe("sent");
      const interaction = await r.ksm.store.interactions.require(r.interactionId);
      expect.soft(interaction.status).toBe("answered");
      expect.soft(interaction.firstResponseAt).toBeDefined();
      // The network was called once, not once per lease period.
      expect(r.network.log.filter((l) => l.operation === "reply")).toHaveLength(1);
      await r.ksm.dispose();
    });
  });

  describe("defects: one answer per reply", () => {
    it("a doubtful reply claimed by a worker that lacks the adapter is not marked failed, so a new hand-over cannot answer twice", async () => {
      const store = createMemoryStore();
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      const a = await rig({ store, clock, network, workerId: "a" });
      loseFirstAnswer(network);
      const replyId = await draftAndApprove(a.ksm, a.interactionId);
      await a.publishing.engine.sendReply(replyId, "jonas");
      // Due now; the retry (a second later) is left to whoever claims it next.
      await a.publishing.engine.runDue();
      expect((await replyDeliveries(a))[0]).toMatchObject({ state: "retrying", mayHaveReachedNetwork: true });
      expect(answersOnNetwork(network)).toHaveLength(1);
      // Worker b runs an older deployment without the inbox adapter; a is stopped.
      await a.publishing.engine.stop();
      const b = await rig({ store, clock, network, workerId: "b", adapter: null });
      await runOutbox(b, 10 * 60_000);
      const [delivery] = await replyDeliveries(a);
      // "failed" promises that nothing went out; here it did.
      expect.soft(delivery?.state, "a delivery that may be on the network is uncertain, not failed").toBe("uncertain");
      // What a person does next with a failed reply: hand it over again.
      await a.publishing.engine.sendReply(replyId, "jonas").catch(() => undefined);
      await a.publishing.engine.start();
      await runOutbox(a, 10 * 60_000);
      expect(answersOnNetwork(network)).toEqual([TEXT]);
      await b.ksm.dispose();
      await a.ksm.dispose();
    });
  });

  describe("defects: a reply is found only where it went", () => {
    it("a lookup by content (as the spec allows) does not take another citizen's identical template answer for this one", async () => {
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      // A network without keys: its lookup finds an earlier publish by content and time, as LookupRequestV1 says — for a reply, under the same message.
      const adapter: NetworkAdapterV1 = {
        ...network.adapter,
        capabilities: { ...network.adapter.capabilities, idempotency: "lookup" },
        async lookup(request) {
          const from = Date.parse(request.notBefore);
          const to = Date.parse(request.notAfter);
          for (const [key, reply] of network.replies) {
            // As LookupRequestV1 asks: a reply found by content must answer the same message (inReplyToRemoteId).
            const sameMessage = request.inReplyToRemoteId === undefined || reply.inReplyToRemoteId === request.inReplyToRemoteId;
            if (key === request.idempotencyKey || (reply.text === request.text && sameMessage && reply.at >= from && reply.at <= to)) return { status: "found", remoteId: reply.remoteId };
          }
          return { status: "not-found" };
        },
      };
      const r = await rig({ clock, network, adapter });
      // A second citizen asks the same thing.
      const other = network.write("@kanal-1@inbox.example", "Die Laterne vor Nr. 12 ist auch aus.", { at: clock.now() - 3_600_000 });
      const otherId = interactionIdFor("kanal-1", other.remoteId, "inbox");
      await r.ksm.store.interactions.insert({ id: otherId, organisationId: "musterstadt", channelId: "kanal-1", kind: "mention", remoteId: other.remoteId, author: other.author, text: other.text, receivedAt: other.receivedAt, status: "open", revision: 1 });
      const template = "Danke für Ihren Hinweis, wir kümmern uns darum.";
      const first = await draftAndApprove(r.ksm, r.interactionId, template);
      await r.publishing.engine.sendReply(first, "jonas");
      await r.publishing.engine.runDue();
      const second = await draftAndApprove(r.ksm, otherId, template);
      // The first call for the second citizen fails with a 503: it may have reached the network, so the next attempt looks it up.
      network.replyFailures.push(new NetworkError({ kind: "retryable", status: 503, message: "unavailable" }));
      await r.publishing.engine.sendReply(second, "jonas");
      await r.publishing.engine.runDue();
      await runOutbox(r, 10 * 60_000);
      // Each citizen has an answer under their own message.
      const firstQuestion = await r.ksm.store.interactions.require(r.interactionId);
      const secondDelivery = (await replyDeliveries(r)).find((d) => d.replyId === second);
      const otherInteraction = await r.ksm.store.interactions.require(otherId);
      expect
        .soft({ delivery: secondDelivery?.state, reconciled: secondDelivery?.reconciled, reply: (await r.ksm.store.replies.require(second)).state, interaction: otherInteraction.status }, "what the record claims for the second citizen")
        .not.toMatchObject({ delivery: "succeeded", reconciled: true, reply: "sent", interaction: "answered" });
      expect([...network.replies.values()].map((a) => a.inReplyToRemoteId).sort()).toEqual([firstQuestion.remoteId, other.remoteId].sort());
      await r.ksm.dispose();
    });

    it("a person who wrongly resolves a doubtful reply as not published: a new hand-over on a network that dedupes by key does not answer twice", async () => {
      const r = await rig();
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      let calls = 0;
      // The network takes the first reply; the adapter then resolves with something the spec does not allow.
      r.network.adapter.reply = async (request, context) => {
        const result = await inner(request, context);
        return ++calls === 1 ? ({ id: result.remoteId } as never) : result;
      };
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      const [doubtful] = await replyDeliveries(r);
      expect(doubtful?.state).toBe("uncertain");
      // Jonas looks at the wrong account, finds nothing, and says so.
      await r.publishing.engine.resolve(doubtful!.id, "jonas", { outcome: "not-published" });
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      // The same reply handed over again keeps the key the network already knows.
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      await r.ksm.dispose();
    });
  });

  describe("defects: the record follows what the network has", () => {
    it("a reply discarded while its call is under way, which the network took: the record matches the network (sent and answered, or taken down)", async () => {
      const r = await rig();
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      let entered = false;
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      r.network.adapter.reply = async (request, context) => {
        entered = true;
        await gate;
        return inner(request, context);
      };
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await r.clock.advanceBy(1_000);
      const running = r.publishing.engine.runDue();
      await until(() => entered);
      // A colleague discards it while the call is on the wire: the workflow lets her.
      const discarded = await r.ksm.workflow.discardReply(replyId, "leyla");
      open();
      await running;
      // Whatever follows (a takedown, say) has its time.
      await runOutbox(r, 10 * 60_000);
      await runOutbox(r, 10 * 60_000);
      await r.ksm.bus.settled();
      expect(discarded.ok || (await r.ksm.store.replies.require(replyId)).state === "sent").toBe(true);
      await expectRecordMatchesNetwork(r, replyId);
      await r.ksm.dispose();
    });

    it("a reply discarded while it retries after a timeout the network took: the record matches the network once the lookup finds it", async () => {
      const r = await rig();
      loseFirstAnswer(r.network);
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await r.publishing.engine.runDue();
      expect((await r.ksm.store.replies.require(replyId)).deliveryState).toBe("retrying");
      // The team sees "retrying" and decides to phone the citizen instead.
      await r.ksm.workflow.discardReply(replyId, "leyla");
      await runOutbox(r, 10 * 60_000);
      await runOutbox(r, 10 * 60_000);
      await runOutbox(r, 10 * 60_000);
      await r.ksm.bus.settled();
      // The citizen has the answer and the record says so, or it was taken down again.
      await expectRecordMatchesNetwork(r, replyId);
      await r.ksm.dispose();
    });

    it("a draft in flight when four eyes are turned on (after a crash): the record matches the network once the lookup finds it", async () => {
      const base = createMemoryStore();
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      // The store fails the transaction that records the success: the process dies right after the network took the reply.
      let failNext = false;
      const store: Store = {
        kind: base.kind,
        organisations: base.organisations,
        tenant(organisationId) {
          const tenant = base.tenant(organisationId);
          return {
            ...tenant,
            syncTransaction: (work) => {
              if (failNext) {
                failNext = false;
                return Promise.reject(new Error("disk full"));
              }
              return tenant.syncTransaction!(work);
            },
          };
        },
        close: () => base.close(),
      };
      const a = await rig({ store, clock, network, fourEyes: false, workerId: "a" });
      const inner = network.adapter.reply.bind(network.adapter);
      network.adapter.reply = async (request, context) => {
        const result = await inner(request, context);
        failNext = true;
        return result;
      };
      const replyId = await draft(a.ksm, a.interactionId, "Danke, ist notiert.");
      await a.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(a);
      network.adapter.reply = inner;
      expect((await replyDeliveries(a))[0]?.state).toBe("in-flight");
      await a.publishing.engine.stop();
      await a.ksm.dispose();
      // Restarted with four eyes on replies.
      const b = await rig({ store, clock, network, fourEyes: true, workerId: "b", organisationUpdate: { by: "anna", reason: "Vier Augen auch für Antworten" } });
      await runOutbox(b, 80_000);
      await runOutbox(b, 80_000);
      await runOutbox(b, 10 * 60_000);
      await b.ksm.bus.settled();
      expect(network.log.filter((l) => l.operation === "reply")).toHaveLength(1);
      // The citizen has the answer: the reply must not stay a draft with the interaction open (or the answer is taken down).
      await expectRecordMatchesNetwork(b, replyId);
      await b.ksm.dispose();
    });
  });

  describe("defects: only what was approved goes out", () => {
    it("under four eyes, an approved reply whose text was changed in the store afterwards does not go out with the new text", async () => {
      const r = await rig({ fourEyes: true });
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      // There is no step to edit a reply: an app that lets people fix a typo writes the store.
      const approved = await r.ksm.store.replies.require(replyId);
      await r.ksm.store.replies.save({ ...approved, text: "Die Laterne bleibt kaputt, wenden Sie sich an jemand anderen.", revision: approved.revision + 1 }, { expectedRevision: approved.revision });
      await r.publishing.engine.sendReply(replyId, "jonas").catch(() => undefined);
      await runOutbox(r);
      // Leyla approved TEXT; nothing else may reach the citizen.
      for (const text of answersOnNetwork(r.network)) expect(text).toBe(TEXT);
      await r.ksm.dispose();
    });
  });

  describe("defects: first response", () => {
    it("a network clock a minute behind the citizen's message still dates the first response (not later by a second reply)", async () => {
      const r = await rig();
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      let calls = 0;
      r.network.adapter.reply = async (request, context) => {
        const result = await inner(request, context);
        return ++calls === 1 ? { ...result, publishedAt: new Date(Date.parse(r.receivedAt) - 60_000).toISOString() } : result;
      };
      const first = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(first, "jonas");
      await runOutbox(r);
      expect((await r.ksm.store.replies.require(first)).state).toBe("sent");
      const afterFirst = await r.ksm.store.interactions.require(r.interactionId);
      expect.soft(afterFirst.firstResponseAt, "the first answer must set firstResponseAt").toBeDefined();
      expect.soft(await r.ksm.store.metrics.query({ metric: "first-response-hours" }), "one sample for the first answer").toHaveLength(1);
      // A second answer a day later must not become the "first response".
      const second = await draftAndApprove(r.ksm, r.interactionId, "Nachtrag: Die Reparatur ist erledigt.");
      await r.publishing.engine.sendReply(second, "jonas");
      await runOutbox(r, 24 * 3_600_000);
      const afterSecond = await r.ksm.store.interactions.require(r.interactionId);
      expect(Date.parse(afterSecond.firstResponseAt ?? "")).toBeLessThan(Date.parse(START) + 60_000);
      expect(await r.ksm.store.metrics.query({ metric: "first-response-hours" })).toHaveLength(1);
      await r.ksm.dispose();
    });

    it("a network answer dated in the far future does not put the reply's sentAt and first response into the future", async () => {
      const r = await rig();
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      r.network.adapter.reply = async (request, context) => ({ ...(await inner(request, context)), publishedAt: "2099-12-31T23:59:59.000Z" });
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      const reply = await r.ksm.store.replies.require(replyId);
      expect(reply.state).toBe("sent");
      expect(Date.parse(reply.sentAt!)).toBeLessThanOrEqual(r.clock.now());
      const [sample] = await r.ksm.store.metrics.query({ metric: "first-response-hours" });
      // Three hours and a second, not 640,000 hours against the 24-hour goal.
      expect(sample?.value).toBeLessThan(4);
      await r.ksm.dispose();
    });

    it("a reply found by a lookup two days after the attempt that sent it is dated by that attempt, not by the lookup", async () => {
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      // A network without an idempotency key: the engine looks an earlier attempt up.
      const adapter: NetworkAdapterV1 = { ...network.adapter, capabilities: { ...network.adapter.capabilities, idempotency: "lookup" } };
      let replyCalls = 0;
      adapter.reply = async (request, context) => {
        const result = await network.adapter.reply(request, context);
        if (++replyCalls === 1) throw new NetworkError({ kind: "retryable", status: 504, message: "gateway timeout" });
        return result;
      };
      let lookups = 0;
      adapter.lookup = async (request, context) => (++lookups === 1 ? { status: "unknown", reason: "search index is rebuilding" } : network.adapter.lookup(request, context));
      const r = await rig({ clock, network, adapter });
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      const sentOnNetwork = [...network.replies.values()][0]!.at;
      await runOutbox(r, 10 * 60_000);
      const [doubtful] = await replyDeliveries(r);
      expect(doubtful?.state).toBe("uncertain");
      // After the weekend a person sends it again; the lookup now finds it.
      await r.clock.advanceBy(2 * 24 * 3_600_000);
      await r.publishing.engine.retry(doubtful!.id, "jonas");
      await runOutbox(r);
      expect(answersOnNetwork(network)).toHaveLength(1);
      const reply = await r.ksm.store.replies.require(replyId);
      expect(reply.state).toBe("sent");
      const interaction = await r.ksm.store.interactions.require(r.interactionId);
      // Answered three hours after the question, not two days later.
      expect(Date.parse(interaction.firstResponseAt!) - sentOnNetwork).toBeLessThanOrEqual(60_000);
      await r.ksm.dispose();
    });
  });

  describe("defects: what the hand-over refuses, the claim does not send", () => {
    it("a reply whose channel was deactivated after the hand-over does not go out on it, and a person sees why", async () => {
      const r = await rig();
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      const channel = await r.ksm.store.channels.require("kanal-1");
      await r.ksm.store.channels.save({ ...channel, active: false });
      await runOutbox(r);
      expect(answersOnNetwork(r.network)).toEqual([]);
      const [delivery] = await replyDeliveries(r);
      expect(["blocked", "failed", "cancelled"]).toContain(delivery?.state);
      await r.ksm.dispose();
    });

    it("a reply whose network lost the capability to answer (adapter updated) is not sent through the API, and a person sees why", async () => {
      const store = createMemoryStore();
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      const a = await rig({ store, clock, network, workerId: "a" });
      const replyId = await draftAndApprove(a.ksm, a.interactionId);
      await a.publishing.engine.sendReply(replyId, "jonas");
      await a.publishing.engine.stop();
      await a.ksm.dispose();
      // Restarted with the adapter's new version: the network's API no longer takes answers.
      const adapter: NetworkAdapterV1 = { ...network.adapter, capabilities: { ...network.adapter.capabilities, interactions: { ...network.adapter.capabilities.interactions, reply: false } } };
      const b = await rig({ store, clock, network, adapter, workerId: "b" });
      await runOutbox(b);
      expect(network.log.filter((l) => l.operation === "reply")).toEqual([]);
      const [delivery] = await replyDeliveries(b);
      expect(["blocked", "failed"]).toContain(delivery?.state);
      expect(delivery?.problem?.message).toMatch(/by hand|cannot answer/);
      await b.ksm.dispose();
    });

    it("a reply to an interaction deleted after the hand-over (personal data removed) does not go out", async () => {
      const r = await rig();
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await r.ksm.store.interactions.delete(r.interactionId);
      await runOutbox(r);
      expect(answersOnNetwork(r.network)).toEqual([]);
      const [delivery] = await replyDeliveries(r);
      expect(["failed", "cancelled", "blocked"]).toContain(delivery?.state);
      await r.ksm.dispose();
    });
  });

  describe("defects: credentials from a person's hand", () => {
    it("a person who pastes the account's token as the remote id when resolving a doubtful reply does not write it into the append-only audit log", async () => {
      const r = await rig();
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      let calls = 0;
      r.network.adapter.reply = async (request, context) => {
        const result = await inner(request, context);
        return ++calls === 1 ? ({ id: result.remoteId } as never) : result;
      };
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      const [doubtful] = await replyDeliveries(r);
      expect(doubtful?.state).toBe("uncertain");
      // Copied from the wrong field of the account's settings page.
      await r.publishing.engine.resolve(doubtful!.id, "jonas", { outcome: "published", remoteId: INBOX_TOKEN }).catch(() => undefined);
      await r.ksm.bus.settled();
      const everything = JSON.stringify({ deliveries: await r.publishing.engine.deliveries(), replies: await r.ksm.store.replies.list(), audit: await r.ksm.audit.latest(500), events: r.events });
      expect(everything).not.toContain(INBOX_TOKEN);
      await r.ksm.dispose();
    });
  });

  describe("what held", () => {
    it("a crash right after the network took the reply (the success write fails) still ends in one answer, one reply.sent, one sample, dated by the network", async () => {
      const base = createMemoryStore();
      let failNext = false;
      const store: Store = {
        kind: base.kind,
        organisations: base.organisations,
        tenant(organisationId) {
          const tenant = base.tenant(organisationId);
          return {
            ...tenant,
            syncTransaction: (work) => {
              if (failNext) {
                failNext = false;
                return Promise.reject(new Error("disk full"));
              }
              return tenant.syncTransaction!(work);
            },
          };
        },
        close: () => base.close(),
      };
      const r = await rig({ store });
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      r.network.adapter.reply = async (request, context) => {
        const result = await inner(request, context);
        failNext = true;
        return result;
      };
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      r.network.adapter.reply = inner;
      const sentOnNetwork = [...r.network.replies.values()][0]!.at;
      expect((await replyDeliveries(r))[0]?.state).toBe("in-flight");
      await runOutbox(r, 80_000);
      await runOutbox(r, 80_000);
      await r.ksm.bus.settled();
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      expect((await replyDeliveries(r))[0]?.state).toBe("succeeded");
      const reply = await r.ksm.store.replies.require(replyId);
      expect(reply.state).toBe("sent");
      expect(Date.parse(reply.sentAt!)).toBe(sentOnNetwork);
      expect(await r.ksm.store.metrics.query({ metric: "first-response-hours" })).toHaveLength(1);
      const actions = (await r.ksm.audit.latest(200)).map((e) => e.action);
      expect(actions.filter((a) => a === "reply.sent")).toHaveLength(1);
      expect(actions.filter((a) => a === "reply-delivery.succeeded")).toHaveLength(1);
      expect(r.events.filter((e) => e.type === "reply.sent")).toHaveLength(1);
      await r.ksm.dispose();
    });

    it("a call that ignores its abort and lands after a second worker sent the reply again ends in one answer (same key)", async () => {
      const store = createMemoryStore();
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      const a = await rig({ store, clock, network, workerId: "a" });
      const b = await rig({ store, clock, network, workerId: "b" });
      await b.publishing.engine.stop();
      const inner = network.adapter.reply.bind(network.adapter);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let calls = 0;
      // The first call ignores its abort signal and lands whenever the wire lets it.
      network.adapter.reply = async (request, context) => {
        if (++calls === 1) {
          await gate;
          return inner(request, context);
        }
        return inner(request, context);
      };
      const replyId = await draftAndApprove(a.ksm, a.interactionId);
      await a.publishing.engine.sendReply(replyId, "jonas");
      const hanging = a.publishing.engine.runDue();
      await until(() => calls === 1);
      await a.publishing.engine.stop();
      await b.publishing.engine.start();
      await runOutbox(b, 80_000);
      await runOutbox(b, 10 * 60_000);
      open();
      await hanging;
      await new Promise((resolve) => setImmediate(resolve));
      expect(answersOnNetwork(network)).toEqual([TEXT]);
      expect((await b.ksm.store.replies.require(replyId)).state).toBe("sent");
      expect((await b.ksm.audit.latest(200)).filter((e) => e.action === "reply.sent")).toHaveLength(1);
      await a.ksm.dispose();
      await b.ksm.dispose();
    });

    it("two workers on one store call the network once for a reply, and its steps are audited and announced once", async () => {
      const store = createMemoryStore();
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock, latencyMs: 5 });
      const a = await rig({ store, clock, network, workerId: "a" });
      const b = await rig({ store, clock, network, workerId: "b" });
      const replyId = await draftAndApprove(a.ksm, a.interactionId);
      await a.publishing.engine.sendReply(replyId, "jonas");
      // b learns of the delivery as a poll would.
      await b.publishing.engine.stop();
      await b.publishing.engine.start();
      await clock.advanceBy(1_000);
      await Promise.all([a.publishing.engine.runDue(), b.publishing.engine.runDue()]);
      await a.ksm.bus.settled();
      await b.ksm.bus.settled();
      expect(network.log.filter((l) => l.operation === "reply")).toHaveLength(1);
      expect(answersOnNetwork(network)).toEqual([TEXT]);
      const actions = (await a.ksm.audit.latest(200)).map((e) => e.action);
      expect(actions.filter((x) => x === "reply.sent")).toHaveLength(1);
      expect(actions.filter((x) => x === "reply-delivery.scheduled")).toHaveLength(1);
      expect(actions.filter((x) => x === "reply-delivery.succeeded")).toHaveLength(1);
      const sent = [...a.events, ...b.events].filter((e) => e.type === "reply.sent" || e.type === "reply-delivery.succeeded");
      expect(sent.map((e) => e.type).sort()).toEqual(["reply-delivery.succeeded", "reply.sent"]);
      await a.ksm.dispose();
      await b.ksm.dispose();
    });

    it("refused hand-overs store nothing: a draft under four eyes, a discarded or sent reply, an unknown actor, an inactive channel, a second open hand-over", async () => {
      const r = await rig();
      const snapshot = async () => ({
        deliveries: (await r.publishing.engine.deliveries()).length,
        audit: (await r.ksm.audit.latest(500)).length,
        replies: JSON.stringify(await r.ksm.store.replies.list()),
      });
      const refusedWith = async (replyId: string, actor = "jonas") => {
        const before = await snapshot();
        const error = await r.publishing.engine.sendReply(replyId, actor).then(
          () => undefined,
          (e: unknown) => e as Error & { problems?: Array<{ problem: string }> },
        );
        expect(error, `sendReply(${replyId}, ${actor}) must be refused`).toBeDefined();
        expect(await snapshot()).toEqual(before);
        return error!;
      };
      const drafted = await draft(r.ksm, r.interactionId);
      expect((await refusedWith(drafted)).problems?.map((p) => p.problem)).toEqual(["state"]);
      const discarded = await draftAndApprove(r.ksm, r.interactionId);
      expect((await r.ksm.workflow.discardReply(discarded, "jonas")).ok).toBe(true);
      expect((await refusedWith(discarded)).problems?.map((p) => p.problem)).toEqual(["state"]);
      const fine = await draftAndApprove(r.ksm, r.interactionId);
      expect((await refusedWith(fine, "lisa-leser")).message).toMatch(/not an active team member/);
      expect((await refusedWith("reply-that-never-was")).message).toMatch(/no reply/);
      await r.publishing.engine.sendReply(fine, "jonas");
      expect((await refusedWith(fine)).problems?.map((p) => p.problem)).toEqual(["already-handed-over"]);
      await runOutbox(r);
      expect((await r.ksm.store.replies.require(fine)).state).toBe("sent");
      expect((await refusedWith(fine)).problems?.map((p) => p.problem)).toEqual(expect.arrayContaining(["state"]));
      const other = await draftAndApprove(r.ksm, r.interactionId, "Noch eine Antwort.");
      const channel = await r.ksm.store.channels.require("kanal-1");
      await r.ksm.store.channels.save({ ...channel, active: false });
      expect((await refusedWith(other)).problems?.map((p) => p.problem)).toEqual(["channel"]);
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      await r.ksm.dispose();
    });

    it("a hand-over cancelled by a person can be made again, and the citizen gets one answer", async () => {
      const r = await rig();
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      const first = await r.publishing.engine.sendReply(replyId, "jonas");
      await r.publishing.engine.cancel(first.id, "jonas", "Noch einmal prüfen");
      expect((await r.ksm.store.replies.require(replyId)).deliveryState).toBe("cancelled");
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      await runOutbox(r, 10 * 60_000);
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      expect((await replyDeliveries(r)).map((d) => d.state).sort()).toEqual(["cancelled", "succeeded"]);
      await r.ksm.dispose();
    });

    it("an uncertain reply can be neither handed over again nor cancelled; resolved as published, it is sent once at the person's word", async () => {
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      const adapter: NetworkAdapterV1 = { ...network.adapter, capabilities: { ...network.adapter.capabilities, idempotency: "none" } };
      let replyCalls = 0;
      adapter.reply = async (request, context) => {
        const result = await network.adapter.reply(request, context);
        if (++replyCalls === 1) throw new NetworkError({ kind: "retryable", status: 504, message: "gateway timeout" });
        return result;
      };
      adapter.lookup = async () => ({ status: "unknown", reason: "this network cannot look replies up" });
      const r = await rig({ clock, network, adapter });
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      await runOutbox(r, 10 * 60_000);
      const [delivery] = await replyDeliveries(r);
      expect(delivery?.state).toBe("uncertain");
      await expect(r.publishing.engine.sendReply(replyId, "jonas")).rejects.toMatchObject({ problems: [expect.objectContaining({ problem: "already-handed-over" })] });
      await expect(r.publishing.engine.cancel(delivery!.id, "jonas", "weg damit")).rejects.toThrow();
      const [remote] = [...network.replies.values()];
      await r.publishing.engine.resolve(delivery!.id, "jonas", { outcome: "published", remoteId: remote!.remoteId, url: "https://inbox.example/@x/1" });
      await expect(r.publishing.engine.resolve(delivery!.id, "jonas", { outcome: "published", remoteId: remote!.remoteId })).rejects.toThrow();
      await runOutbox(r, 10 * 60_000);
      expect(answersOnNetwork(network)).toEqual([TEXT]);
      expect((await r.ksm.store.replies.require(replyId)).state).toBe("sent");
      expect((await r.ksm.audit.latest(200)).filter((e) => e.action === "reply.sent")).toHaveLength(1);
      expect(await r.ksm.store.metrics.query({ metric: "first-response-hours" })).toHaveLength(1);
      await r.ksm.dispose();
    });

    it("a crisis pause holds replies and a call about to start; reads through the engine still pass", async () => {
      const r = await rig();
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await r.publishing.engine.pause("anna", "Unwetterlage: alles anhalten");
      await runOutbox(r, 60_000);
      expect(r.network.log.filter((l) => l.operation === "reply")).toEqual([]);
      const page = await r.publishing.engine.calls.fetchInteractions("kanal-1");
      expect(page.interactions.length).toBeGreaterThan(0);
      await r.publishing.engine.resume("anna");
      await runOutbox(r);
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      await r.ksm.dispose();
    });

    it("four eyes turned on after a draft was handed over: the draft does not go out, and a person sees it cancelled", async () => {
      const store = createMemoryStore();
      const clock = new TestClock(START);
      const network = inboxNetwork({ clock });
      const a = await rig({ store, clock, network, fourEyes: false, workerId: "a" });
      const replyId = await draft(a.ksm, a.interactionId);
      await a.publishing.engine.sendReply(replyId, "jonas");
      await a.publishing.engine.stop();
      await a.ksm.dispose();
      const b = await rig({ store, clock, network, fourEyes: true, workerId: "b", organisationUpdate: { by: "anna", reason: "Vier Augen auch für Antworten" } });
      await runOutbox(b);
      expect(answersOnNetwork(network)).toEqual([]);
      expect((await replyDeliveries(b))[0]?.state).toBe("cancelled");
      expect((await b.ksm.store.replies.require(replyId))).toMatchObject({ state: "draft", deliveryState: "cancelled" });
      await b.ksm.dispose();
    });

    it("a reply changed or discarded after the hand-over is cancelled at the claim or right before the call", async () => {
      const r = await rig();
      const changed = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(changed, "jonas");
      const stored = await r.ksm.store.replies.require(changed);
      await r.ksm.store.replies.save({ ...stored, text: "Geänderter Text", revision: stored.revision + 1 }, { expectedRevision: stored.revision });
      await runOutbox(r);
      expect(answersOnNetwork(r.network)).toEqual([]);
      expect((await replyDeliveries(r))[0]?.state).toBe("cancelled");

      // Discarded between the claim and the call: #beforeCall stops it.
      const late = await draftAndApprove(r.ksm, r.interactionId, "Zweiter Versuch.");
      await r.publishing.engine.sendReply(late, "jonas");
      const secretsRead = r.network.log.length;
      const original = r.network.adapter.reply;
      let reached = 0;
      r.network.adapter.reply = async (request, context) => {
        reached++;
        return original(request, context);
      };
      // The discard lands while the worker reads its credentials (after the claim).
      const running = (async () => {
        await r.clock.advanceBy(1_000);
        await r.publishing.engine.runDue();
      })();
      await r.ksm.workflow.discardReply(late, "leyla");
      await running;
      await runOutbox(r, 10 * 60_000);
      expect(reached).toBe(0);
      expect(r.network.log.length).toBe(secretsRead);
      expect(answersOnNetwork(r.network)).toEqual([]);
      await r.ksm.dispose();
    });

    it("a hidden interaction stays hidden when its reply is sent", async () => {
      const r = await rig();
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      expect((await r.ksm.workflow.hideInteraction(r.interactionId, "anna", "Beleidigung")).ok).toBe(true);
      await runOutbox(r);
      expect(answersOnNetwork(r.network)).toEqual([TEXT]);
      const interaction = await r.ksm.store.interactions.require(r.interactionId);
      expect(interaction.status).toBe("hidden");
      expect(interaction.firstResponseAt).toBeDefined();
      await r.ksm.dispose();
    });

    it("no credential in any delivery, audit entry, event or log line, whatever the network says", async () => {
      const lines: string[] = [];
      const r = await rig({ logger: recordingLogger(lines) });
      const leak = `Bearer ${INBOX_TOKEN}`;
      r.network.replyFailures.push(
        new NetworkError({ kind: "retryable", status: 503, message: `upstream said: ${leak}`, networkReason: `token ${INBOX_TOKEN} expired?` }),
        new NetworkError({ kind: "rejected-content", status: 422, message: `rejected for ${INBOX_TOKEN}`, networkReason: `Ihr Token ${INBOX_TOKEN} ist ungültig` }),
      );
      const replyId = await draftAndApprove(r.ksm, r.interactionId);
      await r.publishing.engine.sendReply(replyId, "jonas");
      await runOutbox(r);
      await runOutbox(r, 10 * 60_000);
      const [failed] = await replyDeliveries(r);
      expect(failed?.state).toBe("failed");
      // A remote id with the token in it: refused, never stored.
      await r.publishing.engine.retry(failed!.id, "jonas");
      const inner = r.network.adapter.reply.bind(r.network.adapter);
      r.network.adapter.reply = async (request, context) => ({ ...(await inner(request, context)), remoteId: `id-${INBOX_TOKEN}`, url: `https://inbox.example/?t=${INBOX_TOKEN}` });
      await runOutbox(r, 10 * 60_000);
      await r.ksm.bus.settled();
      const everything = JSON.stringify({
        deliveries: await r.publishing.engine.deliveries(),
        replies: await r.ksm.store.replies.list(),
        audit: await r.ksm.audit.latest(500),
        events: r.events,
        lines,
      });
      expect(everything).not.toContain(INBOX_TOKEN);
      await r.ksm.dispose();
    });
  });
});
