import { describe, expect, it } from "vitest";
import { brandVoiceCheck, replyBrandVoiceCheck } from "./brand-voice-check.js";
import { brief, contextWith, postInput, strategy } from "./check-test-support.js";

const voice = strategy({
  brandVoice: {
    tonality: [],
    wordsToAvoid: [{ word: "Antragsteller", instead: "wer den Antrag stellt" }, { word: "zwecks" }],
    requiredHashtags: ["Musterstadt"],
    signature: "Ihr Social-Media-Team der Stadt Musterstadt",
  },
});
const context = contextWith({ strategies: [voice] });

describe("the brand-voice check", () => {
  it("finds words to avoid in any case and inflection, with the replacement", () => {
    const findings = brandVoiceCheck().run(postInput({ text: "Antragstellern hilft das Amt zwecks Klärung. ZWECKS!", hashtags: ["Musterstadt"] }), context);
    expect(brief(findings)).toEqual(["avoid-word@text:0-13", "avoid-word@text:29-35", "avoid-word@text:45-51"]);
    expect(findings[0]!.suggestion).toEqual({ message: expect.any(Object), replacement: "wer den Antrag stellt" });
    expect(findings[1]!.suggestion).toBeUndefined();
  });

  it("does not take a word that only ends like one to avoid", () => {
    expect(brandVoiceCheck().run(postInput({ text: "Die Mitantragsteller", hashtags: ["Musterstadt"] }), context)).toEqual([]);
  });

  it("asks for the required hashtag unless the post has it in its list or its text", () => {
    expect(brief(brandVoiceCheck().run(postInput({ text: "Fest" }), context))).toEqual(["required-hashtag"]);
    expect(brandVoiceCheck().run(postInput({ text: "Fest #musterstadt" }), context)).toEqual([]);
  });

  it("reminds a reply of the signature", () => {
    const check = replyBrandVoiceCheck();
    expect(brief(check.run({ target: "reply", text: "Danke für den Hinweis!" }, context))).toEqual(["signature-missing"]);
    expect(check.run({ target: "reply", text: "Danke für den Hinweis!\nIhr Social-Media-Team der Stadt Musterstadt" }, context)).toEqual([]);
  });
});
