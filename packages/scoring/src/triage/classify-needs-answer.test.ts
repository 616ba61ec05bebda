import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const answerOf = (text: string) => triage(text).needsAnswer;

describe("needs an answer", () => {
  it.each([
    // questions, with and without "?"
    ["Wann öffnet das Freibad?", ["question"]],
    ["kann man Grünschnitt auch samstags abgeben", ["question"]],
    ["wann wird der Gehweg vor der Post gemacht", ["question"]],
    ["Ist der Wertstoffhof am Samstag offen", ["question"]],
    ["Weiß jemand, ob Hunde erlaubt sind", ["question"]],
    ["Danke, aber wann kommt die Tonne?", ["question"]],
    // requests
    ["Bitte die Haltestelle überdachen.", ["request"]],
    ["Könnten Sie den Kalender noch einmal schicken", ["request"]],
    // complaints about a service
    ["Die Biotonne wurde nicht abgeholt.", ["complaint"]],
    ["Wieder kein Papier abgeholt in der Gartenstraße.", ["complaint"]],
    ["Die Kita-App funktioniert seit Montag nicht", ["complaint"]],
    ["Telefonisch erreicht man hier nie jemanden", ["complaint"]],
    ["Seit drei Wochen steht der Sperrmüll vor unserer Tür", ["complaint"]],
    // reports of a danger
    ["Es riecht nach Gas im Treppenhaus", ["report"]],
    ["Schlägerei vor dem Jugendzentrum, mehrere Leute", ["report"]],
  ] as const)("%j wants an answer: %j", (text, reasons) => {
    const result = answerOf(text);
    expect(result.needsAnswer).toBe(true);
    expect(result.reasons).toEqual(reasons);
  });

  it.each([
    "Danke für die Info!",
    "Super gemacht, weiter so 👍",
    "Tolle Idee! Bitte öfter 😍",
    "Scheiße, schon wieder Stau",
    "Parken beim Stadtfest war eine Katastrophe",
    "Wer hat diese Baustelle geplant, ein Praktikant? 😂",
    "Was für ein tolles Konzert!",
    "Wer seinen Müll in den Wald kippt, ist ein Ferkel",
    "Kann man nicht meckern, läuft gut",
    "Ist ja der Hammer, was hier los ist",
    "Ich will mich nicht beschweren, aber es dauert",
    "Das Rathaus ist ab 8 Uhr offen",
  ])("%j needs no answer", (text) => {
    expect(answerOf(text).needsAnswer).toBe(false);
  });

  it("escalates threats and hides hate instead of answering, but keeps the reasons", () => {
    const threat = answerOf("Wann kommt ihr endlich? Ich bring euch alle um.");
    expect(threat.needsAnswer).toBe(false);
    expect(threat.reasons).toContain("question");
    expect(answerOf("Die Zuwanderer bekommen hier alles hinterhergeworfen, warum eigentlich?").needsAnswer).toBe(false);
  });

  it("answers a concrete complaint even in an insulting comment", () => {
    expect(answerOf("Saftladen. Dreimal angerufen wegen der kaputten Tonne, nix passiert.").needsAnswer).toBe(true);
  });

  it("answers a friendly wish for something new, but not praise with a wish", () => {
    const wish = answerOf("Wäre schön, wenn der Bus auch sonntags fahren würde");
    expect(wish.needsAnswer).toBe(true);
    expect(wish.reasons).toEqual(["request"]);
    expect(wish.evidence.map((item) => item.label)).toEqual(["wish"]);
    expect(answerOf("Tolle Idee! Wäre schön, wenn es das öfter gäbe").needsAnswer).toBe(false);
    expect(answerOf("Wäre schön gewesen, wenn man vorher Bescheid gesagt hätte").needsAnswer).toBe(false);
  });

  it("reads a clitic as part of its word", () => {
    expect(answerOf("Gibt's noch Karten für das Konzert").reasons).toEqual(["question"]);
    expect(answerOf("Geht's noch?").needsAnswer).toBe(false);
  });

  it("takes a question as rhetorical where the writer answers it or asks one reader", () => {
    expect(answerOf("Parkplätze in der Innenstadt? Fehlanzeige.").needsAnswer).toBe(false);
    expect(answerOf("@Tim kommst du mit zum Flohmarkt?").needsAnswer).toBe(false);
    expect(answerOf("Hat jemand meinen Schlüssel am Weiher gefunden?").needsAnswer).toBe(false);
    expect(answerOf("@Stadt wann kommt die Tonne?").needsAnswer).toBe(true);
  });

  it("names requests, imperatives and reported problems in the evidence", () => {
    const labels = (text: string) => answerOf(text).evidence.map((item) => item.label);
    expect(labels("Stellt da mal einen Blitzer hin")).toEqual(["imperative"]);
    expect(labels("Die Laterne in der Birkenstraße ist aus")).toEqual(["light"]);
    expect(labels("Ich warte jetzt schon ewig auf meinen Bescheid")).toEqual(["waiting"]);
    expect(labels("Niemand hat sich bei mir gemeldet")).toEqual(["not done"]);
  });

  it("gives the question and the markers as evidence", () => {
    const text = "Die Tonne ist kaputt. Wann kommt eine neue?";
    const { evidence } = answerOf(text);
    expect(evidence.map((item) => item.label)).toEqual(["kaputt", "question", "question"]);
    for (const item of evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});
