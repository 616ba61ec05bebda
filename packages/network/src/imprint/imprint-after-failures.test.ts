import { MUSTERSTADT_ORGANISATION, TestClock } from "@kommune-sm/core";
import { describe, expect, it, vi } from "vitest";
import { inboxNetwork, setupCollector } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";
import { NetworkError } from "../spec/index.js";

const MINUTE = 60_000;

/** One channel on the inbox network, with the imprint check (a minute after a failure) and the engine started, its first profile read done. */
async function setup() {
  const clock = new TestClock("2026-05-04T07:00:00Z");
  const network = inboxNetwork({ clock });
  const organisation = { ...MUSTERSTADT_ORGANISATION, settings: { ...MUSTERSTADT_ORGANISATION.settings, fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: false } } };
  const rig = await setupCollector({ clock, network, organisation, plugin: { imprint: { afterFailureDelayMs: MINUTE } } });
  await rig.publishing.engine.start();
  await rig.publishing.imprint.start();
  const profileReads = () => network.log.filter((call) => call.operation === "readProfile").length;
  await clock.advanceBy(0);
  await vi.waitFor(async () => expect(await rig.publishing.imprint.finding("kanal-1")).toBeDefined());
  expect(profileReads()).toBe(1);
  /** Lets `ms` pass and the checks that fall due run. */
  const settle = async (ms: number) => {
    await clock.advanceBy(ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { ...rig, network, profileReads, settle };
}

describe("the imprint is looked at after a failure that concerns the account", () => {
  it("after a reply the network refused as not found, once, a minute later", async () => {
    const rig = await setup();
    const question = rig.network.write("@kanal-1@inbox.example", "Wann öffnet das Freibad?");
    const interactionId = interactionIdFor("kanal-1", question.remoteId, "inbox");
    await rig.ksm.store.interactions.insert({ id: interactionId, organisationId: "musterstadt", channelId: "kanal-1", kind: "mention", remoteId: question.remoteId, author: question.author, text: question.text, receivedAt: question.receivedAt, status: "open", revision: 1 });
    const drafted = await rig.ksm.workflow.draftReply(interactionId, "Am Montag.", "jonas");
    if (!drafted.ok) throw new Error(drafted.refusal.message);
    const failed: string[] = [];
    rig.ksm.bus.on("reply-delivery.failed", (event) => void failed.push(event.data.problem.kind));
    rig.network.replyFailures.push(new NetworkError({ kind: "not-found", status: 404, message: "Record not found" }));
    await rig.publishing.engine.sendReply(drafted.value.id, "jonas");
    await rig.publishing.engine.runDue();
    expect(failed).toEqual(["not-found"]);
    await rig.settle(MINUTE - 1);
    expect(rig.profileReads()).toBe(1);
    await rig.settle(1);
    await vi.waitFor(() => expect(rig.profileReads()).toBe(2));
    await rig.ksm.dispose();
  });

  it("after a burst of failed reads (the collector's, a plugin's profile read), once", async () => {
    const rig = await setup();
    for (let i = 0; i < 3; i++) {
      rig.network.failures.push(new NetworkError({ kind: "permanent", status: 410, message: "account suspended" }));
      await rig.publishing.collector.collectNow("kanal-1", "interactions");
    }
    rig.network.failures.push(new NetworkError({ kind: "not-found", status: 404, message: "account gone" }));
    await expect(rig.publishing.calls.readProfile("kanal-1")).rejects.toMatchObject({ kind: "not-found" });
    const before = rig.profileReads();
    await rig.settle(MINUTE);
    await vi.waitFor(() => expect(rig.profileReads()).toBe(before + 1));
    await rig.settle(MINUTE);
    expect(rig.profileReads()).toBe(before + 1);
    await rig.ksm.dispose();
  });

  it("not after a read that failed for a passing reason", async () => {
    const rig = await setup();
    rig.network.failures.push(new NetworkError({ kind: "retryable", status: 503, message: "busy" }));
    await rig.publishing.collector.collectNow("kanal-1", "interactions");
    await rig.settle(MINUTE);
    expect(rig.profileReads()).toBe(1);
    await rig.ksm.dispose();
  });

  it("not a minute after its own read of the profile failed: that read plans its retry", async () => {
    const rig = await setup();
    rig.network.failures.push(new NetworkError({ kind: "not-found", status: 404, message: "account gone" }));
    await rig.publishing.imprint.checkNow("kanal-1");
    expect(rig.profileReads()).toBe(2);
    await rig.settle(MINUTE);
    await rig.settle(MINUTE);
    expect(rig.profileReads()).toBe(2);
    await rig.ksm.dispose();
  });
});
