import fc from "fast-check";
import { NetworkError } from "@kommune-sm/network";
import { describe, expect, it } from "vitest";
import { capabilitiesFromInstance } from "./mastodon-capabilities.js";
import { mastodonChannelOptions } from "./mastodon-channel.js";
import { compareIds, idAt } from "./snowflake.js";

const channel = (options: Record<string, unknown>) => ({ id: "mastodon-main", handle: "@musterstadt@social.bund.de", options });

describe("mastodonChannelOptions", () => {
  it("takes an https instance and an account id, and keeps only the origin", () => {
    expect(mastodonChannelOptions(channel({ instanceUrl: "https://social.bund.de/", accountId: "109" }))).toEqual({ instanceUrl: "https://social.bund.de", accountId: "109" });
  });

  it.each([
    [{}, /instanceUrl is missing/],
    [{ instanceUrl: "http://social.bund.de" }, /https address/],
    [{ instanceUrl: "https://user:pw@social.bund.de" }, /without credentials/],
    [{ instanceUrl: "https://social.bund.de?token=x" }, /without credentials, query/],
    [{ instanceUrl: "javascript:alert(1)" }, /https address/],
    [{ instanceUrl: "https://social.bund.de", accountId: "../admin" }, /accountId must be the account's id/],
  ])("refuses %j as a permanent failure that names the field", (options, message) => {
    const error = (() => {
      try {
        mastodonChannelOptions(channel(options));
      } catch (e) {
        return e;
      }
    })();
    expect(NetworkError.isNetworkError(error)).toBe(true);
    expect((error as NetworkError).kind).toBe("permanent");
    expect((error as NetworkError).message).toMatch(message);
    expect((error as NetworkError).message).toContain("channel.options.mastodon.");
  });

  it("allows plain http only on the loopback (tests)", () => {
    expect(mastodonChannelOptions(channel({ instanceUrl: "http://127.0.0.1:3000" })).instanceUrl).toBe("http://127.0.0.1:3000");
  });
});

describe("capabilitiesFromInstance", () => {
  it("takes an instance's own limits and keeps Mastodon's defaults for what it leaves out", () => {
    const capabilities = capabilitiesFromInstance({
      domain: "social.bund.de",
      configuration: {
        statuses: { max_characters: 1000, characters_reserved_per_url: 23, max_media_attachments: 4 },
        media_attachments: { image_size_limit: 10_485_760, video_size_limit: 41_943_040, description_limit: 1500, supported_mime_types: ["image/jpeg", "image/png", "video/mp4"] },
      },
    });
    expect(capabilities.text?.limits).toEqual([{ unit: "graphemes", max: 1000 }]);
    expect(capabilities.text?.contentWarningCounts).toBe(true);
    expect(capabilities.media).toMatchObject({ maxItems: 4, maxBytes: { image: 10_485_760, gif: 10_485_760, video: 41_943_040 }, altTextMaxLength: 1500 });
    expect(capabilitiesFromInstance({}).text?.limits).toEqual([{ unit: "graphemes", max: 500 }]);
  });
});

describe("Mastodon ids", () => {
  it("orders ids as Mastodon makes them, beyond 2^53, and idAt starts a listing at an instant", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 80n }), fc.bigInt({ min: 0n, max: 2n ** 80n }), (a, b) => {
        expect(Math.sign(compareIds(a.toString(), b.toString()))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
    const at = Date.parse("2027-04-01T08:00:00Z");
    expect(compareIds(idAt(at), ((BigInt(at) << 16n) + 5n).toString())).toBeLessThan(0);
    expect(compareIds(idAt(at), ((BigInt(at - 1) << 16n) + 65_535n).toString())).toBeGreaterThan(0);
  });
});
