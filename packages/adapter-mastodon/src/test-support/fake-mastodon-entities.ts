import { escapeHtml, renderStatusHtml, shortenedLink } from "./fake-mastodon-html.js";
import type { FakeAccount, FakeMastodonState, StoredMedia, StoredNotification, StoredStatus } from "./fake-mastodon-state.js";

/*
 * The JSON entities of Mastodon's REST API (Account, CredentialAccount,
 * Status, MediaAttachment, Notification, Instance), built from the fake's
 * state with every field the API description requires.
 */

type JsonObject = Record<string, unknown>;

const iso = (ms: number): string => new Date(ms).toISOString();

/** MIME types a default Mastodon 4.x takes (MediaAttachment IMAGE_MIME_TYPES, VIDEO_MIME_TYPES, AUDIO_MIME_TYPES). */
export const SUPPORTED_MIME_TYPES: readonly string[] = [
  "image/jpeg", "image/png", "image/gif", "image/heic", "image/heif", "image/webp", "image/avif",
  "video/webm", "video/mp4", "video/quicktime", "video/ogg",
  "audio/wave", "audio/wav", "audio/x-wav", "audio/x-pn-wave", "audio/vnd.wave", "audio/ogg", "audio/vorbis",
  "audio/mpeg", "audio/mp3", "audio/webm", "audio/flac", "audio/aac", "audio/m4a", "audio/x-m4a", "audio/mp4", "audio/3gpp", "video/x-ms-asf",
];

/** Mastodon's default upload limits. */
export const MEDIA_LIMITS = { imageSizeLimit: 16_777_216, videoSizeLimit: 103_809_024, descriptionLimit: 1500, imageMatrixLimit: 33_177_600, videoFrameRateLimit: 120, videoMatrixLimit: 8_294_400 } as const;

/** A field's value as Mastodon renders it: URLs as links (with `rel="… me"`), the rest escaped. */
function fieldValueHtml(value: string): string {
  const url = /^https?:\/\/\S+$/i.exec(value.trim());
  return url ? shortenedLink(url[0], true) : escapeHtml(value);
}

/** The Account entity. */
export function accountJson(state: FakeMastodonState, account: FakeAccount): JsonObject {
  const own = [...state.statuses.values()].filter((status) => status.accountId === account.id && !status.deleted);
  const last = own.reduce<number | undefined>((latest, status) => (latest === undefined || status.createdAt > latest ? status.createdAt : latest), undefined);
  const host = account.local ? state.settings.domain : account.domain;
  return {
    id: account.id,
    username: account.username,
    acct: account.acct,
    display_name: account.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    indexable: true,
    group: false,
    // Mastodon shows an account's creation day at midnight UTC.
    created_at: iso(Math.floor(account.createdAt / 86_400_000) * 86_400_000),
    note: renderStatusHtml(account.note, { domain: state.settings.domain }),
    url: account.url,
    uri: account.uri,
    avatar: `https://${host}/avatars/original/missing.png`,
    avatar_static: `https://${host}/avatars/original/missing.png`,
    header: `https://${host}/headers/original/missing.png`,
    header_static: `https://${host}/headers/original/missing.png`,
    followers_count: account.followers,
    following_count: account.following,
    statuses_count: own.length,
    last_status_at: last === undefined ? null : iso(last).slice(0, 10),
    hide_collections: false,
    noindex: false,
    emojis: [],
    roles: [],
    fields: account.fields.map((field) => ({ name: escapeHtml(field.name), value: fieldValueHtml(field.value), verified_at: null })),
  };
}

/** The CredentialAccount entity of our account (`verify_credentials`): the Account plus `source` (as written) and `role`. */
export function credentialAccountJson(state: FakeMastodonState): JsonObject {
  const { me } = state;
  return {
    ...accountJson(state, me),
    source: {
      privacy: "public",
      sensitive: false,
      language: "de",
      note: me.note,
      fields: me.fields.map((field) => ({ name: field.name, value: field.value, verified_at: null })),
      follow_requests_count: 0,
      indexable: true,
      discoverable: true,
      hide_collections: false,
      attribution_domains: [],
    },
    role: { id: "-99", name: "", permissions: "65536", color: "", highlighted: false },
  };
}

/** The MediaAttachment entity; `url` is null while the medium is processed. */
export function mediaJson(state: FakeMastodonState, media: StoredMedia): JsonObject {
  const { processed } = media;
  const base = `https://${state.settings.domain}/system/media_attachments/files/${media.id}`;
  const extension = media.fileName.includes(".") ? media.fileName.slice(media.fileName.lastIndexOf(".")) : "";
  // Mastodon serves a GIF as an MP4 once it turned it into a "gifv".
  const original = media.type === "gifv" || media.type === "video" ? ".mp4" : extension;
  return {
    id: media.id,
    type: media.type,
    url: processed ? `${base}/original/${media.id}${original}` : null,
    preview_url: processed ? `${base}/small/${media.id}.png` : null,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: processed ? { original: { width: 1, height: 1, size: "1x1", aspect: 1 }, small: { width: 1, height: 1, size: "1x1", aspect: 1 } } : null,
    description: media.description,
    blurhash: processed ? "UHF5?xYk^6#M@-5b,1J5@[or[k6o};Fxi^OZ" : null,
  };
}

/** The Status entity; `withSource` adds `text` (the text as written), as the answer of DELETE does. */
export function statusJson(state: FakeMastodonState, status: StoredStatus, withSource = false): JsonObject {
  const account = state.accounts.get(status.accountId) ?? state.me;
  const host = account.local ? state.settings.domain : account.domain;
  return {
    id: status.id,
    created_at: iso(status.createdAt),
    in_reply_to_id: status.inReplyToId,
    in_reply_to_account_id: status.inReplyToAccountId,
    sensitive: status.sensitive,
    spoiler_text: status.spoilerText,
    visibility: status.visibility,
    language: status.language,
    uri: `https://${host}/users/${account.username}/statuses/${status.id}`,
    url: `https://${host}/@${account.username}/${status.id}`,
    replies_count: status.counts.replies,
    reblogs_count: status.counts.reblogs,
    favourites_count: status.counts.favourites,
    quotes_count: status.counts.quotes,
    edited_at: null,
    favourited: false,
    reblogged: false,
    muted: false,
    bookmarked: false,
    pinned: false,
    content: status.html,
    filtered: [],
    reblog: null,
    application: account.id === state.me.id ? { name: "kommune-sm", website: null } : null,
    account: accountJson(state, account),
    media_attachments: status.mediaIds.flatMap((id) => {
      const media = state.media.get(id);
      return media ? [mediaJson(state, media)] : [];
    }),
    mentions: status.mentions.map((mentioned) => ({ id: mentioned.id, username: mentioned.username, url: mentioned.url, acct: mentioned.acct })),
    tags: status.tags.map((tag) => ({ name: tag.toLowerCase(), url: `https://${state.settings.domain}/tags/${encodeURIComponent(tag.toLowerCase())}` })),
    emojis: [],
    quote: null,
    card: null,
    poll: null,
    ...(withSource ? { text: status.text } : {}),
  };
}

/** The Notification entity. */
export function notificationJson(state: FakeMastodonState, notification: StoredNotification): JsonObject {
  const account = state.accounts.get(notification.accountId);
  const status = state.liveStatus(notification.statusId);
  return {
    id: notification.id,
    type: notification.type,
    group_key: `ungrouped-${notification.id}`,
    created_at: iso(notification.createdAt),
    account: account ? accountJson(state, account) : null,
    status: status ? statusJson(state, status) : null,
  };
}

/** The Instance entity (`GET /api/v2/instance`). */
export function instanceJson(state: FakeMastodonState): JsonObject {
  const { settings } = state;
  return {
    domain: settings.domain,
    title: "Musterstadt sozial",
    version: "4.5.0",
    source_url: "https://github.com/mastodon/mastodon",
    description: "Die Mastodon-Instanz für Musterstadt (Testinstanz).",
    usage: { users: { active_month: 1234 } },
    thumbnail: { url: `https://${settings.domain}/packs/media/images/preview.png` },
    icon: [{ src: `https://${settings.domain}/packs/media/icons/android-chrome-36x36.png`, size: "36x36" }],
    languages: ["de", "en"],
    api_versions: { mastodon: 6 },
    configuration: {
      urls: { streaming: `wss://${settings.domain}`, status: null, about: `https://${settings.domain}/about`, privacy_policy: `https://${settings.domain}/privacy-policy`, terms_of_service: null },
      vapid: { public_key: "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=" },
      accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
      statuses: { max_characters: settings.maxCharacters, max_media_attachments: settings.maxMediaAttachments, characters_reserved_per_url: settings.charactersReservedPerUrl },
      media_attachments: {
        supported_mime_types: [...SUPPORTED_MIME_TYPES],
        description_limit: MEDIA_LIMITS.descriptionLimit,
        image_size_limit: MEDIA_LIMITS.imageSizeLimit,
        image_matrix_limit: MEDIA_LIMITS.imageMatrixLimit,
        video_size_limit: MEDIA_LIMITS.videoSizeLimit,
        video_frame_rate_limit: MEDIA_LIMITS.videoFrameRateLimit,
        video_matrix_limit: MEDIA_LIMITS.videoMatrixLimit,
      },
      polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 },
      translation: { enabled: false },
    },
    registrations: { enabled: false, approval_required: true, message: null, url: null },
    contact: { email: `kontakt@${settings.domain}`, account: null },
    rules: [{ id: "1", text: "Respektvoller Umgang", hint: "" }],
  };
}
