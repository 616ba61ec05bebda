import { accountOf } from "./channel-capabilities.js";
import { COUNTING_RULES, MUSTERSTADT_ORGANISATION, TestClock } from "@kommune-sm/core";
import { describe, expect, it, vi } from "vitest";
import { inboxNetwork, setupCollector } from "../collector/collector-test-support.js";
import type { ChannelCapabilitiesV1, NetworkAdapterV1 } from "../spec/index.js";

const characters = (max: number): ChannelCapabilitiesV1 => ({ text: { ...COUNTING_RULES.mastodon, limits: [{ unit: "code-points", max }] } });

async function instance(answer: (handle: string) => ChannelCapabilitiesV1 | Promise<ChannelCapabilitiesV1>) {
  const clock = new TestClock("2026-05-04T07:00:00Z");
  const network = inboxNetwork({ clock });
  const asked: string[] = [];
  const adapter: NetworkAdapterV1 = {
    ...network.adapter,
    capabilitiesFor: async (request) => {
      asked.push(request.channel.handle ?? "?");
      return answer(request.channel.handle ?? "?");
    },
  };
  const rig = await setupCollector({ clock, network: { ...network, adapter }, organisation: MUSTERSTADT_ORGANISATION, plugin: { collector: false, imprint: false } });
  return { ...rig, asked };
}

describe("a breaker run: the capabilities refresh and the engine's life cycle", () => {
  it("asks no account and leaves no timer when stop() is called while start() is still loading", async () => {
    const rig = await instance(() => characters(5_000));
    const starting = rig.publishing.engine.start();
    await rig.publishing.engine.stop();
    await starting;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await rig.clock.advanceBy(3 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Observed: the refresh started after stop() had run, asked the account, and keeps asking every hour.
    expect(rig.asked).toEqual([]);
    expect(rig.clock.pendingTimers).toBe(0);
    await rig.ksm.dispose();
  });

  it("asks the new account when the channel was pointed at another account while the old one's question was under way", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const rig = await instance(async (handle) => {
      if (handle === "@kanal-1@inbox.example") await gate;
      return characters(handle === "@kanal-1@inbox.example" ? 5_000 : 300);
    });
    await rig.publishing.engine.start();
    await vi.waitFor(() => expect(rig.asked).toEqual(["@kanal-1@inbox.example"]));
    const channel = await rig.ksm.store.channels.require("kanal-1");
    const switched = { ...channel, handle: "@other@inbox.example" };
    await rig.ksm.store.channels.save(switched);
    // The new account is asked (as a collector round, or account.reconnected would) while the old account's question is still open.
    const answered = rig.publishing.calls.refreshCapabilities("kanal-1");
    release();
    const stored = await answered;
    // Observed: the caller gets the old account's answer (5,000 characters, account "@kanal-1@…") and the new account is never asked.
    expect(stored?.account).toBe(accountOf(switched, "inbox"));
    expect(rig.asked).toContain("@other@inbox.example");
    await rig.publishing.engine.stop();
    await rig.ksm.dispose();
  });
});
