import { TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { inboxNetwork, publishNow, setupCollector } from "../collector/collector-test-support.js";
import { createMemoryMediaStore, sampleMediaBytes } from "../media/index.js";
import type { NetworkAdapterV1 } from "../spec/index.js";

/** The inbox network, taking images of up to 5 kB, whose publish opens every medium through `context.media` as an upload would. */
function imageNetwork(clock: TestClock) {
  const network = inboxNetwork({ clock });
  const opened: { id: string; size: number; mimeType: string }[] = [];
  const inner = network.adapter;
  const adapter: NetworkAdapterV1 = {
    ...inner,
    capabilities: { ...inner.capabilities, media: { kinds: ["image"], maxItems: 4, maxBytes: { image: 5_000 }, altText: "supported" } },
    async publish(request, context) {
      for (const medium of request.media) {
        const file = await context.media!.open(medium, { signal: context.signal });
        opened.push({ id: medium.id, size: file.size, mimeType: file.mimeType });
      }
      return inner.publish(request, context);
    },
  };
  return { network: { ...network, adapter }, opened };
}

async function postWithImage(ksm: Awaited<ReturnType<typeof setupCollector>>["ksm"], storageKey: string): Promise<string> {
  const created = await ksm.workflow.createPost(
    { text: "Das Stadtfest in Bildern", media: [{ id: "foto-1", kind: "image", storageKey, altText: "Der Marktplatz beim Stadtfest" }], variants: [{ channelId: "kanal-1" }] },
    "jonas",
  );
  if (!created.ok) throw new Error(created.refusal.message);
  return created.value.id;
}

describe("media through the media store", () => {
  it("hands the adapter the bytes of a stored medium through context.media", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, opened } = imageNetwork(clock);
    const media = createMemoryMediaStore();
    media.put("2027/stadtfest.png", sampleMediaBytes("png"));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { media, collector: false, imprint: false } });
    await publishing.engine.start();
    const postId = await postWithImage(ksm, "2027/stadtfest.png");
    await publishNow(ksm, publishing, "kanal-1", undefined, postId);
    expect(opened).toEqual([{ id: "foto-1", size: sampleMediaBytes("png").length, mimeType: "image/png" }]);
    await ksm.dispose();
  });

  it("fails a delivery whose medium is missing from the store, naming it, and sends nothing", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, opened } = imageNetwork(clock);
    const media = createMemoryMediaStore();
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { media, collector: false, imprint: false } });
    await publishing.engine.start();
    const postId = await postWithImage(ksm, "2027/fehlt.png");
    await expect(publishNow(ksm, publishing, "kanal-1", undefined, postId)).rejects.toThrow(/not published/);
    const [delivery] = await publishing.engine.deliveries(postId);
    expect(delivery).toMatchObject({ state: "failed", problem: { kind: "rejected-content", code: "NETWORK_MEDIA_INVALID" } });
    expect(delivery!.problem!.message).toMatch(/foto-1|2027\/fehlt\.png/);
    expect(network.log.filter((l) => l.operation === "publish")).toHaveLength(0);
    expect(opened).toEqual([]);
    await ksm.dispose();
  });

  it("checks media against the account's own limits when the account said them", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, opened } = imageNetwork(clock);
    const media = createMemoryMediaStore();
    media.put("2027/stadtfest.png", sampleMediaBytes("png"));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { media, collector: false, imprint: false } });
    // This instance takes images of at most 10 bytes (its /api/v2/instance says so).
    await ksm.store.collection("channel-capabilities").insert({ id: "kanal-1", organisationId: "musterstadt", network: "inbox", capabilities: { media: { maxBytes: { image: 10 } } }, fetchedAt: "2026-05-04T07:00:00.000Z", expiresAt: "2026-05-05T07:00:00.000Z", revision: 1 });
    await publishing.engine.start();
    const postId = await postWithImage(ksm, "2027/stadtfest.png");
    await expect(publishNow(ksm, publishing, "kanal-1", undefined, postId)).rejects.toThrow(/not published/);
    const [delivery] = await publishing.engine.deliveries(postId);
    expect(delivery).toMatchObject({ state: "failed", problem: { code: "NETWORK_MEDIA_INVALID" } });
    expect(opened).toEqual([]);
    await ksm.dispose();
  });
});
