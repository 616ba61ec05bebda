import { describe, expect, it } from "vitest";
import { createKommune } from "../host/create-kommune.js";
import { definePlugin } from "../host/plugin.js";
import { TestClock } from "../clock/test-clock.js";
import { COUNTING_RULES } from "../text/counting-rules.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";

/** An organisation with a Bluesky channel, its network registered with Bluesky's counting rule (300 graphemes). */
async function setup() {
  const network = definePlugin({
    name: "bluesky-network",
    version: "1.0.0",
    setup(ctx) {
      return ctx.registries.networks.register({ id: "bluesky", specificationVersion: "v1", displayName: "Bluesky", capabilities: { text: COUNTING_RULES.bluesky } });
    },
  });
  const ksm = await createKommune({ organisation: fixtureOrganisation("musterstadt", { settings: { fourEyes: { posts: true, replies: true } } }), clock: new TestClock("2026-08-01T08:00:00Z"), plugins: [network] });
  await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
  await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
  await ksm.store.channels.insert({ id: "bsky", organisationId: "musterstadt", network: "bluesky", handle: "@musterstadt.bsky.social", options: {}, active: true });
  await ksm.store.interactions.insert({ id: "i1", organisationId: "musterstadt", channelId: "bsky", kind: "mention", remoteId: "at://x/1", author: { handle: "@erika.bsky.social" }, text: "Wann öffnet das Freibad?", receivedAt: "2026-08-01T07:00:00.000Z", status: "open" });
  return ksm;
}

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
