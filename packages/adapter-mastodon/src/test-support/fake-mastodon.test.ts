import { afterEach, describe, expect, it } from "vitest";
import { contractTest } from "./mastodon-contract-test.js";
import { startFakeMastodon, type FakeMastodon } from "./fake-mastodon.js";
import type { FakeMastodonOptions } from "./fake-mastodon-state.js";

const START = Date.UTC(2027, 3, 1, 8, 0, 0);
const HOUR = 3_600_000;

type Reply = { status: number; headers: Headers; json: any; text: string };

describe("the fake Mastodon keeps Mastodon's documented behaviour", () => {
  const running: FakeMastodon[] = [];
  let clock = START;

  afterEach(async () => {
    // Every request and answer of every test kept the contract (empty when the contract is missing).
    for (const fake of running.splice(0)) {
      expect(fake.contractProblems()).toEqual([]);
      await fake.close();
    }
  });

  async function open(options: FakeMastodonOptions = {}) {
    clock = START;
    const fake = await startFakeMastodon({ now: () => clock, ...options });
    running.push(fake);
    const call = async (method: string, path: string, init: { json?: unknown; form?: FormData; token?: string | null; key?: string } = {}): Promise<Reply> => {
      const headers: Record<string, string> = {};
      const token = init.token === undefined ? fake.accessToken : init.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (init.key !== undefined) headers["idempotency-key"] = init.key;
      if (init.json !== undefined) headers["content-type"] = "application/json";
      const response = await fetch(fake.url + path, { method, headers, body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)) });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, json, text };
    };
    const post = (status: string, extra: Record<string, unknown> = {}, key?: string) => call("POST", "/api/v1/statuses", { json: { status, visibility: "public", language: "de", ...extra }, ...(key ? { key } : {}) });
    const upload = (bytes: Uint8Array, type: string, name: string, description = "Bild: Stadtfest") => {
      const form = new FormData();
      form.append("file", new Blob([bytes], { type }), name);
      form.append("description", description);
      return call("POST", "/api/v2/media", { form });
    };
    return { fake, call, post, upload };
  }

  it("answers the instance without a token, with the configured limits", async () => {
    const { call } = await open({ maxCharacters: 1000, charactersReservedPerUrl: 30 });
    const { status, json } = await call("GET", "/api/v2/instance", { token: null });
    expect(status).toBe(200);
    expect(json.domain).toBe("social.example");
    expect(json.configuration.statuses).toEqual({ max_characters: 1000, max_media_attachments: 4, characters_reserved_per_url: 30 });
    expect(json.configuration.media_attachments).toMatchObject({ image_size_limit: 16_777_216, video_size_limit: 103_809_024, description_limit: 1500 });
  });

  it("refuses a missing, wrong or revoked token with 401", async () => {
    const { fake, call } = await open();
    expect((await call("GET", "/api/v1/accounts/verify_credentials", { token: null })).json).toEqual({ error: "The access token is invalid" });
    expect((await call("GET", "/api/v1/accounts/verify_credentials", { token: "nope" })).status).toBe(401);
    expect((await call("GET", "/api/v1/accounts/verify_credentials")).status).toBe(200);
    fake.revokeToken();
    const revoked = await call("GET", "/api/v1/accounts/verify_credentials");
    expect(revoked.status).toBe(401);
    expect(revoked.json.error).toMatch(/access token/);
  });

  it("shows the profile as HTML and as written (source), and setProfile changes it", async () => {
    const { fake, call } = await open();
    const { json } = await call("GET", "/api/v1/accounts/verify_credentials");
    expect(json).toMatchObject({ id: fake.account.id, username: "musterstadt", acct: "musterstadt" });
    expect(json.source.fields).toEqual([{ name: "Impressum", value: "https://www.musterstadt.example/impressum", verified_at: null }]);
    expect(json.fields[0].value).toContain('href="https://www.musterstadt.example/impressum"');
    expect(json.fields[0].value).toContain('rel="nofollow noopener me"');
    fake.setProfile({ note: "Neu & anders", fields: [] });
    const changed = (await call("GET", "/api/v1/accounts/verify_credentials")).json;
    expect(changed.source.note).toBe("Neu & anders");
    expect(changed.note).toBe("<p>Neu &amp; anders</p>");
    expect(changed.fields).toEqual([]);
    fake.setFollowers(99);
    expect((await call("GET", `/api/v1/accounts/${fake.account.id}`)).json.followers_count).toBe(99);
  });

  it("publishes a status with Mastodon's HTML, a Snowflake id and its URL", async () => {
    const { fake, post, call } = await open();
    const { status, json } = await post("Stadtfest am Samstag #Musterstadt\nhttps://musterstadt.example/fest", { spoiler_text: "Lärm" });
    expect(status).toBe(200);
    expect(BigInt(json.id) >> 16n).toBe(BigInt(START));
    expect(json.url).toBe(`https://social.example/@musterstadt/${json.id}`);
    expect(json.content).toContain('<p>Stadtfest am Samstag <a href="https://social.example/tags/Musterstadt" class="mention hashtag" rel="tag">#<span>Musterstadt</span></a><br /><a href="https://musterstadt.example/fest"');
    expect(json).toMatchObject({ spoiler_text: "Lärm", sensitive: true, visibility: "public", language: "de", in_reply_to_id: null, favourites_count: 0 });
    expect((await call("GET", `/api/v1/statuses/${json.id}/source`)).json).toEqual({ id: json.id, text: "Stadtfest am Samstag #Musterstadt\nhttps://musterstadt.example/fest", spoiler_text: "Lärm" });
    expect(await fake.control.published()).toEqual([expect.objectContaining({ remoteId: json.id, contentWarning: "Lärm", mediaCount: 0 })]);
  });

  it("refuses a text over the limit (URLs count 23, the content warning counts) and an empty one with 422", async () => {
    const { post } = await open();
    expect((await post("a".repeat(500))).status).toBe(200);
    expect((await post("a".repeat(501))).json).toEqual({ error: "Validation failed: Text character limit of 500 exceeded" });
    expect((await post(`${"a".repeat(476)} https://example.org/${"x".repeat(200)}`)).status).toBe(200);
    expect((await post("a".repeat(490), { spoiler_text: "12345678901" })).status).toBe(422);
    expect((await post("  ")).status).toBe(422);
  });

  it("replays an Idempotency-Key within the hour with the first status, even for another body; after the hour a new one", async () => {
    const { fake, post, call } = await open();
    const first = (await post("Erster Text", {}, "key-1")).json;
    clock += HOUR - 1;
    const again = await post("Ganz anderer Text", {}, "key-1");
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.id);
    expect(again.json.content).toBe("<p>Erster Text</p>");
    clock += 1;
    const later = (await post("Erster Text", {}, "key-1")).json;
    expect(later.id).not.toBe(first.id);
    expect((await fake.control.published()).map((record) => record.idempotencyKey)).toEqual(["key-1", "key-1"]);
    // A repeat of a key whose status was deleted within the hour: 404.
    expect((await call("DELETE", `/api/v1/statuses/${later.id}`)).status).toBe(200);
    expect((await post("Erster Text", {}, "key-1")).json).toEqual({ error: "Record not found" });
  });

  it("deletes with the text in the answer; a deleted status is gone everywhere", async () => {
    const { fake, post, call } = await open();
    const { json } = await post("Weg damit");
    const deleted = await call("DELETE", `/api/v1/statuses/${json.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.json.text).toBe("Weg damit");
    expect((await call("DELETE", `/api/v1/statuses/${json.id}`)).status).toBe(404);
    expect((await call("GET", `/api/v1/statuses/${json.id}`)).status).toBe(404);
    expect((await call("GET", `/api/v1/accounts/${fake.account.id}/statuses`)).json).toEqual([]);
    expect(await fake.control.published()).toEqual([]);
  });

  it("answers a reply to an unknown status with 404, and keeps replies to citizens apart from posts", async () => {
    const { fake, post } = await open();
    expect((await post("Antwort", { in_reply_to_id: "123" })).status).toBe(404);
    const own = (await post("Beitrag")).json;
    const { remoteId } = await fake.control.receiveInteraction({ kind: "comment", text: "Wann?", inReplyToRemoteId: own.id, author: { handle: "@buerger@anderes.social" } });
    const answer = (await post("@buerger@anderes.social Samstag", { in_reply_to_id: remoteId })).json;
    expect(answer.in_reply_to_id).toBe(remoteId);
    expect(answer.mentions).toEqual([expect.objectContaining({ acct: "buerger@anderes.social" })]);
    const thread = (await post("Nachtrag", { in_reply_to_id: own.id })).json;
    expect(thread.in_reply_to_account_id).toBe(fake.account.id);
    expect((await fake.control.published()).map((record) => record.remoteId)).toEqual([own.id, thread.id]);
    expect(await fake.control.replies()).toEqual([{ remoteId: answer.id, inReplyToRemoteId: remoteId, text: "Samstag" }]); // the mention that notifies the citizen is not part of what the person wrote
  });

  it("processes an image at once (200) and a video later: 202, then 206 per poll, then 200; a status refuses it until then", async () => {
    const { fake, upload, call, post } = await open({ mediaProcessingPolls: 2 });
    const store = fake.mediaStore;
    const bytesOf = async (kind: "image" | "video" | "gif") => (await store.open(fake.media(kind, 0))).bytes;
    const image = await upload(await bytesOf("image"), "image/jpeg", "foto.jpg");
    expect(image.status).toBe(200);
    expect(image.json).toMatchObject({ type: "image", description: "Bild: Stadtfest" });
    expect(image.json.url).toMatch(/^https:\/\/social\.example\//);
    const video = await upload(await bytesOf("video"), "video/mp4", "film.mp4");
    expect(video.status).toBe(202);
    expect(video.json.url).toBeNull();
    expect((await post("", { media_ids: [video.json.id] })).json).toEqual({ error: "Cannot attach files that have not finished processing. Try again in a moment!" });
    const polls = [];
    for (let i = 0; i < 3; i++) polls.push(await call("GET", `/api/v1/media/${video.json.id}`));
    expect(polls.map((poll) => poll.status)).toEqual([206, 206, 200]);
    expect(polls[0]?.json.url).toBeNull();
    expect(polls[2]?.json.url).toMatch(/^https:/);
    expect((await post("Bild und Film", { media_ids: [image.json.id, video.json.id] })).json).toEqual({ error: "Cannot attach a video to a post that already contains images" });
    const posted = await post("Film", { media_ids: [video.json.id] });
    expect(posted.status).toBe(200);
    expect(posted.json.media_attachments).toHaveLength(1);
    expect((await call("GET", `/api/v1/media/${video.json.id}`)).status).toBe(404);
    const gif = await upload(await bytesOf("gif"), "image/gif", "bewegt.gif");
    expect(gif.status).toBe(202);
    expect(gif.json.type).toBe("gifv");
  });

  it("refuses unsupported, mislabelled and too many media with 422", async () => {
    const { fake, upload, post } = await open();
    const jpeg = (await fake.mediaStore.open(fake.media("image", 1))).bytes;
    expect((await upload(new Uint8Array([1, 2, 3]), "application/pdf", "a.pdf")).status).toBe(422);
    expect((await upload(jpeg, "image/png", "a.png")).status).toBe(422);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await upload(jpeg, "image/jpeg", `f${i}.jpg`)).json.id);
    expect((await post("Fünf", { media_ids: ids })).json).toEqual({ error: "Cannot attach more than 4 files" });
    expect((await post("Unbekannt", { media_ids: ["999"] })).status).toBe(422);
  });

  it("limits requests per token: 429 with X-RateLimit headers (reset with microseconds) and no Retry-After, until the window ends", async () => {
    const { call } = await open({ rateLimit: { requests: 3, windowMs: 60_000 } });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call("GET", "/api/v1/accounts/verify_credentials"));
    expect(answers.map((answer) => answer.headers.get("x-ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    const limited = answers[3];
    expect(limited?.status).toBe(429);
    expect(limited?.json).toEqual({ error: "Too many requests" });
    expect(limited?.headers.get("retry-after")).toBeNull();
    expect(limited?.headers.get("x-ratelimit-limit")).toBe("3");
    expect(limited?.headers.get("x-ratelimit-reset")).toBe("2027-04-01T08:01:00.000000Z");
    clock += 60_000;
    expect((await call("GET", "/api/v1/accounts/verify_credentials")).status).toBe(200);
  });

  it("limits media uploads to 30 per 30 minutes", async () => {
    const { fake, upload } = await open();
    const jpeg = (await fake.mediaStore.open(fake.media("image", 0))).bytes;
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push((await upload(jpeg, "image/jpeg", "f.jpg")).status);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it("pages notifications newest first, with min_id giving the ones immediately newer, and Link headers", async () => {
    const { fake, post, call } = await open();
    const own = (await post("Beitrag")).json;
    const received = [];
    for (let i = 0; i < 5; i++) {
      clock += 1000;
      received.push((await fake.control.receiveInteraction({ kind: "comment", text: `Frage ${i}`, inReplyToRemoteId: own.id, author: { handle: "@buerger@anderes.social", displayName: "Bürger" } })).remoteId);
    }
    const all = (await call("GET", "/api/v1/notifications?types[]=mention")).json;
    expect(all.map((n: any) => n.status.id)).toEqual([...received].reverse());
    const ids: string[] = all.map((n: any) => n.id).reverse(); // oldest first
    const oldest = await call("GET", `/api/v1/notifications?types[]=mention&limit=2&min_id=0`);
    expect(oldest.json.map((n: any) => n.id)).toEqual([ids[1], ids[0]]);
    const next = await call("GET", `/api/v1/notifications?types[]=mention&limit=2&min_id=${ids[1]}`);
    expect(next.json.map((n: any) => n.id)).toEqual([ids[3], ids[2]]);
    expect(next.headers.get("link")).toBe(
      `<${fake.url}/api/v1/notifications?types%5B%5D=mention&limit=2&max_id=${ids[2]}>; rel="next", <${fake.url}/api/v1/notifications?types%5B%5D=mention&limit=2&min_id=${ids[3]}>; rel="prev"`,
    );
    const newest = await call("GET", "/api/v1/notifications?limit=2");
    expect(newest.json.map((n: any) => n.id)).toEqual([ids[4], ids[3]]);
    expect((await call("GET", `/api/v1/notifications?max_id=${ids[1]}`)).json.map((n: any) => n.id)).toEqual([ids[0]]);
    expect((await call("GET", "/api/v1/notifications?exclude_types[]=mention")).json).toEqual([]);
    const first = all[4];
    expect(first).toMatchObject({ type: "mention", group_key: `ungrouped-${first.id}`, account: { acct: "buerger@anderes.social", display_name: "Bürger" } });
    expect(first.status.content).toBe('<p><span class="h-card" translate="no"><a href="https://social.example/@musterstadt" class="u-url mention">@<span>musterstadt</span></a></span> Frage 0</p>');
    expect(first.status).toMatchObject({ in_reply_to_id: own.id, in_reply_to_account_id: fake.account.id, visibility: "public" });
    expect(first.status.mentions).toEqual([{ id: fake.account.id, username: "musterstadt", acct: "musterstadt", url: "https://social.example/@musterstadt" }]);
  });

  it("makes a direct message a direct status, and an author without host a local account", async () => {
    const { fake, call } = await open();
    const { remoteId } = await fake.control.receiveInteraction({ kind: "direct-message", text: "Privat\n\nZweiter Absatz", author: { handle: "@anwohnerin" } });
    const status = (await call("GET", `/api/v1/statuses/${remoteId}`)).json;
    expect(status.visibility).toBe("direct");
    expect(status.account.acct).toBe("anwohnerin");
    expect(status.content).toBe('<p><span class="h-card" translate="no"><a href="https://social.example/@musterstadt" class="u-url mention">@<span>musterstadt</span></a></span> Privat</p><p>Zweiter Absatz</p>');
  });

  it("pages the account's statuses newest first, min_id immediately after, with Link headers", async () => {
    const { fake, post, call } = await open();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock += 1000;
      ids.push((await post(`Beitrag ${i}`)).json.id);
    }
    const path = `/api/v1/accounts/${fake.account.id}/statuses`;
    const newest = await call("GET", `${path}?limit=2&exclude_reblogs=true`);
    expect(newest.json.map((s: any) => s.id)).toEqual([ids[4], ids[3]]);
    expect(newest.headers.get("link")).toBe(`<${fake.url}${path}?limit=2&exclude_reblogs=true&max_id=${ids[3]}>; rel="next", <${fake.url}${path}?limit=2&exclude_reblogs=true&min_id=${ids[4]}>; rel="prev"`);
    expect((await call("GET", `${path}?limit=2&min_id=${ids[0]}`)).json.map((s: any) => s.id)).toEqual([ids[2], ids[1]]);
    expect((await call("GET", `${path}?since_id=${ids[2]}`)).json.map((s: any) => s.id)).toEqual([ids[4], ids[3]]);
    const last = await call("GET", `${path}?limit=40&max_id=${ids[1]}`);
    expect(last.json.map((s: any) => s.id)).toEqual([ids[0]]);
    expect(last.headers.get("link")).not.toContain('rel="next"');
    // A Snowflake made of a time starts a listing at that time.
    const since = String(BigInt(START + 3000) << 16n);
    expect((await call("GET", `${path}?min_id=${since}`)).json.map((s: any) => s.id)).toEqual([ids[4], ids[3], ids[2]]);
  });

  it("fails the next request of an operation once, as asked: 503 HTML, 429 with a reset, 401", async () => {
    const { fake, post, call } = await open();
    fake.control.failNext("publish", "retryable");
    fake.control.failNext("reply", "authentication");
    fake.control.failNext("fetchInteractions", "rate-limited", { retryAfterMs: 90_000 });
    // Another operation's request is not affected.
    expect((await call("GET", "/api/v1/accounts/verify_credentials")).status).toBe(200);
    const unavailable = await post("Eins");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("content-type")).toMatch(/^text\/html/);
    expect(unavailable.text).toBe("<html><body><h1>503 Service Unavailable</h1></body></html>");
    const own = await post("Eins");
    expect(own.status).toBe(200);
    expect((await post("Antwort", { in_reply_to_id: own.json.id })).json).toEqual({ error: "The access token is invalid" });
    const limited = await call("GET", "/api/v1/notifications");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("x-ratelimit-reset")).toBe("2027-04-01T08:01:30.000000Z");
    expect(limited.headers.get("retry-after")).toBeNull();
    expect((await call("GET", "/api/v1/notifications")).status).toBe(200);
    fake.control.failNext("lookup", "retryable");
    expect((await call("GET", `/api/v1/statuses/${own.json.id}`)).status).toBe(503);
    fake.control.failNext("fetchMetrics", "retryable");
    expect((await call("GET", `/api/v1/accounts/${fake.account.id}`)).status).toBe(503);
  });

  it("answers unknown routes with 404 Record not found", async () => {
    const { call } = await open();
    const reply = await call("GET", "/api/v1/nothing-here");
    expect(reply.json).toEqual({ error: "Record not found" });
    expect(reply.status).toBe(404);
    // Not in the API: the contract check notes the request (when the contract is there).
    const fake = running.at(-1);
    if (fake && fake.contractMissing === undefined) expect(fake.contractProblems()).toEqual(["GET /api/v1/nothing-here is not in the Mastodon API description"]);
    // Closed here: the afterEach would count the noted request as a failure.
    running.pop();
    await fake?.close();
  });

  describe("the Mastodon API contract", () => {
    contractTest("every answer of the fake, on every route, keeps the contract", async () => {
      const { fake, post, call, upload } = await open({ mediaProcessingPolls: 1, rateLimit: { requests: 2, windowMs: 60_000 } });
      expect(fake.contractMissing).toBeUndefined();
      clock = START;
      await call("GET", "/api/v2/instance", { token: null });
      await call("GET", "/api/v1/accounts/verify_credentials", { token: "wrong" });
      await call("GET", "/api/v1/accounts/verify_credentials");
      await call("GET", "/api/v1/accounts/verify_credentials");
      await call("GET", "/api/v1/accounts/verify_credentials"); // over the budget of 2: a 429
      clock += 60_000;
      const jpeg = (await fake.mediaStore.open(fake.media("image", 0))).bytes;
      const mp4 = (await fake.mediaStore.open(fake.media("video", 0))).bytes;
      const steps: (() => Promise<Reply>)[] = [
        () => upload(jpeg, "image/jpeg", "a.jpg"),
        () => upload(mp4, "video/mp4", "a.mp4"),
        () => upload(jpeg, "image/png", "a.png"),
      ];
      const uploads = [];
      for (const step of steps) {
        uploads.push(await step());
        clock += 60_000;
      }
      const [image, video] = uploads;
      await call("GET", `/api/v1/media/${video?.json.id}`);
      await call("GET", `/api/v1/media/${video?.json.id}`);
      clock += 60_000;
      const own = (await post("Hallo @musterstadt #Test https://example.org", { media_ids: [image?.json.id] }, "k1")).json;
      await post("x".repeat(600));
      clock += 60_000;
      const { remoteId } = await fake.control.receiveInteraction({ kind: "comment", text: "Frage?", inReplyToRemoteId: own.id, author: { handle: "@buerger@anderes.social" } });
      await post("Antwort", { in_reply_to_id: remoteId });
      clock += 60_000;
      await call("GET", `/api/v1/statuses/${own.id}`);
      await call("GET", `/api/v1/statuses/${own.id}/source`);
      clock += 60_000;
      await call("GET", `/api/v1/accounts/${fake.account.id}/statuses?limit=1&exclude_replies=false`);
      await call("GET", `/api/v1/notifications?types[]=mention&limit=80&include_filtered=true`);
      clock += 60_000;
      await call("GET", `/api/v1/accounts/${fake.account.id}`);
      await call("DELETE", `/api/v1/statuses/${own.id}`);
      clock += 60_000;
      await call("DELETE", `/api/v1/statuses/${own.id}`);
      fake.control.failNext("readProfile", "authentication");
      await call("GET", "/api/v1/accounts/verify_credentials");
      expect(fake.requests.map((request) => request.status)).toContain(429);
      expect(fake.requests.map((request) => request.status)).toContain(206);
      expect(fake.contractProblems()).toEqual([]);
    });

    contractTest("notes requests that break the contract", async () => {
      const { fake, call } = await open();
      await call("GET", "/api/v1/notifications?cursor=5&types[]=nonsense");
      await call("POST", "/api/v1/statuses", { json: { status: "x", visibility: "everyone" } });
      const problems = fake.contractProblems();
      expect(problems).toContain("GET /api/v1/notifications: query parameter cursor is not documented");
      expect(problems.some((problem) => problem.startsWith("GET /api/v1/notifications: query parameter types: /0 must be equal to one of the allowed values"))).toBe(true);
      expect(problems.some((problem) => problem.startsWith("POST /api/v1/statuses: body /visibility must be equal to one of the allowed values"))).toBe(true);
      running.pop();
      await fake.close();
    });
  });
});
