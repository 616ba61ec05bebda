import { describe, expect, it } from "vitest";
import { blueskyReplyScene } from "./reply-test-support.js";

const setup = () => blueskyReplyScene();

describe("a reply checked against its channel's counting rule before approval", () => {
  it("is refused as undeliverable when it is longer than the network counts, naming the channel and the numbers; nothing changes", async () => {
    const ksm = await setup();
    const draft = await ksm.workflow.draftReply("i1", "Liebe Erika, ".repeat(25), "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    const refused = await ksm.workflow.approveReply(draft.value.id, "leyla");
    expect(refused).toMatchObject({ ok: false, refusal: { code: "undeliverable", details: { problems: [{ channelId: "bsky", problem: "too-long", unit: "graphemes", used: 325, max: 300 }] } } });
    expect(refused.ok ? "" : refused.refusal.message).toBe("Die Antwort ist zu lang für den Kanal „bsky“ (325/300 graphemes); bitte kürzen.");
    expect((await ksm.store.replies.require(draft.value.id)).state).toBe("draft");
    expect((await ksm.audit.entries()).map((e) => e.action)).not.toContain("reply.approved");
  });

  it("is approved when it fits exactly", async () => {
    const ksm = await setup();
    const draft = await ksm.workflow.draftReply("i1", "x".repeat(300), "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    expect((await ksm.workflow.approveReply(draft.value.id, "leyla")).ok).toBe(true);
  });
});
