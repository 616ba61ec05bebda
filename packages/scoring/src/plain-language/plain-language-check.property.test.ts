import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PostCheckInput } from "@kommune-sm/core";
import { contextWith } from "../checks/check-test-support.js";
import { OFFICIALESE } from "../lexicons/index.js";
import { loadGermanSyllables } from "../readability/index.js";
import { forgetWordInfos } from "../readability/word-info.js";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { createOfficialeseMatcher } from "./officialese-matcher.js";
import { plainLanguageCheck, replyPlainLanguageCheck } from "./plain-language-check.js";

/*
 * The check keeps what it learns of each word on the word's record
 * (readability/word-info.ts) for later texts: what it finds in a text must
 * not depend on which texts it read before.
 */

const syllables = await loadGermanSyllables();
const post = plainLanguageCheck(syllables);
const tight = plainLanguageCheck(syllables, { maxSentenceWords: 6, maxWordSyllables: 3, maxWordLetters: 9, minNominalWords: 1, nominalShare: 0.1, hardBelow: 60, plainFrom: 90, minWords: 3 });
const reply = replyPlainLanguageCheck(syllables);

const words = OFFICIALESE.flatMap((entry) => entry.phrase.replace(/\*/g, "en").split(" "));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words, "Die", "Straße", "wird", "gesperrt", "zur", "Anwendung", "kommt", "Einwohnermeldeamt", "Müll-Abfuhr", "Entscheidung", "getroffen", "Bürger*innen") },
  { weight: 2, arbitrary: fc.constantFrom(...words).map((word) => word.toUpperCase()) },
  { weight: 5, arbitrary: fc.constantFrom(" ", " ", " ", "\n", ". ", ", ", "! ") },
  { weight: 2, arbitrary: arbitraryText },
);
const draft = fc.array(piece, { maxLength: 50 }).map((pieces) => pieces.join(""));
const text = fc.oneof(draft, arbitraryText);

// The post as the check reads it (any text: the checks take what they are given).
const postInput = (text: string) => ({ target: "post", post: { text, variants: [{ channelId: "a" }, { channelId: "b", text: `${text} Ende.` }] } }) as unknown as PostCheckInput;

const findingsOf = (text: string) => ({
  post: post.run(postInput(text), contextWith()),
  tight: tight.run(postInput(text), contextWith()),
  reply: reply.run({ target: "reply", text }, contextWith()),
});

describe("the plain-language check after other texts (properties)", () => {
  it("finds in a text what it finds with no word known yet", () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (checked, before) => {
        forgetWordInfos();
        const fresh = findingsOf(checked);
        for (const other of before) findingsOf(other);
        expect(findingsOf(checked)).toEqual(fresh);
      }),
      { numRuns: 200 },
    );
  });

  it("matches Amtsdeutsch the same when matchers of different lists take turns", () => {
    const own = createOfficialeseMatcher([{ phrase: "in kenntnis", instead: "x", kind: "phrase" }, { phrase: "zur*", instead: "y", kind: "word" }]);
    const standard = createOfficialeseMatcher();
    fc.assert(
      fc.property(draft, (checked) => {
        forgetWordInfos();
        const first = [standard(checked), own(checked)];
        expect([standard(checked), own(checked)]).toEqual(first);
        forgetWordInfos();
        expect(own(checked)).toEqual(first[1]);
        expect(standard(checked)).toEqual(first[0]);
      }),
      { numRuns: 400 },
    );
  });
});
