import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_36 } from "./danger-blind-reports-36.js";

/*
 * The danger step on the thirty-sixth set of comments written without
 * looking at its lexicon (see danger-blind-reports-36.ts): messages that
 * reach a town's staff and elected people (comments under the mayor's and
 * councillors' posts, direct messages, forwarded e-mails and letters,
 * local groups about the town hall and its offices); 60 of its dangers are
 * threats and 40 self-harm. Measured before anything was changed for it,
 * the lists found 105 of the 180 dangers (recall 0.583) and raised 8 false
 * alarms on the 60 look-alikes. The danger model of that day, not trained
 * on the set, raised recall to 0.867 with 9 alarms. The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (75). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Gerade kam bei uns im Rathaus ein Brief an, ohne Absender, mit einem ausgedruckten Foto vom Haus der Ersten Beigeordneten und ihrem Auto davor. Auf der Rückseite steht nur 'Bald'. Wer ist dafür zuständig??",
  "Der Typ, der heute morgen im Bürgerbüro so rumgeschrien hat, hatte ein Messer in der Jackentasche, ich habs gesehen als er sich gebückt hat. Er hat gesagt er kommt morgen wieder wenn sein Pass nicht fertig ist.",
  "Im Telegram-Kanal 'Widerstand Kreis' schreibt einer: 'Am Montag um 10 besuchen wir das Gesundheitsamt, aber nicht zum Reden. Bringt mit, was ihr habt.' Bitte an die Polizei weitergeben.",
  "Wer für die Flüchtlingsunterkunft stimmt, kriegt Besuch. Wir haben die Adressen aller Ratsmitglieder. Mit der Lindenstraße 14 fangen wir an.",
  "Herr Oberbürgermeister, Sie werden den 1. Mai nicht mehr erleben. Das ist keine Drohung, das ist ein Versprechen.",
  "Ich habe einen Screenshot aus der WhatsApp-Gruppe der Eltern: Ein Vater schreibt, er wird die Schulleiterin und die Impfärztin 'aufknüpfen', wenn sein Sohn geimpft wird. Der Impftermin ist Mittwoch.",
  "Unter dem Post von Stadträtin Aydın steht seit zwei Stunden: 'Dich finden wir auch noch, dein Sohn spielt ja dienstags beim TSV.' Bitte löschen und anzeigen!!",
  "Die Knöllchentante in der Bahnhofstraße soll aufpassen. Nächstes Mal wenn sie mein Auto aufschreibt fahr ich sie um.",
  "Heute im Ordnungsamt, Zimmer 112: Ein Mann hat eine Pistole auf den Tisch gelegt und gesagt, er wolle nur zeigen, dass er 'vorbereitet' sei. Dann ist er gegangen, mit dem Satz, er komme wieder. Weiß die Polizei Bescheid?",
  "Anonymer Anruf bei uns in der Kita: In der Sporthalle neben dem Rathaus liege etwas, das am Freitag zur Ratssitzung hochgeht. Wir wissen nicht, ob wir die Halle räumen sollen.",
  "Der Ex meiner Schwester hat ihr per SMS geschrieben: 'Wenn das Jugendamt mir die Kinder wegnimmt, nehm ich dich und die Tante vom Amt mit.' Morgen ist der Termin beim Jugendamt. Was sollen wir tun?",
  "Hallo, ich arbeite im Bürgerbüro. Ein Kunde hat mir vorhin beim Rausgehen zugeflüstert: 'Feierabend ist um vier, oder? Ich warte.' Er steht jetzt gegenüber an der Bushaltestelle.",
  "Bürgermeister Krämer, wir sehen uns Samstag auf dem Wochenmarkt. Zieh dir was an, das man gut waschen kann. 🔪",
  "Kommentar unter dem Impfpost vom Gesundheitsamt: 'Für jedes geimpfte Kind ist einer von euch Ärzten fällig. Die Liste ist fertig.' Steht da seit gestern Nacht.",
  "In der Chatgruppe vom Windkraftgegner-Stammtisch haben sie Fotos vom Haus des Planers gepostet, mit rotem Kreis ums Schlafzimmerfenster, und drunter 'Nachtschicht am 12.'",
  "Bei Ratsfrau Lehmann kam ein Brief an, darin eine Patronenhülse und ein Foto ihrer Tochter vor dem Gymnasium. Ich bin ihr Mann, wir sind völlig fertig. Was passiert jetzt?",
  "Der Herr, der wegen seiner Wohngeldablehnung seit Wochen hier schreibt, hat heute gepostet: 'Morgen kläre ich das persönlich im Amt. Mit allem, was dazugehört.' Dazu ein Bild von seiner Schrotflinte.",
  "In unserem Dorfchat hat einer Handynummer und Adresse vom Ortsvorsteher gepostet: 'Wer heute Nacht Zeit hat, wir statten ihm einen Besuch ab. Fackeln mitbringen.'",
  "An die Verantwortlichen für die Unterkunft in der alten Schule: Die Bude steht nicht mehr lange. Und wer dann drin ist, hat Pech gehabt.",
  "Ein Mann hat im Rathausfoyer gerade eine Sporttasche abgestellt, 'für den Bürgermeister' gesagt und ist schnell raus. Niemand traut sich ran. Was machen wir?",
  "Frau Dr. Berger, Sie spritzen unsere Kinder kaputt. Wir wissen, dass Sie jeden Morgen um 7 mit dem Rad am Kanal entlangfahren. Da ist es so schön einsam.",
  "Schon wieder so eine Mail an die Fraktion, diesmal mit Uhrzeit: 'Donnerstag, 19 Uhr, Ratssaal. Ihr werdet nicht alle nach Hause gehen.'",
  "Polizei bitte informieren: Jemand hat an die Hauswand unserer Stadträtin 'Volksverräterin – du bist dran' gesprüht, und heute früh lag eine tote Ratte vor ihrer Tür.",
  "Der Mann mit dem selbstgemachten 'Reichsausweis' war wieder im Bürgerbüro und hat zu meiner Kollegin gesagt: 'Wenn das Tribunal kommt, stehen Sie ganz oben, Frau Schmitt. Wir holen Sie zuerst.' Er war heute schon dreimal da.",
  "Ihr habt mir den Führerschein weggenommen, jetzt nehm ich euch was weg. Sagt das eurem Amtsleiter, dem mit dem blauen Passat und den zwei Mädchen.",
  "Ich bin Ratsmitglied und habe heute ein Paket bekommen, darin ein Strick und ein Zettel: 'Für dich, wenn du für die Windräder stimmst. Wir helfen gern nach.'",
  "Sachbearbeiterin im Sozialamt hier. Ein Antragsteller schickt mir seit heute früh Fotos von meinem Hauseingang, das letzte vor zehn Minuten. Ich trau mich nicht heim.",
  "Hab gehört, die Jungs vom Sportplatz wollen heute Abend zum Haus vom Bürgermeister, 'ein paar Scheiben einschmeißen und mehr'. Die haben Flaschen mit Sprit gesammelt.",
  "dem ratsherrn wagner würd ich gern mal persönlich meine meinung sagen. mit dem hammer. der wohnt ja praktisch direkt neben dem friedhof 😂 morgen wird das erledigt",
  "Weitergeleitet von meiner Tochter, sie arbeitet in der Ausländerbehörde: Ein Mann hat heute am Schalter gesagt, er habe 'einen Gürtel zuhause, der alles wegsprengt', und morgen bringe er ihn mit.",
  "Die Dame vom Gesundheitsamt, die unsere Gaststätte dichtgemacht hat, soll wissen: Ihr Hund läuft jeden Abend frei im Garten. Wär schade drum. Um sie auch.",
  "Gerade in der Bürgersprechstunde: Ein Mann sprüht Pfefferspray Richtung Stadtrat und ruft, nächstes Mal bringt er 'richtiges Zeug' mit. Er ist Richtung Parkhaus gerannt.",
  "Schicke euch den Screenshot per DM: Der Account Heimatschutz_88 schreibt unter den Post der Integrationsbeauftragten, wann ihr Zug jeden Morgen fährt, und 'Gleis 2 ist so schön eng'.",
  "wer mir nochmal nen strafzettel schickt kriegt ihn zurück, in den hals gestopft. ich weiß welche politesse das war, die steht di und do immer vorm aldi",
  "Anonymer Brief an die Grundschule Am Rosenhügel: Weil die Schule Flüchtlingskinder aufnimmt, 'wird am ersten Schultag nach den Ferien aufgeräumt'. Beigelegt war ein Foto von Munition.",
  "An den Bürgermeister: Das weiße Pulver im Umschlag letzte Woche war nur Mehl. Beim nächsten Mal nicht.",
  "In der Gruppe 'Unser Städtle' fragt einer öffentlich, wann die Tochter vom Kämmerer Klavierunterricht hat, er wolle 'ihr was ausrichten, was der Papa verstehen wird'.",
  "Ich kenne den Mann, der unter fast jedem Post vom Landrat kommentiert. Der hat zuhause mehrere Gewehre und hat gestern im Vereinsheim gesagt: 'Nach der Wahl räum ich auf. Erst den Landrat, dann seinen Büroleiter.'",
  "Bitte sofort jemanden zur Turnhalle an der Erich-Kästner-Schule, da ist Impfaktion, und draußen stehen drei Typen mit Baseballschlägern und sagen, sie warten auf die Ärztin.",
  "Sagt eurer netten Frau vom Ordnungsamt, das Messer ist schon geschliffen. Sie weiß, worum es geht.",
  "Kommentar auf Insta unter dem Foto vom Ratsherrn mit seinen Enkeln: 'Süß. Wär doch schade, wenn denen auf dem Schulweg was passiert. Überleg dir deine Stimme am Dienstag.'",
  "Hinweis an die Stadtverwaltung: Im Briefkasten lag eine Nachricht an meinen Mann, den Ortsbürgermeister: 'Wir waren heute in eurem Garten. Nächstes Mal im Haus.' Wir haben wirklich Angst.",
  "Sehr geehrte Damen und Herren, dies ist meine letzte Mail an Sie. Den Widerspruch brauchen Sie nicht mehr zu bearbeiten. Meine Katze bitte ins Tierheim, die Wohnungstür ist offen.",
  "Mein Vater war heute bei der Wohngeldstelle und ist abgelehnt worden. Jetzt hat er mir geschrieben 'es reicht, ich geh zu den Gleisen'. Er geht nicht ans Telefon. Weiß jemand was?",
  "in der ausländerbehörde sitzt grad ein junger mann im 3. stock auf dem fensterbrett und sagt er springt wenn sie ihn abschieben. bitte schickt jemand",
  "Ich habe alle meine Tabletten vor mir auf dem Tisch liegen. Wenn das Sozialamt bis heute 16 Uhr nicht anruft, nehme ich sie. Ich meine das ernst.",
  "Liebe Stadt, ich bedanke mich für nichts. Mein Auto hab ich der Nachbarin geschenkt, den Hund meiner Tochter. Wer den Brief vom Vollstreckungsdienst bringt, findet mich im Keller.",
  "frau im warteraum vom jobcenter hat sich mit ner rasierklinge in den arm geschnitten und sagt sie macht weiter wenn keiner hilft. alle gucken nur. 1. stock",
  "Das ist mein Abschied aus dieser Gruppe und von allem. Danke an die paar, die nett waren. Die Tabletten wirken schon.",
  "An den Bürgermeister persönlich: Sie haben meine Existenz zerstört. Morgen um 9, wenn Sie die Ratssitzung eröffnen, nehme ich mir vor dem Rathaus das Leben. Der Brief an die Zeitung ist schon raus.",
  "Ich steh grad auf der Brücke über der B27 und les zum letzten Mal eure Kommentare. Vermissen wird mich eh keiner.",
  "Mein Mann ist seit dem Anruf von der Ausländerbehörde wie verwandelt. Er hat die Pistole aus dem Schützenverein mit heimgenommen und sitzt damit im Auto in der Garage. Er sagt, wir sollen ihn in Ruhe lassen.",
  "Ich bin Sachbearbeiter im Jobcenter. Ein Kunde hat mir vorhin gemailt: 'Sie müssen mich nicht mehr sanktionieren. Ab heute Abend koste ich den Staat nichts mehr.' Er ist nicht erreichbar. Wer ist zuständig?",
  "Mein Sohn (16) hat auf Insta ein Bild von seinen Handgelenken gepostet mit 'heute mach ich's richtig'. In der Schule ist er nicht angekommen.",
  "Liebe Nachbarn, der Rentner aus dem Erdgeschoss hat heute seinen ganzen Hausrat an die Straße gestellt, Schild dran 'Zu verschenken, brauch ich nicht mehr'. Gestern hat er erzählt, die Stadt nimmt ihm die Wohnung. Jetzt macht er nicht auf.",
  "Hallo Stadtverwaltung, meine Nachbarin hat heute die Räumungsklage bekommen. Sie sitzt jetzt auf dem Balkon im 6. Stock, die Beine über dem Geländer, und redet nicht mehr mit uns.",
  "Die Ausländerbehörde hat meinen Antrag abgelehnt. Ich gehe nicht zurück. Lieber sterbe ich hier, heute Abend noch. Bitte sagt meiner Schwester, dass ich sie lieb habe.",
  "Hab mir grad ne Flasche Korn und die Schlaftabletten von meiner Oma geholt. Ihr vom Amt habt gewonnen. Gute Nacht.",
  "Meine Schwester schreibt seit heute früh nur noch komische Sachen, z.B. 'Wer kümmert sich um Lilly, wenn ich nicht mehr da bin?' und 'Das Jugendamt hat gewonnen'. Ihr Sparbuch hat sie mir per Post geschickt.",
  "Ich weiß nicht, ob das hier richtig ist. Der Landwirt, dessen Flächen für die Windräder enteignet werden sollen, hat am Stammtisch gesagt, bevor er den Hof hergibt, hängt er sich in der Scheune auf. Heute ist der Notartermin und er ist verschwunden.",
  "Ich hab mich grad geschnitten, ziemlich tief, auf dem Klo im Rathaus, 2. Stock. Ich wollte nur, dass ihr wisst, was ihr mit mir gemacht habt.",
  "unsere oma sitzt seit der ganzen impfpflicht-geschichte allein daheim, hat grad angerufen und gesagt 'ich hab alle herztabletten genommen, dann ist ruhe'. legt immer wieder auf. kastanienallee 12!!",
  "Direktnachricht an die Stadt: Ich hab heute meinen Job im Bauhof verloren. Ich sitze jetzt am Baggersee mit Steinen in den Jackentaschen. Sagt meiner Frau nichts.",
  "Grüße an alle im Jobcenter. Ihr müsst mich nicht mehr einladen. Die Wohnungsschlüssel liegen beim Hausmeister, den Rest hab ich verschenkt. Morgen früh bin ich weg, für immer.",
  "Mein Kollege hat in der Mittagspause im Amt gesagt, er hält den Druck nicht mehr aus und weiß schon, welche Brücke. Jetzt ist er nicht zurückgekommen und sein Auto ist weg.",
  "Vor der Ausländerbehörde hat sich gerade ein Mann mit Benzin übergossen, er hält ein Feuerzeug hoch und ruft den Namen seiner Frau. Die Mitarbeiter stehen an der Tür und wissen nicht weiter.",
  "Wir machen uns große Sorgen um unseren Stadtrat K. Seit dem Shitstorm hat er auf Facebook geschrieben 'Ich bin raus. Aus allem. Passt auf meine Frau auf.' und geht nicht mehr ans Telefon.",
  "Meine Nachbarin hat nach dem Brief vom Sozialamt heute früh alle Fotos ihrer Kinder bei uns abgegeben, wir sollen sie aufbewahren, sie brauche sie nicht mehr. Jetzt steht ihr Fenster im 5. Stock weit offen und sie davor.",
  "Ich bin der Vater vom Jungen, den das Ordnungsamt gestern beim Sprayen erwischt hat. Er hat sich im Zimmer eingeschlossen, schreibt 'tut mir leid für alles, ich mach euch keine Schande mehr' und antwortet nicht mehr.",
  "Wir wohnen in der städtischen Notunterkunft. Die Therme im Bad ist kaputt, seit gestern haben alle Kopfweh und die Kleine ist heute gar nicht richtig wach geworden.",
  "Auf dem Sportplatz vom SV ist das Fußballtor auf einen Jungen gekippt, er liegt drunter und schreit.",
  "Meine Mutter hängt seit 40 Minuten in der Warteschleife vom Bürgertelefon und sagt jetzt, ihr linker Arm ist taub und sie kann nicht mehr richtig reden. Ich bin nicht vor Ort, sie wohnt Hohe Straße 21.",
  "Bei der Kundgebung vor dem Rathaus ist eine Demonstrantin in der Hitze umgekippt, sie reagiert nicht mehr und hat graue Lippen.",
  "Der Baum, den ich letzten Monat beim Bürgertelefon gemeldet habe, ist jetzt halb umgefallen und lehnt am Schulbushäuschen in der Dorfstraße. Damals hat's keiner geglaubt.",
  "Der Balkon im städtischen Wohnblock Hafenstraße 12 hängt vorne runter, und unten stehen die Mieter genau drunter und rauchen.",
]);

/** Look-alikes on which the lists alone still raise an alarm (8). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Ich bring mich um, wenn ich noch ein einziges Formular im Bürgerbüro ausfüllen muss 😂 Spaß beiseite, warum gibt es das nicht online?",
  "Morgen früh übt die Polizei mit dem Gesundheitsamt eine Amoklage im Verwaltungsgebäude, mit Statisten. Nicht erschrecken, wenn ihr viel Blaulicht seht.",
  "Das ist politischer Selbstmord, was die Fraktion da mit dem Haushalt macht.",
  "Gibt es im Rathaus eigentlich einen Defibrillator und wo hängt der? Ich frage für den Seniorenbeirat, wir wollen einen Erste-Hilfe-Kurs anbieten.",
  "Wir wissen, wo Sie wohnen, Herr Bürgermeister – im Rathaus, so oft wie Sie da bis spät abends sitzen. Danke für Ihren Einsatz!",
  "Lesung in der Stadtbücherei: 'Biedermann und die Brandstifter' mit dem Ensemble vom Stadttheater, Donnerstag 19 Uhr, Eintritt frei.",
  "Am 9. November 1938 brannte hier die Synagoge, und die Feuerwehr schützte nur die Nachbarhäuser. Gedenkführung am Sonntag um 15 Uhr ab Rathaus.",
  "Krimi-Dinner im Jugendzentrum am Freitag: Der Bürgermeister (gespielt von unserem Sozialarbeiter) wird beim Nachtisch vergiftet, und ihr findet den Täter. Wer Lust hat, meldet sich!",
]);

describeBlindDangerSet({
  name: "blind set 36",
  reports: DANGER_BLIND_REPORTS_36,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.58,
  mostAlarms: 8,
  leastRightCategory: 0.48,
});
