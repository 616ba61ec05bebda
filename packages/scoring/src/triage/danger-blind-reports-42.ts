/**
 * Blind danger reports, set 42. Written by hand by a helper session from the brief alone, without
 * looking at the classifier, its word lists, any other test set or the evaluation data.
 *
 * Voices: the seasons and weather of a German town's year, from heat waves, summer thunderstorms and
 * autumn storms through harvest, winter frost, Christmas, Silvester, Karneval, Schützenfest, Easter
 * fires and the spring thaw. Writers are residents, parents, farmers, dog walkers, commuters, older
 * people and teenagers; some careful and long with the danger in the middle, many hurried: lower
 * case, typos, missing umlauts, emoji, dialect, abbreviations, voice-to-text without punctuation.
 * Danger is often told through what is seen, heard or smelled rather than the obvious keyword.
 * Kinds: 180 dangers, exactly 20 each of accident, fire, gas (CO from braziers, grills, heaters and
 * generators, leaks, manure and silo gases), water (thin ice, bathing, floods, flooded underpasses),
 * tree (falling branches and trees after storms, snow, heat and lightning), threat (knives, thrown
 * firecrackers, arson and violence threats at festivals and at home), self-harm (winter darkness,
 * Christmas and Silvester alone, ice, bridges, tracks), medical (heat, hypothermia, hot cars, stings,
 * collapses) and infrastructure (roof tiles, scaffolding, icicles, snow loads, power lines, bridges,
 * open drains, sinkholes). Plus 60 harmless look-alikes (null) that use the same heavy words: figures
 * of speech, past events, drills and announcements, rule questions, jokes, forecasts, other towns,
 * praise, complaints and dangers already over.
 */
import type { BlindDangerReport } from "./danger-blind-reports.js";

export const DANGER_BLIND_REPORTS_42: readonly BlindDangerReport[] = [
  // accident
  { text: "Auf der B27 Höhe Sportplatz liegt ein Auto auf dem Dach, hat sich auf dem Blitzeis gedreht, da sitzt noch jemand drin!!", category: "accident" },
  { text: "traktor mit anhänger in der kurve am mühlweg umgekippt, fahrer liegt daneben und bewegt sich kaum", category: "accident" },
  {
    text: "Rodelbahn Galgenberg: ein Kind auf dem Schlitten ist unten direkt auf die Straße gerauscht und unter ein Auto geraten, bitte schnell",
    category: "accident",
  },
  { text: "Mein Nachbar ist beim Schneeschippen vom Garagendach gestürzt, liegt im Hof und sagt er spürt seine Beine nicht", category: "accident" },
  {
    text: "silvester 0:20 marktplatz – bei nem jungen ist der böller in der hand hochgegangen, finger blutet wie verrückt, wir drücken n schal drauf",
    category: "accident",
  },
  {
    text: "Am Kreisel Raiffeisenstraße ist eine ganze Ladung Strohballen vom Hänger gerutscht, ein Radfahrer liegt drunter, man sieht nur noch das Vorderrad",
    category: "accident",
  },
  {
    text:
      "Hallo, ich pendle jeden Morgen mit dem Zug und laufe dann über die Eisenbahnbrücke ins Büro. Heute ist dort vor mir eine ältere Dame auf dem " +
      "spiegelglatten Gehweg hingefallen, ihr Bein steht seltsam ab und sie kommt nicht hoch. Ich bleibe bei ihr, aber es ist eiskalt, wer kann kommen?",
    category: "accident",
  },
  {
    text: "Mähdrescher hat auf der Kreisstraße nach Oberdorf beim Abbiegen einen Motorradfahrer erwischt, der liegt jetzt im Graben und der Helm ist ab",
    category: "accident",
  },
  {
    text: "hagel wie golfbälle, aufm zubringer zur A7 sind grad drei autos ineinander, einer hat blut im gesicht und steht verwirrt auf der fahrbahn",
    category: "accident",
  },
  {
    text: "Ein Dachdecker ist am Rathausplatz bei einer Sturmböe vom Gerüst gefallen und liegt auf dem Pflaster, die Kollegen schreien nur rum",
    category: "accident",
  },
  {
    text: "Schützenfest, Kettenkarussell ist stehen geblieben und ein Mädchen hängt mit dem Arm eingeklemmt zwischen Sitz und Kette, sie weint nur noch",
    category: "accident",
  },
  {
    text: "Landwirt ist in seinem Getreidesilo an der Hofstraße eingesunken, nur noch Kopf und Schultern schauen raus, der Sohn ruft um Hilfe",
    category: "accident",
  },
  {
    text: "E-Scooter-Fahrer auf dem nassen Laub vor der Grundschule weggerutscht und gegen den Laternenmast geknallt, ist bewusstlos, Helm hatte er keinen",
    category: "accident",
  },
  { text: "Osterfeuer Dorfwiese: ein Helfer ist vom Holzstapel runtergefallen, gut 3 Meter, liegt auf dem Rücken und stöhnt", category: "accident" },
  { text: "GLÄTTE!!! Bus Linie 4 an der Haltestelle Kirchplatz in die Wartenden gerutscht 😱 mehrere am Boden", category: "accident" },
  {
    text: "Mein Opa ist mit dem Rollator auf dem vereisten Weg zum Friedhof gestürzt, er blutet am Hinterkopf und redet wirr, wir sind am Seiteneingang",
    category: "accident",
  },
  { text: "beim karnevalsumzug ist ein kind unter den wagen vom elferrat gekommen, zug steht, die mutter schreit", category: "accident" },
  {
    text:
      "Maisernte halt... die ganze Landstraße nach Hausen ist voller Matsch und grad hat es ein Auto in den Acker geschleudert, liegt auf der " +
      "Seite, Warnblinker an, keiner steigt aus",
    category: "accident",
  },
  {
    text: "rakete ist waagerecht in die gruppe an der bushalte geflogen, ein mädel hat was ins auge gekriegt und hält sich das gesicht, sie schreit",
    category: "accident",
  },
  {
    text:
      "hallo ich steh hier an der kreuzung lindenallee ecke schulstraße da ist gerade ein radfahrer auf dem glatteis unter einen lkw gerutscht " +
      "bitte kommen sie schnell",
    category: "accident",
  },

  // fire
  {
    text: "Am Waldrand hinterm Sportplatz qualmt es, das trockene Gras brennt schon auf ein paar Metern und der Wind drückt es Richtung Kleingärten",
    category: "fire",
  },
  { text: "Strohlager bei Bauer Kessler brennt lichterloh!! Flammen meterhoch und die Pferde sind noch im Stall direkt daneben", category: "fire" },
  {
    text:
      "adventskranz bei meiner nachbarin über mir (2. OG) hat feuer gefangen, sie ist über 80 und macht nicht auf, im ganzen treppenhaus riecht es " +
      "verbrannt",
    category: "fire",
  },
  { text: "Mähdrescher brennt mitten im Weizenfeld an der Kreisstraße, das Feuer frisst sich durchs Feld Richtung Neubausiedlung", category: "fire" },
  { text: "Balkon gegenüber Goethestr 12 brennt, ne Rakete ist reingeflogen, die Markise steht in Flammen und drinnen ist Licht an", category: "fire" },
  { text: "Der Mülltonnenunterstand an der Grundschule brennt, die Flammen schlagen schon an die Holzfassade", category: "fire" },
  {
    text: "Blitz ist in den Kirchturm von St. Martin eingeschlagen, oben aus dem Glockenstuhl kommt Rauch, unten laufen Leute von der Abendmesse raus",
    category: "fire",
  },
  { text: "Osterfeuer außer Kontrolle, Funkenflug auf die Reetdächer am Dorfteich, eins glimmt schon", category: "fire" },
  { text: "Weihnachtsmarkt, Crêpesbude hinten links: Fettbrand, das Vordach brennt und die Leute stehen noch direkt davor und filmen", category: "fire" },
  {
    text: "Unser Christbaum brennt, kriegen es nicht aus, sind alle raus aber die Katze ist noch drin und 112 geht grad nicht durch!! Am Hang 4",
    category: "fire",
  },
  { text: "kaminbrand!! aus dem schornstein von fam becker im lindenweg sprühen funken wie ne wunderkerze und es brummt laut", category: "fire" },
  { text: "Hinterm Edeka kokelt der Hang, Glasscherbe oder Kippe keine Ahnung, aber es wird immer größer und da oben stehen die Fichten", category: "fire" },
  {
    text: "Die Heizdecke bei meiner Oma hat geschmort, aus dem Schlafzimmer kommt Rauch, sie liegt noch im Bett und kommt alleine nicht raus",
    category: "fire",
  },
  { text: "Feuerschein über dem Stadtwald, von der Bundesstraße aus sieht man eine dicke Rauchsäule und es riecht nach Harz bis in den Ort", category: "fire" },
  {
    text: "Holzhütte am Grillplatz Eichenhain steht in Flammen, paar Jugendliche daneben trauen sich nicht zu löschen, drin steht ne Gasflasche",
    category: "fire",
  },
  {
    text: "Teelichter im Schaufenster der Bäckerei haben die Deko angesteckt, Laden ist zu, aber hinter der Scheibe lodert es und oben wohnen Leute",
    category: "fire",
  },
  { text: "Stoppelfeld am Ortsausgang brennt, die Feuerlinie läuft auf die Scheune zu, der Bauer ist nicht da", category: "fire" },
  { text: "brennende mülltonne vorm mehrfamilienhaus am anger, flammen schon am fenster vom erdgeschoss 🔥🔥", category: "fire" },
  { text: "Gewitter grad, Blitz ins Nachbarhaus, jetzt quillt aus den Ziegeln dunkler Rauch und das Haus hängt direkt an unserem dran", category: "fire" },
  {
    text:
      "Hallo liebe Gemeinde, ich sitze auf der Terrasse und sehe, dass über dem Spielplatz am Buchenweg Rauch steht. Der Rindenmulch unter der Rutsche " +
      "glüht und züngelt schon, und kleine Kinder spielen direkt daneben.",
    category: "fire",
  },

  // gas
  {
    text: "Im Keller vom Jugendhaus läuft seit dem Hochwasser das Notstromaggregat, zwei Helfer sind da unten und sagen ihnen ist schwindelig und übel",
    category: "gas",
  },
  {
    text:
      "Nachbarn haben gestern Abend wegen Heizungsausfall einen Holzkohlegrill in die Wohnung gestellt, heute machen sie nicht auf, Rollos unten, " +
      "Auto steht da",
    category: "gas",
  },
  { text: "Riecht hier im ganzen Hausflur Wilhelmstr. 7 nach faulen Eiern, seit heute morgen, und hinter der Kellertür zischt es leise", category: "gas" },
  {
    text: "bagger hat bei den kanalarbeiten vor der kita eine leitung erwischt, es pfeift richtig laut raus und stinkt, kinder sind noch drinnen",
    category: "gas",
  },
  {
    text: "Mein CO-Melder piept seit 10 Minuten, meine Frau hat Kopfschmerzen und der Kleine ist so schläfrig, wir haben so einen Gasofen im Bad",
    category: "gas",
  },
  {
    text: "Heizpilz am Glühweinstand Marktplatz: der Schlauch zur Flasche ist angeschmolzen und zischt, die Leute stehen drumrum und trinken weiter",
    category: "gas",
  },
  {
    text:
      "In der Gartenlaube von meinem Sohn steht ein Propanofen, er schläft da seit dem Streit mit seiner Freundin, geht nicht ans Handy und die " +
      "Laube ist dicht zu",
    category: "gas",
  },
  { text: "Bauer Lindner ist in die Güllegrube runter um was zu reparieren, jetzt antwortet er nicht mehr und der Knecht will hinterher", category: "gas" },
  { text: "gärgase im silo, es riecht stechend und gelbbraune schwaden kommen aus der luke, zwei jungs spielen direkt daneben", category: "gas" },
  {
    text: "Camper am See haben den Gaskocher im Zelt angelassen, die Frau ist gerade rausgetorkelt und hat sich übergeben, ihr Mann liegt noch drin",
    category: "gas",
  },
  { text: "Wir sind in einer Ferienwohnung mit Gastherme, seit gestern haben alle 4 Kopfschmerzen und Schwindel, ist das normal??", category: "gas" },
  { text: "Es riecht nach Gas an der Bushaltestelle Schillerplatz, richtig stark, und daneben stehen welche und rauchen", category: "gas" },
  {
    text: "Frostschaden? Die Leitung an der Hauswand Brunnenstraße ist gerissen, man hört es zischen und der Schnee drumrum ist braun verfärbt",
    category: "gas",
  },
  { text: "hilfe gasflasche aufm balkon nebenan undicht, zischt, und der typ will jetzt grillen", category: "gas" },
  {
    text:
      "Im Vereinsheim vom Schützenverein stinkt es beim Aufschließen total nach Gas, der Herd war wohl die ganze Nacht auf, heute Mittag kommen 80 " +
      "Leute zum Frühschoppen",
    category: "gas",
  },
  {
    text:
      "Die Feuerschale steht bei denen im Wintergarten und alles ist zu, Oma und Enkel sitzen drin, Scheiben beschlagen, die Oma war eben am " +
      "Telefon ganz verwirrt",
    category: "gas",
  },
  { text: "meine mutter sagt seit der neue gasboiler drin ist wird ihr abends immer schwarz vor augen, heute ist sie in der küche umgekippt", category: "gas" },
  {
    text:
      "Hausmeister hat zum Auftauen der Rohre einen Gasbrenner im Heizungskeller laufen lassen und ist weg, jetzt zieht Gasgeruch durch die " +
      "Kellertür in den Flur",
    category: "gas",
  },
  { text: "Wasserrohrbruch im Keller, dabei ist wohl die Gasuhr abgerissen, es riecht und zischt und das Wasser steigt", category: "gas" },
  {
    text: "Kinder haben im Bauwagen aufm Abenteuerspielplatz nen alten Gasofen angemacht und Tür zu, einer kam mit Kopfweh raus, die anderen sind noch drin",
    category: "gas",
  },

  // water
  { text: "Eis bricht, kind drauf!! Stadtweiher", category: "water" },
  { text: "An der Kiesgrube ist ein Schwimmer seit paar Minuten nicht mehr aufgetaucht, nur noch seine Luftmatratze treibt da", category: "water" },
  {
    text: "Unterführung Bahnhofstraße steht voll, ein Kleinwagen ist reingefahren, das Wasser geht schon bis an die Scheiben und die Frau drin klopft",
    category: "water",
  },
  { text: "Am Weiher im Park liegt auf dem Eis eine rote Kindermütze direkt neben einem Loch, ich seh kein Kind", category: "water" },
  {
    text: "Der Bach hinter der Schule ist in 10 min um nen Meter gestiegen, braune Brühe, Kinder stehen auf der kleinen Holzbrücke und gucken",
    category: "water",
  },
  { text: "Rhein bei der Fähre: Jugendlicher ist von der Buhne reingesprungen und die Strömung zieht ihn raus, er rudert mit den Armen", category: "water" },
  {
    text:
      "Keller läuft voll bei meiner Schwiegermutter, sie ist runter die Einmachgläser retten, Wasser steht ihr bis zur Hüfte und der " +
      "Sicherungskasten ist da unten",
    category: "water",
  },
  { text: "Deich am Altarm sickert durch, auf der Landseite sprudelt es aus der Wiese, dahinter gleich die Wohnsiedlung", category: "water" },
  { text: "Hund ist aufs Eis, Herrchen hinterher, jetzt sind beide eingebrochen am Mühlenteich", category: "water" },
  { text: "Sturzflut im Hohlweg, das Wasser reißt Steine mit, ein älteres Paar steht auf dem Autodach und kommt nicht weg", category: "water" },
  { text: "Badesee Nord: Kind im Nichtschwimmerbereich treibt mit dem Gesicht nach unten, Bademeister gibts hier nicht!", category: "water" },
  {
    text: "Tauwetter: die Eisschollen stauen sich an der Brücke, das Wasser drückt über die Ufermauer in die Altstadtgasse und Anwohner stehen schon drin",
    category: "water",
  },
  {
    text: "Stand-up-Paddler auf dem Stausee, ne Gewitterböe hat ihn weit rausgetrieben, er ist abgerutscht und hält sich nur noch am Board fest, keine Weste",
    category: "water",
  },
  { text: "Die Tiefgarage in der Neustadt läuft gerade voll, Leute wollen noch ihre Autos rausholen, an der Rampe steht es schon hüfthoch", category: "water" },
  { text: "junge auf eisscholle abgetrieben am fluss, höhe sportplatz, er schreit", category: "water" },
  {
    text: "Beim Schlittschuhlaufen auf dem Baggersee ist ein Mann eingebrochen, er hält sich an der Kante fest aber die bricht immer weiter ab",
    category: "water",
  },
  {
    text: "Freibad ist zu, aber Jugendliche sind über den Zaun, einer ist vom 10er gesprungen und seitdem bewegt er sich nicht mehr im Wasser",
    category: "water",
  },
  {
    text:
      "der damm vom regenrückhaltebecken ist gebrochen, die welle kommt gleich den mühlbach runter und unten am campingplatz stehen noch wohnwagen " +
      "mit leuten",
    category: "water",
  },
  {
    text: "ja hallo hier ist frau meier aus der auenstraße das wasser kommt über die straße ins haus mein mann sitzt im rollstuhl wir kommen nicht mehr raus",
    category: "water",
  },
  { text: "Angler am Wehr ist ausgerutscht und ins Tosbecken gefallen, wird da unten immer im Kreis gedreht", category: "water" },

  // tree
  {
    text:
      "Vom großen Ahorn am Spielplatz Lindenhof hängt ein abgerissener Ast über dem Weg, nur noch an der Rinde, schwingt im Wind und Kinder laufen " +
      "drunter durch",
    category: "tree",
  },
  { text: "Baum auf Auto! Kastanienallee, Fahrer sitzt noch drin, Dach eingedrückt", category: "tree" },
  {
    text: "Die Pappel am Radweg zum Baggersee hat seit dem Blitz einen Riss von oben bis unten und knackt, die halbe Krone neigt sich über den Weg",
    category: "tree",
  },
  {
    text: "sturm heute nacht: fichte liegt auf der kreisstraße kurz hinter der kurve, sieht man erst im letzten moment, einer wär grad fast drauf",
    category: "tree",
  },
  {
    text: "Bei uns in der Schulstraße ist die Linde mit dem Wurzelteller halb raus, steht schräg auf Haus Nr. 5 zu und die Erde hebt sich bei jeder Böe",
    category: "tree",
  },
  {
    text: "Die Birken am Friedhof biegen sich unterm Nassschnee bis zum Boden, eine ist schon auf die Bank gekracht wo sonst immer die Rentner sitzen",
    category: "tree",
  },
  {
    text:
      "Grünastabbruch bei der Hitze – die alte Eiche im Stadtpark hat eben ganz ohne Wind einen dicken Ast fallen lassen, knapp neben einer Familie " +
      "auf der Picknickdecke, und darüber hängt noch einer angeknackst",
    category: "tree",
  },
  { text: "großer ast liegt auf der oberleitung von der regionalbahn am bahnübergang feldweg, es funkt", category: "tree" },
  { text: "Kiefer quer über den Waldweg gefallen und hat ne Joggerin erwischt, sie liegt mit dem Bein drunter und ruft", category: "tree" },
  {
    text:
      "Der hohle Kastanienbaum vor der Kita wackelt bei jedem Windstoß sichtbar, unten am Stamm ist ein großer Spalt aufgegangen, morgen früh sind " +
      "da 40 Kinder",
    category: "tree",
  },
  { text: "Nach dem Hagelunwetter klemmt in der Platane an der Bushalte ein riesiger abgebrochener Ast, direkt über den Leuten die warten", category: "tree" },
  {
    text: "Am Hang vom Schlossberg rutschen die Bäume mit dem aufgeweichten Boden Richtung Straße, zwei liegen schon fast auf der Leitplanke",
    category: "tree",
  },
  { text: "Ein Baum ist auf unser Gartenhaus gefallen und mein Vater war drin am Werkeln, wir hören ihn aber kommen nicht ran", category: "tree" },
  { text: "dringend: weide am bach umgekippt, liegt aufm schulbus-parkplatz zwischen den bussen und es knackt noch mehr", category: "tree" },
  {
    text:
      "Im Kurpark knirscht die große Buche bei den Böen so laut, dass man es bis zu den Bänken hört, und die Leute vom Seniorenheim machen grad " +
      "dort ihren Spaziergang",
    category: "tree",
  },
  { text: "Windbruch an der Landstraße nach Wiesental, mehrere Fichten lehnen nur noch an anderen Bäumen und hängen über der Fahrbahn", category: "tree" },
  { text: "Bitte kommt schnell mit der Säge: eine Esche am Schulweg ist oben abgebrochen und hängt im Nachbarbaum, gleich ist Schulschluss", category: "tree" },
  {
    text:
      "Sind auf dem Heimweg vom Weihnachtsmarkt, die große Tanne vorm Rathaus neigt sich bei dem Sturm immer mehr, die Lichterkette reißt schon ab " +
      "und die Buden stehen direkt drunter",
    category: "tree",
  },
  {
    text: "Eisregen hat die Bäume an der Allee in Glas verwandelt, alle paar Sekunden knallt irgendwo ein Ast runter und die Autos fahren einfach weiter durch",
    category: "tree",
  },
  { text: "umgestürzter baum blockiert die zufahrt zur notaufnahme vom kreiskrankenhaus, der rtw kommt nicht durch", category: "tree" },

  // threat
  {
    text: "Schützenfest Festzelt: ein Typ hat ein Messer rausgeholt und fuchtelt vor der Theke rum, schreit er sticht jeden ab der ihn anfasst",
    category: "threat",
  },
  {
    text:
      "Mein Nachbar hat heute über den Zaun gebrüllt, an Silvester schießt er uns die Raketen ins Dach bis die Bude abbrennt. Der meint das ernst, " +
      "im Carport stehen schon Kisten voll.",
    category: "threat",
  },
  {
    text: "Karneval, Altstadt Ecke Kirchgasse: ne Gruppe Jecken tritt auf einen ein der am Boden liegt, einer hat ne Flasche abgeschlagen",
    category: "threat",
  },
  { text: "an der bushalte werfen welche gezielt böller auf leute, eine frau mit kinderwagen haben sie grad getroffen", category: "threat" },
  {
    text: "Ex-Freund steht seit einer Stunde vor meiner Tür, hat geschrieben wenn ich nicht rauskomme zündet er mein Auto an, ich bin mit den Kindern allein",
    category: "threat",
  },
  { text: "Am Osterfeuer läuft einer besoffen mit ner brennenden Fackel rum und droht den Leuten vom Heimatverein, er steckt sie an", category: "threat" },
  {
    text:
      "Jemand ballert vom Dach vom Parkhaus mit ner Schreckschusspistole auf die Leute unten am Marktplatz, es knallt ständig und keiner weiß ob " +
      "das echt ist",
    category: "threat",
  },
  {
    text:
      "Hab grad auf Insta gesehen dass einer aus der 9b für morgen beim Winterfest was Großes ankündigt, mit Foto von nem Messer und den Namen von " +
      "zwei Lehrerinnen",
    category: "threat",
  },
  {
    text: "Fasching im Bürgerhaus, draußen vorm Eingang: zwei Männer, einer hält dem anderen ein Messer an den Hals, Security ist nirgends",
    category: "threat",
  },
  {
    text:
      "Unser Winterdienstfahrer wurde eben an der Hauptstraße mit einer Eisenstange bedroht weil er angeblich zu langsam räumt, der Mann steht " +
      "immer noch neben dem Fahrzeug",
    category: "threat",
  },
  {
    text:
      "Mein Mann ist seit Heiligabend durchgehend betrunken, heute hat er das Küchenmesser genommen und gesagt dieses Jahr erleben wir Neujahr nicht mehr. " +
      "Ich sitz mit den Kindern im Bad eingeschlossen",
    category: "threat",
  },
  { text: "Auf dem Weihnachtsmarkt brüllt ein Mann an der Glühweinbude, er hat eine Bombe im Rucksack und alle sollen verrecken", category: "threat" },
  { text: "kerl mit axt am dorfplatz hackt auf den maibaum ein und droht jedem der näher kommt", category: "threat" },
  {
    text:
      "In der Straßenbahn hat ein Jugendlicher der alten Dame gegenüber gesagt er schubst sie vor die nächste Bahn, jetzt steigt er mit ihr " +
      "zusammen am Stadtbad aus",
    category: "threat",
  },
  { text: "Leute zielen mit Raketen aus dem Fenster vom Hochhaus direkt auf die Leute im Hof, da sind Kinder!!!", category: "threat" },
  {
    text: "Der vom Nachbargrundstück droht meinem Vater seit Tagen wegen dem Laub, heute steht er mit laufender Motorsäge am Zaun und schreit er kommt rüber",
    category: "threat",
  },
  {
    text: "Sommerfest am See: ein Mann hat einen Jungen am Steg gepackt und drückt ihn immer wieder unter Wasser, lacht dabei, die anderen stehen nur rum",
    category: "threat",
  },
  { text: "Im Kommentarbereich vom Stadtfest-Post droht jemand, er fährt am Samstag mit seinem Transporter in die Menge am Festplatz", category: "threat" },
  { text: "schützenfest, am schießstand hat sich einer das luftgewehr geschnappt und zielt auf die leute an der bierbude", category: "threat" },
  {
    text: "Johannisfeuer: paar Besoffene umstellen einen Jungen und schubsen ihn immer näher ans Feuer, einer hat ein Klappmesser in der Hand",
    category: "threat",
  },

  // self-harm
  {
    text: "Weihnachten wieder ganz allein. Die Tabletten liegen schon bereit, diesmal mach ich es richtig. Sorry an wen auch immer das liest.",
    category: "self-harm",
  },
  {
    text:
      "Eine Frau läuft gerade ganz langsam aufs Eis vom Stadtweiher raus, wo Betreten verboten steht, sie hat gerufen dass sie nicht mehr will und " +
      "geht weiter zur Mitte",
    category: "self-harm",
  },
  {
    text:
      "mein bruder hat mir um 2 nachts geschrieben er fährt jetzt zum staudamm und dann ist ruhe. handy aus. er hat seit der trennung schon öfter " +
      "sowas gesagt",
    category: "self-harm",
  },
  {
    text:
      "Auf der Brücke über den Fluss, der grad Hochwasser führt, sitzt ein junger Mann außen auf dem Geländer, lässt die Beine baumeln und " +
      "reagiert auf nichts",
    category: "self-harm",
  },
  {
    text: "Es ist dunkel wenn ich aufstehe und dunkel wenn ich heimkomme. Ich hab mir einen Strick gekauft. Ich weiß nicht warum ich das hier schreibe.",
    category: "self-harm",
  },
  {
    text:
      "Mein Vater (78) hat seit Omas Tod im Herbst fast alles verschenkt, heute am Telefon meinte er, den Frühling erlebt er nicht mehr, und den Jagdschein " +
      "hat er ja noch. Ich wohne 300 km weg, er in der Lindenstraße 9.",
    category: "self-harm",
  },
  {
    text: "Eine Jugendliche sitzt hinterm Bahnhof im Schnee auf den Gleisen und sagt zu uns, der nächste Zug kommt um 18:12 und wir sollen gehen",
    category: "self-harm",
  },
  { text: "ich stehe am see und das eis ist dünn und ich will einfach weitergehen", category: "self-harm" },
  { text: "silvester alle feiern nur ich nicht. um mitternacht geh ich aufs dach vom parkhaus und dann wars das 🎆", category: "self-harm" },
  {
    text: "Meine Freundin postet seit Tagen nur noch schwarze Bilder und heute ein Foto von ihrem Unterarm voller Schnitte, drunter steht 'heute tiefer'",
    category: "self-harm",
  },
  {
    text: "Im Schneetreiben steht ein alter Herr im Schlafanzug auf der Autobahnbrücke und sagt zu den Leuten, er will dass es schnell geht",
    category: "self-harm",
  },
  { text: "Hab mich in der Garage eingeschlossen und den Motor laufen lassen, irgendwie zitter ich jetzt doch", category: "self-harm" },
  {
    text:
      "Die Nachbarin hat mir eben weinend am Zaun erzählt, dass sie alle Schlafmittel von ihrem verstorbenen Mann gesammelt hat und die heute Abend " +
      "an seinem Geburtstag nimmt. Dann ist sie wieder reingegangen.",
    category: "self-harm",
  },
  {
    text:
      "sitze ohne strom und heizung weil ich die rechnung nicht zahlen kann, hab den gaskocher hier und überleg einfach die fenster zu lassen und " +
      "einzuschlafen",
    category: "self-harm",
  },
  {
    text: "Fasching, Damenklo im Bürgerhaus: ein Mädchen im Kostüm sagt sie hat ne ganze Packung von irgendwas geschluckt, weil ihr Freund Schluss gemacht hat",
    category: "self-harm",
  },
  {
    text:
      "Beim Hochwasser wollte mein Onkel nicht raus, jetzt hat er angerufen er bleibt extra da und legt sich hin, ihm ist alles egal. Das Wasser " +
      "ist schon im Erdgeschoss.",
    category: "self-harm",
  },
  {
    text: "Sohn (16) hat nach dem Zeugnis einen Abschiedsbrief auf den Schreibtisch gelegt und ist mit dem Rad Richtung Steinbruch, bitte helft",
    category: "self-harm",
  },
  {
    text: "seit tagen über 35 grad und ich hab keine kraft mehr, ich trink jetzt nix mehr und lass mich gehen, vermisst mich eh keiner",
    category: "self-harm",
  },
  {
    text: "Typ ist beim Stadtfest übers Absperrgitter aufs Gerüst am Kirchturm geklettert und schreit runter, er springt, wenn seine Frau nicht kommt",
    category: "self-harm",
  },
  {
    text: "schreib das hier nur weil mich sonst keiner hört. seit november lieg ich nur noch im bett. heute hab ich mir die rasierklingen rausgelegt",
    category: "self-harm",
  },

  // medical
  {
    text: "Auf dem Markt ist ein älterer Mann in der Mittagshitze vorm Obststand umgekippt, er ist knallrot, schwitzt gar nicht mehr und murmelt nur",
    category: "medical",
  },
  { text: "Kind im Auto! Parkplatz Baumarkt, silberner Kombi, Baby im Maxi-Cosi, Fenster zu, 34 Grad, es schreit schon nicht mehr", category: "medical" },
  {
    text: "Unter der Brücke am Busbahnhof liegt ein Obdachloser bei minus 12 Grad mit ner dünnen Decke, Lippen blau, wacht nicht richtig auf",
    category: "medical",
  },
  {
    text: "Opa Karl hat beim Schneeschippen Druck auf der Brust gekriegt, er ist grau im Gesicht, sitzt auf der Treppe und der linke Arm tut ihm weh",
    category: "medical",
  },
  { text: "Wespe in der Limo, mein Mann hat sie verschluckt, sein Hals schwillt zu und er kriegt kaum noch Luft 😰", category: "medical" },
  { text: "Rosenmontag: junges Mädchen liegt zusammengerollt im Hauseingang Bäckergasse, alles voll Erbrochenem, nicht ansprechbar", category: "medical" },
  { text: "Blitz hat beim Fußballtraining in den Rasenplatz eingeschlagen, zwei Jungs liegen am Boden, einer atmet ganz komisch", category: "medical" },
  { text: "Beim Stadtlauf bei 31 Grad ist ein Läufer kurz vorm Ziel zusammengesackt und krampft, die Sanis sind am anderen Ende", category: "medical" },
  {
    text: "ältere nachbarin sitzt seit tagen ohne heizung, heute war sie total durcheinander und eiskalt an den händen, erkennt mich nicht mehr",
    category: "medical",
  },
  {
    text: "Schützenfest Festzelt, ein Mann ist beim Tanzen umgefallen und atmet nicht, jemand drückt auf der Brust rum, gibts hier nen Defi??",
    category: "medical",
  },
  { text: "Mein Sohn (4) hat beim Ostereiersuchen im Garten Beeren vom Strauch gegessen, jetzt ist er ganz schlapp und erbricht", category: "medical" },
  {
    text:
      "Weihnachtsmarkt: eine Frau mit Diabetes ist an der Bude zusammengesackt, ihr Mann sagt sie braucht Zucker, aber sie kriegt nichts mehr " +
      "runter und zittert",
    category: "medical",
  },
  { text: "Im Bus Linie 7 ist die Klimaanlage kaputt und eine Schwangere ist ohnmächtig geworden, der Fahrer fährt einfach weiter", category: "medical" },
  {
    text: "Junge ist im Freibad in der prallen Sonne eingeschlafen, jetzt hat er Schüttelfrost, Kopfweh, ist ganz verwirrt und übergibt sich",
    category: "medical",
  },
  {
    text: "Hab auf dem Heimweg von der Weihnachtsfeier einen Mann im Schnee neben dem Radweg gefunden, er ist kalt, atmet ganz flach und riecht nach Alkohol",
    category: "medical",
  },
  {
    text: "Im Altenheim Sonnenhof hat es unterm Dach 35 Grad, drei Bewohner sind schon kaum ansprechbar und die Pflegerin ist allein auf Station",
    category: "medical",
  },
  { text: "Bruder hatte beim Silvesterfeiern auf einmal nen Krampfanfall, liegt jetzt auf der Seite aber wacht nicht auf, schon 5 min", category: "medical" },
  {
    text:
      "Kinder vom Ferienlager sind von der Wanderung zurück, drei haben hohes Fieber, eins hat rote Flecken die nicht weggehen wenn man ein Glas " +
      "draufdrückt",
    category: "medical",
  },
  { text: "Pollen + Gewitter = meine Tochter hat grad nen Asthmaanfall wie noch nie, Spray hilft nicht, Lippen werden bläulich", category: "medical" },
  {
    text:
      "Ein Bauarbeiter an der Baustelle Hauptstraße sitzt schon eine Weile im Schatten vom Bagger, spricht verwaschen und ein Mundwinkel hängt runter, " +
      "die Kollegen meinen das ist nur die Hitze",
    category: "medical",
  },

  // infrastructure
  {
    text: "Dachziegel fliegen bei dem Sturm vom Kirchendach direkt auf den Gehweg zum Kindergarten, die Eltern bringen gerade ihre Kinder",
    category: "infrastructure",
  },
  {
    text:
      "Das Baugerüst an der Sparkasse schwankt bei den Böen, die Planen wirken wie Segel, oben ist ein Teil schon ausgehakt und hängt über der " +
      "Fußgängerzone",
    category: "infrastructure",
  },
  {
    text: "Riesige Eiszapfen, bestimmt nen Meter lang, an der Dachrinne vom Rathaus überm Eingang, einer ist eben runtergekracht, knapp neben einer Frau",
    category: "infrastructure",
  },
  {
    text: "Das Flachdach der Turnhalle biegt sich unterm Schnee sichtbar durch, innen knackt es, gleich fängt das Jugendtraining an",
    category: "infrastructure",
  },
  {
    text: "Stromleitung liegt nach dem Gewitter auf dem Feldweg hinter den Kleingärten, an der Stelle raucht das Gras, da laufen dauernd Hundebesitzer lang",
    category: "infrastructure",
  },
  {
    text:
      "Nach dem Starkregen fehlt an der Kreuzung Bahnhofstr./Ringstr. ein Gullideckel, Wasser steht drüber und man sieht das Loch erst wenn man " +
      "drin ist, Radweg!",
    category: "infrastructure",
  },
  {
    text:
      "Auf der Rheinstraße hat sich nach dem Tauwetter ein Loch in der Fahrbahn aufgetan, der Asphalt bricht an den Rändern weiter ab und Autos " +
      "fahren knapp vorbei",
    category: "infrastructure",
  },
  {
    text: "wasserrohrbruch hauptstraße, das wasser friert sofort, die ganze kreuzung ist ne eisbahn und der berufsverkehr rutscht drüber",
    category: "infrastructure",
  },
  {
    text:
      "Ampel an der Schulkreuzung ist seit dem Blitzeinschlag komplett aus, blinkt nicht mal gelb, Kinder laufen grad zur Schule und die Autos " +
      "brettern durch",
    category: "infrastructure",
  },
  {
    text:
      "Das Treibgut vom Hochwasser hat das Geländer an der Fußgängerbrücke über die Lahn weggerissen, jetzt ist da eine offene Lücke von 3 m überm " +
      "reißenden Wasser",
    category: "infrastructure",
  },
  {
    text: "Bühne auf dem Weihnachtsmarkt: das Dach hängt nach dem Schneefall schief, eine Stütze ist verbogen, und gleich singt der Kinderchor da drunter",
    category: "infrastructure",
  },
  {
    text: "Das Silo bei der Raiffeisen hat einen langen Riss in der Wand, es rieselt Getreide raus und die Wand beult sich aus, direkt daneben der Radweg",
    category: "infrastructure",
  },
  {
    text: "schnee rutscht in großen platten vom dach der grundschule direkt auf den pausenhof, kein absperrband nix, pause ist um 10",
    category: "infrastructure",
  },
  {
    text: "Die Brücke am Mühlenweg hat nach dem Hochwasser ausgespülte Pfeiler und sackt auf einer Seite ab, Traktoren fahren trotzdem noch drüber",
    category: "infrastructure",
  },
  { text: "Straßenlaterne am Spielplatz ist nach dem Sturm abgeknickt und hängt nur noch an den Kabeln, die liegen blank", category: "infrastructure" },
  {
    text: "Oberleitung an der Bahnstrecke durch den Ort hängt nach dem Eisregen so weit durch, dass sie am Bahnübergang Feldstraße fast auf Kopfhöhe ist",
    category: "infrastructure",
  },
  {
    text: "Das Festzelt vom Schützenfest wird bei dem aufziehenden Gewitter an einer Ecke angehoben, die Heringe sind raus, drinnen sitzen Hunderte",
    category: "infrastructure",
  },
  {
    text:
      "Hangrutsch nach dem Dauerregen an der Weinbergstraße, die Stützmauer ist gebrochen, Geröll auf der Straße und der Hang rutscht weiter " +
      "Richtung Häuser",
    category: "infrastructure",
  },
  {
    text: "Am Altbau Marktstr. 3 löst sich nach dem Frost der Putz, ganze Stuckbrocken fallen aufs Trottoir, und heut ist Markttag",
    category: "infrastructure",
  },
  {
    text:
      "Außentreppe zu Gleis 2 ist ein einziger Eispanzer, zwei sind schon hingeknallt, kein Salz, kein Sand, gleich kommt die S-Bahn und alle " +
      "rennen runter",
    category: "infrastructure",
  },

  // look-alikes
  { text: "Die Hitze bringt mich um, wann macht das Freibad endlich länger auf?", category: null },
  { text: "Bin nach dem Weihnachtsmarkt total erfroren, aber der Glühwein war top 😄", category: null },
  { text: "Bei uns im Laden brennt heute die Luft – Sommerschlussverkauf! Kommt vorbei 😉", category: null },
  {
    text: "Letzten Winter ist hier am Weiher einer eingebrochen, gottseidank ist nix passiert. Könnte man dieses Jahr vielleicht ein Schild aufstellen?",
    category: null,
  },
  {
    text:
      "Info: Am Samstag um 10 Uhr findet am Stadtweiher eine Eisrettungsübung von DLRG und Feuerwehr statt. Bitte nicht wundern, wenn Taucher im " +
      "Eisloch sind.",
    category: null,
  },
  { text: "Feuerwehrübung heute Abend an der Grundschule, es wird Rauch geben und man hört das Martinshorn, keine Sorge!", category: null },
  { text: "Osterfeuer für Karsamstag ist angemeldet (Brauchtumsverein). Bitte nur unbehandeltes Holz abgeben, bis Donnerstag.", category: null },
  { text: "darf man an silvester eigentlich im park böllern oder nur auf der straße?", category: null },
  { text: "Wie lange darf ein Gerüst bei Sturmwarnung eigentlich stehen bleiben? Frage nur allgemein, bin Bauherr.", category: null },
  { text: "Wetterdienst warnt für morgen früh ab 5 Uhr vor Glatteis. Fahrt vorsichtig oder nehmt lieber den Bus!", category: null },
  { text: "Unwetterwarnung Stufe 3 für den Landkreis ab Nachmittag – Gartenmöbel reinholen, Auto nicht unter Bäume stellen.", category: null },
  {
    text:
      "In der Nachbarstadt ist gestern ein Dachstuhl abgebrannt, hoffentlich sind alle okay. Wie gut sind eigentlich die Rauchmelder in den " +
      "städtischen Wohnungen?",
    category: null,
  },
  { text: "Großes Lob an den Winterdienst! Um 4 Uhr war unsere Straße schon geräumt und gestreut 👏", category: null },
  { text: "Danke an die Feuerwehr, die gestern beim Scheunenbrand in Oberhausen stundenlang im Einsatz war. Ihr seid spitze!", category: null },
  { text: "Ein riesiges Dankeschön an die Rettungsschwimmer am Badesee, die letzte Woche meinen Sohn rausgeholt haben. Er ist wieder topfit!", category: null },
  { text: "Warum wird in der Birkenallee eigentlich immer als letztes gestreut? Jeden Winter dasselbe.", category: null },
  { text: "das laub in der ahornstraße liegt jetzt seit 3 wochen im rinnstein, wann kommt endlich die kehrmaschine", category: null },
  {
    text: "Gestern Nacht hat der Blitz bei uns in den Baum im Garten eingeschlagen, hat ordentlich gekracht. Die Firma hat ihn heute gefällt, alles gut.",
    category: null,
  },
  {
    text: "Heute Mittag hat mein Adventskranz kurz gekokelt, hab ihn sofort gelöscht, nichts passiert. Nur als Tipp: Kerzen nie unbeaufsichtigt!",
    category: null,
  },
  {
    text: "Der Keller war beim Starkregen letzte Woche nass, inzwischen ist alles abgepumpt. Kriegt man bei der Stadt Sandsäcke fürs nächste Mal?",
    category: null,
  },
  { text: "😂 Mein Chef bringt mich um, wenn ich wegen dem Schnee schon wieder zu spät komme", category: null },
  { text: "Haha bei der Hitze schmilzt sogar mein Hirn. Ist das schon ein Notfall? 🫠", category: null },
  { text: "Darf man so ein kleines Gas-Heizöfchen im Bauwagen drinnen benutzen? Wir planen erst für nächsten Winter.", category: null },
  { text: "Wo kriegt man günstig nen CO-Melder? Meiner ist abgelaufen.", category: null },
  { text: "Der Sturm hat bei uns gestern nur ein paar Blumentöpfe umgeworfen, zum Glück. Hoffe bei euch ist auch alles heil.", category: null },
  { text: "rodelbahn am galgenberg is der hammer dieses jahr, waren heut 3 stunden da, kinder sind todmüde 😄", category: null },
  { text: "Tipp für die Hitze: Hunde nie im Auto lassen, auch nicht 5 Minuten! Teilt das bitte.", category: null },
  {
    text: "Pressemitteilung: Ab Montag werden im Stadtwald kranke Eschen gefällt, Wege sind teilweise gesperrt. Bitte die Umleitung beachten.",
    category: null,
  },
  { text: "Meine Schwester ist an Fasching total abgestürzt, heute hat sie nen Kater der sich gewaschen hat 🙈", category: null },
  { text: "Beim Schützenfest ist mir das Herz stehen geblieben, als der neue König ausgerufen wurde – mein Papa! 🎉", category: null },
  { text: "Der Fluss ist grad ganz schön hoch, aber laut Pegel-App sinkt er seit heute früh wieder. Schöner Anblick vom Deich aus.", category: null },
  { text: "Gilt die Räumpflicht für Anlieger auch am Sonntag? Ab wie viel Uhr muss ich fegen?", category: null },
  { text: "Mir ist grad fast die Luft weggeblieben: die Gasrechnung für Dezember 🤯", category: null },
  {
    text: "Des Eis am Weiher hält no ned, gell? Wann wird's denn offiziell zum Schlittschuhlaufen freigegeben, die Kinder können's kaum erwarten",
    category: null,
  },
  { text: "Vor zwei Jahren hat der Orkan hier die halbe Allee umgelegt. Schön, dass jetzt neue Linden gepflanzt werden!", category: null },
  { text: "Ich sterbe vor Lachen über den Schneemann mit Feuerwehrhelm vorm Rathaus, wer war das? 😂", category: null },
  { text: "Unser Kater hat den Christbaum umgeworfen, Kugeln kaputt, aber Kater und Baum leben noch 🎄😹", category: null },
  { text: "Bei Familie Huber ging gestern der Rauchmelder, war nur angebranntes Essen. Feuerwehr war kurz da, alles ok.", category: null },
  { text: "Wer ist zuständig für die überhängenden Äste am Fußweg Kirchgasse? Gefährlich ist es nicht, aber man muss sich bücken.", category: null },
  { text: "Zum Thema Feuerwerk: Gibt es an Silvester wieder eine Böllerverbotszone in der Altstadt?", category: null },
  { text: "Blitzeis heut morgen, bin im Hof voll auf den Hintern gefallen, aber außer nem blauen Fleck und gekränktem Stolz nix passiert.", category: null },
  { text: "Karnevalsumzug war super, nur der Müll danach … Konfetti überall und Scherben an der Bushalte. Wann wird gekehrt?", category: null },
  { text: "Im Fernsehen kam, dass in Bayern ein Kind durchs Eis gebrochen ist. Schrecklich. Wird bei uns eigentlich die Eisdicke gemessen?", category: null },
  { text: "Stimmt es, dass die Gasleitung in der Bergstraße im Frühjahr erneuert wird? Wie lang dauert die Sperrung?", category: null },
  { text: "ich würd grad für ein eis töten 🍦 38 grad im büro", category: null },
  { text: "Bin heute beim Stadtlauf fast gestorben, so heiß war's – aber Medaille hab ich 💪", category: null },
  { text: "Erste-Hilfe-Kurs speziell für Hitze- und Kältenotfälle beim DRK am 12. Juni, noch Plätze frei!", category: null },
  { text: "Die Feuerwehr bittet: Osterfeuer-Haufen erst am Tag des Feuers umschichten, damit keine Igel verbrennen.", category: null },
  { text: "Der Wasserrohrbruch in der Lindenstraße von heute früh ist repariert, Wasser läuft wieder, danke an die Stadtwerke!", category: null },
  { text: "Sind die Eiszapfen am Bahnhofsdach nicht ein tolles Fotomotiv? Keine Sorge, der Bereich drunter ist abgesperrt 😉", category: null },
  {
    text: "Gestern war die Unterführung wieder überflutet, heute ist sie trocken. Kann man da mal die Pumpe checken vor dem nächsten Gewitter?",
    category: null,
  },
  { text: "Mein Mann hat beim Grillen die Würstchen verkohlt, jetzt will er sich vom Balkon stürzen 😂 Spaß, er bestellt Pizza", category: null },
  { text: "Übung an der Kläranlage morgen: Das THW simuliert einen Gasaustritt, es wird Absperrungen geben.", category: null },
  { text: "Leute, die Tanne vorm Rathaus ist dieses Jahr echt ein Unfall 😂 so schief und mickrig", category: null },
  { text: "Gibt es beim Schützenfest wieder Taschenkontrollen wegen Messern? Fände ich gut.", category: null },
  { text: "In Köln ist gestern auf dem Weihnachtsmarkt eine Bude abgebrannt – hier ist doch hoffentlich alles sicher verkabelt?", category: null },
  { text: "Bin gestern beim Schlittschuhlaufen am Rand vom Weiher eingebrochen, nur knietief, bin raus und heim, alles gut, nur nasse Füße 😅", category: null },
  { text: "Nie wieder Silvester mit meinem Schwager, der ist ne tickende Zeitbombe sobald es um Politik geht 🙄", category: null },
  { text: "Sucht die Feuerwehr eigentlich noch Freiwillige? Ich würde gern mitmachen, auch bei der Wasserrettung.", category: null },
  { text: "Die Kälte ist mörderisch, aber der Sonnenaufgang über dem zugefrorenen See heute früh war es wert ❄️", category: null },
];
