// The file store's path rule as properties, on a real folder: a generated
// hostile key, made of traversal pieces, encodings and the folder's own
// symbolic links that lead out, never gets a path or a byte from outside
// the root; a key of plain names always resolves to that file inside it.
import { mkdir, realpath, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileMediaStore } from "./file-media-store.js";
import { isInsideRoot } from "./resolve-inside-root.js";
import { sampleMediaBytes } from "./media-samples.js";
import { MediaStoreError } from "./media-store-error.js";
import { makeMediaFolder, SECRET_BYTES } from "./media-store-test-support.js";

let folder: Awaited<ReturnType<typeof makeMediaFolder>>;
let realRoot: string;
beforeAll(async () => {
  folder = await makeMediaFolder();
  realRoot = await realpath(folder.root);
});
afterAll(async () => {
  await folder.remove();
});

const pieces = ["..", ".", "/", "\\", "%2e", "%2f", "%5c", "%00", "\u0000", ":", "C:", "~", "outside", "root-old", "secret.png", "link-out", "link-out-file.png", "absolute-link.png", "sibling.png", "link-in.png", "loop", "2027", "03", "stadtfest.png", "folder", " ", "．．"];
const hostile = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));
const joined = fc.array(fc.constantFrom(...pieces.filter((piece) => piece !== "/")), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("/"));

describe("createFileMediaStore (properties)", () => {
  it("never hands out a path or bytes from outside the root, whatever the key", async () => {
    const store = createFileMediaStore({ root: folder.root });
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, joined), async (key) => {
        try {
          expect(isInsideRoot(realRoot, await store.pathOf(key))).toBe(true);
        } catch (error) {
          if (!MediaStoreError.isMediaStoreError(error)) throw error;
        }
        for (const kind of ["image", "video", "gif", "document"] as const) {
          try {
            const opened = await store.open({ id: "m", kind, storageKey: key });
            expect(Buffer.from(opened.bytes).includes(Buffer.from("secret outside the root"))).toBe(false);
          } catch (error) {
            if (!MediaStoreError.isMediaStoreError(error)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(SECRET_BYTES.length).toBeGreaterThan(0);
  });

  // Names of letters (umlauts too), digits, spaces inside, "-", "_" and dots that are not all of the name.
  const name = fc.stringMatching(/^[A-Za-z0-9äöüß_-][A-Za-z0-9äöüß _.-]{0,16}$/).filter((segment) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment));
  const fineKey = fc.array(name, { minLength: 1, maxLength: 4 }).map((segments) => `fine/${segments.join("/")}`);

  it("resolves every key of plain names to its file inside the root", async () => {
    const store = createFileMediaStore({ root: folder.root });
    await fc.assert(
      fc.asyncProperty(fineKey, async (key) => {
        const file = path.join(folder.root, ...key.split("/"));
        try {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, sampleMediaBytes("png"));
        } catch {
          // An earlier key made a folder where this one wants a file, or the other way round.
          fc.pre(false);
        }
        expect(await store.pathOf(key)).toBe(path.join(realRoot, ...key.split("/")));
        expect((await store.open({ id: "m", kind: "image", storageKey: key })).bytes).toEqual(sampleMediaBytes("png"));
      }),
      { numRuns: 100 },
    );
  });
});
