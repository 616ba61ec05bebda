// Breaking the per-account capabilities from outside: what an account says
// it can do (`capabilitiesFor`) is an answer of the network, and a post is
// measured against it at scheduling. A failing test here is a defect to fix
// in the code, not in the test.
import { COUNTING_RULES, TestClock, type Kommune } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { inboxNetwork, INBOX_TOKEN, setupCollector } from "../collector/collector-test-support.js";
import { AdapterDefectError, checkChannelCapabilities, type AdapterCallContextV1, type ChannelCapabilitiesV1, type ChannelRefV1, type NetworkAdapter, type NetworkAdapterV1 } from "../spec/index.js";
import { capabilitiesOfChannel, type StoredChannelCapabilities } from "./channel-capabilities.js";

const DAY = 86_400_000;

const limit = (max: number): ChannelCapabilitiesV1 => ({ text: { ...COUNTING_RULES.mastodon, limits: [{ unit: "graphemes", max }] } });

type Answer = (request: { channel: ChannelRefV1 }, context: AdapterCallContextV1) => ChannelCapabilitiesV1 | Promise<ChannelCapabilitiesV1>;

/** The inbox network (Mastodon-like, 500 characters) whose accounts answer `capabilitiesFor` with `answer`. */
function instance(clock: TestClock, answer: Answer, change: Partial<NetworkAdapterV1["capabilities"]> = {}) {
  const network = inboxNetwork({ clock });
  let asked = 0;
  const adapter: NetworkAdapterV1 = {
    ...network.adapter,
    capabilities: { ...network.adapter.capabilities, ...change },
    capabilitiesFor: async (request, context) => {
      asked++;
      return answer(request, context);
    },
  };
  return { network: { ...network, adapter }, asked: () => asked };
}

async function schedule(ksm: Kommune, clock: TestClock, length: number) {
  const created = await ksm.workflow.createPost({ text: "Bürgerbeteiligung Radverkehr: ".padEnd(length, "x"), variants: [{ channelId: "kanal-1" }] }, "jonas");
  if (!created.ok) throw new Error(created.refusal.message);
  await ksm.workflow.submit(created.value.id, "jonas");
  await ksm.workflow.approve(created.value.id, "leyla");
  return ksm.workflow.schedule(created.value.id, "jonas", clock.now() + 60_000);
}

const stored = (ksm: Kommune) => ksm.store.collection("channel-capabilities").get("kanal-1");

describe("the account's answer, checked (held)", () => {
  it("takes maxAgeMs from 1 ms to 30 days and refuses what is no duration in that range", () => {
    for (const maxAgeMs of [1, 60_000, 30 * DAY]) expect(checkChannelCapabilities("inbox", { maxAgeMs })).toEqual({ maxAgeMs });
    for (const maxAgeMs of [0, -1, 1.5, 30 * DAY + 1, Number.NaN, Number.POSITIVE_INFINITY, "3600000", null]) {
      expect(() => checkChannelCapabilities("inbox", { maxAgeMs }), String(maxAgeMs)).toThrow(AdapterDefectError);
    }
  });

  it("refuses limits of 0, unknown fields, and answers whose getters throw", () => {
    for (const raw of [limit(0), { text: limit(500).text, tokens: 5 }, { media: { maxItems: -1 } }, { media: { maxItems: 4, tweets: 1 } }, new Proxy({}, { ownKeys: () => { throw new Error("trap"); } })]) {
      expect(() => checkChannelCapabilities("inbox", raw)).toThrow(AdapterDefectError);
    }
  });

  it("asks again once maxAgeMs has passed, to the millisecond", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, asked } = instance(clock, () => ({ ...limit(1_000), maxAgeMs: 1 }));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false, collector: false } });
    await publishing.calls.refreshCapabilities("kanal-1");
    expect(await stored(ksm)).toMatchObject({ fetchedAt: "2026-05-04T07:00:00.000Z", expiresAt: "2026-05-04T07:00:00.001Z" });
    await publishing.calls.refreshCapabilities("kanal-1");
    expect(asked()).toBe(1);
    await clock.advanceBy(1);
    await publishing.calls.refreshCapabilities("kanal-1");
    expect(asked()).toBe(2);
    await ksm.dispose();
  });

  it("never uses an answer of the network a channel has moved away from", () => {
    const adapter = { id: "bluesky", capabilities: { text: COUNTING_RULES.bluesky, media: { kinds: ["image"], maxItems: 4, altText: "required" } } } as unknown as NetworkAdapter;
    const old: StoredChannelCapabilities = { id: "kanal-1", organisationId: "musterstadt", network: "mastodon", capabilities: limit(5_000), fetchedAt: "2026-05-04T07:00:00.000Z", expiresAt: "2026-05-05T07:00:00.000Z", revision: 1 };
    expect(capabilitiesOfChannel(adapter, { network: "bluesky" }, old)).toBe(adapter.capabilities);
    expect(capabilitiesOfChannel(adapter, { network: "mastodon" }, old)).toBe(adapter.capabilities);
  });

  it("keeps the last answer when the account fails or answers with a zero limit", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    let next: Answer = () => limit(1_000);
    const { network } = instance(clock, (request, context) => next(request, context));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false, collector: false } });
    await publishing.calls.refreshCapabilities("kanal-1");
    next = () => limit(0);
    await expect(publishing.calls.refreshCapabilities("kanal-1", { force: true })).rejects.toThrow();
    next = () => Promise.reject(new Error("socket hang up"));
    await expect(publishing.calls.refreshCapabilities("kanal-1", { force: true })).rejects.toThrow();
    expect((await stored(ksm))?.capabilities.text?.limits).toEqual([{ unit: "graphemes", max: 1_000 }]);
    expect((await schedule(ksm, clock, 700)).ok).toBe(true);
    await ksm.dispose();
  });
});

describe("the account's answer: defects", () => {
  it("never stores the account's token that an answer carries, and keeps the last answer instead", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    let next: Answer = () => limit(1_000);
    const { network } = instance(clock, (request, context) => next(request, context));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false, collector: false } });
    await publishing.calls.refreshCapabilities("kanal-1");
    // An adapter that copies the request it made into the rule's `source`, and its headers into a field of its own.
    next = (_request, context) => ({
      text: {
        ...COUNTING_RULES.mastodon,
        limits: [{ unit: "graphemes", max: 2_000 }],
        source: `https://inbox.example/api/v2/instance?access_token=${context.credentials.accessToken}`,
        request: { headers: { authorization: `Bearer ${context.credentials.accessToken}` } },
      } as ChannelCapabilitiesV1["text"],
    });
    await publishing.calls.refreshCapabilities("kanal-1", { force: true }).catch(() => undefined);
    const kept = await stored(ksm);
    expect(JSON.stringify(kept)).not.toContain(INBOX_TOKEN);
    expect(kept?.capabilities.text?.limits).toEqual([{ unit: "graphemes", max: 1_000 }]);
    await ksm.dispose();
  });

  // The counting rule's schema is loose (any field of any size) and its lists unbounded; all of it is stored.
  const rule = COUNTING_RULES.mastodon;
  it.each<[string, unknown]>([
    ["100,000 limits", { text: { ...rule, limits: Array.from({ length: 100_000 }, () => ({ unit: "graphemes", max: 500 })) } }],
    ["a source of 5 MB", { text: { ...rule, source: "x".repeat(5_000_000) } }],
    ["a field of its own holding 5 MB", { text: { ...rule, instance: { rules: "x".repeat(5_000_000) } } }],
    ["a network name of 1 MB", { text: { ...rule, network: "m".repeat(1_000_000) } }],
    ["100,000 media kinds", { media: { kinds: Array.from({ length: 100_000 }, () => "image") } }],
  ])("refuses an answer of unbounded size: %s", (_what, raw) => {
    expect(() => checkChannelCapabilities("inbox", raw)).toThrow(AdapterDefectError);
  });

  // No network takes a post of a billion characters or a billion images; such numbers come from a
  // misread field (a byte count, a timestamp). Taken, every post passes scheduling and fails at its
  // publishing time instead. Proposal: bounds as generous as the largest real network, refused above.
  it.each<[string, unknown]>([
    ["a text of 10^9 characters", limit(1_000_000_000)],
    ["10^9 media per post", { media: { maxItems: 1_000_000_000 } }],
    ["alt texts of 10^9 characters", { media: { altTextMaxLength: 1_000_000_000 } }],
    ["images of 9 PB", { media: { maxBytes: { image: Number.MAX_SAFE_INTEGER } } }],
  ])("refuses an answer that loosens a limit absurdly: %s", (_what, raw) => {
    expect(() => checkChannelCapabilities("inbox", raw)).toThrow(AdapterDefectError);
  });

  it("keeps the adapter's size limit of every media kind the account did not name", () => {
    const adapter = {
      id: "mastodon",
      capabilities: { text: COUNTING_RULES.mastodon, media: { kinds: ["image", "video"], maxItems: 4, maxBytes: { image: 8_000_000, video: 40_000_000 }, altText: "required" } },
    } as unknown as NetworkAdapter;
    // The instance raised its image limit; it said nothing about videos.
    const own: StoredChannelCapabilities = {
      id: "kanal-1",
      organisationId: "musterstadt",
      network: "mastodon",
      capabilities: { media: { maxBytes: { image: 16_000_000 } } },
      fetchedAt: "2026-05-04T07:00:00.000Z",
      expiresAt: "2026-05-05T07:00:00.000Z",
      revision: 1,
    };
    expect(capabilitiesOfChannel(adapter, { network: "mastodon" }, own).media.maxBytes).toEqual({ image: 16_000_000, video: 40_000_000 });
  });

  it("does not measure a post against the limits of the account a channel pointed to before", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    // The big instance allows 5,000 characters; the small one Mastodon's 500.
    const { network, asked } = instance(clock, ({ channel }) => (channel.handle.endsWith("@inbox.example") ? limit(5_000) : limit(500)));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false, collector: false } });
    await publishing.calls.refreshCapabilities("kanal-1");
    expect((await schedule(ksm, clock, 700)).ok).toBe(true);
    // The channel is pointed at the town's account on another instance of the same network.
    const channel = await ksm.store.channels.require("kanal-1");
    await ksm.store.channels.save({ ...channel, handle: "@musterstadt@klein.example" });
    // Until asked, the new account's limits are unknown: the adapter's 500 hold, not the old instance's 5,000.
    expect(await schedule(ksm, clock, 700)).toMatchObject({ ok: false, refusal: { code: "undeliverable" } });
    await publishing.calls.refreshCapabilities("kanal-1");
    expect(asked()).toBe(2);
    await ksm.dispose();
  });

  it("two workers asking at once: the answer to the later question stands, and every write counts a revision", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    let release!: (answer: ChannelCapabilitiesV1) => void;
    const answers: Array<() => ChannelCapabilitiesV1 | Promise<ChannelCapabilitiesV1>> = [
      () => limit(800),
      // Worker A's question, asked first, answered last: the instance still had 800.
      () => new Promise<ChannelCapabilitiesV1>((resolve) => (release = resolve)),
      // Worker B's question, asked ten seconds later: the admin has raised the limit to 1,000.
      () => limit(1_000),
    ];
    const { network } = instance(clock, () => answers.shift()!());
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false, collector: false } });
    await publishing.calls.refreshCapabilities("kanal-1");
    expect((await stored(ksm))?.revision).toBe(1);
    const workerA = publishing.calls.refreshCapabilities("kanal-1", { force: true });
    // Ten seconds later (within the call deadline of 30 s).
    await clock.advanceBy(10_000);
    await publishing.calls.refreshCapabilities("kanal-1", { force: true });
    release(limit(800));
    await workerA;
    const last = await stored(ksm);
    expect(last?.capabilities.text?.limits).toEqual([{ unit: "graphemes", max: 1_000 }]);
    expect(last?.fetchedAt).toBe("2026-05-04T07:00:10.000Z");
    // The older question's answer is not written at all (the later one stands); each write that happened counted a revision.
    expect(last!.revision).toBe(2);
    await ksm.dispose();
  });

  it("asks an account whose network offers no interactions to read (the collector's only trigger)", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, asked } = instance(clock, () => limit(1_000), { interactions: { comments: false, mentions: false, directMessages: false, reply: false } });
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false } });
    await publishing.collector.collectNow("kanal-1");
    // Nothing ever asks: the town hall's 700-character post is refused against the adapter's 500.
    expect(asked()).toBe(1);
    expect((await schedule(ksm, clock, 700)).ok).toBe(true);
    await ksm.dispose();
  });
});
