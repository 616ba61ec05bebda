import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import { definePlugin } from "../host/plugin.js";
import type { CheckRegistration } from "../host/registrations.js";
import { COUNTING_RULES } from "../text/counting-rules.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";

/**
 * For tests of replies: Musterstadt with four eyes on posts and replies, its
 * Bluesky network registered with Bluesky's counting rule (300 graphemes)
 * and `checks`, an editor (jonas), an approver (leyla), the channel "bsky"
 * and a citizen's question "i1" on it.
 */
export async function blueskyReplyScene(checks: readonly CheckRegistration[] = []): Promise<Kommune> {
  const network = definePlugin({
    name: "bluesky-network",
    version: "1.0.0",
    setup(ctx) {
      for (const check of checks) ctx.registries.checks.register(check);
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
