import { describe, expect, it } from "vitest";
import { LABEL_REACH, linksInBio, MAX_BIO_LENGTH, MAX_BIO_LINKS } from "./bio-links.js";

describe("linksInBio", () => {
  it("finds the links in profile text and which one is labelled as the imprint", () => {
    expect(linksInBio("Offizielles Konto der Stadt. Web: https://musterstadt.de · Impressum: https://musterstadt.de/impressum.")).toEqual([
      { url: "https://musterstadt.de", labelled: false },
      { url: "https://musterstadt.de/impressum", labelled: true },
    ]);
  });

  it("reads the ways people write it", () => {
    const labelled = (bio: string) => linksInBio(bio).filter((link) => link.labelled).map((link) => link.url);
    expect(labelled("Impressum unter https://musterstadt.de/rathaus/impressum")).toEqual(["https://musterstadt.de/rathaus/impressum"]);
    expect(labelled("IMPRESSUM → https://musterstadt.de/i")).toEqual(["https://musterstadt.de/i"]);
    expect(labelled("Imprint: https://musterstadt.de/en/legal")).toEqual(["https://musterstadt.de/en/legal"]);
    expect(labelled("Impressum & Datenschutz:\nhttps://musterstadt.de/i")).toEqual(["https://musterstadt.de/i"]);
    expect(labelled("[Impressum](https://musterstadt.de/i)")).toEqual(["https://musterstadt.de/i"]);
    expect(labelled("https://musterstadt.de/i (Impressum)")).toEqual(["https://musterstadt.de/i"]);
    expect(labelled("Anbieterkennzeichnung: https://musterstadt.de/i")).toEqual(["https://musterstadt.de/i"]);
    expect(labelled('Impressum: <a href="https://musterstadt.de/i" rel="nofollow">musterstadt.de/i</a>')).toEqual(["https://musterstadt.de/i"]);
    expect(labelled("#Impressum https://musterstadt.de/i")).toEqual(["https://musterstadt.de/i"]);
  });

  it("does not take a word that merely contains the label, a link too far away, or the label inside an address", () => {
    expect(linksInBio("Impressumspflicht beachten! https://musterstadt.de").every((link) => !link.labelled)).toBe(true);
    expect(linksInBio(`Impressum ${"x".repeat(LABEL_REACH + 1)} https://musterstadt.de`).every((link) => !link.labelled)).toBe(true);
    expect(linksInBio("Mehr: https://musterstadt.de/impressum https://musterstadt.de/kontakt")).toEqual([
      { url: "https://musterstadt.de/impressum", labelled: false },
      { url: "https://musterstadt.de/kontakt", labelled: false },
    ]);
  });

  it("ends a link at the punctuation, quotes and invisible characters around it", () => {
    expect(linksInBio("(siehe https://musterstadt.de/impressum), danke!").map((l) => l.url)).toEqual(["https://musterstadt.de/impressum"]);
    expect(linksInBio("„https://musterstadt.de/impressum“").map((l) => l.url)).toEqual(["https://musterstadt.de/impressum"]);
    expect(linksInBio("https://de.wikipedia.org/wiki/Musterstadt_(Bayern)").map((l) => l.url)).toEqual(["https://de.wikipedia.org/wiki/Musterstadt_(Bayern)"]);
    expect(linksInBio("https://musterstadt.de/imp\u200Bressum").map((l) => l.url)).toEqual(["https://musterstadt.de/imp"]);
    expect(linksInBio("https://musterstadt.de/i\u0000mpressum").map((l) => l.url)).toEqual(["https://musterstadt.de/i"]);
  });

  it("gives nothing for text without http(s) links or for what is not text", () => {
    expect(linksInBio("Impressum: javascript:alert(1)")).toEqual([]);
    expect(linksInBio("Impressum: musterstadt.de/impressum")).toEqual([]);
    expect(linksInBio(undefined)).toEqual([]);
    expect(linksInBio(12)).toEqual([]);
  });

  it("reads a bounded part of a hostile text, quickly", () => {
    const start = performance.now();
    expect(linksInBio("Impressum ".repeat(2_000_000))).toEqual([]);
    const many = linksInBio("Impressum: https://a.de/ ".repeat(100_000));
    expect(many.length).toBe(MAX_BIO_LINKS);
    expect(many.every((link) => link.labelled)).toBe(true);
    expect(linksInBio(`${"x".repeat(MAX_BIO_LENGTH)} Impressum: https://musterstadt.de/impressum`)).toEqual([]);
    // An address that runs past the part read is not taken: what the cut leaves is not what was written.
    expect(linksInBio(`https://${"(".repeat(50_000)}${")".repeat(50_000)}`)).toEqual([]);
    expect(linksInBio(`https://musterstadt.de/${".".repeat(100_000)}`)).toEqual([]);
    expect(linksInBio(`Impressum: https://musterstadt.de/impressum ${"x".repeat(100_000)}`).map((l) => l.url)).toEqual(["https://musterstadt.de/impressum"]);
    // Generous for a shared machine; unbounded work would take minutes.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
