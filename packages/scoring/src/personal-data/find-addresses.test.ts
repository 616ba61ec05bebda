import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";

const addresses = (text: string) => findPersonalData(text, { kinds: ["address"] }).map((match) => match.text);

describe("street addresses", () => {
  it.each([
    ["Hauptstraße 5", "Hauptstraße 5"],
    ["Sie wohnt in der Hauptstraße 5a.", "Hauptstraße 5a"],
    ["Konrad-Adenauer-Straße 12-14", "Konrad-Adenauer-Straße 12-14"],
    ["Gartenstr. 7", "Gartenstr. 7"],
    ["Gartenstr.7", "Gartenstr.7"],
    ["Lindenweg 3 b, Hinterhaus", "Lindenweg 3 b"],
    ["Berliner Straße 12, 72070 Tübingen", "Berliner Straße 12, 72070 Tübingen"],
    ["Am Markt 1", "Am Markt 1"],
    ["An der Kirche 3", "An der Kirche 3"],
    ["Auf dem Berg 12, 72108 Rottenburg am Neckar", "Auf dem Berg 12, 72108 Rottenburg am Neckar"],
    ["Zum Sportplatz 4", "Zum Sportplatz 4"],
    ["Marktplatz 1", "Marktplatz 1"],
    ["Große Gasse 7", "Große Gasse 7"],
    ["Schillerallee 22", "Schillerallee 22"],
    ["Mühlendamm 9", "Mühlendamm 9"],
    ["Neckarufer 3", "Neckarufer 3"],
    ["Am Alten Markt 5", "Am Alten Markt 5"],
    ["Rosenring 4", "Rosenring 4"],
    ["Kirchsteig 2", "Kirchsteig 2"],
    ["Wiesenpfad 11", "Wiesenpfad 11"],
    ["Hauptstrasse 5, 01067 Dresden", "Hauptstrasse 5, 01067 Dresden"],
    ["er wohnt am Lindenweg 3 in Tübingen", "Lindenweg 3"],
    ["Hauptstraße Nr. 5", "Hauptstraße Nr. 5"],
    ["Alte Poststraße 12", "Alte Poststraße 12"],
    ["Bahnhofstraße 3/1", "Bahnhofstraße 3/1"],
    ["Halle: Mühlweg 3, 06108 Halle (Saale)", "Mühlweg 3, 06108 Halle (Saale)"],
    ["Hauptstraße 5\n72070 Tübingen", "Hauptstraße 5\n72070 Tübingen"],
    ["St.-Martin-Straße 3", "St.-Martin-Straße 3"],
    ["Tübinger Str. 5", "Tübinger Str. 5"],
    ["Innerer Ring 5", "Innerer Ring 5"],
    ["Unter den Linden 77, 10117 Berlin", "Unter den Linden 77, 10117 Berlin"],
    ["Parkstraße 3, 60322 Frankfurt am Main", "Parkstraße 3, 60322 Frankfurt am Main"],
    ["Hauptstr. 12a-c", "Hauptstr. 12a-c"],
    ["DIE HAUPTSTRASSE 5", "HAUPTSTRASSE 5"],
    ["wohne hauptstr 12 und", "hauptstr 12"],
  ])("finds %j", (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each([
    "Die Straße ist gesperrt.",
    "Straße 5",
    "Die Straße 5 Meter breiter",
    "Weg 5",
    "Bundesstraße 27 gesperrt",
    "Landesstraße 123",
    "Stau auf der B 27",
    "Autobahn A 8",
    "Ringstraße gesperrt",
    "Heimweg 20 Minuten",
    "Parkplatz 2 Stunden kostenlos",
    "Abfahrt von Bahnsteig 3",
    "Wanderweg 7",
    "Tabellenplatz 4",
    "Im Juni 3 Termine",
    "Im Notfall 112.",
    "Im Ernstfall 110",
    "Am Wochenende 2 Konzerte",
    "Im Jahr 2026",
    "Auf der Seite 12",
    "Am Montag 12 Uhr",
    "Am 12. März",
    "Die Ringstraße ist 1,5 km lang, Ringstraße 1,5 km",
    "Spielplatz 3 neue Geräte",
    "Hauptstraße 2026",
    "Die Hauptstraße 12.000 Autos",
  ])("finds nothing in %j", (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it("reports street, number, postal code and town at the right offsets", () => {
    const text = "Frau Muster, Berliner Straße 12, 72070 Tübingen, hat angerufen.";
    expect(findPersonalData(text)).toEqual([
      { kind: "address", start: 13, end: 47, text: "Berliner Straße 12, 72070 Tübingen" },
    ]);
  });
});

describe("a house number that opens an e-mail address", () => {
  it.each(["Ringstraße 1+0@a.de", "Marktplatz 1+0@stadt.de", "Hauptstraße 5.x@example.org", "Am Markt 12_b@example.org"])("%s is an e-mail address, not a street address", (text) => {
    expect(addresses(text)).toEqual([]);
    expect(findPersonalData(text, { kinds: ["email"] }).map((match) => match.kind)).toEqual(["email"]);
  });

  it("still finds an address followed by a mail address after a separator", () => {
    expect(addresses("Hauptstraße 5, info@example.org")).toEqual(["Hauptstraße 5"]);
    expect(addresses("Hauptstraße 5. Mail: info@example.org")).toEqual(["Hauptstraße 5"]);
  });
});
