import { createMemoryStore, defineCheck, MUSTERSTADT_ORGANISATION, TestClock, type Kommune } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { inboxNetwork, INBOX_TOKEN, setupCollector, type InboxNetwork } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";
import { NetworkError } from "../spec/index.js";
import { withoutSyncTransaction } from "./engine-test-support.js";
import type { Publishing } from "./publishing-plugin.js";
import { ReplyHandoverError } from "./reply-handover.js";

/** An organisation with four eyes on replies, a collected question, and the inbox network. */
async function setup(options: { fourEyesOnReplies?: boolean; blockOnOpenErrors?: boolean; network?: (clock: TestClock) => InboxNetwork } = {}) {
  const clock = new TestClock("2026-05-04T07:00:00Z");
  const network = options.network?.(clock) ?? inboxNetwork({ clock });
  const organisation = {
    ...MUSTERSTADT_ORGANISATION,
    settings: {
      ...MUSTERSTADT_ORGANISATION.settings,
      fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: options.fourEyesOnReplies ?? true },
      checks: { blockApprovalOnErrors: options.blockOnOpenErrors ?? false },
    },
  };
  const rig = await setupCollector({ clock, network, plugin: { collector: false, imprint: false }, organisation });
  const question = network.write("@kanal-1@inbox.example", "Wann wird die Laterne in der Lindenstraße repariert?", { at: clock.now() - 3 * 3_600_000 });
  await rig.ksm.store.interactions.insert({
    id: interactionIdFor("kanal-1", question.remoteId, "inbox"),
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
  await rig.publishing.engine.start();
  return { ...rig, question, interactionId: interactionIdFor("kanal-1", question.remoteId, "inbox") };
}

async function draftAndApprove(ksm: Kommune, interactionId: string, text = "Danke für den Hinweis! Die Laterne wird am Montag repariert."): Promise<string> {
  const draft = await ksm.workflow.draftReply(interactionId, text, "jonas");
  if (!draft.ok) throw new Error(draft.refusal.message);
  const approved = await ksm.workflow.approveReply(draft.value.id, "leyla");
  if (!approved.ok) throw new Error(approved.refusal.message);
  return draft.value.id;
}

async function runOutbox(clock: TestClock, publishing: Publishing, ms = 1_000): Promise<void> {
  await clock.advanceBy(ms);
  await publishing.engine.runDue();
}

describe("replies through the outbox", () => {
  it("sends an approved reply once, marks it sent at the network's time, and measures the first response", async () => {
    const { ksm, clock, network, publishing, interactionId, question } = await setup();
    const events: string[] = [];
    ksm.bus.onAny((event) => void (event.type.startsWith("reply") && events.push(event.type)));
    const replyId = await draftAndApprove(ksm, interactionId);
    const delivery = await publishing.engine.sendReply(replyId, "jonas");
    expect(delivery).toMatchObject({ kind: "reply", replyId, interactionId, channelId: "kanal-1", state: "scheduled", payload: { inReplyToRemoteId: question.remoteId } });
    await runOutbox(clock, publishing);
    await ksm.bus.settled();

    expect([...network.replies.values()]).toEqual([expect.objectContaining({ inReplyToRemoteId: question.remoteId, text: "Danke für den Hinweis! Die Laterne wird am Montag repariert." })]);
    const sentAt = new Date([...network.replies.values()][0]!.at).toISOString().replace(/Z$/, "Z");
    const reply = await ksm.store.replies.require(replyId);
    expect(reply).toMatchObject({ state: "sent", deliveryId: delivery.id, deliveryState: "succeeded", channelId: "kanal-1", remoteId: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    expect(Date.parse(reply.sentAt!)).toBe(Date.parse(sentAt));
    const interaction = await ksm.store.interactions.require(interactionId);
    expect(interaction.status).toBe("answered");
    expect(Date.parse(interaction.firstResponseAt!)).toBe(Date.parse(sentAt));
    const samples = await ksm.store.metrics.query({ metric: "first-response-hours" });
    expect(samples).toHaveLength(1);
    // Due at once: sent at the instant of the hand-over, three hours after the question came in.
    expect(samples[0]!.value).toBe(3);
    expect(events).toEqual(["reply.drafted", "reply.approved", "reply-delivery.scheduled", "reply-delivery.started", "reply-delivery.succeeded", "reply.sent"]);
    const actions = (await ksm.audit.latest(20)).map((e) => e.action).reverse();
    expect(actions).toEqual(expect.arrayContaining(["reply.drafted", "reply.approved", "reply-delivery.scheduled", "reply-delivery.succeeded", "reply.sent"]));
    expect(JSON.stringify(await ksm.audit.latest(50))).not.toContain(INBOX_TOKEN);
    await ksm.dispose();
  });

  it("refuses a draft under four eyes, a reply too long for the channel, and a second hand-over, storing nothing", async () => {
    const { ksm, publishing, interactionId } = await setup();
    const draft = await ksm.workflow.draftReply(interactionId, "Danke!", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    const refused = await publishing.engine.sendReply(draft.value.id, "jonas").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReplyHandoverError);
    expect((refused as ReplyHandoverError).problems.map((p) => p.problem)).toEqual(["state"]);

    // Too long for the channel: refused at approval already, as the network counts.
    await expect(draftAndApprove(ksm, interactionId, "Sehr geehrte Frau Mustermann, ".repeat(30))).rejects.toThrow(/zu lang für den Kanal „kanal-1“ \(\d+\/500/);

    const fine = await draftAndApprove(ksm, interactionId);
    await publishing.engine.sendReply(fine, "jonas");
    const again = (await publishing.engine.sendReply(fine, "jonas").catch((error: unknown) => error)) as ReplyHandoverError;
    expect(again.problems.map((p) => p.problem)).toEqual(["already-handed-over"]);
    expect((await publishing.engine.deliveries()).filter((d) => d.kind === "reply")).toHaveLength(1);
    await expect(publishing.engine.sendReply(fine, "lisa-leser")).rejects.toThrow(/not an active team member/);
    await ksm.dispose();
  });

  it("refuses a draft too long for the channel at hand-over, when no approval came first", async () => {
    const { ksm, publishing, interactionId } = await setup({ fourEyesOnReplies: false });
    const draft = await ksm.workflow.draftReply(interactionId, "Sehr geehrte Frau Mustermann, ".repeat(30), "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    const tooLong = (await publishing.engine.sendReply(draft.value.id, "jonas").catch((error: unknown) => error)) as ReplyHandoverError;
    expect(tooLong.problems.map((p) => p.problem)).toEqual(["too-long"]);
    expect(tooLong.message).toMatch(/too long for Inbox network: \d+ of 500/);
    expect(await publishing.engine.deliveries()).toEqual([]);
    await ksm.dispose();
  });

  it("does not send a draft with an open error finding when the organisation blocks on errors, until an approver accepts it", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup({ fourEyesOnReplies: false, blockOnOpenErrors: true });
    ksm.registries.checks.register(
      defineCheck({
        id: "test/phone",
        target: "reply",
        languages: ["de"],
        title: { de: "Telefonnummer", en: "Phone number" },
        run: ({ text }) => (/\d{4} \d{6}/.test(text) ? [{ code: "phone", severity: "error", message: { de: "Telefonnummer", en: "Phone number" } }] : []),
      }),
    );
    const draft = await ksm.workflow.draftReply(interactionId, "Rufen Sie Herrn Meier privat an: 0151 234567", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    const refused = (await publishing.engine.sendReply(draft.value.id, "jonas").catch((error: unknown) => error)) as ReplyHandoverError;
    expect(refused).toBeInstanceOf(ReplyHandoverError);
    expect(refused.problems.map((p) => p.problem)).toEqual(["open-findings"]);
    expect(refused.message).toContain("test/phone/phone");
    expect(await publishing.engine.deliveries()).toEqual([]);
    const accepted = await ksm.workflow.acceptReplyFinding(draft.value.id, draft.value.checks!.findings[0]!.id, "leyla", "Dienstnummer des Bauhofs, veröffentlicht");
    expect(accepted.ok).toBe(true);
    await publishing.engine.sendReply(draft.value.id, "jonas");
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(1);
    await ksm.dispose();
  });

  it("sends a draft at once when the organisation has no four eyes on replies", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup({ fourEyesOnReplies: false });
    const draft = await ksm.workflow.draftReply(interactionId, "Danke, ist notiert.", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    await publishing.engine.sendReply(draft.value.id, "jonas");
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(1);
    expect((await ksm.store.replies.require(draft.value.id)).state).toBe("sent");
    await ksm.dispose();
  });

  it("retries a passing failure with the same idempotency key, so the citizen gets one answer", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup();
    // The first call reaches the network and times out on the way back (the answer is lost).
    const inner = network.adapter.reply.bind(network.adapter);
    let calls = 0;
    network.adapter.reply = async (request, context) => {
      calls++;
      const result = await inner(request, context);
      if (calls === 1) throw new NetworkError({ kind: "retryable", status: 504, message: "gateway timeout" });
      return result;
    };
    const replyId = await draftAndApprove(ksm, interactionId);
    const outcomes: string[] = [];
    ksm.bus.onAny((event) => void (event.type.startsWith("reply-delivery.") && outcomes.push(event.type)));
    await publishing.engine.sendReply(replyId, "jonas");
    await runOutbox(clock, publishing, 60_000);
    await ksm.bus.settled();
    expect(outcomes).toEqual(["reply-delivery.scheduled", "reply-delivery.started", "reply-delivery.retrying", "reply-delivery.started", "reply-delivery.succeeded"]);
    expect(calls).toBe(2);
    expect(network.replies.size).toBe(1);
    expect((await ksm.store.replies.require(replyId)).state).toBe("sent");
    await ksm.dispose();
  });

  it("cancels a reply discarded after it was handed over, without calling the network", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup();
    const replyId = await draftAndApprove(ksm, interactionId);
    await publishing.engine.sendReply(replyId, "jonas");
    const discarded = await ksm.workflow.discardReply(replyId, "leyla");
    expect(discarded.ok).toBe(true);
    await runOutbox(clock, publishing);
    expect(network.log.filter((l) => l.operation === "reply")).toHaveLength(0);
    const [delivery] = (await publishing.engine.deliveries()).filter((d) => d.kind === "reply");
    expect(delivery?.state).toBe("cancelled");
    expect((await ksm.store.replies.require(replyId)).deliveryState).toBe("cancelled");
    expect((await ksm.store.interactions.require(interactionId)).status).toBe("open");
    await ksm.dispose();
  });

  it("holds replies during a crisis pause and sends them on resume", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup();
    const replyId = await draftAndApprove(ksm, interactionId);
    await publishing.engine.pause("anna", "Unwetterlage: alles anhalten");
    await publishing.engine.sendReply(replyId, "jonas");
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(0);
    await publishing.engine.resume("anna");
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(1);
    await ksm.dispose();
  });

  it("fails a reply to a message the network no longer has, and lets a person resolve a doubtful one", async () => {
    const { ksm, clock, network, publishing, interactionId, question } = await setup();
    network.account("@kanal-1@inbox.example").interactions.splice(0);
    const replyId = await draftAndApprove(ksm, interactionId);
    await publishing.engine.sendReply(replyId, "jonas");
    await runOutbox(clock, publishing);
    const [delivery] = (await publishing.engine.deliveries()).filter((d) => d.kind === "reply");
    expect(delivery).toMatchObject({ state: "failed", problem: { kind: "not-found" } });
    expect((await ksm.store.replies.require(replyId)).state).toBe("approved");
    // Answered by hand on the network: a person says so.
    network.account("@kanal-1@inbox.example").interactions.push(question);
    await publishing.engine.retry(delivery!.id, "jonas");
    network.replyFailures.push(new NetworkError({ kind: "retryable", status: 503, message: "down" }));
    await runOutbox(clock, publishing);
    expect((await publishing.engine.deliveries()).find((d) => d.id === delivery!.id)?.state).toBe("retrying");
    await ksm.dispose();
  });
});

describe("withdrawing a reply", () => {
  it("takes a sent reply off the network again, with the reason audited", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup();
    const replyId = await draftAndApprove(ksm, interactionId);
    await publishing.engine.sendReply(replyId, "jonas");
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(1);
    expect(await publishing.engine.withdrawReply(replyId, "jonas", "")).toMatchObject({ ok: false, refusal: { code: "reason-required" } });
    const withdrawn = await publishing.engine.withdrawReply(replyId, "leyla", "Falsches Datum genannt");
    expect(withdrawn).toMatchObject({ ok: true, value: { state: "withdrawn", withdrawal: { by: "leyla", reason: "Falsches Datum genannt" } } });
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(0);
    const takedown = (await publishing.engine.deliveries()).find((d) => d.kind === "takedown");
    expect(takedown).toMatchObject({ state: "succeeded", replyId });
    const actions = (await ksm.audit.latest(10)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["reply.withdrawn", "takedown.scheduled", "takedown.succeeded"]));
    await ksm.dispose();
  });

  it("takes down a reply whose call was under way when it was discarded", async () => {
    const { ksm, clock, network, publishing, interactionId } = await setup();
    const replyId = await draftAndApprove(ksm, interactionId);
    // The network takes the reply, but the answer comes only after the person discarded it.
    const inner = network.adapter.reply.bind(network.adapter);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    network.adapter.reply = async (request, context) => {
      const result = await inner(request, context);
      await gate;
      return result;
    };
    await publishing.engine.sendReply(replyId, "jonas");
    await clock.advanceBy(1_000);
    for (let i = 0; i < 20 && network.replies.size === 0; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(network.replies.size).toBe(1);
    expect((await ksm.workflow.discardReply(replyId, "leyla")).ok).toBe(true);
    release();
    await publishing.engine.idle();
    await runOutbox(clock, publishing);
    expect(network.replies.size).toBe(0);
    expect((await ksm.store.replies.require(replyId)).state).toBe("discarded");
    await ksm.dispose();
  });

  it("sends and withdraws on a store without syncTransaction just as well", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const network = inboxNetwork({ clock });
    const organisation = { ...MUSTERSTADT_ORGANISATION, settings: { ...MUSTERSTADT_ORGANISATION.settings, fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: true } } };
    const rig = await setupCollector({ clock, network, store: withoutSyncTransaction(createMemoryStore()), plugin: { imprint: false }, organisation });
    const question = network.write("@kanal-1@inbox.example", "Ist das Bürgerbüro am Samstag offen?", { at: clock.now() - 3_600_000 });
    // Collected through the async driver too: pages, cursors and metrics.
    await rig.publishing.collector.collectNow("kanal-1");
    const interactionId = interactionIdFor("kanal-1", question.remoteId, "inbox");
    await rig.publishing.engine.start();
    const replyId = await draftAndApprove(rig.ksm, interactionId);
    await rig.publishing.engine.sendReply(replyId, "jonas");
    await runOutbox(clock, rig.publishing);
    expect((await rig.ksm.store.replies.require(replyId)).state).toBe("sent");
    expect((await rig.ksm.store.metrics.query({ metric: "first-response-hours" })).map((s) => s.value)).toEqual([1]);
    expect((await rig.publishing.engine.withdrawReply(replyId, "leyla", "Doppelt beantwortet")).ok).toBe(true);
    await runOutbox(clock, rig.publishing);
    expect(network.replies.size).toBe(0);
    await rig.ksm.dispose();
  });
});
