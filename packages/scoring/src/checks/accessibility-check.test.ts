import { describe, expect, it } from "vitest";
import { accessibilityCheck } from "./accessibility-check.js";
import { brief, contextWith, postInput } from "./check-test-support.js";

const check = accessibilityCheck();
const run = (content: Parameters<typeof postInput>[0]) => check.run(postInput(content), contextWith());
const image = (altText?: string, extra: object = {}) => ({ id: "m1", kind: "image" as const, url: "https://musterstadt.de/a.jpg", ...(altText === undefined ? {} : { altText }), ...extra });

describe("the accessibility check", () => {
  it("passes a plain, described post", () => {
    expect(run({ text: "Am Samstag ist Stadtfest auf dem Marktplatz. Alle Infos: https://musterstadt.de/fest", hashtags: ["Stadtfest"], media: [image("Kinder tanzen auf dem Marktplatz vor dem Rathaus")] })).toEqual([]);
  });

  it("calls a missing alt text an error and names the image; a decorative image needs none", () => {
    const [missing] = run({ text: "Fest", media: [image(undefined)] });
    expect(missing).toMatchObject({ code: "alt-text-missing", severity: "error", location: { field: "media", index: 0 } });
    expect(missing!.message.de).toContain("Bild 1");
    expect(run({ text: "Fest", media: [image(undefined, { decorative: true })] })).toEqual([]);
  });

  it.each(["Bild", "foto", "IMG_2041.jpg", "DSC01234", "Screenshot", "..."])("calls the alt text %j a placeholder", (alt) => {
    expect(brief(run({ text: "Fest", media: [image(alt)] }))).toEqual([`alt-text-placeholder@altText#0:0-${alt.length}`]);
  });

  it("gives hints for a very short alt text and one that starts by saying it is an image", () => {
    expect(brief(run({ text: "Fest", media: [image("Bild von einem Fest auf dem Marktplatz")] }))).toEqual(["alt-text-redundant-start@altText#0:0-9"]);
    expect(brief(run({ text: "Fest", media: [image("Marktplatz")] }))).toEqual(["alt-text-short@altText#0:0-10"]);
  });

  it("checks the alt texts of a variant's own media with the variant's channel", () => {
    expect(brief(run({ text: "Fest", variants: [{ channelId: "bsky", media: [image("Foto")] }] }))).toEqual(["alt-text-placeholder@altText[bsky]#0:0-4"]);
  });

  it("warns of a video without captions", () => {
    const video = { id: "v1", kind: "video" as const, url: "https://musterstadt.de/v.mp4" };
    expect(brief(run({ text: "Film", media: [video] }))).toEqual(["video-without-captions@media#0"]);
    expect(run({ text: "Film", media: [{ ...video, captions: true }] })).toEqual([]);
  });

  it("asks for CamelCase in long hashtags of one case, in the list and in the text", () => {
    expect(brief(run({ text: "Kommt alle! #stadtfestmusterstadt #Kita", hashtags: ["sommerferienprogramm", "Sommerferien"] }))).toEqual([
      "hashtag-camel-case@text:13-33",
      "hashtag-camel-case@hashtag#0:0-20",
    ]);
  });

  it("counts emoji as people see them, and marks those beyond the advised number", () => {
    // 🎉 5–7, 🎈 7–9, the family of three 9–17 (one emoji of five code points), the flag 17–21.
    expect(brief(run({ text: "Fest 🎉🎈👩‍👩‍👧🇩🇪 am Samstag" }))).toEqual(["too-many-emoji@text:17-21"]);
  });

  it("flags an emoji between the words of one sentence, not at its end", () => {
    expect(brief(run({ text: "Wir 🎉 feiern am Samstag." }))).toEqual(["emoji-in-sentence@text:4-6"]);
    expect(run({ text: "Wir feiern am Samstag 🎉" })).toEqual([]);
    expect(run({ text: "Wir feiern! 🎉 Kommt vorbei." })).toEqual([]);
  });

  it("offers plain letters for text set in mathematical symbols", () => {
    const [found] = run({ text: "𝗪𝗶𝗰𝗵𝘁𝗶𝗴: Straße gesperrt" });
    expect(found).toMatchObject({ code: "pseudo-formatting", severity: "warning", location: { start: 0, end: 14 }, suggestion: { replacement: "Wichtig" } });
  });

  it("flags shouting in capitals but not acronyms", () => {
    expect(brief(run({ text: "ACHTUNG: Der ÖPNV fährt. BITTE BEACHTEN Sie die DSGVO." }))).toEqual(["all-caps@text:0-7", "all-caps@text:25-30", "all-caps@text:31-39"]);
  });

  it("takes short shouted words and long hashtags with a year, but not letters faked from symbols, as what they are", () => {
    expect(brief(run({ text: "NEU: Der Rufbus fährt nach Birkenhain." }))).toEqual(["all-caps@text:0-3"]);
    expect(brief(run({ text: "Ö𝐟𝐟𝐧𝐮𝐧𝐠𝐬𝐳𝐞𝐢𝐭𝐞𝐧 im Wertstoffhof" })).filter((b) => b.startsWith("all-caps"))).toEqual([]);
    expect(brief(run({ text: "Tickets #stadtfestmusterstadt2026" }))).toEqual(["hashtag-camel-case@text:9-33"]);
  });

  it("flags a bare link and a long one", () => {
    expect(brief(run({ text: "👉 www.musterstadt.de/kita-anmeldung" }))).toEqual(["bare-link@text:3-36"]);
    expect(brief(run({ text: "Neu!\nhttps://musterstadt.de/x" }))).toEqual(["bare-link@text:5-29"]);
    const long = "https://www.musterstadt.de/rathaus/buergerservice/abfall/termine-2027";
    expect(brief(run({ text: `Alle Termine: ${long}` }))).toEqual([`long-link@text:14-${14 + long.length}`]);
  });
});
