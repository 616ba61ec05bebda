import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";

const emails = (text: string) => findPersonalData(text, { kinds: ["email"] }).map((match) => match.text);

describe("e-mail addresses", () => {
  it.each([
    ["name@example.org", "name@example.org"],
    ["Kontakt: vorname.nachname@musterstadt.de", "vorname.nachname@musterstadt.de"],
    ["max+newsletter@example.com", "max+newsletter@example.com"],
    ["erika-mustermann@mail.example.org", "erika-mustermann@mail.example.org"],
    ["a_b@sub.domain.example.co.uk", "a_b@sub.domain.example.co.uk"],
    ["buergerbuero@müllheim.de", "buergerbuero@müllheim.de"],
    ["info@bürger-büro.de", "info@bürger-büro.de"],
    ["müller@example.org", "müller@example.org"],
    ["Schreiben Sie an info@stadt.de.", "info@stadt.de"],
    ["(kontakt@verein-musterstadt.de)", "kontakt@verein-musterstadt.de"],
    ["E-Mail:max@example.de", "max@example.de"],
    ["mailto:max@example.de", "max@example.de"],
    ["MAX@EXAMPLE.DE", "MAX@EXAMPLE.DE"],
    ["erika@mastodon.social", "erika@mastodon.social"],
    ["die info@stadt.de-Adresse", "info@stadt.de"],
    ["12345@example.org", "12345@example.org"],
    ["info@xn--mller-kva.de", "info@xn--mller-kva.de"],
    ["<anna.schmidt@t-online.de>", "anna.schmidt@t-online.de"],
  ])("finds %j", (text, expected) => {
    expect(emails(text)).toEqual([expected]);
  });

  it.each([
    "Folgt uns: @stadt_musterstadt",
    "Folgt uns: @erika@mastodon.social",
    "auf Mastodon @musterstadt@social.bund.de",
    "https://mastodon.social/@erika",
    "name@localhost",
    "name@example",
    "name@example.c",
    "name@.example.org",
    "name.@example.org",
    "na..me@example.org",
    "@ @ @",
    "Treffpunkt @ Rathaus",
    "name@-example.org",
    "name@example-.org",
    "name@example.de5",
    "user@123.456",
    `${"a".repeat(65)}@example.org`,
  ])("finds nothing in %j", (text) => {
    expect(emails(text)).toEqual([]);
  });

  it("finds each of several addresses", () => {
    expect(emails("an a@example.org, b@example.org und c.d@example.org")).toEqual([
      "a@example.org",
      "b@example.org",
      "c.d@example.org",
    ]);
  });

  it("leaves out a dot or dash in front of the name", () => {
    expect(emails("...erika@example.org")).toEqual(["erika@example.org"]);
  });
});
