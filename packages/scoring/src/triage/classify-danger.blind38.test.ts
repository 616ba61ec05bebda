import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_38 } from "./danger-blind-reports-38.js";

/*
 * The danger step on the thirty-eighth set of comments written without
 * looking at its lexicon (see danger-blind-reports-38.ts): neighbourhoods
 * and homes (tenants of large estates, shared flats, neighbours hearing
 * through walls, domestic violence and stalking, caretakers, homeless and
 * refugee shelters, delivery drivers at doors, night-shift workers, people
 * with disabilities and their assistants), the danger often told by what is
 * seen, heard or smelt. Measured before anything was changed for it, the
 * lists found 136 of the 180 dangers (recall 0.756) and raised 11 false
 * alarms on the 60 look-alikes. The danger model of that day (trained on
 * sets up to 37), not trained on the set, raised recall to 0.961 with 11
 * alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (44). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Ich bin Zustellerin. An der Kreuzung Am Wiesengrund hat gerade ein Lkw beim Abbiegen ein Kind auf dem Fahrrad erwischt, das Rad liegt unterm Reifen und das Kind schreit.",
  "hallo ich steh hier an der Bushaltestelle Rosenhöhe da ist gerade ein Bus gegen das Wartehäuschen gefahren und da liegen Leute unter dem Glas bitte kommen Sie schnell",
  "in der tiefgarage von haus 12 hat einer rückwärts ne frau an die wand gedrückt, sie steckt zwischen stoßstange und pfeiler fest",
  "Lieferwagen rollt gerade führerlos die Hangstraße runter Richtung Spielplatz!!!",
  "auf dem heimweg gesehen: die gartenlaube hinterm kleingartenverein glüht rot und es knallt dauernd, als würden spraydosen platzen",
  "In der Waschküche hat jemand Eimer mit Putzmitteln zusammengekippt, es steigt gelblicher Dampf auf und brennt in den Augen und im Hals.",
  "Im Zelt nebenan haben welche einen Holzkohlegrill zum Heizen reingestellt, jetzt liegen sie drin und sind kaum wach zu kriegen",
  "Bin Fahrer vom Lieferdienst, in der Senke Am Auegrund kommt keiner mehr durch, das Wasser reißt Mülltonnen mit und eine Frau steht auf ihrem Autodach.",
  "Die Regenrinne ist übergelaufen und jetzt plätschert es durch die Decke direkt in den Sicherungskasten im Flur.",
  "Baum auf Spielplatzweg, Kinder drunter?",
  "durch die wand hör ich seit einer stunde wie der typ nebenan seine freundin anbrüllt dass er sie totschlägt wenn sie nochmal geht, jetzt ist es auf einmal ganz still",
  "Mein Ex steht jeden Abend unten vor dem Haus. Heute kam eine Nachricht: ‚Ich weiß, welches Fenster deins ist. Bald komm ich hoch.‘ Ich habe Angst.",
  "In der Unterkunft hat ein Bewohner heute einem anderen ein Messer an den Hals gehalten und gesagt, heute Nacht bringt er es zu Ende. Security ist nicht da.",
  "Nachbar von oben sagt zu meine Frau, er wird uns alle anzünden wenn Kinder noch mal laut sind. Er hat Benzinkanister im Keller stehen.",
  "Ick sag's nur eenmal: Wenn der Vermieter nochmal hier uffkreuzt, kricht der wat mit der Latte. Det schwör ick.",
  "bitte helfen Sie meine Schwester wohnt in der Talstraße 40 ihr Mann hat gesagt wenn sie die Scheidung einreicht sieht sie die Kinder nie wieder lebend und er hat eine Waffe im Schrank",
  "Im Hausflur hat der Mann aus dem 5. Stock gerade laut telefoniert, dass er dem Nachbarn von unten heute Abend die Fresse einschlägt und seine Jungs mitbringt.",
  "Meine Mitbewohnerin wird von ihrem Ex verfolgt. Heute stand er im Treppenhaus und hat gesagt, er wartet, bis sie allein ist, und dann ist Schluss. Sie traut sich nicht mehr raus.",
  "an die wohnungsgesellschaft: euer typ der die zaehler abliest soll sich hier nicht mehr blicken lassen sonst geht er die treppe runter und zwar kopfueber",
  "Die Frau aus dem Zweiten mit ihrem Kläffer soll sich mal überlegen, wie lange sie noch ruhig schlafen will. Rattengift hab ich genug für Hund und Frauchen.",
  "Mein Sohn hat im Gruppenchat vom Jugendtreff gelesen, dass zwei Jungs morgen nach der Schule einen Mitschüler ‚abstechen‘ wollen. Sie haben sogar Fotos von Messern geschickt.",
  "Mein Mann sagt heute Nacht er macht mich kaputt wenn ich Polizei rufe. Er hat schon mein Handy einmal gegen Wand geworfen und die Tür abgeschlossen, Schlüssel in seine Hose. Kinder schlafen in Zimmer neben. Ich schreibe heimlich vom Tablet von meine Tochter. Bitte nicht anrufen, nur kommen. Wohnung 12, Haus 4, Klingel ohne Namen.",
  "Komm um 5 von der Schicht, vor unserem Eingang sitzen drei Typen und warten auf die Frau aus dem Erdgeschoss. Einer hat gesagt, heute kriegt sie ihre Abreibung, bis sie nicht mehr aufsteht.",
  "Ich habe heute die Wohnung aufgeräumt, die Katze zur Nachbarin gebracht und alle Tabletten liegen vor mir. Ich wollte nur, dass jemand weiß, dass es niemandes Schuld ist.",
  "Mein Cousin schreibt mir Abschied, er sagt in Deutschland kein Leben für ihn, er steht auf Balkon 9. Stock. Bitte schnell, Hochhausring 2.",
  "Ich hab die Kuendigung bekommen, die Wohnung ist auch weg. Ich hab beschlossen, dass ich den Auszugstermin nicht mehr erleben werde. Macht euch keine Muehe.",
  "Lieferfahrer hier: Auf der Brücke über die B 27 klettert ein junger Mann gerade übers Geländer. Seine Schuhe hat er ordentlich nebeneinander auf den Gehweg gestellt.",
  "komm grad heim, meine nachbarin sitzt im 6. stock auf dem fensterbrett mit den beinen nach draußen und sagt sie will nur noch den sonnenaufgang sehen",
  "mein kleiner bruder (15) postet seit tagen sachen wie ‚bald bin ich weg‘, heute hat er handy und konsole verschenkt und ist mit rucksack raus, keiner weiß wohin",
  "Seit meine Nachbarin ihren Mann verloren hat, sagt sie nur noch, dass sie ihn bald besucht. Eben hat sie alle Herdplatten aufgedreht, ohne Flamme, und sitzt in der Küche daneben.",
  "hab mir grad ne flasche wodka mit den pillen von meiner oma reingekippt, will nur dass es aufhört",
  "Liebe Nachbarn aus dem Haus Nummer 6, danke für die letzten Jahre, vor allem an Frau Yilmaz für die Suppe im Winter. Meine Sachen sind verteilt, der Schlüssel liegt beim Hausmeister im Briefkasten, die Miete für den Monat ist bezahlt und der Hund ist bei meiner Schwester. Ab morgen müsst ihr euch um mich keine Sorgen mehr machen.",
  "Ein Mann aus unserer Notschlafstelle hat sich heute Kabelbinder und eine Plastiktüte gekauft und gesagt, das ist sein Ticket raus. Er ist seit Stunden verschwunden.",
  "Mei Mudder kriecht kaa Luft mehr, die Libbe sin ganz blau. Mir wohne im Waldweg 4, bitte schnell!",
  "Durch die Wand hab ich eben einen dumpfen Schlag gehört, seitdem ruft meine alte Nachbarin ganz leise um Hilfe, aber sie kommt nicht zur Tür.",
  "Mein Vater hat sehr starke Schmerzen im Bauch, Bauch ist ganz hart, er spuckt Blut. Wir haben kein Auto.",
  "Bin Lieferfahrer. Der Kunde hat aufgemacht und ist mir direkt vor die Füße gekippt, er atmet nur noch ab und zu. Ich drück auf seine Brust, wo bleibt ihr?",
  "Opa sitzt im Sessel und redet plötzlich nur noch Silben, sein rechter Arm fällt einfach runter, wenn er ihn hebt.",
  "Meine Kleine (3) hat Spülmaschinentabs in den Mund gesteckt, sie spuckt und weint und innen ist alles rot.",
  "Guten Morgen, hier schreibt der Hausmeister der Siedlung Am Hang. Die Stützmauer zwischen Parkplatz und Gehweg hat sich über Nacht nach vorne gewölbt, unten rieseln schon Steine und Erde raus, und oben stehen die Autos der Mieter direkt an der Kante. Der Schulweg führt genau daran vorbei, in einer halben Stunde kommen die ersten Kinder. Wer kann das absperren?",
  "Die Brüstung vom Laubengang im 3. Stock ist locker, man kann sie mit einer Hand hin und her schieben. Da spielen ständig Kinder.",
  "Bei uns in der Altbau-WG hängt die Flurdecke seit gestern durch, es rieselt Putz und die Balken knacken.",
  "In der Turnhalle, wo wir schlafen, ist der Notausgang seit drei Tagen mit einer Kette abgeschlossen und die grünen Schilder sind dunkel.",
  "Paketfahrer hier: In der Ladezone hinter dem Einkaufszentrum ist ein Schachtdeckel eingebrochen, mein Hinterrad hing drin. Die Fußgänger laufen einfach drüber.",
]);

/** Look-alikes on which the lists alone still raise an alarm (11). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Danke an die Feuerwehr für die Übung heute in unserer Wohnanlage! Der Rauch aus der Nebelmaschine sah echt aus, die Kinder fanden es super.",
  "Mein Nachbar grillt jeden Sonntag so, dass es riecht, als würde das halbe Viertel brennen. Dafür kriegt er aber auch immer Besuch 😄",
  "Habt ihr gesehen, in Hamburg wurde gestern ein ganzes Hochhaus wegen Gasgeruch evakuiert? Zum Glück ist bei uns alles ruhig.",
  "Danke für Deutschkurs in Unterkunft. Lehrerin ist Bombe! Wir lernen sehr viel.",
  "Vor 20 Jahren ist die alte Linde am Dorfplatz im Sturm umgefallen. Schön, dass jetzt endlich eine neue gepflanzt wurde!",
  "Unsere WG-Pflanze lässt schon wieder alle Blätter hängen, ich glaub die will einfach sterben. Jemand Tipps?",
  "Die Nachbarskinder spielen seit einer Stunde Räuber und Gendarm und brüllen ‚Ich erschieß dich!‘ durch den Hof. Herrlich, wie früher.",
  "Heute Sicherheitsbelehrung in der Unterkunft: Was tun bei Gasgeruch, Feuer und Hochwasser. Sehr gut erklärt, auch mit Bildern für alle, die noch kein Deutsch können.",
  "Die Kita-Kinder haben heute mit der Polizei das Überqueren an der Ampel geübt. Soo süß, wie alle die Hand gehoben haben. Früher hatten wir an der Kreuzung ja fast jede Woche einen Unfall, seit die Ampel steht und der Blitzer hängt, ist Ruhe. Danke an alle, die sich damals im Ortsbeirat so lange dafür eingesetzt haben!",
  "Haha, der Wasserrohrbruch im Büro meines Mannes hat ihm einen freien Tag beschert. Ist längst repariert, aber er feiert es immer noch.",
  "Was muss man eigentlich tun, wenn man in der Wohnung Gas riecht? Frage nur vorsorglich, wir ziehen nächsten Monat in eine Wohnung mit Gasherd.",
]);

describeBlindDangerSet({
  name: "blind set 38",
  reports: DANGER_BLIND_REPORTS_38,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.75,
  mostAlarms: 11,
  leastRightCategory: 0.62,
});
