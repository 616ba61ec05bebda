import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_39 } from "./danger-blind-reports-39.js";

/*
 * The danger step on the thirty-ninth set of comments written without
 * looking at its lexicon (see danger-blind-reports-39.ts): threats and
 * self-harm made hard to spot by their words (angry citizens writing to
 * offices, exes in custody disputes, neighbours in feuds, pupils in chat
 * style, polite letters, dialect, German as a second language; the object
 * first or the verb split around it, conditions, veiled threats that name a
 * routine, a home or children, farewells, giving things away, places and
 * means); 70 of its 175 dangers are threats, 70 self-harm, 5 of each other
 * kind. Measured before anything was changed for it, the lists found 76 of
 * the 175 dangers (recall 0.434) and raised 6 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 37), not
 * trained on the set, raised recall to 0.749 with 7 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (98). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Nächstes Mal, wenn ich im Jobcenter so behandelt werde, komm ich nicht allein und nicht mit leeren Händen. Sagen Sie das Herrn K. ruhig.",
  "Falls mein Antrag nochmal abgelehnt wird, brennt bei euch im Bauamt bald mehr als nur das Licht. Und ihr sitzt dann noch drin.",
  "Es wäre wirklich schade, wenn den Kindern von dem Typen vom Ordnungsamt auf dem Schulweg was passiert. Die gehen ja immer um halb acht allein los.",
  "Ich hab eine Liste. Der vom Ordnungsamt, die zwei vom Stadtrat, der Hausmeister. Einer nach dem anderen.",
  "Den Nachbarn, den krieg ich noch. Der soll nachts mal gut gucken, wo er hinläuft.",
  "ich sage nur einmal. wenn die frau in büro nochmal mein geld nicht gibt ich warte draußen nach arbeit auf sie. sie weiß schon was passiert",
  "Wenn du mir die Kinder am Wochenende wieder nicht gibst, dann siehst du selbst auch nicht mehr lange irgendwas. Denk mal drüber nach, Sandra.",
  "Den Richter, der das Sorgerecht so entschieden hat, den find ich. Der hat auch Familie.",
  "An die Dame am Schalter 3 im Bürgerbüro: Beim nächsten Termin reden wir nicht mehr, dann handle ich. Sie wissen schon, wer hier schreibt.",
  "Die Flüchtlingsunterkunft an der Gartenstraße: ein paar Kanister und ein Feuerzeug, mehr braucht es nicht. Wir sind schon einige und nachts schlafen die ja alle.",
  "Impfärzte gehören aufgehängt. Und ich weiß, wo der vom Gesundheitsamt jeden Morgen parkt.",
  "ich knall den förster ab wenn der nochmal meinen hund anzeigt",
  "Sehr geehrte Damen und Herren, ich bin 78 Jahre alt und habe nichts mehr zu verlieren. Sollte der Bescheid nicht zurückgenommen werden, werde ich Herrn Dr. Wendt persönlich zur Rechenschaft ziehen, mein alter Dienstrevolver liegt bereit. Hochachtungsvoll",
  "bruder ich schwör morgen nach der schule is der dran, hab was mitgebracht 🔪",
  "Die Politesse von der Bahnhofstraße, blond, kommt immer dienstags. Die sollte sich nen anderen Job suchen. Nur so als Tipp. Solange sie noch laufen kann.",
  "Ihr habt meinen Sohn in Obhut genommen. Ich hole ihn mir zurück, und wer mir da im Weg steht, den räum ich weg.",
  "Wenn der Kerl von nebenan noch einmal um sieben seinen Laubbläser anmacht, dann ist das sein letzter Sonntag gewesen.",
  "Dem Hausverwalter schlag ich den Schädel ein. Hab ich ihm heute schon ins Gesicht gesagt, und ich mach das auch.",
  "Schöne Grüße an den Sachbearbeiter mit der roten Brille. Seine Frau holt die Kleine immer um 16 Uhr vom Kindergarten Sonnenschein ab. Nur damit er weiß, dass wir das wissen.",
  "Wer für das Windrad stimmt, braucht sich nicht wundern, wenn er eines Abends nicht mehr heimkommt.",
  "Sag deinem neuen Typen, wenn er meine Kinder nochmal anfasst, liegt er im Graben. Das mein ich nicht als Spruch.",
  "Am Montag komm ich ins Jobcenter. Und danach sind nicht mehr alle da, die um acht angefangen haben.",
  "Dem Kääl vum Ordnungsamt hau ich eine op de Nas, dat dä nit mih weiß, wie dä heiß. Dat kannste dem usrichte.",
  "Wenn ick den Hausmeister alleene im Keller erwische, mach ick den platt, det kannste mir glooben.",
  "Leute vom Bauamt: Ihr habt mein Lebenswerk kaputt gemacht. Jetzt mach ich eures kaputt. Eure Familien zuerst.",
  "Der Lehrerin meiner Tochter sag ich nichts mehr. Die wird schon merken, was passiert, wenn man sich mit mir anlegt. Wohnt ja nur zwei Straßen weiter.",
  "also der nachbar mit dem weißen golf der weiß genau was er gemacht hat und ich sag dir nur wenn ich den im treppenhaus erwische dann fliegt der übers geländer vierter stock",
  "Die Ärztin vom Impfzentrum hat meine Mutter auf dem Gewissen. Ihr Gesicht vergess ich nicht. Und sie meins auch nicht, wenn ich erstmal vor ihr stehe.",
  "Die zwei Ratsherren, die gegen unseren Spielplatz gestimmt haben: Namen stehen auf meinem Zettel. Neben dem Zettel liegt was anderes.",
  "ihr vom ordnungsamt seid doch alle nur hurensöhne, nächste woche geht einer von euch nicht mehr nach hause das versprech ich",
  "Ich möchte Sie höflich darauf hinweisen, dass ich weiß, wann Frau Becker morgens ihre Runde mit dem Hund am Feldrand geht. Ich würde ihr raten, den Bescheid zu überdenken.",
  "wer hat das video von mir gepostet?? ich find raus wer das war und dann liegst du im krankenhaus, auf jeden",
  "wenn die schule morgen nicht zu ist dann sorg ich dafür dass sie zu ist, mit nem knall. wer schlau ist bleibt daheim",
  "Die neuen Nachbarn aus dem Heim sollen mal nicht so sicher sein. Wir kennen ihre Wege zum Supermarkt. Abends ist es dunkel am Kanal.",
  "Noch ein Strafzettel und ich fahr dem Blitzer-Heini mit dem Auto über die Füße, und zwar mit Absicht und mit Anlauf.",
  "Sollte noch einmal jemand von der Stadt mein Grundstück betreten, schieße ich. Das ist keine Drohung, das ist eine Ankündigung.",
  "Seine Kinder gehen auf die Grundschule am Markt, 2b und 4a. Mehr sag ich nicht. Er soll den Abriss stoppen.",
  "Dem Schultes dreh i de Hals om, wenn der des Freibad zumacht. Des sag i euch gradraus.",
  "Frau Meier vom Jobcenter, Sie haben mir alles genommen. Jetzt nehme ich Ihnen etwas. Sie werden sehen, was.",
  "Hab mir heute ne Machete bestellt. Ratet mal für wen. Tipp: sitzt im Rathaus, zweiter Stock, Zimmer 214.",
  "Meine Ex meint, sie kann mir den Umgang verbieten. Wenn ich die Kleine nicht sehen darf, dann sieht sie keiner mehr. Sie selber auch nicht.",
  "Der Standesbeamte, der unsere Trauung einfach abgesagt hat, kriegt von mir noch Besuch. Mit Kanister.",
  "Na klar, ich lächle beim nächsten Termin ganz freundlich. Und dann zieh ich das Messer aus der Jacke. Hab ich mir fest vorgenommen, Frau Sachbearbeiterin.",
  "wer nochmal vor meiner einfahrt parkt dem zerschneid ich nicht die reifen sondern den hals",
  "Zu der Versammlung am Donnerstag komme ich. Die Herren vorne am Tisch sollten vorher ihr Testament machen.",
  "1. Bauamtsleiter 2. Kämmerer 3. die Tussi vom Empfang. Reihenfolge steht. Datum auch.",
  "Wegen Leuten wie dem Jugendamtsleiter gibt es Selbstjustiz. Ich bin bereit. Er wohnt in Oberdorf, den Hof findet man leicht, das Schlafzimmer ist unten.",
  "Wenn de Kerl vun de Stadt noch eenmal op mien Hoff kümmt, den sla ik dood. Dat segg ik nich to'n Spaß.",
  "Du hast meinen Bruder angezeigt. Pass gut auf deine Kleine auf, wenn sie vom Reiten heimkommt. Ist ja ein einsamer Feldweg.",
  "Heute Abend bei der Bürgerversammlung knallt's, und zwar nicht nur verbal. Hab genug Leute, die mitmachen, und keiner kommt unbewaffnet.",
  "Ich sag's nur einmal: Der Mann von der Ausländerbehörde, der meinen Cousin abschieben will, wird das nicht lange überleben.",
  "Wenn der Köter vom Nachbarn noch einmal in meinen Garten scheißt, häng ich erst den Hund auf und dann ihn daneben.",
  "hab gesehn wie die 9c über mich lacht. morgen bring ich was mit dann lacht keiner mehr. nur damit ihrs wisst",
  "Ich werde den Herrn Landrat nicht mehr anschreiben. Beim Sommerfest steht er immer am Bierstand, ganz vorne. Da ist er gut zu erreichen.",
  "Meine Nachbarin hat mir das Jugendamt auf den Hals gehetzt. Die Alte schubs ich die Kellertreppe runter, sobald sie allein ist.",
  "wenn ich morgen nicht mehr online bin wisst ihr warum. hab alles geregelt",
  "Die Brücke über die B27 ist hoch genug, hab ich heute nachgeschaut. Sonntag früh ist da keiner unterwegs.",
  "Sorry, dass ich hier immer so viel gejammert hab. Ist das letzte Mal. Passt auf euch auf.",
  "Meine Mutter hat mir geschrieben, dass sie nicht mehr kann, und sich verabschiedet. Sie geht nicht mehr ans Telefon. Sie wohnt allein in Neustadt. Was soll ich tun?",
  "war schon zweimal so weit, beim dritten mal klappt es. diesmal mach ichs richtig",
  "Meine Katze bitte an jemand Liebes abgeben, falls ich mich nicht mehr melde. Sie heißt Mimi und frisst nur Nassfutter.",
  "ich habe keine kraft mehr. mein aufenthalt ist weg, meine familie ist weg. heute nacht ich gehe zu den gleisen und dann ist fertig",
  "Mein Bruder hat heute alle seine Sachen verschenkt und gesagt, wir sollen nicht traurig sein. Er hat letztes Jahr schon mal versucht, sich das Leben zu nehmen. Ich hab Angst.",
  "Die Bahnstrecke hinter dem Sportplatz, der Güterzug kommt um 23:40. Ich weiß das, weil ich heute schon da war.",
  "bin grad auf dem dach von der schule lol. ist eig ganz schön hoch. tschüss ihr",
  "hab heute wieder mit der klinge am bein rumgemacht. hilft halt kurz",
  "Ich hab mein Testament gemacht und den Brief ins Handschuhfach gelegt. Morgen fahr ich an den See und komm nicht zurück.",
  "Der Steinbruch oben am Waldrand, da fällt man tief. Ich geh heut Nacht hoch.",
  "Letzter Post von mir. Danke an die Leute vom Kleingartenverein, ihr wart die Einzigen, die nett zu mir waren. Die Laube gehört jetzt euch.",
  "Ich war 2019 schon deswegen im Krankenhaus. Jetzt ist es wieder so schlimm, und diesmal will ich nicht gerettet werden.",
  "Hab mir heute ein Seil im Baumarkt gekauft. Der Verkäufer hat gefragt, ob ich umziehe. Hab ja gesagt. Irgendwie stimmt's ja.",
  "Ihr habt mir die Leistungen komplett gestrichen. Gut. Dann müsst ihr euch ab nächstem Monat auch nicht mehr um mich kümmern, weil es mich dann nicht mehr gibt.",
  "Meine Nachbarin steht seit einer halben Stunde am offenen Fenster im fünften Stock und weint. Vorhin hat sie mir ihren Schlüssel gegeben und gesagt, ich soll mich um die Blumen kümmern.",
  "wenn ich nicht mehr da bin hört das mobbing wenigstens auf. bald hab ich ruhe",
  "Hab heute alle meine Passwörter aufgeschrieben und meiner Schwester gegeben. Sie hat gefragt, wofür. Wird sie noch verstehen.",
  "Seit der Scheidung trinke ich und schneide mich. Gestern hat es so geblutet, dass ich kurz dachte, jetzt ist es vorbei. Ehrlich gesagt wär's mir recht gewesen.",
  "Meine Mitbewohnerin hat mir nachts geschrieben „es tut mir leid, ich hab euch lieb“, und jetzt ist ihre Tür abgeschlossen und sie antwortet nicht.",
  "hab heut 20 von den pillen genommen mal gucken ob ich morgen aufwach 💀",
  "Am Wehr an der alten Mühle ist die Strömung stark genug. Da geh ich hin, wenn der Brief vom Gericht kommt.",
  "Ich vermache meine Bücher der Stadtbücherei. Die Kisten stehen vor der Tür. Ich werde sie nicht mehr brauchen.",
  "Im Wald hinter der Siedlung gibt es einen Baum, an dem ich schon lange vorbeigehe und denke: der wäre es. Heute hab ich das Seil dabei.",
  "Wie viele Paracetamol braucht man, damit es reicht? Frag für mich.",
  "Meine Freundin aus der Klasse postet nur noch schwarze Bilder und schreibt „bald ist es vorbei“. Gestern hat sie mir ihre Kette geschenkt. Das macht mir Angst.",
  "Mutti, falls du das liest: Es tut mir leid. Ich hab's versucht. Der Hund ist bei Frau Krause.",
  "kennt jemand ne stelle an der lahn wo es tief genug is und keiner zuguckt? frag für nen freund. also für mich",
  "Vor einem Jahr hab ich's schon mal mit Tabletten versucht, meine Tochter hat mich gefunden. Jetzt fühlt es sich wieder genauso an. Diesmal schließ ich ab.",
  "Ich hab heute den Mietvertrag gekündigt und meinem Chef gesagt, dass ich nicht mehr komme. Wohin ich gehe? Dahin, wo es ruhig ist.",
  "Ich brenn mir jeden Abend mit dem Feuerzeug in den Arm, damit ich überhaupt was spür. Jetzt ist die Stelle entzündet, aber zum Arzt geh ich nicht.",
  "Ist das Hochhaus an der Weststraße eigentlich offen aufs Dach? Muss da heute Nacht hin, letzte Sache auf meiner Liste.",
  "Einfach nur müde. Nicht so müde, dass Schlaf hilft. So müde, dass ich will, dass es aufhört. Für immer. Der Plan steht.",
  "ich hör auf zu essen. komplett. mal sehen wie lang es dauert bis ich einfach weg bin",
  "Die Grabstelle neben meiner Frau ist schon bezahlt. Ich werde bald bei ihr sein, dafür sorge ich selbst.",
  "Jeder Tag ist die Hölle. Ich hab mir den Freitag ausgesucht. Schönes Datum, Vollmond.",
  "An alle, die mich gemobbt haben: Ihr habt gewonnen. Morgen bin ich weg, für immer. Ihr könnt euch gratulieren.",
  "Bitte den Fahrradschlüssel an Tim geben, der soll das Rad haben. Ich hab heute was vor, wofür ich keins mehr brauche.",
  "Der Arzt hat mir 50 Stück verschrieben. Er hat nicht gefragt. Ich hab sie alle noch. Sie reichen.",
  "ich schneid mich seit der 7. klasse, jetzt hab ich so tief ins handgelenk geschnitten dass es nicht aufhört zu bluten und ich will auch nicht dass es aufhört",
  "Wer meine Pflanzen will, kann sie sich am Samstag abholen. Alles muss raus, ich geh weg. Nicht in eine andere Wohnung.",
]);

/** Look-alikes on which the lists alone still raise an alarm (6). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Hat jemand den Tatort am Sonntag gesehen? Wie der Täter die Kommissarin mit dem Messer bedroht hat, ich hatte echt Gänsehaut.",
  "Beim Doppelkopf heute Abend mach ich euch alle platt, Mädels. Bringt Kuchen mit, ihr werdet Trost brauchen.",
  "Früher hieß es, Ballerspiele machen gewalttätig. Heute spielt meine Oma Candy Crush bis Mitternacht. Die Zeiten ändern sich 😅",
  "Kann mir jemand einen guten Krimi empfehlen? Hab gerade die Eberhofer-Reihe durch, wo der Mörder die Leiche im Weiher versenkt. Genial.",
  "Fortbildung für Lehrkräfte: Umgang mit Drohungen und Amok-Prävention an Schulen, 14. November, Stadthalle.",
  "Krimidinner im Ratskeller: Finden Sie heraus, wer den Gutsherrn vergiftet hat! Tickets ab sofort im Bürgerbüro.",
]);

describeBlindDangerSet({
  name: "blind set 39",
  reports: DANGER_BLIND_REPORTS_39,
  dangers: 175,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.43,
  mostAlarms: 6,
  leastRightCategory: 0.38,
});
