import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_37 } from "./danger-blind-reports-37.js";

/*
 * The danger step on the thirty-seventh set of comments written without
 * looking at its lexicon (see danger-blind-reports-37.ts): people at leisure
 * and events (football grounds, pools and lakes, fairs, carnival, the
 * Christmas market, concerts, runs, campsites), with the danger told in the
 * middle of event chatter. Measured before anything was changed for it, the
 * lists found 113 of the 180 dangers (recall 0.628) and raised 10 false
 * alarms on the 60 look-alikes. The danger model of that day, not trained on
 * the set, raised recall to 0.922 with 10 alarms. The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (67). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Beim Kinderkarussell auf der Kirmes ist grad ein Junge zwischen Gondel und Geländer geraten, der schreit ganz schlimm und der Betreiber hat nicht mal angehalten!!",
  "Marathon km 28 Höhe Sparkasse: ein Radfahrer ist voll in die Läufergruppe rein, mehrere liegen auf dem Asphalt und stehen nicht auf",
  "Der Festwagen vom Karnevalsverein ist in der Kurve an der Post umgekippt, da lagen Leute drunter, man hört nur Schreie",
  "Hüpfburg am Stadtfest hebt vom Wind ab, da sind noch Kinder drin!!!",
  "sportplatz grün-weiß: das alte jugendtor ist auf nen kleinen jungen gekippt, der steckt drunter fest, bitte kommen",
  "Campingplatz Seeblick: ein Wohnwagen ist den Hang runtergerollt und hat zwei Zelte mitgenommen, in einem hat noch jemand geschlafen",
  "Kettenkarussell hat geruckelt und ein Sitz hängt schief, die Frau drin hält sich nur noch mit den Händen fest und es dreht weiter",
  "Die Rodelbahn am Festplatz endet direkt auf der Straße, grad hat ein Auto ein Kind nur knapp verfehlt, des nächste kracht gleich rein, da muss wer hin",
  "Beim Tauziehen am Schützenfest ist das Seil gerissen und ein Mann ist mit dem Hinterkopf auf die Bordsteinkante, der röchelt nur noch",
  "Das Martinsfeuer ist außer Kontrolle, der Wind treibt Funken rüber in die Scheune von Lenz, das Heu fängt schon",
  "Feuerwerk ging zu früh los, eine Rakete steckt im Dach vom Festzelt und da glüht es jetzt rot",
  "Drei Männer haben im Gartenschuppen den Holzkohlegrill zum Wärmen reingestellt und liegen jetzt benommen drin, kriegen die Augen kaum auf",
  "Beim Crêpesstand steht eine Flasche in der prallen Sonne direkt neben dem Heizstrahler und pfeift",
  "Freibad: im Technikraum ist irgendwas zusammengekippt, gelblicher Dampf zieht raus Richtung Liegewiese",
  "Grillplatz im Park: da liegt ne aufgerissene Kartusche rum, riecht stark, Kinder spielen drumherum",
  "Zelt nebenan auf dem Campingplatz: die haben den Gaskocher drinnen laufen, Zelt zu, und antworten nicht mehr",
  "Hallenturnier: das Notstromaggregat läuft in der Halle, Abgase überall, alle haben Kopfschmerzen",
  "Beim Ballonglühen ist eine Brennerflasche umgekippt und bläst raus, die Zuschauer stehen direkt dran",
  "Propanflaschen stehen beim Stand unbewacht mitten in der Menge, eine davon leckt, man hörts deutlich",
  "Bierwagen: die CO2-Flaschen stehen im geschlossenen Anhänger, und der Zapfer ist da drin umgefallen",
  "Mann hinterm Festplatz im Fluss, die Strömung zieht ihn mit, er ruft noch",
  "Open Air am See: Typ ist total besoffen nachts schwimmen, man sieht nur noch ganz weit draußen seinen Kopf",
  "Kleinkind an der Babyrutsche liegt mit dem Gesicht im Wasser!!! Die Mama sucht schon",
  "Schlittschuhlaufen auf dem Mühlenteich, mitten drauf knackt es laut und da sind so 30 Leute",
  "Paddler vom Kanuverein hängt am Wehr fest, Boot steht quer, er kommt nicht raus",
  "Ein Junge vom Zeltlager ist seit einer Stunde nicht zurück vom See, Handtuch und Schuhe liegen noch am Steg",
  "Der Steg am See bricht grad ein, da standen alle zum Feuerwerkgucken drauf",
  "Marathon: die Brücke an der Aue ist überspült und die Läufer werden trotzdem durchgeschickt, das Wasser reißt richtig",
  "Rettungsschwimmer Strandbad hier: brauchen sofort Unterstützung, Schwimmer an der Boje in Not, unser Boot springt nicht an",
  "Die Kastanie im Biergarten hat nen Ast fallen lassen, mitten auf einen Tisch, zwei Leute sind drunter",
  "beim stadtfest die platane am marktplatz, da ist ein ast runter auf den bierstand, fast hätts die bedienung erwischt, und der nächste hängt auch schon",
  "Sturmböen am Waldweg zum Naturbad, es kommen Bäume runter und mehrere Familien sind noch auf dem Rückweg",
  "Campingplatz Parzelle 7: Baum liegt aufm Wohnmobil, drinnen ist noch wer",
  "Radweg zur Eishalle: vereiste Äste brechen reihenweise ab, einer ist knapp neben einem Kinderwagen eingeschlagen",
  "Mein Ex steht seit einer Stunde am Eingang vom Stadtfest und hat mir geschrieben „heute bist du dran“. Ich bin mit den Kindern am Karussell",
  "Auf Insta hat einer gepostet, beim Weihnachtsmarkt wird es „knallen wie in Berlin“, mit einem Foto von unserem Platz",
  "zettel am schützenhaus: ‚morgen beim königsschießen trifft es den vorstand‘ hab ich fotografiert",
  "Anruf im Vereinsheim: man habe was unter der Tribüne versteckt, das geht zur Halbzeit hoch",
  "Typ in Badeschlappen schreit die Bademeisterin an, er schlitzt sie auf wenn sie ihn nochmal rausschmeißt, und jetzt holt er was aus dem Auto",
  "In der Ultragruppe wird geplant, den Bus der Gästefans morgen um 14 Uhr an der Autobahnabfahrt mit Steinen zu empfangen",
  "Der Typ am Festivalzaun hat seiner Freundin gesagt, wenn sie mit dem anderen tanzt, kippt er ihr Benzin drüber. Sie steht jetzt zitternd bei uns am Stand",
  "Einer hat unter den Marathon-Post kommentiert, er fährt morgen mit dem Transporter durch die Zielgerade. Bitte prüft das!",
  "Vorm Jugendzentrum beim Sommerfest steht eine Gruppe mit Schlagstöcken und wartet auf die Jungs aus dem anderen Viertel",
  "Die vom Stand gegenüber hat meiner Mutter gesagt, sie sticht sie heute nach Marktschluss ab. Meine Mutter baut grad allein ab",
  "Oben in der Gondel vom Riesenrad sitzt ein junger Mann allein, hat die Tür aufgemacht, winkt runter und ruft „tschüss an alle“",
  "Kumpel hat auf dem Festival sein ganzes Zeug verschenkt, Zelt, Handy, alles, und ist dann Richtung See, sagt er kommt nicht wieder",
  "Auf der Brücke über der Laufstrecke klettert eine Frau übers Geländer, die Läufer unten merken nix",
  "Nach dem Pokalaus hat unser Torwart in die Mannschaftsgruppe geschrieben „bin eh an allem schuld, ab morgen seid ihr mich los“ und ein Foto von einer Handvoll Tabletten",
  "Wer kennt den Jungen im grünen Trikot? Der hat eben am Bahnübergang hinterm Sportplatz gesagt, er legt sich auf die Schienen",
  "Mein Mann ist nach dem Streit beim Vereinsfest mit dem Auto weg und schreibt „ich fahr jetzt gegen den nächsten Baum“",
  "Ganz oben am Kletterturm hat einer sein Seil ausgehängt, sitzt mit den Beinen über der Kante und weint",
  "Mitbewohner meinte vorm Stadtfest, heute ist sein letztes Feuerwerk, und jetzt ist die Schachtel mit seinen Medis leer",
  "Mein Sohn hat nach dem Training gesagt, er geht jetzt aufs Eis vom See bis es bricht, damit endlich alles aufhört. Handy ist aus",
  "Die Frau, die jeden Tag im Hundepark war, hat heute ihren Hund einer Fremden geschenkt, „ich brauch ihn nicht mehr“, und ist Richtung Gleise gegangen",
  "Im Zelt neben uns auf dem Campingplatz hat einer nen Grill reingestellt und alles zugemacht, draußen hängt ein Zettel „nicht öffnen, Polizei rufen“",
  "Kleinkind im Kinderwagen am Festumzug ist ganz schlapp, glüht und hat gerade gekrampft",
  "Kletterhalle: Mann hat nach der Route Kopfschmerzen „wie noch nie“, kotzt und sieht doppelt",
  "Hitzetag beim Jugendturnier, drei Kinder übergeben sich in der Umkleide, eins kriegt man kaum noch wach",
  "Im Stadion Block C ist das Geländer vorne weggebrochen, und von hinten drücken hunderte Leute nach",
  "Die Traverse über der Bühne hängt schief, ein Scheinwerfer baumelt nur noch am Sicherungsseil überm Publikum",
  "Gehweg zum Weihnachtsmarkt ist pures Blankeis, in zehn Minuten drei Leute hingeknallt, einer liegt noch",
  "die mauer am spielplatz wo die kinder immer drauf sitzen hat seit heute nen großen riss und wackelt wenn man dranstößt",
  "Tribüne aus Gerüstteilen beim Reitturnier wackelt, eine Strebe fehlt komplett, oben sitzen lauter Familien",
  "Prunksitzung in der Stadthalle: der Notausgang ist mit Kette und Schloss zu, drinnen sind 800 Leute",
  "Das Dach der Eishalle knackt unterm Schnee und hängt in der Mitte sichtbar durch, Publikumslauf ist brechend voll",
  "Vorm Einlass zum Konzert gibt das Absperrgitter nach, die Leute vorne werden gegen den Zaun gequetscht",
  "Laufsteg überm Bach beim Stadtfest: Geländer nur noch mit Kabelbindern fest, gibt beim Anlehnen nach, und die Kinder hängen sich drüber",
]);

/** Look-alikes on which the lists alone still raise an alarm (10). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Die Stimmung brennt heute im Festzelt, DJ Olli zündet nochmal alles 🔥🔥",
  "Morgen 11 Uhr zeigt die Freiwillige Feuerwehr auf dem Marktplatz, wie man jemanden aus einem brennenden Auto rettet, mit Spreizer und Schere, Kinder dürfen zugucken",
  "„Wir machen euch fertig, wir hauen euch weg!“ haha das hat unsere D-Jugend vorm Spiel gegen die Nachbarn gesungen, am Ende 2:2 und alle zusammen Pommes gegessen",
  "Der Wagen der KG Narrenzunft mit dem brennenden Rathaus aus Pappmaché war der Hammer, die Flammen aus rotem Stoff sahen fast echt aus",
  "Erste-Hilfe-Kurs für Trainer beim SV am 12.10., mit Defi-Training und Herzdruckmassage an der Puppe",
  "112 oder 110, wenn man am See nen Badeunfall meldet? Nur zur Sicherheit, wir fahren morgen hin",
  "„Ich bring dich um, wenn du den Ball nochmal so verstolperst“ hat der Trainer zu seinem Sohn gesagt, beide haben gelacht. Schöner Vatertag am Platz",
  "Das Stück der Theatergruppe über Mobbing und Suizid hat mich echt berührt. Hut ab vor den Jugendlichen",
  "Der Bürgermeister hat beim Vereinsfest ganz schön Feuer gemacht in seiner Rede gegen die Kürzungen beim Sport",
  "Letzte Saison gab's Drohbriefe gegen unseren Schiri, der Täter ist verurteilt, seitdem ist Ruhe",
]);

describeBlindDangerSet({
  name: "blind set 37",
  reports: DANGER_BLIND_REPORTS_37,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.62,
  mostAlarms: 10,
  leastRightCategory: 0.48,
});
