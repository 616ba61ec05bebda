import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

/*
 * The rule for split verbs done to someone named by a role ("ich knall den Lehrer am Montag ab") must decide by the
 * verb alone: whatever time, adjective or word order stands around the role, a verb of killing is a threat and a verb
 * of everyday dealings (abholen, anrufen, anmelden …) is none, and a game named in the comment leaves it to the model.
 */
const lists = createTriage({ dangerModel: false });

const roles = ["Lehrer", "Chef", "Nachbarn", "Hausmeister", "Trainer", "Sachbearbeiter", "Klassenlehrer", "Exfreund"];
const determiners = ["den", "meinen", "diesen"];
const adjectives = ["", "blöden ", "neuen ", "scheiß ", "fetten alten "];
const times = ["", "morgen ", "heute Abend ", "am Montag ", "am Abend ", "um 8 ", "um 8:30 ", "um halb neun ", "nach der Schule ", "am nächsten Freitag ", "morgen früh "];
/** Verb (first person) and particle: killing, and everyday dealings. */
const threats = [["knall", "ab"], ["stech", "ab"], ["mach", "kalt"], ["fackel", "ab"]] as const;
const everyday = [["hol", "ab"], ["ruf", "an"], ["meld", "an"], ["lös", "ab"], ["weck", "auf"], ["stell", "an"], ["frag", "ab"], ["mach", "an"]] as const;

const sentence = (verb: string, particle: string, fronted: boolean) =>
  fc
    .record({ role: fc.constantFrom(...roles), determiner: fc.constantFrom(...determiners), adjective: fc.constantFrom(...adjectives), time: fc.constantFrom(...times) })
    .map(({ role, determiner, adjective, time }) =>
      fronted ? `${determiner} ${adjective}${role} ${verb} ich ${time}${particle}` : `Ich ${verb} ${determiner} ${adjective}${role} ${time}${particle}`,
    )
    .map((text) => text.charAt(0).toUpperCase() + text.slice(1));

describe("split verbs done to a role, whatever stands around the role", () => {
  it("reads a verb of killing as a threat, the role first or after the verb", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...threats).chain(([verb, particle]) => fc.boolean().chain((fronted) => sentence(verb, particle, fronted))),
        (text) => {
          expect(lists(text).danger?.category).toBe("threat");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a verb of everyday dealings as no danger", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyday).chain(([verb, particle]) => fc.boolean().chain((fronted) => sentence(verb, particle, fronted))),
        (text) => {
          expect(lists(text).danger).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves a role 'shot' in a named game to the model", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Beim Paintball", "Beim Lasertag", "Beim Völkerball", "Bei Fortnite"),
        // Shooting and "killing" as the games have them; "ich stech" is a threat of its own rule, game or not.
        fc.constantFrom(["knall", "ab"] as const, ["mach", "kalt"] as const).chain(([verb, particle]) => sentence(verb, particle, false)),
        (game, text) => {
          expect(lists(`${game}: ${text}`).danger).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
