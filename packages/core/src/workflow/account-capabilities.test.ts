import { describe, expect, it } from "vitest";
import { defineCheck } from "../checks/check.js";
import type { Kommune } from "../host/create-kommune.js";
import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import { COUNTING_RULES } from "../text/counting-rules.js";
import type { AccountCapabilitiesSource } from "./account-capabilities.js";
import { blueskyReplyScene } from "./reply-test-support.js";

/** Bluesky's rule with another grapheme limit, as an account of a network with per-account limits would say. */
const graphemes = (max: number): NetworkRegistrationCapabilities => ({ text: { ...COUNTING_RULES.bluesky, limits: [{ unit: "graphemes", max }] } });

/** A source that knows the limit of the channel "bsky" only. */
function sourceFor(capabilities: NetworkRegistrationCapabilities): AccountCapabilitiesSource {
  return { name: "test-accounts", within: async (_tx, channel) => (channel.id === "bsky" ? capabilities : undefined), withinSync: (_tx, channel) => (channel.id === "bsky" ? capabilities : undefined) };
}

/** The grapheme limit each check run saw of its channels, in order of the runs. */
const seen: (number | undefined)[][] = [];

const limitsSeen = (target: "post" | "reply") =>
  defineCheck({
    id: `test/limits-${target}`,
    target,
    languages: ["de"],
    title: { de: "Grenzen", en: "Limits" },
    run: (_input, context) => {
      seen.push(context.channels.map((c) => c.capabilities?.text?.limits[0]?.max));
      return [];
    },
  });

/** The reply scene with checks that record the limits they see. */
async function setup(): Promise<Kommune> {
  seen.length = 0;
  return blueskyReplyScene([limitsSeen("post"), limitsSeen("reply")]);
}

async function approveReplyOf(ksm: Kommune, length: number) {
  const draft = await ksm.workflow.draftReply("i1", "x".repeat(length), "jonas");
  if (!draft.ok) throw new Error(draft.refusal.message);
  return ksm.workflow.approveReply(draft.value.id, "leyla");
}

describe("a reply measured against its account's own limit", () => {
  it("is approved when it fits the account's limit though it is longer than the network declared", async () => {
    const ksm = await setup();
    ksm.workflow.useAccountCapabilities(sourceFor(graphemes(1_000)));
    expect((await approveReplyOf(ksm, 1_000)).ok).toBe(true);
  });

  it("is refused with the account's numbers when it is longer than the account allows, though the network declared more", async () => {
    const ksm = await setup();
    ksm.workflow.useAccountCapabilities(sourceFor(graphemes(200)));
    expect(await approveReplyOf(ksm, 250)).toMatchObject({ ok: false, refusal: { code: "undeliverable", details: { problems: [{ channelId: "bsky", problem: "too-long", used: 250, max: 200 }] } } });
  });

  it("is measured against the network's declared limit when no source knows the account, or the source was removed", async () => {
    const ksm = await setup();
    const off = ksm.workflow.useAccountCapabilities(sourceFor(graphemes(1_000)));
    off();
    expect(await approveReplyOf(ksm, 301)).toMatchObject({ ok: false, refusal: { code: "undeliverable", details: { problems: [{ max: 300 }] } } });
  });
});

describe("the checks see the account's own capabilities", () => {
  it("for a post's channels, in async and in sync steps, and for a reply's channel", async () => {
    const ksm = await setup();
    ksm.workflow.useAccountCapabilities(sourceFor(graphemes(1_000)));
    const created = await ksm.workflow.createPost({ text: "Freibad öffnet", variants: [{ channelId: "bsky" }] }, "jonas");
    if (!created.ok) throw new Error(created.refusal.message);
    await ksm.workflow.submit(created.value.id, "jonas");
    const afterAsync = seen.length;
    const approved = await ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, created.value.id, "approve", "leyla"));
    expect(approved.result.ok).toBe(true);
    await ksm.workflow.draftReply("i1", "Ab Montag.", "jonas");
    expect(afterAsync).toBeGreaterThan(0);
    expect(seen.length).toBe(afterAsync + 2);
    for (const limits of seen) expect(limits).toEqual([1_000]);
  });

  it("and what the network declared where no source knows the account", async () => {
    const ksm = await setup();
    await ksm.workflow.draftReply("i1", "Ab Montag.", "jonas");
    expect(seen).toEqual([[300]]);
  });

  it("refuses a source that cannot answer inside a sync transaction", async () => {
    const ksm = await setup();
    expect(() => ksm.workflow.useAccountCapabilities({ name: "async-only", within: async () => undefined } as unknown as AccountCapabilitiesSource)).toThrow(/within and withinSync/);
  });
});
