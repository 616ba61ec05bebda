import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_51 } from "./danger-blind-reports-51.js";

/*
 * The danger step on the fifty-first set of comments written without
 * looking at its lexicon (see danger-blind-reports-51.ts): people who tell
 * a danger only by what they sense — a hiss behind the wall, a sweetish
 * smell in the stairwell, water coming out of a socket, a crack that grew
 * overnight, post not taken in while the television runs, a man lying
 * still on a bench in the frost — tenants, caretakers, night-shift
 * workers, parents, pensioners, pupils, delivery drivers, cleaners and dog
 * walkers, often unsure whether it is anything. Measured before anything
 * was changed for it, the lists found 115 of the 180 dangers (recall
 * 0.639) and raised 12 false alarms on the 60 look-alikes; lists and the
 * danger model trained on sets up to 39 found 176 (0.978) with 14 alarms,
 * and with the model trained on sets up to 47 (threshold 0.65) 177
 * (0.983), with 14. The set is not in the model's training.
 */

/** Dangers the lists alone still miss (65). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Ich hör seit ein paar Minuten jemand rufen unten an der Böschung an der K12, und zwischen den Bäumen leuchten Scheinwerfer schräg nach oben. Bild ich mir das ein? Da ist doch keine Straße.",
  "war mim hund aufm damm, da liegt n motorrad im gebüsch, der helm paar meter weiter und der fahrer sitzt so komisch verdreht daneben und sagt nix",
  "Oben am alten Steinbruch ist ein Kind vom Felsen gerutscht, es liegt auf einem Vorsprung unten und weint, wir kommen nicht ran",
  "Reifenquietschen und ein dumpfer Schlag, jetzt liegt ein Fahrradhelm mitten auf der Hauptstraße und das Auto ist weg. Wo ist der Radfahrer?? Im Gebüsch wimmert was",
  "im treppenhaus beißt es in den augen und unten die klinke von der kellertür ist richtig warm",
  "Nachbarin ist nicht da, aus ihrer Wohnung piept seit einer halben Stunde das Ding an der Decke und unter der Tür riecht es nach angebranntem",
  "Sorry falls falsch hier: im Wald oberhalb vom Friedhof steigt so eine weiße Säule auf und wird breiter. Bei der Trockenheit mach ich mir Sorgen.",
  "aus der steckdosenleiste unterm schreibtisch kommt ein schwarzer faden und es stinkt nach geschmolzenem kabel, jetzt auch kleine flamme",
  "Bin Zusteller. Ahornweg 7, im 2. OG ist der Flur voll grauem Nebel und es riecht wie Lagerfeuer. Hab geklingelt, keiner macht auf.",
  "Im Nachbarhaus sind die Fensterscheiben von innen ganz schwarz geworden und eine ist eben mit einem Knall gesprungen",
  "Kaminfeuer beim Nachbarn? Nee, die Funken kommen aus dem Dachfirst, nicht aus dem Schornstein.",
  "Dachstuhl Kirchgasse 3 – man sieht Glut durch die Ziegel",
  "Ich wohne über dem Dönerladen, der hat heute zu, aber seit einer Stunde wird mein Boden richtig warm und es riecht rauchig durch die Dielen. Spinn ich?",
  "Nachbar lässt in seiner Garage mit zugemachtem Tor seit ner Stunde den Motor laufen und schraubt, der Auspuffgestank drückt unterm Tor raus bis in unser Treppenhaus, bei uns im Flur ist alles blau",
  "Kopfweh, schwindlig, die Katze liegt nur noch rum, und das kleine Gerät, das mir meine Tochter geschenkt hat, blinkt rot und piept. Die Therme hängt im Bad. Ist das was?",
  "Ich putz im Ärztehaus und hab aus Versehen zwei Reiniger zusammengekippt, jetzt wabert was im Raum und es sticht beim Atmen",
  "Am Schachtdeckel Ecke Marktplatz riecht es stark und in der Pfütze drüber blubbert es dauernd, obwohl es nicht regnet",
  "bei uns im flur riechts wie wenn man am herd dreht und er zündet nicht",
  "Auf dem Hof hinterm Supermarkt riecht es scharf wie Salmiak, aus dem Kühlhaus, die Fahrer husten und haben tränende Augen",
  "Beim Nachbarn im Gartenhaus läuft seit gestern Abend ein Stromaggregat, Tür zu, Fenster zu. Er wollte da drin übernachten. Ich hör ihn nicht mehr.",
  "Aus der Güllegrube am Hof Maier stinkt es heute viel schlimmer als sonst, und der Hofhund liegt direkt daneben und steht nicht mehr auf",
  "Rufe vom Fluss unterhalb der Wehrbrücke, da treibt was Rotes in der Strömung und ein Arm geht hoch",
  "der bach hinterm kindergarten ist übers ufer und läuft jetzt übern spielplatz aufs gebäude zu",
  "Mitten auf der Hauptstraße sprudelt es aus dem Asphalt wie ein Springbrunnen und die Fahrbahn wölbt sich",
  "Aus dem alten Brunnenschacht im Garten vom leerstehenden Haus Am Anger kommt eine Kinderstimme und es platscht da unten. Ich bild mir das nicht ein, oder?",
  "Am Kanal ist ein älterer Mann mitsamt Fahrrad reingerutscht, er hält sich an der Spundwand fest und das Wasser ist eiskalt",
  "Freibad ist zu, aber vom Zaun aus seh ich, dass jemand am Grund vom Becken liegt, ganz still",
  "Die Pappel an der Bushaltestelle lehnt heute viel schräger als gestern und die Erde am Fuß hat Risse",
  "Radweg zum Nachbarort: Baum quer drüber, kurz nach der Kurve, wär fast reingefahren",
  "Am Rodelhang brechen im Minutentakt die Kiefernäste unterm Schnee runter und die Kinder fahren da drunter Schlitten",
  "Linde am Marktplatz: Pilze am Stammfuß, innen hohl, und heute früh hat sie sich im Wind richtig bewegt. Drunter bauen grad die Marktstände auf.",
  "Vorm Kiosk treten drei auf einen ein, der am Boden liegt, man hört nur dumpfe Schläge",
  "Typ in der S-Bahn-Unterführung fuchtelt mit was Glänzendem rum und ruft, er sticht den nächsten ab, der ihn anschaut",
  "Mein Ex steht seit einer Stunde vor dem Haus. Er hat mir geschrieben, heute ist mein letzter Tag, und er hat was in der Jackentasche, die Hand lässt er drin.",
  "in der wohnung über uns schreit eine frau, dann poltern, dann ruhe, dann wieder schreien und ein kind weint",
  "Am Parkplatz vom Baumarkt hält einer ein Gewehr aus dem Autofenster",
  "Ein Junge aus der Parallelklasse hat mir Fotos von Messern geschickt und geschrieben, er wartet nach der Schule am Bolzplatz auf mich",
  "Mehrere Knalle im Hinterhof, dann rennt einer mit Kapuze weg, da liegt jetzt jemand",
  "Bei der Tafel gerade: ein Mann hat die Helferin am Hals gepackt und gegen die Wand gedrückt, keiner traut sich dazwischen",
  "Im Bus 12 schlägt einer auf den Fahrer ein, der Bus steht schräg in der Haltestelle",
  "Der Kerl im Hauseingang gegenüber steckt Patronen in eine Pistole, ich seh's durch die Glastür",
  "Mein Nachbar hat die Post seit drei Tagen nicht reingeholt, der Fernseher läuft durchgehend, und letzte Woche hat er mir seine Pflanzen geschenkt und gesagt, er braucht sie nicht mehr",
  "Meine Kollegin aus der Nachtschicht hat mir um 4 eine Sprachnachricht geschickt, sie bedankt sich für alles und ich soll ihre Katze nehmen. Sie geht nicht mehr ans Handy.",
  "Es wird nicht besser. Heute Nacht hör ich auf. Danke an die, die nett waren.",
  "Mein Sohn (16) hat seine Lieblingssachen an Freunde verschenkt, im Schrank lag ein Seil, jetzt ist er weg und geht nicht ran",
  "Eine Frau sitzt seit einer Stunde am Ende vom Bahnsteig, lässt jeden Zug durchfahren und rutscht jedes Mal ein Stück näher an die Kante",
  "Bin oben aufm Parkhaus. Schöne Aussicht. Die letzte.",
  "Meine Mitschülerin postet seit gestern nur schwarze Bilder und schrieb „bald ist Ruhe“. Heute ist sie nicht in der Schule, und gestern war ihr Arm voller frischer Schnitte.",
  "Entschuldigung, vielleicht bild ich mir was ein: bei der Frau aus dem 4. steht die Wohnungstür offen, Schlüssel steckt außen, und drinnen klebt ein Zettel „Bitte nicht reinkommen, ruft die Polizei. Es tut mir leid.“",
  "Ein Mann im Schlafanzug lehnt über dem Wehr am Fluss und murmelt, dass ihn eh keiner vermisst",
  "hab rasierklingen im bad und keinen grund mehr sie liegen zu lassen",
  "wie viel paracetamol braucht man damit man nicht mehr aufwacht? frag für mich",
  "Ich schreib das hier, weil ich sonst niemand hab. Hab meine Sachen geordnet, den Brief für meine Schwester auf den Tisch gelegt, die Katze ist bei der Nachbarin. Morgen früh ist es vorbei.",
  "Am Gerüst vom Kirchturm sitzt ein junger Mann ganz oben mit den Beinen draußen und weint, er ruft, er springt wenn jemand hochkommt",
  "Kollegin hat was mit Nüssen gegessen, die Lippen schwellen an und sie pfeift beim Atmen",
  "Nachbarin (88) hat die Post nicht reingeholt, Rollläden seit vorgestern unten, Telefon klingelt ins Leere, und durch den Briefschlitz hör ich leises Stöhnen",
  "Mein Baby hat an den Spülmaschinentabs gelutscht und spuckt jetzt immer wieder",
  "In der Sauna ist eine Frau auf der Bank zur Seite gekippt und keiner reagiert, die denken alle sie schläft",
  "Schwangere an der Haltestelle, viel Blut an den Beinen, sie krümmt sich",
  "Der Riss in der Hauswand über dem Eingang der Kita Sonnenschein war gestern handbreit, heute geht er bis zum Fenster und es rieselt Putz",
  "An der Fassade der Sparkasse hat sich eine Steinplatte gelöst, klappert im Wind, direkt überm Eingang",
  "Mitten auf der Fahrradstraße ist über Nacht ein Loch aufgegangen, so tief dass man unten das Rohr sieht, und die Ränder brechen nach",
  "Bei uns im Keller knackt die Decke und die Stützbalken sind krumm geworden, oben im Erdgeschoss klemmen seit heute alle Türen",
  "Schachtdeckel auf dem Schulweg liegt schief, ein Kind ist heut früh fast mit dem Bein reingerutscht",
  "Fußgängerampel Schulstraße zeigt grün und die Autos haben auch grün",
]);

/** Look-alikes on which the lists alone still raise an alarm (12). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Wo meldet man eigentlich Gasgeruch, bei den Stadtwerken oder direkt bei der 112? Frage nur für später, hier riecht nix.",
  "Der Riss in der Hauswand in der Schulstraße wurde verpresst und vom Statiker abgenommen, das Gerüst kommt morgen weg.",
  "In Niederbayern ist ein ganzes Dorf abgesoffen, schlimme Bilder. Hoffentlich bleiben wir verschont.",
  "Der Unfall auf der B27 von Montag: dem Radfahrer geht's wieder gut, hat mir seine Frau erzählt. Danke an die Ersthelfer!",
  "Laut Amtsblatt werden ab Montag die Gehwegplatten am Lindenplatz erneuert, die von den Wurzeln hochgedrückt wurden. Umleitung über die Kirchgasse.",
  "Mein Rauchmelder piept alle paar Minuten einmal kurz – Batterie leer, oder? Kein Rauch, kein Geruch, alles normal.",
  "Die Stadtwerke spülen nächste Woche die Leitungen im Nordviertel, das Wasser kann kurz braun aussehen, ist aber unbedenklich.",
  "Unser Kater hat sich vorm Staubsauger erschrocken und ist aufs Regal gesprungen, da ist die Vase runter, hat geknallt wie ne Explosion 😂",
  "Wer hat eigentlich den Baum am Rathaus so schön beleuchtet? Sieht aus, als würde er brennen, toll!",
  "Meine Tomaten sind bei dem Regen ertrunken. Das war's mit der Ernte.",
  "Erste Hilfe bei Krampfanfällen – guter Artikel in der Apotheken Umschau, kann ich allen Eltern empfehlen.",
  "Das Knistern im Sicherungskasten war ein Wespennest, der Elektriker hat's rausgeholt und alles durchgemessen, passt.",
]);

describeBlindDangerSet({
  name: "blind set 51",
  reports: DANGER_BLIND_REPORTS_51,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.63,
  mostAlarms: 12,
  leastRightCategory: 0.51,
});
