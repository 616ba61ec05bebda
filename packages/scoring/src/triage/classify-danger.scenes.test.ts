import { describeHarmlessSet } from "../test-support/harmless-set.js";
import { HARMLESS_SCENES } from "./harmless-scenes.js";

/*
 * The danger lists on 400 calm descriptions of a scene written without
 * looking at them (see harmless-scenes.ts): smoke from an allowed fire, an
 * ambulance already gone, a fallen tree the Bauhof already took away, a
 * river high but in its bed. They use a danger's words, and nothing needs a
 * duty officer. The lists raised 67 false alarms on them when they came
 * (16.8 %): a single word ("Rauch", "Krankenwagen", "Feuer") is
 * enough for them, and the calm around it is not read. Those are listed
 * with `it.fails`, so that a change that quiets one shows, and no other
 * scene may raise one.
 */

/** Scenes on which the lists still raise a false alarm (67). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Gerade ist ein Krankenwagen mit Blaulicht die Bahnhofstraße runter, ist aber schon weg. Wollte nur sagen: toll, wie schnell alle Autos Platz gemacht haben 👍",
  "Der Fluss ist ganz schön hoch heute, aber noch gut im Bett. Auf der Brücke standen bestimmt 20 Leute und haben geguckt und fotografiert. Braunes Wasser, viel Treibholz, beeindruckend.",
  "Der umgestürzte Baum am Friedhofsweg ist schon weg! Gestern lag er noch quer, heute früh hat der Bauhof alles zersägt und abgefahren. Respekt, Jungs.",
  "auf gleis 2 standen heut morgen ne ganze gruppe jugendliche, laut aber nett, einer hat ner aelteren frau mit dem koffer in den zug geholfen. gibts also doch noch",
  "Gestern in der Altstadt Rauch gerochen. Bin hin – war der Holzofen vom neuen Flammkuchenlokal. Großartig übrigens.",
  "Riesiger Hubschrauber ist vorhin beim Krankenhaus gelandet, das Geräusch hat man bis in die Weststadt gehört. Die Kinder standen alle am Fenster.",
  "Es hat über Nacht gefroren und auf dem Radweg am Fluss glitzert alles. Streudienst war schon da, Splitt liegt, man kommt gut durch.",
  "Mein Papa (84) ist heut zum ersten Mal nach seinem Sturz im Winter wieder alleine bis zum Bäcker gelaufen. Mit Rollator, aber alleine. Bin so stolz.",
  "Rauch über dem Hang hinterm Weinberg? Das sind die Winzer, die Rebholz verbrennen, ist erlaubt und jedes Jahr so.",
  "Mir hen heut im Garte Kartoffelfeuer gmacht, wie früher. Dr Rauch isch übers ganze Dorf zoge, aber koiner hot sich beschwert 😄",
  "Beim Martinsumzug hat heute eine Papierlaterne Feuer gefangen – war in zwei Sekunden ausgepustet, das Kind hat gelacht und eine neue mit LED bekommen. Schöner Abend.",
  "Auf dem Wochenmarkt steht wieder der Scherenschleifer mit seinem Schleifstein, die Funken fliegen und es quietscht. Hab meine alten Küchenmesser hingebracht, jetzt schneiden sie wieder.",
  "Blick vom Balkon heute früh: Rauch aus allen Schornsteinen, Frost auf den Dächern, ein Eichhörnchen im Baum. Winter ist da.",
  "Meine Enkelin ist gestern beim Eislaufen hingefallen und hat sich eine Beule geholt. Heut ist sie schon wieder auf dem Eis, mit Helm diesmal.",
  "Die Kühe von Bauer Schmid sind heute über die Landstraße getrieben worden, alle Autos haben gewartet, ein paar Kinder haben gestreichelt. Ländliche Idylle 🐄",
  "heut war im treppenhaus so ein brandgeruch. ich hab nachgeschaut: nachbarin hat toast verbrannt 🙈 fenster auf, alles gut.",
  "Dachlawine vom Kirchendach heut Mittag, mit lautem Rumms auf den Gehweg – der war zum Glück abgesperrt, das Band hängt seit gestern. Gut gemacht, Bauhof.",
  "Vorhin auf dem Feldweg: Ein Rettungshubschrauber ist knapp über uns weggeflogen, Richtung Uniklinik. Wir haben gewunken. Hoffe, es geht dem Patienten gut.",
  "In der Unterführung am Bahnhof tropft es seit dem Regen von der Decke, ist aber nur Wasser und der Boden ist trocken gewischt. Vielleicht mal anschauen, wenn Zeit ist.",
  "Im Frühjahr stand bei uns der Keller ein bisschen unter Wasser, die Feuerwehr hat ausgepumpt. Jetzt haben wir eine Rückstauklappe und heute beim Starkregen war alles trocken 👍",
  "Unser Opa hat heut beim Seniorennachmittag erzählt, wie 1956 der Fluss über die Ufer ging und er mit dem Boot zur Schule gefahren ist. Die Kinder haben mit offenem Mund zugehört.",
  "Heute zog der Rauch vom Räucherofen am Forellenhof wieder über das ganze Tal. Es riecht nach geräuchertem Fisch bis zum Bahnhof. Ich liebe es.",
  "Der Sturm hat bei uns nen Ast abgebrochen und der lag auf dem Gehweg. Hab angerufen, eine Stunde später war er weg. Echt schnell.",
  "Bin heut an der Stelle an der Landstraße vorbei, wo seit Jahren das Holzkreuz am Baum hängt. Jemand hatte frische Blumen hingestellt. Schön, dass an den Jungen noch gedacht wird.",
  "Heute war ein Mann mit einer riesigen Schlange im Kindergarten – keine Angst, das war eine Tierschau mit Reptilienpfleger. Die Kinder durften sie streicheln 🐍",
  "Wir sind heute bei der Nachtwanderung vom Schwarzwaldverein mit Fackeln durch den Wald gelaufen. Unheimlich schön, die Kinder haben Gespenstergeschichten erzählt.",
  "Ampel an der Hauptkreuzung blinkt nachts nur gelb, ist das so gewollt? War eh kein Verkehr.",
  "Ein Wespennest unter unserem Dach – der Imker war da und hat es umgesiedelt. Keine Stiche, alle glücklich 🐝",
  "Super Aktion vom Bauhof: die Wurzel vom umgestürzten Baum im Park ist jetzt eine Sitzbank geworden. Die Kinder klettern drauf herum.",
  "Ich geh fast jeden Abend am Fluss spazieren. Heute war das Wasser ganz ruhig und spiegelglatt, nur ein paar Enten haben Spuren gezogen. Dahinter die Lichter der Stadt.",
  "Heut früh auf der Landstraße ein Reh gesehen. Es stand am Feldrand, schaute mich an und ist in den Wald gesprungen. Zum Glück war ich schön langsam unterwegs.",
  "Des Gwitter geschtern hemmer vom Balkon aus agugget, des hot gscheppert, aber bei ons isch nix passiert. Heit scheint d'Sonn wieder.",
  "Heut war i beim Dokta, Bluat abgnomma, Zucker is guad. Dann hob i ma a Brezn gönnt 😄",
  "Der Krankenwagen, der heute Mittag vor der Nummer 5 stand, war ein geplanter Krankentransport. Herr Weber fährt dreimal die Woche zur Dialyse. Also kein Grund zur Sorge, liebe Nachbarn.",
  "Heute nach dem Kindergarten: „Mama, ich hab heute Unfall gespielt und war der Notarzt!“ Die haben einen neuen Spielkrankenwagen. 😂",
  "Mein Hund hat heute im Wald einen toten Fuchs gefunden und wollte sich drin wälzen 🤢 Hab ihn gerade noch erwischt. Jetzt wird gebadet.",
  "Was ein Sound: der Regen prasselt aufs Wellblechdach vom Fahrradschuppen, die Dachrinne läuft über, und mittendrin sitzt ein Spatz trocken unterm Vordach.",
  "Ein Mann hat heute in der Fußgängerzone Feuer gespuckt! Straßenkünstler, mit Sicherheitsabstand und Feuerlöscher neben sich. Die Leute haben applaudiert.",
  "Hätte nie gedacht, dass ich mal Fan von der Kehrmaschine werde, aber nach dem Herbststurm hat sie die ganzen nassen Blätter von der Straße gefegt und jetzt rutscht keiner mehr aus.",
  "Beim Stadtlauf heute ist ein Läufer kurz vor dem Ziel gestolpert, hat sich aufgerappelt und ist unter Applaus ins Ziel gehumpelt. Die Sanitäter haben ihm den Knöchel verbunden, er hat gestrahlt.",
  "Habt ihr das Feuerwerk gestern beim Seenachtsfest gesehen? Es hat sich im Wasser gespiegelt, die Boote lagen alle mit Lichtern davor. Gänsehaut.",
  "Auf dem Weg zur Arbeit heute: Pegel am Fluss 2,80 m, normal sind 1,50. Das Wasser ist braun und schnell, Äste und ein alter Gartenstuhl treiben vorbei, die Uferwiesen sind überflutet, genau wie vorgesehen. Viele Spaziergänger stehen oben auf dem Damm, alle fotografieren, ein paar Kinder zeigen aufgeregt auf jeden Baumstamm. Laut Hochwasserportal ist der Scheitel heute Nacht erreicht. Das Wasser ist noch weit weg von den Häusern, bei uns im Keller ist alles trocken.",
  "Einmal im Jahr wird bei uns die alte Dampflok angeheizt – zischend, qualmend, pfeifend fährt sie durchs Tal. Heute war es so weit, der Bahnsteig war voller Leute.",
  "Was ist das für eine Staubwolke am Horizont? – Ah, auf dem Feld wird Stroh gepresst, im Gegenlicht sieht das aus wie Rauch. Alles gut.",
  "Blasmusik, Lampions und ein leichter Rauchgeruch vom Steckerlfisch-Grill. Das Sommerfest in der Au war wie immer ein Traum.",
  "Die Kinder aus der 3b haben heute am Bach Wasserproben genommen, mit Gummistiefeln und Keschern. Die Lehrerin stand daneben, das Wasser war knöcheltief.",
  "Beim Reitturnier ist heute ein Reiter vom Pferd gefallen, direkt in den Sand. Er ist aufgestanden, hat sich den Staub abgeklopft und ist wieder aufgestiegen. Applaus!",
  "Heute Nacht gab es am Ortsrand immer wieder einen lauten Knall. Hab im Amtsblatt nachgelesen: das ist die Schreckschussanlage vom Bauern am Maisfeld, gegen die Krähen. Ok, dann schlaf ich weiter.",
  "Heute Morgen stand im Nebel ein Reiher regungslos am Teich, und aus dem Kamin vom Bauernhof stieg weißer Rauch. Fast wie ein Gemälde.",
  "Kurz zur Info: der Geruch nach Schwefel am Kurpark kommt von der Thermalquelle, das ist immer so. Keine Sorge, gesund soll's sein.",
  "Es hat heut beim Fußballtraining so geschüttet, dass der Platz unter Wasser stand. Die Jungs sind trotzdem weitergelaufen und haben sich in die Pfützen geworfen. Mütter begeistert 🙄",
  "Heute war ein großer Polizeieinsatz … beim Kinderfest: die Polizei hat von den Kindern Fingerabdrücke genommen und ihnen einen Ausweis gebastelt 😂",
  "Liebe Stadtverwaltung, wir haben heute den Rettungswagen vor dem Kindergarten gesehen – es war der Besuch vom Roten Kreuz zum Thema „Keine Angst vorm Krankenwagen“. Die Kinder durften auf die Trage. Toll!",
  "hey, gibts beim stadtfest wieder so ne feuershow wie letztes jahr? die typen mit den brennenden keulen waren das highlight",
  "Hallo zusammen, der Geruch nach Verbranntem heute in der Gartenstadt kommt von unserem missglückten Kuchen 🙈 Rauchmelder hat brav gepiept, Küche gelüftet, alles gut.",
  "Das mit dem Stromausfall gestern Abend war ja lustig – ganze Straße dunkel, alle standen mit Kerzen und Handylampen vor der Tür und haben geplaudert. Nach 20 Minuten war der Strom wieder da.",
  "Ich wollte Danke sagen für den schnellen Einsatz des Bauhofs nach dem Unwetter am Montag. Der Baum, der auf den Spielplatz gekippt war, ist weg, und das Gerüst hat nicht mal einen Kratzer.",
  "Liebe Stadt, beim Weinfest hat ein Mann am Nebentisch plötzlich laut „Feuer!“ gerufen – er meinte, er braucht ein Feuerzeug 😂 Alle haben gelacht.",
  "Der Mann mit dem Gewehr am Waldrand ist der Jagdpächter, ich kenn ihn. Er sitzt abends an wegen der Wildschweine im Mais. Einfach grüßen, der freut sich.",
  "Am Flussufer hängt seit heute Morgen Absperrband, weil ein paar dicke Äste im Wasser treiben. Hab die Wasserwacht gefragt: reine Vorsicht, sie holen die Äste mit dem Boot raus.",
  "Beim Spazierengehen auf dem Damm hab ich gesehen, dass der Fluss heut richtig breit ist. Die Wiesen im Überschwemmungsgebiet stehen unter Wasser, dafür sind die ja da. Die Enten freuen sich.",
  "Die Feuerwehr hat heute beim Seniorennachmittag im Hof vom Gemeindehaus gezeigt, wie man einen Fettbrand löscht. Erst hat ein junger Feuerwehrmann einen Becher Wasser in den brennenden Topf gekippt – riesige Stichflamme, alle sind zusammengezuckt und dann haben alle gestaunt. Danach hat er gezeigt, wie es richtig geht: Deckel drauf, Herd aus, fertig. Meine Nachbarin, 88, hat gesagt, das hat sie 60 Jahre falsch gemacht. Hinterher gab es Kaffee und Kuchen. Sehr lehrreich.",
  "Die alte Brücke an der Umgehung wird abgerissen, heute war der Bagger mit der Riesenzange dran. Staub, Krach, Betonbrocken fallen – alles hinter Zäunen. Hunderte Schaulustige mit Kameras.",
  "Bin grad am See, ein Mann springt vom Steg kopfüber rein, taucht auf, prustet und ruft „herrlich!“. Ich trau mich noch nicht 🥶",
  "Das Hochwasser vom Frühjahr hat eine Sandbank im Fluss hinterlassen, jetzt liegen da Leute mit Handtüchern und sonnen sich. Kleiner Strand mitten in der Stadt.",
  "Heute im Chemieunterricht hat der Lehrer die Knallgasprobe gemacht, kleiner Knall, bisschen Rauch, die Klasse hat gejubelt. Mein Sohn hat es zuhause dreimal erzählt 😂",
  "Ich stehe gerade auf der Brücke und schaue den Ruderern zu. Ihr Trainer fährt im Motorboot hinterher und ruft ins Megafon. Ganz schön Druck, aber die sind schnell.",
]);

describeHarmlessSet({
  title: "the danger lists on calm descriptions of a scene",
  plural: "scenes",
  texts: HARMLESS_SCENES,
  size: 400,
  stillAlarmed: STILL_ALARMED,
});
