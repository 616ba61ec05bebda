import { describe, expect, it } from "vitest";
import { dangerTrainingComments } from "../evaluation/danger-model-training.js";
import { DANGER_MODEL } from "../lexicons/danger-model.js";
import { DANGER_NEXT_STEPS } from "../lexicons/index.js";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const lists = createTriage({ dangerModel: false });
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

  it("reads a cost as a cost where it is one, and a steering wheel or the town's post as none", () => {
    expect(dangerOf("Die Grundsteuer ist explodiert, das kann doch keiner zahlen")).toBeUndefined();
    expect(dangerOf("Die Rundfunkbeiträge explodieren")).toBeUndefined();
    expect(dangerOf("Zu deinem Beitrag: in der Hauptstraße ist gerade ein Auto explodiert!")?.category).toBe("fire");
    expect(dangerOf("Lenkrad abgerissen, Steuer weg, das Auto ist explodiert!!!")?.category).toBe("fire");
    // A count is no cost: "Anzahl", "Unzahl" and paying stand beside real explosions.
    expect(lists("Die Anzahl der Verletzten steigt, in der Fabrik ist ein Tank explodiert").danger?.category).toBe("fire");
    expect(lists("Beim Bezahlen an der Tankstelle: Zapfsäule explodiert!").danger).toBeDefined();
    expect(lists("Wir zahlen gerade an der Kasse, da explodiert hinten eine Gasflasche!").danger).toBeDefined();
  });

  it("reads a head about to burst and stones thrown into water as no danger, and stones thrown at people as one", () => {
    expect(lists("Mein Kopf explodiert gleich bei diesem Formular").danger).toBeUndefined();
    expect(lists("Bei dem Lärm von der Baustelle explodiert mir gleich der Kopf").danger).toBeUndefined();
    expect(lists("Mir explodiert gleich der Kopf bei dem Lärm").danger).toBeUndefined();
    expect(lists("Der Kopf explodiert mir gleich").danger).toBeUndefined();
    expect(lists("Die Kinder werfen Steine in den Fluss, so schön ist der Sommer").danger).toBeUndefined();
    expect(lists("Jugendliche werfen Steine auf die Autos von der Brücke aus!").danger?.category).toBe("threat");
    expect(lists("Jugendliche werfen Steine am Fluss auf Spaziergänger").danger?.category).toBe("threat");
    expect(lists("Eine Gasflasche ist explodiert, ein Mann blutet am Kopf").danger).toBeDefined();
    // Someone else's head, where a rocket went off.
    expect(lists("Dem Jungen ist die Silvesterrakete am Kopf explodiert, er schreit").danger).toBeDefined();
    expect(lists("Ein Böller ist direkt neben seinem Kopf explodiert").danger).toBeDefined();
  });

  it("takes the category with the strongest evidence, a life at risk first", () => {
    expect(dangerOf("Rauch im Treppenhaus, eine Frau ist bewusstlos, der Rauch wird dichter")?.category).toBe("fire");
    expect(dangerOf("Nach dem Hochwasser: ich will nicht mehr leben")?.category).toBe("self-harm");
  });
});

describe("danger words in compounds, spellings and emoji", () => {
  it.each([
    ["Flächenbrand an der Böschung", "fire"],
    ["Garagenbrände in der Siedlung", "fire"],
    ["Autounfall am Kreisel", "accident"],
    ["Kopfverletzung nach Sturz im Park", "medical"],
    ["Straßenglätte auf der Brücke", "infrastructure"],
  ] as const)("finds the last part of a compound: %j is %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each(["Schöner Sonnenbrand nach dem Freibad", "Der Weinbrand vom Markt schmeckt", "Eine Pflichtverletzung des Amtes", "Das war eine glatte Lüge"])(
    "keeps the false friends of compounds and of the spellings without dots: %j",
    (text) => {
      expect(dangerOf(text)).toBeUndefined();
    },
  );

  it.each([
    ["Die Kinder kamen vom Spielplatz mit Taschen voller Steine und Kastanien zurück, herrlich", undefined],
    ["Er steht am Ufer. Die Manteltaschen voller Steine.", "self-harm"],
    ["Ich gehe jetzt zur Talsperre, die Manteltaschen voller Steine.", "self-harm"],
    // "kommt man nicht lebend raus" is also a sigh about a traffic jam; a false friend for the sigh silenced these.
    ["Aus dem Rathaus kommt ihr nicht lebend raus", "threat"],
    ["Aus der Ratssitzung kommt man nicht lebend raus, dafür sorge ich.", "threat"],
    ["Ihr seid die Nächsten.", "threat"],
    ["Ihr seid die Nächsten beim nächsten Anschlag.", "threat"],
    // "Erdgeschoss" is where people live and fall ill, not a joke.
    ["Ich wohne im Erdgeschoss und habe gerade alle meine Tabletten genommen, ich will nicht mehr leben.", "self-harm"],
    ["Mein Mann ist im Erdgeschoss zusammengebrochen, er hat Schmerzen in der Brust und kriegt keine Luft.", "medical"],
  ] as const)("tells a child's pockets from stones taken to the water, and reads threats and emergencies their look-alikes share words with: %j", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    ["Baum umgesturzt an der B 27", "tree"],
    ["uberschwemmung am Sportplatz", "water"],
    ["Baume auf der Strase umgekippt", "tree"],
  ] as const)("finds words typed without the dots of their umlauts: %j is %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    ["FEUERRRR im Keller!!!", "fire"],
    ["es brennnnt bei uns", "fire"],
    ["der Baum ist umgefallennnn", "tree"],
  ] as const)("finds words with letters drawn out: %j is %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it("reads a compound head, a stem and an emoji as parts of a combination", () => {
    expect(dangerOf("Kastanienbaum in der Allee umgeknickt")?.category).toBe("tree");
    expect(dangerOf("Umgestürzte Bäume blockieren die Straße")?.category).toBe("tree");
    expect(dangerOf("🔥🔥 Scheune am Ortsrand")?.category).toBe("fire");
    expect(dangerOf("Die Stimmung beim Derby war 🔥🔥")).toBeUndefined();
  });

  it("gives evidence that points into the comment as written", () => {
    for (const text of ["Flächenbrand an der Böschung 🔥", "Baum umgesturzt, Straße gesperrt", "Kind von Auto erwischt!!"]) {
      const danger = dangerOf(text)!;
      expect(danger.evidence.length).toBeGreaterThan(0);
      for (const item of danger.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    }
  });
});

describe("danger words in a context that takes the danger out", () => {
  it.each([
    ["a drill", "Morgen große Feuerwehrübung: ein Brand im Rathaus wird simuliert"],
    ["a course", "Erste Hilfe Kurs im Bürgerhaus, Thema Herzinfarkt und Schlaganfall"],
    ["a danger over", "Der Brand in der Lagerhalle ist gelöscht"],
    ["a false alarm", "Der Gasgeruch war ein Fehlalarm"],
    ["a danger long past", "Letztes Jahr ist hier ein Baum auf die Straße gestürzt"],
    ["thanks afterwards", "Danke an die Feuerwehr für den Einsatz beim Kellerbrand"],
    ["a case of need", "Im Notfall bei Gasgeruch sofort das Haus verlassen"],
    ["a general case", "Was macht man eigentlich bei Hochwasser?"],
    ["a general case without capitals", "was macht man eigentlich bei hochwasser"],
    ["laughter at oneself", "Ich hätte fast einen Herzinfarkt bekommen 😂"],
    ["a year that dates the sentence", "Wusstet ihr, dass 1923 die alte Brücke vom Hochwasser weggespült wurde?"],
    ["a month and year that date the sentence", "Im Juli 2021 stand die halbe Altstadt unter Wasser, heute sieht man nichts mehr."],
    ["a year after the verb", "Die Scheune ist 1987 abgebrannt, jetzt steht da der Supermarkt."],
    ["a word asked and denied", "Unfall? Nein, das war gestern die Übung der Feuerwehr am Schulzentrum."],
    ["a word asked and denied, without capitals", "brand?? nee, nur der nachbar beim grillen"],
  ])("%s: %j", (_context, text) => {
    expect(dangerOf(text)).toBeUndefined();
  });

  it.each([
    ["a drill that is none", "Das ist keine Übung, es brennt wirklich!"],
    ["a danger not over", "Das Feuer ist noch nicht gelöscht, der Rauch zieht in die Siedlung"],
    ["asked whether it is over", "Ist der Brand in der Lagerhalle schon gelöscht?"],
    ["asked to be made safe", "Der umgestürzte Baum muss sofort beseitigt werden"],
    ["thanks, but", "Danke für die Info, aber bei uns im Keller steht das Wasser schon kniehoch"],
    ["thanks in another sentence", "Danke für die schnelle Antwort! Der Ast hängt immer noch über dem Spielplatz"],
    ["laughter about another danger", "Der Baum ist aufs Auto vom Bürgermeister gekracht 😂"],
    ["a headline of now", "Sperrung nach Unfall auf der B 27"],
    ["a smell", "riecht total nach verbranntem plastik hier"],
    ["a year of what has been so since", "Seit 2019 brennt es jedes Jahr am Waldrand, und jetzt schon wieder!"],
    ["a year as a comparison", "Wie 2021 steht unser Keller unter Wasser, bitte Sandsäcke!"],
    ["a number that is no year", "Im Keller stehen 2000 Liter Wasser, die Pumpe schafft es nicht."],
    ["a building named by its year", "Die Brücke von 1923 am Mühlbach ist gerade eingestürzt!"],
    ["a word asked and denied by a worse one", "Feuer? Nein, schlimmer, eine Explosion in der Halle!"],
    ["a word asked, then confirmed", "Unfall? Ja, an der Kreuzung, zwei Autos ineinander."],
    ["a longer question denied", "Ist der Brand in der Lagerhalle gelöscht? Nein, es brennt immer noch."],
  ])("%s stays a danger: %j", (_context, text) => {
    expect(dangerOf(text)).toBeDefined();
  });
});

describe("a context marker that says nothing about the danger of its comment", () => {
  // A breaker's emergencies around a marker: a course or a neighbouring town as the setting, an emoji of nerves. The lists alone
  // set them aside, as they set aside a drill; the model, all but sure of the same danger, keeps what the lists found.
  it.each([
    ["a course as the setting", "Im Kurs in der Turnhalle ist gerade eine Frau zusammengebrochen und atmet nicht mehr.", "medical"],
    ["a cooking class as the setting", "Beim Kochkurs in der VHS hat die Fritteuse Feuer gefangen und die Küche brennt.", "fire"],
    ["a talk as the setting", "Beim Referat in der Aula ist ein Schüler umgekippt und krampft.", "medical"],
    ["the neighbouring town as the place", "Im Nachbarort brennt gerade die Scheune vom Reiterhof, die Pferde sind noch drin.", "fire"],
    ["after a drill", "Nach der Brandschutzübung sitzt ein Kollege im Flur an der Wand, ist ganz grau im Gesicht und kriegt die Augen nicht mehr auf.", "medical"],
    ["an emoji of nerves after pills taken", "Ich habe alle Tabletten genommen, ich will nicht mehr leben. 😅", "self-harm"],
    ["xD after a jump announced", "Ich stehe auf der Brücke und springe gleich, es hat alles keinen Sinn mehr. xD", "self-harm"],
  ] as const)("%s is a danger: %j", (_context, text, category) => {
    expect(lists(text).danger).toBeUndefined();
    const danger = dangerOf(text);
    expect(danger?.category).toBe(category);
    // The evidence is the lists': the words that report the danger, not the model's guesses.
    expect(danger?.evidence.length).toBeGreaterThan(0);
  });

  it("keeps what a marker took out beside a lesser danger it left", () => {
    const text = "Ich habe alle Tabletten genommen, ich will nicht mehr leben. Vor dem Haus brennt übrigens ein Mülleimer. 😅";
    // The lists alone see only the bin on fire: the laughter took the rest for a joke.
    expect(lists(text).danger?.category).toBe("fire");
    expect(dangerOf(text)?.category).toBe("self-harm");
  });

  it.each([
    ["a first-aid course", "Im Erste-Hilfe-Kurs haben wir geübt, was man macht, wenn jemand zusammenbricht und nicht mehr atmet."],
    ["a cooking class", "Beim Kochkurs haben wir gelernt, wie man einen Fettbrand in der Küche löscht."],
    ["a seminar", "Im Seminar ging es darum, was bei einem Herzinfarkt zu tun ist."],
    ["a talk about history", "Referat über den Großbrand von 1842 in der Altstadt, kann mir jemand das Stadtarchiv empfehlen?"],
    ["laughter at oneself", "Fast einen Herzinfarkt bekommen, als ich die Nebenkostenabrechnung gesehen habe 😅"],
    ["a joke about roadworks", "Ich will nicht mehr leben, wenn ich an die Bauarbeiten denke xD"],
    ["a film", "Der Film gestern war krass, da brennt am Ende das ganze Haus ab."],
    // A second breaker found the model just as sure of advice for a case: the overrule holds back where a case is told.
    ["advice for a case", "Falls es bei euch im Keller nach Gas riecht: kein Licht anmachen, raus und 112 anrufen!"],
    ["a question about a case", "Was mache ich, falls es im Treppenhaus brennt und der Rauch in die Wohnung zieht?"],
    ["advice in an emergency", "Im Notfall, wenn jemand bewusstlos ist und nicht atmet: 112 und Herzdruckmassage, nicht vergessen!"],
    ["a course and a case", "Super Schulung bei der Feuerwehr! Wir haben geübt, was man macht, wenn es im Treppenhaus brennt und überall Rauch ist."],
  ])("%s stays no danger: %j", (_context, text) => {
    expect(dangerOf(text)).toBeUndefined();
  });

  // Markers in another sense, which the lists alone read right: "gefällt" says a tree was felled ("fachgerecht gefällt"), but
  // beside "mir", "ihm" or "das" it is liking; the next town is news from elsewhere, but not where help comes from.
  it.each([
    ["liking is no tree felled", "Das gefällt mir überhaupt nicht, da liegt ein Mann bewusstlos an der Bushaltestelle.", "medical"],
    ["liking is no tree felled", "Mir gefällt das gar nicht, aus dem Dachfenster gegenüber kommt dicker schwarzer Rauch.", "fire"],
    ["help from the next town is no news from elsewhere", "Mein Mann ist bewusstlos, der Notarzt kommt aus der Nachbargemeinde und braucht 20 Minuten.", "medical"],
    ["help from the next town is no news from elsewhere", "Meine Frau ist hochschwanger, sie blutet stark und hat Krämpfe, der Rettungswagen kommt aus dem Nachbarort.", "medical"],
  ] as const)("%s: %j", (_sense, text, category) => {
    expect(lists(text).danger?.category).toBe(category);
  });

  // "Falls das jemand liest" speaks to whoever reads: it makes no case of a self-harm or a threat told after its clause, as
  // "Falls es brennt" does. Other dangers after it stay under the case: advice and rules are told that way too.
  it.each([
    ["a goodbye to whoever reads", "Falls das jemand liest: ich spring heute von der Brücke", "self-harm"],
    ["a goodbye without capitals", "falls das hier jemand liest, ich mach heute schluss mit allem", "self-harm"],
    ["a goodbye to anyone who asks", "Falls einer fragt: ich spring heute von der Brücke", "self-harm"],
    ["a threat to whoever goes there, in the polite form", "Falls Sie heute ins Rathaus gehen: ich bring den Bürgermeister um", "threat"],
    // A question's clause after the comma is no part of the case: "wann", "warum".
    ["a goodbye after a question", "Falls es jemand wissen will, wann ich mich umbringe: heute Nacht", "self-harm"],
  ] as const)("%s is a danger to the lists alone: %j", (_reader, text, category) => {
    expect(lists(text).danger?.category).toBe(category);
  });

  it.each([
    ["a case the reader may meet", "Falls ihr mal Gasgeruch bemerkt: Fenster auf, raus und 112 anrufen"],
    ["a case the reader may meet, then its consequence", "Falls du einen Unfall siehst, musst du Erste Hilfe leisten"],
    ["a case with its consequence", "Falls der Baum bei Sturm umkippt, liegt er auf der Straße"],
    ["a case told to nobody", "Falls es brennt: der Notausgang ist hinten links"],
    // A breaker's cases: the case told after a comma ("…, dass …"), and advice, rules and the past after a reader's clause.
    ["a case told after a comma", "Falls ihr bemerkt, dass es nach Gas riecht: raus und 112."],
    ["a case told after a comma", "Falls ihr seht, dass jemand bewusstlos ist: stabile Seitenlage und 112."],
    ["a question told after a comma", "Falls jemand fragt, ob die Brücke eingestürzt ist: nein, nur gesperrt."],
    ["a rumour told after a comma", "Falls ihr gehört habt, dass jemand in der Schule eine Bombe versteckt hat: das ist ein Gerücht"],
    ["advice after a reader's clause", "Falls ihr kocht: Wenn Fett brennt, niemals mit Wasser löschen!"],
    ["a rule after a reader's clause", "Falls ihr grillen wollt: offenes Feuer ist im Stadtwald verboten."],
    ["the past after a reader's clause", "Falls es dich tröstet: meine Katze hat auch schon mal die Küche fast abgefackelt"],
  ])("%s stays no danger: %j", (_case, text) => {
    expect(lists(text).danger).toBeUndefined();
  });

  it("news from the next town is still no danger here", () => {
    expect(dangerOf("Kellerbrand im Nachbarort gestern, hab ich in der Zeitung gelesen. Zum Glück wurde niemand verletzt")).toBeUndefined();
    expect(dangerOf("Die Feuerwehr aus der Nachbarstadt hat gestern den Brand in der Halle gelöscht")).toBeUndefined();
  });

  it("a tree felled still ends the danger of its sentence", () => {
    expect(dangerOf("Der morsche Baum, der auf die Straße zu kippen drohte, wurde heute gefällt.")).toBeUndefined();
    // Without a comma, for someone, or by "you": still a felling.
    expect(dangerOf("Der umgestürzte Baum an der Schule wurde heute gefällt das ging echt schnell.")).toBeUndefined();
    expect(dangerOf("Die morsche Eiche, die auf den Gehweg gekippt ist, wurde für uns gefällt.")).toBeUndefined();
    expect(lists("Der umgestürzte Baum blockiert die Einfahrt und gefällt der Nachbarin natürlich nicht.").danger?.category).toBe("tree");
    expect(dangerOf("Der morsche Baum, der auf die Straße zu kippen drohte, steht noch.")?.category).toBe("tree");
  });
});

describe("harm done on purpose", () => {
  // A breaker found a deliberate hit with a car raised as an accident and nails strewn on a cycle path as a fallen tree:
  // the police were never named. Told on purpose, a danger is a threat; the word is part of the evidence.
  it.each([
    ["Mein Nachbar hat mich mit dem Auto angefahren, absichtlich, und jetzt kommt er mit dem Wagenheber zurück.", "absichtlich"],
    ["Jemand hat mit Absicht den Müllcontainer hinter der Schule angezündet, es brennt lichterloh.", "mit Absicht"],
    ["Die Bremsleitung an meinem Rad wurde mutwillig durchgeschnitten, ich bin gestürzt und blute am Knie.", "mutwillig"],
    ["Jemand hat die Mülltonnen am Schulhof angezündet, das war absichtlich, der hat sich dann hinter der Turnhalle versteckt.", "absichtlich"],
  ])("is a threat: %j", (text, word) => {
    const danger = dangerOf(text);
    expect(danger?.category).toBe("threat");
    expect(danger?.nextStep.de).toContain("110");
    expect(danger?.evidence.map((evidence) => evidence.text)).toContain(word);
  });

  it("is self-harm where it is done to oneself", () => {
    const danger = dangerOf("Sie hat sich absichtlich mit der Schere verletzt und blutet stark am Arm.");
    expect(danger?.category).toBe("self-harm");
    expect(danger?.evidence.map((evidence) => evidence.text)).toContain("absichtlich");
  });

  it.each([
    ["Der Fahrer hat die Radfahrerin angefahren, aber sicher nicht absichtlich, sie liegt auf der Straße und blutet.", "accident"],
    ["Im Keller brennt es, die Kinder haben keine Absicht gehabt, aber jetzt qualmt alles.", "fire"],
  ])("stays what it is where the purpose is denied or missing: %j", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });
});

describe("verbs split around their clause", () => {
  it.each([
    ["morgen knall ich euch alle ab, dann wisst ihr was", "threat"],
    ["Er hat eben gerufen, er schlitzt mich auf, wenn ich schneller gehe", "threat"],
    ["Der Typ sagt, er sticht uns alle ab", "threat"],
    // Done to her, to them, to everyone, and told of someone else ("macht dich kalt", not only "mach dich kalt").
    ["der ex hat angerufen und gesagt er kommt heute nacht und macht sie kalt", "threat"],
    ["seit 20 min rennt hier einer durch die siedlung und schreit er knallt jeden ab", "threat"],
    ["Er hat geschrieben, dass er dich heute kaltmacht", "threat"],
    ["Der Nachbar brüllt, er macht dich kalt", "threat"],
    // "bring … um" of a person by role, at the end of its clause.
    ["ich bring den Bürgermeister um", "threat"],
    ["Wenn der nochmal so einen Bescheid schickt, bring ich den Sachbearbeiter um", "threat"],
    // Done to someone named by a role, with its article: "den Lehrer", "die Sachbearbeiterin", "meinen Chef".
    ["Ich knall den Lehrer ab", "threat"],
    ["Ich mach den Chef kalt, der hat mich heute gefeuert", "threat"],
    ["morgen stech ich die Sachbearbeiterin ab", "threat"],
    ["Wenn die das Sorgerecht kriegt, knall ich meinen Ex ab", "threat"],
    // "bring … um" with the role first, of one's family.
    ["Den Bürgermeister bring ich um", "threat"],
    ["Wenn die mich verlässt, bring ich meine Frau um", "threat"],
    // A time or manner between role and particle, the role first with the particle after "ich",
    // and "bring … um" with "diesen".
    ["Ich knall den Lehrer morgen ab", "threat"],
    ["Ich knall den Lehrer dann ab", "threat"],
    ["Ich knall den Lehrer morgen früh ab", "threat"],
    ["Und den Lehrer knall ich ab", "threat"],
    ["Den Lehrer knallt er ab, hat er gesagt", "threat"],
    ["Den Lehrer knall i ab", "threat"],
    ["Er hat gesagt, morgen knallt er den Lehrer ab", "threat"],
    ["Den Lehrer knall ich ab", "threat"],
    ["Meinen Ex mach ich morgen kalt, der hat es verdient", "threat"],
    ["Ich bring diesen Lehrer um, ehrlich", "threat"],
    // "bring dich um" with the subject after the verb, or "noch" before the particle, at the end of its clause.
    ["Morgen bring ich dich um", "threat"],
    ["Wenn du das nochmal machst, bring ich dich um 😡", "threat"],
    ["Dann bringe ich euch alle um.", "threat"],
    ["Ich bring dich heute noch um", "threat"],
    ["Ich bring dich noch um, ehrlich", "threat"],
    // A time of several words between role and particle, an insult or adjective before the role, and roles in the plural.
    ["Ich knall den Lehrer am Montag ab", "threat"],
    ["Ich knall den Lehrer um 8 ab", "threat"],
    ["Ich knall den Lehrer um halb neun ab", "threat"],
    ["Ich knall den Lehrer heute Abend ab", "threat"],
    ["Den Lehrer knall ich am Montag um 8 Uhr ab", "threat"],
    ["Ich knall den scheiß Lehrer ab", "threat"],
    ["Ich mach den blöden Chef morgen kalt", "threat"],
    ["Ich knall den Drecks-Lehrer ab", "threat"],
    ["Den Scheißchef mach ich kalt", "threat"],
    ["Ich knall alle Lehrer ab", "threat"],
    ["Ich knall meine Mitschüler am Montag ab", "threat"],
    // What breaker run 6 found: "am Abend" read as a time, not as "abend" after "am"; minutes; two adjectives; "einen"; compounds.
    ["Ich knall den Lehrer am Abend ab", "threat"],
    ["Den Chef mach ich am Nachmittag kalt", "threat"],
    ["Ich knall den Lehrer um 8:30 ab", "threat"],
    ["Ich knall den Lehrer am nächsten Montag ab", "threat"],
    ["Ich knall den Lehrer nach der Schule ab", "threat"],
    ["Ich knall den fetten alten Chef ab", "threat"],
    ["Ich knall einen Polizisten ab", "threat"],
    ["Ich knall den Klassenlehrer ab", "threat"],
    ["Ich stech meinen Exfreund ab", "threat"],
    ["Ich werde ihn heute Abend umbringen", "threat"],
    ["Ich werde die heute Abend umbringen", "threat"],
    // "bring mich … um" with a time between, said by the writer at the end of the clause.
    ["Ich bring mich morgen um", "self-harm"],
    ["ich bring mich heute noch um", "self-harm"],
    ["mama ich halt das nicht mehr aus, ich bring mich heute in der pause um", "self-harm"],
    ["Dann bringe ich mich am Wochenende um.", "self-harm"],
  ] as const)("%j reports %s to the lists alone", (text, category) => {
    expect(lists(text).danger?.category).toBe(category);
  });

  it.each(["Spargel? Meine Mutter sticht sie am Montag ab", "Die Raketen? Die Nachbarn knallen sie um 12 ab", "Die Getränke? Die Kollegen machen sie morgen kalt"])(
    "%j reports no danger to the lists alone: 'sie' is the object, the role the doer",
    (text) => {
      expect(lists(text).danger).toBeUndefined();
    },
  );

  it.each([
    "Morgen bring ich dich um 8 zum Bahnhof",
    "Ich bring dich heute noch um halb neun zur Oma",
    "Dann bring ich euch um sieben die Schlüssel vorbei",
    "Bring ich dich um 10 oder um 11 zum Training?",
  ])("%j reports no danger to the lists alone: the time after 'um' runs the clause on", (text) => {
    expect(lists(text).danger).toBeUndefined();
  });

  it.each(["Ich hol dich morgen ab", "Ich ruf dich später an", "Ich zünde heute die Kerzen an", "Wir bringen die Kinder um acht", "Mach das Licht aus", "Schreib mich doch einfach an", "Ich knall mich jetzt aufs Sofa, gute Nacht", "Ich ruf sie morgen an", "Die Bilder hängen wir alle auf", "Wir stechen sie beim Turnier ab", "Schalte sie bitte ab", "Ich bring den Bürgermeister um 8 zum Bahnhof", "Der Bauer sticht jeden Tag Spargel ab", "Die Jungs knallen jeden Silvester Raketen ab", "Ich hole den Lehrer ab", "Wir holen die Chefin um acht ab", "Ich mach den Kaffee für den Chef kalt", "Ich bring den Chef um halb acht zum Bahnhof", "Den Bürgermeister bring ich um 9 zum Termin", "Ich bringe meine Frau um sieben zur Arbeit", "Ich hol den Lehrer morgen ab", "Die Lehrerin hol ich morgen ab", "Ich mach den Ofen morgen an", "Ich bring dich morgen um 8 zum Bahnhof", "Ich bring meinen Chef um 9 ins Büro", "Den Chef mach ich beim Tennis morgen platt", "Ich könnte meinen Chef umbringen, schon wieder Überstunden", "Den Spargel sticht die Nachbarin morgen ab", "Den Spargel sticht die Nachbarin ab", "Die Böller knallen die Nachbarn gleich ab", "Das Laub fackeln die Nachbarn einfach ab", "Den Pudding macht die Kollegin noch kalt", "Polizisten erschießen Mann in Mannheim", "Die Kollegen erschlagen mich mit Arbeit", "Ich bring meinen Chef um, wenn er mir noch einmal Überstunden aufdrückt 😅", "Den Lehrer ruf ich morgen an", "Ich hol den Lehrer dann ab", "Die Lehrerin holt er ab", "Den Lehrer ruft sie dann an", "Den Chef zeig ich an", "Ich zeig den Nachbarn morgen an", "Schnell den Lehrer holen, ich hol ihn ab", "Ich hol den Lehrer am Montag ab", "Ich hol den Lehrer um 8 Uhr ab", "Den Lehrer hol ich um halb neun ab", "Ich hol alle Lehrer ab", "Wir holen die ganze Klasse um 8 ab", "Ich mach den Kaffee der Lehrer kalt", "Ich mach den Tee für die ganze Klasse kalt", "Ich ruf den blöden Chef um 8 an", "Ich hol den Scheißlehrer ab", "Ich muss die Zeit bis zum Termin totschlagen", "Wir wollen den ganzen Nachmittag totschlagen", "Ich bring mich morgen um 8 zur Arbeit", "Ich bringe mich morgen um halb acht zum Zug", "Die Hitze bringt mich noch um", "Ich bring mich noch um vor Lachen", "Beim Paintball knall ich den Chef am Samstag ab", "Beim Völkerball knall ich alle Lehrer ab", "Bei Werwolf machen wir den Bürgermeister heute Nacht kalt", "Lüften! Ich mach die Klasse um 8 kalt", "Ich hol den Lehrer um 8:30 ab", "Ich muss die Wartezeit am Flughafen totschlagen", "Ich werde den Abend mit Netflix totschlagen"])(
    "%j reports no danger",
    (text) => {
      expect(dangerOf(text)).toBeUndefined();
    },
  );
});

describe("what a breaker run tried against the rules for split verbs, denied questions, years and contexts", () => {
  it.each([
    ["a split verb with oneself as object", "Ich häng mich heute Nacht auf"],
    ["a denial that corrects to worse", "Verletzte? Nein, Tote!"],
    ["a denial that says worse", "Feuer? Nee, schlimmer, die ganze Halle"],
    ["a question whether it is over, denied", "Feuer gelöscht? Nein! Es brennt"],
    ["a denial with a but", "Blutet er? Nein, aber er bewegt sich nicht"],
    ["a year of birth", "Mein Opa ist 1940 geboren und liegt jetzt bewusstlos im Flur"],
    ["this year", `Es ist ${new Date().getUTCFullYear()} und in der Schillerstraße brennt ein Haus`],
    ["a year of a thing, then now", "Die Gasleitung ist 1970 verlegt worden und jetzt riecht es überall nach Gas"],
    ["a house number", "Hausnummer ist 1990, es brennt im Keller"],
    ["a country, then now", "Wir waren in Frankreich, jetzt riecht es in der Wohnung nach Gas"],
    ["a game, then now", "Mein Sohn spielt GTA und jetzt riecht es nach Gas"],
    ["a past summer, then now", "Letzten Sommer hat es auch gebrannt, jetzt brennt es wieder im Wald"],
    ["a settled matter, then now", "Das Thema Parkplatz hat sich erledigt, jetzt brennt der Container"],
    ["a name that is a context word elsewhere", "Frau Themen liegt bewusstlos im Treppenhaus"],
    ["a playground for building", "Auf dem Bauspielplatz brennt es"],
    ["two signs of a heart attack", "Mein Vater hat plötzlich Druck auf der Brust, der linke Arm kribbelt"],
    ["two signs of a stroke", "Eine Seite von Gesicht hängt runter und er kann nicht richtig sprechen"],
  ])("%s stays a danger: %j", (_case, text) => {
    expect(dangerOf(text)).toBeDefined();
  });

  it.each([
    "Die App hängt sich auf",
    "Das Online-Formular vom Bürgerbüro hängt sich bei Schritt 3 auf",
    "Ich mach das Essen kalt",
    "Wir machen euren Rasen platt",
    "Ich brenne euch die Fotos auf DVD ab",
    "Wir fackeln euch ein Feuerwerk ab",
    "Die Kirche räumt am Samstag den Dachboden auf",
    "Nach Feierabend pass ich den Paketboten ab",
    "Er hat gerufen, er zündet den Grill an",
    "Wir stechen dich beim Wettbewerb ab",
    "Sagt meiner Mutter, dass es mir leid tut, dass ich zu spät komme",
    "Sag Mama, dass ich sie liebe, und bring Brötchen mit",
    "Die Kinder haben alle Tabletten vom Tisch geräumt",
    "Ich hab die Tabletten für Mama abgeholt, ich gehe heute zu ihr",
    "Wir haben die alten Möbel verschenkt und ziehen für immer nach Spanien",
    "Der Schlüssel wurde übergeben, der alte Hausmeister ist ab morgen nicht mehr da",
    "Ich hab Druck auf der Brust wegen der Prüfung morgen",
    "Mein Arm kribbelt immer, wenn ich auf der Seite schlafe",
    "Meine Tochter kann nicht richtig sprechen, sie ist erst zwei",
    "Das Schwimmbad riecht so nach Chlor",
    "Die neue Couch riecht so chemisch",
    "Die Autos treiben die Mieten hoch",
    "Die Sandsäcke halten nicht ewig, bitte rechtzeitig tauschen",
    "Der Jäger hat sie durchgeladen und gesichert",
  ])("no danger: %j", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});

describe("dangers in everyday words the lists once missed", () => {
  it.each([
    ["sie hat sich die arme aufgeschnitten und sitzt jetzt aufm schulklo", "self-harm"],
    ["unser trainer is beim warmlaufen einfach umgefallen und reagiert nicht", "medical"],
    // One wrist cut open on a pane is an accident, not self-harm.
    ["Sie hat sich an der Glasscheibe das Handgelenk aufgeschnitten und blutet stark", "medical"],
  ] as const)("%j reports %s to the lists alone", (text, category) => {
    expect(lists(text).danger?.category).toBe(category);
  });

  it.each(["Er hat sich beim Kochen in den Arm geschnitten, halb so wild", "Der Trainer reagiert nicht auf meine Nachrichten", "Nach dem Kino ist er nicht mehr hochgekommen in die Wohnung, sondern gleich heim"])(
    "%j reports no danger to the lists alone",
    (text) => {
      expect(lists(text).danger).toBeUndefined();
    },
  );
});

describe("calls for help", () => {
  it("are a danger of their service's category where nothing else is said", () => {
    expect(dangerOf("Die Feuerwehr ist unterwegs, die Straße ist voller Leute")?.category).toBe("fire");
    expect(dangerOf("Ich hab 112 gewählt, kommt schnell!")?.category).toBe("medical");
  });

  it("leave the category to what is reported", () => {
    expect(dangerOf("Baum liegt quer über der Straße, die Feuerwehr ist noch nicht da")?.category).toBe("tree");
    expect(dangerOf("Mann bewusstlos an der Haltestelle, die Feuerwehr ist unterwegs")?.category).toBe("medical");
  });

  it("are no sign where the service is only named", () => {
    expect(dangerOf("Die Feuerwehr sucht Nachwuchs")).toBeUndefined();
    expect(dangerOf("Die Feuerwehr ruft zur Blutspende auf")).toBeUndefined();
  });
});

describe("danger matching on hostile input", () => {
  const LENGTH = 100_000;
  const fill = (piece: string): string => piece.repeat(Math.ceil(LENGTH / piece.length)).slice(0, LENGTH);
  it.each([
    ["compounds of false friends and suffix terms", fill("sonnenbrandflächenbrand")],
    ["drawn-out letters", fill("r")],
    ["drawn-out words", fill("feuerrrr ")],
    ["context markers and danger words in one sentence", fill("übung brand aber danke an unfall ")],
    ["emoji and places", fill("🔥 scheune ")],
    ["stems and heads", fill("straßenbaum umgestürzt ")],
    ["prepositions before danger nouns without capitals", fill("bei hochwasser ")],
    ["words of emphasis inside phrases", fill("ich will einfach echt nicht mehr leben ")],
    ["words of dialect", fill("s'wasser kommt nei i mog nimmer unfoi ")],
    ["spoken endings and road numbers", fill("stromkabl bodn b27 a7 lebn ")],
    ["an opening emoji before endless words", `🔥🔥 ${fill("marktplatz ")}`],
    ["questions with what-for", fill("was ist das für ein qualm ")],
    ["clause ends and times", fill("ich will nicht mehr bring sie um 8 ")],
    ["typos of long terms", fill("verkehrsunfal gasgeuch ")],
    ["danger words asked and denied", fill("Feuer? Nein, ")],
    ["danger words in one long sentence", fill("Feuer, ")],
    ["split verbs", fill("ich knall dich ab und stech euch auf ")],
    ["years", fill("dass 1923 es brannte und 2026 ")],
    // Each word that costs can explode ("die Mieten explodieren") once made every hit read its whole sentence again.
    ["one sentence of words that costs can do", fill("explodiert ")],
    ["Cyrillic letters that look Latin", fill("\u0430\u0435\u043e\u0440\u0441 ")],
    ["soft hyphens inside words", fill("le\u00adben Fe\u00aduer ")],
  ])("reads 100,000 characters of %s in well under a second", (_name, text) => {
    dangerOf(text.slice(0, 1000));
    const started = performance.now();
    dangerOf(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("danger words in disguise", () => {
  // A soft hyphen comes with text copied from web pages; the others are chosen to get past a filter.
  it.each([
    ["a soft hyphen", "Ich will nicht mehr le\u00adben.", "self-harm", "le\u00adben"],
    ["a zero-width space", "Ich will nicht mehr le\u200bben.", "self-harm", "le\u200bben"],
    ["fullwidth letters", "Ich will nicht mehr ｌｅｂｅｎ.", "self-harm", "ｌｅｂｅｎ"],
    ["mathematical bold letters", "Ich will nicht mehr \u{1d425}\u{1d41e}\u{1d41b}\u{1d41e}\u{1d427}.", "self-harm", "\u{1d425}\u{1d41e}\u{1d41b}\u{1d41e}\u{1d427}"],
    ["a Cyrillic look-alike", "Es br\u0435nnt in der Scheune, alles voller Rauch!", "fire", "br\u0435nnt"],
    ["soft hyphens in two words", "Hilfe, Fe\u00aduer in der Schu\u00adle!", "fire", "Fe\u00aduer"],
    ["small capitals", "\u1d07s \u0299\u0280\u1d07\u0274\u0274\u1d1b \u026a\u1d0d \u1d0b\u1d07\u029f\u029f\u1d07\u0280", "fire", "\u0299\u0280\u1d07\u0274\u0274\u1d1b"],
    ["parenthesised letters", "Im Keller ist \u24a1\u24a0\u24b0\u24a0\u24ad, alles voller Rauch!", "fire", "\u24a1\u24a0\u24b0\u24a0\u24ad"],
  ] as const)("are read through: %s", (_name, text, category, shown) => {
    for (const classify of [triage, lists]) {
      const danger = classify(text).danger;
      expect(danger?.category).toBe(category);
      // The evidence shows the words as written, disguise and all.
      expect(danger?.evidence.some((evidence) => evidence.text.includes(shown) && text.slice(evidence.start, evidence.end) === evidence.text)).toBe(true);
    }
  });
});

describe("suicide and threats told by their preparations, timing and hints, not by their verb", () => {
  // Each kind with a look-alike that borrows its words and must stay quiet.
  it.each([
    ["Ich wollt nur sagen, dass ich mich heut umbring.", "self-harm", "Die Hitze heute bringt mich noch um, ich geh ins Freibad"],
    ["Meine Schulden sind zu viel. Heute Nacht hat das ein Ende.", "self-harm", "Ab Montag hat das Warten ein Ende, das Freibad öffnet"],
    ["Für mich gibts kein nächstes Jahr, sagt meiner Schwester danke", "self-harm", "Das Sommerkino gibt es nächstes Jahr leider nicht mehr"],
    ["Ich sitz grad auf dem Geländer der Neckarbrücke, Beine nach außen", "self-harm", "Auf der Neckarbrücke wird das Geländer erneuert"],
    ["Hab 30 von meinen Schlaftabletten genommen. Jetzt hab ich Angst.", "self-harm", "Die Apotheke hat meine Tabletten nicht vorrätig, jetzt hab ich Angst, dass sie ausgehen"],
    ["Tut mir leid für den, der mich findet.", "self-harm", "Tut mir leid, ihr müsst mich am Infostand suchen"],
    ["Bei der Telefonseelsorge ist seit einer Stunde besetzt und ich steh am Fenster", "self-harm", "Die Telefonseelsorge sucht neue Ehrenamtliche"],
    ["Der Strick am Dachbalken hält, ich hab's probiert", "self-harm", "Hält das Seil am Fahnenmast den Sturm aus?"],
    ["Herr Maier, Sie sind ein toter Mann.", "threat", "Herr Maier vom Bauamt war sehr freundlich"],
    ["Wer für die Schließung stimmt, kommt nicht lebend aus der Sitzung", "threat", "Die Sitzung zur Schließung des Hallenbads ist öffentlich"],
    ["Wir haben Ihre Adresse und kommen heute Abend vorbei.", "threat", "Bitte schicken Sie uns Ihre Adresse, dann kommt der Sperrmüll vorbei"],
    ["Die sollen verschwinden, solange sie noch können.", "threat", "Besucht das Freibad, solange ihr noch könnt, bevor es schließt"],
    ["Wenn der Bescheid kommt, zünd ich dem Sachbearbeiter das Auto an", "threat", "Heute Abend zünd ich die Kerzen am Adventskranz an"],
    ["Ich warte nach dem Training mit dem Messer auf den Trainer", "threat", "Ich warte nach dem Training am Eingang auf meine Tochter"],
  ] as const)("%j is %s; its look-alike %j is quiet", (text, category, lookAlike) => {
    expect(dangerOf(text)?.category).toBe(category);
    expect(dangerOf(lookAlike)).toBeUndefined();
  });
});

describe("false alarms of the model at its threshold", () => {
  // The threshold was lowered from 0.8 to 0.64 for the dangers it finds on blind sets left out of training (0.933 → 0.951 of
  // 5,395); these two look-alikes, quiet at 0.8, were what it cost here. Since sets 40 to 47 joined the training (threshold
  // 0.65), the first is quiet again; the second is read as a threat even at 0.8 ("Lasst eure Kinder morgen daheim" is how
  // threats to a school are told), and only at 0.9 not. Marked `it.fails` so that a model that quiets it shows.
  it("reports no danger for an appointment made with a teacher", () => {
    expect(dangerOf("Mit dem Lehrer mach ich morgen ab, wann wir uns treffen")).toBeUndefined();
  });

  it.fails("reports no danger for a school closed for a storm", () => {
    expect(dangerOf("Lasst eure Kinder morgen daheim, die Schule bleibt wegen Sturm zu")).toBeUndefined();
  });

  // Written when the threshold was lowered, before the complaints in hindsight (harmless-hindsight.ts) were written and trained
  // on; three of them (the first, second and tenth) read as self-harm then. Not in the training.
  const hindsight = [
    "Wäre schön gewesen, wenn man vorher Bescheid gesagt hätte",
    "Hätte man auch vorher ankündigen können, dann hätten wir das Auto umgeparkt",
    "Wäre nett gewesen, wenn die Stadt uns informiert hätte",
    "Das hätte man sich echt sparen können",
    "Ich hätte mir gewünscht, dass man die Anwohner fragt",
    "Es wäre besser gewesen, die Straße im Sommer zu sperren",
    "Schade, ich wäre gern gekommen, aber ich hatte Spätschicht",
    "Hätte ich das gewusst, wäre ich früher losgefahren",
    "Wäre super gewesen, wenn der Bus wenigstens einmal pünktlich gekommen wäre",
    "Man hätte die Bürger vorher fragen sollen, so geht das nicht",
    "Ich wäre dankbar, wenn jemand mal die Laterne reparieren würde",
    "Das wäre nicht passiert, wenn ihr rechtzeitig gestreut hättet",
    "Wäre schön, wenn es das öfter gäbe, danke für alles",
    "Ich hätte nie gedacht, dass die Sanierung so lange dauert",
  ];

  it("reads no danger in everyday complaints told in hindsight, which it was not trained on", () => {
    const trained = new Set(dangerTrainingComments().map((comment) => comment.text));
    expect(hindsight.filter((text) => trained.has(text))).toEqual([]);
    expect(hindsight.filter((text) => dangerOf(text) !== undefined)).toEqual([]);
  });

  it("still reads the threat whose look-alike it raises", () => {
    expect(dangerOf("Lasst eure Kinder morgen daheim, wenn sie euch lieb sind.")?.category).toBe("threat");
  });

  it("reports neither look-alike with a copy of the model at a threshold of 0.9", () => {
    const strict = createTriage({ dangerModel: { ...DANGER_MODEL, threshold: 0.9 } });
    expect(strict("Mit dem Lehrer mach ich morgen ab, wann wir uns treffen").danger).toBeUndefined();
    expect(strict("Lasst eure Kinder morgen daheim, die Schule bleibt wegen Sturm zu").danger).toBeUndefined();
  });
});

describe("what a third breaker run found in the rules for threats told with a role, and in laughter", () => {
  // A "bring … um" that does not end its clause is no judgement of the lists: the model still reads its sentence.
  it.each([
    "Ich bring meinen Vater um er schlägt meine Mutter jeden Tag",
    "Ich bringe meine Frau um sie hat mir die Kinder weggenommen und das Jugendamt hilft nicht",
    "Ich bring den Richter um der Idiot hat mir beim Sorgerecht die Kinder genommen",
  ])("the model still reads a threat whose phrase runs on: %j", (text) => {
    expect(dangerOf(text)?.category).toBe("threat");
  });

  // Laughter does not take back a threat: a duty officer reads it.
  it.each(["Der hat meine Kinder angefasst, ich bring den Nachbarn um 🤣", "Ich bring den Sachbearbeiter um 😂 morgen um 10 bin ich im Amt", "Ich bring den Chef um 🔪😂"])(
    "a threat with laughter stays a threat: %j",
    (text) => {
      expect(lists(text).danger?.category).toBe("threat");
    },
  );

  // A role as the object of a preposition, also behind "und", and beating someone at a game, are no threat.
  it.each([
    "Ich mach den Sekt für die Gäste und die Chefin kalt",
    "Ich mach das Bier für meine Mutter und meinen Vater kalt",
    "Beim Tischtennis mach ich den Chef platt",
    "Im Schach mach ich meinen Vater platt",
    "Die Grundsteuer bringt meine Mutter um!",
    "Die Nebenkosten bringen meinen Vater um.",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });

  // The lower bar for self-harm behind laughter is for laughter only: a case told ("Für den Fall, dass …") keeps CONTEXT_OVERRULE (0.9).
  it("keeps advice for a case quiet, where the model is only fairly sure of self-harm", () => {
    expect(dangerOf("Für den Fall, dass jemand von der Brücke springen will: sofort 112 rufen.")).toBeUndefined();
  });
});

describe("gasping, and someone gone under who does not come up again", () => {
  it.each([
    "Mein Vater atmet nur noch schnappend",
    "Der Trainer ist beim Laufen umgefallen und atmet nur noch so schnappend",
    "Ein Taucher ist seit zehn Minuten nicht wieder hochgekommen, am Baggersee",
    "Die Schwimmerin ist nicht wieder hochgekommen, wir sehen sie nicht",
  ])("%j is medical to the lists alone", (text) => {
    expect(lists(text).danger?.category).toBe("medical");
  });

  it.each(["Die Taucherin ist nach zehn Minuten wieder hochgekommen, alles gut", "Der Hefeteig ist nicht wieder hochgekommen", "Wir tauchen am Samstag im Baggersee, wer hat noch Platz?"])(
    "%j reports no danger to the lists alone",
    (text) => {
      expect(lists(text).danger).toBeUndefined();
    },
  );
});

describe("what breaker run 7 found in the words added from blind sets 44 to 47", () => {
  // "nicht mehr hochgekommen", "nicht wieder hoch", "schnappt nur noch", "Gast" as a person, two lights green and
  // "bringt den Arzt um" were tried and taken out again: each raised ordinary comments like these.
  it.each([
    "Mein Freund meint, der Teig geht nicht wieder hoch.",
    "Meine Oma ist die Treppe zum Bürgeramt nicht mehr hochgekommen, es gibt keinen Aufzug!",
    "Der Hund vom Nachbarn schnappt nur noch nach meinem Sohn",
    "Unser Stammgast war ganz verwirrt, weil das Schild an der Tür fehlte",
    "Rechtsabbieger haben auch grün, aber mit Grünpfeil",
    "Der Stress bringt den Arzt um!",
  ])("%j reports no danger to the lists alone", (text) => {
    expect(lists(text).danger).toBeUndefined();
  });
});

describe("suicide looked up, told in the present, or cutting on purpose", () => {
  it.each([
    ["Mein Sohn hat im Internet gesucht, wie man sich tötet ohne Schmerz", "self-harm"],
    ["Er hat gegoogelt, wie man sich am schnellsten umbringt", "self-harm"],
    ["Meine Freundin schreibt, dass sie sich heute Abend umbringt", "self-harm"],
    ["Sie hat angekündigt, dass sie sich erschießt.", "self-harm"],
    ["Ich töte mich heute Nacht", "self-harm"],
    ["Hab mich absichtlich geschnitten, weil ich es sonst nicht aushalte", "self-harm"],
    ["Habe gerade alle Insulinpens auf einmal gespritzt", "self-harm"],
    ["Hab mir Schlaftabletten besorgt, damit ich nie wieder aufwache.", "self-harm"],
    ["Mein Bruder hat Frostschutz getrunken", "medical"],
    // The verb split around "sich", told of someone else or asked of the way, where the particle ends the clause.
    ["Mein Bruder schreibt, er bringt sich heute um.", "self-harm"],
    ["Der Nachbar sagt, er bringt sich um, wenn die Zwangsräumung kommt", "self-harm"],
    ["Wie bringt man sich am schnellsten um", "self-harm"],
    ["wie bringt man sich schmerzlos um?", "self-harm"],
    ["hab alles genommen damit ich nie mehr aufwach", "self-harm"],
  ] as const)("%j is %s to the lists alone", (text, category) => {
    expect(lists(text).danger?.category).toBe(category);
  });

  // Look-alikes, most of them what breaker run 8 raised with the first, wider version of these entries.
  it.each([
    "Wie tötet man Blattläuse ohne Gift?",
    "Die Buchsbaumzünsler vermehren sich, was tötet die am besten?",
    "Der Jäger bückt sich und erschießt den Fuchs",
    "Wie man sich mit so einem Bau finanziell umbringt, versteh ich nicht",
    "Mich nerven die Schnecken im Beet, ich töte die jetzt mit Bierfallen",
    "Ich hab mich beim Brotschneiden in den Finger geschnitten, zum Glück nur ein Pflaster",
    "Sie hat sich die Haare absichtlich geschnitten, sieht mega aus",
    "Hab die Hecke mit Absicht geschnitten, frag mich nicht warum so schief",
    "Die Katze vom Nachbarn hat mir die Arme aufgeritzt",
    "Die Insulinpens kamen alle auf einmal, der Kühlschrank ist voll",
    "Die Tabletten gegen Kopfweh hab ich genommen, damit es endlich aufhört, die Baustelle hämmert seit 7",
    "Ich brauch Vorhänge, damit ich nie wieder aufwache wenn die Laterne reinscheint",
    "Der Motor hat den ganzen Frostschutz geschluckt",
    "Meinem Sohn ist das Handy in den Pool gefallen",
    "Ich hab die Medikamente für Oma besorgt",
    "Die Nachbarin hat mir die Medikamente besorgt, danke!",
    "Ich nehme Ohropax, damit ich nicht mehr aufwache, wenn die Müllabfuhr um fünf kommt",
    "Meine Oma kommt die Treppe nicht mehr hoch, es gibt keinen Aufzug",
    // "sich um … bringen" is losing something; "um" before a time is a time; "noch" makes it a worry.
    "Wie bringt man sich um den Schlaf? Mit drei Kindern!",
    "Er bringt sich um Kopf und Kragen mit seinen Aussagen",
    "Der Trainer bringt sich heute um den Sieg, wenn er so aufstellt",
    "Er bringt sich heute um 8 zum Bahnhof, dann fährt er los",
    "Mit dem Tempo bringt er sich noch um.",
    "Wie bringt man sich am besten um die Ecke ohne Navi?",
    // With a noun instead of the pronoun, or "so bringt man sich um", it is mostly a figure of speech (breaker run 9).
    "Der Typ auf dem E-Scooter bringt sich gleich um, so wie der fährt.",
    "Heute im Stadttheater: Tosca bringt sich um.",
    "Ohne Helm aufs Pedelec? So bringt man sich um!",
    "Ohropax rein, damit ich nie wieder aufwach wenn die Müllabfuhr kommt",
  ])("%j reports no danger to the lists alone", (text) => {
    expect(lists(text).danger).toBeUndefined();
  });
});

describe("a detector that screams, a throat that closes, bones broken on purpose, harm meant, worth more dead", () => {
  it.each([
    ["Unser CO-Warnmelder schreit seit 5 Minuten, die Kinder klagen über Übelkeit", "gas"],
    ["Der Gasmelder schrillt in der Küche!", "gas"],
    ["Sie hat Nüsse erwischt, ihr Hals wird eng, den Pen hat sie vergessen", "medical"],
    ["Nach dem Wespenstich schnürt sich ihr Hals zu", "medical"],
    ["ich find den und dann brech ich ihm jeden einzelnen knochen", "threat"],
    ["Ich werde ihm was antun", "threat"],
    ["Ich tu dir was an, wenn du nochmal kommst", "threat"],
    ["Ich habe ausgerechnet, dass ich für meine Kinder tot mehr wert bin als lebendig.", "self-harm"],
    ["Meine Idee: mich gibts bald nicht mehr, hab mir schon alles rausgesucht", "self-harm"],
    ["Morgen gibts mich nicht mehr.", "self-harm"],
    ["Ich weiß, wo du wohnst", "threat"],
    ["Wir wissen, wer da wohnt, und wann ihr Feierabend habt", "threat"],
  ] as const)("%j is %s to the lists alone", (text, category) => {
    expect(lists(text).danger?.category).toBe(category);
  });

  it("reads smoke from a roof as a fire when the writer asks whether anyone lives there", () => {
    expect(lists("In der Hauptstraße 12 kommt grad dicker schwarzer Qualm aus dem Dachfenster, weiß jemand ob da wer wohnt?").danger?.category).toBe("fire");
  });

  it.each([
    "Ab Montag gibts mich nicht mehr hier im Büro",
    "Dann gibt es mich nicht mehr in diesem Verein",
    "Mich gibt es bald nicht mehr in der Stadt, ich zieh weg",
    "Weiß jemand, ob dort noch jemand wohnt? Das Haus steht seit Jahren leer",
    "Der Rauchwarnmelder schreit, weil ich Toast gemacht hab",
    "Im Rollkragenpulli wird mir der Hals ganz eng",
    // What breaker run 9 raised with the first, wider version of these entries.
    "Meine Frau schreit mich an, weil ich den Gasmelder noch nicht aufgehängt hab",
    "Die Zunge verrutscht, wenn der Schuh fest zugeschnürt ist",
    "Augen zu und durch, der Zeitplan wird eng",
    "Den Gelben Sack am Hals zugeschnürt an die Straße stellen",
    "Van Gogh war tot mehr wert als lebendig.",
    "Für die Brühe brech ich euch die Knochen gerne klein",
    "Ich hab Angst, dass jemand ihm was antun könnte, er ist seit gestern verschwunden",
    "Der Hund kann dir was antun, wenn du ihn am Schwanz ziehst",
    "Wer würde ihm was antun? Er war so ein netter Mann",
    "Das Straßenbauamt will den Felsen an der B27 wegsprengen.",
    "Weiß einer, ob da überhaupt noch jemand wohnt? Die Rollläden sind seit Wochen unten",
  ])("%j reports no danger to the lists alone", (text) => {
    expect(lists(text).danger).toBeUndefined();
  });
});

describe("threats told by an idiom", () => {
  it.each(["Den schieß ich über den Haufen", "Den schieß ich übern Haufen, wenn er nochmal kommt"])("%j is a threat to the lists alone", (text) => {
    expect(lists(text).danger?.category).toBe("threat");
  });

  it.each([
    "Der Sturm hat unsere Pläne über den Haufen geworfen",
    "Zieh dir eins mit dem dicken Pulli an, ist kalt heut Abend",
    "Heute schieß ich eins mit der neuen Kamera vom Marktplatz",
    "Knall den Korken über den Haufen an Silvester",
  ])("%j reports no danger to the lists alone", (text) => {
    expect(lists(text).danger).toBeUndefined();
  });
});
