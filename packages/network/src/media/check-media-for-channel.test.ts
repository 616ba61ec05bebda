import type { Media } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import type { MediaCapabilitiesV1 } from "../spec/capabilities-v1.js";
import { checkMediaForChannel } from "./check-media-for-channel.js";
import { createMemoryMediaStore } from "./memory-media-store.js";
import { describeMediaProblem } from "./media-problem.js";
import { sampleMediaBytes } from "./media-samples.js";
import type { MediaStore } from "./media-store.js";

const capabilities: MediaCapabilitiesV1 = { kinds: ["image", "video"], maxItems: 4, maxBytes: { image: 1000 }, altText: "required", altTextMaxLength: 100 };

function bigPng(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(sampleMediaBytes("png"));
  return bytes;
}

describe("checkMediaForChannel", () => {
  it("finds nothing in media that fit, reading sizes from the store and not the bytes", async () => {
    const store = createMemoryMediaStore({ files: { "a.png": sampleMediaBytes("png"), "b.mp4": sampleMediaBytes("mp4") } });
    const media: Media[] = [
      { id: "a", kind: "image", storageKey: "a.png", altText: "Rathaus" },
      { id: "b", kind: "video", storageKey: "b.mp4", altText: "Film vom Stadtfest" },
    ];
    expect(await checkMediaForChannel(media, capabilities, store)).toEqual([]);
    expect(store.opened).toEqual([]);
  });

  it("takes the size from the store, not the size the medium declares", async () => {
    const store = createMemoryMediaStore({ files: { "gross.png": bigPng(5000) } });
    const problems = await checkMediaForChannel([{ id: "gross", kind: "image", storageKey: "gross.png", altText: "x", sizeBytes: 10 }], capabilities, store);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 0, problem: "too-large", values: { sizeBytes: 5000, maxBytes: 1000 } });
    expect(describeMediaProblem(problems[0]!, "de")).toBe("Medium 1 („gross“) ist 5 kB groß; erlaubt sind höchstens 1 kB.");
  });

  it("checks a medium known only by url by the size it declares", async () => {
    const store = createMemoryMediaStore();
    const media: Media[] = [{ id: "web", kind: "image", url: "https://www.musterstadt.example/a.png", altText: "x", sizeBytes: 2000 }];
    expect((await checkMediaForChannel(media, capabilities, store)).map((p) => p.problem)).toEqual(["too-large"]);
    expect(await checkMediaForChannel([{ ...media[0]!, sizeBytes: undefined }], capabilities, store)).toEqual([]);
  });

  it("names missing files, unsafe keys, files of another kind and of no known format, each with its position", async () => {
    const store = createMemoryMediaStore({ files: { "clip.png": sampleMediaBytes("mp4"), "text.png": new TextEncoder().encode("hallo"), "ok.png": sampleMediaBytes("png") } });
    const media: Media[] = [
      { id: "ok", kind: "image", storageKey: "ok.png", altText: "x" },
      { id: "fehlt", kind: "image", storageKey: "fehlt.png", altText: "x" },
      { id: "boese", kind: "image", storageKey: "../../etc/passwd", altText: "x" },
      { id: "clip", kind: "image", storageKey: "clip.png" },
      { id: "text", kind: "image", storageKey: "text.png", altText: "x" },
    ];
    const problems = await checkMediaForChannel(media, capabilities, store);
    expect(problems.map((p) => [p.index, p.problem])).toEqual([
      [1, "not-found"],
      [2, "invalid-key"],
      [3, "kind-mismatch"],
      [3, "alt-text-missing"],
      [4, "unknown-format"],
      [4, "too-many"],
    ]);
    const mismatch = problems.find((p) => p.problem === "kind-mismatch")!;
    expect(mismatch.message).toBe('Item 4 ("clip") is declared as an image, but its file is a video (video/mp4).');
    expect(describeMediaProblem(mismatch, "de")).toBe("Medium 4 („clip“) ist als Bild angegeben, die Datei ist aber ein Video (video/mp4).");
    expect(describeMediaProblem(problems[0]!, "de")).toBe("Die Datei von Medium 2 („fehlt“) fehlt in der Mediathek; bitte neu hochladen.");
    expect(describeMediaProblem(problems[4]!, "en")).toBe('The file of item 5 ("text") is in no known format; known are PNG, JPEG, GIF, WEBP, MP4, MOV, and PDF.');
  });

  it("lets a failure that is not about a medium through, and stops when aborted", async () => {
    const failing: MediaStore = {
      stat: () => Promise.reject(new Error("disk failed")),
      open: () => Promise.reject(new Error("disk failed")),
      publicUrl: () => Promise.reject(new Error("disk failed")),
    };
    await expect(checkMediaForChannel([{ id: "a", kind: "image", storageKey: "a.png" }], capabilities, failing)).rejects.toThrow("disk failed");
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(checkMediaForChannel([{ id: "a", kind: "image", storageKey: "a.png" }], capabilities, createMemoryMediaStore(), { signal: controller.signal })).rejects.toThrow("stop");
  });
});
