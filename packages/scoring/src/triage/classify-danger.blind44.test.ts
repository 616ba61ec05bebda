import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_44 } from "./danger-blind-reports-44.js";

/*
 * The danger step on the forty-fourth set of comments written without
 * looking at its lexicon (see danger-blind-reports-44.ts): people with
 * disabilities and those who write for them — Deaf people writing German
 * in sign-language word order, people with learning difficulties, blind
 * people dictating with punctuation spoken as words, people with aphasia
 * after a stroke, autistic people and people with ADHD, wheelchair users,
 * assistants, carers, interpreters and staff of sheltered workshops.
 * Measured before anything was changed for it, the lists found 135 of the
 * 180 dangers (recall 0.750) and raised 14 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 39),
 * not trained on the set, raised recall to 0.967 with 14 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (43). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "e scooter fahrer is voll in mich rein gefahrn am kreisel. ich lieg noch. arm tut so weh kann nich aufstehn",
  "Wort... weg. Straße. Auto... Mann... Fahrrad... liegt. Nicht gut. Post Ecke.",
  "Kopf... Schwindel... alle... Wohnung... Ofen... Geruch... Hilfe",
  "Tiefgarage Ärztehaus: die Luft ist blau vor Abgasen, Lüftung läuft nicht, mir wird schwindelig im Rollstuhl und der Aufzug kommt nicht.",
  "ich bin der Tom aus der Wohngruppe. Herd ist an aber kein Feuer. Es riecht komisch. Die Betreuerin ist einkaufen.",
  "Rauch? Nein. Gas. Mühlgasse. Bauarbeiter rennen weg, winken ICH weg.",
  "Kind im Wasser Stadtweiher! Geht unter! ICH nicht schwimmen.",
  "Mann... Fluss... Brücke... gefallen. Schwimmt nicht. Arme... hoch.",
  "Ich bin blind und in meiner Wohnung plätschert es überall, der Teppich ist nass bis zum Knöchel und es wird mehr. Ich finde den Haupthahn nicht. Parterre, Uhlandstraße 6.",
  "Kind von Nachbarn lag im Planschbecken mit Gesicht nach unten!!! Mutter nicht da. ich hab es raus geholt, atmet es?? was muss ich machen",
  "Hallenbad Nichtschwimmerbecken: der Junge mit Down-Syndrom aus unserer Gruppe war gerade noch da, jetzt sehe ich ihn nicht mehr und der Bademeister ist nicht am Becken.",
  "Frau mit Rollator an der Kaimauer abgerutscht, hält sich am Eisenring fest, Beine schon im Hafenbecken.",
  "Baum... Leitung... drauf. Funken. Straße Ecke... Schule.",
  "Mein Mitbewohner in der WG sagt er bringt heute Nacht den Betreuer um, er hat ein Küchenmesser unter dem Kopfkissen, ich hab es gesehen. Ich hab Angst.",
  "Nachbar... schreit... Axt... Tür... Frau... weint... Hilfe",
  "Ein Kollege aus der Werkstatt hat heute in der Pause gesagt, er zündet das Auto vom Gruppenleiter an, mit ihm drin. Er hat einen Kanister Benzin im Rucksack, den hat er uns gezeigt.",
  "Mann Parkplatz Kaufland schlägt Frau Kopf gegen Auto. Immer wieder. ICH gehörlos, Handy Video. Schnell kommen.",
  "Er... kommt... mit Hammer... sagt... tot machen... Wohnung 3... ich Keller.",
  "Guten Tag, ich bin Heilerziehungspflegerin. Eine Bewohnerin hat mir eben einen Brief gezeigt, der heute im Briefkasten lag: Darin steht, dass man die Wohngruppe heute Nacht anzündet, „damit die Behinderten verschwinden“. Bitte dringend an die Polizei weitergeben.",
  "Ich hab die ganzen Tabletten aus dem Wochenplaner genommen. Alle. Mir wird komisch. Wohngruppe Linde Zimmer 4.",
  "nie wieder... sprechen... nie... besser tot... Fenster offen... runter",
  "Mein Sohn (17, Asperger) hat mir eine Mail geschickt mit seinen Passwörtern und wem er seine Sachen geben soll. Er ist seit zwei Stunden weg, sein Fahrrad fehlt, er hat öfter vom Bahnübergang Mühlweg gesprochen.",
  "ich hab mich wieder geschnitten aber diesmal hört es nicht auf zu bluten, das ganze handtuch ist rot",
  "Jemand sitzt oben auf dem Geländer vom Parkhaus, Beine draußen, 6. Etage, weint und hört nicht auf die Leute.",
  "Wollte nur danke sagen an alle in der Werkstatt. Ich komme morgen nicht mehr, und übermorgen auch nicht. Ich habe alles vorbereitet. Sagt meiner Mutter es war nicht ihre Schuld.",
  "ICH Freund gehörlos schickt mir Video: er Seil, Dachboden, macht Abschied. Wohnt Hauptstraße 30. ICH weit weg.",
  "Eine Frau im Rollstuhl ist am Bahnsteig ganz an die Kante gefahren und sagt zu mir, sie wartet auf den Güterzug, ich soll weggehen. Gleis 1.",
  "Bitte nicht böse sein. Ich habe einen Brief geschrieben der liegt auf meinem Bett. Ich gehe jetzt zum See und gehe rein. Lisa aus der Wohngruppe Sonnenhof.",
  "Nachbar sitzt seit Stunden auf dem Dachfirst von Nummer 8 und schreit, dass er springt, wenn jemand kommt. Der hat schwere Depressionen.",
  "Mann liegt Bushaltestelle Post. Augen zu. Atmet? ICH nicht wissen. Keine Reaktion.",
  "Bienenstich... Hals dick... Luft... schwer... Garten...",
  "mein sohn hat auf dem geburtstag erdnuss gegessen. gesicht geschwollen, pfeift beim atmen, der pen ist zuhause!!!",
  "ICH Mutter. Kind Fieber hoch, jetzt zittern ganzer Körper, Augen weg, nicht reagieren.",
  "Meine Tochter hat Rett-Syndrom und hat Atemaussetzer, so lang wie noch nie, über eine Minute, jetzt schnappt sie nur noch.",
  "Radfahrer im Park... nein, kein Unfall... einfach... gefallen... zuckt... Schaum Mund.",
  "Oma hat Kopfschmerzen wie noch nie, ganz plötzlich wie ein Schlag, dann hat sie erbrochen und jetzt redet sie nicht mehr richtig.",
  "Schwindel... Sehen... doppelt... Bein taub... ich allein... Tür offen.",
  "Das Loch in der Straße am Kreisel Süd wird immer größer, jetzt sieht man darunter einen Hohlraum und der Asphalt bricht am Rand ab.",
  "Rampe Rathaus... Brett... kaputt... Rolli... fast... runter",
  "Die Decke im Flur von der Werkstatt hat einen großen Riss bekommen, es rieselt Putz runter und knackt. Wir haben den Flur gesperrt, aber die Kantine ist dahinter.",
  "Die Mauer am Schulweg in der Hangstraße hat sich nach dem Regen nach vorne gewölbt, es fallen schon Steine raus.",
  "Ich bin sehbehindert Komma am Bahnhof Gleis 3 fehlt am Ende vom Leitstreifen ein Stück Bahnsteigkante Komma da ist ein Loch direkt am Gleis Punkt",
  "Dach Bushaltestelle Kreiskrankenhaus hängt schief, eine Schraube ist ab, bei Wind schlägt es hin und her über den Köpfen.",
]);

/** Look-alikes on which the lists alone still raise an alarm (14). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Danke Feuerwehr! Gestern Brand Nachbarhaus, alle gesund. ICH gehörlos, Feuerwehrmann hat Gebärde gemacht 'alles gut'. Schön.",
  "Schlaganfall... vor einem Jahr... jetzt... Reha fertig... laufen wieder... Danke Klinik.",
  "Ich bring ihn um, wenn er noch einmal meinen Joghurt aus dem Gemeinschaftskühlschrank isst 😂 keine Sorge, Witz, wir sind beste Freunde.",
  "Früher hab ich oft daran gedacht, mir das Leben zu nehmen. Heute geht es mir gut, dank Therapie und meiner Arbeit in der Werkstatt. Ich möchte anderen Mut machen: Redet darüber.",
  "Gestern Wasser im Keller gewesen, Feuerwehr hat abgepumpt, jetzt alles trocken. Danke!",
  "ICH Frage: Gas Geruch wie riecht? ICH nie gerochen. Für Schulung Gehörlosenverein.",
  "Mein Bruder explodiert immer, wenn das WLAN weg ist, haha. Gibt es im Bürgerbüro freies WLAN?",
  "Unfall... mein... vor 3 Jahren... heute... Schreiben lernen... wieder. Stolz.",
  "Wir haben heute mit der Wohngruppe den Rettungshubschrauber am Krankenhaus besichtigt. Toll! Danke an die Crew.",
  "Kurze Frage: darf ich mit dem E-Rolli in den Bus, wenn der Akku Lithium ist? Habe was von Brandgefahr gelesen.",
  "Gestern war eine Stunde der Strom weg in der Oststadt. Mein Beatmungsgerät hat einen Akku, alles war ok. Gibt es eine Liste für Menschen mit Geräten, die Strom brauchen?",
  "Die Gebärde für Feuer sieht aus wie Flammen mit den Fingern. Wollen Sie Ihre Videos mit Gebärden machen? Ich helfe gern.",
  "Habe gelesen, dass in Hamburg ein Rollstuhlfahrer auf die Gleise gestürzt ist. Schrecklich. Wie sind bei uns die Bahnsteige gesichert?",
  "Mein Mann hat seit seinem Herzinfarkt 2019 einen Defibrillator eingesetzt. Darf er beim Rathaus durch die Sicherheitsschleuse?",
]);

describeBlindDangerSet({
  name: "blind set 44",
  reports: DANGER_BLIND_REPORTS_44,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.75,
  mostAlarms: 14,
  leastRightCategory: 0.62,
});
