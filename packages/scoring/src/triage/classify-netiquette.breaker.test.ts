import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

const triage = createTriage();

/*
 * Ordinary comments to a town hall that the writer-threat patterns take for
 * threats: each is then labelled a threat under "no-threats", suggested for
 * escalation to the police, and filed as a danger of category "threat" at
 * the top of the inbox. The patterns (lexicons/netiquette-patterns.ts:
 * fronted-kill, when-i-catch-you, kill-you, burn-it-down, bring-um) now
 * tell these apart.
 */
const HARMLESS: readonly (readonly [text: string, pattern: string])[] = [
  // "abmachen" (take down) and "abschlagen" (cut off) with the thing put first as a pronoun.
  ["Die Plakate hängen noch. Die mach ich gleich ab.", "fronted-kill"],
  ["Die Äste? Die schlag ich ab, wenn sie stören.", "fronted-kill"],
  // "erwischen" of a bus, named by a pronoun: the pattern's own counter-example with "den" for "den Bus".
  ["Der 7:10-Bus ist immer zu spät. Wenn ich den mal erwische, ist er voll.", "when-i-catch-you"],
  ["Wenn ich den noch erwische, bin ich um acht da.", "when-i-catch-you"],
  // "umhauen" (to amaze): the usual word of an event's announcement.
  ["Das Stadtfest wird super, mit dem Programm hauen wir euch um!", "kill-you"],
  // "Osterfeuer anzünden" is a custom, not arson.
  ["Das Osterfeuer gehört angezündet, nicht abgesagt!", "burn-it-down"],
  // "um acht" is a time, written in words; "um 8" is let go already.
  ["Ich bring euch um acht die Unterlagen vorbei.", "bring-um"],
];

describe("the writer-threat patterns on ordinary comments", () => {
  for (const [text, pattern] of HARMLESS) {
    it(`takes ${JSON.stringify(text)} for no threat (${pattern} matched it)`, () => {
      const result = triage(text);
      expect(result.netiquette.verdict).not.toBe("threat");
      expect(result.danger?.category).not.toBe("threat");
    });
  }

  it("still takes the threats the patterns were written for as threats", () => {
    for (const text of ["Dich stech ich ab", "Den mach ich kalt.", "Wenn ich dich erwische", "Wenn ich den erwische, der mein Auto zerkratzt hat", "Ich bring dich um!", "Ich bring euch um", "Ich fackel die Bude ab", "Ich hau dich um", "Das Jugendamt gehört abgefackelt"]) {
      expect(triage(text).netiquette.verdict).toBe("threat");
    }
  });
});
