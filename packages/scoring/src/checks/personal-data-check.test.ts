import { describe, expect, it } from "vitest";
import { brief, contextWith, postInput } from "./check-test-support.js";
import { personalDataCheck, replyPersonalDataCheck } from "./personal-data-check.js";

describe("the personal-data check", () => {
  it("finds personal data with its places and weighs what identifies a person by itself as an error", () => {
    const text = "Gefunden: Schlüssel. Abholen bei Frau Meier, Lindenweg 12, Tel. 0151 23456789, geb. 12.03.1980, Kennzeichen TÜ-AB 123.";
    const findings = personalDataCheck().run(postInput({ text }), contextWith());
    expect(findings.map((f) => `${f.code}:${f.severity}:${text.slice(f.location!.start, f.location!.end)}`)).toEqual([
      "address:warning:Lindenweg 12",
      "phone:warning:0151 23456789",
      "birthdate:error:12.03.1980",
      "plate:error:TÜ-AB 123",
    ]);
    // The date of birth is not repeated in the message, which lists show far from the post.
    expect(findings[2]!.message.de).not.toContain("1980");
  });

  it("leaves alone what the organisation publishes on purpose, and emergency numbers", () => {
    const check = personalDataCheck({ allow: ["07071 204-0", "buergerbuero@musterstadt.de", "Marktplatz 1"] });
    const text = "Bürgerbüro, Marktplatz 1: Tel. +49 7071 2040, buergerbuero@musterstadt.de. Im Notfall 112.";
    expect(check.run(postInput({ text }), contextWith())).toEqual([]);
  });

  it("looks into variants and alt texts", () => {
    const findings = personalDataCheck().run(
      postInput({ text: "Fundsache", variants: [{ channelId: "bsky", text: "Meldet euch: erika@example.org" }], media: [{ id: "m", kind: "image", url: "https://musterstadt.de/a.jpg", altText: "Auto mit Kennzeichen M-XY 12" }] }),
      contextWith(),
    );
    expect(brief(findings)).toEqual(["email@text[bsky]:13-30", "plate@altText#0:21-28"]);
  });

  it("checks replies, so that a citizen's data is not repeated in public", () => {
    expect(brief(replyPersonalDataCheck().run({ target: "reply", text: "Wir rufen Sie unter 0151 23456789 zurück." }, contextWith()))).toEqual(["phone@text:20-33"]);
  });
});
