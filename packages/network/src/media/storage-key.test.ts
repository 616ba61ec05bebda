import { KommuneError } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { MediaStoreError } from "./media-store-error.js";
import { isSafeStorageKey, MAX_STORAGE_KEY_LENGTH, storageKeyProblem, storageKeySegments } from "./storage-key.js";

describe("storage keys", () => {
  it.each([
    "stadtfest.jpg",
    "2027/03/stadtfest.jpg",
    "2027/03/Stadtfest Übersicht.jpg",
    "a/b/c/d/e.png",
    ".hidden.png",
    "rabatt 50%.jpg",
    "x".repeat(MAX_STORAGE_KEY_LENGTH),
  ])("takes %j", (key) => {
    expect(storageKeyProblem(key)).toBeUndefined();
    expect(storageKeySegments(key).join("/")).toBe(key);
  });

  it.each([
    ["", "non-empty"],
    ["../secret", "made of dots"],
    ["a/../../secret", "made of dots"],
    ["./a.png", "made of dots"],
    ["a/./b.png", "made of dots"],
    ["a/.. /b.png", "made of dots"],
    ["a/.../b.png", "made of dots"],
    ["/etc/passwd", "absolute"],
    ["a\\..\\b.png", "backslash"],
    ["a\\b.png", "backslash"],
    ["C:/Windows/win.ini", "colon"],
    ["a/b.png:stream", "colon"],
    ["a\u0000.png", "control character"],
    ["a\n.png", "control character"],
    ["%2e%2e/secret", "percent escape"],
    ["%2E%2E%2Fsecret", "percent escape"],
    ["a%5c..%5cb", "percent escape"],
    ["a//b.png", "empty segment"],
    ["a/", "empty segment"],
    ["nul.jpg", "device name"],
    ["a/COM1", "device name"],
    ["x".repeat(MAX_STORAGE_KEY_LENGTH + 1), "characters long"],
  ])("refuses %j (%s)", (key, words) => {
    expect(storageKeyProblem(key)).toContain(words);
    expect(isSafeStorageKey(key)).toBe(false);
  });

  it("refuses what is not a string", () => {
    expect(isSafeStorageKey(undefined)).toBe(false);
    expect(isSafeStorageKey(42)).toBe(false);
  });

  it("throws a MediaStoreError naming the key, the medium and what is wrong", () => {
    let caught: unknown;
    try {
      storageKeySegments("../../etc/passwd", "foto-1");
    } catch (error) {
      caught = error;
    }
    expect(MediaStoreError.isMediaStoreError(caught)).toBe(true);
    const error = caught as MediaStoreError;
    expect(error.reason).toBe("invalid-key");
    expect(KommuneError.isInstance(error, "NETWORK_MEDIA_INVALID")).toBe(true);
    expect(error.message).toBe('The storage key "../../etc/passwd" of medium "foto-1" has the segment "..", made of dots; it could lead out of the media store.');
    expect(error.details).toEqual({ mediaId: "foto-1", storageKey: "../../etc/passwd" });
  });
});
