import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_22 } from "./danger-blind-reports-22.js";

/*
 * The danger step on the twenty-second set of comments written without
 * looking at its lexicon (see danger-blind-reports-22.ts): relatives writing
 * about someone close (parents, adult children, partners, siblings, an
 * ex-partner), often long, worried and apologising; twice as many self-harm
 * and threat comments as the other sets, told by what the relative noticed
 * or by what a family member said, showed or prepared. Measured before
 * anything was changed for it, the lists found 120 of the 180 dangers
 * (recall 0.667: threat 25 missed, self-harm 18, medical 5, gas 3,
 * infrastructure 3, accident 2, fire 2, water 2), named the right category
 * for 100, and raised 6 false alarms on the 60 look-alikes. The danger model
 * of that day, not trained on the set, raised recall to 0.928 (threat 6
 * missed, self-harm 2) with the same 6 alarms.
 */

/** Dangers the step still misses (59). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Bekomme gerade Sprachnachrichten von meiner Tochter, nur Geschrei. Sie ist mit dem Roller an der Kreuzung Hauptstraße/Bahnhofstraße unter einen abbiegenden Laster gekommen, ihr Bein steckt unterm Rad.",
  "Papa ist mit dem Rad in die Straßenbahnschiene geraten und hingeflogen, jetzt liegt er auf den Gleisen an der Haltestelle Stadtgarten und kommt nicht hoch, die nächste Bahn kommt in 3 min",
  "Mein Freund hat das Fett in der Pfanne vergessen, jetzt züngelt es bis an die Decke und die Hängeschränke fangen an. Wir sind raus. 2. Stock, über uns wohnt ein Paar mit Baby und die machen nicht auf",
  "Mein Schwiegervater wohnt ganz am Waldrand, hinter seinem Haus ist der ganze Hang am Glühen und es kommt näher, man sieht die Glut schon zwischen den Stämmen. Er kann mit dem Rollator nicht weg und hat kein Auto.",
  "Mein Mann liegt benommen im Bad neben der Therme, hat schlimme Kopfschmerzen, mir ist auch schwindlig und die Kinder oben sind kaum wach zu kriegen. Ich schaff die Treppe kaum, was sollen wir tun",
  "Hab eben meinen Sohn und seinen Kumpel im Zelt im Garten gefunden, die haben den Campingkocher zum Wärmen laufen lassen und reagieren kaum, ganz rot im Gesicht.",
  "Im Keller von meinem Bruder stehen die Propanflaschen vom Wohnwagen, eine ist undicht, man riecht es bis in den ersten Stock. Er will jetzt runter und das Licht anknipsen um nachzuschauen.",
  "Meine Kinder waren an der Flussmündung Steine sammeln, nach dem Gewitter kam plötzlich ein Schwall, der Jüngste steht jetzt allein auf der Kiesbank und um ihn rum wird es immer mehr.",
  "Im Haus meiner Schwester sind heute früh Risse in der tragenden Wand aufgegangen, die werden immer breiter, Putz rieselt, die Türen klemmen und es knackt. Sie ist mit den Kindern noch drin.",
  "mein sohn hat angerufen, im turnhallendach von der realschule knackt es laut und die decke biegt sich durch mit dem ganzen schnee, die haben grad sport da drin",
  "An der Haltestelle Postplatz ist die Gehwegplatte weggesackt, ein Loch, man sieht nicht wie tief, meine Oma war schon mit dem Fuß drin und es wird größer, da stehen ständig Leute",
  "papa hat sich beim holz hacken ins bein gehackt, das blut spritzt richtig, ich drück ein handtuch drauf und es ist sofort durch",
  "Mein Sohn ist allergisch gegen Nüsse, hat auf dem Stadtfest was vom Crêpesstand gegessen und jetzt ist sein Gesicht dick und er pfeift beim Atmen. Der Pen liegt zuhause!!",
  "Unser Kleiner (2) hatte einen Spülmaschinentab im Mund, jetzt sabbert er, weint und spuckt rosa.",
  "Meine Frau hat seit einer Stunde Kopfschmerzen wie noch nie im Leben, ganz plötzlich gekommen, jetzt ist der Nacken steif und sie übergibt sich. Tut mir leid dass ich hier frage, ich weiß nicht, ob das schlimm ist",
  "Meine Schwiegermutter ist beim Seniorennachmittag im Bürgerhaus vom Stuhl gesackt und reagiert nicht. Die anderen sind alle über 80 und wissen nicht, was tun, die Leiterin ist nicht da. Ich hab eine Dame von dort am Telefon.",
  "Tut mir leid, dass ich hier schreibe, ich weiß nicht wohin. Mein Sohn Jonas (16) hat mir vor 20 Minuten geschrieben „Mama es ist nicht deine Schuld, ich hab euch lieb“ und seitdem ist sein Handy aus. Er ist mit dem Rad weg Richtung Talbrücke. Er hatte Ärger in der Schule, aber so hat er noch nie geschrieben. Grüne Jacke, schwarzes Rad. Bitte helft mir.",
  "Ich weiß nicht, ob ich hier richtig bin, und vielleicht übertreib ich auch, mein Mann sagt ich soll ihn in Ruhe lassen. Mein Vater (78) hat heute früh beim Notar sein Testament geändert, die Taschenuhr vom Uropa meinem Sohn geschenkt und gesagt, den Arzttermin nächste Woche braucht er nicht mehr. Jetzt hat er sich im Keller eingeschlossen und antwortet nicht. Die Wäscheleine vom Trockenboden ist weg. Nein, ich übertreib nicht. Ich klopf seit zehn Minuten. Birkenstraße 4.",
  "Die Jagdwaffe meines Mannes ist nicht im Schrank. Er hat heute die Kündigung bekommen und ist ohne ein Wort mit dem Hund los in den Wald Richtung Hochsitz. Eben ist der Hund allein zurückgekommen.",
  "Ich bin Pflegemutter von einem 14-Jährigen. Er hat heute seine Sachen verschenkt, die Playstation an den Nachbarsjungen, die Sneaker an seinen besten Freund, und auf Insta steht nur noch „bye“. Er ist seit einer Stunde nicht zuhause. Das Jugendamt hat schon zu und ich weiß nicht, wen ich anrufen soll. Entschuldigung, dass ich das hier poste.",
  "Unser Enkel (19) hat einen Brief auf dem Küchentisch gelassen: „Ihr wart die besten Großeltern. Verzeiht mir.“ Sein Zimmer ist ausgeräumt und das Auto vom Opa fehlt. Wir sind beide über 80 und können nicht hinterher. Bitte schicken Sie jemanden.",
  "mei Bua hod gsagt er mog nimma, er geht jetz naus zu de Gleis. i find eam ned. bittschee",
  "Entschuldigung für die Störung unter dem Weihnachtsmarkt-Post. Meine Mutter hat mich eben angerufen und sich verabschiedet, ganz ruhig, hat mir gesagt, wo die Versicherungsunterlagen liegen und dass der Kater zur Nachbarin soll. Sie wohnt allein in der Lindenstraße 12 und macht nicht auf.",
  "Meine Tochter hat vor zehn Minuten in ihrer Story ein Bild von der Autobahnbrücke gepostet, drunter „letzter sonnenuntergang“. Sie ist 15 und war letztes Jahr schon mal in der Klinik. Ihr Standort ist aus.",
  "bitte nicht lachen ich schreib hier weil ich nicht weiter weis. papa sitzt seit mama tot ist nur noch rum. heute hat er die pistole vom schützenverein mit heim genommen und sitzt damit im wohnzimmer, er sagt er will jetzt zu ihr. er laesst mich nicht rein",
  "Meine Frau hat alle Insulinpens aus dem Kühlschrank mitgenommen und ist weg. Auf dem Zettel steht nur „Es tut mir leid“. Sie ist Typ-1-Diabetikerin und weiß genau, wie viel zu viel ist.",
  "@stadt bitte weiterleiten, ich hab niemand sonst: meine kleine schwester hat mir grad geschrieben sie hat 40 paracetamol genommen und will nur dass ichs weiß. studentenwohnheim am campus, zimmer 214. ich bin 300km weg",
  "Mei Schwager hot grad am Telefon gsagt, er leg sich heut Nacht auf d'Schiene am Bahnübergang hinterm Sportplatz. Des war koi Spaß, so hot der no nie gschwätzt. Er isch scho los.",
  "Hallo, ich bin die Exfrau. Er hat mir eben ein Video geschickt, wie er oben auf dem Parkdeck beim Rathaus auf der Brüstung sitzt und sagt, dass es mir und den Kindern ohne ihn besser geht. Ich kann nicht hin, die Kinder sind hier.",
  "Meine Frau arbeitet in der Pflege und hat Morphium mit nach Hause gebracht, leere Ampullen liegen auf dem Nachttisch. Sie hat sich im Schlafzimmer eingeschlossen und sagt durch die Tür, sie zieht es jetzt durch. Ich hör sie kaum noch.",
  "sorry falscher ort vllt. mein bruder postet seit ner stunde komische sachen, jetzt „danke für nix, ich geh baden“ mit nem bild vom wehr unten an der mühle. er kann nicht schwimmen und ist betrunken.",
  "Ich bin die Tante. Meine Nichte (13) hat mir gerade ein Foto von ihrem aufgeschnittenen Unterarm geschickt und „sag mama nix“. Sie ist allein zu Hause, die Eltern arbeiten bis 18 Uhr. Was mach ich?",
  "Mein Lebensgefährte hat eben total betrunken aus der Kneipe angerufen, er geht jetzt heim, das Kabel im Keller hat er schon vorbereitet, ich soll nicht traurig sein. Ich bin auf Nachtschicht in der Klinik und komm hier nicht weg. Wir wohnen Ahornring 3.",
  "Meine Frau hat nach der Fehlgeburt heute gesagt, sie will zu unserem Baby. Jetzt ist sie weg, mit dem Auto, und die Tabletten aus dem Badschrank auch. Blauer Golf, Kennzeichen endet auf 482. Bitte sucht sie.",
  "Mein Exmann stand eben vorm Kindergarten und hat zu mir gesagt, wenn ich ihm die Kinder morgen nicht gebe, sieht mich keiner mehr lebend. Er hatte ein Messer am Gürtel und hat extra die Jacke aufgemacht, dass ich's sehe. Ich sitz mit den Kindern im Auto und er steht immer noch da. Kita Sonnenschein.",
  "Ich schäme mich, das hier zu schreiben, aber ihr müsst es wissen. Mein Bruder soll am Donnerstag aus seiner Wohnung geräumt werden. Er hat einen Kanister Benzin in den Flur gestellt und gesagt, wenn die vom Amt kommen, nimmt er sie mit. Er meint das ernst, er hat schon die Rauchmelder abgeschraubt. Bitte warnt die Leute, die da hingehen.",
  "Der Vater meiner Kinder schreibt seit heute Morgen, dass er die Kleine nach der Schule abholt und ich sie nie wiedersehe. Er hat kein Sorgerecht. Und er schreibt, er hat „was dabei“, falls ihn jemand aufhalten will. Schulschluss ist in 40 Minuten, Grundschule Am Park.",
  "Bitte an das Jugendamt weitergeben: Mein Ex hat gesagt, er kommt morgen zur Anhörung und dann „zahlt die Frau Sachbearbeiterin dafür“. Er hat Fotos von ihr und ihrem Auto auf dem Handy, ich hab sie gesehen. Ich mein das ernst, er ist schon mal auf jemanden losgegangen.",
  "Meine Tochter ist zu uns geflüchtet. Ihr Freund steht seit einer halben Stunde unten vor der Haustür, tritt dagegen und schreit, er fackelt die Bude ab. Er hat eine Flasche mit was drin in der Hand.",
  "mein onkel hat gestern im familienchat ein foto von seiner pistole geschickt, drunter „morgen ist bürgersprechstunde“. er ist seit monaten wütend wegen der baugenehmigung und redet nur noch vom bürgermeister. die sprechstunde ist heute um 10. wir erreichen ihn nicht.",
  "Ich weiß nicht, wo ich sonst schreiben soll. Meine Ex-Freundin hat gerade angekündigt, dass sie unserem Sohn was antut, wenn ich mit der Neuen zum Kindergeburtstag komme. Ich bin nicht hingegangen, aber jetzt antwortet sie nicht mehr und er ist bei ihr.",
  "Mei Oida is bsuffa hoamkemma und hod gsagt heit daschlogt er mi. I hock mit de Kinder im Schlofzimma, hob zuagsperrt, er haut gega d'Tür.",
  "Mein Bruder hat im Streit ums Erbe gesagt, er kommt heute Abend mit zwei Kumpels zu Mama und „regelt das“. Vorhin hat er mich gefragt, wann ich weg bin. Mama ist 79 und allein, ich muss in die Spätschicht.",
  "Meine Frau hat heute früh gesagt, wenn ich die Scheidung durchziehe, nimmt sie die Kinder und fährt mit ihnen in den See. Jetzt ist sie seit einer Stunde mit beiden weg, Handy aus, und die Kindersitze sind aus meinem Auto verschwunden.",
  "Mein Mann war heute beim Jobcenter und hat danach nur noch geschrien. Jetzt sitzt er im Keller, schleift die Machete und sagt, morgen um 8 geht er wieder hin und die Frau Meier kriegt, was sie verdient. Ich hab Angst um die Frau. Bitte sagt es dem Jobcenter.",
  "Ich bin die Schwester. Mein Bruder hat mir eine Sprachnachricht geschickt: er wartet heute Nacht am Klinikum auf seine Ex, wenn sie von der Spätschicht kommt, und „dann ist Schluss mit ihr“. Sie weiß nichts, ich hab ihre Nummer nicht mehr. Schichtende ist 22 Uhr.",
  "Mein Ex hat gerade geschrieben: „Schau mal aus dem Fenster.“ Er steht am Spielplatz gegenüber, wo meine Kinder spielen, und hat die Hand in der Jacke. Letzte Woche hat er gesagt, er holt sie sich, egal wie.",
  "Unser Enkel wohnt bei uns. Heute wollte er wieder Geld, und als ich nein gesagt hab, hat er meinen Mann gegen die Wand gedrückt und gesagt, das nächste Mal sticht er zu. Jetzt ist er in seinem Zimmer, wir trauen uns nicht aus der Küche und hören ihn rumkramen. Mein Mann ist 82.",
  "Zur Zwangsräumung morgen in der Bahnhofstraße 7: Mein Vater hat die Wohnungstür von innen verschraubt und Gasflaschen in den Flur gestellt. Er hat am Telefon gesagt, wer reinkommt, fliegt mit ihm in die Luft. Bitte sagen Sie das dem Gerichtsvollzieher und den Leuten von der Stadt, bevor die hingehen.",
  "Ich bin seit zwei Wochen mit den Kindern im Frauenhaus. Jetzt hat der Ex rausgefunden, auf welche Schule die Kinder hier gehen, und meiner Mutter geschrieben, dass er morgen früh dort wartet und „alle mitnimmt“. Die Schule weiß nichts. Ich weiß nicht, wie ich die erreiche.",
  "Mein Mann hat die Kinder ins Auto gesetzt und gesagt, er fährt mit ihnen weg, und wenn ich die Polizei rufe, seh ich sie nie wieder lebend. Er hat getrunken. Silberner Passat, Richtung Autobahn, vor fünf Minuten.",
  "Mein Sohn hat sich seit dem Bußgeld total in was reingesteigert. Heute hat er gesagt, er lauert der Politesse auf, die immer in der Hauptstraße kontrolliert, und „zeigt ihr was“. Er hat sich einen Schlagring gekauft, der lag auf seinem Schreibtisch und ist jetzt weg, er auch.",
  "Mein Ex hat Benzin an meine Wohnungstür gekippt, ich riech es durch die Tür, und er ruft von draußen, dass er ein Feuerzeug hat. Ich bin mit dem Baby im ersten Stock.",
  "Entschuldigung, dass ich hier schreibe, ich hab lange überlegt, ob ich das darf. Mein Mann hat mir heute früh gedroht, wenn ich zur Beratung ins Rathaus gehe, bringt er die Beraterin und mich um. Er hat den Termin in meinem Kalender gesehen, 14 Uhr, Zimmer 112. Er sagt so was oft, wenn er wütend ist, aber heute war er ganz ruhig dabei, und das macht mir mehr Angst. Jetzt ist er nicht zuhause und sein Auto ist weg. Ich glaub, er wartet schon dort.",
  "Mei Schwager hat vorhin gesacht, dem Nachbarn mit dem Hund schneidet er heut Nacht de Gurgel durch, dem Köter und dem Alten gleich mit. Das Messer liegt schon uffm Küchentisch und er guckt dauernd nüber.",
  "mein vater ist heute aus der psychiatrie entlassen worden und sagt seitdem, dass die nachbarn ihn vergiften und dass er sie heute nacht „erledigt“. er hat die axt aus dem schuppen geholt und neben die haustür gestellt.",
  "Meine Ex-Partnerin hat in der Kita angerufen und gesagt, sie holt heute unseren Sohn, und wenn die Erzieherinnen sie aufhalten, „passiert was“. Sie hat nur begleiteten Umgang. Sie ist unterwegs, ich bin auch auf dem Weg dahin.",
  "Er hat gesagt heute Nacht bin ich dran. Ich hab mich mit den Kindern bei meiner Schwester versteckt, er fährt grad die Straßen ab, sein Auto ist eben vorbeigefahren.",
  "Mein 15-Jähriger hat in seinem Gruppenchat geschrieben, dass er morgen die Pistole vom Opa mit in die Schule nimmt, „für die, die mich fertig machen“. Die Waffe ist nicht mehr im Tresor. Ich bin seine Mutter und ich hab Angst, bitte sagt mir, wen ich anrufen muss.",
]);

/** Look-alikes that still raise an alarm (6). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Opa sagt jedes Mal „ich spring gleich aus dem Fenster“, wenn das Internet nicht geht 🙄 Heute ging es wieder nicht. Wann kommt die Glasfaser endlich in die Bergstraße?",
  "Mein Sohn hat sich beim Fußball den Arm gebrochen, ist gut versorgt, Gips ist dran. Darf er trotzdem beim Ferienprogramm mitmachen?",
  "Meine Frau schaut jeden Abend diese Krimiserie, wo der Ehemann die ganze Familie bedroht, und ich kann danach nicht schlafen 😂 Läuft im Rathauskino bald mal was Lustiges?",
  "Nur zur Info für alle Angehörigen: heute um 19 Uhr ist Feuerwehrübung am Altenheim St. Anna, also nicht erschrecken, wenn da Rauch aus dem Fenster kommt. Meine Mutter wohnt dort und wurde informiert.",
  "Muss ich einen umgestürzten Baum auf meinem Grundstück selbst entsorgen? Liegt seit letztem Herbst auf der Wiese und stört niemanden.",
  "Was kostet eine Baumfällgenehmigung? Meine Eltern wollen die alte Tanne im Garten weghaben, bevor sie irgendwann mal umfällt.",
]);

describeBlindDangerSet({
  name: "blind set 22",
  reports: DANGER_BLIND_REPORTS_22,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.66,
  mostAlarms: 6,
  leastRightCategory: 0.55,
});
