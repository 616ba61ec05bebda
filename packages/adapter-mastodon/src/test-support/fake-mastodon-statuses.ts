import { COUNTING_RULES, defineCountingRule, measurePostText, type CountingRule } from "@kommune-sm/core";
import { notificationJson, statusJson } from "./fake-mastodon-entities.js";
import { renderStatus } from "./fake-mastodon-html.js";
import { keptParams, limitOf, linkHeader, pageById } from "./fake-mastodon-paging.js";
import type { FakeMastodonState, StoredStatus } from "./fake-mastodon-state.js";

/*
 * Statuses and notifications as Mastodon's StatusesController,
 * PostStatusService, AccountStatusesController and NotificationsController
 * handle them: the order of the checks, the status codes and the error
 * texts (English) follow Mastodon's source.
 */

/** An answer of the fake: status, JSON body, extra headers. */
export interface FakeAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** `{ error }` with a status, as Mastodon's error handling answers. */
export const refuse = (status: number, error: string): FakeAnswer => ({ status, body: { error } });
/** 404 `Record not found`. */
export const notFound = (): FakeAnswer => refuse(404, "Record not found");

/** How long Mastodon keeps an Idempotency-Key (PostStatusService: `setex … 3600`). */
export const IDEMPOTENCY_WINDOW_MS = 3_600_000;
const VISIBILITIES = ["public", "unlisted", "private", "direct"] as const;

/** The instance's counting rule: Mastodon's, with its `max_characters` and `characters_reserved_per_url`. */
export function countingRuleOf(state: FakeMastodonState): CountingRule {
  const { maxCharacters, charactersReservedPerUrl } = state.settings;
  return defineCountingRule({ ...COUNTING_RULES.mastodon, limits: [{ unit: "graphemes", max: maxCharacters }], urlLength: charactersReservedPerUrl });
}

const truthy = (value: string | null): boolean => value !== null && ["true", "1", "t", "on"].includes(value.toLowerCase());
const stringOr = <T>(value: unknown, fallback: T): string | T => (typeof value === "string" ? value : fallback);

/** `POST /api/v1/statuses` with the Idempotency-Key `key`. */
export function createStatus(state: FakeMastodonState, body: Record<string, unknown>, key: string | undefined): FakeAnswer {
  const { me, settings } = state;
  // set_thread runs before the service, so even a repeated key meets it.
  const inReplyToId = stringOr(body.in_reply_to_id, "") || null;
  const parent = state.liveStatus(inReplyToId);
  if (inReplyToId !== null && parent === undefined) return refuse(404, "The post you are trying to reply to does not appear to exist.");

  // Idempotency first in PostStatusService: a repeat returns the first status whatever the body says.
  const remembered = key === undefined ? undefined : state.idempotencyKeys.get(key);
  if (remembered !== undefined && settings.now() - remembered.at < IDEMPOTENCY_WINDOW_MS) {
    const first = state.liveStatus(remembered.statusId);
    return first ? { status: 200, body: statusJson(state, first) } : notFound();
  }
  if (body.scheduled_at !== undefined && body.scheduled_at !== null) return refuse(422, "The fake Mastodon does not schedule statuses (scheduled_at).");

  const mediaIds = Array.isArray(body.media_ids) ? body.media_ids.map(String) : [];
  if (mediaIds.length > settings.maxMediaAttachments) return refuse(422, `Cannot attach more than ${settings.maxMediaAttachments} files`);
  const media = mediaIds.map((id) => state.media.get(id)).filter((item) => item !== undefined && item.accountId === me.id && item.statusId === undefined);
  const missing = mediaIds.filter((id) => !media.some((item) => item?.id === id));
  if (missing.length > 0) return refuse(422, `Media ${missing.join(", ")} not found`);
  if (media.length > 1 && media.some((item) => item?.type === "video" || item?.type === "audio")) return refuse(422, "Cannot attach a video to a post that already contains images");
  if (media.some((item) => item?.processed === false)) return refuse(422, "Cannot attach files that have not finished processing. Try again in a moment!");

  const text = stringOr(body.status, "");
  const spoilerText = stringOr(body.spoiler_text, "");
  if (text.trim() === "" && mediaIds.length === 0) return refuse(422, "Validation failed: Text can't be blank");
  if (!measurePostText(text, spoilerText === "" ? undefined : spoilerText, countingRuleOf(state)).fits) {
    return refuse(422, `Validation failed: Text character limit of ${settings.maxCharacters} exceeded`);
  }
  const visibility = stringOr(body.visibility, "public");
  if (!(VISIBILITIES as readonly string[]).includes(visibility)) return refuse(422, "Validation failed: Visibility is not included in the list");
  const language = stringOr(body.language, "");

  const rendered = renderStatus(text, { domain: settings.domain, knownAccounts: state.knownAccounts() });
  const status: StoredStatus = {
    id: state.nextId(),
    accountId: me.id,
    text,
    spoilerText,
    // Mastodon marks a status with a content warning as sensitive.
    sensitive: body.sensitive === true || spoilerText !== "",
    visibility: visibility as StoredStatus["visibility"],
    language: /^[a-z]{2,3}$/.test(language) ? language : "de",
    inReplyToId: parent?.id ?? null,
    inReplyToAccountId: parent?.accountId ?? null,
    mediaIds,
    createdAt: settings.now(),
    ...(key === undefined ? {} : { idempotencyKey: key }),
    html: rendered.html,
    mentions: rendered.mentions,
    tags: rendered.tags,
    counts: { favourites: 0, reblogs: 0, replies: 0, quotes: 0 },
    deleted: false,
  };
  state.statuses.set(status.id, status);
  for (const item of media) if (item) item.statusId = status.id;
  if (parent) parent.counts.replies += 1;
  if (key !== undefined) state.idempotencyKeys.set(key, { statusId: status.id, at: status.createdAt });
  return { status: 200, body: statusJson(state, status) };
}

/** `GET /api/v1/statuses/:id`. */
export function showStatus(state: FakeMastodonState, id: string): FakeAnswer {
  const status = state.liveStatus(id);
  return status ? { status: 200, body: statusJson(state, status) } : notFound();
}

/** `GET /api/v1/statuses/:id/source`: only for our own statuses. */
export function statusSource(state: FakeMastodonState, id: string): FakeAnswer {
  const status = state.liveStatus(id);
  if (!status || status.accountId !== state.me.id) return notFound();
  return { status: 200, body: { id: status.id, text: status.text, spoiler_text: status.spoilerText } };
}

/** `DELETE /api/v1/statuses/:id`: the deleted status with its `text`; 404 when gone or not ours. */
export function deleteStatus(state: FakeMastodonState, id: string): FakeAnswer {
  const status = state.liveStatus(id);
  if (!status || status.accountId !== state.me.id) return notFound();
  status.deleted = true;
  const parent = state.liveStatus(status.inReplyToId);
  if (parent) parent.counts.replies = Math.max(0, parent.counts.replies - 1);
  return { status: 200, body: statusJson(state, status, true) };
}

/** `GET /api/v1/accounts/:id/statuses`, newest first with a Link header; `base` is the absolute URL of the list. */
export function accountStatuses(state: FakeMastodonState, accountId: string, query: URLSearchParams, base: string): FakeAnswer {
  if (!state.accounts.has(accountId)) return notFound();
  if (truthy(query.get("pinned"))) return { status: 200, body: [] };
  const tagged = query.get("tagged")?.toLowerCase();
  const candidates = [...state.statuses.values()].filter(
    (status) =>
      status.accountId === accountId &&
      !status.deleted &&
      // exclude_replies keeps a thread of the account's own statuses.
      !(truthy(query.get("exclude_replies")) && status.inReplyToId !== null && status.inReplyToAccountId !== accountId) &&
      !(truthy(query.get("only_media")) && status.mediaIds.length === 0) &&
      (tagged === undefined || status.tags.some((tag) => tag.toLowerCase() === tagged)),
  );
  const limit = limitOf(query, 20, 40);
  const page = pageById(candidates, query, limit);
  const link = linkHeader(base, keptParams(query, ["limit", "only_media", "exclude_replies", "exclude_reblogs", "pinned", "tagged"]), page, limit);
  return { status: 200, body: page.map((status) => statusJson(state, status)), ...(link ? { headers: { link } } : {}) };
}

/** `GET /api/v1/notifications`, newest first with a Link header; `types[]`, `exclude_types[]`, `account_id`. */
export function listNotifications(state: FakeMastodonState, query: URLSearchParams, base: string): FakeAnswer {
  const all = (name: string) => [...query.getAll(name), ...query.getAll(`${name}[]`)];
  const types = all("types");
  const excluded = all("exclude_types");
  const from = query.get("account_id");
  const candidates = state.notifications.filter(
    (notification) =>
      (types.length === 0 || types.includes(notification.type)) &&
      !excluded.includes(notification.type) &&
      (from === null || notification.accountId === from) &&
      state.liveStatus(notification.statusId) !== undefined,
  );
  const limit = limitOf(query, 40, 80);
  const page = pageById(candidates, query, limit);
  const keep = keptParams(query, ["limit", "account_id", "types[]", "exclude_types[]", "types", "exclude_types", "include_filtered"]);
  const link = linkHeader(base, keep, page, limit);
  return { status: 200, body: page.map((notification) => notificationJson(state, notification)), ...(link ? { headers: { link } } : {}) };
}
