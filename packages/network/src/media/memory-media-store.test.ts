import { TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createMemoryMediaStore } from "./memory-media-store.js";
import { sampleMediaBytes } from "./media-samples.js";
import { storeError } from "./media-store-test-support.js";
import { verifyMediaUrl } from "./verify-media-url.js";

describe("createMemoryMediaStore", () => {
  it("holds bytes by key and answers them with their size and type, like the file store", async () => {
    const store = createMemoryMediaStore({ files: { "2027/03/stadtfest.png": sampleMediaBytes("png") } });
    store.put("clip.mov", sampleMediaBytes("mov"));
    expect(await store.open({ id: "foto", kind: "image", storageKey: "2027/03/stadtfest.png" })).toEqual({
      bytes: sampleMediaBytes("png"),
      size: sampleMediaBytes("png").length,
      mimeType: "image/png",
      kind: "image",
      fileName: "stadtfest.png",
    });
    expect(await store.stat({ id: "film", kind: "video", storageKey: "clip.mov" })).toMatchObject({ mimeType: "video/quicktime", fileName: "clip.mov" });
    expect(store.opened).toEqual(["2027/03/stadtfest.png"]);
  });

  it("keeps copies: changing the array put in, or the bytes handed out, changes nothing stored", async () => {
    const original = sampleMediaBytes("gif");
    const store = createMemoryMediaStore({ files: [["a.gif", original]] });
    original.fill(0);
    const opened = await store.open({ id: "g", kind: "gif", storageKey: "a.gif" });
    opened.bytes.fill(0);
    expect((await store.open({ id: "g", kind: "gif", storageKey: "a.gif" })).bytes).toEqual(sampleMediaBytes("gif"));
  });

  it("refuses what the file store refuses: unsafe keys, missing files, wrong kinds, unknown formats, media not stored", async () => {
    const store = createMemoryMediaStore({ files: { "fake.png": sampleMediaBytes("jpeg"), "notes.png": new TextEncoder().encode("text") } });
    expect(() => store.put("../escape.png", sampleMediaBytes("png"))).toThrow('The storage key "../escape.png" has the segment ".."');
    expect((await storeError(store.open({ id: "m", kind: "image", storageKey: "../fake.png" }))).reason).toBe("invalid-key");
    expect((await storeError(store.open({ id: "m", kind: "image", storageKey: "fehlt.png" }))).reason).toBe("not-found");
    expect((await storeError(store.open({ id: "m", kind: "gif", storageKey: "fake.png" }))).reason).toBe("kind-mismatch");
    expect((await storeError(store.open({ id: "m", kind: "image", storageKey: "notes.png" }))).reason).toBe("unknown-format");
    expect((await storeError(store.open({ id: "m", kind: "image", url: "https://example.org/a.png" }))).reason).toBe("not-stored");
    expect(store.opened).toEqual([]);
  });

  it("removes files", async () => {
    const store = createMemoryMediaStore({ files: { "a.png": sampleMediaBytes("png") } });
    expect(store.has("a.png")).toBe(true);
    expect(store.delete("a.png")).toBe(true);
    expect(store.has("a.png")).toBe(false);
    expect((await storeError(store.stat({ id: "m", kind: "image", storageKey: "a.png" }))).reason).toBe("not-found");
  });

  it("offers no public URLs unless given a base and a key, and then signs them as the file store does", async () => {
    const media = { id: "m", kind: "image", storageKey: "a.png" } as const;
    const plain = createMemoryMediaStore({ files: { "a.png": sampleMediaBytes("png") } });
    expect((await storeError(plain.publicUrl(media, { expiresInMs: 60_000 }))).reason).toBe("public-url-not-offered");
    const clock = new TestClock("2027-03-14T09:00:00Z");
    const signingKey = new Uint8Array(32).fill(9);
    const publicBaseUrl = "https://test.example/media";
    const signing = createMemoryMediaStore({ files: { "a.png": sampleMediaBytes("png") }, publicBaseUrl, signingKey, clock });
    const signed = await signing.publicUrl(media, { expiresInMs: 60_000 });
    expect(signed.expiresAt).toBe("2027-03-14T09:01:00.000Z");
    expect(verifyMediaUrl(signed.url, { publicBaseUrl, signingKey, now: clock.now() })).toMatchObject({ ok: true, storageKey: "a.png" });
  });

  it("rejects with the signal's reason when aborted", async () => {
    const store = createMemoryMediaStore({ files: { "a.png": sampleMediaBytes("png") } });
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(store.open({ id: "m", kind: "image", storageKey: "a.png" }, { signal: controller.signal })).rejects.toThrow("stop");
  });
});
