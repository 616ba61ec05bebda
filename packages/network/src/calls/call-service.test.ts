import { silentLogger, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createMemorySecrets } from "../secrets/index.js";
import { AdapterDefectError, NetworkError, PublishingError, type NetworkAdapter } from "../spec/index.js";
import { createReferenceNetwork, fullCapabilities } from "../testkit/reference-network.js";
import { CallService } from "./call-service.js";
import { RateBudgetError } from "./rate-budgets.js";

const organisationId = "musterstadt";
const channel = { id: "masto", handle: "@stadt@social.example", options: {} };

function setup(adapter?: (base: NetworkAdapter) => NetworkAdapter) {
  const network = createReferenceNetwork({ ...fullCapabilities, rateLimits: [{ requests: 4, perMilliseconds: 60_000, scope: "account" }] });
  const clock = new TestClock("2026-05-04T08:00:00Z");
  const calls = new CallService({ organisationId, secrets: createMemorySecrets([[{ organisationId, channelId: channel.id }, { accessToken: network.token }]]), clock, logger: silentLogger, callTimeoutMs: 5_000 });
  const base = network.adapter as NetworkAdapter;
  return { network, calls, clock, adapter: adapter ? adapter(base) : base };
}

describe("CallService reads", () => {
  it("goes on reading while publishing is paused, and holds writes", async () => {
    const { calls, adapter } = setup();
    calls.pause();
    await expect(calls.readProfile({ target: { channelId: channel.id }, adapter, channel })).resolves.toMatchObject({ links: expect.any(Array) });
    await expect(calls.fetchInteractions({ target: { channelId: channel.id }, adapter, channel, request: { channel } })).resolves.toMatchObject({ interactions: [] });
    const reply = calls.reply({ target: { channelId: channel.id }, adapter, channel, request: { channel, inReplyToRemoteId: "x", text: "Danke!", idempotencyKey: "k-1" } });
    await expect(reply).rejects.toSatisfy((error) => PublishingError.isInstance(error, "NETWORK_PAUSED"));
  });

  it("refuses a read that finds no room above the reserve, without calling the network", async () => {
    const { calls, adapter, clock } = setup();
    let called = 0;
    const counting = { ...adapter, readProfile: (...args: Parameters<NetworkAdapter["readProfile"]>) => (called++, adapter.readProfile(...args)) } as NetworkAdapter;
    // 4 a minute with a quarter kept back: 3 reads, then none until the first leaves the window.
    for (let i = 0; i < 3; i++) await calls.readProfile({ target: { channelId: channel.id }, adapter: counting, channel });
    const refused = await calls.readProfile({ target: { channelId: channel.id }, adapter: counting, channel }).catch((error: unknown) => error);
    expect(RateBudgetError.isRateBudgetError(refused)).toBe(true);
    expect((refused as RateBudgetError).retryAt).toBe(clock.now() + 60_000);
    expect(called).toBe(3);
    // The reserve is there for a reply.
    await expect(calls.reply({ target: { channelId: channel.id }, adapter, channel, request: { channel, inReplyToRemoteId: "nope", text: "Danke!", idempotencyKey: "k-2" } })).rejects.toSatisfy((error) => !RateBudgetError.isRateBudgetError(error));
  });

  it("holds the account after a 429 on a read until the time the network gave", async () => {
    const { calls, clock, adapter } = setup((base) => ({ ...base, fetchMetrics: async () => Promise.reject(new NetworkError({ kind: "rate-limited", status: 429, retryAfterMs: 30_000, message: "slow down" })) }) as NetworkAdapter);
    await expect(calls.fetchMetrics({ target: { channelId: channel.id }, adapter, channel, request: { channel, since: "2026-05-01T00:00:00Z" } })).rejects.toMatchObject({ kind: "rate-limited" });
    const next = await calls.readProfile({ target: { channelId: channel.id }, adapter, channel }).catch((error: unknown) => error);
    // Nothing before the network's time; then one call at a time, and a read leaves the reserve to writes.
    const retryAt = (next as RateBudgetError).retryAt;
    expect(retryAt).toBeGreaterThanOrEqual(clock.now() + 30_000);
    expect(calls.takeBudget(adapter, channel.id, "publish", clock.now() + 29_999).ok).toBe(false);
    await clock.advanceTo(retryAt);
    await expect(calls.readProfile({ target: { channelId: channel.id }, adapter, channel })).resolves.toBeDefined();
  });

  it("checks what a read returns against the spec, and scrubs credentials out of it", async () => {
    const { calls, network, adapter } = setup((base) => ({ ...base, fetchInteractions: async () => ({ interactions: [{ remoteId: "1", kind: "comment", author: { handle: "@a" }, text: "x", receivedAt: "yesterday" }], nextCursor: "1" }) }) as unknown as NetworkAdapter);
    // One item that breaks the rules is left out and reported; the page goes on.
    const page = await calls.fetchInteractions({ target: { channelId: channel.id }, adapter, channel, request: { channel } });
    expect(page.interactions).toEqual([]);
    expect(page.refused).toEqual([{ remoteId: "1", reason: expect.stringMatching(/receivedAt/) }]);
    // A page whose frame breaks the spec is the adapter's defect.
    const tooMany = { ...adapter, fetchInteractions: async () => ({ interactions: Array.from({ length: 1_001 }, () => ({})), nextCursor: "x" }) } as unknown as NetworkAdapter;
    const malformed = await calls.fetchInteractions({ target: { channelId: channel.id }, adapter: tooMany, channel, request: { channel } }).catch((error: unknown) => error);
    expect(AdapterDefectError.isAdapterDefect(malformed)).toBe(true);
    expect(String((malformed as Error).message)).toMatch(/interactions/);

    const leaky = { ...adapter, readProfile: async () => ({ handle: "@stadt", bio: `token ${network.token}`, links: [`https://x.example/?t=${network.token}`] }) } as NetworkAdapter;
    const profile = await calls.readProfile({ target: { channelId: channel.id }, adapter: leaky, channel });
    expect(JSON.stringify(profile)).not.toContain(network.token);
  });

  it("says when a page of interactions has no cursor to go on from", async () => {
    const { calls, adapter } = setup((base) => ({ ...base, fetchInteractions: async () => ({ interactions: [{ remoteId: "1", kind: "comment", author: { handle: "@a" }, text: "x", receivedAt: "2026-05-04T07:00:00Z" }] }) }) as unknown as NetworkAdapter);
    await expect(calls.fetchInteractions({ target: { channelId: channel.id }, adapter, channel, request: { channel } })).rejects.toThrow(/nextCursor/);
  });
});
