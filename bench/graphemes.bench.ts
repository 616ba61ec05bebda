// Grapheme counting of typical municipal posts against `[...text].length`
// (code points, the cheap count that gets emoji wrong). Target from the issue:
// countGraphemes no worse than half its throughput. Intl.Segmenter alone is
// printed against the same baseline, for information: it is what
// countGraphemes hands unusual text to.
import { countGraphemes } from "../packages/core/dist/index.js";
import { compare } from "./support.js";

// Twenty posts as a Stadtverwaltung writes them: umlauts, ß, „quotes“,
// dashes, €, links, hashtags and a few emoji (some with variation selectors,
// skin tones, ZWJ sequences and flags).
const posts = [
  "Am Samstag ist Sperrmüll in der Lindenstraße 🚛♻️ Bitte stellt eure Sachen bis 7 Uhr an den Straßenrand – Elektrogeräte und Farbeimer nimmt die Abfuhr nicht mit. Alle Termine: https://www.musterstadt.de/abfall/sperrmuell",
  "🎉 Das Freibad öffnet am 1. Juni! Eintritt für Kinder unter 6 Jahren frei, Erwachsene zahlen 3,50 €. Die Saisonkarte gibt es ab sofort im Bürgerbüro. #Freibad #Sommer",
  "Wegen Bauarbeiten ist die Hauptstraße zwischen Marktplatz und Bahnhof vom 12. bis 23. August voll gesperrt 🚧 Die Umleitung über die Goethestraße ist ausgeschildert. Die Buslinien 3 und 7 fahren geänderte Routen.",
  "Unsere Stadtbücherei hat neue Öffnungszeiten 📚 Ab Montag: Di–Fr 10–18 Uhr, Sa 10–14 Uhr. Donnerstags gibt es weiterhin die Vorlesestunde für Kinder um 16 Uhr.",
  "❄️ Winterdienst: Bitte parkt in engen Straßen so, dass das Räumfahrzeug durchkommt (mind. 3 m Restbreite). Gehwege müssen werktags bis 7 Uhr geräumt sein, sonn- und feiertags bis 9 Uhr.",
  "Herzlichen Glückwunsch an unsere Feuerwehr 🧑‍🚒👩🏽‍🚒 zum 150-jährigen Jubiläum! Am Sonntag lädt sie ab 11 Uhr zum Tag der offenen Tür am Gerätehaus ein – mit Fahrzeugschau, Hüpfburg und Erbsensuppe.",
  "Die Bürgersprechstunde mit Bürgermeisterin Dr. Anna Schäfer findet am Mittwoch, 14. März, von 16 bis 18 Uhr im Rathaus (Zimmer 112) statt. Eine Anmeldung ist nicht nötig.",
  "🌳 Pflanzaktion im Stadtpark: 40 neue Bäume für ein besseres Klima! Wer mithelfen möchte, kommt am Samstag um 10 Uhr zum Eingang an der Parkstraße. Handschuhe und Spaten stellen wir.",
  "Achtung, Betrugsmasche ⚠️ Falsche Mitarbeitende der Stadtwerke klingeln an Haustüren und verlangen Bargeld für angebliche Zählerprüfungen. Die Stadtwerke kassieren nie an der Haustür. Im Zweifel: 110 wählen.",
  "Der Weihnachtsmarkt 🎄 öffnet am Freitag um 17 Uhr mit dem Anschnitt des Stollens auf dem Marktplatz. Bis zum 23. Dezember täglich von 11 bis 21 Uhr – wir freuen uns auf euch! ✨",
  "Wahlhelferinnen und Wahlhelfer gesucht 🗳️ Für die Kommunalwahl brauchen wir noch 60 Freiwillige. Es gibt ein Erfrischungsgeld von 50 €. Anmeldung bis 30. April unter wahlen@musterstadt.de oder Tel. 0123 456-789.",
  "Das Bürgerbüro bleibt am Brückentag, Freitag 31. Mai, geschlossen. Online-Dienste wie Anwohnerparkausweis und Meldebescheinigung sind wie immer rund um die Uhr erreichbar: https://service.musterstadt.de",
  "Hitzewarnung 🌡️☀️ Heute bis 36 °C. Trinkt ausreichend, schaut nach älteren Nachbarinnen und Nachbarn und lasst keine Kinder oder Tiere im Auto zurück. Kühle Räume: Stadtbücherei und Rathausfoyer.",
  "Zu Gast in Musterstadt: Unsere Partnerstadt aus Frankreich 🇫🇷🇩🇪 feiert mit uns 30 Jahre Städtepartnerschaft. Programm am Wochenende: Empfang im Rathaus, Konzert im Kurpark, gemeinsamer Gottesdienst.",
  "Die Grundsteuerbescheide für 2025 sind verschickt. Fragen beantwortet das Steueramt montags bis donnerstags von 8 bis 12 Uhr unter 0123 456-200. Bitte haltet euer Aktenzeichen bereit.",
  "Baustellen-Update 🏗️ Der Kreisel an der Bahnhofstraße ist fertig und ab morgen früh wieder befahrbar. Danke für eure Geduld in den letzten Wochen! 🙏",
  "Neue Ausbildungsplätze bei der Stadt: Verwaltungsfachangestellte (m/w/d), Fachinformatiker:in und Straßenwärter:in 👷‍♀️ Bewerbungsschluss ist der 15. Oktober. Alle Infos: https://karriere.musterstadt.de",
  "Am Sonntag ist Tag des offenen Denkmals 🏰 Der Turm der Stadtkirche ist von 10 bis 17 Uhr geöffnet, Führungen gibt es stündlich. Eintritt frei, Spenden für die Sanierung sind willkommen.",
  "Ferienprogramm 2025 🏊‍♂️⚽🎨 Über 80 Angebote für Kinder von 6 bis 14 Jahren – vom Schwimmkurs bis zur Kunstwerkstatt. Anmeldung ab 1. Juni online, die Plätze sind begrenzt.",
  "Die Sitzung des Gemeinderats am Dienstag beginnt um 18 Uhr im großen Sitzungssaal. Tagesordnung: Haushalt 2026, Neubau der Grundschule, Radverkehrskonzept. Die Sitzung ist öffentlich.",
];

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
let sink = 0;

const characters = posts.reduce((sum, post) => sum + post.length, 0);
const spread = {
  name: "[...text].length",
  batch: posts.length,
  fn: () => {
    for (const post of posts) sink += [...post].length;
  },
};

await compare(
  `countGraphemes over ${posts.length} posts (${characters.toLocaleString("en-US")} UTF-16 units, ops = posts)`,
  spread,
  {
    name: "countGraphemes(text)",
    batch: posts.length,
    fn: () => {
      for (const post of posts) sink += countGraphemes(post);
    },
  },
  0.5,
);

await compare(
  "for information: Intl.Segmenter alone over the same posts",
  spread,
  {
    name: "Intl.Segmenter (count the segments)",
    batch: posts.length,
    fn: () => {
      for (const post of posts) for (const _ of segmenter.segment(post)) sink++;
    },
  },
  0,
);

if (sink === 42) console.log("");
