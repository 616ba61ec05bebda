import { describe, expect, it } from "vitest";
import { inboxNetwork, setupCollector } from "../collector/collector-test-support.js";
import { NetworkError } from "../spec/index.js";
import { TestClock } from "@kommune-sm/core";

const revoked = () => new NetworkError({ kind: "authentication", status: 401, message: "fetchInteractions failed with HTTP 401: The access token is invalid" });

describe("account connections: the reconnect task", () => {
  it("marks a channel whose credentials were refused once, tells once, and clears when a call works again", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const network = inboxNetwork({ clock });
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { collector: false, imprint: false } });
    const events: string[] = [];
    ksm.bus.onAny((event) => void (event.type.startsWith("account.") && events.push(`${event.type}:${event.subject}`)));
    network.failures.push(revoked(), revoked());
    for (let i = 0; i < 2; i++) await publishing.calls.fetchInteractions("kanal-1", { limit: 5 }).catch(() => undefined);
    await publishing.engine.connections.idle();
    expect(events).toEqual(["account.reconnect-needed:kanal-1"]);
    expect(await publishing.engine.connections.list()).toEqual([
      expect.objectContaining({ channelId: "kanal-1", network: network.adapter.id, status: "reconnect-needed", operation: "interactions", code: "NETWORK_AUTHENTICATION", since: "2026-05-04T07:00:00.000Z" }),
    ]);
    // Someone connected the account again: the next call works, and the task goes away.
    await publishing.calls.fetchInteractions("kanal-1", { limit: 5 });
    await publishing.engine.connections.idle();
    expect(events).toEqual(["account.reconnect-needed:kanal-1", "account.reconnected:kanal-1"]);
    expect(await publishing.engine.connections.list()).toEqual([]);
  });

  it("does not mark a channel for failures that say nothing about its credentials (outages, timeouts)", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const network = inboxNetwork({ clock });
    const { publishing } = await setupCollector({ clock, network, plugin: { collector: false, imprint: false } });
    network.failures.push(new NetworkError({ kind: "retryable", status: 503, message: "unavailable" }));
    await publishing.calls.fetchInteractions("kanal-1", { limit: 5 }).catch(() => undefined);
    await publishing.engine.connections.idle();
    expect(await publishing.engine.connections.list()).toEqual([]);
  });
});
