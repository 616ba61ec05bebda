import { createMemoryStore, measureText, type Media } from "@kommune-sm/core";
import { NetworkError } from "@kommune-sm/network";
import { describe, expect, it } from "vitest";
import { createSandboxNetwork, SANDBOX_DISPLAY_NAME } from "./create-sandbox-network.js";
import { SANDBOX_COUNTING_RULE } from "./sandbox-capabilities.js";
import { CHANNEL, callContext, publishRequest, SECRET_TOKEN, settle, TestClock, TUESDAY_MORNING } from "./test-support.js";

const image = (id: string, altText?: string): Media => ({ id, kind: "image", url: `https://cdn.musterstadt.example/${id}.jpg`, ...(altText ? { altText } : {}) });

function setup(options: Parameters<typeof createSandboxNetwork>[0] = {}) {
  const clock = new TestClock(TUESDAY_MORNING);
  const network = createSandboxNetwork({ clock, ...options });
  return { clock, ...network, context: () => callContext(clock) };
}

async function rejection(promise: Promise<unknown>): Promise<NetworkError> {
  const { error } = await settle(promise);
  expect(NetworkError.isNetworkError(error)).toBe(true);
  return error as NetworkError;
}

describe("identity", () => {
  it("is clearly a sandbox, with sandbox: addresses only", async () => {
    const { adapter, context } = setup();
    expect(adapter.id).toBe("sandbox");
    expect(adapter.specificationVersion).toBe("v1");
    expect(adapter.displayName).toBe(SANDBOX_DISPLAY_NAME);
    expect(adapter.displayName).toMatch(/Sandbox.*nichts wird öffentlich/);
    const result = await adapter.publish(publishRequest(), context());
    expect(result.url).toBe(`sandbox://musterstadt/posts/${result.remoteId}`);
    const profile = await adapter.readProfile({ channel: CHANNEL }, context());
    expect(profile.url).toMatch(/^sandbox:\/\/musterstadt\/profiles\//);
    // The imprint link is what a municipality enters on its profile; by default under the reserved .example.
    expect(profile.links).toEqual(["https://www.musterstadt.example/impressum"]);
    expect(profile.bio).toContain("Impressum: https://www.musterstadt.example/impressum");
  });

  it("declares its rules as data", () => {
    const { adapter } = setup();
    const { capabilities } = adapter;
    expect(capabilities.text).toBe(SANDBOX_COUNTING_RULE);
    expect(capabilities.text.limits).toEqual([{ unit: "graphemes", max: 500 }]);
    expect(capabilities.text.urlLength).toBe(23);
    expect(capabilities.media).toMatchObject({ kinds: ["image", "video", "gif"], maxItems: 4, altText: "required" });
    expect(capabilities.idempotency).toBe("native");
    expect(capabilities.metrics).toEqual(expect.arrayContaining(["impressions", "reach", "likes", "shares", "comments", "clicks"]));
    expect(capabilities.interactions).toMatchObject({ comments: true, mentions: true, reply: true });
    expect(capabilities.rateLimits).toEqual([{ requests: 300, perMilliseconds: 300_000, scope: "account" }]);
    expect(capabilities.delete && capabilities.profile).toBe(true);
    expect(setup({ rateLimit: false }).adapter.capabilities.rateLimits).toEqual([]);
  });
});

describe("publish", () => {
  it("keeps the post in the store's own collection, as written and dated by the call's clock", async () => {
    const store = createMemoryStore().tenant("musterstadt");
    const { adapter, context, clock } = setup({ store });
    const text = "Straßenfest am <b>Samstag</b> & Sonntag 🎉";
    const result = await adapter.publish(publishRequest({ text, options: { pillar: "leben" } }), context());
    const stored = await store.collection("sandbox-posts").require(result.remoteId);
    expect(stored).toMatchObject({ text, channelId: CHANNEL.id, idempotencyKey: "key-1", pillar: "leben", kind: "post" });
    expect(stored.publishedAt).toBe(new Date(clock.now()).toISOString());
    expect(result.publishedAt).toBe(stored.publishedAt);
  });

  it("gives the same post for the same key, never a second one", async () => {
    const { adapter, context, control, clock } = setup();
    const first = await adapter.publish(publishRequest(), context());
    await clock.advanceBy(60_000);
    const again = await adapter.publish(publishRequest({ text: "Ganz anderer Text" }), context());
    expect(again).toEqual(first);
    const together = await Promise.all([1, 2, 3].map(() => adapter.publish(publishRequest({ idempotencyKey: "key-2" }), context())));
    expect(new Set(together.map((r) => r.remoteId)).size).toBe(1);
    expect((await control.published()).map((p) => p.idempotencyKey)).toEqual(["key-1", "key-2"]);
  });

  it("gives a post the next free id when its id is taken, with and without the store's syncTransaction", async () => {
    const first = await setup().adapter.publish(publishRequest(), setup().context());
    for (const withSync of [true, false]) {
      const { syncTransaction, ...withoutSync } = createMemoryStore().tenant("musterstadt");
      const store = withSync ? { ...withoutSync, syncTransaction } : withoutSync;
      const { adapter, context } = setup({ store });
      // Someone holds the id this post would get, and its next one.
      for (const id of [first.remoteId, `${first.remoteId}-2`]) {
        await store.collection("sandbox-posts").insert({ id, organisationId: "musterstadt", kind: "post", channelId: CHANNEL.id, handle: CHANNEL.handle, idempotencyKey: `other-${id}`, text: "x", language: "de", media: [], links: [], hashtags: [], publishedAt: "2026-05-05T06:00:00.000Z" });
      }
      const result = await adapter.publish(publishRequest(), context());
      expect(result.remoteId).toBe(`${first.remoteId}-3`);
      expect((await store.collection("sandbox-posts").require(`${first.remoteId}-3`)).idempotencyKey).toBe("key-1");
      expect(await store.collection("sandbox-posts").count()).toBe(3);
    }
  });

  it("counts like Mastodon: a URL is 23, whatever its length", async () => {
    const { adapter, context } = setup();
    const url = `https://www.musterstadt.example/${"baustellen/".repeat(40)}lindenstrasse`;
    const fits = `${"a".repeat(476)} ${url}`;
    expect(fits.length).toBeGreaterThan(500);
    expect(measureText(fits, SANDBOX_COUNTING_RULE).weighted).toBe(500);
    await expect(adapter.publish(publishRequest({ idempotencyKey: "fits", text: fits }), context())).resolves.toHaveProperty("remoteId");
    const error = await rejection(adapter.publish(publishRequest({ idempotencyKey: "long", text: `a${fits}` }), context()));
    expect(error.kind).toBe("rejected-content");
    expect(error.status).toBe(422);
    expect(error.networkReason).toContain("501 von höchstens 500");
  });

  it("refuses what the capabilities rule out, with a German reason", async () => {
    const { adapter, context, control } = setup();
    const cases: [string, Partial<Parameters<typeof publishRequest>[0]>, RegExp][] = [
      ["empty", { text: "  " }, /leer/],
      ["five images", { media: ["a", "b", "c", "d", "e"].map((id) => image(id, "Foto")) }, /Zu viele Medien/],
      ["document", { media: [{ id: "pdf", kind: "document", url: "https://x.example/a.pdf", altText: "Flyer" }] }, /Dokument/],
      ["mixed", { media: [image("a", "Foto"), { id: "v", kind: "video", url: "https://x.example/v.mp4", altText: "Film" }] }, /gemischt/],
      ["no alt text", { media: [image("a")] }, /Bildbeschreibung.*Pflicht/],
      ["alt text too long", { media: [image("a", "x".repeat(1501))] }, /länger als 1500/],
      ["too big", { media: [{ ...image("a", "Foto"), sizeBytes: 17 * 1024 * 1024 }] }, /zu groß/],
    ];
    for (const [key, overrides, reason] of cases) {
      const error = await rejection(adapter.publish(publishRequest({ idempotencyKey: key, ...overrides }), context()));
      expect(error.kind, key).toBe("rejected-content");
      expect(error.networkReason, key).toMatch(reason);
    }
    expect(await control.published()).toEqual([]);
    const decorative = { ...image("deko"), decorative: true };
    await expect(adapter.publish(publishRequest({ idempotencyKey: "deko", media: [decorative, image("b", "Rathaus")] }), context())).resolves.toBeDefined();
  });

  it("refuses malformed requests as permanent, storing nothing", async () => {
    const { adapter, context, control } = setup();
    expect((await rejection(adapter.publish(publishRequest({ idempotencyKey: "" }), context()))).kind).toBe("permanent");
    expect((await rejection(adapter.publish(publishRequest({ channel: { ...CHANNEL, id: "" } }), context()))).kind).toBe("permanent");
    expect((await rejection(adapter.publish({ ...publishRequest(), text: 42 as unknown as string }, context()))).kind).toBe("permanent");
    expect(await control.published()).toEqual([]);
  });
});

describe("credentials", () => {
  it("needs an access token and treats a revoked one as an authentication failure, never naming it", async () => {
    const store = createMemoryStore().tenant("musterstadt");
    const { adapter, clock, control } = setup({ store, revokedAccessTokens: ["revoked-token-0815"] });
    const withToken = (accessToken: string) => callContext(clock, { credentials: { accessToken } });
    const missing = await rejection(adapter.publish(publishRequest(), withToken("")));
    expect(missing.kind).toBe("authentication");
    const revoked = await rejection(adapter.publish(publishRequest(), withToken("revoked-token-0815")));
    expect(revoked).toMatchObject({ kind: "authentication", status: 401, isRetryable: false });
    expect(`${revoked.message} ${revoked.networkReason} ${JSON.stringify(revoked)}`).not.toContain("0815");

    await adapter.publish(publishRequest(), withToken(SECRET_TOKEN));
    control.revokeAccessToken(SECRET_TOKEN);
    const later = await rejection(adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING }, withToken(SECRET_TOKEN)));
    expect(later.kind).toBe("authentication");
    expect(JSON.stringify([later, later.message, later.networkReason])).not.toContain(SECRET_TOKEN);
    const stored = JSON.stringify([await store.collection("sandbox-posts").list(), await store.collection("sandbox-interactions").list()]);
    expect(stored).not.toContain(SECRET_TOKEN);
  });
});

describe("rate limit", () => {
  it("allows 300 calls per 5 minutes per account, then answers 429 with the wait", async () => {
    const { adapter, context, clock } = setup();
    for (let index = 0; index < 300; index++) {
      await adapter.readProfile({ channel: CHANNEL }, context());
      await clock.advanceBy(500); // 300 calls within 150 s
    }
    const error = await rejection(adapter.publish(publishRequest(), context()));
    expect(error).toMatchObject({ kind: "rate-limited", status: 429, isRetryable: true });
    // The first call was 150 s ago; it leaves the window 150 s from now.
    expect(error.retryAfterMs).toBe(150_000);
    // Another account is not affected.
    await expect(adapter.readProfile({ channel: { ...CHANNEL, id: "other" } }, context())).resolves.toBeDefined();
    await clock.advanceBy(error.retryAfterMs!);
    await expect(adapter.publish(publishRequest(), context())).resolves.toHaveProperty("remoteId");
  });

  it("can be set or switched off", async () => {
    const strict = setup({ rateLimit: { requests: 2, perMilliseconds: 1_000 } });
    await strict.adapter.readProfile({ channel: CHANNEL }, strict.context());
    await strict.adapter.readProfile({ channel: CHANNEL }, strict.context());
    expect((await rejection(strict.adapter.readProfile({ channel: CHANNEL }, strict.context()))).retryAfterMs).toBe(1_000);
    const open = setup({ rateLimit: false });
    for (let index = 0; index < 400; index++) await open.adapter.readProfile({ channel: CHANNEL }, open.context());
  });
});

describe("lookup", () => {
  const window = { notBefore: "2027-01-12T07:00:00Z", notAfter: "2027-01-12T09:00:00Z" };

  it("finds a publish by its key, and knows when there is none", async () => {
    const { adapter, context } = setup();
    const published = await adapter.publish(publishRequest(), context());
    const request = { channel: CHANNEL, idempotencyKey: "key-1", text: "egal", ...window };
    expect(await adapter.lookup(request, context())).toEqual({ status: "found", remoteId: published.remoteId, url: published.url });
    expect(await adapter.lookup({ ...request, idempotencyKey: "never-sent" }, context())).toEqual({ status: "not-found" });
    expect(await adapter.lookup({ ...request, channel: { ...CHANNEL, id: "other" } }, context())).toEqual({ status: "not-found" });
  });

  it("by content and time, says unknown where it cannot be sure", async () => {
    const { adapter, context, clock } = setup({ lookupBy: "content" });
    const text = publishRequest().text;
    const published = await adapter.publish(publishRequest(), context());
    const request = { channel: CHANNEL, idempotencyKey: "lost-key", text, ...window };
    expect(await adapter.lookup(request, context())).toEqual({ status: "found", remoteId: published.remoteId, url: published.url });
    // Another text: the window is still open (now is 08:00, it ends 09:00).
    expect(await adapter.lookup({ ...request, text: "Anderer Text" }, context())).toMatchObject({ status: "unknown" });
    await clock.advanceTo("2027-01-12T09:00:01Z");
    expect(await adapter.lookup({ ...request, text: "Anderer Text" }, context())).toEqual({ status: "not-found" });
    // Outside the window it does not count.
    expect(await adapter.lookup({ ...request, notBefore: "2027-01-12T08:00:01Z" }, context())).toEqual({ status: "not-found" });
    // The same text twice: cannot tell which.
    await adapter.publish(publishRequest({ idempotencyKey: "key-2" }), context());
    const twice = await adapter.lookup({ ...request, notAfter: "2027-01-12T10:00:00Z" }, context());
    expect(twice).toMatchObject({ status: "unknown" });
  });

  it("refuses a window that is not an instant", async () => {
    const { adapter, context } = setup();
    const error = await rejection(adapter.lookup({ channel: CHANNEL, idempotencyKey: "k", text: "t", notBefore: "gestern", notAfter: window.notAfter }, context()));
    expect(error.kind).toBe("permanent");
  });
});

describe("delete", () => {
  it("removes a post from the timeline; a post already gone is no error; the key stays taken", async () => {
    const { adapter, context, control } = setup();
    const { remoteId } = await adapter.publish(publishRequest(), context());
    await adapter.delete({ channel: CHANNEL, remoteId }, context());
    await adapter.delete({ channel: CHANNEL, remoteId }, context());
    await adapter.delete({ channel: CHANNEL, remoteId: "does-not-exist" }, context());
    expect(await control.published()).toEqual([]);
    // Not on the network any more, but sending again would bring back what a person removed.
    const lookup = await adapter.lookup({ channel: CHANNEL, idempotencyKey: "key-1", text: "", notBefore: TUESDAY_MORNING, notAfter: TUESDAY_MORNING }, context());
    expect(lookup).toMatchObject({ status: "unknown", reason: expect.stringContaining("deleted") });
    expect(await adapter.publish(publishRequest(), context())).toMatchObject({ remoteId });
    expect(await control.published()).toEqual([]);
  });

  it("refuses to delete another account's post", async () => {
    const { adapter, context } = setup();
    const { remoteId } = await adapter.publish(publishRequest(), context());
    const error = await rejection(adapter.delete({ channel: { ...CHANNEL, id: "other" }, remoteId }, context()));
    expect(error).toMatchObject({ kind: "permanent", status: 403 });
  });
});

describe("metrics", () => {
  it("grow over simulated time, from zero at publication, for the account's recent posts", async () => {
    const { adapter, context, clock } = setup({ seed: 7 });
    const post = await adapter.publish(publishRequest({ media: [image("foto", "Absperrung an der Lindenstraße")] }), context());
    const read = async () => {
      const samples = await adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING }, context());
      return Object.fromEntries(samples.filter((s) => s.remoteId === post.remoteId).map((s) => [s.metric, s.value]));
    };
    const atStart = await read();
    expect(atStart).toEqual({ impressions: 0, reach: 0, likes: 0, shares: 0, comments: 0, clicks: 0 });
    const series: Record<string, number>[] = [];
    for (const hours of [1, 3, 12, 48]) {
      await clock.advanceTo(Date.parse(TUESDAY_MORNING) + hours * 3_600_000);
      series.push(await read());
    }
    for (const metric of Object.keys(atStart)) {
      for (let index = 1; index < series.length; index++) expect(series[index]![metric]).toBeGreaterThanOrEqual(series[index - 1]![metric]!);
    }
    expect(series[3]!.reach).toBeGreaterThan(100);
    expect(series[3]!.impressions).toBeGreaterThan(series[3]!.reach!);
    const samples = await adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING }, context());
    expect(samples.every((s) => s.at === new Date(clock.now()).toISOString())).toBe(true);
    expect(samples.find((s) => s.remoteId === undefined)).toMatchObject({ metric: "followers" });
    expect(samples.find((s) => s.metric === "followers")!.value).toBeGreaterThan(2_400);
  });

  it("only for the posts asked for, nothing from the future, nothing of deleted posts", async () => {
    const { adapter, context, clock } = setup();
    const one = await adapter.publish(publishRequest(), context());
    const two = await adapter.publish(publishRequest({ idempotencyKey: "key-2", text: "Zweiter Beitrag" }), context());
    await clock.advanceBy(3_600_000);
    const only = await adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING, remoteIds: [two.remoteId] }, context());
    expect(new Set(only.map((s) => s.remoteId))).toEqual(new Set([two.remoteId]));
    expect(await adapter.fetchMetrics({ channel: CHANNEL, since: "2030-01-01T00:00:00Z" }, context())).toEqual([]);
    await adapter.delete({ channel: CHANNEL, remoteId: one.remoteId }, context());
    const after = await adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING }, context());
    expect(after.some((s) => s.remoteId === one.remoteId)).toBe(false);
    expect(await adapter.fetchMetrics({ channel: { ...CHANNEL, id: "other" }, since: TUESDAY_MORNING }, context())).toEqual([
      { at: new Date(clock.now()).toISOString(), metric: "followers", value: 2_400 },
    ]);
  });
});

describe("interactions", () => {
  it("citizens' German comments arrive over time and page with a cursor, each once", async () => {
    const { adapter, context, clock } = setup({ seed: 3, followers: 8_000 });
    const post = await adapter.publish(publishRequest({ text: "Die Lindenstraße wird ab Montag gesperrt. Fragen? #Baustelle" }), context());
    expect((await adapter.fetchInteractions({ channel: CHANNEL }, context())).interactions).toEqual([]);
    await clock.advanceBy(2 * 3_600_000);
    const early = (await adapter.fetchInteractions({ channel: CHANNEL, limit: 200 }, context())).interactions;
    await clock.advanceBy(70 * 3_600_000);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await adapter.fetchInteractions({ channel: CHANNEL, limit: 3, ...(cursor ? { cursor } : {}) }, context());
      seen.push(...page.interactions.map((i) => i.remoteId));
      for (const interaction of page.interactions) {
        expect(interaction).toMatchObject({ kind: "comment", inReplyToRemoteId: post.remoteId, language: "de" });
        expect(interaction.url).toMatch(/^sandbox:\/\//);
        expect(Date.parse(interaction.receivedAt)).toBeLessThanOrEqual(clock.now());
      }
      if (page.interactions.length === 0) {
        expect(page.nextCursor).toBeUndefined();
        break;
      }
      // Every non-empty page says where to go on.
      expect(page.nextCursor).toBe(page.interactions[page.interactions.length - 1]!.remoteId);
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBeGreaterThan(early.length);
    expect(early.every((i) => seen.includes(i.remoteId))).toBe(true);
    const all = (await adapter.fetchInteractions({ channel: CHANNEL, limit: 200 }, context())).interactions;
    const metrics = await adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING, remoteIds: [post.remoteId] }, context());
    expect(metrics.find((s) => s.metric === "comments")!.value).toBe(all.length);
    // Polling on from the last one seen gives only what is new.
    expect((await adapter.fetchInteractions({ channel: CHANNEL, cursor: seen[seen.length - 1]! }, context())).interactions).toEqual([]);
  });

  it("returns what a citizen wrote exactly as written: escaping is the renderer's job", async () => {
    const { adapter, context, control } = setup();
    const post = await adapter.publish(publishRequest(), context());
    const text = `<script>alert("x")</script> & "Sperrung" ' <img src=x onerror=alert(1)> 🙄`;
    const received = await control.receiveInteraction({ kind: "comment", text, inReplyToRemoteId: post.remoteId, author: { handle: "@troll", displayName: "<b>Troll</b>" } });
    const { interactions } = await adapter.fetchInteractions({ channel: CHANNEL }, context());
    expect(interactions).toContainEqual(received);
    expect(received).toMatchObject({ text, author: { handle: "@troll", displayName: "<b>Troll</b>" }, inReplyToRemoteId: post.remoteId });
    expect(received.url).toMatch(/^sandbox:\/\/musterstadt\/interactions\//);
    const mention = await control.receiveInteraction({ kind: "mention", text: "@musterstadt Wann ist das Bürgerbüro offen?", author: "@erika_m" });
    expect((await adapter.fetchInteractions({ channel: { ...CHANNEL, id: "any" } }, context())).interactions).toContainEqual(mention);
  });

  it("keeps interactions put in within one millisecond in the order they arrived", async () => {
    const { adapter, context, control } = setup();
    const { nextCursor } = await adapter.fetchInteractions({ channel: CHANNEL }, context());
    const received = [];
    for (const text of ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]) {
      received.push((await control.receiveInteraction({ kind: "mention", text, author: "@buerger", channelId: CHANNEL.id })).remoteId);
    }
    const fetched = await adapter.fetchInteractions({ channel: CHANNEL, ...(nextCursor ? { cursor: nextCursor } : {}) }, context());
    expect(fetched.interactions.map((i) => i.remoteId)).toEqual(received);
    expect(new Set(fetched.interactions.map((i) => i.receivedAt)).size).toBe(1);
  });

  it("lets the team reply, idempotently, and citizens answer back", async () => {
    const { adapter, context, clock, control } = setup({ seed: 11, followers: 20_000 });
    const post = await adapter.publish(publishRequest(), context());
    await clock.advanceBy(24 * 3_600_000);
    const comments = (await adapter.fetchInteractions({ channel: CHANNEL, limit: 200 }, context())).interactions;
    expect(comments.length).toBeGreaterThan(0);
    const replies = [];
    for (const [index, comment] of comments.entries()) {
      const request = { channel: CHANNEL, inReplyToRemoteId: comment.remoteId, text: "Danke für Ihre Nachricht! Die Sperrung endet am Freitag.", idempotencyKey: `reply-${index}` };
      const reply = await adapter.reply(request, context());
      expect(await adapter.reply(request, context())).toEqual(reply);
      expect(reply.url).toMatch(/^sandbox:\/\//);
      replies.push(reply);
    }
    expect((await control.published()).filter((p) => p.kind === "reply")).toHaveLength(comments.length);
    await clock.advanceBy(6 * 3_600_000);
    const followUps = (await adapter.fetchInteractions({ channel: CHANNEL, limit: 200 }, context())).interactions.filter((i) => i.kind === "reply");
    expect(followUps.length).toBeGreaterThan(0);
    for (const followUp of followUps) expect(replies.map((r) => r.remoteId)).toContain(followUp.inReplyToRemoteId);
    const missing = await rejection(adapter.reply({ channel: CHANNEL, inReplyToRemoteId: "nope", text: "Hallo", idempotencyKey: "r-x" }, context()));
    expect(missing.kind).toBe("not-found");
    expect(post.remoteId).toBeDefined();
  });
});

describe("profile", () => {
  it("shows the configured imprint link, or none to practise the imprint check", async () => {
    const { adapter, context } = setup({ profile: { displayName: "Stadt Musterstadt", imprintUrl: "https://www.musterstadt.example/impressum" } });
    expect(await adapter.readProfile({ channel: CHANNEL }, context())).toMatchObject({
      handle: "@musterstadt",
      displayName: "Stadt Musterstadt",
      links: ["https://www.musterstadt.example/impressum"],
    });
    const without = await adapter.readProfile({ channel: { ...CHANNEL, options: { imprintUrl: null } } }, context());
    expect(without.links).toEqual([]);
    expect(without.bio).not.toContain("Impressum");
  });
});
