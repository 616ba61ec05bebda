import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_48 } from "./danger-blind-reports-48.js";

/*
 * The danger step on the forty-eighth set of comments written without
 * looking at its lexicon (see danger-blind-reports-48.ts): replies under a
 * town's own posts on Facebook and Instagram and under the local paper's
 * page — @-mentions, a quote of the post, hashtags, emoji and "Edit:"
 * lines, answers to others in the thread, what a WhatsApp group or a
 * neighbour said, a danger tucked into a complaint about something else.
 * Measured before anything was changed for it, the lists found 133 of the
 * 180 dangers (recall 0.739) and raised 13 false alarms on the 60
 * look-alikes; lists and the danger model trained on sets up to 39 found
 * 172 (0.956) with 13 alarms. Since then the lists also read a CO detector
 * that "schreit", a throat that "wird eng" and "mich gibts bald nicht
 * mehr", and no longer take "weiß jemand, ob da wer wohnt?" under a fire
 * for a threat: 135 found; lists and the model trained on sets up to 47
 * (threshold 0.65) find 173 (0.961), with 13 alarms. The set is not in the
 * model's training.
 */

/** Dangers the lists alone still miss (45). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "unter dem post zur neuen parkordnung: vor 5 min ist am edeka parkplatz eine ältere frau rückwärts über den bordstein und in die leute an der einkaufswagenbox gefahren. zwei liegen am boden",
  "Bus der Linie 3 hat in der Kurve am Friedhof voll gebremst, mehrere Fahrgäste sind durchgeflogen, eine Oma liegt im Gang und hält sich die Hüfte. Fahrer telefoniert. Passiert JETZT",
  "Beim Pool-Shop im Gewerbegebiet ist ein Kanister umgekippt, gelbgrüne Wolke, die Augen brennen bis zur Bushalte",
  "Zum Post über die Sanierung der Grundschule: in der Turnhalle riecht es heute so scharf nach Kleber und Lösemittel, dass zwei Kinder sich übergeben haben, und die Fenster gehen nicht auf.",
  "Nachbar lässt im Keller seit Stunden den Notstromgenerator laufen, die Abgase ziehen ins ganze Treppenhaus hoch, mir ist schon ganz schwummrig",
  "Der Bauer am Ortsausgang rührt die Güllegrube auf, der Gestank ist heute so heftig bis ins Neubaugebiet, Leute husten und beim Nachbarn liegen die Hühner tot im Stall. Ist das giftig?",
  "Unsere Nachbarn haben im Bad Chlorreiniger mit Essig zusammengekippt, das Bad ist voller Dampf und es brennt in den Augen bis zu uns rüber in den Flur",
  "Am Fluss unterhalb der Brücke treibt jemand im Wasser, Kopf mal oben mal unten, die Jacke aufgebläht. Bin am Ufer, kann nicht schwimmen",
  "Unwetter: Gullys in der Kirchgasse drücken hoch, braune Brühe läuft in die Tiefgarage und unten stehen noch Leute an ihren Autos",
  "Ein älterer Herr ist mit dem Rollator in den Kanal am Schleusenweg gerutscht, er klammert sich an die Spundwand, wir halten ihn am Arm aber er wird immer schwerer",
  "@Stadt Eure Weihnachtsbeleuchtung am Brunnen: das Verlängerungskabel liegt im Wasser vom übergelaufenen Brunnenbecken und die Kinder patschen da rum",
  "Im Garten vom Kindergarten hängt ein dicker Totast über dem Sandkasten, man sieht dass er nur noch an der Rinde hängt",
  "An der Bushaltestelle Waldstraße lehnt seit heute Nacht eine Fichte gegen das Wartehäuschen, die Schüler stehen drunter",
  "Baum hat zwischen Bahnhof und Brücke die Oberleitung der Bahn runtergerissen, der Zug steht und die Leitung liegt neben dem Gleis",
  "Wind nimmt zu und die Fichten am Waldrand vom Neubaugebiet schwanken wie verrückt, eine ist eben auf den Gartenzaun gekippt, die nächste knackt schon",
  "@Stadt schön dass ihr über Vereinsförderung schreibt. Der Typ der mir seit Wochen nachläuft stand heute wieder vor meiner Tür und hat gesagt, wenn ich die Anzeige nicht zurückziehe, sieht man mich nicht mehr lebend.",
  "wer am samstag beim stadtfest am bierstand von der feuerwehr steht sollte lieber woanders stehen. ich hab die schnauze voll von euch allen und mein vater hat genug im waffenschrank",
  "Zum Artikel über den Gemeinderat: Der Bürgermeister soll sich gut überlegen, wo er nachts sein Auto parkt. Das Auto kennt ja jeder. Und sein Haus und seine Kinder auch.",
  "@Jenny W. dein Ex hat in der Gruppe „Flohmarkt Musterhausen“ geschrieben, dass er dich heute Abend nach der Arbeit abfängt und dann „ist Ruhe“. Ruf bitte die Polizei",
  "Jugendliche am Skatepark haben ne Pistole, weiß nicht ob Schreckschuss oder echt, die zielen auf die Kleinen und lachen",
  "#Schulweg Seit drei Tagen steht ein Mann im grauen Transporter vor der Grundschule, spricht Mädchen an und hat heute eins am Arm gepackt und zum Auto gezogen. Kennzeichen hab ich",
  "Im Jobcenter im Wartebereich sagt ein Mann laut, heute geht er nicht ohne Geld raus und er hat was dabei, das alle überzeugt, und greift dauernd in die Jacke",
  "Ihr löscht meine Kommentare? Ok. Dann komm ich Montag persönlich ins Rathaus, 2. Stock, und dann wird da keiner mehr was löschen. Versprochen.",
  "seit dem urteil wirft der nachbar jeden abend zettel in meinen briefkasten ‚ich seh dich‘, heute lag ne patrone dabei",
  "@Lokalzeitung ihr berichtet über die Flüchtlingsunterkunft. Einer in meiner Telegramgruppe will Freitagnacht mit Benzinkanistern hin, und die anderen feiern das 🤮",
  "An der Gesamtschule geht ein TikTok rum, ein Schüler aus der 9b mit ‚Morgen knallt's‘ und ner Waffe im Hintergrund. Weiß die Schule das???",
  "Ein Autofahrer ist am Kreisel ausgestiegen, hat nen Baseballschläger aus dem Kofferraum geholt und geht auf den Radfahrer los",
  "ich bin dann mal weg für immer. passt auf meinen hund auf. der schlüssel liegt unter der matte",
  "Mein Nachbar (über 70, Frau letztes Jahr gestorben) hat mir heute seine Orden und das Sparbuch gebracht und gesagt ‚Sie brauchen das mehr als ich, ich geh jetzt zu meiner Anni‘. Er hat ein Jagdgewehr im Haus.",
  "Lokalzeitung, schreibt ruhig weiter über den Bahnübergang. Ich werd heute Nacht da stehen wenn der Güterzug kommt. Dann habt ihr wenigstens ne Geschichte.",
  "Mein Bruder hat uns allen grad eine Sprachnachricht geschickt, er entschuldigt sich für alles, er sitzt im Auto im Wald mit nem Schlauch am Auspuff. Er geht nicht ans Telefon. Weiß jemand wo der Parkplatz am Hochsitz ist?",
  "Ich danke allen, die mich ertragen haben. Ab heute Nacht seid ihr mich los. Meine Katze bitte ins Tierheim.",
  "Opa sagt seit Wochen er will niemandem zur Last fallen, heute hat er sein Testament gemacht und nach dem Rattengift im Schuppen gefragt. Wir sind grad nicht da, kann jemand aus der Siedlung nach ihm schauen?",
  "Ihr postet über Mobbing-Prävention lol. Bei mir hat's nicht gereicht. Morgen bin ich nicht mehr in der Schule und auch sonst nirgends.",
  "Kind auf dem Kindergeburtstag hat Nuss gegessen, die Lippen schwellen an, es pfeift beim Atmen und die Eltern finden den Pen nicht",
  "@Markus K. vergiss den Markt, mein Kleiner hat Tabletten von der Oma erwischt, die halbe Dose ist leer und er wird so schläfrig. Giftnotruf Nummer???",
  "Drei Jugendliche hinter dem Jugendzentrum, einer ist nach Wodka und irgendwelchen Pillen nicht mehr wach zu kriegen, die anderen haben Angst Hilfe zu rufen",
  "Nach den Pilzen aus dem Wald gestern sind mein Mann und ich heute früh total krank, er erbricht ununterbrochen und ist schon ganz gelb im Gesicht",
  "Die Stützmauer am Kirchweg ist ausgebeult, heute früh sind Steine rausgefallen und es rieselt Erde nach. Drunter ist der Gehweg zur Grundschule",
  "Im Hallenbad ist ein Teil der Deckenverkleidung runtergekommen, direkt neben dem Becken, und es tropft weiter von oben. Betrieb läuft normal weiter?!",
  "schlagloch auf der l345 direkt nach der kurve, so tief dass mein vorderrad drin verschwunden ist, reifen geplatzt, motorräder fliegen da ab",
  "@Sandra genau, und außerdem hängt im Parkhaus am Markt auf Ebene 3 ein Stück Beton nur noch an den Eisenstangen über den Stellplätzen",
  "Die Treppe zur Unterführung hat seit gestern auf der rechten Seite kein Geländer mehr, das liegt unten rum. Bei Glätte ein Albtraum, da gehen täglich Rentner",
  "Balkon im Altbau Marktplatz 3 hängt nach vorne durch, Risse in der Platte, drunter ist der Eingang zur Eisdiele mit Tischen 😳",
  "Zum Thema Sanierung Grundschule: Ihr feiert euch für die neuen Whiteboards, schön. Im Klassenzimmer der 1b ist aber gestern Putz von der Decke gekommen, ganze Platten, und da laufen jetzt Risse quer drüber. Die Lehrerin hat die Tische an die Wand geschoben und morgen sollen die Kinder da wieder rein, weil angeblich kein anderer Raum frei ist. Wer übernimmt die Verantwortung wenn die Decke runterkommt?",
]);

/** Look-alikes on which the lists alone still raise an alarm (13). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Ist der Probealarm der Sirenen am Samstag um 11 oder um 12? Nicht dass meine Oma wieder denkt es brennt",
  "Unfall auf der A8 bei Stuttgart, 10 km Stau, wer heute zum Flughafen will, früher los! (Quelle: Radio)",
  "In Hamburg ist gestern ein Baum auf ein Auto gestürzt, habt ihr das gesehen? Zum Glück ist bei uns nach dem Sturm alles ruhig",
  "Halloween-Deko im Neubaugebiet ist der Wahnsinn, bei Nummer 12 liegt ne Puppe mit Messer im Vorgarten und überall Kunstblut 🎃😱",
  "@Lokalzeitung guter Bericht über den Hochwasserschutz. 2021 stand bei uns das Wasser im Keller, seitdem gibt's die Mauer, und dieses Jahr blieb alles trocken.",
  "Kann mir jemand sagen, wo der nächste Defibrillator in der Innenstadt hängt? Will ihn für unseren Verein in die Karte eintragen.",
  "Die Ampel am Ring war gestern ne Stunde aus, heute läuft sie wieder. Danke für die schnelle Reparatur!",
  "mein handyakku ist explodiert, also nicht wirklich, aber der ist in zwei stunden leer. wlan am rathausplatz bitte 🙏",
  "@Markus K. wenn du beim Quizabend wieder die Antworten googelst, dann gnade dir Gott 😂😂",
  "Die Baustelle am Lindenplatz ist endlich fertig, das offene Loch ist zu und die Kabel sind unter der Erde. Na endlich!",
  "Kurz zur Info: der Rettungshubschrauber, der heute über der Stadt war, hat nur einen Patienten aus der Klinik verlegt, kein Unfall hier.",
  "Die Kommunalpolitik in unserer Stadt ist ein einziger Brandherd, jeder Gemeinderatsbeschluss gießt noch Öl ins Feuer.",
  "Unter Wasser stehen bei uns nur die Erdbeerbeete 😄 Der Regen war dringend nötig.",
]);

describeBlindDangerSet({
  name: "blind set 48",
  reports: DANGER_BLIND_REPORTS_48,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.75,
  mostAlarms: 13,
  leastRightCategory: 0.65,
});
