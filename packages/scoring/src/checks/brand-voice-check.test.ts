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

  it("follows a list of words changed in place from one post to the next, and one voice to another", () => {
    const list = [{ word: "zwecks" }, { word: "Antragsteller", instead: "wer den Antrag stellt" }];
    const changing = contextWith({ strategies: [{ ...voice, brandVoice: { ...voice.brandVoice, wordsToAvoid: list } }] });
    const check = brandVoiceCheck();
    const post = postInput({ text: "Antragsteller zwecks Klärung", hashtags: ["Musterstadt"] });
    expect(brief(check.run(post, changing))).toEqual(["avoid-word@text:0-13", "avoid-word@text:14-20"]);
    list[0] = { word: "Klärung" };
    expect(brief(check.run(post, changing))).toEqual(["avoid-word@text:0-13", "avoid-word@text:21-28"]);
    list[1]!.instead = "wer ihn stellt";
    expect(check.run(post, changing)[0]!.suggestion?.replacement).toBe("wer ihn stellt");
    expect(brief(check.run(post, context))).toEqual(["avoid-word@text:0-13", "avoid-word@text:14-20"]);
  });
});
