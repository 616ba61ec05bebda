import { defineCheck, MUSTERSTADT_ORGANISATION, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { inboxNetwork, setupCollector } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";

// Attacks on the hand-over of a draft reply when the organisation has no
// four eyes on replies but blocks on open `error` findings: `sendReply` is
// then the only gate, and it judges the findings stored with the draft.
//
// Both cases below are open defects of reply-delivery.ts / reply-handover.ts
// (outside the check runner): they are marked `.fails`, so that they start
// failing, and the mark goes, once the hand-over judges the text it sends.

const phone = defineCheck({
  id: "test/phone",
  target: "reply",
  languages: ["*"],
  title: { de: "Telefonnummer", en: "Phone number" },
  run: ({ text }) => (/\d{4} \d{6}/.test(text) ? [{ code: "phone", severity: "error", message: { de: "Telefonnummer", en: "Phone number" } }] : []),
});

async function setup() {
  const clock = new TestClock("2026-05-04T07:00:00Z");
  const network = inboxNetwork({ clock });
  const organisation = {
    ...MUSTERSTADT_ORGANISATION,
    settings: { ...MUSTERSTADT_ORGANISATION.settings, fourEyes: { ...MUSTERSTADT_ORGANISATION.settings.fourEyes, replies: false }, checks: { blockApprovalOnErrors: true } },
  };
  const rig = await setupCollector({ clock, network, plugin: { collector: false, imprint: false }, organisation });
  const question = network.write("@kanal-1@inbox.example", "Wer repariert die Laterne?", { at: clock.now() - 3_600_000 });
  const interactionId = interactionIdFor("kanal-1", question.remoteId, "inbox");
  await rig.ksm.store.interactions.insert({ id: interactionId, organisationId: "musterstadt", channelId: "kanal-1", kind: "mention", remoteId: question.remoteId, author: question.author, text: question.text, receivedAt: question.receivedAt, status: "open", revision: 1 });
  await rig.publishing.engine.start();
  return { ...rig, interactionId };
}

describe("sendReply without four eyes, with the gate on", () => {
  it("refuses a draft whose text now has an open error, though it was drafted before the check was registered", async () => {
    const { ksm, publishing, interactionId } = await setup();
    const draft = await ksm.workflow.draftReply(interactionId, "Rufen Sie Herrn Meier privat an: 0151 234567", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    ksm.registries.checks.register(phone);
    await expect(publishing.engine.sendReply(draft.value.id, "jonas")).rejects.toThrow(/open check finding/);
    await ksm.dispose();
  });

  it("refuses a draft whose stored findings are of another text (changed in the store after drafting)", async () => {
    const { ksm, publishing, interactionId } = await setup();
    ksm.registries.checks.register(phone);
    const draft = await ksm.workflow.draftReply(interactionId, "Die Laterne wird am Montag repariert.", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    await ksm.store.replies.save({ ...draft.value, text: "Rufen Sie Herrn Meier privat an: 0151 234567" }, { expectedRevision: draft.value.revision });
    await expect(publishing.engine.sendReply(draft.value.id, "jonas")).rejects.toThrow();
    await ksm.dispose();
  });
});
