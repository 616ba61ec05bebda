import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_17 } from "./danger-blind-reports-17.js";

/*
 * The danger step on the seventeenth set of comments written without
 * looking at its lexicon (see danger-blind-reports-17.ts): mixed messages,
 * where an ordinary matter and a danger come in one comment, and two places
 * or people of which only one is in danger. Measured before anything was
 * changed for it, the lists found 141 of the 180 dangers (recall 0.783:
 * threat 9 missed, self-harm 6, gas 5, medical 5, water 5, infrastructure 5,
 * accident 2, fire 1, tree 1), named the right category for 118, and raised
 * 17 false alarms on the 60 look-alikes. The danger model trained that day
 * without the set raised recall to 0.939 with the same 17 alarms.
 */

/** Dangers the step still misses (38). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Grillplatz am See: Jugendliche sind abgehauen und die Glut hat den Waldboden angesteckt, es kriecht schon den Hang hoch 🔥🔥",
  "Der Warnmelder neben dem Heizkessel im Keller schlägt Alarm, mir ist übel, mein Mann liegt oben und hat so Kopfweh dass er nicht aufstehen will",
  "Zur Ausschreibung Sachbearbeiter Bauamt: wann ist Bewerbungsschluss? Ansonsten pfeift es bei uns im Kellergang seit 20 min an der Hauptleitung und es müffelt nach Knoblauch und Ei",
  "Campingplatz am Stausee: im Wohnwagen neben uns läuft die Heizung mit der Flasche, es riecht komisch bis zu uns, Tür und Fenster zu, drinnen bellt der Hund wie verrückt und keiner macht auf",
  "Nachbarin ruft übern Flur, ihre Herdflamme ist ausgegangen und der Drehknopf lässt sich nicht mehr zudrehen, man riecht es schon im ganzen Stockwerk",
  "Mir geht es gut, ich bin draußen. Aber meine Mitbewohnerin schläft noch im Zimmer neben der Küche und da stinkt es seit dem Kochen nach Ei, jetzt hat sie die Tür zu und reagiert nicht aufs Klopfen",
  "Ich wollte eigentlich fragen wann das Hallenbad wieder aufmacht. Aber grad ist ein Motorradfahrer in der Kurve am Steinbruch weggerutscht und in die Leitplanke, Helm ist ab, er liegt da",
  "Parkhaus Altstadt: ein Auto ist im 3. Stock durch die Brüstung und hängt halb raus, unten laufen Leute vorbei",
  "Bei der Stellenausschreibung Hausmeister steht „körperlich belastbar“ – lustig, unser Hausmeister liegt gerade im Heizungskeller auf dem Boden und reagiert nicht auf Ansprache",
  "lag grad im garten, jetzt hab ich so ne enge in der brust und mir wird schwarz vor augen, bin allein, ahornweg 7",
  "Die Parkgebühren am Friedhof sind echt zu teuer. Außerdem liegt dort gerade ein alter Mann zwischen den Gräbern und spricht nicht, am Hinterausgang Richtung Kapelle",
  "Schönes Foto vom Rathaus im Schnee! Bei mir vorm Fenster, im Bushäuschen Mozartstraße, saß seit einer Stunde eine Frau zusammengekauert, jetzt ist sie zur Seite gekippt und hat erbrochen",
  "Mir selbst gehts gut, aber meine Beifahrerin ist beim Warten im Stau auf der Umgehung plötzlich weggesackt und hat ganz kalten Schweiß, sie antwortet nur noch lallend",
  "ich sitz am wehr bei der alten mühle und trau mich heut endlich, hab genug getrunken. kümmert euch bitte um meinen hund",
  "Lob an die Stadtbücherei! Leider: der Mann, der da immer am Fenster sitzt, hat mir vorhin gesagt, er hat alles verschenkt und geht heute Abend in den Baggersee. Er meinte es ernst",
  "Keinem würde es auffallen wenn ich jetzt vom Kirchturm springe. Ich bin schon oben.",
  "Die Behörde hat meinen Antrag zum dritten Mal abgelehnt. Ich hab das Auto in der geschlossenen Garage laufen lassen und sitz drin, werd langsam müde",
  "Der Nachbar unter mir hat vorhin geklopft, sich verabschiedet und mir sein Katzenfutter gebracht, er werde ab heute nicht mehr gebraucht. Jetzt hör ich nichts mehr bei ihm, Tür zu",
  "hab vor ner halben stunde 40 von den dingern geschluckt, wollt nur dass es jemand weiß",
  "Weihnachtsmarkt ist schön – aber im Bus hab ich eben gehört, wie einer zu seinem Kumpel gesagt hat, er fährt heute Abend mit dem Transporter in die Buden, „wie in Berlin“. Ist an der Haltestelle Markt raus, graue Jacke",
  "Wegen der Müllabfuhr: euer Fahrer wird morgen nicht mehr so frech sein, meine Armbrust ist schon eingeschossen.",
  "Kommentar zur Stellenanzeige Kämmerei: Bewerbung geht raus. Und an den Kämmerer persönlich: ich weiß welches Auto du fährst, Bremsleitungen halten nicht ewig",
  "Stadtbus Linie 3: ein Mann hält dem Busfahrer eine abgebrochene Flasche an den Hals, Bus steht an der Haltestelle Südring",
  "Zum Foto vom neuen Rathausvorplatz: genießt ihn, bald fliegt der Kasten in die Luft. Das Paket ist schon drin.",
  "Mein 15-jähriger Sohn hat in seinem Zimmer eine Liste mit Namen von Mitschülern und ein Messer, im Klassenchat schreibt er „morgen ist Zahltag“. Ich hab Angst",
  "Danke für die Info zur Straßensperrung. An die Radler hier: ich spann heute Nacht Draht auf Halshöhe über den Radweg am Kanal, mal sehen wer dann noch rast",
  "wer im stadtrat für das heim gestimmt hat kriegt heute nacht besuch, adressen hab ich",
  "Hab ne Frage zum Fotowettbewerb, aber zuerst: am Rheinufer Höhe Fähranleger treibt ein Mann im Wasser, ruft und wird immer weiter rausgezogen",
  "Auf dem Marktplatz vorm Brunnen ist was aufgebrochen, es sprudelt aus dem Pflaster und spült die Steine weg, die ersten Weihnachtsbuden stehen schon im Wasser",
  "Kleiner Junge mit Schlauchboot auf der Kinzig, die Strömung zieht ihn Richtung Wehr, ein Paddel ist schon weg",
  "Zur Ratssitzung wegen Hochwasserschutz: beeilt euch lieber, gerade läuft die Lauter über die Ufermauer an der Gerberei und steht in der Altstadtgasse schon wadenhoch, steigt weiter",
  "Mei Mo is beim Fischn vom Steg grutscht, der See is eiskoid und er kimmt nimmer an d'Leiter hi",
  "Pappelreihe am Sportplatz schwankt extrem, eine ist halb umgedrückt und lehnt an einem Flutlichtmast, Jugendtraining läuft noch",
  "Hochhaus Parkring 12: der Aufzug hängt zwischen 7. und 8. Stock, drin ist eine Mutter mit Baby, der Notrufknopf geht nicht",
  "Tolle Bühne fürs Stadtfest – aber die Tribüne links wackelt, eine Stütze ist abgeknickt und da sitzen gerade 200 Leute drauf",
  "Das Dach der Bushaltestelle Marktplatz hängt an einer Seite runter, das Glas ist gesprungen und hängt lose über den Wartenden",
  "Weihnachtsmarkt: die Lichterkette am Eingangsbogen ist runtergekommen, liegt in einer Pfütze und es funkt, die Leute laufen drüber",
  "Bei uns am Haus ist alles ok, aber die Ampel vorm Seniorenheim gegenüber zeigt den Autos nur noch grün, die Fußgänger haben gar kein Licht mehr und da stehen Leute mit Rollator",
]);

/** Look-alikes that still raise an alarm (17). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Großes Lob an die Freiwillige Feuerwehr für die Übung am Samstag an der Grundschule! Der Rauch war ja nur aus der Nebelmaschine, die Kinder fanden es toll",
  "Frage zum Wohngeldformular: muss ich das Einkommen vom letzten Jahr angeben? Meine Nachbarin sagt, seit ihr Mann 2019 verunglückt ist bekommt sie mehr.",
  "Kann man bei der Stadt Brennholz kaufen? Die Kiefer, die im Herbst am Waldrand umgefallen ist, wurde ja schon zersägt",
  "Hallo, bin neu in der Bachstraße. Stimmt es, dass die Straße 2013 beim Hochwasser überflutet war? Muss ich mir Sorgen machen oder wurde seitdem was gebaut?",
  "Die Ampel an der Kreuzung Ring war heute früh kurz aus, ging aber nach 5 Minuten wieder, nur zur Info",
  "bin ich der einzige der im neuen kreisverkehr jedes mal fast nen herzinfarkt kriegt? wer hat den geplant",
  "Zum Foto vom Stadtweiher: im Februar sind da zwei Jugendliche eingebrochen und wurden rausgeholt, gut dass jetzt endlich Schilder stehen.",
  "Der Rauchmelder in unserer städtischen Wohnung piept alle 30 Sekunden einmal kurz, Batterie ist wohl leer. Tauscht die der Hausmeister oder ich?",
  "Wasser im Keller? Nein, diesmal nicht 😅 Ich wollte nur fragen, ob die Sandsäcke vom Bauhof noch abgeholt werden, die stehen seit dem Frühjahr bei uns im Hof.",
  "Die Kanalreinigung hatte gestern bei uns die Gullydeckel offen, war aber alles abgesperrt und jetzt sind sie wieder drauf. Wer zahlt das eigentlich, die Anlieger?",
  "Bei meiner Schwester in Passau ist die Straße überflutet, bei uns hier ist alles trocken. Kann man von hier aus irgendwie helfen, Spenden oder so?",
  "Was kostet eigentlich ein Feuerwehreinsatz, wenn die Katze auf dem Baum sitzt? Fragt für einen Freund, die Katze ist inzwischen von selbst wieder runter 🐈",
  "Die Stromleitung, die beim Sturm runtergekommen ist, hängt ja jetzt wieder oben, danke an den Netzbetreiber! Kommt ihr auch noch die Straßenlaterne reparieren?",
  "Zur Ratssitzung: ist der Tagesordnungspunkt „Sicherheitskonzept Amokalarm an Schulen“ öffentlich?",
  "Wird die Baustelle wegen dem Rohrbruch in der Goethestraße bald fertig? Seit zwei Wochen ist da ein Loch mit Bauzaun, total nervig mit dem Kinderwagen.",
  "Ich würde mich gern als Ersthelfer fürs Stadtfest melden, wo kann ich mich eintragen?",
  "Mein Nachbar erzählt, dass in der Stadthalle in den 80ern mal ein Gerüst eingestürzt ist. Gibt es dazu was im Stadtarchiv?",
]);

describeBlindDangerSet({
  name: "blind set 17",
  reports: DANGER_BLIND_REPORTS_17,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.78,
  mostAlarms: 17,
  leastRightCategory: 0.66,
});
