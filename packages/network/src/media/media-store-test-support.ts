import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sampleMediaBytes } from "./media-samples.js";
import { MediaStoreError } from "./media-store-error.js";

/** Bytes that are a PNG by their start, and say "secret" after it: never to be handed out. */
export const SECRET_BYTES = Uint8Array.from([...sampleMediaBytes("png"), ...Buffer.from("secret outside the root")]);

/**
 * A folder for file store tests: `root` with media, a symbolic link inside
 * the root, links that lead out of it (to a folder, to a file, to a sibling
 * whose name starts like the root's), a loop and, where the system has
 * mkfifo, a FIFO; beside it `outside/secret.png` and `root-old/secret.png`.
 */
export async function makeMediaFolder(): Promise<{ readonly base: string; readonly root: string; readonly hasFifo: boolean; readonly remove: () => Promise<void> }> {
  const base = await mkdtemp(path.join(tmpdir(), "ksm-media-"));
  const root = path.join(base, "root");
  await mkdir(path.join(root, "2027", "03"), { recursive: true });
  await mkdir(path.join(root, "folder"));
  await mkdir(path.join(base, "outside"));
  await mkdir(path.join(base, "root-old"));
  await writeFile(path.join(base, "outside", "secret.png"), SECRET_BYTES);
  await writeFile(path.join(base, "root-old", "secret.png"), SECRET_BYTES);
  await writeFile(path.join(root, "2027", "03", "stadtfest.png"), sampleMediaBytes("png"));
  await writeFile(path.join(root, "clip.mp4"), sampleMediaBytes("mp4"));
  await writeFile(path.join(root, "flyer.pdf"), sampleMediaBytes("pdf"));
  await writeFile(path.join(root, "fake.png"), sampleMediaBytes("jpeg"));
  await writeFile(path.join(root, "notes.png"), "just text, no picture");
  await symlink(path.join("2027", "03", "stadtfest.png"), path.join(root, "link-in.png"));
  await symlink(path.join("..", "outside"), path.join(root, "link-out"));
  await symlink(path.join("..", "outside", "secret.png"), path.join(root, "link-out-file.png"));
  await symlink(path.join(base, "outside", "secret.png"), path.join(root, "absolute-link.png"));
  await symlink(path.join("..", "root-old", "secret.png"), path.join(root, "sibling.png"));
  await symlink("loop", path.join(root, "loop"));
  let hasFifo = false;
  try {
    execFileSync("mkfifo", [path.join(root, "fifo.png")], { stdio: "ignore" });
    hasFifo = true;
  } catch {
    hasFifo = false;
  }
  return { base, root, hasFifo, remove: () => rm(base, { recursive: true, force: true }) };
}

/** The MediaStoreError `work` rejects with; fails when it resolves or rejects with something else. */
export async function storeError(work: Promise<unknown>): Promise<MediaStoreError> {
  try {
    await work;
  } catch (error) {
    if (MediaStoreError.isMediaStoreError(error)) return error;
    throw error;
  }
  throw new Error("expected a MediaStoreError, but it resolved");
}
