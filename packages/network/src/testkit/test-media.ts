import type { Media, MediaKind } from "@kommune-sm/core";

const files: Record<MediaKind, { readonly extension: string; readonly mimeType: string }> = {
  image: { extension: "jpg", mimeType: "image/jpeg" },
  video: { extension: "mp4", mimeType: "video/mp4" },
  gif: { extension: "gif", mimeType: "image/gif" },
  document: { extension: "pdf", mimeType: "application/pdf" },
};

/**
 * The media item the kit publishes when the setup brings no `media` of its
 * own: a small file of `kind` behind an https URL on example.org, with alt
 * text. The kit sets or removes `altText` and `sizeBytes` as a check needs.
 */
export function defaultTestMedia(kind: MediaKind, index: number): Media {
  const file = files[kind];
  return {
    id: `kit-${kind}-${index}`,
    kind,
    url: `https://media.example.org/kommune-sm-testkit/${kind}-${index}.${file.extension}`,
    mimeType: file.mimeType,
    sizeBytes: 2048,
    ...(kind === "image" || kind === "gif" ? { width: 800, height: 600 } : {}),
    ...(kind === "video" ? { durationSeconds: 12 } : {}),
    altText: `Testbild ${index}: das Rathaus von Musterstadt im Sonnenschein`,
  };
}
