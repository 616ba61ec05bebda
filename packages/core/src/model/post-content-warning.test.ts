import { describe, expect, it } from "vitest";
import { MAX_CONTENT_WARNING_LENGTH, PostContentSchema, PostSchema, PostVariantSchema } from "./post.js";
import { expectCatalogueIssue, issueAt, parsed, validPost, validPostContent } from "./test-support.js";

describe("a post's content warning", () => {
  it("is optional: content written before it stays valid and gets none", () => {
    const content = parsed(PostContentSchema, validPostContent);
    expect(content.contentWarning).toBeUndefined();
    expect(content.variants.every((variant) => variant.contentWarning === undefined)).toBe(true);
  });

  it("is kept on the post and on a variant, which overrides the post's", () => {
    const content = parsed(PostContentSchema, {
      ...validPostContent,
      contentWarning: "Unfall auf der B 27, Verletzte",
      variants: [{ channelId: "mastodon-main", contentWarning: "Unfall, Verletzte" }, { channelId: "bluesky-main", contentWarning: "" }],
    });
    expect(content.contentWarning).toBe("Unfall auf der B 27, Verletzte");
    expect(content.variants.map((variant) => variant.contentWarning)).toEqual(["Unfall, Verletzte", ""]);
    expect(parsed(PostSchema, { ...validPost, contentWarning: "Unfall" }).contentWarning).toBe("Unfall");
  });

  it("is at least one character on the post (a variant's empty warning means: none on this channel)", () => {
    expect(issueAt(PostContentSchema, { ...validPostContent, contentWarning: "" }, "contentWarning").en.code).toBe("too_small");
    expect(parsed(PostVariantSchema, { channelId: "bluesky-main", contentWarning: "" }).contentWarning).toBe("");
  });

  it(`is at most ${MAX_CONTENT_WARNING_LENGTH} characters, on the post and on a variant`, () => {
    expect(parsed(PostContentSchema, { ...validPostContent, contentWarning: "x".repeat(MAX_CONTENT_WARNING_LENGTH) }).contentWarning).toHaveLength(MAX_CONTENT_WARNING_LENGTH);
    expect(issueAt(PostContentSchema, { ...validPostContent, contentWarning: "x".repeat(MAX_CONTENT_WARNING_LENGTH + 1) }, "contentWarning").en.code).toBe("too_big");
    const variants = [{ channelId: "mastodon-main", contentWarning: "x".repeat(MAX_CONTENT_WARNING_LENGTH + 1) }];
    expect(issueAt(PostContentSchema, { ...validPostContent, variants }, "variants[0].contentWarning").en.code).toBe("too_big");
  });

  it("is well-formed text: half an emoji is refused with the catalogue message", () => {
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, contentWarning: "Unfall \uD83D" }, "contentWarning", "text.ill-formed", { field: "contentWarning" });
    const variants = [{ channelId: "mastodon-main", contentWarning: "\uDE97" }];
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, variants }, "variants[0].contentWarning", "text.ill-formed", { field: "variants[0].contentWarning" });
  });

  it("is text, not anything else", () => {
    expect(issueAt(PostContentSchema, { ...validPostContent, contentWarning: 42 }, "contentWarning").en.code).toBe("invalid_type");
  });
});
