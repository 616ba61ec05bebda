import { createHash } from "node:crypto";
import { NetworkError, primaryLanguageSubtag, type AdapterCallContextV1, type ChannelRefV1, type InteractionV1, type MetricSampleV1, type NetworkAdapterV1, type PublishResultV1, type PublishWarningV1 } from "@kommune-sm/network";
import { z } from "zod";
import { contentToText, linkTargetsOf, type StatusMention } from "./content-to-text.js";
import { capabilitiesFromInstance, MASTODON_CAPABILITIES } from "./mastodon-capabilities.js";
import { mastodonChannelOptions, type MastodonChannelOptions } from "./mastodon-channel.js";
import { callMastodon } from "./mastodon-http.js";
import { checkMediaBeforeUpload, uploadMedia, type MediaLimits, type MediaPolling } from "./mastodon-media.js";
import {
  mastodonAccountSchema,
  mastodonCredentialAccountSchema,
  mastodonInstanceSchema,
  mastodonNotificationSchema,
  mastodonStatusSchema,
  mastodonStatusSourceSchema,
  type MastodonInstance,
  type MastodonStatus,
} from "./mastodon-responses.js";
import { statusesInWindow } from "./mastodon-statuses.js";
import { compareIds } from "./snowflake.js";

/** Options of {@link createMastodonAdapter}. */
export interface MastodonAdapterOptions {
  /** How media uploads wait for processing; default: 500 ms doubling to 5 s, 60 s in all. */
  readonly mediaPolling?: Partial<MediaPolling>;
  /** How long an instance's limits (`GET /api/v2/instance`) are kept in memory; default one hour. */
  readonly instanceCacheMs?: number;
  /** How far the statuses are read around a lookup's window, for clocks that disagree; default five minutes. */
  readonly clockSkewMs?: number;
  /** Most pages of 40 statuses a lookup or a metrics read goes through; default 10. */
  readonly maxPages?: number;
}

/** Who may see a status: Mastodon's visibilities a post may choose (`variant.options.mastodon.visibility`). */
const postOptionsSchema = z.object({ visibility: z.enum(["public", "unlisted", "private"]).optional() }).loose();

const VISIBILITY_RANK = { public: 0, unlisted: 1, private: 2, direct: 3 } as const;

/**
 * The adapter for Mastodon: any instance, several at once. A channel names
 * its instance and account in `channel.options.mastodon` (see
 * {@link MastodonChannelOptions}); `createMastodonConnector` writes them.
 * The adapter keeps only caches (an instance's limits, an account's id):
 * everything else comes with each request, so one adapter serves every
 * organisation of the process.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, store, plugins: [adapterPlugin(createMastodonAdapter()), publishing.plugin] });
 * ```
 */
export function createMastodonAdapter(options: MastodonAdapterOptions = {}): NetworkAdapterV1 {
  const polling: MediaPolling = { intervalMs: 500, maxIntervalMs: 5_000, timeoutMs: 60_000, ...options.mediaPolling };
  const instanceCacheMs = options.instanceCacheMs ?? 3_600_000;
  const clockSkewMs = options.clockSkewMs ?? 5 * 60_000;
  const maxPages = options.maxPages ?? 10;
  const instances = new Map<string, { readonly at: number; readonly instance: MastodonInstance }>();
  const accountIds = new Map<string, string>();

  async function instanceOf(instanceUrl: string, context: AdapterCallContextV1): Promise<MastodonInstance> {
    const cached = instances.get(instanceUrl);
    if (cached && context.now() - cached.at < instanceCacheMs) return cached.instance;
    const data = await callMastodon(instanceUrl, { method: "GET", path: "/api/v2/instance", schema: mastodonInstanceSchema }, context).then(
      (answer) => answer.data,
      (error: unknown) => {
        // Before Mastodon 4.0 there is no /api/v2/instance: Mastodon's defaults hold.
        if (NetworkError.isNetworkError(error) && error.kind === "not-found") return {};
        throw error;
      },
    );
    instances.set(instanceUrl, { at: context.now(), instance: data });
    return data;
  }

  /** The channel's account id: from its options, else asked once per channel and account. */
  async function accountIdOf(channel: ChannelRefV1, opts: MastodonChannelOptions, context: AdapterCallContextV1): Promise<string> {
    if (opts.accountId !== undefined) return opts.accountId;
    // The token's hash is part of the key: two organisations may have channels of the same id and handle.
    const key = `${opts.instanceUrl} ${channel.id} ${channel.handle} ${createHash("sha256").update(context.credentials.accessToken).digest("base64url")}`;
    const known = accountIds.get(key);
    if (known !== undefined) return known;
    const { data } = await callMastodon(opts.instanceUrl, { method: "GET", path: "/api/v1/accounts/verify_credentials", accessToken: context.credentials.accessToken, schema: mastodonCredentialAccountSchema }, context);
    accountIds.set(key, data.id);
    return data.id;
  }

  async function postStatus(opts: MastodonChannelOptions, body: Record<string, unknown>, idempotencyKey: string, context: AdapterCallContextV1): Promise<PublishResultV1> {
    const { data } = await callMastodon(opts.instanceUrl, { method: "POST", path: "/api/v1/statuses", body, idempotencyKey, accessToken: context.credentials.accessToken, schema: mastodonStatusSchema }, context);
    return resultOf(data, context.credentials.accessToken);
  }

  return {
    specificationVersion: "v1",
    id: "mastodon",
    displayName: "Mastodon",
    capabilities: MASTODON_CAPABILITIES,

    async publish(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      const postOptions = postOptionsSchema.safeParse(request.options);
      if (!postOptions.success) {
        throw new NetworkError({ kind: "rejected-content", message: `The post's Mastodon options are invalid: visibility must be "public", "unlisted" or "private".` });
      }
      let mediaIds: string[] = [];
      if (request.media.length > 0) {
        const limits = mediaLimitsOf(await instanceOf(opts.instanceUrl, context));
        checkMediaBeforeUpload(request.media, limits);
        mediaIds = await uploadMedia(opts.instanceUrl, request.media, limits, polling, context);
      }
      return postStatus(
        opts,
        {
          status: request.text,
          visibility: postOptions.data.visibility ?? "public",
          language: primaryLanguageSubtag(request.language),
          ...(request.contentWarning === undefined ? {} : { spoiler_text: request.contentWarning, sensitive: true }),
          ...(mediaIds.length === 0 ? {} : { media_ids: mediaIds }),
        },
        request.idempotencyKey,
        context,
      );
    },

    async reply(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      // The status answered: its author is mentioned (or a direct message would reach nobody, and nobody is notified),
      // and the answer is never more public than the question (a direct message stays direct).
      const { data: question } = await callMastodon(
        opts.instanceUrl,
        { method: "GET", path: `/api/v1/statuses/${statusId(request.inReplyToRemoteId)}`, accessToken: context.credentials.accessToken, schema: mastodonStatusSchema },
        context,
      ).catch((error: unknown) => {
        if (NetworkError.isNetworkError(error) && error.kind === "not-found") {
          throw new NetworkError({ kind: "not-found", status: 404, message: `The status ${request.inReplyToRemoteId} to answer is gone (deleted, or no longer visible to this account).` });
        }
        throw error;
      });
      const author = fullAcct(question.account.acct, domainOf(request.channel));
      const warnings: PublishWarningV1[] = [];
      let text = request.text;
      const ownAcct = request.channel.handle.replace(/^@/, "").toLowerCase();
      if (author.toLowerCase() !== ownAcct && !mentions(text, author, domainOf(request.channel))) {
        text = `@${author} ${text}`;
        warnings.push({ type: "content-adjusted", feature: "mention", message: `Mastodon notifies a citizen only when the answer mentions them: "@${author}" was put before the text.` });
      }
      const known = question.visibility !== undefined && question.visibility in VISIBILITY_RANK;
      // A visibility this adapter does not know (a fork's "list" or "local"): only the citizen reads the answer.
      const visibility = known ? moreRestricted(question.visibility, "public") : "direct";
      if (!known) warnings.push({ type: "content-adjusted", feature: "visibility", message: `The question's visibility "${String(question.visibility ?? "none")}" is unknown; the answer was sent as a direct message.` });
      const result = await postStatus(opts, { status: text, in_reply_to_id: request.inReplyToRemoteId, visibility, ...(question.language ? { language: question.language } : {}) }, request.idempotencyKey, context);
      return warnings.length === 0 ? result : { ...result, warnings };
    },

    async delete(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      try {
        await callMastodon(opts.instanceUrl, { method: "DELETE", path: `/api/v1/statuses/${statusId(request.remoteId)}`, accessToken: context.credentials.accessToken, schema: z.unknown() }, context);
      } catch (error) {
        // Already gone: the engine may repeat a delete whose answer it lost.
        if (NetworkError.isNetworkError(error) && error.kind === "not-found") return;
        throw error;
      }
    },

    async lookup(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      const accountId = await accountIdOf(request.channel, opts, context);
      const from = Date.parse(request.notBefore) - clockSkewMs;
      const to = Date.parse(request.notAfter) + clockSkewMs;
      if (!Number.isFinite(from) || !Number.isFinite(to)) return { status: "unknown", reason: "The lookup's window is not a pair of instants." };
      const window = await statusesInWindow(opts.instanceUrl, accountId, from, to, maxPages, context);
      // Mastodon keeps no key on a status: the text as written (its source) and the status answered identify it.
      const wanted = loose(request.text);
      for (const status of window.statuses) {
        if (request.inReplyToRemoteId !== undefined ? status.in_reply_to_id !== request.inReplyToRemoteId : false) continue;
        const shown = loose(contentToText(status.content, mentionsOf(status, domainOf(request.channel))));
        if (!shown.endsWith(wanted)) continue;
        const { data: source } = await callMastodon(
          opts.instanceUrl,
          { method: "GET", path: `/api/v1/statuses/${encodeURIComponent(status.id)}/source`, accessToken: context.credentials.accessToken, schema: mastodonStatusSourceSchema },
          context,
        );
        // Mastodon strips the text it stores; a reply may carry the mentions the adapter put before the answer, and nothing else.
        const stored = sameText(source.text);
        const sent = sameText(request.text);
        const answer = request.inReplyToRemoteId === undefined ? undefined : LEADING_MENTIONS.exec(stored);
        if (stored === sent || (answer !== null && answer !== undefined && stored.slice(answer[0].length) === sent)) {
          return { status: "found", ...resultOf(status, context.credentials.accessToken) };
        }
      }
      if (!window.complete) {
        return { status: "unknown", reason: `The account published more than ${maxPages * 40} statuses around the time; the lookup did not read them all.` };
      }
      return { status: "not-found" };
    },

    async fetchMetrics(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      const accountId = await accountIdOf(request.channel, opts, context);
      const at = new Date(context.now()).toISOString();
      const samples: MetricSampleV1[] = [];
      // Counts are read now: nothing to say about an instant still to come.
      if (Date.parse(request.since) > context.now()) return samples;
      const { data: account } = await callMastodon(opts.instanceUrl, { method: "GET", path: `/api/v1/accounts/${encodeURIComponent(accountId)}`, accessToken: context.credentials.accessToken, schema: mastodonAccountSchema }, context);
      if (account.followers_count !== undefined && account.followers_count >= 0) samples.push({ metric: "followers", value: account.followers_count, at });
      let statuses: MastodonStatus[];
      if (request.remoteIds !== undefined) {
        statuses = [];
        // An id that is none of Mastodon's cannot be measured (and must not become another path).
        for (const remoteId of request.remoteIds.filter(isStatusId)) {
          const status = await callMastodon(
            opts.instanceUrl,
            { method: "GET", path: `/api/v1/statuses/${statusId(remoteId)}`, accessToken: context.credentials.accessToken, schema: mastodonStatusSchema },
            context,
          ).then(
            (answer) => answer.data,
            (error: unknown) => {
              // Deleted meanwhile: no samples for it.
              if (NetworkError.isNetworkError(error) && error.kind === "not-found") return undefined;
              throw error;
            },
          );
          if (status) statuses.push(status);
        }
      } else {
        const since = Date.parse(request.since);
        statuses = [...(await statusesInWindow(opts.instanceUrl, accountId, Number.isFinite(since) ? since : context.now(), context.now() + clockSkewMs, maxPages, context)).statuses];
      }
      for (const status of statuses) {
        const counts: [string, number | null | undefined][] = [
          ["likes", status.favourites_count],
          ["shares", status.reblogs_count],
          ["comments", status.replies_count],
          ["quotes", status.quotes_count],
        ];
        // -1 (and the like) means hidden or unknown, not a count.
        for (const [metric, value] of counts) if (typeof value === "number" && value >= 0) samples.push({ remoteId: status.id, metric, value, at });
      }
      return samples;
    },

    async fetchInteractions(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      const accountId = await accountIdOf(request.channel, opts, context);
      const domain = domainOf(request.channel);
      const asked = Number(request.limit ?? 40);
      const limit = Number.isFinite(asked) ? Math.max(1, Math.min(80, Math.floor(asked))) : 40;
      const { data } = await callMastodon(
        opts.instanceUrl,
        {
          method: "GET",
          path: "/api/v1/notifications",
          // min_id: the oldest notifications after the cursor (0: the oldest the instance keeps); include_filtered: citizens the
          // notification policy would hide (new accounts, people not followed) are exactly who a town hall must answer.
          query: { types: ["mention"], min_id: request.cursor ?? "0", limit: String(limit), include_filtered: "true" },
          accessToken: context.credentials.accessToken,
          schema: z.array(mastodonNotificationSchema),
        },
        context,
      );
      // Oldest first; nothing at or before the cursor (an instance that ignores min_id), each status once.
      const after = request.cursor;
      const page = [...data].filter((notification) => after === undefined || compareIds(notification.id, after) > 0).sort((a, b) => compareIds(a.id, b.id));
      const interactions: InteractionV1[] = [];
      const seen = new Set<string>();
      for (const notification of page) {
        const status = notification.status;
        if (notification.type !== "mention" || !status || seen.has(status.id)) continue;
        seen.add(status.id);
        const kind: InteractionV1["kind"] = status.visibility === "direct" ? "direct-message" : status.in_reply_to_account_id === accountId ? "comment" : "mention";
        const text = withoutOwnMention(contentToText(status.content, mentionsOf(status, domain)), request.channel.handle);
        interactions.push({
          remoteId: status.id,
          kind,
          ...(status.in_reply_to_id ? { inReplyToRemoteId: status.in_reply_to_id } : {}),
          author: { handle: `@${fullAcct(notification.account.acct, domain)}`, ...(notification.account.display_name ? { displayName: notification.account.display_name } : {}) },
          text,
          ...(status.language ? { language: status.language } : {}),
          receivedAt: instantOf(status.created_at, notification.created_at, context.now()),
          ...(status.url || status.uri ? { url: status.url ?? status.uri } : {}),
        });
      }
      const last = page[page.length - 1];
      return { interactions, ...(last ? { nextCursor: last.id } : after !== undefined ? { nextCursor: after } : {}) };
    },

    async readProfile(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      const { data: account } = await callMastodon(opts.instanceUrl, { method: "GET", path: "/api/v1/accounts/verify_credentials", accessToken: context.credentials.accessToken, schema: mastodonCredentialAccountSchema }, context);
      const bio = account.source?.note ?? (account.note === undefined ? undefined : contentToText(account.note));
      const links = new Set<string>();
      for (const field of account.source?.fields ?? []) for (const link of linksIn(field.value)) links.add(link);
      for (const field of account.fields ?? []) for (const link of linkTargetsOf(field.value)) links.add(link);
      return {
        handle: `@${account.username}@${domainOf(request.channel)}`,
        ...(account.display_name ? { displayName: account.display_name } : {}),
        ...(bio ? { bio } : {}),
        links: [...links],
        ...(account.url ? { url: account.url } : {}),
      };
    },

    async capabilitiesFor(request, context) {
      const opts = mastodonChannelOptions(request.channel);
      instances.delete(opts.instanceUrl);
      return capabilitiesFromInstance(await instanceOf(opts.instanceUrl, context));
    },
  };
}

/** An instant as RFC 3339: the first of `candidates` that is one, else `now`. */
function instantOf(...candidates: [...(string | undefined)[], number]): string {
  const now = candidates.pop() as number;
  for (const candidate of candidates as (string | undefined)[]) {
    const at = candidate === undefined ? Number.NaN : Date.parse(candidate);
    if (Number.isFinite(at)) return new Date(at).toISOString();
  }
  return new Date(now).toISOString();
}

/** A status id for a path: ids are digits (Mastodon) or letters and digits (forks); anything else (".", "..", "/") is no status. */
function statusId(id: string): string {
  if (!isStatusId(id)) throw new NetworkError({ kind: "permanent", message: `"${String(id).slice(0, 100)}" is not the id of a Mastodon status.` });
  return id;
}

function isStatusId(id: unknown): id is string {
  return typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

function resultOf(status: MastodonStatus, token: string): PublishResultV1 {
  const publishedAt = Date.parse(status.created_at);
  // A link that carries the token (an instance echoing it) is no link to hand out.
  const url = [status.url, status.uri].find((candidate) => typeof candidate === "string" && !candidate.includes(token));
  return { remoteId: status.id, ...(url ? { url } : {}), ...(Number.isFinite(publishedAt) ? { publishedAt: new Date(publishedAt).toISOString() } : {}) };
}

function mediaLimitsOf(instance: MastodonInstance): MediaLimits {
  const { media } = capabilitiesFromInstance(instance);
  const supported = instance.configuration?.media_attachments?.supported_mime_types;
  return { media: { ...MASTODON_CAPABILITIES.media, ...media, maxItems: media?.maxItems ?? MASTODON_CAPABILITIES.media.maxItems }, ...(supported ? { supportedMimeTypes: supported } : {}) };
}

/** The domain of the channel's handle (`@user@domain`): the instance's own accounts have no domain in `acct`. */
function domainOf(channel: ChannelRefV1): string {
  const at = channel.handle.lastIndexOf("@");
  return at > 0 ? channel.handle.slice(at + 1) : new URL(mastodonChannelOptions(channel).instanceUrl).hostname;
}

function fullAcct(acct: string, domain: string): string {
  return acct.includes("@") ? acct : `${acct}@${domain}`;
}

function mentionsOf(status: MastodonStatus, domain: string): StatusMention[] {
  return (status.mentions ?? []).map((mention) => ({ url: mention.url, acct: fullAcct(mention.acct, domain) }));
}

/** Whether `text` mentions `acct` already: in full, or by username alone when the account is on the channel's own instance. */
function mentions(text: string, acct: string, domain: string): boolean {
  const forms = [acct];
  const [user, host] = acct.split("@");
  if (user && host?.toLowerCase() === domain.toLowerCase()) forms.push(user);
  return forms.some((form) => new RegExp(`(^|[\\s(])@${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w@-]|\\.[\\w])`, "i").test(text));
}

/** A citizen's text without the mention of the town hall's own account it starts with (Mastodon puts it there when they answer). */
function withoutOwnMention(text: string, handle: string): string {
  const own = `@${handle.replace(/^@/, "")}`;
  return text.toLowerCase().startsWith(`${own.toLowerCase()} `) ? text.slice(own.length + 1) : text;
}

function moreRestricted(visibility: string | undefined, floor: keyof typeof VISIBILITY_RANK): keyof typeof VISIBILITY_RANK {
  const of = (visibility !== undefined && visibility in VISIBILITY_RANK ? visibility : "public") as keyof typeof VISIBILITY_RANK;
  return VISIBILITY_RANK[of] >= VISIBILITY_RANK[floor] ? of : floor;
}

/** A run of mentions at the start of a status (what the adapter puts before an answer). */
const LEADING_MENTIONS = /^(@[\w.-]+(@[\w.-]+)?\s+)+/;

/** Text as Mastodon keeps it: line ends as \n, stripped at both ends (Status#prepare_contents). */
function sameText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** Text compared loosely: Mastodon shows remote mentions without their domain and may fold white space. */
function loose(text: string): string {
  return text.replace(/@([\w.-]+)@[\w.-]+/g, "@$1").replace(/\s+/g, " ").trim();
}

/** Addresses written in a profile field as plain text. */
function linksIn(value: string): string[] {
  return value.match(/https?:\/\/[^\s<>"']+/gi) ?? [];
}
