// Attacks on the Bluesky adapter: an unlucky town hall and a hostile network,
// against a REAL local Bluesky network (PLC, PDS, AppView) through the
// failing proxy, and tiny XRPC servers of our own for answers the real PDS
// cannot give. A test that fails here names a defect; its comment says what a
// town hall would see go wrong.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AtpAgent } from "@atproto/api";
import { createMemoryStore, type Logger } from "@kommune-sm/core";
import { createMemorySecrets, NetworkError, type AdapterCallContextV1, type ChannelRefV1, type CredentialsV1, type InteractionV1, type PublishRequestV1 } from "@kommune-sm/network";
import { afterAll, describe, expect, it } from "vitest";
import { createBlueskyAdapter } from "./bluesky-adapter.js";
import { connectBlueskyAccount, disconnectBlueskyAccount } from "./bluesky-connect.js";
import { recordKeyFor } from "./record-key.js";
import { startLocalBluesky, uniqueTestHandle, type LocalBluesky, type LocalBlueskyAccount } from "./test-support/local-bluesky.js";
import { startXrpcProxy, type XrpcProxy } from "./test-support/xrpc-proxy.js";

const POST = "app.bsky.feed.post";

// One network for the whole file (the machine is small).
const network: LocalBluesky = await startLocalBluesky();
const proxy: XrpcProxy = await startXrpcProxy({ target: network.pdsUrl });
const town: LocalBlueskyAccount = await network.createAccount("musterstadt");
const citizen: LocalBlueskyAccount = await network.createAccount("anwohnerin");
const reader = new AtpAgent({ service: network.pdsUrl });
afterAll(async () => {
  await proxy.close();
  await network.close();
}, 60_000);

/** A logger that keeps every line, to look for secrets in it. */
function recordingLogger(lines: string[] = []): Logger {
  const log = (level: string) => (message: string, fields?: object) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error"), child: () => logger };
  return logger;
}

async function sessionOf(account: LocalBlueskyAccount): Promise<CredentialsV1> {
  const { data } = await new AtpAgent({ service: network.pdsUrl }).com.atproto.server.createSession({ identifier: account.handle, password: account.appPassword });
  return { accessToken: data.accessJwt, refreshToken: data.refreshJwt };
}

const townCredentials = await sessionOf(town);

function contextFor(credentials: CredentialsV1, lines: string[] = []): AdapterCallContextV1 {
  return { credentials, signal: AbortSignal.timeout(60_000), now: () => Date.now(), logger: recordingLogger(lines) };
}

function channelOf(account: { did: string; handle: string }, service = proxy.url): ChannelRefV1 {
  return { id: "bluesky-main", handle: `@${account.handle}`, options: { service, did: account.did } };
}

function publishRequest(idempotencyKey: string, text: string, extra: Partial<PublishRequestV1> = {}): PublishRequestV1 {
  return { deliveryId: idempotencyKey, idempotencyKey, channel: channelOf(town), text, language: "de-DE", media: [], links: [], hashtags: [], options: {}, ...extra };
}

const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function recordAt(uri: string): Promise<{ uri: string; cid: string; value: Record<string, unknown> } | undefined> {
  const [, , repo, collection, rkey] = uri.split("/");
  try {
    const { data } = await reader.com.atproto.repo.getRecord({ repo: repo!, collection: collection!, rkey: rkey! });
    return { uri: data.uri, cid: data.cid!, value: data.value as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/** A citizen's answer to `parentUri` (root taken from the parent), with a createdAt of its own choosing. */
async function citizenReply(author: LocalBlueskyAccount, parentUri: string, text: string, createdAt = new Date().toISOString()): Promise<string> {
  const parent = await recordAt(parentUri);
  if (!parent) throw new Error(`no parent ${parentUri}`);
  const parentRef = { uri: parent.uri, cid: parent.cid };
  const root = (parent.value["reply"] as { root?: { uri: string; cid: string } } | undefined)?.root ?? parentRef;
  const { data } = await author.agent.com.atproto.repo.createRecord({ repo: author.did, collection: POST, record: { $type: POST, text, createdAt, reply: { root, parent: parentRef } } });
  return data.uri;
}

async function rejection(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    expect(NetworkError.isNetworkError(error)).toBe(true);
    return error as NetworkError;
  }
  throw new Error("expected the call to fail, it succeeded");
}

/** Reads every interaction after `cursor`, page by page, until a page is empty. */
async function drain(adapter: ReturnType<typeof createBlueskyAdapter>, channel: ChannelRefV1, credentials: CredentialsV1, cursor: string | undefined, limit: number, rounds = 20): Promise<{ seen: InteractionV1[]; cursor: string | undefined }> {
  const seen: InteractionV1[] = [];
  for (let round = 0; round < rounds; round++) {
    const page = await adapter.fetchInteractions({ channel, limit, ...(cursor !== undefined ? { cursor } : {}) }, contextFor(credentials));
    if (page.interactions.length === 0) break;
    seen.push(...page.interactions);
    cursor = page.nextCursor;
  }
  return { seen, cursor };
}

/** A fresh town account (notifications of one test do not leak into another), with its session. */
async function freshTown(name: string): Promise<{ account: LocalBlueskyAccount; credentials: CredentialsV1; channel: ChannelRefV1; post: string }> {
  const account = await network.createAccount(name);
  const credentials = await sessionOf(account);
  const channel = channelOf(account);
  const adapter = createBlueskyAdapter();
  const { remoteId } = await adapter.publish({ ...publishRequest(unique("thread"), "Die Bürgersprechstunde ist am Dienstag."), channel }, contextFor(credentials));
  await network.processAll();
  return { account, credentials, channel, post: remoteId };
}

/** A tiny XRPC server on the loopback; `answer` decides every request. */
async function fakePds(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; server: Server; seen: { url: string; authorization?: string }[] }> {
  const seen: { url: string; authorization?: string }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ url: req.url ?? "", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

describe("idempotency", () => {
  const adapter = createBlueskyAdapter();

  it("the same key twice at once makes one post, and both calls name it", async () => {
    const key = unique("concurrent");
    const [a, b] = await Promise.all([adapter.publish(publishRequest(key, "Stadtfest am Samstag."), contextFor(townCredentials)), adapter.publish(publishRequest(key, "Stadtfest am Samstag."), contextFor(townCredentials))]);
    expect(a.remoteId).toBe(b.remoteId);
    expect(a.remoteId.endsWith(`/${recordKeyFor(key)}`)).toBe(true);
  }, 60_000);

  it("the same key with another text returns the first post and never writes the second text", async () => {
    const key = unique("changed-text");
    const first = await adapter.publish(publishRequest(key, "Erste Fassung."), contextFor(townCredentials));
    const second = await adapter.publish(publishRequest(key, "Zweite Fassung, korrigiert."), contextFor(townCredentials));
    expect(second.remoteId).toBe(first.remoteId);
    expect((await recordAt(first.remoteId))?.value["text"]).toBe("Erste Fassung.");
    expect(second.publishedAt).toBe(first.publishedAt);
  }, 60_000);

  it("a publish whose answer was lost, repeated, finds the first post; lookup finds it too", async () => {
    const key = unique("lost");
    proxy.failNext("publish", "lost");
    const lost = await rejection(adapter.publish(publishRequest(key, "Antwort verloren."), contextFor(townCredentials)));
    expect(lost.kind).toBe("retryable");
    const looked = await adapter.lookup({ channel: channelOf(town), idempotencyKey: key, text: "Antwort verloren.", notBefore: new Date(Date.now() - 60_000).toISOString(), notAfter: new Date().toISOString() }, contextFor(townCredentials));
    expect(looked.status).toBe("found");
    const again = await adapter.publish(publishRequest(key, "Antwort verloren."), contextFor(townCredentials));
    expect(looked.status === "found" && looked.remoteId).toBe(again.remoteId);
    const all = await town.agent.com.atproto.repo.listRecords({ repo: town.did, collection: POST, limit: 100 });
    expect(all.data.records.filter((record) => record.uri === again.remoteId)).toHaveLength(1);
  }, 60_000);

  it("the whole PDS in 'lost' mode: every repeat is retryable, and once it answers there is exactly one post", async () => {
    const key = unique("lost-mode");
    proxy.mode = "lost";
    try {
      for (let attempt = 0; attempt < 3; attempt++) expect((await rejection(adapter.publish(publishRequest(key, "Dreimal versucht."), contextFor(townCredentials)))).kind).toBe("retryable");
    } finally {
      proxy.mode = "up";
    }
    const done = await adapter.publish(publishRequest(key, "Dreimal versucht."), contextFor(townCredentials));
    expect((await recordAt(done.remoteId))?.value["text"]).toBe("Dreimal versucht.");
  }, 60_000);

  // Documents what happens (README promises "a repeat can never make a second one" and does not
  // mention deletion): after a delete, a publish with the same key writes the post again, under the
  // very same at:// URI (a new cid), and lookup answers `not-found` in between. A town hall that
  // deleted a post and whose engine still holds a retry of its delivery sees the post come back.
  it("documents: delete, then publish with the same key again → the post is back under the same URI", async () => {
    const key = unique("resurrect");
    const first = await adapter.publish(publishRequest(key, "Wird gelöscht."), contextFor(townCredentials));
    await adapter.delete({ channel: channelOf(town), remoteId: first.remoteId }, contextFor(townCredentials));
    // A repeated delete (answer lost) is no error.
    await adapter.delete({ channel: channelOf(town), remoteId: first.remoteId }, contextFor(townCredentials));
    const looked = await adapter.lookup({ channel: channelOf(town), idempotencyKey: key, text: "Wird gelöscht.", notBefore: new Date(Date.now() - 60_000).toISOString(), notAfter: new Date().toISOString() }, contextFor(townCredentials));
    expect(looked.status).toBe("not-found");
    const again = await adapter.publish(publishRequest(key, "Wird gelöscht."), contextFor(townCredentials));
    expect(again.remoteId).toBe(first.remoteId);
    expect(await recordAt(first.remoteId)).toBeDefined();
  }, 60_000);

  // DEFECT (low severity, hardening): on InvalidSwap writePost hands back whatever record sits at
  // the key's record key, without checking that it is the same kind of post. The engine's keys
  // ("ksm-<id>", "ksm-reply-<id>") do not collide today, but a key reused by another installation
  // on the same account (a staging copy, a second tenant) makes a reply "succeed" with a top-level
  // post: the citizen never gets an answer and the inbox shows the question as answered.
  it("publish and reply with the same idempotency key do not hand back each other's post", async () => {
    const key = unique("shared");
    const post = await adapter.publish(publishRequest(key, "Ein Beitrag."), contextFor(townCredentials));
    await network.processAll();
    const answer = citizenReply(citizen, post.remoteId, "Eine Frage?");
    const question = await answer;
    await network.processAll();
    const reply = await adapter.reply({ channel: channelOf(town), inReplyToRemoteId: question, text: "Eine Antwort.", idempotencyKey: key }, contextFor(townCredentials)).catch((error: unknown) => error);
    // Either refused, or a real answer: never the first post passed off as the reply.
    if (!(reply instanceof Error)) expect((reply as { remoteId: string }).remoteId).not.toBe(post.remoteId);
  }, 60_000);
});

describe("replies", () => {
  const adapter = createBlueskyAdapter();

  it("an answer to a citizen's answer keeps the town's post as the thread root", async () => {
    const post = await adapter.publish(publishRequest(unique("root"), "Baustelle Hauptstraße."), contextFor(townCredentials));
    await network.processAll();
    const question = await citizenReply(citizen, post.remoteId, "Wie lange noch?");
    await network.processAll();
    const reply = await adapter.reply({ channel: channelOf(town), inReplyToRemoteId: question, text: "Bis Ende Mai.", idempotencyKey: unique("r") }, contextFor(townCredentials));
    const record = (await recordAt(reply.remoteId))!.value as { reply: { root: { uri: string }; parent: { uri: string } } };
    expect(record.reply.root.uri).toBe(post.remoteId);
    expect(record.reply.parent.uri).toBe(question);
    // and an answer to our own answer: root still the post
    await network.processAll();
    const follow = await adapter.reply({ channel: channelOf(town), inReplyToRemoteId: reply.remoteId, text: "Nachtrag: bis 31. Mai.", idempotencyKey: unique("r") }, contextFor(townCredentials));
    expect(((await recordAt(follow.remoteId))!.value as { reply: { root: { uri: string } } }).reply.root.uri).toBe(post.remoteId);
  }, 60_000);

  it("an answer to a post the citizen deleted is not-found and writes nothing", async () => {
    const post = await adapter.publish(publishRequest(unique("del-parent"), "Umfrage zum Spielplatz."), contextFor(townCredentials));
    await network.processAll();
    const question = await citizenReply(citizen, post.remoteId, "Schon wieder gelöscht.");
    await citizen.agent.com.atproto.repo.deleteRecord({ repo: citizen.did, collection: POST, rkey: question.split("/").pop()! });
    await network.processAll();
    const key = unique("r");
    const failure = await rejection(adapter.reply({ channel: channelOf(town), inReplyToRemoteId: question, text: "Danke!", idempotencyKey: key }, contextFor(townCredentials)));
    expect(failure.kind).toBe("not-found");
    expect(await recordAt(`at://${town.did}/${POST}/${recordKeyFor(key)}`)).toBeUndefined();
  }, 60_000);
});

describe("rich text", () => {
  const adapter = createBlueskyAdapter();

  it("facets hit the right UTF-8 bytes after emoji, ZWJ sequences, flags and umlauts; hashtags keep their umlauts", async () => {
    const link = "https://example.org/straße?x=1";
    const text = `Grüße 👨‍👩‍👧‍👦 aus Köln 🇩🇪 – Infos: ${link} und danke @${citizen.handle} #Straßenfest`;
    const { remoteId } = await adapter.publish(publishRequest(unique("facets"), text), contextFor(townCredentials));
    const record = (await recordAt(remoteId))!.value as { text: string; facets: { index: { byteStart: number; byteEnd: number }; features: Record<string, unknown>[] }[] };
    expect(record.text).toBe(text);
    const bytes = Buffer.from(text, "utf8");
    const byKind = new Map(record.facets.map((facet) => [String(facet.features[0]!["$type"]), { slice: bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString("utf8"), feature: facet.features[0]! }]));
    expect(byKind.get("app.bsky.richtext.facet#link")).toMatchObject({ slice: link, feature: { uri: link } });
    expect(byKind.get("app.bsky.richtext.facet#mention")).toMatchObject({ slice: `@${citizen.handle}`, feature: { did: citizen.did } });
    expect(byKind.get("app.bsky.richtext.facet#tag")).toMatchObject({ slice: "#Straßenfest", feature: { tag: "Straßenfest" } });
  }, 60_000);

  // DEFECT: a post that names a handle that is not on Bluesky (a typo, or a partner's domain
  // written as "@stadtwerke-musterstadt.de") is refused as rejected-content: RichText.detectFacets
  // sets the mention's did to "" when it cannot resolve the handle, and the PDS refuses a facet
  // whose did is not a DID. The town hall's post never goes out, although the adapter's own comment
  // promises "one it cannot resolve stays plain text".
  it("a mention of a handle that does not exist stays plain text and the post goes out", async () => {
    const text = "Danke an @niemand-zz9q.test für die Hilfe beim Aufbau!";
    const result = await adapter.publish(publishRequest(unique("ghost-mention"), text), contextFor(townCredentials));
    const record = (await recordAt(result.remoteId))!.value as { text: string; facets?: { features: { did?: string }[] }[] };
    expect(record.text).toBe(text);
    for (const facet of record.facets ?? []) for (const feature of facet.features) expect(feature.did).not.toBe("");
  }, 90_000);

  it("300 graphemes but more than 3000 bytes is refused as rejected-content, and nothing is written", async () => {
    const text = "👨‍👩‍👧‍👦".repeat(150);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3000);
    const key = unique("bytes");
    const failure = await rejection(adapter.publish(publishRequest(key, text), contextFor(townCredentials)));
    expect(failure.kind).toBe("rejected-content");
    expect(await recordAt(`at://${town.did}/${POST}/${recordKeyFor(key)}`)).toBeUndefined();
  }, 60_000);

  // DEFECT: the link card takes `links[0]` as it is. A `javascript:` (or `data:`, `file:`) address
  // becomes an app.bsky.embed.external card that Bluesky clients render as a clickable card; a
  // town hall whose editor pasted such a "link" (or whose text was hijacked) publishes a script link
  // under its name. Only http(s) links should get a card.
  it("a javascript: link never becomes a link card", async () => {
    const link = "javascript:alert(document.cookie)";
    const result = await adapter.publish(publishRequest(unique("js-card"), "Mehr Infos im Link.", { links: [link] }), contextFor(townCredentials)).catch((error: unknown) => error);
    if (result instanceof Error) return; // refusing the post is fine too
    const record = (await recordAt((result as { remoteId: string }).remoteId))!.value as { embed?: { external?: { uri?: string } } };
    expect(record.embed?.external?.uri ?? "").not.toMatch(/^javascript:/i);
  }, 60_000);

  it("a very long link as card either goes out or is refused as rejected-content, never anything else", async () => {
    const link = `https://example.org/${"a".repeat(10_000)}`;
    const result = await adapter.publish(publishRequest(unique("long-card"), "Langer Link.", { links: [link] }), contextFor(townCredentials)).catch((error: unknown) => error);
    if (result instanceof Error) expect((result as NetworkError).kind).toBe("rejected-content");
  }, 60_000);
});

describe("notifications", () => {
  // DEFECT: Bluesky's notification `indexedAt` is the record's sortAt, min(createdAt, indexedAt):
  // the CITIZEN's clock. A reply written a few seconds "earlier" than one already handed out (a
  // phone clock a little behind, a post sent on reconnecting) lands below the adapter's cursor and
  // is never handed out: the town hall never sees the citizen's question, and nobody answers it.
  it("a citizen's reply that arrives late with an earlier createdAt is still handed out", async () => {
    const { credentials, channel, post } = await freshTown("late");
    const adapter = createBlueskyAdapter();
    const other = await network.createAccount("frueh");
    const firstAt = new Date();
    await citizenReply(citizen, post, "Erste Frage.", firstAt.toISOString());
    await network.processAll();
    const first = await drain(adapter, channel, credentials, undefined, 50);
    expect(first.seen.map((item) => item.text)).toEqual(["Erste Frage."]);
    // Written 5 s before the first one by its (slow) author's clock, indexed after our read.
    await citizenReply(other, post, "Späte Frage.", new Date(firstAt.getTime() - 5_000).toISOString());
    await network.processAll();
    const second = await drain(adapter, channel, credentials, first.cursor, 50);
    expect(second.seen.map((item) => item.text)).toEqual(["Späte Frage."]);
  }, 90_000);

  // DEFECT: notifications with the same indexedAt are cut into pages by uri, but Bluesky lists
  // them in its own order among equals; the adapter stops at the first one at or below the cursor
  // and loses the rest. A town hall reading small pages silently misses citizens' replies.
  it("several replies with the same indexedAt, read one per page, all arrive exactly once", async () => {
    const { credentials, channel, post } = await freshTown("ties");
    const adapter = createBlueskyAdapter();
    const authors = [citizen, await network.createAccount("zweite"), await network.createAccount("dritte"), await network.createAccount("vierte"), await network.createAccount("fuenfte")];
    const same = new Date(Date.now() - 1_000).toISOString();
    for (const [index, author] of authors.entries()) await citizenReply(author, post, `Gleichzeitig ${index}`, same);
    await network.processAll();
    const { seen } = await drain(adapter, channel, credentials, undefined, 1);
    expect(seen.map((item) => item.text).sort()).toEqual(authors.map((_, index) => `Gleichzeitig ${index}`));
  }, 90_000);

  // DEFECT: a cursor that is not one of the adapter's (garbage, one from another adapter or
  // format version) is compared as a string: anything starting with a letter is "after" every
  // date, so every later read returns nothing and hands the garbage back: the inbox stays empty
  // for ever, without an error. It should be refused clearly (or read as no cursor).
  it("a garbage cursor is refused or ignored, never a silent empty inbox for ever", async () => {
    const { credentials, channel, post } = await freshTown("garbage");
    const adapter = createBlueskyAdapter();
    await citizenReply(citizen, post, "Hallo Rathaus!");
    await network.processAll();
    const result = await adapter.fetchInteractions({ channel, cursor: "garbage-cursor", limit: 10 }, contextFor(credentials)).catch((error: unknown) => error);
    if (result instanceof Error) {
      expect((result as NetworkError).kind).toBe("permanent");
      return;
    }
    expect((result as { interactions: InteractionV1[] }).interactions.map((item) => item.text)).toEqual(["Hallo Rathaus!"]);
  }, 60_000);

  it("a deleted citizen reply is not handed out; likes and the town's own answers are not interactions", async () => {
    const { account, credentials, channel, post } = await freshTown("deleted");
    const adapter = createBlueskyAdapter();
    const gone = await citizenReply(citizen, post, "Vergessen Sie das.");
    const kept = await citizenReply(citizen, post, "Diese Frage bleibt.");
    await citizen.agent.like(post, (await recordAt(post))!.cid);
    await citizen.agent.com.atproto.repo.deleteRecord({ repo: citizen.did, collection: POST, rkey: gone.split("/").pop()! });
    await network.processAll();
    // The town answers inside its own thread: its own answer must not come back as a message.
    await adapter.reply({ channel, inReplyToRemoteId: kept, text: `@${account.handle} Danke, wir kümmern uns.`, idempotencyKey: unique("own") }, contextFor(credentials));
    await network.processAll();
    const { seen } = await drain(adapter, channel, credentials, undefined, 50);
    expect(seen.map((item) => item.text)).toEqual(["Diese Frage bleibt."]);
    expect(seen[0]).toMatchObject({ kind: "comment", inReplyToRemoteId: post });
  }, 90_000);

  // DEFECT: when more notifications arrived since the cursor than `maxPages` pages hold, the
  // adapter never reaches the cursor, hands out the oldest of the NEWEST pages and moves its cursor
  // past everything between: the oldest replies are lost without an error. With the default (50
  // pages of 100) a post that goes viral over a weekend outage (likes and reposts fill the pages)
  // loses citizens' questions. Shown here with maxPages 2 and 230 replies.
  it("more notifications since the cursor than maxPages holds: none is lost", async () => {
    const { credentials, channel, post } = await freshTown("flood");
    const adapter = createBlueskyAdapter({ maxPages: 2 });
    await citizenReply(citizen, post, "Vorher.");
    await network.processAll();
    const before = await drain(adapter, channel, credentials, undefined, 50);
    expect(before.seen).toHaveLength(1);
    const parent = (await recordAt(post))!;
    const ref = { uri: parent.uri, cid: parent.cid };
    const base = Date.now();
    const writes = Array.from({ length: 230 }, (_, index) => ({
      $type: "com.atproto.repo.applyWrites#create" as const,
      collection: POST,
      value: { $type: POST, text: `Flut ${index}`, createdAt: new Date(base + index).toISOString(), reply: { root: ref, parent: ref } },
    }));
    for (let start = 0; start < writes.length; start += 100) await citizen.agent.com.atproto.repo.applyWrites({ repo: citizen.did, writes: writes.slice(start, start + 100) });
    await network.processAll();
    const after = await drain(adapter, channel, credentials, before.cursor, 100);
    expect(new Set(after.seen.map((item) => item.text)).size).toBe(230);
    // Each once; within a page oldest first. Across a flood larger than one call reads, the order is best effort.
    expect(after.seen).toHaveLength(230);
  }, 180_000);
});

describe("metrics", () => {
  const adapter = createBlueskyAdapter();

  it("a deleted post has no samples and no error; since in the future gives nothing", async () => {
    const post = await adapter.publish(publishRequest(unique("metrics"), "Wird gezählt, dann gelöscht."), contextFor(townCredentials));
    await network.processAll();
    await adapter.delete({ channel: channelOf(town), remoteId: post.remoteId }, contextFor(townCredentials));
    await network.processAll();
    const samples = await adapter.fetchMetrics({ channel: channelOf(town), since: new Date(Date.now() - 3_600_000).toISOString(), remoteIds: [post.remoteId] }, contextFor(townCredentials));
    expect(samples.filter((sample) => sample.remoteId !== undefined)).toEqual([]);
    expect(await adapter.fetchMetrics({ channel: channelOf(town), since: new Date(Date.now() + 86_400_000).toISOString() }, contextFor(townCredentials))).toEqual([]);
  }, 60_000);

  it("a remoteId that is not an at:// URI fails as a NetworkError naming it", async () => {
    const failure = await rejection(adapter.fetchMetrics({ channel: channelOf(town), since: new Date(0).toISOString(), remoteIds: ["https://bsky.app/profile/x/post/y"] }, contextFor(townCredentials)));
    expect(failure.message).toContain("https://bsky.app/profile/x/post/y");
  }, 60_000);

  it("delete of another account's post is refused and writes nothing", async () => {
    const theirs = await citizen.agent.post({ text: "Mein eigener Beitrag.", createdAt: new Date().toISOString() });
    const failure = await rejection(createBlueskyAdapter().delete({ channel: channelOf(town), remoteId: theirs.uri }, contextFor(townCredentials)));
    expect(failure.kind).toBe("permanent");
    expect(await recordAt(theirs.uri)).toBeDefined();
  }, 60_000);
});

describe("tokens", () => {
  const adapter = createBlueskyAdapter();
  const fakeToken = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOngiLCJleHAiOjE5MDAwMDAwMDB9.c2VjcmV0LXNpZ25hdHVyZS1vZi10aGUtdG93bg";
  const fakeDid = "did:plc:abcdefghijklmnopqrstuvwx";

  it("an expired access token fails as authentication and the adapter does not refresh by itself", async () => {
    const from = proxy.requests.length;
    proxy.failNext("publish", "authentication");
    const failure = await rejection(adapter.publish(publishRequest(unique("expired"), "Abgelaufen."), contextFor(townCredentials)));
    expect(failure.kind).toBe("authentication");
    expect(proxy.requests.slice(from).map((request) => request.nsid)).not.toContain("com.atproto.server.refreshSession");
  }, 60_000);

  it("refreshCredentials with a revoked refresh token fails as authentication, without the token in it", async () => {
    const credentials = await sessionOf(town);
    await fetch(`${network.pdsUrl}/xrpc/com.atproto.server.deleteSession`, { method: "POST", headers: { authorization: `Bearer ${credentials.refreshToken}` } });
    const lines: string[] = [];
    const { credentials: _unused, ...rest } = contextFor(credentials, lines);
    const failure = await rejection(adapter.refreshCredentials!(credentials, { ...rest, channel: channelOf(town) }));
    expect(failure.kind).toBe("authentication");
    expect(JSON.stringify({ message: failure.message, reason: failure.networkReason, lines })).not.toContain(credentials.refreshToken!);
  }, 60_000);

  // DEFECT: the PDS's own words go into the error message and networkReason unfiltered but for
  // `Bearer …`-shaped text; a PDS (or a proxy before it) that echoes the token bare, e.g. "bad jwt:
  // eyJ…", puts the town's live access token into the error that the engine stores, logs and
  // shows to the person who must act.
  it("a PDS that echoes the token: the token is in no error message, reason or log line", async () => {
    const pds = await fakePds((req, res) => json(res, 400, { error: "InvalidToken", message: `bad jwt: ${(req.headers.authorization ?? "").replace(/^Bearer /, "")}` }));
    try {
      const lines: string[] = [];
      const failure = await rejection(adapter.publish({ ...publishRequest(unique("echo"), "Hallo."), channel: channelOf({ did: fakeDid, handle: "musterstadt.test" }, pds.url) }, contextFor({ accessToken: fakeToken }, lines)));
      expect(failure.kind).toBe("authentication");
      expect(pds.seen.length).toBeGreaterThan(0);
      expect(JSON.stringify({ message: failure.message, reason: failure.networkReason ?? "", lines })).not.toContain(fakeToken);
    } finally {
      pds.server.close();
    }
  }, 30_000);

  it("a redirect to another host never carries the token there", async () => {
    const elsewhere = await fakePds((_req, res) => json(res, 200, { uri: `at://${fakeDid}/${POST}/3aaaaaaaaaaaa`, cid: "bafy" }));
    const pds = await fakePds((req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}${req.url ?? ""}` });
      res.end();
    });
    try {
      const result = await adapter.publish({ ...publishRequest(unique("redirect"), "Weiter."), channel: channelOf({ did: fakeDid, handle: "musterstadt.test" }, pds.url) }, contextFor({ accessToken: fakeToken })).catch((error: unknown) => error);
      expect(result).toBeInstanceOf(Error);
      expect(elsewhere.seen.filter((request) => request.authorization !== undefined)).toEqual([]);
    } finally {
      pds.server.close();
      elsewhere.server.close();
    }
  }, 30_000);

  it.each([
    ["nested under bluesky", { bluesky: { service: "https://bsky.social", did: fakeDid } }],
    ["service a number", { service: 443, did: fakeDid }],
    ["service with credentials", { service: "https://user:pw@bsky.social", did: fakeDid }],
    ["plain http to another host", { service: "http://bsky.social", did: fakeDid }],
    ["did a handle", { service: "https://bsky.social", did: "musterstadt.bsky.social" }],
    ["null options", null],
  ])("channel options of the wrong shape (%s) fail as permanent, naming the field, without a request", async (_name, options) => {
    const failure = await rejection(adapter.readProfile({ channel: { id: "bluesky-main", handle: "@x", options: options as unknown as Record<string, unknown> } }, contextFor({ accessToken: fakeToken })));
    expect(failure.kind).toBe("permanent");
    expect(failure.message).toMatch(/channel\.options\.bluesky\./);
    expect(failure.message).not.toContain("pw");
  });
});

describe("connecting and disconnecting", () => {
  const target = () => ({ store: createMemoryStore().tenant("musterstadt"), secrets: createMemorySecrets(), channelId: "bluesky-main" });

  it("the account's own password is refused before anything is sent", async () => {
    const from = proxy.requests.length;
    const failure = await rejection(connectBlueskyAccount({ service: proxy.url, identifier: town.handle, appPassword: town.password }, target()));
    expect(failure.kind).toBe("permanent");
    expect(failure.message).not.toContain(town.password);
    expect(proxy.requests.slice(from)).toEqual([]);
  });

  // DEFECT: the guard against the main password only looks at its SHAPE. A main password that
  // happens to look like an app password (password managers make "xxxx-xxxx-xxxx-xxxx"
  // passwords) logs in with a full-access session, stored in the secrets port, although the
  // README promises "never the account's own password". The PDS says which it was: the access
  // token's `scope` is "com.atproto.appPass" for an app password and "com.atproto.access" for
  // the main one; the adapter should refuse (and delete) a full-access session.
  it("a main password shaped like an app password is refused too", async () => {
    const handle = uniqueTestHandle("hauptpw");
    const password = "abcd-efgh-ijkl-mnop";
    await new AtpAgent({ service: network.pdsUrl }).createAccount({ handle, email: `${handle.replace(/\.test$/, "")}@example.com`, password });
    const t = target();
    const result = await connectBlueskyAccount({ service: proxy.url, identifier: handle, appPassword: password }, t).catch((error: unknown) => error);
    expect(result).toBeInstanceOf(Error);
    expect(await t.secrets.get({ organisationId: "musterstadt", channelId: "bluesky-main" })).toBeUndefined();
  }, 60_000);

  it("a wrong app password: authentication with a clear message, without the secret", async () => {
    const wrong = "zzzz-yyyy-xxxx-wwww";
    const failure = await rejection(connectBlueskyAccount({ service: proxy.url, identifier: town.handle, appPassword: wrong }, target()));
    expect(failure.kind).toBe("authentication");
    expect(failure.message).toMatch(/app password/);
    expect(JSON.stringify({ m: failure.message, r: failure.networkReason ?? "" })).not.toContain(wrong);
  }, 60_000);

  it("a PDS that is down: retryable, no secret in the message, nothing stored", async () => {
    const t = target();
    proxy.mode = "down";
    try {
      const failure = await rejection(connectBlueskyAccount({ service: proxy.url, identifier: town.handle, appPassword: town.appPassword }, t));
      expect(failure.kind).toBe("retryable");
      expect(failure.message).not.toContain(town.appPassword);
    } finally {
      proxy.mode = "up";
    }
    expect(await t.secrets.get({ organisationId: "musterstadt", channelId: "bluesky-main" })).toBeUndefined();
    expect(await t.store.channels.get("bluesky-main")).toBeUndefined();
  }, 60_000);

  it("disconnect while the PDS is down: revoked false, tokens forgotten, channel off", async () => {
    const t = target();
    await connectBlueskyAccount({ service: proxy.url, identifier: town.handle, appPassword: town.appPassword }, t);
    const ref = { organisationId: "musterstadt", channelId: "bluesky-main" };
    expect(await t.secrets.get(ref)).toBeDefined();
    proxy.mode = "down";
    try {
      expect(await disconnectBlueskyAccount(t)).toEqual({ revoked: false });
    } finally {
      proxy.mode = "up";
    }
    expect(await t.secrets.get(ref)).toBeUndefined();
    expect((await t.store.channels.get("bluesky-main"))?.active).toBe(false);
  }, 60_000);

  it("disconnect while the PDS is up revokes the refresh token for real", async () => {
    const t = target();
    await connectBlueskyAccount({ service: proxy.url, identifier: town.handle, appPassword: town.appPassword }, t);
    const ref = { organisationId: "musterstadt", channelId: "bluesky-main" };
    const stored = (await t.secrets.get(ref))!;
    expect(await disconnectBlueskyAccount(t)).toEqual({ revoked: true });
    const channel = channelOf(town);
    const { credentials: _unused, ...rest } = contextFor(stored);
    expect((await rejection(createBlueskyAdapter().refreshCredentials!(stored, { ...rest, channel }))).kind).toBe("authentication");
  }, 60_000);
});
