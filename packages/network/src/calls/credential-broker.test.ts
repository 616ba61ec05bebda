import { silentLogger, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { scriptedNetwork } from "../engine/engine-test-support.js";
import { createMemorySecrets, type SecretsPort } from "../secrets/secrets-port.js";
import { NetworkError } from "../spec/index.js";
import { CredentialBroker } from "./credential-broker.js";
import { SecretScrubber } from "./secret-scrubber.js";

const ref = { organisationId: "musterstadt", channelId: "kanal" };
const channel = { id: "kanal", handle: "@musterstadt", options: {} };

function broker(secrets: SecretsPort, clock = new TestClock("2027-01-05T08:00:00Z"), timeoutMs = 30_000) {
  const scrubber = new SecretScrubber();
  return { scrubber, clock, broker: new CredentialBroker({ secrets, clock, logger: silentLogger, scrubber, timeoutMs }) };
}

describe("credential broker", () => {
  it("refreshes an expiring token once however many ask at the same time, and keeps the refresh token", async () => {
    const secrets = createMemorySecrets([[ref, { accessToken: "alt-zugang-123", refreshToken: "erneuerung-456", expiresAt: "2027-01-05T08:00:30Z" }]]);
    const { broker: subject, scrubber } = broker(secrets);
    const network = scriptedNetwork();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    network.adapter.refreshCredentials = async (credentials) => {
      network.refreshes++;
      await slow;
      // The provider hands out no new refresh token: the old one must be kept.
      return { accessToken: `${credentials.accessToken}-neu`, expiresAt: "2027-01-05T09:00:00Z" };
    };
    const asked = Promise.all([subject.get(ref, network.adapter, channel), subject.get(ref, network.adapter, channel), subject.get(ref, network.adapter, channel)]);
    // Wait until the refresh has started, then let it answer.
    while (network.refreshes === 0) await Promise.resolve();
    release();
    const results = await asked;
    expect(network.refreshes).toBe(1);
    expect(results.map((c) => c.accessToken)).toEqual(["alt-zugang-123-neu", "alt-zugang-123-neu", "alt-zugang-123-neu"]);
    expect(await secrets.get(ref)).toEqual({ accessToken: "alt-zugang-123-neu", refreshToken: "erneuerung-456", expiresAt: "2027-01-05T09:00:00Z" });
    expect(scrubber.scrub("401 for alt-zugang-123-neu and erneuerung-456")).toBe("401 for [redacted] and [redacted]");
  });

  it("says to connect the account when no credentials are stored", async () => {
    const { broker: subject } = broker(createMemorySecrets());
    await expect(subject.get(ref, scriptedNetwork().adapter, channel)).rejects.toMatchObject({ code: "NETWORK_CREDENTIALS_MISSING" });
  });

  it("knows expired credentials before the refresh that quotes them fails, so the failure is scrubbed", async () => {
    const secrets = createMemorySecrets([[ref, { accessToken: "abgelaufen-4711", refreshToken: "erneuerung-0815", expiresAt: "2027-01-05T07:00:00Z" }]]);
    const { broker: subject } = broker(secrets);
    const network = scriptedNetwork();
    network.adapter.refreshCredentials = async (credentials) => {
      throw new NetworkError({ kind: "authentication", message: `invalid_grant: ${credentials.refreshToken} does not belong to ${credentials.accessToken} (${encodeURIComponent(credentials.refreshToken!)}, ${JSON.stringify(credentials)})` });
    };
    const failure = await subject.get(ref, network.adapter, channel).then(
      () => undefined,
      (error: unknown) => error as NetworkError,
    );
    expect(failure).toMatchObject({ kind: "authentication" });
    expect(failure!.message).not.toMatch(/abgelaufen-4711|erneuerung-0815/);
    expect(failure!.message).toMatch(/invalid_grant: \[redacted\] does not belong to \[redacted\]/);
  });

  it("gives up on a refresh that hangs after the call timeout, aborts its signal, and lets the next caller refresh anew", async () => {
    const secrets = createMemorySecrets([[ref, { accessToken: "abgelaufen-4711", refreshToken: "erneuerung-0815", expiresAt: "2027-01-05T07:00:00Z" }]]);
    const { broker: subject, clock } = broker(secrets, new TestClock("2027-01-05T08:00:00Z"), 5_000);
    const network = scriptedNetwork();
    const signals: AbortSignal[] = [];
    network.adapter.refreshCredentials = (_credentials, context) => {
      signals.push(context.signal);
      return new Promise(() => {}); // never answers, ignores its signal
    };
    const first = subject.get(ref, network.adapter, channel).catch((error: unknown) => error);
    await Promise.resolve();
    await clock.advanceBy(5_000);
    expect(await first).toMatchObject({ kind: "retryable", message: expect.stringMatching(/took longer than 5000 ms/) });
    expect(signals[0]!.aborted).toBe(true);
    network.adapter.refreshCredentials = async () => ({ accessToken: "frisch-und-neu-1", expiresAt: "2027-01-05T09:00:00Z" });
    await expect(subject.get(ref, network.adapter, channel)).resolves.toMatchObject({ accessToken: "frisch-und-neu-1", refreshToken: "erneuerung-0815" });
  });

  it("gives up on a vault that does not answer", async () => {
    const hanging: SecretsPort = { get: () => new Promise(() => {}), set: async () => {} };
    const { broker: subject, clock } = broker(hanging, new TestClock("2027-01-05T08:00:00Z"), 5_000);
    const asked = subject.get(ref, scriptedNetwork().adapter, channel).catch((error: unknown) => error);
    await Promise.resolve();
    await clock.advanceBy(5_000);
    expect(await asked).toMatchObject({ kind: "retryable" });
  });

  it("refuses credentials from a vault that are too short to scrub, without quoting them", async () => {
    const vault: SecretsPort = { get: async () => ({ accessToken: "kurz" }), set: async () => {} };
    const { broker: subject } = broker(vault);
    const failure = await subject.get(ref, scriptedNetwork().adapter, channel).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure).toMatchObject({ code: "NETWORK_CREDENTIALS_INVALID" });
    expect(failure!.message).not.toContain("kurz");
  });

  it("refuses a refresh answer that is not usable as an adapter defect", async () => {
    const secrets = createMemorySecrets([[ref, { accessToken: "abgelaufen-4711", refreshToken: "erneuerung-0815", expiresAt: "2027-01-05T07:00:00Z" }]]);
    const { broker: subject } = broker(secrets);
    const network = scriptedNetwork();
    network.adapter.refreshCredentials = async () => ({ accessToken: 42 }) as never;
    await expect(subject.get(ref, network.adapter, channel)).rejects.toMatchObject({ code: "NETWORK_ADAPTER_DEFECT" });
    expect(await secrets.get(ref)).toMatchObject({ accessToken: "abgelaufen-4711" });
  });
});
