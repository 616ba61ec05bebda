import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMessage } from "../scoring-messages.js";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { addressUses } from "./address-form.js";
import { addressFormCheck, addressFormMessage, replyAddressFormCheck } from "./address-form-check.js";
import { brief, contextWith, postInput, strategy } from "./check-test-support.js";

const forms = (text: string) => addressUses(text).map((u) => `${u.form}:${u.word}`);

describe("addressUses", () => {
  it.each([
    ["Bitte melden Sie sich bis Freitag im Bürgerbüro.", ["sie:Sie"]],
    ["Wir freuen uns auf Ihren Besuch.", ["sie:Ihren"]],
    ["Meldet euch bis Freitag!", ["du:euch"]],
    ["Habt ihr Fragen? Schreib uns!", ["du:ihr", "du:Schreib uns"]],
    ["Schaut vorbei, es gibt Kuchen.", ["du:Schaut vorbei"]],
    ["Der Bürgermeister schaut vorbei.", []],
    ["Sie ist ab Montag geöffnet.", []],
    ["Die Stadt und ihr Bürgermeister laden ein.", []],
    ["Ihr seid herzlich eingeladen.", ["du:Ihr"]],
    ["Die Straße ist dicht. Bitte fahrt über Oberdorf.", ["du:Bitte fahrt"]],
    ["Bitte Rücksicht nehmen.", []],
    ["Der Weihnachtsmarkt ist eröffnet 🎄✨ Kommt vorbei!", ["du:Kommt vorbei"]],
    // Only at sentence starts, "Sie" may be "they": left undecided ...
    ["Sie erreichen uns telefonisch. Sie können auch schreiben.", []],
    // ... unless the text addresses people as "Sie" elsewhere.
    ["Sie erreichen uns telefonisch. Wir helfen Ihnen gern.", ["sie:Sie", "sie:Ihnen"]],
  ])("finds the address in %j", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });
});

describe("the address-form check", () => {
  it("reports the other form against the organisation's choice, and a mix", () => {
    const sie = contextWith();
    expect(brief(addressFormCheck().run(postInput({ text: "Kommt vorbei! Wir freuen uns auf dich." }), sie))).toEqual(["other-form@text:0-12", "other-form@text:33-37"]);
    expect(brief(addressFormCheck().run(postInput({ text: "Melden Sie sich, wir freuen uns auf dich." }), sie))).toEqual(["mixed@text:36-40"]);
    expect(addressFormCheck().run(postInput({ text: "Melden Sie sich bis Freitag." }), sie)).toEqual([]);
  });

  it("follows the brand voice over the organisation, and checks replies", () => {
    const du = contextWith({ strategies: [strategy({ brandVoice: { tonality: [], wordsToAvoid: [], addressForm: "du" } })] });
    expect(addressFormCheck().run(postInput({ text: "Meldet euch!" }), du)).toEqual([]);
    expect(brief(replyAddressFormCheck().run({ target: "reply", text: "Danke, wir melden uns bei Ihnen." }, du))).toEqual(["other-form@text:26-31"]);
  });
});

describe("the address-form check's messages", () => {
  // They are joined from pieces formatted once per kind: the same text as formatting each anew.
  it("are the catalogue's messages for any word", () => {
    const form = fc.constantFrom("sie" as const, "du" as const);
    fc.assert(
      fc.property(fc.boolean(), arbitraryText, form, form, (mixed, word, expected, found) => {
        const key = mixed ? "address-form-mixed" : "address-form-other";
        const formatted = (locale: "de" | "en") => formatMessage(locale, key, { word, expected: formatMessage(locale, `form.${expected}`), found: formatMessage(locale, `form.${found}`) });
        expect(addressFormMessage(mixed, word, expected, found)).toEqual({ de: formatted("de"), en: formatted("en") });
      }),
      { numRuns: 2_000 },
    );
  });
});
