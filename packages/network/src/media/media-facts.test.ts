import { describe, expect, it } from "vitest";
import { mediaFactsOf, storedKeyOf } from "./media-facts.js";
import { mediaFileName } from "./media-file-name.js";
import { MEDIA_FORMATS } from "./media-format.js";
import { sampleMediaBytes } from "./media-samples.js";
import { MediaStoreError } from "./media-store-error.js";

function thrown(work: () => unknown): MediaStoreError {
  try {
    work();
  } catch (error) {
    if (MediaStoreError.isMediaStoreError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("mediaFactsOf", () => {
  it("answers the type found in the bytes and the size given", () => {
    expect(mediaFactsOf({ id: "m", kind: "image" }, "2027/stadtfest.png", sampleMediaBytes("png"), 1234)).toEqual({
      size: 1234,
      mimeType: "image/png",
      kind: "image",
      fileName: "stadtfest.png",
    });
  });

  it("refuses bytes of another kind than declared, naming both", () => {
    const error = thrown(() => mediaFactsOf({ id: "foto-1", kind: "image" }, "clip.jpg", sampleMediaBytes("mp4"), 10));
    expect(error.reason).toBe("kind-mismatch");
    expect(error.code).toBe("NETWORK_MEDIA_INVALID");
    expect(error.message).toBe('Medium "foto-1" is declared as image, but its file ("clip.jpg") is a video (video/mp4).');
    expect(error.details).toMatchObject({ declaredKind: "image", detectedMimeType: "video/mp4" });
  });

  it("refuses a GIF declared as an image: GIF is a kind of its own", () => {
    expect(thrown(() => mediaFactsOf({ id: "m", kind: "image" }, "a.gif", sampleMediaBytes("gif"), 10)).reason).toBe("kind-mismatch");
  });

  it("refuses bytes of no known format, listing the known ones", () => {
    const error = thrown(() => mediaFactsOf({ id: "m", kind: "image" }, "a.png", new TextEncoder().encode("hello"), 5));
    expect(error.reason).toBe("unknown-format");
    expect(error.message).toContain("PNG, JPEG, GIF, WEBP, MP4, MOV, PDF");
  });

  it("without a declared kind, takes any known format", () => {
    expect(mediaFactsOf({}, "clip.mov", sampleMediaBytes("mov"), 3).mimeType).toBe("video/quicktime");
  });
});

describe("storedKeyOf", () => {
  it("refuses a medium without storageKey as not stored, and says its url finds it", () => {
    const error = thrown(() => storedKeyOf({ id: "m", kind: "image", url: "https://example.org/a.png" }));
    expect(error.reason).toBe("not-stored");
    expect(error.message).toBe('Medium "m" has no storageKey, so no media store holds it; it is found by its url.');
  });
});

describe("mediaFileName", () => {
  it.each([
    ["2027/03/stadtfest.jpg", "jpeg", "stadtfest.jpg"],
    ["2027/03/stadtfest.JPEG", "jpeg", "stadtfest.JPEG"],
    ["stadtfest", "jpeg", "stadtfest.jpg"],
    ["foto.png", "jpeg", "foto.png.jpg"],
    [".png", "png", ".png.png"],
    ["clip.MOV", "mov", "clip.MOV"],
  ] as const)("%s holding %s is sent as %s", (key, format, name) => {
    expect(mediaFileName(key, MEDIA_FORMATS[format])).toBe(name);
  });
});
