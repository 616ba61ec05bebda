import { describe, expect, it } from "vitest";
import { ChannelSchema } from "./channel.js";
import { expectCatalogueIssue, issueAt, parsed, validChannel } from "./test-support.js";

describe("ChannelSchema", () => {
  it("accepts a channel and fills in options and active", () => {
    expect(parsed(ChannelSchema, validChannel)).toEqual({ ...validChannel, active: true });
    const { options: _, ...withoutOptions } = validChannel;
    expect(parsed(ChannelSchema, withoutOptions).options).toEqual({});
  });

  it("drops a token handed in by mistake, so it cannot be stored", () => {
    const channel = parsed(ChannelSchema, { ...validChannel, token: "geheim", accessToken: "geheim" });
    expect(JSON.stringify(channel)).not.toContain("geheim");
  });

  it("requires a lowercase adapter id as network", () => {
    for (const network of ["Mastodon", "mastodon social", "1network", ""]) {
      expectCatalogueIssue(ChannelSchema, { ...validChannel, network }, "network", "adapter-id.format");
    }
    expect(parsed(ChannelSchema, { ...validChannel, network: "village-app" }).network).toBe("village-app");
  });

  it("keys options by adapter id, each an object", () => {
    expect(issueAt(ChannelSchema, { ...validChannel, options: { mastodon: "public" } }, "options.mastodon").de.code).toBe("invalid_type");
    expect(issueAt(ChannelSchema, { ...validChannel, options: { Mastodon: {} } }, "options.Mastodon").de.code).toBe("invalid_key");
  });

  it("rejects a profile URL that is not http(s)", () => {
    const { de, en } = issueAt(ChannelSchema, { ...validChannel, profileUrl: "javascript:alert(1)" }, "profileUrl");
    expect(de.message).toMatch(/URL/);
    expect(en.message).toMatch(/URL/);
  });
});
