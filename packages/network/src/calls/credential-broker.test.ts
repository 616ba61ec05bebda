import { silentLogger, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createMemorySecrets } from "../secrets/secrets-port.js";
import { CredentialBroker } from "./credential-broker.js";
import { scriptedNetwork } from "./engine-test-support.js";

const ref = { organisationId: "musterstadt", channelId: "kanal" };
const channel = { id: "kanal", handle: "@musterstadt", options: {} };

describe("credential broker", () => {
  it("refreshes an expiring token once however many ask at the same time, and keeps the refresh token", async () => {
    const clock = new TestClock("2027-01-05T08:00:00Z");
    const secrets = createMemorySecrets([[ref, { accessToken: "alt-zugang-123", refreshToken: "erneuerung-456", expiresAt: "2027-01-05T08:00:30Z" }]]);
    const network = scriptedNetwork();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    network.adapter.refreshCredentials = async (credentials) => {
      network.refreshes++;
      await slow;
      // The provider hands out no new refresh token: the old one must be kept.
      return { accessToken: `${credentials.accessToken}-neu`, expiresAt: "2027-01-05T09:00:00Z" };
    };
    const broker = new CredentialBroker(secrets, clock, silentLogger);
    const asked = Promise.all([broker.get(ref, network.adapter, channel), broker.get(ref, network.adapter, channel), broker.get(ref, network.adapter, channel)]);
    release();
    const results = await asked;
    expect(network.refreshes).toBe(1);
    expect(results.map((c) => c.accessToken)).toEqual(["alt-zugang-123-neu", "alt-zugang-123-neu", "alt-zugang-123-neu"]);
    expect(await secrets.get(ref)).toEqual({ accessToken: "alt-zugang-123-neu", refreshToken: "erneuerung-456", expiresAt: "2027-01-05T09:00:00Z" });
    expect(broker.scrub("401 for alt-zugang-123-neu and erneuerung-456")).toBe("401 for [redacted] and [redacted]");
  });

  it("says to connect the account when no credentials are stored", async () => {
    const broker = new CredentialBroker(createMemorySecrets(), new TestClock(), silentLogger);
    await expect(broker.get(ref, scriptedNetwork().adapter, channel)).rejects.toMatchObject({ code: "NETWORK_CREDENTIALS_MISSING" });
  });
});
