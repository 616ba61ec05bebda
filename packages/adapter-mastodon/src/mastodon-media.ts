import type { Media } from "@kommune-sm/core";
import { MediaStoreError, NetworkError, type AdapterCallContextV1, type ChannelCapabilitiesV1 } from "@kommune-sm/network";
import { callMastodon } from "./mastodon-http.js";
import { mastodonMediaSchema } from "./mastodon-responses.js";

/** How media uploads wait for the instance to process a file. */
export interface MediaPolling {
  /** The first wait before asking again, in ms; it doubles up to `maxIntervalMs`. */
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  /** The longest wait in all, in ms; past it the publish fails as retryable (the engine tries again later). */
  readonly timeoutMs: number;
}

/** The limits a post's media are checked against before anything is uploaded. */
export interface MediaLimits {
  readonly media: NonNullable<ChannelCapabilitiesV1["media"]> & { readonly maxItems: number };
  /** MIME types the instance takes (`supported_mime_types`); absent: not known. */
  readonly supportedMimeTypes?: readonly string[];
}

const refused = (message: string) => new NetworkError({ kind: "rejected-content", message });

/**
 * Checks what can be checked of a post's media before any upload: the count,
 * the kinds, videos beside other media, alt text length and the declared
 * sizes. Refused as `rejected-content`, naming the item, so that nothing is
 * uploaded or posted.
 */
export function checkMediaBeforeUpload(items: readonly Media[], limits: MediaLimits): void {
  const { media } = limits;
  if (items.length > media.maxItems) throw refused(`Mastodon takes at most ${media.maxItems} media items in one post on this instance; the post has ${items.length}.`);
  if (items.length > 1 && items.some((item) => item.kind === "video")) throw refused("Mastodon takes a video only on its own, not beside other media.");
  for (const item of items) {
    if (media.kinds !== undefined && !media.kinds.includes(item.kind)) throw refused(`Mastodon on this instance does not take media of kind "${item.kind}" (media "${item.id}").`);
    if (item.altText !== undefined && media.altTextMaxLength !== undefined && [...item.altText].length > media.altTextMaxLength) {
      throw refused(`The alt text of media "${item.id}" has ${[...item.altText].length} characters; this instance takes at most ${media.altTextMaxLength}.`);
    }
    const max = media.maxBytes?.[item.kind];
    if (max !== undefined && item.sizeBytes !== undefined && item.sizeBytes > max) throw refused(`Media "${item.id}" has ${item.sizeBytes} bytes; this instance takes at most ${max} for a ${item.kind}.`);
  }
}

/**
 * Uploads a post's media in order and waits until the instance has
 * processed each (`POST /api/v2/media` answers 200 when done, 202 while a
 * video is processed; `GET /api/v1/media/:id` then answers 206 until it is
 * done). Resolves to the media ids for the status.
 *
 * A status with a file still being processed is refused (422), so the wait
 * is needed; it is bounded by `polling.timeoutMs` and by the call's signal.
 * Uploads that end without a status are removed by the instance after a day.
 */
export async function uploadMedia(instanceUrl: string, items: readonly Media[], limits: MediaLimits, polling: MediaPolling, context: AdapterCallContextV1): Promise<string[]> {
  const store = context.media;
  if (items.length > 0 && store === undefined) {
    throw new NetworkError({ kind: "permanent", message: "Mastodon takes media as uploads, and no media store is configured (the network plugin's `media` option)." });
  }
  const opened = [];
  // Read and check every file before the first upload: a bad third file must not leave two uploads behind.
  for (const item of items) {
    const file = await store!.open(item, { signal: context.signal }).catch((error: unknown) => {
      if (error instanceof MediaStoreError) throw refused(`Media "${item.id}" cannot be read from the media store (${error.reason}): ${error.message}`);
      if (context.signal.aborted) throw new NetworkError({ kind: "retryable", message: `Reading media "${item.id}" was given up.`, cause: error });
      throw new NetworkError({ kind: "retryable", message: `The media store failed to read media "${item.id}".`, cause: error });
    });
    const max = limits.media.maxBytes?.[item.kind];
    if (max !== undefined && file.size > max) throw refused(`Media "${item.id}" has ${file.size} bytes; this instance takes at most ${max} for a ${item.kind}.`);
    if (limits.supportedMimeTypes !== undefined && !limits.supportedMimeTypes.includes(file.mimeType)) {
      throw refused(`This instance does not take files of type ${file.mimeType} (media "${item.id}").`);
    }
    opened.push({ item, file });
  }
  const ids: string[] = [];
  for (const { item, file } of opened) {
    const form = new FormData();
    form.append("file", new Blob([file.bytes], { type: file.mimeType }), file.fileName);
    if (item.altText !== undefined && item.decorative !== true) form.append("description", item.altText);
    const uploaded = await callMastodon(instanceUrl, { method: "POST", path: "/api/v2/media", body: form, accessToken: context.credentials.accessToken, schema: mastodonMediaSchema }, context);
    if (uploaded.status === 202 || uploaded.data.url == null) await waitUntilProcessed(instanceUrl, uploaded.data.id, polling, context);
    ids.push(uploaded.data.id);
  }
  return ids;
}

async function waitUntilProcessed(instanceUrl: string, id: string, polling: MediaPolling, context: AdapterCallContextV1): Promise<void> {
  // Real time, polls included: the engine's clock may be a test clock that does not move while the instance works.
  const started = performance.now();
  let interval = polling.intervalMs;
  for (;;) {
    const waited = performance.now() - started;
    if (waited >= polling.timeoutMs) {
      throw new NetworkError({ kind: "retryable", message: `Mastodon was still processing media ${id} after ${Math.round(waited / 1000)} s; the post is tried again later.` });
    }
    await sleep(Math.min(interval, polling.timeoutMs - waited), context.signal);
    interval = Math.min(interval * 2, polling.maxIntervalMs);
    const answer = await callMastodon(instanceUrl, { method: "GET", path: `/api/v1/media/${encodeURIComponent(id)}`, accessToken: context.credentials.accessToken, schema: mastodonMediaSchema }, context);
    if (answer.status === 200 && answer.data.url != null) return;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const givenUp = () => new NetworkError({ kind: "retryable", message: "The wait for media processing was given up; the post is tried again later.", cause: signal.reason });
    if (signal.aborted) return reject(givenUp());
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(givenUp());
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
