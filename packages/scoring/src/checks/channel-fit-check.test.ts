import { describe, expect, it } from "vitest";
import { channelFitCheck } from "./channel-fit-check.js";
import { BLUESKY, brief, channel, contextWith, MASTODON, postInput } from "./check-test-support.js";

const check = channelFitCheck();
const channels = [
  channel("masto", "mastodon", MASTODON),
  channel("bsky", "bluesky", BLUESKY),
  channel("insta", "instagram", { media: { kinds: ["image", "video"], maxItems: 10, altTextMaxLength: 100 } }),
  channel("village", "village-app"),
];
const run = (content: Parameters<typeof postInput>[0]) => check.run(postInput(content), contextWith({ channels }));
const on = (...ids: string[]) => ids.map((channelId) => ({ channelId }));
const image = (id: string, altText = "Kinder auf dem Marktplatz") => ({ id, kind: "image" as const, url: `https://musterstadt.de/${id}.jpg`, altText });

describe("the channel-fit check", () => {
  it("passes a short post on every channel and judges no network that declares nothing", () => {
    expect(run({ text: "Sperrmüll am Samstag", variants: on("masto", "bsky", "village") })).toEqual([]);
  });

  it("calls a text over the limit an error and marks from where it no longer fits", () => {
    const text = `${"a".repeat(305)} Ende`;
    const findings = run({ text, variants: on("bsky", "masto") });
    expect(brief(findings)).toEqual(["too-long@text[bsky]:300-310"]);
    expect(findings[0]).toMatchObject({ severity: "error", values: { used: 310, max: 300, unit: "graphemes" } });
    expect(findings[0]!.message.de).toBe("Zu lang für @stadt@bluesky.example: 310 von 300 Zeichen. Kürzen Sie um 10 Zeichen.");
  });

  it("warns near the limit, counting as the network counts (a URL is 23 on Mastodon)", () => {
    const url = `https://musterstadt.de/${"termine/".repeat(6)}`;
    const findings = run({ text: `${"a".repeat(470)} ${url}`, variants: on("masto") });
    expect(brief(findings)).toEqual(["near-limit@text[masto]"]);
    expect(findings[0]!.values).toMatchObject({ used: 494, max: 500 });
  });

  it("measures each variant's own text and warning", () => {
    const findings = run({ text: "kurz", contentWarning: "Unfall", variants: [{ channelId: "masto" }, { channelId: "bsky", contentWarning: "", text: "x".repeat(301) }] });
    expect(brief(findings)).toEqual(["too-long@text[bsky]:300-301"]);
  });

  it("calls a content warning on a network that shows none an error", () => {
    expect(brief(run({ text: "Unfall auf der B 27", contentWarning: "Unfall", variants: on("bsky", "masto") }))).toEqual(["content-warning-unsupported@contentWarning[bsky]"]);
  });

  it("checks media against what each network takes", () => {
    const five = ["a", "b", "c", "d", "e"].map((id) => image(id));
    expect(brief(run({ text: "Fotos", media: five, variants: on("masto", "insta") }))).toEqual(["too-many-media@post[masto]"]);
    const document = { id: "pdf", kind: "document" as const, url: "https://musterstadt.de/satzung.pdf" };
    expect(brief(run({ text: "Satzung", media: [document], variants: on("masto") }))).toEqual(["media-kind@media[masto]#0"]);
    const video = { id: "v", kind: "video" as const, url: "https://musterstadt.de/v.mp4", captions: true };
    expect(brief(run({ text: "Film", media: [video, image("a")], variants: on("masto", "insta") }))).toEqual(["mixed-media@post[masto]"]);
    expect(brief(run({ text: "Foto", media: [image("a", "x".repeat(120))], variants: on("insta") }))).toEqual(["alt-text-too-long@altText[insta]#0:100-120"]);
  });

  it("points out that links are not clickable on Instagram", () => {
    expect(brief(run({ text: "Infos: https://musterstadt.de/fest", variants: on("insta", "masto") }))).toEqual(["link-not-clickable@text[insta]"]);
  });
});
