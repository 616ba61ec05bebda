import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_35 } from "./danger-blind-reports-35.js";

/*
 * The danger step on the thirty-fifth set of comments written without
 * looking at its lexicon (see danger-blind-reports-35.ts): the school world
 * (teachers, school social workers, caretakers, parents in parents' chats,
 * pupils, school bus drivers, after-school care) writing to the town as the
 * school's authority or under posts of schools and the youth welfare
 * office; 50 of its dangers are self-harm and 50 threats. Measured before
 * anything was changed for it, the lists found 99 of the 180 dangers
 * (recall 0.550) and raised 9 false alarms on the 60 look-alikes. The
 * danger model of that day, not trained on the set, raised recall to 0.906
 * with 9 alarms. The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (80). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Meine Tochter hat mir grad gezeigt, was ihre Freundin aus der 8b in den Klassenchat geschrieben hat: 'danke für alles, ihr seid die besten, ab morgen müsst ihr mich nicht mehr ertragen'. Die Eltern gehen nicht ans Telefon. Wer kennt die Familie?",
  "Als Schulsozialarbeiterin der Realschule: Ein Schüler hat heute im Beratungsgespräch gesagt, er habe die Tabletten seiner Mutter schon in seinem Zimmer versteckt und wisse auch wann. Er ist nach der 4. Stunde gegangen und nicht zu Hause angekommen.",
  "Unser Sohn (15) hat seit gestern Abend sein Handy aus, sein Zimmer ist aufgeräumt wie nie und auf dem Schreibtisch lag ein Brief an uns. Bitte, falls ihn jemand am Bahnhof oder an der Brücke sieht, sofort melden.",
  "In der Kunststunde hat ein Mädchen aus der 6. Klasse sich selbst gemalt, an einem Seil hängend, daneben steht 'bald ist Ruhe'. Sie sitzt jetzt bei mir im Lehrerzimmer und sagt, sie hat es heute Nacht vor.",
  "Mein bester Freund verschenkt seit Montag seine ganzen Sachen, seine Switch hat er mir einfach gegeben und gesagt er braucht sie nicht mehr. Heute ist er nicht in der Schule.",
  "sie isst seit wochen nix mehr, ist heute im sportunterricht umgekippt und hat danach zu mir gesagt sie will einfach nur noch verschwinden und hat sich schon überlegt wie",
  "Im Klassenchat der 9a hat jemand um 2 Uhr nachts ein Foto von einem Messer an seinem Handgelenk gepostet mit 'letzter Abend'. Danach offline.",
  "Busfahrer Linie 12 hier. Ein Mädchen ist an der Endhaltestelle nicht ausgestiegen, hat geweint und gesagt, sie geht jetzt zu den Gleisen. Ich hab sie im Bus behalten, aber ich brauche jemanden, der hier hinkommt.",
  "Beim Aufräumen der Umkleide hab ich als Hausmeister ein Heft gefunden mit einer Liste, wie man es am schnellsten macht, und einem Datum: morgen. Name steht vorne drauf, 7. Klasse. An wen geb ich das JETZT?",
  "Lehrerin an der Gesamtschule. Ein Schüler hat im Aufsatz 'Mein Leben in 10 Jahren' geschrieben, dass es das nicht geben wird, weil er am Freitag nach der Zeugnisausgabe nicht mehr da ist. Die Eltern sagen, das sei nur Drama.",
  "Habt ihr auch gesehen was Mia im Status hat? Ein Bild von der Eisenbahnbrücke und 'heute um 10'. es ist 9:40",
  "Unsere Tochter (12) hat beim Abendessen erzählt, sie hat ihrer Schwester ihr Lieblingskuscheltier vermacht, 'für danach'. Jetzt ist sie mit dem Fahrrad weg und das Handy liegt auf ihrem Bett.",
  "Mobbing in der 7b seit Monaten, keiner tut was. Jetzt hat Jonas in den Gruppenchat geschrieben 'ihr habt gewonnen, ich bin raus, für immer' und ist nicht mehr erreichbar. Reicht das endlich, dass mal jemand reagiert?",
  "Schulsozialarbeit Grundschule: Ein Kind hat heute gemalt, wie es vor ein Auto läuft, und erzählt, dass es das auf dem Heimweg machen will, dann ist der Streit zu Hause vorbei. Die Mutter holt erst um 16 Uhr ab.",
  "Wir sind mit der 9. auf Klassenfahrt in der Jugendherberge, eine Schülerin hat ihrer Zimmernachbarin Briefe für ihre Eltern gegeben und ist seit einer halben Stunde nicht im Haus. Am See ist es stockdunkel.",
  "Bitte helft: mein Sohn hat mir aus der Schule geschrieben 'Mama es tut mir leid, ich hab dich lieb, sag Papa nichts'. Ich erreich ihn nicht, die Schule sagt er ist nach der Pause verschwunden.",
  "Ich will keinem zur Last fallen aber ich hab den Gürtel schon an der Kleiderstange festgemacht. Nur damit es irgendwer weiß. Bin in der 10.",
  "hey an alle aus der 8c, wenn ihr morgen hört was passiert ist, ich wollte nur sagen dass ihr nichts dafür könnt. ausser ihr wisst schon wer",
  "Nachhilfelehrer hier. Meine Schülerin (16) hat heute gesagt, sie hat Rattengift im Keller gefunden und das sei eine 'Lösung'. Sie hat dabei nicht gelacht. Die Eltern sind im Urlaub, sie ist allein zu Hause.",
  "Wir haben in der Schultasche von unserem Sohn eine Rasierklinge gefunden und einen Zettel 'heute Nacht' mit unseren Namen drauf. Er liegt oben im Bett. Wecken? Polizei? Bitte schnell antworten",
  "Die Freundin meiner Tochter hat seit Tagen nichts gegessen, vorhin schrieb sie, dass sie ihr ganzes Insulin auf einmal spritzen will. Sie ist Diabetikerin und wohnt bei ihrer Oma am Sportplatz.",
  "Im Chat der Abschlussklasse hat einer ein Video geschickt, wo er auf der Autobahnbrücke sitzt, Beine über dem Geländer. Text: 'sorry leute'.",
  "Als Vertrauenslehrerin weiß ich nicht weiter: ein Mädchen hat mir eben geschrieben, dass sie auf dem Gleis hinterm Sportplatz sitzt und wartet. Ich stehe im Unterricht und kann nicht weg.",
  "schulbegleiterin hier, mein schützling hat heut zum dritten mal versucht sich mit dem schal auf dem klo die luft abzudrücken, die schule schickt ihn einfach heim, wo keiner ist",
  "Meine Enkelin hat auf ihr Mathebuch geschrieben 'nur noch bis Sonntag' und ihr Sparbuch ihrem kleinen Bruder gegeben. Ihre Eltern meinen, das sei Pubertät. Ich habe schreckliche Angst um sie.",
  "Hab grad auf TikTok gesehen dass eine aus der Realschule live ist und sagt sie nimmt jetzt alles aus dem Medikamentenschrank. Sieht aus wie ihr Kinderzimmer, viele schauen zu und schicken nur Emojis 😭",
  "Seit der Klassenarbeit redet er nur noch davon, dass ihn keiner vermissen würde. Heute hat er sein Fahrrad dem Kleinen von nebenan geschenkt und ist zu Fuß Richtung Steinbruch.",
  "ich schreib das hier weil mir keiner zuhört. ich hab heute im werkraum ein seil eingesteckt. wenn ich morgen nicht in der schule bin wisst ihr warum.",
  "Pausenaufsicht: ein Junge aus der 5. stand gerade auf der Brüstung im 3. Stock und meinte, er will schauen, wie tief es runtergeht, weil ihn eh alle hassen. Ich hab ihn runtergeholt, er sitzt weinend im Sekretariat. Wer übernimmt?",
  "Im Briefkasten der Schülerzeitung lag ein anonymer Zettel: 'Bin aus der 9, hab die Schlaftabletten von meiner Oma und morgen ist mein Geburtstag, das passt.' Wie finden wir raus, wer das ist??",
  "sorry das ich euch damit nerve aber ich glaub ich schaff den weg nach hause heut nicht mehr, hab 20 von den blauen genommen damit endlich ruhe ist. sitz an der bushaltestelle vor der schule",
  "Mein Sohn hat im Religionsunterricht ein Grab mit seinem Namen gemalt und das Datum von morgen. Auf Nachfrage sagt er nur, er habe 'schon alles vorbereitet'.",
  "Lehrkraft hier: eine Schülerin hat in der Klausur statt Antworten nur 'Entschuldigung Mama' und eine Uhrzeit hingeschrieben, 15:30. Sie ist nach der Abgabe sofort raus und weg.",
  "der kleine bruder von meim kumpel (7. klasse) hat im discord geschrieben wie er sich morgen an der haltestelle vor den lkw werfen will. der meint das ernst, der schreibt sonst nie sowas",
  "Seit Wochen redet meine Tochter nur noch vom Tod, heute hat sie alle Fotos vom Handy gelöscht und mir gesagt, dass sie mich lieb hat. Jetzt ist sie im Wald hinterm Schulzentrum und geht nicht ran.",
  "Ein Schüler aus der 10 hat im Gruppenchat eine Liste mit Namen von Lehrern gepostet, drüber steht 'Freitag ist Zahltag'. Mein Name steht an dritter Stelle.",
  "An der Tafel stand heute früh: 'Am 14. knallts hier, bleibt zuhause'. Der 14. ist übermorgen.",
  "Als Busfahrer: ein Vater hat mich heute an der Haltestelle am Kragen gepackt und gesagt, wenn ich seinen Sohn nochmal stehen lasse, fackelt er meinen Bus ab, mit mir drin. Er kennt meine Tour.",
  "Wir haben im Heft eines Schülers Zeichnungen gefunden: unser Schulgebäude, Männchen am Boden, Pfeile zu den Ausgängen und die Uhrzeit der großen Pause. Er ist seit Wochen sehr auffällig.",
  "Hausmeister: im Fahrradkeller lag ein Rucksack mit Benzinkanister und Feuerzeugen, daneben ein Zettel 'für die Lehrer'. Ich hab nix angefasst. Wen ruf ich an?",
  "Mein Ex steht gerade vor der Grundschule und sagt, er nimmt die Kinder mit und wenn ihn jemand aufhält, passiert was. Er hatte letztes Jahr schon ein Messer dabei.",
  "Elternchat 3a: Der Vater von Tim hat geschrieben, dass er dem Mathelehrer 'die Fresse poliert', wenn er ihn morgen beim Elternsprechtag sieht, und er bringt 'Unterstützung' mit.",
  "Hab im Discord von unserer Stufe gelesen dass einer sagt er kommt an die Waffe von seinem Onkel ran, Schützenverein, er weiß jetzt wie der Schrank aufgeht. Und er nennt Namen.",
  "Auf dem Schulhof wurde ein Sechstklässler mit einem Teppichmesser gesehen, er hat einem Mitschüler angekündigt, ihm nach der Schule das Gesicht aufzuschneiden.",
  "Ein Schüler hat im Unterricht erzählt, er baut zu Hause was, das bei der Abschlussfeier in der Aula hochgeht. Er hat Videos dazu auf dem Handy gezeigt.",
  "Der Mann, der diese Woche schon unsere Schülerinnen angesprochen hat, steht wieder am Schultor. Heute hat er zu einer gesagt, er nimmt sie mit, ob sie will oder nicht.",
  "Im Jugendzentrum hat einer rumerzählt, er hat sich über Telegram eine Schreckschuss besorgt und will damit am Freitag zur Gesamtschule, 'die Pisser aus der 10b abziehen'.",
  "Nach dem Schulverweis hat der Schüler auf Instagram gepostet: 'Herr Direktor, das war der letzte Fehler in deinem Leben.' Dazu ein Bild vom Haus des Schulleiters.",
  "Anruf im Sekretariat um 7:45, ein Mann sagte, in der Sporthalle sei ein Paket versteckt und wir hätten eine Stunde. Die ersten Klassen sind schon drin.",
  "Eine Kollegin wird seit Tagen von einem Ex-Schüler verfolgt, heute stand er vor ihrer Wohnung, eine Axt offen im Kofferraum, und hat sie fotografiert. Sie traut sich nicht raus.",
  "Klassenfahrt, Jugendherberge: drei Jungs haben einen anderen nachts festgehalten und ihm ein Messer an den Hals gehalten, sie sagen, morgen bei der Wanderung machen sie ernst.",
  "Ein Vater im Elternchat hat geschrieben, dass er 'diese Tussi vom Jugendamt' morgen bei der Anhörung 'umnietet', die hätte ihm die Kinder weggenommen. Er ist Jäger und hat Waffen zu Hause.",
  "Im Werkraum fehlen seit gestern zwei Beile, und ein Schüler hat heute im Sport gesagt, er weiß, wer sie hat und wofür: 'für die Lehrer bei der Zeugnisausgabe'.",
  "Sehr geehrte Stadt als Schulträger, wir haben heute einen anonymen Brief bekommen, der unsere Grundschule nennt und Gift im Mensaessen ankündigt, 'noch diese Woche'. Die Mensa läuft morgen einfach weiter??",
  "Jemand hat meiner Tochter einen Screenshot geschickt, eine Liste 'wer zuerst dran ist' mit Mädchennamen aus ihrer Klasse, und dass es am Wandertag passiert.",
  "Mein Sohn sagt, ein Mitschüler hat ihm heute eine Patrone gezeigt und gesagt: 'die ist für die Mathelehrerin, der Rest liegt zuhause'.",
  "Der Ex unserer Referendarin hat im Sekretariat angerufen: er komme heute in die Schule und 'bringt es zu Ende'. Sie hat ein Kontaktverbot gegen ihn.",
  "auf tiktok droht einer aus der berufsschule, dass er morgen mit paar kumpels kommt und 'die ausländer aus der 11 klatscht', im video sieht man baseballschläger",
  "Eine Mutter hat im Elternchat geschrieben, sie fährt morgen früh mit dem Auto in die Gruppe der Kinder, die ihre Tochter mobben, 'dann hat sich das erledigt'. Ein paar haben gelacht, ich nicht.",
  "Ein Oberstufenschüler hat in Politik ganz ruhig erklärt, dass er sich eine Waffe im Darknet bestellt hat, die Lieferung kommt diese Woche, und die Schule sei 'als erstes dran'.",
  "Mein Kind hat eine Zeichnung mitgebracht, die ein Mitschüler in der 3. Klasse gemacht hat: die Lehrerin in einem Sarg, daneben 'Papa macht das'. Der Vater hatte letzte Woche heftig Streit mit ihr.",
  "Lehrer gesucht, der heute im Bus Linie 5 saß: ein Fahrgast hat gedroht, alle Schüler 'abzuknallen', wenn sie nicht still sind, und hatte was unter der Jacke. Der steigt jeden Tag um 7:10 ein.",
  "Der Schüler, der letzte Woche suspendiert wurde, sitzt seit einer Stunde im Auto gegenüber vom Haupteingang und beobachtet. Vorher hat er geschrieben 'ihr werdet sehen'. Gleich ist Schulschluss.",
  "Ein Kind aus der 2. Klasse hat heute ein Klappmesser aus der Brotdose geholt und einem anderen an den Bauch gehalten, sein Papa habe gesagt, er soll zustechen, wenn einer frech ist. Das Messer ist wieder in seinem Ranzen.",
  "Im Abi-Chat wurde ein Foto der Bühne in der Aula geteilt, rot markiert die Stelle, wo der Schulleiter bei der Zeugnisvergabe steht, dazu 'beste Schussbahn'. Die Feier ist Samstag.",
  "Meine Frau ist Lehrerin und bekommt seit gestern Nachrichten von einem Vater: Fotos unserer Haustür, unserer Kinder auf dem Spielplatz und 'ich komm heut Nacht'.",
  "ey alle aus der 9b, der marvin hat gesagt er bringt morgen die knarre von seinem vater mit und schaut mal wer dann noch lacht. bitte sagts den lehrern ich trau mich nicht",
  "Kinder klettern gerade aufs Dach vom Fahrradschuppen am Schulzentrum, einer ist schon halb durchs Wellblech gebrochen und hängt da mit den Beinen drin.",
  "Wandertag: ein Schüler ist am Aussichtsfelsen abgerutscht und liegt etwa 5 Meter tiefer auf einem Vorsprung, er antwortet, kann sich aber nicht rühren. Kein Netz am Weg, schreibe vom Parkplatz.",
  "Im Putzraum sind Reiniger umgekippt und zusammengelaufen, es steigt Dampf auf und die Reinigungskraft liegt hustend im Flur.",
  "Am Schulteich ist ein Erstklässler durchs dünne Eis gebrochen, er hält sich am Rand fest, wir kommen nicht an ihn ran.",
  "Klassenfahrt an der Ostsee: ein Mädchen ist trotz Verbot rein, die Strömung zieht sie raus, sie winkt und geht immer wieder unter.",
  "Zwei Hortkinder sind zum Bach hinterm Spielplatz, der nach dem Regen reißend ist, eins ist reingefallen und treibt Richtung Wehr.",
  "Gerade im Freibad beim Schulschwimmen: ein Kind ist unter die Abdeckplane vom Nebenbecken gerutscht, man sieht nur noch die Beule unter der Plane.",
  "In der Mensa hat sich ein Fünftklässler verschluckt, er läuft blau an und kann nicht husten, Rückenklopfen hilft nicht!",
  "Am Schulweg entlang der Bahnlinie ist der Zaun seit dem Wochenende auf 10 Metern umgedrückt, die Kids nehmen jetzt die Abkürzung über die Gleise, gerade wieder drei gesehen.",
  "auf dem schulhof ist über nacht ein loch im asphalt aufgegangen, bestimmt nen meter tief, und der rand bröckelt weiter ab",
  "Die Mauer am Sportplatz, wo die Fahrräder stehen, hat seit dem Regen einen breiten Riss und beult sich nach außen, Steine fallen schon raus.",
  "Der Basketballkorb in der Halle hängt nur noch an einer Schraube und schwingt, sobald einer an den Ring springt. Morgen ist Schulturnier.",
  "Der Balkon am Containerpavillon der Gesamtschule hängt seit heute schief, die Stützen sind verbogen, und drunter sitzen Klassen bei der Freiarbeit.",
]);

/** Look-alikes on which the lists alone still raise an alarm (9). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "In der Computer-AG spielen die Jungs jetzt Fortnite-Turniere, jeden Freitag wird alles 'abgeknallt' 🙄 Mein Sohn liebt es.",
  "Bei uns in der Klasse ist der Hamster gestorben, die Kinder haben ihn heute im Schulgarten beerdigt und Abschiedsbriefe geschrieben. So süß und traurig.",
  "Mein Sohn hat in Kunst eine Bombe aus Pappmaché gebaut, zum Thema 'Krieg und Frieden'. Er ist sehr stolz drauf.",
  "Vorgestern ist ein Kind an der Bushaltestelle hingefallen und hat sich das Knie aufgeschlagen, die Lehrerin hat es super versorgt. Alles wieder gut, danke!",
  "Welche Jugendfeuerwehr nimmt noch Kinder ab 6? Meine Tochter will unbedingt lernen, wie man Brände löscht 🚒",
  "Mein Kleiner ist heute zum ersten Mal allein im tiefen Becken geschwommen, ich bin vor Stolz fast geplatzt ❤️",
  "Projekttag 'Sicher im Netz': die Polizei erklärt den Schülern, was man tun soll, wenn im Klassenchat jemand droht oder Abschiedsnachrichten postet. Sehr wichtig!",
  "Die Q2 hat den Abistreich geplant: die Schulleitung wird 'entführt' und in der Turnhalle 'gefangen gehalten', bis es Eis für alle gibt. Ist schon abgesprochen 😄",
  "Der Schulgarten steht nach dem Regen komplett unter Wasser, die Tomaten ertrinken 😅 Gummistiefel mitbringen morgen.",
]);

describeBlindDangerSet({
  name: "blind set 35",
  reports: DANGER_BLIND_REPORTS_35,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.55,
  mostAlarms: 9,
  leastRightCategory: 0.47,
});
