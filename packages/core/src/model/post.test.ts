import { describe, expect, it } from "vitest";
import { POST_STATES } from "./post-state.js";
import { PostContentSchema, PostSchema } from "./post.js";
import { expectCatalogueIssue, issueAt, issuesOf, parsed, validMedia, validPost, validPostContent } from "./test-support.js";

describe("PostContentSchema", () => {
  it("accepts what an editor writes and fills in the defaults", () => {
    const content = parsed(PostContentSchema, { text: "Das Bürgerbüro ist am Montag geschlossen." });
    expect(content).toEqual({ text: "Das Bürgerbüro ist am Montag geschlossen.", language: "de", media: [], links: [], hashtags: [], variants: [] });
    expect(parsed(PostContentSchema, validPostContent).variants).toHaveLength(2);
  });

  it("rejects an empty text", () => {
    const { de, en } = issueAt(PostContentSchema, { ...validPostContent, text: "" }, "text");
    expect(de.message).toMatch(/Zu klein/);
    expect(en.message).toMatch(/Too small/);
  });

  it("rejects a second variant for the same channel at the repetition", () => {
    const input = {
      ...validPostContent,
      variants: [...validPostContent.variants, { channelId: "mastodon-main", text: "Noch einmal" }],
    };
    expectCatalogueIssue(PostContentSchema, input, "variants[2].channelId", "variant.duplicate-channel", { channelId: "mastodon-main" });
    expect(issueAt(PostContentSchema, input, "variants[2].channelId").de.message).toBe("Für den Kanal „mastodon-main“ gibt es mehr als eine Variante.");
  });

  it("rejects hashtags with # or spaces", () => {
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, hashtags: ["Stadtfest", "#Musterstadt"] }, "hashtags[1]", "hashtag.format");
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, hashtags: ["Stadt fest"] }, "hashtags[0]", "hashtag.format");
    expect(parsed(PostContentSchema, { ...validPostContent, hashtags: ["Straßenfest2027", "Café"] }).hashtags).toEqual(["Straßenfest2027", "Café"]);
  });

  it("reports an over-long alt text deep inside a variant with its full path", () => {
    const media = [{ ...validMedia, altText: "x".repeat(1501) }];
    const input = { ...validPostContent, variants: [{ channelId: "instagram-main", media }] };
    expect(issueAt(PostContentSchema, input, "variants[0].media[0].altText").de.code).toBe("too_big");
  });

  it("rejects a link that is not http(s) and an invalid language", () => {
    expect(issueAt(PostContentSchema, { ...validPostContent, links: ["file:///etc/passwd"] }, "links[0]").de.code).toBe("invalid_format");
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, language: "Deutsch" }, "language", "language.format");
  });
});

describe("PostSchema", () => {
  it("accepts a post and normalises its instants to UTC", () => {
    const post = parsed(PostSchema, validPost);
    expect(post.scheduledAt).toBe("2027-06-10T06:00:00.000Z");
    expect(post.createdAt).toBe("2027-06-01T09:12:00.000Z");
    expect(post.updatedAt).toBe("2027-06-03T14:40:00.250Z");
    expect(post.contributorIds).toEqual(["jonas-weber", "leyla-yilmaz"]);
  });

  it("accepts every workflow state and nothing else", () => {
    for (const state of POST_STATES) expect(parsed(PostSchema, { ...validPost, state }).state).toBe(state);
    expect(issueAt(PostSchema, { ...validPost, state: "deleted" }, "state").de.message).toMatch(/Ungültige Option/);
  });

  it("starts revisions at 1", () => {
    expect(issueAt(PostSchema, { ...validPost, revision: 0 }, "revision").de.code).toBe("too_small");
    expect(issueAt(PostSchema, { ...validPost, revision: 1.5 }, "revision").de.code).toBe("invalid_type");
  });

  it("records a rejection with reason, person and time", () => {
    const rejection = { reason: "Bitte Barrierefreiheit prüfen: Alternativtext fehlt.", by: "anna-becker", at: "2027-06-02T10:00:00+02:00" };
    expect(parsed(PostSchema, { ...validPost, state: "rejected", rejection }).rejection).toEqual({ ...rejection, at: "2027-06-02T08:00:00.000Z" });
    expect(issueAt(PostSchema, { ...validPost, rejection: { ...rejection, reason: "" } }, "rejection.reason").de.code).toBe("too_small");
  });

  it("checks variant channels of a post as well", () => {
    const input = { ...validPost, variants: [{ channelId: "x" }, { channelId: "x" }] };
    expectCatalogueIssue(PostSchema, input, "variants[1].channelId", "variant.duplicate-channel", { channelId: "x" });
  });

  it("reports a duplicate variant together with a missing author", () => {
    const { authorId: _, ...withoutAuthor } = validPost;
    const issues = issuesOf(PostSchema, { ...withoutAuthor, variants: [{ channelId: "x" }, { channelId: "x" }] });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["authorId", "variants[1].channelId"]);
  });

  it("rejects an instant without offset", () => {
    const { de, en } = issueAt(PostSchema, { ...validPost, scheduledAt: "2027-06-10T08:00:00" }, "scheduledAt");
    expect(de.message).toMatch(/ISO-Datum/);
    expect(en.message).toMatch(/ISO datetime/);
  });
});
