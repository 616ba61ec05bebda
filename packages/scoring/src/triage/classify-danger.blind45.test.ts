import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_45 } from "./danger-blind-reports-45.js";

/*
 * The danger step on the forty-fifth set of comments written without
 * looking at its lexicon (see danger-blind-reports-45.ts): the night —
 * messages sent between 10 pm and 6 am by night-shift workers, people who
 * cannot sleep, parents up with a sick child, people on the way home from
 * parties, late dog walkers, neighbours woken by noise, smells or light,
 * passengers at empty stations, and a few who write in the morning about
 * what they noticed in the night.
 * Measured before anything was changed for it, the lists found 140 of the
 * 180 dangers (recall 0.778) and raised 9 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 39),
 * not trained on the set, raised recall to 0.956 with 11 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (40). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "taxifahrer hier. auf der b27 richtung ortsausgang steht ein auto quer auf der fahrbahn, motorhaube eingedrückt, warnblinker aus. man sieht es erst im letzten moment. 112 geht nicht, funkloch",
  "Sprachnachricht: ja hallo äh ich steh hier am kreisel beim aldi und da ist grad einer mit dem fahrrad in den lieferwagen von der bäckerei rein und der liegt jetzt da halb drunter äh bitte kommen sie schnell",
  "bitte streife an die hauptstraße höhe dönerladen, e-scooter mit zwei leuten drauf ist gegen den bordstein, die eine liegt mit dem gesicht auf dem asphalt und reagiert kaum",
  "heller schein über dem wald richtung sportplatz und es riecht stark nach holzrauch. das ist kein lagerfeuer, dafür ist es viel zu groß",
  "in der tiefgarage ist die luft blau und es stinkt nach abgas, irgendwo läuft seit ewig ein motor und die lüftung ist aus, mir brennen die augen",
  "seit mitternacht hängt überm campingplatz am see so ein geruch wie propan, wird immer stärker, irgendwo ist eine flasche offen",
  "hab grad vom steg aus gesehen wie einer von der party ins hafenbecken gesprungen ist und nicht mehr hochkommt, seine freunde sind voll und lachen noch",
  "Sprachnachricht: äh ja wir sind am see beim badestrand und unser freund ist rausgeschwommen und wir hören ihn nicht mehr rufen, es ist so dunkel man sieht gar nichts",
  "der fluss steht fast auf höhe der fußgängerbrücke und da sitzen besoffene jugendliche auf dem geländer mit den füßen überm wasser",
  "in der kneipe läuft seit wir zu haben wasser aus der spülmaschine, alles schwimmt und unten in der küche liegen die kabel vom starkstromherd",
  "ich hör vom garten nebenan platschen und ein kleines kind weinen, dann plötzlich still. die haben einen pool ohne abdeckung und die eltern schlafen glaub ich",
  "die linde am marktplatz hat sich zur seite gelegt, die wurzeln heben das pflaster hoch und sie lehnt jetzt auf der stromleitung",
  "der sturm hat den baum vor der nr. 14 halb rausgerissen, er lehnt jetzt am hausdach und drückt die regenrinne ein",
  "schreibe leise. jemand ist unten in der wohnung, ich hab eine scheibe klirren hören und jetzt schritte. ich hab mich im schlafzimmer eingeschlossen",
  "ein kunde beim döner hat grad gesagt er kommt in einer halben stunde mit seinen leuten zurück und zündet den laden an, mit uns drin",
  "taxi 12. fahrgast drückt mir von hinten was spitzes in den nacken, ich soll richtung steinbruch fahren. schreibe an der roten ampel",
  "meine tochter schreibt von einer party am sonnenhang dass da einer sagt er hat eine waffe und niemand darf gehen, sie hat sich im bad eingeschlossen",
  "hab im stream-chat mitgelesen wie einer ankündigt jetzt zu seiner ex zu fahren und sie 'fertig zu machen', er hat ihre adresse gepostet, die ist hier bei uns im ort",
  "ein mann geht mir seit der haltestelle nach, jetzt steht er unten an der haustür und hat gesagt er wartet bis ich rauskomme und dann bin ich dran",
  "ich kann nicht mehr. alle tabletten aus dem badschrank liegen vor mir und ich schreib das nur damit jemand weiß warum",
  "mein mitbewohner hat vor einer stunde gesagt dass das heute seine letzte nacht ist, jetzt ist er weg und auf seinem schreibtisch liegt ein brief an seine eltern",
  "meine schwester hat mir um 2 eine sprachnachricht geschickt in der sie sich bei allen bedankt und sagt dass sie jetzt geht. sie geht nicht ran. sie wohnt allein in der rosenstraße",
  "die letzten nachrichten von papa klingen wie ein abschied, er schreibt wo die versicherungsunterlagen liegen und dass ich stark sein soll. er geht nicht ans telefon",
  "stehe am see auf dem steg und überlege einfach reinzulaufen. ich kann nicht schwimmen. keine ahnung warum ich das hier poste",
  "sorry an alle. das auto läuft in der garage und das tor ist zu. ist besser so",
  "meine freundin schreibt im gruppenchat dass sie heute nacht auf die gleise geht wenn er nicht zurückkommt, letzter standort bahnhof süd",
  "taxifahrer, hab eben eine junge frau an der autobahnbrücke rausgelassen weil sie drauf bestanden hat. beim aussteigen sagt sie danke für alles, jetzt bin ich frei. ich dreh um aber bitte schickt auch wen",
  "hab heute abend alle meine sachen verschenkt und die katze zur nachbarin gebracht. ich bin fertig mit allem. wollte das nur noch loswerden",
  "mein sohn (15) hat auf insta ein foto von einem haufen pillen gepostet mit 'gute nacht für immer'. er ist nicht in seinem zimmer",
  "kollege aus der nachtschicht hat sich verabschiedet mit 'sagt meiner frau dass es mir leid tut' und klettert jetzt die leiter am silo hoch, reagiert nicht auf rufen",
  "ich halt die stimmen nicht mehr aus. das messer liegt neben dem bett und heute mach ich es",
  "meine mutter ist seit 23 uhr weg, sie hat gesagt sie will zu papa (der ist vor einem jahr gestorben) und hat ihre ganzen tabletten mitgenommen. vielleicht am friedhof",
  "der kleine (2) hat glaub ich eine knopfzelle verschluckt, würgt und sabbert, die fernbedienung ist offen",
  "meine frau hat gesagt das sind die schlimmsten kopfschmerzen ihres lebens, dann hat sie erbrochen und jetzt ist sie so schläfrig dass sie kaum antwortet",
  "ein element der lärmschutzwand an der umgehung hängt schief und schlägt im wind, sieht aus als kippt es gleich auf die fahrbahn",
  "auf der landstraße ist ein schlagloch so tief dass mein taxi mit dem reifen drin hängen geblieben ist, felge hin. das nächste motorrad fliegt da rein",
  "der balkon über dem eingang von nr. 9 hängt schief und es rieseln brocken auf die haustür",
  "die fußgängerampel am altenheim zeigt grün während die autos auch grün haben",
  "an der bushaltestelle liegt ein dickes kabel ohne isolierung quer über dem weg, bei dem regen funkt es",
  "der holzsteg über den bach im stadtwald hat zwei bretter weniger, da fällt man durch, und ab fünf laufen da die joggerinnen",
]);

/** Look-alikes on which the lists alone still raise an alarm (9). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "baby schreit seit drei stunden, ich könnte jemanden umbringen, aber wenn sie dann endlich schläft ist sie so süß",
  "der gasgeruch von gestern nacht war übrigens die biotonne vom döner nebenan, alles geprüft, sorry für die aufregung",
  "der baum der im märz auf die lindenstraße gefallen ist liegt immer noch zersägt am rand. stört nicht, sieht nur blöd aus, kann das mal wer abholen?",
  "mein kind hatte heute nacht einen fieberkrampf, im krankenhaus war aber alles ok und wir sind wieder zuhause. danke an die nachtschicht der kinderstation",
  "der neue horrorfilm war so krass, da wird einer ertränkt und am ende brennt das ganze haus ab. kann jetzt nicht schlafen lol",
  "wollte nur sagen, die nachtschwestern auf der intensiv sind engel. mein vater hatte einen herzinfarkt und ist jetzt über den berg",
  "letzte nacht war bei uns kurz der strom weg, zwei minuten, dann lief alles wieder. war das bei euch auch?",
  "hab geträumt ich ertrinke und bin schweißgebadet aufgewacht, jetzt sitz ich mit tee auf dem balkon",
  "hab mir heute an der fritteuse die finger verbrannt, nur ein kleines bläschen, kühlpad drauf, alles gut",
]);

describeBlindDangerSet({
  name: "blind set 45",
  reports: DANGER_BLIND_REPORTS_45,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.77,
  mostAlarms: 9,
  leastRightCategory: 0.67,
});
