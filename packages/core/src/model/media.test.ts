import { describe, expect, it } from "vitest";
import { MAX_ALT_TEXT_LENGTH, MediaSchema } from "./media.js";
import { expectCatalogueIssue, issueAt, parsed, validMedia } from "./test-support.js";

describe("MediaSchema", () => {
  it("accepts media found by storage key or by URL", () => {
    expect(parsed(MediaSchema, validMedia)).toEqual(validMedia);
    const { storageKey: _, ...byUrl } = validMedia;
    expect(parsed(MediaSchema, { ...byUrl, url: "https://www.musterstadt.example/bilder/stadtfest.jpg" }).url).toBeDefined();
  });

  it("requires a URL or a storage key", () => {
    const { storageKey: _, ...neither } = validMedia;
    expectCatalogueIssue(MediaSchema, neither, "url", "media.source-missing");
  });

  it("accepts alt text up to 1,500 characters and rejects longer", () => {
    expect(parsed(MediaSchema, { ...validMedia, altText: "a".repeat(MAX_ALT_TEXT_LENGTH) }).altText).toHaveLength(1500);
    const { de, en } = issueAt(MediaSchema, { ...validMedia, altText: "a".repeat(1501) }, "altText");
    expect(de.code).toBe("too_big");
    expect(de.message).toMatch(/Zu groß.*1500/);
    expect(en.message).toMatch(/Too big.*1500/);
  });

  it("accepts a decorative image without alt text", () => {
    const { altText: _, ...decorative } = validMedia;
    expect(parsed(MediaSchema, { ...decorative, decorative: true }).decorative).toBe(true);
  });

  it("rejects a malformed MIME type, an unknown kind and impossible sizes", () => {
    expectCatalogueIssue(MediaSchema, { ...validMedia, mimeType: "jpeg" }, "mimeType", "mime-type.format");
    expect(issueAt(MediaSchema, { ...validMedia, kind: "audio" }, "kind").de.code).toBe("invalid_value");
    expect(issueAt(MediaSchema, { ...validMedia, width: 0 }, "width").de.code).toBe("too_small");
    expect(issueAt(MediaSchema, { ...validMedia, sizeBytes: -1 }, "sizeBytes").de.code).toBe("too_small");
  });
});
