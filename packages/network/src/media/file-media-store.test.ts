import { mkdir, realpath, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { KommuneError, TestClock, type Media } from "@kommune-sm/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileMediaStore } from "./file-media-store.js";
import { sampleMediaBytes } from "./media-samples.js";
import { makeMediaFolder, storeError } from "./media-store-test-support.js";
import { verifyMediaUrl } from "./verify-media-url.js";

let folder: Awaited<ReturnType<typeof makeMediaFolder>>;
beforeAll(async () => {
  folder = await makeMediaFolder();
});
afterAll(async () => {
  await folder.remove();
});

const image = (storageKey: string, extra: Partial<Media> = {}): Media => ({ id: "foto-1", kind: "image", storageKey, ...extra });
const signingKey = "s".repeat(32);
const publicBaseUrl = "https://medien.musterstadt.example/m";

describe("createFileMediaStore: reading", () => {
  it("opens a stored file: its bytes, its size from the file system, its type from the bytes", async () => {
    const store = createFileMediaStore({ root: folder.root });
    const opened = await store.open(image("2027/03/stadtfest.png"));
    expect(opened).toEqual({ bytes: sampleMediaBytes("png"), size: sampleMediaBytes("png").length, mimeType: "image/png", kind: "image", fileName: "stadtfest.png" });
    expect(await store.stat(image("2027/03/stadtfest.png"))).toEqual({ size: sampleMediaBytes("png").length, mimeType: "image/png", kind: "image", fileName: "stadtfest.png" });
    expect((await store.open({ id: "v", kind: "video", storageKey: "clip.mp4" })).mimeType).toBe("video/mp4");
    expect((await store.open({ id: "d", kind: "document", storageKey: "flyer.pdf" })).mimeType).toBe("application/pdf");
  });

  it("hands out a fresh copy each time: changing it changes nothing stored", async () => {
    const store = createFileMediaStore({ root: folder.root });
    const first = await store.open(image("2027/03/stadtfest.png"));
    first.bytes.fill(0);
    expect((await store.open(image("2027/03/stadtfest.png"))).bytes).toEqual(sampleMediaBytes("png"));
    expect(first.bytes.byteLength).toBe(first.bytes.buffer.byteLength);
  });

  it("stats a large file without reading it, and refuses to open one above maxOpenBytes", async () => {
    const big = new Uint8Array(3_000_000);
    big.set(sampleMediaBytes("mp4"));
    big.fill(7, 100);
    await writeFile(path.join(folder.root, "big.mp4"), big);
    const store = createFileMediaStore({ root: folder.root, maxOpenBytes: 1_000_000 });
    const video: Media = { id: "film", kind: "video", storageKey: "big.mp4" };
    expect((await store.stat(video)).size).toBe(big.length);
    const error = await storeError(store.open(video));
    expect(error.reason).toBe("too-large");
    expect(error.details).toMatchObject({ sizeBytes: big.length, maxBytes: 1_000_000 });
    // Buffer.compare: a deep equality over three million elements takes seconds.
    expect(Buffer.compare((await createFileMediaStore({ root: folder.root }).open(video)).bytes, big)).toBe(0);
  });

  it("follows a symbolic link that stays inside the root", async () => {
    const store = createFileMediaStore({ root: folder.root });
    expect((await store.open(image("link-in.png"))).bytes).toEqual(sampleMediaBytes("png"));
  });

  it("refuses bytes of another kind than declared, naming both, and bytes of no known format", async () => {
    const store = createFileMediaStore({ root: folder.root });
    const mismatch = await storeError(store.open(image("fake.png", { id: "foto-9", kind: "video" })));
    expect(mismatch.reason).toBe("kind-mismatch");
    expect(mismatch.message).toBe('Medium "foto-9" is declared as video, but its file ("fake.png") is an image (image/jpeg).');
    expect((await store.stat(image("fake.png"))).mimeType).toBe("image/jpeg");
    expect((await storeError(store.stat(image("notes.png")))).reason).toBe("unknown-format");
  });

  it("reports a missing file, a missing folder on the way and a folder as such", async () => {
    const store = createFileMediaStore({ root: folder.root });
    expect((await storeError(store.open(image("2027/03/fehlt.png")))).reason).toBe("not-found");
    expect((await storeError(store.open(image("2099/01/fehlt.png")))).reason).toBe("not-found");
    expect((await storeError(store.open(image("2027/03/stadtfest.png/x.png")))).reason).toBe("not-found");
    const error = await storeError(store.open(image("folder")));
    expect(error.reason).toBe("not-a-file");
    expect(KommuneError.isInstance(error, "NETWORK_MEDIA_INVALID")).toBe(true);
  });

  it("refuses a FIFO as no file, without waiting for a writer", async () => {
    if (!folder.hasFifo) return;
    const store = createFileMediaStore({ root: folder.root });
    expect((await storeError(store.open(image("fifo.png")))).reason).toBe("not-a-file");
  });

  it("refuses a medium without storageKey as not stored", async () => {
    const store = createFileMediaStore({ root: folder.root });
    expect((await storeError(store.open({ id: "web", kind: "image", url: "https://example.org/a.png" }))).reason).toBe("not-stored");
  });

  it("rejects with the signal's reason when aborted", async () => {
    const store = createFileMediaStore({ root: folder.root });
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(store.open(image("2027/03/stadtfest.png"), { signal: controller.signal })).rejects.toBe(reason);
    await expect(store.stat(image("2027/03/stadtfest.png"), { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe("createFileMediaStore: never outside the root", () => {
  it.each(["../outside/secret.png", "2027/../../outside/secret.png", "/etc/passwd", "..\\outside\\secret.png", "%2e%2e/outside/secret.png", "a\u0000.png", "C:/secret.png"])(
    "refuses the key %j",
    async (key) => {
      const store = createFileMediaStore({ root: folder.root });
      expect((await storeError(store.open(image(key)))).reason).toBe("invalid-key");
      expect((await storeError(store.pathOf(key))).reason).toBe("invalid-key");
    },
  );

  it.each(["link-out/secret.png", "link-out-file.png", "absolute-link.png", "sibling.png"])("refuses %j, a symbolic link out of the root, without naming a path", async (key) => {
    const store = createFileMediaStore({ root: folder.root });
    const error = await storeError(store.open(image(key)));
    expect(error.reason).toBe("invalid-key");
    expect(error.message).toBe(`The storage key ${JSON.stringify(key)} of medium "foto-1" leads outside the media store through a symbolic link.`);
    expect(error.message).not.toContain(folder.base);
    expect((await storeError(store.pathOf(key))).reason).toBe("invalid-key");
  });

  it("refuses a symbolic link loop", async () => {
    const store = createFileMediaStore({ root: folder.root });
    expect((await storeError(store.open(image("loop")))).reason).toBe("invalid-key");
  });

  it("hands out the real path of a file inside the root", async () => {
    const store = createFileMediaStore({ root: folder.root });
    const real = await realpath(folder.root);
    expect(await store.pathOf("2027/03/stadtfest.png")).toBe(path.join(real, "2027", "03", "stadtfest.png"));
    expect(await store.pathOf("link-in.png")).toBe(path.join(real, "2027", "03", "stadtfest.png"));
  });

  it("works with a root reached through a symbolic link, and with a relative root", async () => {
    const viaLink = createFileMediaStore({ root: path.join(folder.root, "..", "root") });
    expect((await viaLink.stat(image("2027/03/stadtfest.png"))).size).toBeGreaterThan(0);
    const relative = createFileMediaStore({ root: path.relative(process.cwd(), folder.root) });
    expect(relative.root).toBe(path.resolve(folder.root));
    expect((await relative.stat(image("2027/03/stadtfest.png"))).mimeType).toBe("image/png");
  });

  it("reports a root that cannot be read, and works once it exists", async () => {
    const later = path.join(folder.base, "later");
    const store = createFileMediaStore({ root: later });
    await expect(store.open(image("a.png"))).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
    await mkdir(later);
    await writeFile(path.join(later, "a.png"), sampleMediaBytes("png"));
    expect((await store.open(image("a.png"))).mimeType).toBe("image/png");
    await rm(later, { recursive: true });
  });
});

describe("createFileMediaStore: public URLs", () => {
  it("refuses public URLs when made without publicBaseUrl and signingKey", async () => {
    const store = createFileMediaStore({ root: folder.root });
    const error = await storeError(store.publicUrl(image("2027/03/stadtfest.png"), { expiresInMs: 60_000 }));
    expect(error.reason).toBe("public-url-not-offered");
    expect(error.code).toBe("NETWORK_MEDIA_URL_UNAVAILABLE");
    expect(error.message).toContain('medium "foto-1" cannot be handed to a network that fetches media itself');
  });

  it("refuses to be made with only one of publicBaseUrl and signingKey, or malformed ones", () => {
    expect(() => createFileMediaStore({ root: folder.root, publicBaseUrl })).toThrow("publicBaseUrl and signingKey go together");
    expect(() => createFileMediaStore({ root: folder.root, signingKey })).toThrow("publicBaseUrl and signingKey go together");
    expect(() => createFileMediaStore({ root: folder.root, publicBaseUrl, signingKey: "short" })).toThrow("needs at least 32");
    expect(() => createFileMediaStore({ root: folder.root, publicBaseUrl: "not a url", signingKey })).toThrow("publicBaseUrl must be an absolute http(s) URL");
    expect(() => createFileMediaStore({ root: "" })).toThrow("root must be the path of a folder");
    expect(() => createFileMediaStore({ root: folder.root, maxOpenBytes: 0 })).toThrow("maxOpenBytes must be a positive integer");
  });

  it("signs a URL that the serving handler verifies and opens by key, until it expires", async () => {
    const clock = new TestClock("2027-03-14T09:00:00Z");
    const store = createFileMediaStore({ root: folder.root, publicBaseUrl, signingKey, clock });
    const signed = await store.publicUrl(image("2027/03/stadtfest.png"), { expiresInMs: 10 * 60_000 });
    expect(signed.expiresAt).toBe("2027-03-14T09:10:00.000Z");
    expect(signed.url.startsWith(`${publicBaseUrl}/2027/03/stadtfest.png?expires=`)).toBe(true);
    const check = verifyMediaUrl(signed.url, { publicBaseUrl, signingKey, now: clock.now() });
    expect(check).toMatchObject({ ok: true, storageKey: "2027/03/stadtfest.png" });
    if (!check.ok) return;
    const served = await store.openKey(check.storageKey);
    expect(served.bytes).toEqual(sampleMediaBytes("png"));
    expect(served.mimeType).toBe("image/png");
    expect(verifyMediaUrl(signed.url, { publicBaseUrl, signingKey, now: clock.now() + 10 * 60_000 })).toEqual({ ok: false, reason: "expired" });
  });

  it("signs no URL for a file that is missing or of the wrong kind", async () => {
    const store = createFileMediaStore({ root: folder.root, publicBaseUrl, signingKey });
    expect((await storeError(store.publicUrl(image("fehlt.png"), { expiresInMs: 60_000 }))).reason).toBe("not-found");
    expect((await storeError(store.publicUrl(image("clip.mp4"), { expiresInMs: 60_000 }))).reason).toBe("kind-mismatch");
    expect((await storeError(store.publicUrl(image("../outside/secret.png"), { expiresInMs: 60_000 }))).reason).toBe("invalid-key");
  });

  it("answers the own url of a medium that is not stored, with no expiry", async () => {
    const store = createFileMediaStore({ root: folder.root });
    expect(await store.publicUrl({ id: "web", kind: "image", url: "https://www.musterstadt.example/a.png" }, { expiresInMs: 60_000 })).toEqual({ url: "https://www.musterstadt.example/a.png" });
  });

  it("refuses a lifetime out of range", async () => {
    const store = createFileMediaStore({ root: folder.root, publicBaseUrl, signingKey });
    await expect(store.publicUrl(image("2027/03/stadtfest.png"), { expiresInMs: 0 })).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
  });
});
