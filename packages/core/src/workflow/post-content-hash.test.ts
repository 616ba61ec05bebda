import { describe, expect, it } from "vitest";
import { PostContentSchema, type PostContent } from "../model/post.js";
import { validPostContent } from "../model/test-support.js";
import { postContentHash } from "./post-content-hash.js";

const content = (input: object = {}): PostContent => PostContentSchema.parse({ ...validPostContent, ...input });

describe("postContentHash and the content warning", () => {
  it("keeps the fingerprint of a post without a content warning, so approvals given before stay valid", () => {
    // The hash of this content before content warnings existed.
    expect(postContentHash(content())).toBe("fe38368c6edd4772666df41d2f9c762124d4fdc51a0b462c5a414159bb52859b");
  });

  it("changes when the post's content warning is added, changed or removed", () => {
    const without = postContentHash(content());
    const warned = postContentHash(content({ contentWarning: "Unfall, Verletzte" }));
    const other = postContentHash(content({ contentWarning: "Unfall" }));
    expect(new Set([without, warned, other]).size).toBe(3);
  });

  it("changes when a variant's content warning changes, an empty one (none on that channel) included", () => {
    const variant = (contentWarning?: string) => content({ variants: [{ channelId: "mastodon-main", ...(contentWarning === undefined ? {} : { contentWarning }) }] });
    const hashes = [variant(), variant(""), variant("Unfall")].map(postContentHash);
    expect(new Set(hashes).size).toBe(3);
  });

  it("does not mistake a warning moved into the text for the same content", () => {
    const a = content({ text: "Unfall", contentWarning: "Straße gesperrt" });
    const b = content({ text: "Straße gesperrt", contentWarning: "Unfall" });
    expect(postContentHash(a)).not.toBe(postContentHash(b));
  });
});
