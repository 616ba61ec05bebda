import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_25 } from "./danger-blind-reports-25.js";

/*
 * The danger step on the twenty-fifth set of comments written without
 * looking at its lexicon (see danger-blind-reports-25.ts): messages that
 * reach the social-media inbox through official channels — contact-form
 * submissions with their fields, defects-app reports filed under a harmless
 * category, forwarded e-mails with headers and signatures, replies under a
 * quoted automatic answer, posts full of hashtags and mentions. Measured
 * before anything was changed for it, the lists found 142 of the 180
 * dangers (recall 0.789: self-harm 7 missed, threat 6, water 6, tree 6,
 * infrastructure 6, gas 4, medical 2, fire 1), named the right category for
 * 122, and raised 7 false alarms on the 60 look-alikes. The danger model of
 * that day, not trained on the set, raised recall to 0.961 (right category
 * 152) with the same 7 alarms.
 */

/** Dangers the step still misses (38). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "„Das Osterfeuer findet dieses Jahr nicht statt“ – irgendwer macht trotzdem eins, auf der Wiese am Bach, und es ist völlig außer Kontrolle, die Hütte vom Angelverein fängt schon an.",
  "> Danke für Ihre Nachricht, wir melden uns schnellstmöglich.\n\nschnellstmöglich reicht nicht. im keller riechts wie am campingkocher wenn man das ventil aufdreht, nur viel stärker. ich trau mich nicht das licht anzumachen.",
  "Name: Kevin S. / Anliegen: Bauen / Nachricht: Beim Abriss vom alten Gasthaus hat der Bagger den Hausanschluss rausgerissen, über dem Loch flimmert die Luft und es riecht penetrant. Der Bauleiter ist weg.",
  "Kategorie: Sonstiges / Beschreibung: Vor der Bäckerei Hofmann blubbert es aus einer Pfütze im Gehweg und riecht scharf. Ein Jugendlicher hat ein Feuerzeug drangehalten, da kam eine kleine blaue Flamme raus.",
  "> Wir melden uns in Kürze.\n\nin kürze ist zu spät. der herd bei meiner mutter war die ganze nacht aufgedreht ohne flamme, sie ist total benommen, ich hab die fenster aufgemacht, was jetzt",
  "Im Jobcenter-Wartebereich hat sich ein Mann mit dem Cuttermesser in die Hand geschnitten, das Blut spritzt richtig, die Papiertücher sind schon durch.",
  "mein baby 5 monate ist ganz schlapp, hohes fieber und hat lila punkte am bauch die nicht weggehen wenn ich ein glas draufdrücke, kinderarzt hat zu, was tun",
  "-----Ursprüngliche Nachricht-----\nVon: tobias.r@gmx.de\nBetreff: Kündigung Kitaplatz\n\nDen Platz brauchen wir nicht mehr. Ich bin heute Nacht nicht mehr da, die Kinder sind bei ihrer Oma. Der Schlauch fürs Auto liegt schon im Kofferraum.\n\nTobias",
  "> Danke für Ihre Nachricht, wir melden uns in 5 Werktagen.\n\ndann bin ich nicht mehr hier. das seil hab ich heute im baumarkt gekauft.",
  "Name: Lea / Anliegen: Jugend / Nachricht: Meine Freundin hat mir gerade Fotos von ihren Armen geschickt, überall tiefe Schnitte, und schreibt dass sie jetzt weitermacht bis es aufhört. Sie wohnt Lindenstraße 3, ich bin nicht in der Stadt.",
  "Mein Mitbewohner hat seit gestern alle seine Sachen verschenkt, auf dem Tisch liegen Briefe an seine Eltern, jetzt hat er sich im Bad eingeschlossen und antwortet nicht. Uhlandstr 19, 3. OG",
  "#Musterhausen #Depression #niemandhörtzu @buergerservice ich hab alles vorbereitet, die klinge liegt neben mir, ich schreib das nur weil ich sonst mit niemandem reden kann",
  "„Wir suchen Verstärkung für unser Team!“ – mich sucht keiner mehr, nach 200 Absagen hab ich aufgegeben. heute abend geh ich auf die Talbrücke und spring, das wars.",
  "Danke für Ihre Nachricht... ja danke. ich hab jetzt die ganze packung genommen, mit wodka. falls wen interessiert: die bank am see bei der trauerweide, da sitz ich.",
  "> Wir melden uns innerhalb von 10 Werktagen.\n\nhabt ihr nicht. ich steh vor dem bürgerbüro und hab was im rucksack dabei, das wird euch nicht gefallen. ihr habt 30 minuten.",
  "Anliegen: Schule / Nachricht: Mein Sohn hat gesehen, wie ein Mitschüler in der Pause eine Liste mit Namen rumgezeigt hat. Er hat gesagt, morgen bringt er die Waffe von seinem Vater mit und die auf der Liste sind dran. Gesamtschule Nord.",
  "#Musterhausen #Weihnachtsmarkt @polizei_mh @stadt_mh Samstag, wenn der Markt am vollsten ist, fahr ich mit dem Transporter rein. Merkt euch das.",
  "„Stimmen Sie jetzt für Ihr Lieblingsfoto ab!“ Die Jury hat mich betrogen. Ich weiß, wann die Preisverleihung ist, und ich komme, mit allem was ich im Keller habe. Dann gibts Fotos.",
  "Anliegen: Müllabfuhr / Nachricht: Wenn eure Müllmänner morgen wieder meine Tonne stehen lassen, fahr ich sie mit dem Traktor über den Haufen. Ist ernst gemeint, die Route hab ich mir aufgeschrieben.",
  "Bürgerbüro Wartebereich: Ein Mann schreit seit Minuten, hat eben eine Glasflasche zerschlagen und hält die Scherbe der Mitarbeiterin vors Gesicht. Kein Sicherheitsdienst da.",
  "> Danke für Ihre Nachricht ...\n\nim see beim strandbad treibt ein kind mit nur einem schwimmflügel raus, es ist schon hinter der boje und die eltern sind nirgends zu sehen",
  "„Eisfläche am Stadtweiher ist NICHT freigegeben“ – zwei Jungs sind trotzdem drauf, einer ist gerade eingebrochen, hängt am Eisrand und schreit.",
  "hund und herrchen im kanal an der schleuse, der mann kommt die spundwand nicht hoch",
  "Kontaktformular / Anliegen: Barrierefreiheit / Nachricht: Ein älterer Mann ist am Uferweg mit dem Rollstuhl in den Fluss gerollt, er treibt Richtung Wehr, wir laufen am Ufer nebenher.",
  "#Sommer #Baggersee #Musterhausen der Schwimmer mitten im Baggersee geht immer wieder unter, winkt nur noch schwach, kein Boot weit und breit 😰",
  "Beim Entenrennen ist ein Kind in den Mühlbach gefallen, die Strömung zieht es Richtung Brücke, der Vater rennt hinterher. Bitte schnell!",
  "-----Ursprüngliche Nachricht-----\nBetreff: Antrag Baumschnitt\n\nHat sich erledigt, der Baum ist gerade von alleine umgekippt – quer über die Kreisstraße, ein Auto hat es grad noch geschafft zu bremsen, jetzt ist alles dicht und es ist dunkel.\n\nGruß aus Oberdorf",
  "„Baumkontrolle in der Südstadt: alle Bäume geprüft“ – die Buche am Ende der Ahornstraße ist gerade in der Mitte aufgespalten und die eine Hälfte lehnt auf der Stromleitung.",
  "Baum über der Bahnstrecke Richtung Neustadt, Zug kommt gleich",
  "Im Wald am Trimm-dich-Pfad reißt der Sturm die Fichten um wie Streichhölzer, hier sind noch Schulklassen beim Wandertag unterwegs.",
  "Von: Kindergarten St. Martin\nBetreff: WG: Außengelände\n\nDie Birke am Sandkasten hat sich nach dem Regen stark zur Seite gelegt, die Erde am Fuß hat sich aufgewölbt. Wir haben die Kinder reingeholt, aber das Nachbarhaus steht genau in der Fallrichtung.\n\nI. Sommer, Leitung",
  "„Fotowettbewerb: Zeigt uns eure schönsten Herbstbäume!“ Hier einer: die Platane vorm Rathaus, die gerade mit dem Wurzelballen aus dem Boden kippt, Richtung Bushaltestelle. Bitte sofort jemand!",
  "-----Ursprüngliche Nachricht-----\nBetreff: Aufzug Rathaus\n\nwir sitzen seit 40 min im aufzug vom rathaus-anbau fest, zwischen 2. und 3. stock, der notrufknopf tut nix, eine frau hier hat platzangst und kriegt kaum noch luft.\n\nVon meinem iPhone gesendet",
  "#Weihnachtsmarkt #Musterhausen 🎄✨ @stadt_mh die große Lichterkette über der Marktgasse ist runtergerissen, hängt auf Kopfhöhe, ein Kabelende liegt in der Pfütze und es knistert",
  "„Der Spielplatz am Anger ist frisch saniert“ – der neue Kletterturm kippt, wenn mehr als zwei Kinder drauf sind, eben ist er auf einer Seite einen halben Meter weggesackt und die Kinder sind noch oben.",
  "in der wand vom parkhaus ebene 3 ist ein riss aufgegangen der gestern noch nicht da war, von oben rieselt beton und die decke hängt sichtbar durch",
  "Rolltreppe am Bahnhof Süd: unten fehlen Stufen, man sieht in die Mechanik, und sie läuft einfach weiter. Keine Absperrung, Pendler steigen drüber.",
  "Das Baugerüst am Haus Marktstraße 12 hat sich oben von der Fassade gelöst und lehnt schräg über den Gehweg, bei jedem Windstoß knirscht es.",
]);

/** Look-alikes that still raise an alarm (7). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Mängelmelder | Kategorie: Grünpflege | Beschreibung: Der umgestürzte Baum vom Sturm im März liegt immer noch im Stadtwald neben dem Weg. Nicht im Weg, sieht nur unschön aus. Könnte man bei Gelegenheit abholen.",
  "#Musterhausen #Stadtrat @buergerservice Die Haushaltsdebatte gestern war wieder eine einzige Explosion 💥 – kann man die Sitzung irgendwo nachschauen?",
  "> Wir melden uns innerhalb von 3 Werktagen.\n\nOk, passt. Es geht nur um die Rechnung für den Feuerwehreinsatz von letztem Jahr (Ölspur), die Rechnungsnummer stimmt nicht.",
  "#Fotowettbewerb #Musterhausen #Herbst @stadt_mh Mein Beitrag: der vom Blitz gespaltene alte Baum am Aussichtspunkt, steht seit Jahren so da, ein echtes Naturdenkmal 📸",
  "-----Ursprüngliche Nachricht-----\nVon: Polizeiinspektion, Pressestelle\nBetreff: Pressemitteilung\n\nIn Neustadt (Nachbarlandkreis) kam es gestern zu einem Verkehrsunfall mit zwei Leichtverletzten. Die Fahrbahn ist wieder frei.",
  "Ich könnte den Typen vom Ordnungsamt umbringen, der mir schon wieder ein Knöllchen verpasst hat 😤 15 Euro für 3 Minuten!",
  "die stimmung im stadtrat ist echt brandgefährlich, wenn das mit der schulschließung so weitergeht 🙄",
]);

describeBlindDangerSet({
  name: "blind set 25",
  reports: DANGER_BLIND_REPORTS_25,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.78,
  mostAlarms: 7,
  leastRightCategory: 0.67,
});
