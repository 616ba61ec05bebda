import { COUNTING_RULES, MUSTERSTADT_ORGANISATION, TestClock, type Kommune } from "@kommune-sm/core";
import { describe, expect, it, vi } from "vitest";
import { inboxNetworkAnswering, setupCollector } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";
import { ReplyHandoverError } from "../engine/reply-handover.js";
import { NetworkError, type ChannelCapabilitiesV1 } from "../spec/index.js";

/** An instance's own character limit, as Mastodon's `/api/v2/instance` says it (`configuration.statuses.max_characters`). */
const characters = (max: number): ChannelCapabilitiesV1 => ({ text: { ...COUNTING_RULES.mastodon, limits: [{ unit: "code-points", max }] } });

/** The inbox network (it declares Mastodon's 500 characters) whose accounts answer `capabilitiesFor` with `answer`; the collector and imprint check are off. */
async function instance(answer: () => ChannelCapabilitiesV1 | Promise<ChannelCapabilitiesV1>, options: { fourEyesOnReplies?: boolean; channels?: number } = {}) {
  const clock = new TestClock("2026-05-04T07:00:00Z");
  const { network, asked } = inboxNetworkAnswering(clock, answer);
  const organisation = { ...MUSTERSTADT_ORGANISATION, settings: { ...MUSTERSTADT_ORGANISATION.settings, fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: options.fourEyesOnReplies ?? true } } };
  const rig = await setupCollector({ clock, network, organisation, channels: options.channels ?? 1, plugin: { collector: false, imprint: false } });
  const question = network.write("@kanal-1@inbox.example", "Wann öffnet das Freibad?");
  const interactionId = interactionIdFor("kanal-1", question.remoteId, "inbox");
  await rig.ksm.store.interactions.insert({ id: interactionId, organisationId: "musterstadt", channelId: "kanal-1", kind: "mention", remoteId: question.remoteId, author: question.author, text: question.text, receivedAt: question.receivedAt, status: "open", revision: 1 });
  return { ...rig, interactionId, asked };
}

const storedLimits = (ksm: Kommune) => ksm.store.collection("channel-capabilities").get("kanal-1");

async function started(rig: Awaited<ReturnType<typeof instance>>): Promise<void> {
  await rig.publishing.engine.start();
  await vi.waitFor(async () => expect(await storedLimits(rig.ksm)).toBeDefined());
}

async function draft(ksm: Kommune, interactionId: string, length: number): Promise<string> {
  const drafted = await ksm.workflow.draftReply(interactionId, "Das Freibad öffnet am Montag. ".padEnd(length, "x"), "jonas");
  if (!drafted.ok) throw new Error(drafted.refusal.message);
  return drafted.value.id;
}

describe("replies measured against the account's own limit", () => {
  it("approves and hands over a reply of 1,200 characters where the instance allows 5,000, though the network declares 500", async () => {
    const rig = await instance(() => characters(5_000));
    await started(rig);
    const replyId = await draft(rig.ksm, rig.interactionId, 1_200);
    expect((await rig.ksm.workflow.approveReply(replyId, "leyla")).ok).toBe(true);
    expect(await rig.publishing.engine.sendReply(replyId, "jonas")).toMatchObject({ kind: "reply", state: "scheduled" });
    await rig.ksm.dispose();
  });

  it("refuses to approve a reply longer than the instance allows, though the network declares more", async () => {
    const rig = await instance(() => characters(300));
    await started(rig);
    const replyId = await draft(rig.ksm, rig.interactionId, 400);
    expect(await rig.ksm.workflow.approveReply(replyId, "leyla")).toMatchObject({ ok: false, refusal: { code: "undeliverable", details: { problems: [{ problem: "too-long", used: 400, max: 300 }] } } });
    await rig.ksm.dispose();
  });

  it("does not hand over a reply that no longer fits after the instance lowered its limit", async () => {
    let limit = 1_000;
    const rig = await instance(() => characters(limit), { fourEyesOnReplies: false });
    await started(rig);
    const replyId = await draft(rig.ksm, rig.interactionId, 400);
    limit = 300;
    await rig.publishing.calls.refreshCapabilities("kanal-1", { force: true });
    const refused = await rig.publishing.engine.sendReply(replyId, "jonas").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReplyHandoverError);
    expect((refused as ReplyHandoverError).problems).toEqual([expect.objectContaining({ problem: "too-long", message: expect.stringContaining("400 of 300") })]);
    await rig.ksm.dispose();
  });

  it("measures against the declared limit until the account has said its own", async () => {
    const rig = await instance(() => characters(5_000));
    const replyId = await draft(rig.ksm, rig.interactionId, 600);
    expect(await rig.ksm.workflow.approveReply(replyId, "leyla")).toMatchObject({ ok: false, refusal: { code: "undeliverable", details: { problems: [{ max: 500 }] } } });
    await rig.ksm.dispose();
  });
});

describe("the engine asks the accounts for their limits, with the collector off", () => {
  it("asks each active account once when it starts, and not again while the answer holds", async () => {
    const rig = await instance(() => ({ ...characters(5_000), maxAgeMs: 7_200_000 }));
    await started(rig);
    expect(rig.asked()).toBe(1);
    await rig.clock.advanceBy(3_600_000);
    await rig.publishing.engine.stop();
    expect(rig.asked()).toBe(1);
    await rig.ksm.dispose();
  });

  it("keeps the declared limits when the question fails, and asks again an hour later", async () => {
    let fail = true;
    const rig = await instance(() => {
      if (fail) throw new NetworkError({ kind: "retryable", message: "instance busy" });
      return characters(5_000);
    });
    await rig.publishing.engine.start();
    await vi.waitFor(() => expect(rig.asked()).toBe(1));
    expect(await storedLimits(rig.ksm)).toBeUndefined();
    fail = false;
    await rig.clock.advanceBy(3_600_000);
    await vi.waitFor(async () => expect((await storedLimits(rig.ksm))?.capabilities).toEqual(characters(5_000)));
    expect(rig.asked()).toBe(2);
    await rig.ksm.dispose();
  });

  it("asks a channel switched on after the start in its next round, and none that is switched off", async () => {
    const rig = await instance(() => characters(5_000), { channels: 2 });
    const second = await rig.ksm.store.channels.require("kanal-2");
    await rig.ksm.store.channels.save({ ...second, active: false });
    await started(rig);
    expect(rig.asked()).toBe(1);
    await rig.ksm.store.channels.save({ ...second, active: true });
    await rig.clock.advanceBy(3_600_000);
    await vi.waitFor(async () => expect(await rig.ksm.store.collection("channel-capabilities").get("kanal-2")).toBeDefined());
    expect(rig.asked()).toBe(2);
    await rig.ksm.dispose();
  });
});
