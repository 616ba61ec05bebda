import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_19 } from "./danger-blind-reports-19.js";

/*
 * The danger step on the nineteenth set of comments written without
 * looking at its lexicon (see danger-blind-reports-19.ts): half written by
 * people over seventy (run-on sentences, polite forms, signatures, capitals),
 * half notes passed on in the third person by the Bürgertelefon, caretakers,
 * school secretaries, a bus dispatcher, care services and neighbours, in
 * shorthand. Measured before anything was changed for it, the lists found
 * 136 of the 180 dangers (recall 0.756: self-harm 11 missed, threat 11,
 * infrastructure 7, water 5, medical 4, gas 3, accident 2, tree 1), named
 * the right category for 113, and raised 10 false alarms on the 60
 * look-alikes. The danger model of that day, not trained on the set, raised
 * recall to 0.939 (right category 142) with 11 alarms.
 */

/** Dangers the step still misses (43). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Bitte Entschuldigung für die Störung ich wollte nur sagen auf der Brücke über die Enz ist grad ein Auto durch das Geländer und hängt mit der Vorderachse über dem Wasser, drin ist eine Frau, Grüße von Elfriede Hahn Uferweg 8",
  "GUTEN TAG BEIM NETTO IST EIN AUTO DURCH DIE SCHAUFENSTERSCHEIBE GEFAHREN LEUTE LIEGEN DRINNEN AM BODEN ALLES VOLL GLAS HOCHACHTUNGSVOLL K. SCHMIDBAUER",
  "Pflegedienst: bei Klientin Fr. Haas (88) Gasherd-Knopf offen ohne Flamme, Whg. riecht stark, Pflegerin hat Fenster auf und Frau rausgebracht, Nachbarn im Haus noch drin.",
  "Bürgertel. 9:45: Anruferin Marktplatz, Verkaufswagen Fischbrötchen, Schlauch an der Flasche geplatzt, strömt hörbar aus, Fritteuse daneben noch an, viele Leute drumrum.",
  "Dispo: Bus an Hst. Gewerbegebiet musste halten, Tankwagen bei Fa. Kessler verliert am Ventil, weiße Wolke zieht über die Straße, riecht scharf, Fahrer hat Motor aus.",
  "Nachbarin Fr. Yilmaz ruft an: Hr. Koch, 2. OG, liegt offenbar seit gestern im Flur, sie hört ihn durch die Tür rufen, kommt nicht hoch, Tür abgeschlossen.",
  "Sehr geehrte Damen und Herren beim Seniorenturnen im Gemeindehaus ist unser Kamerad Alfons umgefallen und röchelt, wir drücken auf seine Brust wie im Kurs gelernt, der Defi ist eingeschlossen wo ist der Schlüssel bitte schnell. Gruß Turnabteilung Else Wagner",
  "Dispo: Fahrerin Linie 15 meldet, Kollege im anderen Bus an Endhst. Waldfriedhof hängt über dem Lenkrad, reagiert nicht auf Klopfen, Motor läuft.",
  "Hausmeisterin Wohnheim: Bewohner hat sich an der Kreissäge in die Hand geschnitten, Daumen fast ab, Blut spritzt, wir drücken Handtuch drauf.",
  "Sehr geehrte Stadt, mein Sohn Markus 52 hat mir heute Morgen einen Brief in den Kasten gelegt in dem er sich für alles bedankt und schreibt ich soll nicht traurig sein, er geht nicht ans Telefon, sein Auto steht nicht da, er wohnt Eichendorffstr. 6. Hochachtungsvoll Irmgard Seiler",
  "Nachbarin meldet: Hr. S. (EG) hat heute im Baumarkt ein Seil gekauft, sagte ihr, er brauche es „für den Dachboden, für danach“, hat seinen Hund bei ihr abgegeben. Jetzt Rollläden zu, öffnet nicht.",
  "ICH MACHE MIR SORGEN UM MEINEN ENKEL ER HAT BEI FACEBOOK GESCHRIEBEN DAS ES HEUTE DAS LETZTE MAL IST UND ER SICH VON ALLEN VERABSCHIEDET ER WOHNT ALLEIN IN DER SCHILLERSTRASSE 44 DACHGESCHOSS ... BITTE SCHAUEN SIE NACH ... GRETE HOFMANN",
  "ich bin 80 und habe keine kraft mehr seit meine frau tot ist ... ihre schlaftabletten habe ich alle noch ... heute abend nehme ich sie alle mit einem glas wein dann bin ich bei ihr ... die tür lasse ich offen damit mich jemand findet ... Alfred Brückner Tannenweg 7",
  "Hausmeister Wohnanlage: Mieter 5. OG sitzt mit den Beinen außen auf dem Balkongeländer, Flasche in der Hand, ruft runter, alle sollen weggehen.",
  "Sehr geehrte Damen und Herren mein Nachbar Herr Kühn hat mir heute seine Wohnungsschlüssel und seine Geldbörse gegeben und gesagt ich soll das Geld für die Beerdigung nehmen und er geht jetzt zum See, es ist 20 Minuten her, bitte helfen Sie, Edeltraut Scholz Seestraße 1",
  "Ambulanter Dienst: Hr. G. hat beim Besuch ca. 60 gehortete Tabletten gezeigt, sagt, er habe „den Termin“ auf heute Nacht gelegt, lässt Pflegekraft nicht mehr rein.",
  "Nachbar ruft an: Frau aus Nr. 8 steht auf dem obersten Deck vom Parkhaus Zentrum außerhalb der Brüstung, telefoniert weinend, Passanten sollen nicht näher kommen.",
  "Schulsekretariat Realschule: Schüler (15) hat im Unterricht Bild von Gleisen gepostet, „bis gleich, tut mir leid mama“, ist durch die Hintertür raus Richtung Bahnlinie.",
  "Hausmeisterin Studentenwohnheim: Zi. 312 Zettel an der Tür „Nicht reinkommen, Polizei rufen“, riecht chemisch unter der Tür, auf Klopfen keine Antwort.",
  "Bürgertel. 23:10: Anrufer Taxifahrer, hat Fahrgast zur Talbrücke gefahren, Mann sagte, er brauche keine Rückfahrt mehr, gab ganze Geldbörse als Trinkgeld, steht jetzt am Brückenrand.",
  "laut Fahrer Linie 11: Fahrgast hält anderem Fahrgast Pistole an den Kopf, Bus steht an Hst. Lindenhof, Türen offen, Leute flüchten.",
  "Bürgertel.: Anruferin (Mitarbeiterin Jobcenter-Außenstelle), ehem. Kunde hat ihr gerade per SMS geschrieben, er warte vor ihrer Whg. Talweg 5 und habe „was Scharfes“ dabei. Sie ist mit Kind zu Hause.",
  "Pflegedienst: Angehöriger von Klientin Fr. B. hat Pflegerin im Flur mit Hammer den Weg versperrt, sagt, er schlägt ihr den Schädel ein, wenn sie nochmal kommt. Pflegerin sitzt im Auto vorm Haus, Mann steht noch draußen.",
  "guten tag ich bin beim weihnachtsmarkt an der bude mit den gebrannten nüssen und da läuft ein mann rum und sagt laut er hat was im rucksack und das alles hier fliegt gleich in die luft ... die leute lachen aber er sieht nicht aus als ob er spaß macht ... gruß inge",
  "SEHR GEEHRTE HERREN, MEIN SCHWIEGERSOHN HAT GERADE ANGERUFEN UND GESAGT ER FÄHRT JETZT ZUR KITA REGENBOGEN UND HOLT SICH DIE KINDER UND WER IHN AUFHÄLT DEN ERSCHIESST ER, ER HAT EINEN WAFFENSCHEIN, HOCHACHTUNGSVOLL OTTO BRAUN",
  "Nachbar meldet: Mann in Whg. 2. OG links wirft seit 10 Min. Gegenstände vom Balkon auf Passanten, u.a. Blumentopf, ruft, den Nächsten treffe er am Kopf.",
  "Sehr geehrte Damen und Herren vor dem Rathaus steht ein Herr mit einem Pappschild und einem großen Küchenmesser und sagt zu jedem der reingeht er wartet auf den Kämmerer und dann ist Schluss ... Mit freundlichen Grüßen Helga Vogel",
  "Hausmeisterin Wohnblock Ost: Mann tritt seit 5 Min. gegen Wohnungstür Nr. 7, schreit, er hat ein Messer und die Frau kommt jetzt raus oder er kommt rein, Frau ruft drinnen um Hilfe.",
  "LIEBE STADT ... DER MANN VON OBEN HAT MIR GERADE DURCH DIE TÜR GESAGT WENN ICH NOCH EINMAL WEGEN DER MUSIK KLOPFE ZÜNDET ER MIR DIE TÜR AN ... ER HAT SCHON EINEN BENZINKANISTER IM FLUR STEHEN ... ICH BIN 79 ... WILMA KUNZ RINGSTR 15 EG",
  "laut Busfahrer Linie 1: Mann hat Fahrerin an Hst. Bürgerpark an den Haaren gepackt, hält Glasscherbe an ihren Hals, Fahrgäste noch im Bus.",
  "Nachbar ruft an: älterer Mann mit Hund am Flussufer Höhe Minigolf abgerutscht, treibt Richtung Wehr, hält sich noch an einem Ast fest.",
  "Liebe Stadt, aus der Wand in unserem Treppenhaus Schubertstraße 20 spritzt seit 10 Minuten ein dicker Strahl und läuft die Treppe runter in den Keller zur Elektrik, niemand findet den Haupthahn, Gruß Ingeborg Haller 1. Stock",
  "Sehr geehrte Damen und Herren der kleine Hund von Nachbars Kindern ist in den Mühlkanal gefallen und der Bub ist hinterhergesprungen und jetzt sind beide in der Strömung am Rechen ... ich kann nicht hinterher ... Anton Seidl Kanalweg 2",
  "Ich schreibe für meinen Opa Friedrich 87: bei ihm im Haus Bachgasse 1 kommt es aus der Toilette und dem Waschbecken hoch und stinkt, der Keller ist voll und jetzt läuft es ins Wohnzimmer, er sitzt auf dem Sofa und kann nicht weg.",
  "ES REGNET SEIT GESTERN UND UNSER KELLER IST VOLL ... JETZT DRÜCKT ES DURCH DIE KELLERFENSTER REIN WIE EIN SPRINGBRUNNEN ... MEIN MANN IST UNTEN UM DIE KATZE ZU HOLEN UND RUFT ... BITTE KOMMEN SIE ... MARTHA BECK WIESENGRUND 2",
  "Nachbar Hr. F. ruft an: Weide am Spielplatz Bachstr. hat sich mit dem Wurzelteller gehoben, steht schräg über dem Klettergerüst, Kinder spielen drunter, Wind nimmt zu.",
  "Liebe Stadt, am Aussichtspunkt über dem Steinbruch ist das Holzgeländer weggebrochen und hängt nur noch an einem Pfosten, dahinter geht es 30 Meter runter, und heute bei dem schönen Wetter kommen so viele Leute hoch. Grüße Theo Brunner",
  "Schulsekretariat: Decke in der Aula hat Risse, Putz rieselt, eben ist eine Deckenplatte neben der Bühne runter, Probe mit 60 Kindern läuft noch.",
  "Nachbarin Fr. E. meldet: Balkon 3. OG Nr. 17 hängt schräg, eine Halterung ab, Bewohner (älteres Paar) stehen drauf und merken's nicht.",
  "Pflegedienst: Wohnanlage Am Bach, Schiene vom Treppenlift abgerissen, Klient hängt im Sitz schräg über der Treppe zw. EG und 1. OG, wir halten ihn fest.",
  "Hausmeisterin Stadthalle: Bühnentraverse mit Scheinwerfern hat eine Kette verloren, hängt schief über den Publikumsreihen, Seniorennachmittag, Saal voll.",
  "Bürgertel. 7:30: Anruferin, Bahnschranke Waldstr. bleibt oben, obwohl Warnlicht blinkt und Zug zu hören ist, Schülerverkehr.",
  "laut Fahrer Linie 2: Schachtdeckel auf der Marktstr. hochgedrückt und weggeschleudert, Loch offen mitten auf der Spur, Radfahrer kommen im Dunkeln.",
]);

/** Look-alikes that still raise an alarm (10). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "laut Fahrer Linie 7: Umleitung wegen Baumfällarbeiten im Stadtpark ist ab heute vorbei, Hst. Parkstraße wird wieder angefahren.",
  "Pflegedienst bittet um Weitergabe: Kurs „Erste Hilfe bei Senioren“ am 14.3. im Bürgerhaus, Themen Herzinfarkt, Schlaganfall, Sturz, Anmeldung bis 1.3.",
  "Nachbar Hr. D. meldet: Rohrbruch Lindenstr. von gestern ist repariert, Straße wieder frei, nur noch Pfützen. Wollte nur Rückmeldung geben.",
  "Liebe Leute, mein Mann sagt immer ich koche so scharf dass ihm der Kopf brennt ... aber das Rezept für die Kürbissuppe vom Erntedankfest hätte ich trotzdem gern ... Gruß Hedwig",
  "Dispo: Rückmeldung zu Linie 4, Fahrgast, der gestern im Bus kollabiert war, hat angerufen, es geht ihm gut, er bedankt sich beim Fahrer.",
  "Sehr geehrte Damen und Herren, zum Fotowettbewerb reiche ich mein Foto „Sturmnacht“ ein, es zeigt die umgestürzte Eiche am Waldrand vom Orkan 2019. Hochachtungsvoll Karl Frommer",
  "Nachbarin Fr. T.: der Mann, der gestern mit dem Messer in der Fußgängerzone war, ist ja von der Polizei mitgenommen worden, sie möchte nur wissen, ob dort Videoüberwachung geplant ist.",
  "guten morgen ich bin seit der hüft-op so wackelig dass mir schon schwindelt wenn ich an den nächsten glatteis-winter denke ... gibt es einen einkaufsdienst für senioren ... grüße alma pfeiffer",
  "Sehr geehrte Stadt, mein Mann und ich sind 60 Jahre verheiratet und er sagt immer, ich bringe ihn noch um mit meinem Gemecker ... nun wollten wir fragen ob der Bürgermeister zur Diamantenen Hochzeit gratuliert. Herzlich Greta und Paul Wohlleben",
  "Sehr geehrte Stadtverwaltung, die Kerzen auf den Gräbern am Waldfriedhof brennen nachts so schön, aber ich frage mich, ob offenes Feuer im Wald überhaupt erlaubt ist, bitte um Auskunft zur Friedhofssatzung. Mit freundlichen Grüßen Erika Henkel",
]);

describeBlindDangerSet({
  name: "blind set 19",
  reports: DANGER_BLIND_REPORTS_19,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.75,
  mostAlarms: 10,
  leastRightCategory: 0.62,
});
