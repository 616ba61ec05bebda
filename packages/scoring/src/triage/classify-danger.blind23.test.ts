import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_23 } from "./danger-blind-reports-23.js";

/*
 * The danger step on the twenty-third set of comments written without
 * looking at its lexicon (see danger-blind-reports-23.ts): extremes of length
 * and dialect, a third very short (3 to 8 words), a third long posts about
 * something else with the danger in one sentence inside, a third in strong
 * regional speech as it is typed (Bavarian, Swabian, Saxon, Kölsch,
 * Berlinerisch, Plattdeutsch, Hessian, Palatine). Measured before anything
 * was changed for it, the lists found 126 of the 180 dangers (recall 0.700:
 * self-harm 11 missed, threat 10, medical 8, infrastructure 7, tree 6,
 * accident 5, water 4, gas 2, fire 1), named the right category for 114,
 * and raised 8 false alarms on the 60 look-alikes. The danger model of that
 * day, not trained on the set, raised recall to 0.850 (right category 139)
 * with the same 8 alarms.
 */

/** Dangers the step still misses (54). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "radler unter lkw, kreuzung bahnhofstr, schnell",
  "Do hod's grod an Radlfahrer nidagmaht an da Ampl bei da Kirch, der liegt no und rührt se ned, schickts wen!",
  "Glei beim Edeka isch oiner mit seim Audi en d'Schaufenschterscheib neigfahre, ond do lieget zwoi Leit drunter, kommet schnell!",
  "Nu gugge ma, do is een Mobbed unner de Straßnbahn geroddn, dor Junge hängt noch drunner, mir kriechen den ni raus",
  "Op de Landstraat achter de Möhl hett dat eben rumst, en Auto liggt op'n Dack in'n Graven, dor kümmt keen rut",
  "Oh Gott, bei dor Gaadnlaube nebenan schlachen de Flamm'n raus, un dor Wind dreibd's uff unsre Hegge un's Haus",
  "Em Hus stink et noh fuule Eier, un de Oma vun bovve mäht nit op, do zisch jet hinger d'r Dür",
  "In't Huus stinkt dat as fule Eier, un de Buddel in'e Köök pustet, wi sünd al rut, de Ole is noch binnen",
  "balkon reißt von wand ab, leute drauf",
  "Der Bürgermeister hat beim Einweihungsfest vom neuen Parkhaus gesagt, das sei „für die nächsten 50 Jahre gebaut“. Ich bin gerade auf Ebene 3, und da zieht sich ein riesiger Riss quer durch die Decke, es bröselt Beton runter, eben ist ein Brocken auf ein Auto gefallen, und die Decke hängt sichtbar durch. Es parken noch jede Menge Leute hier, der Kassierer sagt, das sei nicht sein Problem. Bitte sofort räumen und sperren!! So viel zu 50 Jahren.",
  "Wir haben ja lange auf den neuen Kita-Anbau gewartet, und die Gebühren sind dafür auch gestiegen. Heute beim Abholen: die Decke im Bewegungsraum hat sich gesenkt, aus den Deckenplatten rieselt Putz, man hört es knacken, und eine Platte ist schon runtergekommen, genau neben der Gruppe, die da gerade Mittagsschlaf macht. Die Leitung meint, das sei nur ein Schönheitsfehler. Ich finde, da muss sofort ein Statiker oder die Feuerwehr hin, Kita Löwenzahn.",
  "Dr Aufzug em Rathaus hängt zwischa zwoi Schtock, do send drei Leit drin ond oiner kriegt scho koi Luft meh",
  "An d'r Bröck fählt e Stöck vum Jeländer, un do spille de Pänz direk nävve am Wasser",
  "Im Hinterhof is de halbe Balkonbrüstung abjebrochen, hängt nur noch anner Stange, und untendrunter sitzen de Leute vom Späti",
  "De Holtbrüch över'n Graben is inbroken, un de Kinner stoht noch op de anner Siet un wüllt röver",
  "kind hat erdnuss gegessen, lippen schwellen zu",
  "Warum macht das Freibad bei 34 Grad um 18 Uhr zu?? In jeder anderen Stadt ist bis 20 Uhr offen. Und Schattenplätze gibt es auch kaum, die Bäume wurden ja für den neuen Parkplatz gefällt. Hier auf der Liegewiese liegt jetzt ein Jugendlicher, der ist knallrot, schwitzt gar nicht mehr, erbricht sich und weiß nicht mehr, wie er heißt. Der Bademeister ist irgendwo am Becken und hört uns nicht. Bitte schickt jemanden, Eingang Parkstraße. Und denkt mal über die Öffnungszeiten nach.",
  "Seit Wochen wird bei uns in der Mühlgasse gebaut, ab sechs Uhr morgens Presslufthammer, am Wochenende auch, und niemand hat die Anwohner informiert. Ich bin schon total fertig. Mein Nachbar, 82, lebt allein, und ich hab ihn eben durchs Fenster gesehen, er liegt im Flur am Boden und ruft ganz leise, die Tür ist zu und ich hab keinen Schlüssel. Kann die Stadt jemanden schicken, der die Tür aufmacht? Mühlgasse 7, Erdgeschoss links. Und danach bitte mal die Baustellenzeiten überprüfen.",
  "Da Opa is beim Schafkopfn umgfoin, schnauft ganz schwaar und mia kriang eam ned wach, Wirtshaus Zur Post",
  "Mei Nochber schwätzt bloß no verwaschas Zeig ond sei Mund hängt schief, der kennt mi nemme, was sollet mir doa?",
  "Bei uns im Gaddn is de Nachbarn vonner Wespe gestochn worn, die kricht keene Luft mehr un wird gans dick im Gesischt",
  "Do leit en Mann vorm Weinstand, der is ganz gro im Gsicht un kriggt kä Luft, hot sich an die Brust gepackt",
  "Mingem Mann jeiht et nit joot, dä hät Ping en d'r Bross un schwitz wie jeck, dä kippt jlich öm",
  "sie schneidet sich grad, blut überall, badezimmer",
  "er sitzt eingeschlossen im auto, schlauch am auspuff",
  "Alle freuen sich auf den Weihnachtsmarkt und die Lichter, aber für manche ist das die schlimmste Zeit im Jahr, ich kenn das selbst. Und grad eben hat mir ein Nachbar im Treppenhaus seinen Wohnungsschlüssel und seine Katze in die Hand gedrückt, gesagt, ich soll mich kümmern, er braucht das alles nicht mehr, und ist hoch Richtung Dachluke. Von oben hör ich ihn am Fenster rumhantieren. Bitte, Lessingstraße 14, schickt schnell jemanden, ich halt die Haustür unten auf.",
  "Wir hatten uns ja schon beschwert, dass der Sperrmüll in der Siedlung ewig rumliegt und keiner ihn abholt. Heute hab ich beim Rausbringen vom Altpapier im Keller den jungen Mann aus dem dritten Stock gesehen, der hat ein Seil über das Heizungsrohr geworfen und einen Eimer drunter gestellt, er hat geweint und mich angeschrien, ich soll gehen. Ich bin raus und stehe vorm Haus, ich trau mich nicht allein wieder rein. Birkenweg 9, Kellereingang hinten. Bitte sofort.",
  "Da Sepp hockt obn am Kirchturm außn am Gsims und schreit, er mog nimma, kemmts schnell",
  "Mei Bua hot an Zettel naglegt, er tät sich was a'doa, ond s'große Messer aus dr Kich isch fort, er isch net dahoim",
  "Meine Gleene hat mir geschriem, se schluckt jetz de ganzen Dabbledn von dor Oma, se is ni ze Hause un gehd ni ran",
  "da steht eena uff de brücke übern kanal, hat de jacke ausjezogen und sagt, det war's für ihn, kommt schnell",
  "Uns Jung is mit'n Strick in de Schüün gahn un hett de Döör afsloten, he seggt, he will nich mehr",
  "Mei Schwester hockt uffem Fensterbrett im fünfte Stock, Beine naus, un sacht, des hat kaan Sinn mehr",
  "Minge Kumpel hät jrad jeschrieve, hä hät sich de Ärm opjeschnedde un et hührt nit op ze blode, hä litt em Bad",
  "komisches paket mit drähten vorm jobcenter",
  "Zur heutigen Ratssitzung: ich wollte mir eigentlich nur anschauen, wie über das Neubaugebiet abgestimmt wird, aber neben mir in der Besucherreihe sitzt ein Mann, der seit einer halben Stunde murmelt, dass er die da vorne alle fertigmacht, und eben hat er mir seine Jacke aufgehalten, da steckt eine Pistole im Gürtel. Er sagt, wenn die für die Umgehungsstraße stimmen, war's das für die. Ich bin raus auf die Toilette und schreibe von hier. Bitte schickt Polizei in den Ratssaal, aber leise.",
  "Ich weiß nicht, ob das hier der richtige Weg ist, aber die Hotline ist besetzt. Ich hab gestern unter eurem Post zur Flüchtlingsunterkunft mitdiskutiert, und jetzt schreibt mir ein Account privat, dass er heute Abend mit ein paar Leuten und Benzinkanistern zur Turnhalle kommt, wo die Familien schlafen. Er schickt Fotos von den Kanistern in seinem Kofferraum und vom Eingang der Halle. Ich hab Screenshots. Der meint das ernst. Bitte leitet das sofort an die Polizei weiter.",
  "Ihr sucht Sachbearbeiter fürs Bürgerbüro? Kein Wunder, dass keiner will. Ich sitze hier gerade im Wartebereich, seit zwei Stunden, Nummer 47. Eben ist ein Mann reingekommen, hat einen Benzinkanister auf den Tresen gestellt und gesagt, wenn er heute nicht sein Geld kriegt, zündet er den Laden an und alle hier drin gleich mit. Er hat ein Feuerzeug in der Hand und lässt keinen raus. Die Mitarbeiterin bleibt ganz ruhig, aber wir haben alle Angst. Bürgerbüro Erdgeschoss, bitte kommt.",
  "Do fuchtlt oana mit am Messa umanand vorm Biergartn und sagt, er stichd den nächstn ab, der eam z'nah kimmt",
  "Dr Nochber hot sei Flint aus'm Schrank gholt ond schreit, er verschießt jeden, wo über sein Zaun guckt",
  "Vorm Konsum brüjeln sisch zwee, eener hat ne Eisenstange un der andre bluded schon am Kopp, die hörn ni uff",
  "Em Veedel löp ene met nem Metz römm un jeiht op de Lück loss, am Büdche, kutt flöck",
  "De Kerl vun nebenan hett de Axt in de Hand un haut uns Döör in, he schreet, he maakt uns kaputt",
  "Der Kerl vom zweite Stock hat gesacht, er macht heut Nacht die ganz Familie kalt, un jetzt schleift er im Hof des Beil",
  "ast auf radfahrer, liegt drunter",
  "A riesn Fichtn is grad auf d'Staatsstraß gfoin, a Auto is drunter und mia kemma ned hi",
  "Dr Sturm hot dr alt Nussbaum aufs Nochbershaus gschmissa, s'Dach isch hee ond d'Oma isch no drin",
  "Bei uns im Hof gnarrt de alde Bubbl so komisch un neigd sich immer mehr uff de Schaugel, wo de Ginder spieln",
  "De ole Eek an'n Diek is umfullen, liggt quer över'n Weg un op'n Trecker, de Buer sitt noch binnen",
  "Em Stadtjade is ene decke Boum ömjefalle, direk op de Bank, do soß ne ahle Mann drop",
  "An'n Hoben is en Kind vun de Kaimuur in't Water full'n, dat is nich wedder hochkamen",
  "Dor Gleene is beim Angln in de Mulde geflutschd un treibd ab, mir griechen den ni",
  "Am Rhing es ene Jung vum Bröckepfeiler en et Wasser jefalle, un de Strömung nemmp en met",
  "Do hot's de Bach iwwer die Ufer getriwwe, un e Audo mit ner Fraa drin treibt die Dorfstroß nunner",
]);

/** Look-alikes that still raise an alarm (8). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "ersthelferkurs im märz noch plätze frei?",
  "Unser Bürgermeister spielt mit dem Feuer, wenn er die Kita-Gebühren schon wieder erhöht. Viele Familien steht finanziell das Wasser bis zum Hals, und dann kommt sowas. Ich sag's euch, bei der nächsten Wahl wird ihm das um die Ohren fliegen. Die Stimmung im Ort ist explosiv, das merkt man bei jedem Elternabend. Man sollte lieber beim Prestigeprojekt Stadthalle sparen, das hat jetzt schon vier Millionen mehr gekostet als geplant, und fertig ist es immer noch nicht. Wann hört das endlich auf?",
  "Hat gestern jemand den Krimi im Ersten gesehen, der bei uns in der Altstadt gedreht wurde? Am Anfang wird eine Leiche aus dem Mühlbach gezogen, genau an der Stelle, wo ich immer mit dem Hund laufe, und später gibt es eine Schießerei vor dem Rathaus. Meine Tochter war als Komparsin dabei. Ich fand es toll, dass man unsere Stadt mal im Fernsehen sieht, auch wenn die Pflastersteine im Film viel schöner aussahen als in Wirklichkeit. Vielleicht bringt das ja ein paar Touristen.",
  "Heute vor zehn Jahren stand unsere halbe Innenstadt unter Wasser, ich erinnere mich noch genau, wie wir mit Sandsäcken vor dem Rathaus standen und die Bundeswehr mit Schlauchbooten durch die Marktstraße gefahren ist. Damals hat der Gemeinderat versprochen, die Deiche zu erhöhen und ein Rückhaltebecken zu bauen. Das Becken gibt es inzwischen, die Deiche nur halb. Ich finde, zum Jahrestag sollte die Stadt mal eine ehrliche Bilanz ziehen, was umgesetzt wurde und was nicht. Gern auch auf einer Bürgerversammlung.",
  "Mein Beitrag zum Fotowettbewerb: das Osterfeuer auf der Wiese hinterm Sportplatz, meterhohe Flammen, im Hintergrund die Kirche im Abendlicht. Ich finde, es ist mein bestes Bild bisher. Die Feuerwehr hatte natürlich alles im Griff und hat danach die Glut gelöscht. Darf ich das Bild auch im Quadrat einreichen, oder muss es Querformat sein? Die Teilnahmebedingungen sind da etwas unklar. Und wann wird das Ergebnis bekannt gegeben, beim Stadtfest oder online? Ich bin schon ganz gespannt, was die anderen so eingereicht haben.",
  "Kurzes Feedback an die Stadtwerke: Heute Nacht gab es bei uns in der Bergstraße einen Wasserrohrbruch, die Straße war kurz überflutet, aber die Bereitschaft war in einer halben Stunde da, hat abgedreht und bis zum Mittag alles geflickt. Wasser läuft wieder, die Keller sind trocken geblieben. Große Klasse! Was weniger klasse ist: dass jetzt die frisch asphaltierte Stelle wieder aufgerissen werden musste, die erst im Sommer für teures Geld gemacht wurde. Da hätte man die alten Rohre doch gleich mit austauschen können, oder?",
  "Ich bin vor zwei Wochen auf dem neuen Radweg an der Kreuzung Talstraße gestürzt, weil die Kante zur Fahrbahn zu hoch ist. Das Schlüsselbein war gebrochen, inzwischen bin ich wieder zuhause und es heilt gut. Ich möchte aber, dass das jemand weiß, damit der Nächste nicht genauso fliegt. Die Kante ist locker fünf Zentimeter hoch, bei Nässe sieht man sie kaum. Wo kann ich so etwas offiziell melden, gibt es dafür ein Formular oder eine E-Mail-Adresse beim Tiefbauamt?",
  "der aufzug am bahnhof war jestern stecken jeblieben, aber de feuerwehr hat alle rausjeholt, allet jut",
]);

describeBlindDangerSet({
  name: "blind set 23",
  reports: DANGER_BLIND_REPORTS_23,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.70,
  mostAlarms: 8,
  leastRightCategory: 0.63,
});
