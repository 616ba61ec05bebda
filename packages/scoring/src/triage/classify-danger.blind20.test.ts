import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_20 } from "./danger-blind-reports-20.js";

/*
 * The danger step on the twentieth set of comments written without
 * looking at its lexicon (see danger-blind-reports-20.ts): young people of
 * 13 to 25 in chat style under the town's TikTok, Instagram and Discord
 * posts or in messages to the youth centre, with abbreviations, English and
 * gaming words, emoji and several messages pasted as one; twice as many
 * self-harm and threat comments as the other sets, told by farewells, plans
 * and weapons. Measured before anything was changed for it, the lists found
 * 108 of the 180 dangers (recall 0.600: self-harm 29 missed, threat 24,
 * medical 5, gas 4, infrastructure 4, accident 2, water 2, fire 1, tree 1),
 * named the right category for 93, and raised 3 false alarms on the 60
 * look-alikes. The danger model of that day, not trained on the set, raised
 * recall to 0.833 (self-harm 12 missed, threat 12) with the same 3 alarms.
 */

/** Dangers the step still misses (72). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "lkw hat am schulweg beim abbiegen n mädchen mitm fahrrad erwischt, alle stehn nur rum und filmen, keiner macht was wtf",
  "am bahnübergang beim sportplatz hat der zug grad n auto mitgenommen alle schreien 😨",
  "grad vorbeigefahren: der dachstuhl vom alten hof an der mühlstraße glüht orange, kein blaulicht weit und breit",
  "mama hat kopfweh, ich auch, der hund liegt nur noch rum und die therme im bad macht so komische geräusche. is das gefährlich??",
  "unser hausmeister schreit alle raus, jemand hat im keller die leitung angebohrt, aber die oma im 2. stock hört nix und macht nich auf",
  "wir sind in chemie und der lehrer is raus und am bunsenbrenner hahn zischts die ganze zeit, der geht nich mehr zu",
  "im flur vom gymi riechts seit der pause extrem wie beim herd wenn der nich angeht, zwei sind schon umgekippt und wir sollen trotzdem im raum bleiben",
  "hund is in den kanal und sein herrchen is hinterher gesprungen, strömung voll stark, beide kommen nich raus",
  "sprachnachricht geht nich deshalb diktiert Komma am Baggersee Nordufer ist eine Frau vom Paddel Board gefallen und geht immer wieder unter Punkt bitte schnell",
  "radweg am fluss komplett zu, äste und n ganzer stamm, jogger klettern drüber und oben knackts immer noch",
  "im aufzug vom parkhaus hängen seit 40 min leute fest, notknopf geht nich und drin is ne schwangere",
  "die decke in der turnhalle hat neue risse und es rieselt putz, heut um 18 uhr is da noch training",
  "bro der steg am see hängt schief und bretter brechen durch, da stehn noch voll viele kids drauf",
  "tribüne am sportplatz wackelt krass beim jubeln, eine stütze is verbogen und das spiel läuft noch",
  "der sportlehrer hat sich an die brust gefasst und liegt jetzt aufm hallenboden und keiner weiß was",
  "ok\nneues problem\nlisa hat zu viel getrunken und wir kriegen sie nich wach\nsie liegt im park hinterm juz",
  "bin diabetiker und mir is voll zittrig, seh kaum noch was, sitz im bus linie 4 und hab nix dabei",
  "kollegin hat sich im praktikum mitm cuttermesser tief in die hand geschnitten und das blut hört nich auf zu spritzen",
  "typ im club hat glaub k.o. tropfen bekommen, kippt immer weg und seine leute sind nich mehr da",
  "ich hab heute alles verschenkt meine ps5 kriegt mein cousin\nsagt meiner mum dass es nich ihre schuld war",
  "bin grad auf der brücke über die b10 und hab keine lust mehr auf morgen",
  "meine beste freundin hat grad in ihre story geschrieben „danke für alles, ihr seht mich nich wieder“ und geht nich ans handy, sie wohnt in der gartenstraße",
  "ich bin dann mal weg für immer. sorry an alle im juz ihr wart die einzigen",
  "wann kommt hier eig der letzte zug durch? steh schon länger an den gleisen und is mir eh alles egal",
  "hab n brief für meine eltern aufn schreibtisch gelegt, wenn ihr das lest bin ich schon am alten steinbruch",
  "um 23 uhr geh ich aufs dach vom parkhaus. will nur dass das irgendwer weiß",
  "wallah ich mach keinen spaß mehr, die klinge liegt neben mir und heute hör ich nich auf",
  "meine schwester hat ihr handy zurückgesetzt, ihre katze zu mir gebracht und gesagt ich soll gut auf sie aufpassen. jetzt is sie weg und geht nich ran",
  "ich hab keine kraft mehr\nich hab die pillen vor mir\nich weiß nich mal warum ich euch schreibe",
  "sag meinem bruder er kann mein fahrrad haben ich brauch es nich mehr",
  "wie viele von den schlaftabletten braucht man eig damit man nich mehr aufwacht. packung liegt hier",
  "meine freundin hat im discord gesagt sie geht heut nacht in den see und kommt nich zurück, jetzt is sie offline",
  "ich sitz oben aufm silo hinterm sportplatz. schön hier. letzter sonnenuntergang",
  "bro mein kollege postet nur noch schwarze bilder und hat grad gefragt ob ich seine konsole will, er „braucht die nich mehr“",
  "hab mich von allen verabschiedet außer von euch. tschüss juz",
  "hab mir grad den gürtel vom papa geholt und bin im keller. sorry",
  "kannst du meiner mum sagen dass ich sie lieb hab. ich kann das nich mehr selber",
  "hab die ganze wodkaflasche und die tabletten hier, mir is grad alles egal 🙃",
  "mein ex hat mir geschrieben dass ich ihn nie wieder sehen werde und dass er oben am hochhaus an der ringstraße is, is das ernst??",
  "vllt schaff ichs heut nich mehr nach hause. steh am fluss, strömung is stark, is ok so",
  "hab mein testament in die notizen geschrieben lol\nne ernsthaft\ndie tabletten liegen neben mir",
  "mein bruder (16) hat seinen schlüssel und sein ganzes geld auf den küchentisch gelegt mit nem zettel „für euch“ und is seit ner stunde weg, handy aus",
  "hey is jmd da? bin aufm dach vom gymi und weiß nich ob ich die treppe runter geh oder einfach so runter",
  "mein kumpel hat grad n video gepostet wo er „bye an alle“ sagt, im hintergrund sieht man die eisenbahnbrücke",
  "hab die pistole von meinem onkel gefunden und ich glaub die brauch ich heut für mich",
  "erzählt meiner oma nich was ich vorhab. ich geh jetzt in den wald hoch zum aussichtsturm",
  "sorry dass ich so spät schreib. ihr habt mir im juz letztes jahr echt geholfen und das mein ich ernst. aber es is zu viel geworden, zuhause, schule, alles. hab heute meine sachen aufgeteilt, die kopfhörer kriegt mo, die jacke kriegt lea, den rest sollen die betreuer verschenken. die tabletten hab ich eingesteckt. ich geh nachher noch zum stausee, da wars immer schön. sagt herrn k danke von mir ❤️",
  "meine klassenkameradin hat im gruppenchat ihre lieblingsbücher verteilt und geschrieben dass sie heut nacht „endlich ruhe“ hat, keiner weiß wo sie is",
  "morgen erste stunde wird die schule mal richtig was erleben. ich bring was mit. wer schlau is bleibt zuhaus",
  "sagt dem becker er soll nach der 6. stunde besser nich zum lehrerparkplatz gehn, ich wart da mit was",
  "ok\nwarte\nder typ hat echt ein messer\ner läuft vorm juz rum und sagt er sticht den nächsten ab der rauskommt",
  "ich komm morgen in die große pause und dann zahlen alle die mich ausgelacht haben, hab die waffe von meinem vater",
  "an alle im juz: wir kommen heut abend mit baseballschlägern, ihr habt unseren kollegen rausgeschmissen",
  "leute ich weiß nich ob ich das hier schreiben darf aber im discord von unserer schule plant einer was für montag. er hat heute fotos von waffen in den channel geschickt, so richtige, nicht aus nem spiel, und dazu ne liste mit namen von leuten aus der 10b und zwei lehrern. er hat geschrieben „montag erste stunde, wer auf der liste steht weiß bescheid“. die anderen lachen nur aber ich kenn den, der meint das ernst. er wohnt bei uns in der nähe vom juz 😰",
  "der neue in unserer klasse hat gesagt er nimmt morgen das jagdgewehr von seinem opa mit und wir sollen nich da sein",
  "ich hab genug. mittwoch 10 uhr, aula. ihr werdet alle von mir hören",
  "wenn die lisa aus der 8c morgen in die schule kommt wars das für die. mit den jungs is alles abgesprochen",
  "meine ex muss bluten für das was sie gemacht hat. ich wart heut abend vor ihrem haus im birkenweg",
  "hab gehört die typen von drüben kommen heut um 7 mit messern zum skatepark um die kleinen abzuziehen und wer sich wehrt kriegt was",
  "mein klassenkamerad hat in sport gesagt er erschießt heut den trainer und mir aufm handy seine softair gezeigt… nee das war ne echte",
  "sag deinem bruder er soll aufpassen. heute 18 uhr am kiosk und dann bleibt der liegen",
  "die meyer hat mich durchfallen lassen, die kommt heut nich lebend vom parkplatz 🔪🔪",
  "die vom anderen verein kriegen samstag beim turnier was ab, ich hab ne schreckschuss und mein kumpel bringt ne echte",
  "ich schwör ich fahr morgen mit dem auto von meinem bruder in die gruppe vorm gymi rein wenn die wieder da stehen",
  "der hausmeister vom juz hat mich rausgeschmissen. heut nacht komm ich mit nem kanister wieder",
  "wenn der tim mich noch einmal schubst hab ich morgen n messer dabei und dann is ruhe. ernst gemeint",
  "meine freundin kriegt seit gestern von ihrem ex nachrichten „ich weiß wo du bist, morgen vor der schule bist du dran“ und jetzt steht er echt da am tor",
  "der lehrer der mich angezeigt hat dem zünd ich heut sein haus an, hab grad benzin an der tanke geholt",
  "yo an die leute vom stadtfest: unter der bühne liegt was von mir, um 21 uhr knallts",
  "ich diktier das Komma morgen beim Elternabend komm ich und mach die Klasse leer Punkt alle Punkt ich hab nix zu verlieren",
  "ey der typ aus dem discord hat grad gesagt er fährt mit seinem kumpel zum juz und „knallt die betreuer ab“, der wohnt hier in der stadt",
  "ich lauf jetzt rüber zur sarah und dann liegt die. keiner hält mich auf. messer is in der jacke",
]);

/** Look-alikes that still raise an alarm (3). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "bro das juz turnier war n massaker, wir haben 10:0 verloren 💀",
  "ich krieg n herzinfarkt wenn ich die preise am glühweinstand seh, 6 euro??",
  "meine oma sagt immer „da brennt die hütte“ wenn aufm weihnachtsmarkt musik läuft 😂",
]);

describeBlindDangerSet({
  name: "blind set 20",
  reports: DANGER_BLIND_REPORTS_20,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.60,
  mostAlarms: 3,
  leastRightCategory: 0.51,
});
