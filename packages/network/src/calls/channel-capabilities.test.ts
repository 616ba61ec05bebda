import { COUNTING_RULES, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { inboxNetworkAnswering, setupCollector } from "../collector/collector-test-support.js";
import { AdapterDefectError, type ChannelCapabilitiesV1 } from "../spec/index.js";

async function schedule700(ksm: Awaited<ReturnType<typeof setupCollector>>["ksm"], clock: TestClock) {
  const created = await ksm.workflow.createPost({ text: "Bürgerbeteiligung Radverkehr: ".padEnd(700, "x"), variants: [{ channelId: "kanal-1" }] }, "jonas");
  if (!created.ok) throw new Error(created.refusal.message);
  await ksm.workflow.submit(created.value.id, "jonas");
  await ksm.workflow.approve(created.value.id, "leyla");
  return ksm.workflow.schedule(created.value.id, "jonas", clock.now() + 60_000);
}

describe("an account's own capabilities", () => {
  it("measures a post against the instance's limit once the account said it, and asks again only when the answer is due", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, asked } = inboxNetworkAnswering(clock, () => ({ text: { ...COUNTING_RULES.mastodon, limits: [{ unit: "code-points", max: 1_000 }] }, maxAgeMs: 3_600_000 }));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false } });
    // The adapter's own rule (500) refuses a text of 700 characters.
    expect(await schedule700(ksm, clock)).toMatchObject({ ok: false, refusal: { code: "undeliverable" } });
    // The collector's run asks the account; the answer is stored.
    await publishing.collector.collectNow("kanal-1", "interactions");
    expect(asked()).toBe(1);
    expect(await ksm.store.collection("channel-capabilities").require("kanal-1")).toMatchObject({ network: "inbox", expiresAt: "2026-05-04T08:00:00.000Z" });
    expect((await schedule700(ksm, clock)).ok).toBe(true);
    // Not asked again before the answer is due; then again.
    await publishing.collector.collectNow("kanal-1", "interactions");
    expect(asked()).toBe(1);
    await clock.advanceBy(3_600_000);
    await publishing.collector.collectNow("kanal-1", "interactions");
    expect(asked()).toBe(2);
    await ksm.dispose();
  });

  it("keeps the last answer when the account answers with something the spec does not allow", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    let bad = false;
    const { network } = inboxNetworkAnswering(clock, () => (bad ? ({ text: { unit: "bananas" } } as unknown as ChannelCapabilitiesV1) : { text: { ...COUNTING_RULES.mastodon, limits: [{ unit: "code-points", max: 1_000 }] } }));
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { imprint: false, collector: false } });
    await publishing.calls.refreshCapabilities("kanal-1");
    bad = true;
    const refused = await publishing.calls.refreshCapabilities("kanal-1", { force: true }).catch((error: unknown) => error);
    expect(AdapterDefectError.isAdapterDefect(refused)).toBe(true);
    expect((await ksm.store.collection("channel-capabilities").require("kanal-1")).capabilities.text?.limits).toEqual([{ unit: "code-points", max: 1_000 }]);
    await ksm.dispose();
  });
});
