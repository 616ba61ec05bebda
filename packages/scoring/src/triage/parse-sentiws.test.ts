import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";
import { parseSentiWsLines } from "./parse-sentiws.js";

// A made-up sample in the SentiWS v2 file format (word|POS, tab, value, tab, inflected forms); not SentiWS data.
const SAMPLE = [
  "\uFEFFWunderding|NN\t0.6500\tWunderdinge,Wunderdingen",
  "knorke|ADJX\t0.5000\tknorke,knorken,knorker",
  "",
  "Murksbude|NN\t-0.7000",
  "Überraschung|NN\t0.2000\tÜberraschungen",
  "knorken|VVINF\t0.1000\t",
].join("\r\n");

describe("parseSentiWsLines", () => {
  it("reads base forms and inflected forms in lexicon form, the value farther from 0 winning", () => {
    expect(parseSentiWsLines(SAMPLE)).toEqual({
      wunderding: 0.65,
      wunderdinge: 0.65,
      wunderdingen: 0.65,
      knorke: 0.5,
      knorken: 0.5,
      knorker: 0.5,
      murksbude: -0.7,
      ueberraschung: 0.2,
      ueberraschungen: 0.2,
    });
  });

  it("gives a lexicon that createTriage reads", () => {
    const triage = createTriage({ sentimentWords: parseSentiWsLines(SAMPLE), replaceSentimentWords: true });
    expect(triage("Was für eine Murksbude").sentiment.label).toBe("negative");
    expect(triage("Das ist knorke!").sentiment.label).toBe("positive");
  });

  it.each([
    ["no word and part of speech", "0.5\tgut", "line 1"],
    ["no value", "gut|ADJX", "line 1"],
    ["a value out of range", "gut|ADJX\t0.5\n\nschlecht|ADJX\t-1.5", "line 3"],
    ["a value that is no number", "gut|ADJX\tviel", "line 1"],
  ])("refuses a line with %s, naming the line", (_what, text, where) => {
    expect(() => parseSentiWsLines(text)).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT", message: expect.stringContaining(where) }));
  });
});
