import { sniffMediaFormat, MEDIA_SNIFF_BYTES } from "@kommune-sm/network";
import { MEDIA_LIMITS, SUPPORTED_MIME_TYPES, mediaJson } from "./fake-mastodon-entities.js";
import type { FakeMastodonState, StoredMedia } from "./fake-mastodon-state.js";
import { notFound, refuse, type FakeAnswer } from "./fake-mastodon-statuses.js";

/*
 * Media as Mastodon's Api::V2::MediaController and Api::V1::MediaController
 * handle them: an image is processed at once (200, with a url), a video or
 * GIF later (202, url null; GET answers 206 until it is done, then 200);
 * once attached to a status the medium is no longer found by GET.
 */

/** A `multipart/form-data` body as the fake read it. */
export type FormFields = Map<string, string | File>;

const megabytes = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

/** What `MediaAttachment#type` Mastodon gives a MIME type (a GIF becomes a looping video, "gifv"). */
function typeOf(mimeType: string): StoredMedia["type"] {
  if (mimeType === "image/gif") return "gifv";
  if (mimeType.startsWith("image/")) return "image";
  if (mimeType.startsWith("audio/")) return "audio";
  return "video";
}

/** `POST /api/v2/media`. */
export async function uploadMedia(state: FakeMastodonState, form: FormFields | undefined): Promise<FakeAnswer> {
  const file = form?.get("file");
  if (file === undefined || typeof file === "string") return refuse(422, "Validation failed: File can't be blank");
  const mimeType = file.type.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!SUPPORTED_MIME_TYPES.includes(mimeType)) return refuse(422, "Validation failed: File content type is invalid, File file name is invalid");
  const type = typeOf(mimeType);
  const limit = type === "image" || type === "gifv" ? MEDIA_LIMITS.imageSizeLimit : MEDIA_LIMITS.videoSizeLimit;
  if (file.size > limit) return refuse(422, `Validation failed: File file size must be less than ${megabytes(limit)}`);
  // Mastodon checks the file's content against its declared type (Paperclip's spoof detection).
  const sniffed = sniffMediaFormat(new Uint8Array(await file.slice(0, MEDIA_SNIFF_BYTES).arrayBuffer()));
  if (sniffed !== undefined && sniffed.mimeType !== mimeType) return refuse(422, "Validation failed: File has contents that are not what they are reported to be");
  const description = form?.get("description");
  const text = typeof description === "string" && description !== "" ? description : null;
  if (text !== null && [...text].length > MEDIA_LIMITS.descriptionLimit) return refuse(422, `Validation failed: Description is too long (maximum is ${MEDIA_LIMITS.descriptionLimit} characters)`);

  const processedAtOnce = type === "image";
  const media: StoredMedia = {
    id: state.nextId(),
    accountId: state.me.id,
    type,
    mimeType,
    size: file.size,
    fileName: file.name,
    description: text,
    processed: processedAtOnce,
    pollsLeft: processedAtOnce ? 0 : state.settings.mediaProcessingPolls,
  };
  state.media.set(media.id, media);
  return { status: processedAtOnce ? 200 : 202, body: mediaJson(state, media) };
}

/** `GET /api/v1/media/:id`: 206 while processing (`mediaProcessingPolls` times), then 200; 404 once attached or not ours. */
export function showMedia(state: FakeMastodonState, id: string): FakeAnswer {
  const media = state.media.get(id);
  if (!media || media.accountId !== state.me.id || media.statusId !== undefined) return notFound();
  if (!media.processed) {
    if (media.pollsLeft > 0) {
      media.pollsLeft -= 1;
      return { status: 206, body: mediaJson(state, media) };
    }
    media.processed = true;
  }
  return { status: 200, body: mediaJson(state, media) };
}
