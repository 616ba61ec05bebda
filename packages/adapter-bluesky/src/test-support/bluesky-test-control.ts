import { AtpAgent } from "@atproto/api";
import type { AdapterOperation, AdapterTestControl, NetworkPostRecord, NetworkReplyRecord, SimulatedInteraction } from "@kommune-sm/network/testkit";
import type { LocalBluesky, LocalBlueskyAccount } from "./local-bluesky.js";
import type { ProxyFailureOptions } from "./xrpc-failures.js";
import type { ProxyFailureKind, XrpcProxy } from "./xrpc-proxy.js";

/*
 * The conformance kit's control over a local Bluesky network: failures go
 * through the proxy in front of the PDS, citizens are real accounts on the
 * network, and what the network holds is read from our account's repository
 * (com.atproto.repo.listRecords) on the PDS directly, never through the proxy,
 * so that reading it cannot use up an injected failure.
 */

const POST = "app.bsky.feed.post";

/** Our account, as the control needs it. */
export interface ControlledAccount {
  readonly did: string;
  readonly handle: string;
}

/** What {@link createBlueskyTestControl} needs. */
export interface BlueskyTestControlOptions {
  readonly network: LocalBluesky;
  readonly proxy: XrpcProxy;
  /** The account the adapter posts as. */
  readonly account: ControlledAccount;
}

/** A post record of our repository, as the control reads it. */
export interface BlueskyPostRecord extends NetworkPostRecord {
  /** The record's cid. */
  readonly cid: string;
  /** `reply.parent.uri`, when the post answers another. */
  readonly inReplyToRemoteId?: string;
  /** The record as stored (facets, embed, langs, labels, …). */
  readonly record: Readonly<Record<string, unknown>>;
}

/** The kit's control, with the proxy's extra failure kinds and what a citizen wrote. */
export interface BlueskyTestControl extends AdapterTestControl {
  failNext(operation: AdapterOperation, kind: ProxyFailureKind, options?: ProxyFailureOptions): void;
  receiveInteraction(interaction: SimulatedInteraction): Promise<{ readonly remoteId: string }>;
  published(): Promise<readonly BlueskyPostRecord[]>;
  replies(): Promise<readonly NetworkReplyRecord[]>;
  /** Every post record of our repository, answers included, oldest first. */
  posts(): Promise<readonly BlueskyPostRecord[]>;
  /** The citizen account made for an author's handle (`"@anwohnerin"`), once it wrote something. */
  citizen(handle: string): LocalBlueskyAccount | undefined;
}

/** `at://<did>/<collection>/<rkey>` split up; an error naming the value otherwise. */
function parseAtUri(uri: string): { repo: string; collection: string; rkey: string } {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(uri);
  if (!match) throw new Error(`inReplyToRemoteId must be the at:// URI of a post (at://<did>/app.bsky.feed.post/<rkey>), got ${JSON.stringify(uri)}.`);
  return { repo: match[1]!, collection: match[2]!, rkey: match[3]! };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `reply.parent.uri` of a post record, if any. */
function parentOf(record: Record<string, unknown>): string | undefined {
  const reply = record.reply;
  if (!isObject(reply) || !isObject(reply.parent)) return undefined;
  return typeof reply.parent.uri === "string" ? reply.parent.uri : undefined;
}

/** The key of a citizen: the handle without `@`, lowercase. */
const citizenKey = (handle: string): string => handle.replace(/^@/, "").toLowerCase();

/**
 * The control for the conformance kit (`AdapterTestControl`) over a local
 * network, a proxy in front of its PDS (the adapter's PDS URL is
 * `proxy.url`), and our account.
 *
 * receiveInteraction: the author (e.g. `"@anwohnerin"`) gets an account on
 * first use (`anwohnerin-<6 hex>.test`, with the display name, if given);
 * - `comment` / `reply`: a post answering `inReplyToRemoteId` (our post, or
 *   an answer in its thread), text as given: our account gets a `reply`
 *   notification;
 * - `mention`: a post whose text starts with `@<our handle> ` (a mention
 *   facet over it, as Bluesky's app writes it) followed by the text, and
 *   that answers `inReplyToRemoteId` when given: our account gets a
 *   `mention` notification (the AppView sends one notification per post and
 *   account, a mention before a reply). The adapter drops the leading
 *   mention to hand back the text as written;
 * - `direct-message`: refused (Bluesky's chat is a separate service the
 *   local network does not run).
 * It calls processAll() before the post (so that the AppView has indexed
 * the post answered, else the notification is lost) and after it.
 */
export function createBlueskyTestControl(options: BlueskyTestControlOptions): BlueskyTestControl {
  const { network, proxy, account } = options;
  // Reads go straight to the PDS; listRecords and getRecord need no login.
  const reader = new AtpAgent({ service: network.pdsUrl });
  const citizens = new Map<string, Promise<LocalBlueskyAccount>>();
  const made = new Map<string, LocalBlueskyAccount>();

  const citizenFor = (author: SimulatedInteraction["author"]): Promise<LocalBlueskyAccount> => {
    const key = citizenKey(author.handle);
    let citizen = citizens.get(key);
    if (!citizen) {
      citizen = (async () => {
        const created = await network.createAccount(key);
        if (author.displayName !== undefined) {
          await created.agent.com.atproto.repo.putRecord({
            repo: created.did,
            collection: "app.bsky.actor.profile",
            rkey: "self",
            record: { $type: "app.bsky.actor.profile", displayName: author.displayName },
          });
        }
        made.set(key, created);
        return created;
      })();
      citizen.catch(() => citizens.delete(key));
      citizens.set(key, citizen);
    }
    return citizen;
  };

  /** `{ root, parent }` for an answer to the post at `uri`. */
  const replyRefTo = async (uri: string) => {
    const { repo, collection, rkey } = parseAtUri(uri);
    const { data } = await reader.com.atproto.repo.getRecord({ repo, collection, rkey });
    if (data.cid === undefined) throw new Error(`The PDS gave no cid for ${uri}.`);
    const parent = { uri: data.uri, cid: data.cid };
    const value = data.value as Record<string, unknown>;
    const reply = isObject(value.reply) && isObject(value.reply.root) ? value.reply.root : undefined;
    const root = reply && typeof reply.uri === "string" && typeof reply.cid === "string" ? { uri: reply.uri, cid: reply.cid } : parent;
    return { root, parent };
  };

  const posts = async (): Promise<BlueskyPostRecord[]> => {
    const found: BlueskyPostRecord[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await reader.com.atproto.repo.listRecords({ repo: account.did, collection: POST, limit: 100, ...(cursor ? { cursor } : {}) });
      for (const item of data.records) {
        const value = item.value as Record<string, unknown>;
        const parent = parentOf(value);
        found.push({
          remoteId: item.uri,
          cid: item.cid,
          text: typeof value.text === "string" ? value.text : "",
          ...(parent === undefined ? {} : { inReplyToRemoteId: parent }),
          record: value,
        });
      }
      cursor = data.records.length === 0 ? undefined : data.cursor;
    } while (cursor);
    // listRecords pages newest first; oldest first reads better in failures.
    return found.reverse();
  };

  return {
    failNext(operation, kind, failureOptions) {
      proxy.failNext(operation, kind, failureOptions);
    },
    async receiveInteraction(interaction) {
      if (interaction.kind === "direct-message") {
        throw new Error("The local Bluesky network cannot deliver direct messages: Bluesky's chat is a separate service (chat.bsky.*) that @atproto/dev-env does not run.");
      }
      if ((interaction.kind === "comment" || interaction.kind === "reply") && interaction.inReplyToRemoteId === undefined) {
        throw new Error(`A ${interaction.kind} must answer a post: give inReplyToRemoteId (the at:// URI of the post).`);
      }
      const citizen = await citizenFor(interaction.author);
      // Our post must be indexed before the answer, or our notification is lost.
      await network.processAll();
      const record: Record<string, unknown> = { $type: POST, text: interaction.text, createdAt: new Date().toISOString() };
      if (interaction.inReplyToRemoteId !== undefined) record.reply = await replyRefTo(interaction.inReplyToRemoteId);
      if (interaction.kind === "mention") {
        const mention = `@${account.handle}`;
        record.text = `${mention} ${interaction.text}`;
        record.facets = [
          { index: { byteStart: 0, byteEnd: Buffer.byteLength(mention) }, features: [{ $type: "app.bsky.richtext.facet#mention", did: account.did }] },
        ];
      }
      const { data } = await citizen.agent.com.atproto.repo.createRecord({ repo: citizen.did, collection: POST, record });
      await network.processAll();
      return { remoteId: data.uri };
    },
    async published() {
      return (await posts()).filter((post) => post.inReplyToRemoteId === undefined);
    },
    async replies() {
      return (await posts()).flatMap((post) =>
        post.inReplyToRemoteId === undefined ? [] : [{ remoteId: post.remoteId, inReplyToRemoteId: post.inReplyToRemoteId, text: post.text }],
      );
    },
    posts,
    citizen: (handle) => made.get(citizenKey(handle)),
  };
}
