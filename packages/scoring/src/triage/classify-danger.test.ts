import { describe, expect, it } from "vitest";
import { DANGER_NEXT_STEPS } from "../lexicons/index.js";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

describe("danger", () => {
  it.each([
    ["Es riecht im Keller total nach Gas!", "gas"],
    ["Komischer Geruch wie faule Eier im Flur", "gas"],
    ["Die Scheune brennt lichterloh", "fire"],
    ["Dichter Qualm aus dem Dachfenster", "fire"],
    ["Unfall an der Kreuzung, ein Radfahrer liegt am Boden", "accident"],
    ["Ein Auto hat sich auf dem Feldweg überschlagen", "accident"],
    ["Mann liegt bewusstlos an der Bushaltestelle", "medical"],
    ["Beim Lauf ist jemand umgekippt, keine Sanitäter da", "medical"],
    ["Der Baum vor unserem Haus neigt sich seit dem Sturm", "tree"],
    ["Baum auf die Oberleitung gefallen", "tree"],
    ["Der Damm am Bach gibt nach!!", "water"],
    ["Wasserrohrbruch in der Hauptstraße", "water"],
    ["Ampel an der Kreuzung ist ausgefallen", "infrastructure"],
    ["Dachziegel fliegen vom Kirchturm", "infrastructure"],
    ["Ich kann nicht mehr, will nicht mehr leben", "self-harm"],
    ["Habe alles verloren beim Hochwasser. Ich will nur noch sterben", "self-harm"],
    ["Ich weiß, wo du wohnst.", "threat"],
  ] as const)("%j is %s", (text, category) => {
    const danger = dangerOf(text);
    expect(danger?.category).toBe(category);
    expect(danger?.nextStep).toBe(DANGER_NEXT_STEPS[category]);
    expect(danger?.evidence.length).toBeGreaterThan(0);
    for (const item of danger!.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it.each([
    "Brandschutzübung am Samstag im Rathaus",
    "Das Feuerwerk war toll",
    "Unsere Gaspreise steigen schon wieder",
    "Baumschnitt im Stadtpark ab Montag",
    "Ausflug nach Brandenburg",
    "Frau Brandt vom Bürgerbüro war sehr nett",
    "Bei uns brennt die Luft, Oberdorf gewinnt das Derby",
    "Die Feuerwehr sucht Nachwuchs",
    "Hut ab vor den Helfern nach dem Hochwasser",
    "Danke an die Müllabfuhr, trotz Glatteis alles abgeholt",
    "Kein Brand, nur Nebel über dem Feld",
    "Niemand verletzt, alles gut gegangen",
    "Der Baum vor der Kita sollte mal geschnitten werden",
    "Die Kosten explodiert, das Hallenbad wird teurer",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });

  it("takes the category with the strongest evidence, a life at risk first", () => {
    expect(dangerOf("Rauch im Treppenhaus, eine Frau ist bewusstlos, der Rauch wird dichter")?.category).toBe("fire");
    expect(dangerOf("Nach dem Hochwasser: ich will nicht mehr leben")?.category).toBe("self-harm");
  });
});
