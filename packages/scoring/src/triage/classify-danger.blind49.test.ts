import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_49 } from "./danger-blind-reports-49.js";

/*
 * The danger step on the forty-ninth set of comments written without
 * looking at its lexicon (see danger-blind-reports-49.ts): people passing
 * through or new to a town, who do not know its street names — train and
 * bus passengers, lorry and delivery drivers, tourists and campers,
 * cyclists, festival visitors, seasonal workers, new students, refugees in
 * their first months — and relatives far away worried about someone in it.
 * They name places by landmarks, apologise, write simple German or some
 * English (the English comments are in the set; the step reads German).
 * Measured before anything was changed for it, the lists found 132 of the
 * 180 dangers (recall 0.733) and raised 6 false alarms on the 60
 * look-alikes; lists and the danger model trained on sets up to 39 found
 * 172 (0.956) with 8 alarms. With today's lists (133) and the model
 * trained on sets up to 47 (threshold 0.65): 176 (0.978), with 8 alarms.
 * The set is not in the model's training.
 */

/** Dangers the lists alone still miss (47). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "sorry my german is bad. car hit a boy on bicycle near the train station, the one with the red roof. he is on the ground and crying, his leg looks wrong",
  "Auf dem Festgelände ist ein Teil von der Bühnentraverse runtergekommen, mehrere Leute liegen darunter, die zwei Sanis sind total überfordert",
  "Am Bahnübergang hinter dem Baumarkt hat unser Zug gerade ein Auto erwischt. Ich sitze im Zug, wir stehen, draußen sieht man das Auto zerdrückt an der Böschung und jemand bewegt sich drin.",
  "Pferdekutsche beim Weinfest durchgegangen und in die Menge vor dem Brunnen rein!!! Leute liegen",
  "Entschuldigung falls falsch hier. Ein Auto ist die Böschung beim Sportplatz runter und liegt auf dem Dach in der Wiese, die Scheinwerfer sind noch an. Ich sehe niemanden rauskommen.",
  "ich wohne erst seit 2 wochen im studentenwohnheim, unten im gemeinschaftsraum piept es und stinkt nach geschmolzenem plastik, der flur ist schon ganz grau",
  "hello we are tourists in the holiday flat above the bakery. the smoke alarm in the flat below is ringing for 15 min and we smell smoke, nobody opens the door",
  "in the hostel bathroom there is an old gas water heater. since we showered my friend and me both have headache and feel dizzy and the little detector is beeping",
  "Im Wohnwagen meiner Eltern auf dem Campingplatz hat der Melder gepiept und beide sind total benommen, ist das CO? Sie sitzen jetzt draußen, aber der Wagen steht mitten zwischen anderen.",
  "Vom Güterzug auf dem Abstellgleis beim Silo kommt eine weiße Wolke, riecht wie Salmiak, wir stehen auf dem Bahnsteig gegenüber und kriegen schlecht Luft",
  "Ich putze im Hotel als Saisonkraft. Meine Kollegin hat Chlorreiniger und Entkalker zusammengekippt, der ganze Flur stinkt und wir husten alle, Gäste schlafen noch",
  "Auf dem Acker neben dem Radweg an der Bahnlinie spritzt ein Bauer irgendwas, die Wolke zieht direkt rüber und wir Radfahrer kriegen kaum Luft, die Augen tränen",
  "Faule-Eier-Geruch in der ganzen Siedlung hinterm Bahnhof, seit einer Stunde immer stärker. Ist das normal bei euch? Ich wohne erst seit Montag hier.",
  "someone fell through the ice on the pond in the park behind the castle, he is holding on the edge, please hurry",
  "Meine Mutter wohnt bei euch im Erdgeschoss am Mühlbach, die Straße direkt am Wasser. Sie hat gesagt, das Wasser kommt schon unter der Tür durch, und dann war die Leitung tot. Ich erreiche sie nicht mehr.",
  "hello, on the camping ground next to the river the water came up very fast in the night, our tent is in water and the cars start to float",
  "Unser Bus steht in der Senke nach dem Kreisel mit dem Brunnen und das Wasser kommt jetzt durch die Türen rein. Der Fahrer sagt wir sollen sitzen bleiben. Ist das richtig??",
  "Auf dem Radweg an der Bahnlinie Richtung Nachbarort liegt eine große Buche quer, genau nach einer Kurve, wir wären fast reingefahren. Es wird dunkel.",
  "Birke auf den Bahnschienen, kurz hinter dem Bahnübergang beim Sportplatz, ich weiß nicht, wann der nächste Zug kommt",
  "There is a huge broken branch hanging over the bike path along the river, near the wooden bridge. It swings in the wind. almost fell on my friend",
  "Ich bin Saisonarbeiter. Der Vorarbeiter hat gesagt, wenn einer von uns wegen dem Lohn zur Polizei geht, kommt er mit seinen Leuten und bricht uns die Knochen. Heute Abend will er in die Unterkunft kommen.",
  "guys there is a fight near the club next to the bus station, like 5 men beating one guy on the ground, kicking his head",
  "Meine Schwester wohnt bei euch und ihr Ex steht seit Tagen vor ihrem Haus. Er hat ihr geschrieben, dass sie den Sommer nicht überlebt. Sie traut sich nicht mehr raus. Ich wohne in Köln, was kann ich tun?",
  "Ein Mann schlägt gerade eine Frau auf dem Parkplatz hinter dem Edeka, sie schreit, er zerrt sie an den Haaren Richtung Auto",
  "Ich liefere Pakete aus. Ein Kunde im gelben Haus hinter der Tankstelle hat mir eine Pistole an den Kopf gehalten und gesagt, wenn ich noch mal klingle, knallt's. Ich sitze im Wagen und zittere, er steht noch am Fenster.",
  "Jemand hat in die Gruppe von unserem Sprachkurs geschrieben, morgen kommt er in die Schule und „erledigt“ die Lehrerin, weil sie ihn durchfallen lassen hat. Die anderen lachen, aber ich habe Angst.",
  "my boss at the farm said he will shoot the next worker who takes a break. he has a rifle in the truck. we are in the strawberry field near the big windmill",
  "Auf dem Weihnachtsmarkt hat ein Typ gerade gesagt „heute knallt's hier, ihr werdet schon sehen“ und hatte so einen schweren Rucksack, er ist Richtung Kirche gegangen",
  "my friend, exchange student, just sent me a voice message from the railway bridge over the river, saying goodbye to everyone. please someone go there",
  "Verschenke mein Fahrrad, meine Gitarre und alle Bücher, abholen morgen vor dem Wohnheim. Ich brauch das alles nicht mehr. Danke an die paar Leute, die hier nett zu mir waren.",
  "Ich bin als Saisonkraft hier, die Schulden zu Hause sind zu viel. Heute Abend gehe ich zum See und komme nicht zurück. Bitte sagt meiner Familie nichts.",
  "Im Hostel neben mir weint ein Mädchen seit Stunden im Bad, jetzt hat sie abgeschlossen und sagt durch die Tür, sie hat sich geschnitten und will, dass es endlich aufhört. Was soll ich tun",
  "Mein Mitbewohner, sehr still, erst seit Winter in Deutschland, hat heute seine Sachen an uns verteilt und einen Brief an seine Mutter auf den Tisch gelegt. Jetzt ist er weg, sein Handy liegt hier. Er hat oft von der Brücke gesprochen.",
  "I dont know anyone here. I wrote letters to my family. Tonight I will go to the train tracks. sorry for writing here",
  "Habe den Brief für meine Kinder geschrieben. Die Klingen liegen bereit. Nur damit es jemand weiß.",
  "Erntehelfer auf dem Erdbeerfeld hinter der Windmühle umgekippt, ganz heiß und rot, redet wirres Zeug. 35 Grad hier draußen",
  "hello, my baby drank from the cleaning bottle in the holiday apartment, she is vomiting and very sleepy, what do I do",
  "Wir haben beim Wandern Pilze gesammelt und in der Ferienwohnung gegessen, jetzt haben zwei von uns starke Krämpfe und erbrechen ständig",
  "Schwangere Frau in der Unterkunft hat ganz viel Blut verloren, sie liegt im Zimmer und ist weiß im Gesicht. Wir haben kein Auto und sprechen nicht gut Deutsch",
  "Nasenbluten hört seit über einer Stunde nicht auf, mein Vater nimmt Blutverdünner und wird schon ganz schwach. Wir sind nur zu Besuch und kennen keinen Arzt hier",
  "the railing on the footbridge over the river near the hostel is broken, a whole part is missing, kids are running there",
  "Ich bin Fernfahrer. Auf der Umgehungsstraße nach dem Kreisel mit dem Brunnen ist ein Loch in der Fahrbahn, so tief, dass mein Vorderrad drin war. Die PKW knallen da mit 80 rein.",
  "Die Mauer am Hang neben dem Schulweg beim Wasserturm wölbt sich und es rieseln Steine auf den Gehweg",
  "Der Balkon im Haus gegenüber vom Bahnhofshotel hängt schief und es bröckelt, darunter ist der Eingang zur Bäckerei",
  "Sorry, I dont know the street name. Near the school with the blue fence there is a big hole in the sidewalk after the rain, the ground is gone under the stones",
  "Fußgängerampel vor dem Altenheim zeigt grün und die Autos haben auch grün",
  "Wir sind auf Durchreise mit dem Wohnmobil: die Schranke am Bahnübergang bei der Molkerei ist abgebrochen und liegt am Rand, und die Lichter blinken auch nicht mehr",
]);

/** Look-alikes on which the lists alone still raise an alarm (6). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Unser Zug hatte heute eine Stunde Verspätung wegen „Notarzteinsatz am Gleis“. Weiß jemand, was passiert ist? Hoffentlich geht es allen gut.",
  "Erntehelfer gesucht für die Saison – die Arbeit ist hart, bringt Sonnencreme mit, sonst verbrennt ihr auf dem Feld wie Fackeln 😅",
  "Warum ist der Spielplatz beim Campingplatz noch abgesperrt? Der morsche Baum ist doch gefällt und alles sieht sicher aus. Wann dürfen die Kinder wieder rein?",
  "Der Schacht vor dem Hotel, der offen war, ist jetzt mit einem Gitter und Baken abgesperrt, die Arbeiter sind dran. Danke für die schnelle Reaktion.",
  "Bin heute vom Fahrrad gefallen, nur ein aufgeschürftes Knie, Pflaster drauf, weiter geht die Tour nach Passau 🚴",
  // "bringt sich um" at the end of its clause is self-harm, as "ich bring mich um, wenn …" always was; the joke is told by
  // "immer" and 🙄 alone ("Der Nachbar sagt, er bringt sich um, wenn die Zwangsräumung kommt" is meant).
  "Meine Mitbewohnerin sagt immer, sie bringt sich um, wenn sie noch einmal das Geschirr von den anderen spülen muss 🙄 WG-Leben halt.",
]);

describeBlindDangerSet({
  name: "blind set 49",
  reports: DANGER_BLIND_REPORTS_49,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.73,
  mostAlarms: 6,
  leastRightCategory: 0.63,
});
