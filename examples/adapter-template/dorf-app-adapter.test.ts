import { createKommune, MUSTERSTADT_ORGANISATION, silentLogger } from "@kommune-sm/core";
import { getNetworkAdapter, NetworkError, type AdapterCallContextV1, type ChannelRefV1 } from "@kommune-sm/network";
import { testAdapter } from "@kommune-sm/network/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { createDorfAppAdapter } from "./dorf-app-adapter.js";
import { startFakeDorfApp, type FakeDorfApp } from "./fake-dorf-app.js";
import { DORF_APP_CAPABILITIES } from "./dorf-app-capabilities.js";
import { dorfApp } from "./index.js";

const channel: ChannelRefV1 = { id: "dorf-app-main", handle: "@gemeinde-musterdorf", options: {} };

// The conformance kit, every area, against the adapter talking HTTP to a fake Dorf-App.
testAdapter({
  name: "dorf-app",
  create: async () => {
    const fake = await startFakeDorfApp();
    return { adapter: createDorfAppAdapter({ baseUrl: fake.url }), credentials: fake.credentials, channel, control: fake.control, cleanup: fake.close };
  },
});

// What the kit cannot know about the Dorf-App: its headers, its own error cases, the token refresh.
describe("dorf-app adapter, beyond the kit", () => {
  const running: FakeDorfApp[] = [];
  afterEach(async () => {
    for (const fake of running.splice(0)) await fake.close();
  });

  async function open(options?: Parameters<typeof startFakeDorfApp>[0]) {
    const fake = await startFakeDorfApp(options);
    running.push(fake);
    const adapter = createDorfAppAdapter({ baseUrl: fake.url });
    const context = (signal = new AbortController().signal): AdapterCallContextV1 => ({ credentials: fake.credentials, signal, now: () => Date.now(), logger: silentLogger });
    const publish = (text: string, extra: { hashtags?: string[] } = {}) =>
      adapter.publish({ deliveryId: "d1", idempotencyKey: `key-${text}`, channel, text, language: "de", media: [], links: [], hashtags: extra.hashtags ?? [], options: {} }, context());
    return { fake, adapter, context, publish };
  }

  it("registers as the network \"dorf-app\" through its plugin", async () => {
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [dorfApp()] });
    expect(getNetworkAdapter(ksm.registries, "dorf-app").displayName).toBe("Dorf-App");
    await ksm.dispose();
  });

  it("sends the token as a Bearer header and the idempotency key as Idempotency-Key", async () => {
    const { fake, publish } = await open();
    await publish("Hallo Musterdorf");
    expect(fake.requests.at(-1)).toMatchObject({ method: "POST", path: "/v1/posts", idempotencyKey: "key-Hallo Musterdorf", authorised: true });
  });

  it("warns that hashtags are left out instead of failing", async () => {
    const { publish } = await open();
    const result = await publish("Sommerfest am Dorfplatz", { hashtags: ["musterdorf"] });
    expect(result.warnings).toEqual([expect.objectContaining({ type: "unsupported-feature", feature: "hashtags" })]);
  });

  it("classifies a reset connection and an HTML 500 page as retryable, and a 403 as permanent", async () => {
    const { fake, publish } = await open();
    fake.control.answerNext("publish", "reset");
    await expect(publish("a")).rejects.toMatchObject({ kind: "retryable" });
    fake.control.answerNext("publish", { status: 500, body: "<html>Internal Server Error</html>" });
    await expect(publish("b")).rejects.toMatchObject({ kind: "retryable", status: 500 });
    fake.control.answerNext("publish", { status: 403, body: { error: "account suspended" } });
    await expect(publish("c")).rejects.toMatchObject({ kind: "permanent", networkReason: "account suspended" });
  });

  it("reads a Retry-After given as an HTTP date (the kit covers seconds)", async () => {
    const { fake, publish } = await open();
    fake.control.answerNext("publish", { status: 429, body: { error: "slow down" }, headers: { "retry-after": new Date(Date.now() + 120_000).toUTCString() } });
    const error = (await publish("a").catch((caught: unknown) => caught)) as NetworkError;
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterMs).toBeGreaterThan(110_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it("gives up when the engine aborts a call that hangs, as a retryable failure", async () => {
    const { fake, adapter, context } = await open();
    fake.control.answerNext("readProfile", "hang");
    await expect(adapter.readProfile({ channel }, context(AbortSignal.timeout(100)))).rejects.toMatchObject({ kind: "retryable" });
  });

  it("treats a 201 whose body it cannot read as retryable, and the repeat gets that post instead of a duplicate", async () => {
    const { fake, publish } = await open();
    // The Dorf-App creates the post, but the answer arrives garbled.
    fake.control.answerNext("publish", { served: true, status: 201, body: { id: 7 } });
    await expect(publish("Wasserleitung gespült")).rejects.toMatchObject({ kind: "retryable" });
    const [created] = await fake.control.published();
    expect(created).toBeDefined();
    const result = await publish("Wasserleitung gespült");
    expect(result.remoteId).toBe(created?.remoteId);
    expect(await fake.control.published()).toHaveLength(1);
  });

  it("declares the 30 days for which the Dorf-App honours a key (idempotencyWindowMs): a repeat just inside them gives the earlier post, one after them a second post", async () => {
    const windowMs = DORF_APP_CAPABILITIES.idempotencyWindowMs;
    expect(windowMs).toBe(30 * 24 * 60 * 60_000);
    let now = Date.parse("2027-03-01T08:00:00Z");
    const { fake, adapter } = await open({ now: () => now });
    const context: AdapterCallContextV1 = { credentials: fake.credentials, signal: new AbortController().signal, now: () => now, logger: silentLogger };
    const request = { deliveryId: "d1", idempotencyKey: "key-fest", channel, text: "Dorffest am Samstag", language: "de", media: [], links: [], hashtags: [], options: {} };
    const first = await adapter.publish(request, context);
    const started = now;
    now = started + windowMs! - 1_000;
    expect((await adapter.publish(request, context)).remoteId).toBe(first.remoteId);
    // Past the window the key is forgotten: sending again would post twice, which is why the engine looks up first.
    now = started + windowMs! + 1_000;
    expect((await adapter.publish(request, context)).remoteId).not.toBe(first.remoteId);
    expect(await fake.control.published()).toHaveLength(2);
  });

  it('answers "unknown" for a lookup window older than the 30 days the Dorf-App keeps keys', async () => {
    const { adapter, context } = await open();
    const old = new Date(Date.now() - 40 * 24 * 60 * 60_000).toISOString();
    const request = { channel, idempotencyKey: "never-sent", text: "x", notBefore: old, notAfter: new Date().toISOString() };
    expect(await adapter.lookup(request, context())).toMatchObject({ status: "unknown" });
  });

  it("refreshes the token and keeps the refresh token when the API hands out no new one", async () => {
    const { fake, adapter, context } = await open();
    const { credentials } = fake;
    const { credentials: _unused, ...rest } = context();
    const renewed = await adapter.refreshCredentials!(credentials, { ...rest, channel });
    expect(renewed.accessToken).not.toBe(credentials.accessToken);
    expect(renewed.refreshToken).toBe(credentials.refreshToken);
    expect(Date.parse(renewed.expiresAt ?? "")).toBeGreaterThan(Date.now());
    // The old access token is revoked: the fake answers 401, which the adapter reports as authentication.
    await expect(adapter.readProfile({ channel }, context())).rejects.toMatchObject({ kind: "authentication" });
    await expect(adapter.readProfile({ channel }, { ...rest, credentials: renewed })).resolves.toMatchObject({ handle: "@gemeinde-musterdorf" });
  });

  it("takes a rotated refresh token, and reports a refused one as authentication (a person must reconnect)", async () => {
    const { fake, adapter, context } = await open({ rotateRefreshTokens: true });
    const { credentials: _unused, ...rest } = context();
    const renewed = await adapter.refreshCredentials!(fake.credentials, { ...rest, channel });
    expect(renewed.refreshToken).not.toBe(fake.credentials.refreshToken);
    await expect(adapter.refreshCredentials!(fake.credentials, { ...rest, channel })).rejects.toMatchObject({ kind: "authentication", isRetryable: false });
    await expect(adapter.refreshCredentials!({ accessToken: "x" }, { ...rest, channel })).rejects.toMatchObject({ kind: "authentication" });
  });
});
