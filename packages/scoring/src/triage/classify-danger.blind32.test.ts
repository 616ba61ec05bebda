import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_32 } from "./danger-blind-reports-32.js";

/*
 * The danger step on the thirty-second set of comments written without
 * looking at its lexicon (see danger-blind-reports-32.ts): teenagers and
 * young adults under the posts of the town, the youth centre, the school or
 * the sports club, in youth slang, anglicisms and emoji chains; 50 of its
 * dangers are self-harm and 50 threats, told the way young people hint at
 * them. Measured before anything was changed for it, the lists found 93 of
 * the 180 dangers (recall 0.517) and raised 9 false alarms on the 60
 * look-alikes. The danger model of that day, not trained on the set, raised
 * recall to 0.878 with 10 alarms.
 */

/** Dangers the lists alone still miss (82). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "sorry an alle die ich enttäuscht hab. bin dann mal weg 🖤",
  "leute hat wer was von lena gehört?? sie hat in ihre story ‚war schön mit euch‘ gepostet und geht seit 2 std nicht mehr ans handy",
  "digga mein kumpel hat heute seine ps5 und alle seine sneaker verschenkt und meinte er braucht das eh nich mehr. bin ich paranoid oder is das nicht gut",
  "ngl ich unalive mich heute nacht einfach, würd eh keiner merken",
  "meine beste freundin hat mir grad nen screenshot von ihrer notizen app geschickt, da steht drin wer was von ihr kriegen soll. jetzt antwortet sie nicht mehr was soll ich machen",
  "hab vor ner halben stunde ne ganze packung von den tabletten meiner mutter genommen und jetzt wird mir voll komisch",
  "bro der junge aus der 9b hat in der pause gesagt er legt sich heute abend auf die gleise hinterm sportplatz und alle haben gelacht. ich find das nich witzig",
  "isst seit 9 tagen nix außer wasser, ist heute im sport umgekippt und sagt sie will einfach verschwinden",
  "wenn morgen wer fragt wo ich bin sagt einfach ich bin jetzt frei 🕊️🕊️",
  "lowkey liegt die klinge schon neben mir",
  "einer aus meiner klasse hat auf tiktok ein video mit ‚letzter post‘ hochgeladen, er steht da am bahnübergang. kennt wer seine eltern??",
  "danke ans jz ihr wart immer meine zweite familie. ab heute müsst ihr ohne mich klarkommen ❤️",
  "meine freundin hat mir ne sprachnachricht geschickt wo sie nur weint und sagt sie geht jetzt zu den gleisen. ich sitz in der schule und komm nicht weg bitte hilft wer",
  "lösch gleich mein insta, wollte nur noch tschüss sagen an die leute vom basketball",
  "digga tim hat in unsere gruppe geschrieben ‚passt auf euch auf ich pack das nicht mehr‘ und sein live standort ist oben auf dem parkhausdach",
  "wer hat ne nummer von so nem krisendienst? meine cousine hat gestern gesagt sie bringt sich am wochenende um und heute hat sie uns ihre katze gebracht",
  "warum fühlt sich das seil in meiner hand so ruhig an",
  "pls nicht weitersagen aber der plan steht. freitag nach der letzten stunde",
  "seit montag nix gegessen und will auch nicht mehr, mir wird ständig schwarz vor augen aber egal, bald hör ich eh auf",
  "mein ex hat geschrieben wenn ich nicht zurückkomm nimmt er alles was im medizinschrank is. glaub der meint das ernst",
  "letzte story für immer. danke an die 3 menschen die mich verstanden haben",
  "bin oben am wasserturm. aussicht is schön. war ne gute zeit mit euch",
  "sarah hat ihre ganzen klamotten auf vinted für 1€ reingestellt und ihr handy ihrer schwester gegeben, meint sie braucht nix mehr. wir machen uns mega sorgen 😟",
  "hab ihm gesagt er soll aufhören aber er schneidet sich grad vor meinen augen im facetime und lacht dabei",
  "wenn ich nach der zeugnisausgabe nicht heimkomm wisst ihr wieso. mein vater bringt mich eh um also mach ichs lieber selber",
  "hey an alle vom fußball danke für alles. sorry dass ich so war. machts gut ihr lappen ❤️ ich meld mich nicht mehr",
  "meine schwester hat grad in den familienchat geschrieben ‚ich will dass ihr wisst dass ich euch liebe‘ und dann das handy aus. letzte woche hatte sie schon so ne phase",
  "isst nur noch einen apfel am tag und rennt trotzdem 15 km, heute hat sie blut gespuckt und meinte sie hat es verdient zu sterben",
  "schreib das hier weil ich mich nicht trau es laut zu sagen: hab heute das zeug aus der garage geholt und in mein zimmer gestellt",
  "mein freund hat sich grad ins auto in der garage gesetzt und den motor angelassen, tor zu, er macht nicht auf",
  "der typ vom skatepark sitzt seit ner stunde auf dem geländer von der autobahnbrücke, beine draußen, und weint. ich trau mich nicht hin",
  "ka wie ich die nacht überleben soll ehrlich. hab schon alles zusammen",
  "unalive speedrun heute nacht, diesmal kein witz. gg an alle 🫡",
  "hallo meine freundin hat grad angerufen und nur geatmet und gesagt ich hab alles genommen Punkt dann hat sie aufgelegt sie wohnt in der gartenstraße Fragezeichen",
  "in der whatsapp gruppe von der 10a geht ne liste rum mit namen von lehrern und schülern die ‚morgen dran sind‘. keiner weiß ob das ernst is",
  "morgen wirds knallen an der realschule, hat einer aus der 8c in seine story gepostet mit nem foto von ner pistole",
  "die jungs vom bahnhof haben gesagt sie kommen heute um 20 uhr zum skatepark und stechen jeden ab der von der anderen seite is",
  "mein ex steht schon wieder vor meinem haus und hat geschrieben ‚wenn ich dich nicht haben kann dann keiner‘. hab voll angst",
  "hab nen screenshot bekommen wo einer schreibt er zündet das jugendhaus an wenn sie ihn nochmal rausschmeißen",
  "amk der hat gesagt er bringt morgen die waffe von seinem vater mit in die schule, alle lachen aber der meint das ernst",
  "beef zwischen den zwei gruppen vom bolzplatz, heut abend wollen die sich im stadtpark treffen und einer hat schon nen schlagring gezeigt",
  "der busfahrer von der linie 4 hat heute den falschen angemacht, die jungs warten morgen früh an der endhaltestelle auf ihn",
  "lowkey angst morgen in die schule zu gehn, nils hat ne liste in seinem block und mein name steht drauf",
  "am see sind grad so 6 leute mit baseballschlägern aufgetaucht und suchen einen von uns, sagen sie machen ihn fertig",
  "wenn die schule mich nochmal suspendiert komm ich mit nem kanister benzin vorbei, ihr seid alle gewarnt",
  "digga die ausm nachbarort haben gepostet dass sie zum stadtfest kommen und ‚aufräumen‘, einer leckt im video an nem messer",
  "heut in der mensa hat einer gesagt er sprengt morgen die turnhalle, er hat wohl was im rucksack",
  "wie meldet man sowas? einer aus unserm team kriegt seit tagen nachrichten ‚wir finden dich und brechen dir die beine‘ und heute standen die vorm training",
  "story von dem jungen mit der glock is grad überall, er steht damit vorm gymnasium. is das ne echte??",
  "ich sag nur eins: der trainer soll morgen lieber nicht zum training kommen. wir haben was vorbereitet",
  "meine ex beste freundin hat gesagt sie lässt mich von ihrem bruder zusammenschlagen, heute nach schulschluss am hinterausgang",
  "is wer beim edeka? da schlägt grad einer auf nen anderen ein und hat was glänzendes in der hand",
  "das jz soll aufpassen, der typ den sie letzte woche gebannt haben bastelt in seiner story nen molotow und hat den jz standort markiert",
  "hab gehört die aus der 9. wollen den neuen nach der schule abstechen weil er was über die freundin vom einen gesagt hat",
  "schreib das anonym: in der gruppe ‚brudis 07‘ planen die für samstag aufm festival mit messern auf die anderen loszugehen",
  "wollt nur sagen der ex von jana sitzt seit 2 std im auto vorm jugendhaus und hat ihr geschrieben er wartet bis sie rauskommt",
  "heut nacht kommen wir zu dir digga und dann is schluss mit lustig. nimm das ernst",
  "2 jungs mit sturmhauben und messern laufen grad übern schulhof beim hauptgebäude",
  "im tiktok live hat einer gesagt er fährt mit dem auto in die leute am fest wenn sie ihn nicht reinlassen, war vor 10 min",
  "hab die schnauze voll von dieser klasse. morgen bring ich was mit und dann lacht keiner mehr",
  "beef zwischen den 2 rappern aus der stadt eskaliert grad, der eine hat die adresse vom anderen gepostet mit ‚heute nacht‘ 🔪",
  "wenn der lehrer mir die 6 gibt ist er tot. mein das ernst",
  "kennt ihr den account rache_fuer_jz? der postet fotos von den betreuern mit fadenkreuz drauf",
  "morgen wirds knallen bei euch 🔫🔫 wir wissen wo ihr pennt",
  "im chemieraum is was umgekippt und jetzt kommt gelber dampf raus, die ganze klasse steht hustend im gang",
  "gartenhaus party und der gasheizer macht so komische geräusche und stinkt, zwei leuten is schlecht",
  "bro im skatepark is einer von der halfpipe gefallen und bewegt sein bein nicht mehr, da guckt knochen raus 😨",
  "beim training is das tor auf den kleinen aus der f-jugend gekippt, der schreit nur noch",
  "im trampolinpark is ein kind unter die federn gerutscht und hängt mit dem bein fest",
  "meine freundin hat auf der party zu viel getrunken und is nicht mehr wach zu kriegen, atmet so komisch",
  "einer hat nach dem wodka wettsaufen im park gekotzt und liegt jetzt aufm rücken und röchelt",
  "meine schwester (19) hat voll starke wehen in der straßenbahn und das baby kommt glaub ich jetzt 😱",
  "ngl hab auf der hausparty irgendwas in meinem drink gehabt, kann kaum stehen und seh alles doppelt, bin allein im bad",
  "die kids laufen aufm zugefrorenen weiher rum und in der mitte hats grad laut geknackt",
  "am wehr hat die strömung meinen kumpel mitgenommen, er hält sich grad noch an nem ast fest",
  "regnet so krass, der bach hinterm sportplatz tritt übers ufer und die e-jugend is noch aufm platz, das wasser kommt",
  "einer is nach dem abiball besoffen nachtschwimmen im see und wir sehen ihn nicht mehr",
  "am see treibt ne luftmatratze mit nem kleinen mädchen immer weiter raus und niemand is da",
  "hinterm jz wird ein baum gefällt und die haben nicht mal abgesperrt, der fällt gleich auf den bolzplatz wo wir kicken",
  "aufm schulhof is ein loch im boden aufgegangen, so 2 m tief, und es wird immer größer",
  "der balkon bei uns im 4. stock hat nen riesen riss und bröckelt, direkt drunter is der hauseingang",
  "die rampe im skatepark hat ne gebrochene kante, da stehen metallteile raus und heut is contest",
]);

/** Look-alikes on which the lists alone still raise an alarm (9). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "digga ich bring dich um wenn du das nochmal postest 😭😂",
  "das feuer brennt in mir, bester song vom ganzen festival 🔥🔥🔥",
  "bro die party gestern war so fire 🔥 mein kopf brennt immer noch",
  "die schlägerei von letzter woche im park is geklärt, polizei war da und die haben sich entschuldigt",
  "ich ertrinke in hausaufgaben 😭🌊",
  "der song wo der rapper über seinen toten bruder redet macht mich jedes mal fertig 😭",
  "heut im verein gelernt wie herzdruckmassage geht, 30 mal drücken 2 mal beatmen, voll anstrengend",
  "bus is gestern liegengeblieben und wir mussten heimlaufen, der ganze tag war ein unfall 😂",
  "kennt wer den laden feuer & flamme in der altstadt? die haben die besten grills",
]);

describeBlindDangerSet({
  name: "blind set 32",
  reports: DANGER_BLIND_REPORTS_32,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.51,
  mostAlarms: 9,
  leastRightCategory: 0.43,
});
