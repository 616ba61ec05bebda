/*
 * Words in citizens' comments that may report a danger to people: a fire, a
 * smell of gas, an accident, a tree across the road, a threat, a person in
 * medical need or thinking of suicide. A town hall's social-media team is no
 * emergency service, but a comment like this must reach a person at once,
 * with the number to call. Written for this project from the authors' own
 * knowledge of German. Recall matters more than precision here: a false
 * alarm costs a glance, a missed "riecht nach Gas" may cost a life. The
 * false friends take out only what is certainly harmless.
 */

/** What kind of danger a term points to; each has its next steps in {@link DANGER_NEXT_STEPS}. */
export type DangerCategory = "accident" | "fire" | "gas" | "water" | "tree" | "threat" | "self-harm" | "medical" | "infrastructure";

/** Every {@link DangerCategory}, in the order of {@link DANGER_NEXT_STEPS}. */
export const DANGER_CATEGORIES: readonly DangerCategory[] = Object.freeze([
  "fire",
  "gas",
  "accident",
  "medical",
  "self-harm",
  "threat",
  "water",
  "tree",
  "infrastructure",
]);

/**
 * How a term is found among the tokens of a text in lexicon form (see
 * `foldForLexicon`; a hyphenated word is also tried joined):
 * - `word`: a token equals the term ("brennt", "blutet").
 * - `prefix`: a token begins with the term ("brand" finds "Brandgeruch",
 *   "Wohnungsbrand" does not begin with it and has its own entry).
 * - `suffix`: the term is the last part of a compound, at least one letter
 *   after the token's start, with at most an ending of
 *   {@link DANGER_SUFFIX_ENDINGS} after it ("brand" finds "Flächenbrand",
 *   "Carportbrandes"; "unfall" finds "Autounfall"; not "Brand" alone).
 * - `phrase`: the term's words follow one another as whole tokens in one
 *   sentence ("riecht nach gas", "ast abgebrochen").
 *
 * Every term written with ä, ö or ü also finds its spelling without the
 * dots ("umgestürzt" finds "umgesturzt"), as people type on phones and
 * foreign keyboards; "ae", "oe", "ue" are one spelling with the umlaut
 * anyway (see `foldForLexicon`).
 */
export type DangerMatch = "word" | "prefix" | "suffix" | "phrase";

/** What may follow a `suffix` term at the end of its compound: "Flächenbrände" ends in "brände" (its own entry), "Hausbrandes" in "brand" + "es". */
export const DANGER_SUFFIX_ENDINGS: readonly string[] = Object.freeze(["e", "en", "n", "s", "es", "er", "em"]);

/** A term that may report a danger. */
export interface DangerEntry {
  /** The term in lexicon form (lower case, umlauts and ß as written; words separated by single spaces). */
  readonly term: string;
  /** What kind of danger it points to. */
  readonly category: DangerCategory;
  /** How it is found. */
  readonly match: DangerMatch;
}

type Row = readonly [term: string, match: DangerMatch];

/** Fireworks aimed at people or homes ("Raketen auf Kinder"), not "Raketen auf dem Marktplatz verboten?". */
const FIREWORKS_AT_PEOPLE: readonly string[] = ["böller", "raketen", "rakete", "feuerwerk"].flatMap((thing) =>
  ["menschen", "leute", "kinder", "passanten", "polizisten", "die polizei", "die feuerwehr", "rettungskräfte", "sanitäter", "häuser", "balkone", "fenster"].map(
    (target) => `${thing} auf ${target}`,
  ),
);

const BY_CATEGORY: Readonly<Record<DangerCategory, readonly Row[]>> = {
  fire: [
    ["brand", "prefix"],
    ["brände", "prefix"],
    // Compounds: "Flächenbrand", "Carportbrand", "Vollbrand", "Schwelbrand", "Garagenbrände".
    ["brand", "suffix"],
    ["brände", "suffix"],
    ["brennt", "word"],
    ["brennts", "word"],
    // Typed with one n, and in Bavarian ("do brennd wos").
    ["brent", "word"],
    ["brennd", "word"],
    ["brennen", "word"],
    ["brannte", "word"],
    ["brennend", "prefix"],
    ["abgebrannt", "word"],
    ["niedergebrannt", "word"],
    ["in flammen", "phrase"],
    ["flammen", "word"],
    ["stichflamme", "prefix"],
    ["lodert", "word"],
    ["lodern", "word"],
    ["loderte", "word"],
    ["lichterloh", "word"],
    ["feuer", "word"],
    ["feuerschein", "prefix"],
    ["feuersbrunst", "prefix"],
    ["feuerball", "prefix"],
    ["feuerwalze", "prefix"],
    ["feueralarm", "prefix"],
    ["rauch", "word"],
    ["rauchwolke", "prefix"],
    ["rauchsäule", "prefix"],
    ["rauchentwicklung", "prefix"],
    ["rauchschwaden", "prefix"],
    ["rauchgeruch", "prefix"],
    ["rauchpilz", "prefix"],
    ["rauchfahne", "prefix"],
    ["rauchgas", "prefix"],
    // "es raucht aus dem Dach", not "mein Nachbar raucht".
    ["es raucht", "phrase"],
    ["raucht es", "phrase"],
    ["raucht aus", "phrase"],
    ["qualm", "prefix"],
    ["verqualmt", "prefix"],
    ["vollgequalmt", "prefix"],
    ["riecht nach feuer", "phrase"],
    ["riecht nach brand", "phrase"],
    ["riecht angebrannt", "phrase"],
    ["riechts angebrannt", "phrase"],
    ["funkenregen", "prefix"],
    ["funken sprühen", "phrase"],
    ["brennt ab", "phrase"],
    ["fackelt ab", "phrase"],
    ["fackeln ab", "phrase"],
    ["fettbrand", "prefix"],
    ["großfeuer", "prefix"],
    ["buschfeuer", "prefix"],
    ["blitzeinschlag", "prefix"],
    ["verbrannt", "prefix"],
    ["verschmort", "prefix"],
    ["verkohlt", "prefix"],
    ["kokelt", "word"],
    ["kokeln", "word"],
    ["schmort", "word"],
    ["glimmt", "word"],
    ["glimmen", "word"],
    ["schwelt", "word"],
    ["glutnest", "prefix"],
    ["funkenflug", "prefix"],
    ["abgefackelt", "word"],
    ["zündelt", "word"],
    ["zündeln", "word"],
    ["feuerteufel", "prefix"],
    ["explosion", "prefix"],
    ["explodiert", "word"],
    ["verpuffung", "prefix"],
    ["detonation", "prefix"],
    ["lauter knall", "phrase"],
    ["lauten knall", "phrase"],
    ["heftiger knall", "phrase"],
    ["heftigen knall", "phrase"],
    ["riesiger knall", "phrase"],
    ["riesen knall", "phrase"],
    ["kabelbrand", "prefix"],
    ["waldbrand", "prefix"],
    ["wohnungsbrand", "prefix"],
    ["kellerbrand", "prefix"],
    ["dachstuhlbrand", "prefix"],
    ["großbrand", "prefix"],
    ["mülltonnenbrand", "prefix"],
    ["containerbrand", "prefix"],
    ["fahrzeugbrand", "prefix"],
    ["autobrand", "prefix"],
    ["heckenbrand", "prefix"],
    ["böschungsbrand", "prefix"],
    ["scheunenbrand", "prefix"],
    ["küchenbrand", "prefix"],
    // In English, as newcomers and visitors write; "fire" alone is also slang for "great", so only phrases.
    ["on fire", "phrase"],
    ["house fire", "phrase"],
    ["fire in", "phrase"],
    ["fire at", "phrase"],
    ["is burning", "phrase"],
    ["burning", "word"],
    ["smoke coming", "phrase"],
    ["smoke from", "phrase"],
    ["black smoke", "phrase"],
    ["thick smoke", "phrase"],
    ["smell of smoke", "phrase"],
    ["smells like smoke", "phrase"],
    // A charred smell told without the fire: "riecht total verkokelt", "verschmort".
    ["riecht verkokelt", "phrase"],
    ["riechts verkokelt", "phrase"],
    ["riecht verschmort", "phrase"],
    ["riecht kokelig", "phrase"],
    ["luft wird grau", "phrase"],
    ["die luft grau", "phrase"],
    // Smoke in a building: "im Flur ist alles verraucht".
    ["alles verraucht", "phrase"],
    ["verqualmt", "word"],
  ],
  gas: [
    // A detector going off as people hear it, the verb right after it: "Unser CO-Warnmelder schreit seit 5 Minuten" (not "Meine
    // Frau schreit mich an, weil der Gasmelder noch nicht hängt").
    ["gasmelder schreit", "phrase"],
    ["gasmelder schrillt", "phrase"],
    ["gasmelder heult", "phrase"],
    ["gasmelder kreischt", "phrase"],
    ["gaswarner schreit", "phrase"],
    ["gaswarner schrillt", "phrase"],
    ["gaswarner heult", "phrase"],
    ["gaswarner kreischt", "phrase"],
    ["gaswarnmelder schreit", "phrase"],
    ["gaswarnmelder schrillt", "phrase"],
    ["gaswarnmelder heult", "phrase"],
    ["gaswarnmelder kreischt", "phrase"],
    ["comelder schreit", "phrase"],
    ["comelder schrillt", "phrase"],
    ["comelder heult", "phrase"],
    ["comelder kreischt", "phrase"],
    ["cowarnmelder schreit", "phrase"],
    ["cowarnmelder schrillt", "phrase"],
    ["cowarnmelder heult", "phrase"],
    ["cowarnmelder kreischt", "phrase"],
    ["cowarner schreit", "phrase"],
    ["cowarner schrillt", "phrase"],
    ["cowarner heult", "phrase"],
    ["cowarner kreischt", "phrase"],
    ["kohlenmonoxidmelder schreit", "phrase"],
    ["kohlenmonoxidmelder schrillt", "phrase"],
    ["kohlenmonoxidmelder heult", "phrase"],
    ["kohlenmonoxidmelder kreischt", "phrase"],
    ["kohlenmonoxidwarnmelder schreit", "phrase"],
    ["kohlenmonoxidwarnmelder schrillt", "phrase"],
    ["kohlenmonoxidwarnmelder heult", "phrase"],
    ["kohlenmonoxidwarnmelder kreischt", "phrase"],
    ["gasgeruch", "prefix"],
    ["gasgestank", "prefix"],
    ["gas geruch", "phrase"],
    ["gas gestank", "phrase"],
    ["riecht nach gas", "phrase"],
    // "riecht es hier total nach Gas": the smell verb stands apart.
    ["nach gas", "phrase"],
    ["wie gas", "phrase"],
    ["nach erdgas", "phrase"],
    // Other gases and fumes: leave the building all the same.
    ["beißender geruch", "phrase"],
    ["stechender geruch", "phrase"],
    ["riecht beißend", "phrase"],
    ["riecht stechend", "phrase"],
    ["chemikaliengeruch", "prefix"],
    ["chlorgeruch", "prefix"],
    ["chlorgas", "prefix"],
    // The odorant of natural gas smells of rotten eggs, or of sulphur.
    ["faule eier", "phrase"],
    ["faulen eiern", "phrase"],
    ["faulem ei", "phrase"],
    ["faules ei", "phrase"],
    ["nach schwefel", "phrase"],
    ["schwefelgeruch", "prefix"],
    ["stinkt nach gas", "phrase"],
    ["nach gas riecht", "phrase"],
    ["nach gas stinkt", "phrase"],
    ["gas gerochen", "phrase"],
    ["gasleck", "prefix"],
    ["gasaustritt", "prefix"],
    ["gas tritt aus", "phrase"],
    ["gas strömt aus", "phrase"],
    ["gas ausgetreten", "phrase"],
    ["gas entweicht", "phrase"],
    ["ausströmendes gas", "phrase"],
    ["gasexplosion", "prefix"],
    ["gasalarm", "prefix"],
    ["kohlenmonoxid", "prefix"],
    ["gasleitung beschädigt", "phrase"],
    ["gasleitung getroffen", "phrase"],
    ["gasleitung angebohrt", "phrase"],
    ["gasleitung kaputt", "phrase"],
    ["es zischt", "phrase"],
    ["zischt es", "phrase"],
    // Other gases and fumes that people report by their smell or their name: leave the building all the same.
    ["ammoniak", "prefix"],
    ["giftgas", "prefix"],
    ["gaswolke", "prefix"],
    ["giftwolke", "prefix"],
    ["chemiewolke", "prefix"],
    ["reizgas", "prefix"],
    ["stinkt beißend", "phrase"],
    ["stinkt stechend", "phrase"],
    ["stinkt ätzend", "phrase"],
    ["stinkt chemisch", "phrase"],
    ["riecht ätzend", "phrase"],
    ["beißenden geruch", "phrase"],
    ["stechenden geruch", "phrase"],
    ["ätzender geruch", "phrase"],
    ["ätzenden geruch", "phrase"],
    ["beißender gestank", "phrase"],
    ["beißenden gestank", "phrase"],
    ["stechender gestank", "phrase"],
    // Fuel and solvents in the air: leave and call all the same.
    ["benzingeruch", "prefix"],
    ["nach benzin", "phrase"],
    ["lösungsmittelgeruch", "prefix"],
    // In English.
    ["gas leak", "phrase"],
    ["gas smell", "phrase"],
    ["smell gas", "phrase"],
    ["smell of gas", "phrase"],
    ["smells like gas", "phrase"],
    ["smells of gas", "phrase"],
    ["leaking gas", "phrase"],
    ["gas leaking", "phrase"],
    ["carbon monoxide", "phrase"],
    ["gas stove was open", "phrase"],
    ["gas was open", "phrase"],
    ["smells very strong", "phrase"],
    ["strong smell", "phrase"],
    // In English, as written: "Gas-Leak", "gas leak".
    ["gasleak", "prefix"],
    // The smell of the odorant in town gas: "riecht so schwefelig".
    ["schwefelig", "word"],
    ["schweflig", "word"],
    // Chemicals told by their smell and what they do: "stinkt beißend nach Chlor", "stinkt nach Lösungsmittel", "gelblicher Dunst".
    ["beißend nach chlor", "phrase"],
    ["stechend nach chlor", "phrase"],
    ["nach lösungsmittel", "phrase"],
    ["süßlich chemisch", "phrase"],
    ["gelblicher dunst", "phrase"],
    ["co alarm", "phrase"],
    ["coalarm", "word"],
    ["schmeckt nach gas", "phrase"],
    // Gas named as what it is: "das ist Gas, ich kenn den Geruch", "riecht nach Abgas".
    ["das ist gas", "phrase"],
    ["riecht wie gas", "phrase"],
    ["riecht nach abgas", "phrase"],
    ["riecht nach abgasen", "phrase"],
  ],
  accident: [
    ["unfall", "prefix"],
    ["unfälle", "prefix"],
    // Compounds: "Autounfall", "Busunfall", "LKW-Unfall", "Glätteunfälle".
    ["unfall", "suffix"],
    ["unfälle", "suffix"],
    ["karambolage", "prefix"],
    ["massenkarambolage", "prefix"],
    ["zusammenstoß", "prefix"],
    ["frontalzusammenstoß", "prefix"],
    ["zusammengestoßen", "word"],
    ["zusammengeprallt", "word"],
    ["zusammengekracht", "word"],
    ["zusammenprall", "prefix"],
    ["verunglückt", "word"],
    ["verunfallt", "prefix"],
    ["überschlagen", "word"],
    ["gekracht", "word"],
    ["reingekracht", "word"],
    ["gecrasht", "word"],
    ["ins schleudern", "phrase"],
    ["von der fahrbahn abgekommen", "phrase"],
    ["von der straße abgekommen", "phrase"],
    ["gescheppert", "word"],
    ["blechschaden", "prefix"],
    ["totalschaden", "prefix"],
    ["airbag", "prefix"],
    ["trümmer", "prefix"],
    ["fahrerflucht", "prefix"],
    ["schlangenlinien", "prefix"],
    ["über den lenker", "phrase"],
    ["kollision", "prefix"],
    ["crash", "word"],
    ["angefahren", "word"],
    ["überfahren", "word"],
    ["umgefahren", "word"],
    ["mitgeschleift", "word"],
    ["eingeklemmt", "word"],
    ["geisterfahrer", "prefix"],
    // Not "auf der falschen Seite" alone: "auf der falschen Seite der Geschichte".
    ["auf der falschen fahrbahn", "phrase"],
    ["auf der falschen spur", "phrase"],
    ["in falscher richtung", "phrase"],
    ["gegen die fahrtrichtung", "phrase"],
    ["fast überfahren", "phrase"],
    ["beinahe überfahren", "phrase"],
    ["fast angefahren", "phrase"],
    ["fast ein kind", "phrase"],
    ["falschfahrer", "prefix"],
    ["treppensturz", "prefix"],
    // Under a vehicle: "liegt unter dem Anhänger", "unter die Räder gekommen".
    ["unter dem auto", "phrase"],
    ["unter dem lkw", "phrase"],
    ["unter dem bus", "phrase"],
    ["unter dem anhänger", "phrase"],
    ["unter das auto", "phrase"],
    ["unter den lkw", "phrase"],
    ["unter den bus", "phrase"],
    ["unter die räder", "phrase"],
    ["unter die straßenbahn", "phrase"],
    // Hit by a vehicle: "Kind von Auto erwischt" (not "beim Rasen erwischt", "den Bus gerade noch erwischt").
    ["von auto erwischt", "phrase"],
    ["vom auto erwischt", "phrase"],
    ["von einem auto erwischt", "phrase"],
    ["vom lkw erwischt", "phrase"],
    ["von einem lkw erwischt", "phrase"],
    ["vom bus erwischt", "phrase"],
    ["von einem bus erwischt", "phrase"],
    ["vom zug erwischt", "phrase"],
    ["von der straßenbahn erwischt", "phrase"],
    ["von einem radfahrer erwischt", "phrase"],
    ["fahrradsturz", "prefix"],
    // In English.
    ["accident", "word"],
    ["car crash", "phrase"],
    ["crashed", "word"],
    ["hit by a car", "phrase"],
    ["hit by a bus", "phrase"],
    ["run over", "phrase"],
    ["drove into", "phrase"],
    ["drive into the people", "phrase"],
    ["drove into the people", "phrase"],
    ["lying on the ground", "phrase"],
    ["collision", "word"],
  ],
  medical: [
    ["blutlache", "prefix"],
    ["hört nicht auf zu bluten", "phrase"],
    ["verätzt", "word"],
    ["bis in den kiefer", "phrase"],
    ["in den linken arm", "phrase"],
    ["verletzt", "word"],
    ["verletzte", "word"],
    ["verletzten", "word"],
    ["verletzter", "word"],
    ["schwerverletzt", "prefix"],
    ["schwer verletzt", "phrase"],
    // "Kopfverletzung", "Verletzungen"; not "Pflichtverletzung" (a false friend).
    ["verletzung", "suffix"],
    ["verletzungen", "suffix"],
    ["platzwunde", "prefix"],
    ["bewusstlos", "prefix"],
    ["ohnmächtig", "prefix"],
    ["nicht ansprechbar", "phrase"],
    ["kaum ansprechbar", "phrase"],
    ["kollabiert", "word"],
    ["kollaps", "word"],
    // Not "kollaps" in every compound: "Verkehrskollaps" is a jam.
    ["hitzekollaps", "prefix"],
    ["kreislaufkollaps", "prefix"],
    ["krampft", "word"],
    // "Wo ist der nächste Defibrillator?" is asked in an emergency.
    ["defibrillator", "prefix"],
    ["zusammengebrochen", "word"],
    ["zusammengeklappt", "word"],
    ["zusammengesackt", "word"],
    // A person who fell: "Radfahrer gestürzt" (a tree that fell is a tree by its combination).
    ["gestürzt", "word"],
    ["sturz", "word"],
    ["bin hingefallen", "phrase"],
    ["vom rad gefallen", "phrase"],
    ["vom fahrrad gefallen", "phrase"],
    ["vom roller gefallen", "phrase"],
    ["vom pferd gefallen", "phrase"],
    ["vom dach gefallen", "phrase"],
    ["vom baum gefallen", "phrase"],
    ["vom balkon gefallen", "phrase"],
    ["hyperventilier", "prefix"],
    ["kein puls", "phrase"],
    ["keinen puls", "phrase"],
    ["treibt im fluss", "phrase"],
    ["treibt im see", "phrase"],
    ["treibt im bach", "phrase"],
    ["ist hingefallen", "phrase"],
    ["nicht mehr ansprechbar", "phrase"],
    ["in ohnmacht", "phrase"],
    ["asthmaanfall", "prefix"],
    ["defi", "word"],
    ["atmung setzt aus", "phrase"],
    ["hört auf zu atmen", "phrase"],
    ["ist weggekippt", "phrase"],
    ["bin weggekippt", "phrase"],
    ["notarzt", "prefix"],
    ["rettungswagen", "prefix"],
    ["krankenwagen", "prefix"],
    ["rtw", "word"],
    ["blutet", "word"],
    ["blutend", "prefix"],
    ["blutüberströmt", "prefix"],
    ["atmet nicht", "phrase"],
    ["atmet nicht mehr", "phrase"],
    ["atmet kaum", "phrase"],
    ["keine luft", "phrase"],
    ["atemnot", "prefix"],
    ["schnappatmung", "prefix"],
    ["blau angelaufen", "phrase"],
    ["blau im gesicht", "phrase"],
    ["herzinfarkt", "prefix"],
    ["herzattacke", "prefix"],
    ["herzstillstand", "prefix"],
    ["schmerzen in der brust", "phrase"],
    ["brustschmerz", "prefix"],
    ["schlaganfall", "prefix"],
    ["krampfanfall", "prefix"],
    ["epileptischer anfall", "phrase"],
    ["epileptischen anfall", "phrase"],
    ["allergischer schock", "phrase"],
    ["allergischen schock", "phrase"],
    ["anaphylaktisch", "prefix"],
    ["reanimier", "prefix"],
    ["reanimation", "prefix"],
    ["herzdruckmassage", "prefix"],
    ["ertrunken", "word"],
    ["ertrink", "prefix"],
    ["ins eis eingebrochen", "phrase"],
    ["im eis eingebrochen", "phrase"],
    ["eis eingebrochen", "phrase"],
    ["durchs eis gebrochen", "phrase"],
    ["treibt im wasser", "phrase"],
    ["im wasser treibt", "phrase"],
    ["vergiftung", "prefix"],
    ["vergiftung", "suffix"],
    ["vergiftet", "word"],
    ["überdosis", "prefix"],
    ["unterzuckert", "prefix"],
    ["unterzuckerung", "prefix"],
    ["gebissen", "word"],
    // Someone who does not come to the door: "die Zeitungen stapeln sich, wir haben ihn seit Tagen nicht gesehen".
    ["zeitungen stapeln sich", "phrase"],
    ["zeitung stapelt sich", "phrase"],
    ["briefkasten quillt über", "phrase"],
    ["seit tagen nicht gesehen", "phrase"],
    ["seit tagen nicht mehr gesehen", "phrase"],
    // A person lying there: "Sanitäter bitte zum Stadion, da liegt einer" (not "da liegt einer der Gründe").
    ["liegt einer", "phrase"],
    ["liegt jemand", "phrase"],
    ["liegt ein mann", "phrase"],
    ["liegt eine frau", "phrase"],
    ["liegt ein kind", "phrase"],
    ["liegt eine person", "phrase"],
    ["hitzschlag", "prefix"],
    ["hitzeschlag", "prefix"],
    ["sonnenstich", "prefix"],
    ["stromschlag", "prefix"],
    ["unterkühlt", "prefix"],
    ["erfriert", "word"],
    ["liegt am boden", "phrase"],
    ["liegt regungslos", "phrase"],
    ["regungslos", "prefix"],
    ["reglos", "prefix"],
    ["hilflose person", "phrase"],
    ["ist ein notfall", "phrase"],
    ["knochenbruch", "prefix"],
    ["verletzung", "word"],
    ["verletzungen", "word"],
    ["erste hilfe", "phrase"],
    ["ersthelfer", "prefix"],
    ["leblos", "prefix"],
    ["notfall", "word"],
    ["lebensgefahr", "prefix"],
    ["verbrüht", "prefix"],
    ["gehirnerschütterung", "prefix"],
    ["stark blutend", "phrase"],
    ["fieberkrampf", "prefix"],
    ["blutet stark", "phrase"],
    // Signs told instead of the illness (a stroke and a heart attack need two signs: see the combinations): someone who
    // cannot be woken, heavy bleeding.
    ["kann nicht mehr richtig sprechen", "phrase"],
    ["kann nicht mehr sprechen", "phrase"],
    ["nicht wachzukriegen", "phrase"],
    ["nicht wach zu kriegen", "phrase"],
    ["kaum noch ansprechbar", "phrase"],
    ["auf ansprache nicht", "phrase"],
    ["flach atmet", "phrase"],
    ["starke blutungen", "phrase"],
    ["starke blutung", "phrase"],
    ["krümmt sich vor schmerzen", "phrase"],
    ["abwechselnd auf die brust", "phrase"],
    ["mit dem hinterkopf aufgeschlagen", "phrase"],
    ["mit dem hinterkopf aufs", "phrase"],
    // Health hazards of plants and animals: the caterpillars' hairs, the sap of giant hogweed, a wasps' nest where children play.
    ["eichenprozessionsspinner", "prefix"],
    ["riesenbärenklau", "prefix"],
    ["herkulesstaude", "prefix"],
    ["wespennest", "prefix"],
    ["hornissennest", "prefix"],
    ["kreislaufzusammenbruch", "prefix"],
    ["zuckerschock", "prefix"],
    ["allergische reaktion", "phrase"],
    ["allergischen reaktion", "phrase"],
    ["kann nicht atmen", "phrase"],
    ["kann kaum atmen", "phrase"],
    ["kriegt kaum luft", "phrase"],
    ["bekommt kaum luft", "phrase"],
    ["ruft um hilfe", "phrase"],
    ["rufen um hilfe", "phrase"],
    ["schreit um hilfe", "phrase"],
    ["schreien um hilfe", "phrase"],
    ["um hilfe gerufen", "phrase"],
    ["um hilfe geschrien", "phrase"],
    ["um hilfe rufen", "phrase"],
    ["um hilfe schreien", "phrase"],
    ["hilfeschreie", "prefix"],
    ["leiche", "word"],
    ["leichenfund", "prefix"],
    ["bein gebrochen", "phrase"],
    ["arm gebrochen", "phrase"],
    ["im heißen auto", "phrase"],
    // In English.
    ["collapsed", "word"],
    ["unconscious", "word"],
    ["not breathing", "phrase"],
    ["cannot breathe", "phrase"],
    ["t breathe", "phrase"],
    ["bleeding", "word"],
    ["heart attack", "phrase"],
    ["seizure", "word"],
    ["passed out", "phrase"],
    ["hard to wake up", "phrase"],
    ["does not wake up", "phrase"],
    ["not waking up", "phrase"],
    ["not responding", "phrase"],
    ["is hurt", "phrase"],
    ["are hurt", "phrase"],
    ["got hurt", "phrase"],
    ["badly hurt", "phrase"],
    ["injured", "word"],
    ["overdose", "word"],
    // Signs of a heart attack named by where it hurts: "Schmerzen in der Brust und im linken Arm".
    ["schmerzen in brust", "phrase"],
    ["brust und linken arm", "phrase"],
    ["brust und linke arm", "phrase"],
    ["brust und im linken arm", "phrase"],
    // An allergic reaction and a stroke, told by what is seen: "ganz dicke Lippen", "kann den rechten Arm nicht heben".
    ["dicke lippen", "phrase"],
    ["pen nicht dabei", "phrase"],
    ["arm nicht heben", "phrase"],
    ["arm nicht mehr heben", "phrase"],
    ["redet nur noch halbe sätze", "phrase"],
    ["nur noch halbe sätze", "phrase"],
    // Help not there: "weit und breit kein Sanitäter".
    ["kein sanitäter", "phrase"],
    ["kein sani", "phrase"],
    // Hives after a sting: "überall Quaddeln".
    ["quaddeln", "word"],
    // Antifreeze drunk (not "der Motor hat den Frostschutz geschluckt").
    ["frostschutz getrunken", "phrase"],
    // A throat closing as it feels, after a sting or a food: "ihr Hals wird eng, den Pen hat sie vergessen", "nach dem
    // Wespenstich schnürt sich ihr Hals zu" (not "mir wird der Hals eng" at sad news, nor a bag "am Hals zugeschnürt").
    ["hals wird eng", "phrase"],
    ["hals wird ganz eng", "phrase"],
    ["hals wird immer enger", "phrase"],
    ["hals schnürt sich zu", "phrase"],
    ["kehle wird eng", "phrase"],
    ["kehle wird ganz eng", "phrase"],
    ["kehle wird immer enger", "phrase"],
    ["kehle schnürt sich zu", "phrase"],
    ["wird ihr hals eng", "phrase"],
    ["schnürt sich ihr hals zu", "phrase"],
    ["wird sein hals eng", "phrase"],
    ["schnürt sich sein hals zu", "phrase"],
    ["wird der hals eng", "phrase"],
    ["schnürt sich der hals zu", "phrase"],
  ],
  "self-harm": [
    ["keiner wirds merken", "phrase"],
    ["keiner wird es merken", "phrase"],
    ["niemand wird es merken", "phrase"],
    ["werdet mich nicht vermissen", "phrase"],
    ["wird mich nicht vermissen", "phrase"],
    ["wird mich keiner vermissen", "phrase"],
    ["meine letzte nacht", "phrase"],
    ["mein letzter post", "phrase"],
    ["meine letzte nachricht", "phrase"],
    ["von mir nichts mehr lest", "phrase"],
    ["von mir nichts mehr hört", "phrase"],
    ["nichts mehr von mir hört", "phrase"],
    ["nichts mehr von mir lest", "phrase"],
    ["keinen bock mehr auf alles", "phrase"],
    ["kein bock mehr auf alles", "phrase"],
    ["keine lust mehr auf alles", "phrase"],
    ["reichts mit dem leben", "phrase"],
    ["reicht mit dem leben", "phrase"],
    ["heute nacht schluss", "phrase"],
    ["wäre besser tot", "phrase"],
    ["will nicht mehr leben", "phrase"],
    ["möchte nicht mehr leben", "phrase"],
    ["mag nicht mehr leben", "phrase"],
    ["kann nicht mehr leben", "phrase"],
    ["will nicht mehr weiterleben", "phrase"],
    ["nicht mehr weiterleben", "phrase"],
    ["nicht weiterleben", "phrase"],
    ["keine lust mehr zu leben", "phrase"],
    ["kein bock mehr zu leben", "phrase"],
    ["keinen bock mehr zu leben", "phrase"],
    ["keine kraft mehr zu leben", "phrase"],
    ["bring mich heute um", "phrase"],
    ["bring mich heute nacht um", "phrase"],
    ["bring mich jetzt um", "phrase"],
    ["bringe mich heute um", "phrase"],
    ["bringe mich heute nacht um", "phrase"],
    ["bringe mich jetzt um", "phrase"],
    ["keinen grund mehr weiterzuleben", "phrase"],
    ["keinen grund mehr zu leben", "phrase"],
    ["keinen sinn mehr weiterzuleben", "phrase"],
    ["keinen sinn mehr zu leben", "phrase"],
    ["mich umbringen", "phrase"],
    ["mich umzubringen", "phrase"],
    ["bringe mich um", "phrase"],
    ["ich bring mich um", "phrase"],
    ["bring ich mich um", "phrase"],
    ["bringe ich mich um", "phrase"],
    ["mach ich schluss", "phrase"],
    ["mache ich schluss", "phrase"],
    ["mit allem schluss", "phrase"],
    ["schluss mit allem", "phrase"],
    ["mit allem abgeschlossen", "phrase"],
    ["für immer schlafen", "phrase"],
    ["für immer einschlafen", "phrase"],
    ["schlafen für immer", "phrase"],
    ["bin nur eine last", "phrase"],
    ["allen nur eine last", "phrase"],
    ["nur noch eine last", "phrase"],
    ["niemand braucht mich", "phrase"],
    ["keiner braucht mich", "phrase"],
    ["bin ich nicht mehr da", "phrase"],
    ["strick liegt", "phrase"],
    ["strick hängt", "phrase"],
    ["strick bereit", "phrase"],
    ["mit dem leben abgeschlossen", "phrase"],
    ["verabschiede mich von allen", "phrase"],
    ["verabschiede mich für immer", "phrase"],
    ["seh keinen ausweg", "phrase"],
    ["ich wäre tot", "phrase"],
    ["wäre ich tot", "phrase"],
    ["ich beende alles", "phrase"],
    ["ich beende das alles", "phrase"],
    ["ich beende es", "phrase"],
    ["will tot sein", "phrase"],
    ["wäre gern tot", "phrase"],
    ["wäre lieber tot", "phrase"],
    ["mach dem ein ende", "phrase"],
    ["mache dem ein ende", "phrase"],
    ["mach dem jetzt ein ende", "phrase"],
    ["mache dem jetzt ein ende", "phrase"],
    ["mach allem ein ende", "phrase"],
    ["mache allem ein ende", "phrase"],
    ["mein leben ist sinnlos", "phrase"],
    ["mein leben ist nichts mehr wert", "phrase"],
    ["dem ganzen ein ende", "phrase"],
    ["wie ich es beende", "phrase"],
    ["keinen ausweg mehr", "phrase"],
    ["seh ich keinen ausweg", "phrase"],
    ["sehe keinen sinn mehr", "phrase"],
    ["sehe ich keinen sinn mehr", "phrase"],
    ["mich aufhängen", "phrase"],
    ["strick besorgt", "phrase"],
    ["strick gekauft", "phrase"],
    ["mich töten", "phrase"],
    ["ich töte mich", "phrase"],
    ["ich töt mich", "phrase"],
    // How to kill oneself, looked up: "hat gesucht, wie man sich tötet ohne Schmerz".
    ["man sich tötet", "phrase"],
    ["man sich erschießt", "phrase"],
    // The present tense, as in a search for the way or a friend's message ("dass sie sich heute Abend umbringt"); as phrases,
    // since "sich" further off is mostly a sigh ("wie man sich mit so einem Bau finanziell umbringt").
    ["sich umbringt", "phrase"],
    ["sich am schnellsten umbringt", "phrase"],
    ["sich am besten umbringt", "phrase"],
    ["sich schmerzlos umbringt", "phrase"],
    ["sich heute umbringt", "phrase"],
    ["sich jetzt umbringt", "phrase"],
    ["sich heute abend umbringt", "phrase"],
    ["sich heute nacht umbringt", "phrase"],
    ["sich morgen umbringt", "phrase"],
    // Insulin taken all at once (not "die Pens kamen alle auf einmal").
    ["insulinpens auf einmal gespritzt", "phrase"],
    ["insulin auf einmal gespritzt", "phrase"],
    // Cutting on purpose, which no accident is (not "die Hecke absichtlich geschnitten", "sich die Haare absichtlich geschnitten").
    ["mich absichtlich geschnitten", "phrase"],
    ["mich mit absicht geschnitten", "phrase"],
    ["sich absichtlich geschnitten", "phrase"],
    ["sich mit absicht geschnitten", "phrase"],
    ["mich absichtlich geritzt", "phrase"],
    ["mir das leben nehmen", "phrase"],
    ["mir das leben zu nehmen", "phrase"],
    ["nehm ich mir das leben", "phrase"],
    ["nehme ich mir das leben", "phrase"],
    ["mir was antun", "phrase"],
    // Worth more dead, for the insurance, said of oneself: "dass ich für meine Kinder tot mehr wert bin als lebendig" (not "Van
    // Gogh war tot mehr wert als lebendig").
    ["bin tot mehr wert", "phrase"],
    ["tot mehr wert bin", "phrase"],
    ["bin ich tot mehr wert", "phrase"],
    ["wäre ich tot mehr wert", "phrase"],
    ["ich tot mehr wert wäre", "phrase"],
    ["mir etwas antun", "phrase"],
    ["tu mir was an", "phrase"],
    ["tue mir was an", "phrase"],
    ["suizid", "prefix"],
    ["selbstmord", "prefix"],
    ["mich ritzen", "phrase"],
    ["ritze mich", "phrase"],
    ["ritz mich", "phrase"],
    ["mich selbst verletzen", "phrase"],
    ["verletze mich selbst", "phrase"],
    ["will sterben", "phrase"],
    ["möchte sterben", "phrase"],
    ["sterben will", "phrase"],
    ["sterben möchte", "phrase"],
    ["nur noch sterben", "phrase"],
    ["lieber sterben", "phrase"],
    ["lieber tot", "phrase"],
    ["bin lebensmüde", "phrase"],
    ["mein leben hat keinen sinn", "phrase"],
    ["leben macht keinen sinn", "phrase"],
    ["sehe keinen ausweg", "phrase"],
    ["von der brücke springen", "phrase"],
    ["mein leben ist vorbei", "phrase"],
    ["vom dach springen", "phrase"],
    ["aus dem fenster springen", "phrase"],
    ["vor den zug", "phrase"],
    ["vor einen zug", "phrase"],
    ["nicht mehr aufwachen", "phrase"],
    ["nie wieder aufwachen", "phrase"],
    ["nie mehr aufwachen", "phrase"],
    ["mein leben beenden", "phrase"],
    ["meinem leben ein ende", "phrase"],
    ["abschiedsbrief", "prefix"],
    // A farewell that leaves the worry behind: "Ab heute müsst ihr euch keine Sorgen mehr um mich machen".
    ["keine sorgen mehr um mich", "phrase"],
    ["muss sich keiner mehr über mich", "phrase"],
    ["muss sich niemand mehr über mich", "phrase"],
    ["muss sich keiner mehr um mich", "phrase"],
    ["muss sich niemand mehr um mich", "phrase"],
    // Cutting told by its marks: "frische Schnitte an den Armen", "hab mich wieder geritzt".
    ["frische schnitte", "phrase"],
    ["schnitte am arm", "phrase"],
    ["schnitte an den armen", "phrase"],
    ["schnitte am handgelenk", "phrase"],
    ["schnitte an den handgelenken", "phrase"],
    ["mich geritzt", "phrase"],
    ["mich wieder geritzt", "phrase"],
    ["sich geritzt", "phrase"],
    ["sich wieder geritzt", "phrase"],
    ["macht sich selbst kaputt", "phrase"],
    ["mach mich selbst kaputt", "phrase"],
    // All the pills at hand, taken: "nimmt jetzt alle Tabletten, die sie im Haus hat".
    ["nimmt jetzt alle tabletten", "phrase"],
    ["nimmt alle tabletten", "phrase"],
    ["nehme alle tabletten", "phrase"],
    ["alle tabletten genommen", "phrase"],
    ["alle tabletten geschluckt", "phrase"],
    ["alle tabletten schlucken", "phrase"],
    ["alle tabletten nehmen", "phrase"],
    // Jumping in front of a train, however it is named: "sie springt vor den nächsten Güterzug".
    ["springt vor den", "phrase"],
    ["spring vor den", "phrase"],
    ["springe vor den", "phrase"],
    ["vor den nächsten zug", "phrase"],
    ["vor den nächsten güterzug", "phrase"],
    ["bevor ich es mache", "phrase"],
    ["bevor ich es tue", "phrase"],
    ["schlaftabletten genommen", "phrase"],
    ["schlaftabletten geschluckt", "phrase"],
    ["tabletten geschluckt", "phrase"],
    ["tabletten bereit", "phrase"],
    ["tabletten liegen bereit", "phrase"],
    ["tabletten liegen schon", "phrase"],
    ["tabletten schon hier", "phrase"],
    ["tabletten hier liegen", "phrase"],
    ["tabletten gesammelt", "phrase"],
    ["packung tabletten", "phrase"],
    ["packung schlaftabletten", "phrase"],
    ["niemand würde mich vermissen", "phrase"],
    ["keiner würde mich vermissen", "phrase"],
    ["niemand wird mich vermissen", "phrase"],
    ["keiner wird mich vermissen", "phrase"],
    ["ohne mich besser dran", "phrase"],
    ["besser dran ohne mich", "phrase"],
    // Told of someone else: "sie will sich was antun", "er ritzt sich" (the first-person forms are above; "sich" in DANGER_COMBINATIONS).
    ["ritzt sich", "phrase"],
    ["ritzen sich", "phrase"],
    ["sieht keinen sinn mehr", "phrase"],
    ["sieht keinen ausweg", "phrase"],
    ["sieht keinen ausweg mehr", "phrase"],
    // A farewell sent, a method asked about, a fear of oneself.
    ["abschiedsnachricht", "prefix"],
    ["abschiedsmail", "prefix"],
    ["abschiedsvideo", "prefix"],
    // Not "sicher tot" alone: "das Projekt ist sicher tot".
    ["man sicher tot", "phrase"],
    ["ich sicher tot", "phrase"],
    ["damit man tot", "phrase"],
    ["damit ich tot", "phrase"],
    ["schmerzlos sterben", "phrase"],
    ["tödliche dosis", "phrase"],
    ["wie viele tabletten", "phrase"],
    ["wieviele tabletten", "phrase"],
    ["wie viele schlaftabletten", "phrase"],
    ["wieviele schlaftabletten", "phrase"],
    ["schlaftabletten tödlich", "phrase"],
    ["tabletten tödlich", "phrase"],
    ["ich was dummes mach", "phrase"],
    ["ich was dummes mache", "phrase"],
    ["ich etwas dummes mache", "phrase"],
    ["ich was dummes tu", "phrase"],
    ["ich was dummes tue", "phrase"],
    ["ich mir was antue", "phrase"],
    ["ich mir etwas antue", "phrase"],
    // Gone soon, and a relief to others: "ich werde bald nicht mehr da sein, dann habt ihr eure Ruhe".
    ["werde nicht mehr da sein", "phrase"],
    ["bin bald nicht mehr da", "phrase"],
    ["dann habt ihr eure ruhe", "phrase"],
    ["dann habt ihr endlich ruhe", "phrase"],
    ["dann seid ihr mich los", "phrase"],
    ["ihr seid mich bald los", "phrase"],
    ["dass alles aufhört", "phrase"],
    // Tired of this life, not of life in this town.
    // Whole, with their negator: a negator before a phrase would cancel it.
    ["keinen bock mehr auf dieses leben", "phrase"],
    ["kein bock mehr auf dieses leben", "phrase"],
    ["keinen bock mehr auf mein leben", "phrase"],
    ["keine lust mehr auf dieses leben", "phrase"],
    ["keine lust mehr auf mein leben", "phrase"],
    ["dieses leben satt", "phrase"],
    ["mein leben satt", "phrase"],
    // Where people go to jump, said of oneself: "ich sitze auf dem Dach vom Parkhaus".
    ["sitze auf dem dach", "phrase"],
    ["stehe auf dem dach", "phrase"],
    ["stehe auf der brücke", "phrase"],
    ["stehe auf den gleisen", "phrase"],
    ["sitze auf den gleisen", "phrase"],
    ["stehe am geländer", "phrase"],
    ["stehe auf dem geländer", "phrase"],
    ["sitze auf dem geländer", "phrase"],
    // In English.
    ["kill myself", "phrase"],
    ["end my life", "phrase"],
    ["want to die", "phrase"],
    ["wanna die", "phrase"],
    ["to live anymore", "phrase"],
    ["suicide", "prefix"],
    ["hurt myself", "phrase"],
    ["cut myself", "phrase"],
    ["kill himself", "phrase"],
    ["kill herself", "phrase"],
    ["letter saying goodbye", "phrase"],
    ["took the rope", "phrase"],
    ["wants to jump", "phrase"],
    // Tired of living, said the everyday way: "keinen Bock mehr auf das Leben".
    ["keinen bock mehr auf das leben", "phrase"],
    ["kein bock mehr auf das leben", "phrase"],
    ["keinen bock mehr aufs leben", "phrase"],
    ["kein bock mehr aufs leben", "phrase"],
    ["keinen bock mehr hat auf das leben", "phrase"],
    ["keine lust mehr hat auf das leben", "phrase"],
    ["keine lust mehr auf das leben", "phrase"],
    ["keine lust mehr aufs leben", "phrase"],
    // Ending it, told by a friend: "sagt, dass sie es jetzt einfach beendet".
    ["es jetzt beendet", "phrase"],
    ["es jetzt beende", "phrase"],
    ["es jetzt beenden", "phrase"],
    ["will es beenden", "phrase"],
    ["alles beenden", "phrase"],
    // Farewell notes and giving up: "ihr seid nicht schuld", "niemandem mehr zur Last", "vermisst mich eh keiner".
    ["ihr seid nicht schuld", "phrase"],
    ["du bist nicht schuld", "phrase"],
    ["niemandem mehr zur last", "phrase"],
    ["keinem mehr zur last", "phrase"],
    ["niemandem mehr zur last fällt", "phrase"],
    ["vermisst mich keiner", "phrase"],
    ["vermisst mich niemand", "phrase"],
    ["hätte es dann hinter sich", "phrase"],
    ["habe es dann hinter mir", "phrase"],
    ["hab es bald hinter mir", "phrase"],
    ["auto in der garage laufen", "phrase"],
    ["motor in der garage laufen", "phrase"],
    ["schon ausgesucht welche brücke", "phrase"],
    ["hat alles keinen sinn mehr", "phrase"],
    // Widened for the thirteenth set of comments written without the lexicon (see danger-blind-reports-13.ts).
    // The end named by the day it comes: "heute hat das ein Ende", "für mich gibt es kein nächstes Jahr", "letzter Sonnenaufgang".
    ["heute hat das ein ende", "phrase"],
    ["heute hat das alles ein ende", "phrase"],
    ["heute nacht hat das ein ende", "phrase"],
    ["heute abend hat das ein ende", "phrase"],
    ["heute nacht ist schluss", "phrase"],
    ["gibt es kein nächstes jahr", "phrase"],
    ["gibts kein nächstes jahr", "phrase"],
    ["gibt es kein nächstes weihnachten", "phrase"],
    ["erlebe das nächste jahr nicht", "phrase"],
    ["letzter sonnenaufgang", "phrase"],
    ["mein letzter sonnenaufgang", "phrase"],
    ["meinen letzten sonnenaufgang", "phrase"],
    // Going somewhere one does not come back from: "etwas vor, von dem ich nicht zurückkomme".
    ["von dem ich nicht zurückkomme", "phrase"],
    ["von dem ich nicht mehr zurückkomme", "phrase"],
    ["von der ich nicht zurückkomme", "phrase"],
    ["aus dem ich nicht zurückkomme", "phrase"],
    ["und nicht mehr aufwacht", "phrase"],
    ["und nicht mehr aufwache", "phrase"],
    // Drink and pills together: "so viel Wodka und Tabletten drin" (a negator before it keeps a warning quiet: "keine Tabletten und Alkohol").
    ...["alkohol", "wodka", "schnaps", "wein", "bier"].flatMap((drink) => [`${drink} und tabletten`, `tabletten und ${drink}`, `${drink} und schlaftabletten`]).map((phrase) => [phrase, "phrase"] as const),
    // The gas tap opened on purpose: "sie macht heute den Gashahn auf und geht zu Opa".
    ["den gashahn auf", "phrase"],
    ["den gashahn aufdrehen", "phrase"],
    ["den gashahn aufmachen", "phrase"],
    // Where people go to jump, said with the verb clipped: "steh auf dem Dach", "sitz auf den Schienen".
    ["steh auf dem dach", "phrase"],
    ["sitz auf dem dach", "phrase"],
    ["steh auf der brücke", "phrase"],
    ["steh auf den gleisen", "phrase"],
    ["sitz auf den gleisen", "phrase"],
    ["sitze auf den schienen", "phrase"],
    ["sitz auf den schienen", "phrase"],
    ["stehe auf den schienen", "phrase"],
    ["sitz auf dem geländer", "phrase"],
    ["sitze grad auf dem geländer", "phrase"],
    ["sitz grad auf dem geländer", "phrase"],
  ],
  threat: [
    // Shot down, told by the idiom: "den schieß ich über den Haufen" (not "die Pläne über den Haufen geworfen").
    ["schieß ich über den haufen", "phrase"],
    ["schieße ich über den haufen", "phrase"],
    ["schieß ich übern haufen", "phrase"],
    ["schieße ich übern haufen", "phrase"],
    ["über den haufen schießen", "phrase"],
    ["übern haufen schießen", "phrase"],
    // "Ihr werdet euch noch wundern, was am Tag der Sitzung passiert" (not "man muss sich nicht wundern, wenn was passiert").
    ["werdet euch noch wundern", "phrase"],
    ["werden sich noch wundern", "phrase"],
    ["wirst dich noch wundern", "phrase"],
    ["wird sich noch wundern", "phrase"],
    ["keine leere drohung", "phrase"],
    ["keine leeren drohungen", "phrase"],
    ["mit den leuten drin", "phrase"],
    ["mit allen drin", "phrase"],
    ["mit den menschen drin", "phrase"],
    ["dass er nicht mehr aufsteht", "phrase"],
    ["dass der nicht mehr aufsteht", "phrase"],
    ["dass sie nicht mehr aufsteht", "phrase"],
    ["bringe euch alle um", "phrase"],
    ["bring euch alle um", "phrase"],
    ["bringe euch um", "phrase"],
    ["bring euch um", "phrase"],
    ["bringe dich um", "phrase"],
    ["bring dich um", "phrase"],
    ["töte euch", "phrase"],
    ["töte dich", "phrase"],
    ["euch alle töten", "phrase"],
    ["euch alle abknallen", "phrase"],
    ["knall euch ab", "phrase"],
    ["abknallen", "word"],
    ["stech ich ab", "phrase"],
    ["steche ich ab", "phrase"],
    ["mach ich kalt", "phrase"],
    ["mache ich kalt", "phrase"],
    ["mach dich kalt", "phrase"],
    ["mach euch kalt", "phrase"],
    ["kaltmachen", "word"],
    ["abfackeln", "word"],
    ["mach dich fertig", "phrase"],
    ["mach euch fertig", "phrase"],
    ["machen euch fertig", "phrase"],
    ["mach ich fertig", "phrase"],
    ["heimzahlen", "word"],
    ["zahl ich euch heim", "phrase"],
    ["zahl ich dir heim", "phrase"],
    ["zahle ich euch heim", "phrase"],
    ["denkzettel verpassen", "phrase"],
    ["dann knallts", "phrase"],
    ["dann knallt es", "phrase"],
    ["dann krachts", "phrase"],
    ["dann kracht es", "phrase"],
    ["dann gibt es tote", "phrase"],
    ["dann gibts tote", "phrase"],
    ["dann passiert was", "phrase"],
    ["dann passiert hier was", "phrase"],
    ["dann passiert etwas", "phrase"],
    ["scheiben einschlagen", "phrase"],
    ["molotow", "prefix"],
    ["brandsatz", "prefix"],
    ["brandanschlag", "prefix"],
    ["säureangriff", "prefix"],
    ["werdet es bereuen", "phrase"],
    ["werdet das bereuen", "phrase"],
    ["wirst es bereuen", "phrase"],
    ["wirst das bereuen", "phrase"],
    ["amok", "prefix"],
    ["bombe", "word"],
    ["bombendrohung", "prefix"],
    ["bombenalarm", "prefix"],
    ["bombenfund", "prefix"],
    ["fliegerbombe", "prefix"],
    ["weltkriegsbombe", "prefix"],
    ["blindgänger", "prefix"],
    ["sprengsatz", "prefix"],
    ["sprengstoff", "prefix"],
    ["in die luft sprengen", "phrase"],
    ["in die luft jagen", "phrase"],
    // Bones broken on purpose, told to or of someone: "ich find den und dann brech ich ihm jeden einzelnen Knochen" (not "die
    // Knochen", which a cook or a dog owner breaks too: "für die Brühe brech ich euch die Knochen klein").
    ["brech ich dir alle knochen", "phrase"],
    ["brech ich dir jeden knochen", "phrase"],
    ["brech ich dir jeden einzelnen knochen", "phrase"],
    ["brech ich ihm alle knochen", "phrase"],
    ["brech ich ihm jeden knochen", "phrase"],
    ["brech ich ihm jeden einzelnen knochen", "phrase"],
    ["brech ich ihr alle knochen", "phrase"],
    ["brech ich ihr jeden knochen", "phrase"],
    ["brech ich ihr jeden einzelnen knochen", "phrase"],
    ["brech ich euch alle knochen", "phrase"],
    ["brech ich euch jeden knochen", "phrase"],
    ["brech ich euch jeden einzelnen knochen", "phrase"],
    ["brech dir alle knochen", "phrase"],
    ["brech dir jeden knochen", "phrase"],
    ["brech dir jeden einzelnen knochen", "phrase"],
    ["brech ihm alle knochen", "phrase"],
    ["brech ihm jeden knochen", "phrase"],
    ["brech ihm jeden einzelnen knochen", "phrase"],
    ["brech ihr alle knochen", "phrase"],
    ["brech ihr jeden knochen", "phrase"],
    ["brech ihr jeden einzelnen knochen", "phrase"],
    ["brech euch alle knochen", "phrase"],
    ["brech euch jeden knochen", "phrase"],
    ["brech euch jeden einzelnen knochen", "phrase"],
    ["breche ich dir alle knochen", "phrase"],
    ["breche ich dir jeden knochen", "phrase"],
    ["breche ich dir jeden einzelnen knochen", "phrase"],
    ["breche ich ihm alle knochen", "phrase"],
    ["breche ich ihm jeden knochen", "phrase"],
    ["breche ich ihm jeden einzelnen knochen", "phrase"],
    ["breche ich ihr alle knochen", "phrase"],
    ["breche ich ihr jeden knochen", "phrase"],
    ["breche ich ihr jeden einzelnen knochen", "phrase"],
    ["breche ich euch alle knochen", "phrase"],
    ["breche ich euch jeden knochen", "phrase"],
    ["breche ich euch jeden einzelnen knochen", "phrase"],
    ["breche dir alle knochen", "phrase"],
    ["breche dir jeden knochen", "phrase"],
    ["breche dir jeden einzelnen knochen", "phrase"],
    ["breche ihm alle knochen", "phrase"],
    ["breche ihm jeden knochen", "phrase"],
    ["breche ihm jeden einzelnen knochen", "phrase"],
    ["breche ihr alle knochen", "phrase"],
    ["breche ihr jeden knochen", "phrase"],
    ["breche ihr jeden einzelnen knochen", "phrase"],
    ["breche euch alle knochen", "phrase"],
    ["breche euch jeden knochen", "phrase"],
    ["breche euch jeden einzelnen knochen", "phrase"],
    // Harm the writer means to do to someone else ("ich werde ihm was antun", "ich tu dir was an"); to oneself ("mir was antun")
    // is self-harm, above. "werd" is read as "werde" (DANGER_DIALECT_WORDS), so "ich werd ihm was antun" is found too. Not "dass jemand ihm was antun könnte" (a worry) nor "Der Hund kann dir was antun".
    ["werde ihm was antun", "phrase"],
    ["will ihm was antun", "phrase"],
    ["tu ihm was an", "phrase"],
    ["tue ihm was an", "phrase"],
    ["werde ihm etwas antun", "phrase"],
    ["will ihm etwas antun", "phrase"],
    ["tu ihm etwas an", "phrase"],
    ["tue ihm etwas an", "phrase"],
    ["werde ihr was antun", "phrase"],
    ["will ihr was antun", "phrase"],
    ["tu ihr was an", "phrase"],
    ["tue ihr was an", "phrase"],
    ["werde ihr etwas antun", "phrase"],
    ["will ihr etwas antun", "phrase"],
    ["tu ihr etwas an", "phrase"],
    ["tue ihr etwas an", "phrase"],
    ["werde dir was antun", "phrase"],
    ["will dir was antun", "phrase"],
    ["tu dir was an", "phrase"],
    ["tue dir was an", "phrase"],
    ["werde dir etwas antun", "phrase"],
    ["will dir etwas antun", "phrase"],
    ["tu dir etwas an", "phrase"],
    ["tue dir etwas an", "phrase"],
    ["werde euch was antun", "phrase"],
    ["will euch was antun", "phrase"],
    ["tu euch was an", "phrase"],
    ["tue euch was an", "phrase"],
    ["werde euch etwas antun", "phrase"],
    ["will euch etwas antun", "phrase"],
    ["tu euch etwas an", "phrase"],
    ["tue euch etwas an", "phrase"],
    ["werde ihnen was antun", "phrase"],
    ["will ihnen was antun", "phrase"],
    ["tu ihnen was an", "phrase"],
    ["tue ihnen was an", "phrase"],
    ["werde ihnen etwas antun", "phrase"],
    ["will ihnen etwas antun", "phrase"],
    ["tu ihnen etwas an", "phrase"],
    ["tue ihnen etwas an", "phrase"],
    ["anschlag auf", "phrase"],
    ["terroranschlag", "prefix"],
    ["mit einer waffe", "phrase"],
    ["mit waffe", "phrase"],
    ["mit einem messer", "phrase"],
    ["mit messer", "phrase"],
    ["mit dem messer", "phrase"],
    ["mit einer axt", "phrase"],
    ["mit einer pistole", "phrase"],
    ["mit der knarre", "phrase"],
    ["mit einer knarre", "phrase"],
    ["mit einer machete", "phrase"],
    ["bewaffnet", "prefix"],
    ["messerangriff", "prefix"],
    ["messerattacke", "prefix"],
    ["messerstecherei", "prefix"],
    ["niedergestochen", "word"],
    ["erstochen", "word"],
    ["angeschossen", "word"],
    ["schüsse", "word"],
    ["schießt um sich", "phrase"],
    ["schießerei", "prefix"],
    ["geiselnahme", "prefix"],
    ["überfall", "prefix"],
    ["schlägerei", "prefix"],
    ["massenschlägerei", "prefix"],
    ["massenprügelei", "prefix"],
    // A weapon made or shown: "mit einer abgeschlagenen Flasche", "gehen mit Eisenstangen auf die Leute los", "das ist eine echte Pistole".
    ["abgeschlagene flasche", "phrase"],
    ["abgeschlagenen flasche", "phrase"],
    ["abgebrochenen flasche", "phrase"],
    ["mit eisenstangen", "phrase"],
    ["echte pistole", "phrase"],
    ["echte waffe", "phrase"],
    ["ins gesicht geschlagen", "phrase"],
    ["auf die anderen los", "phrase"],
    ["prügelei", "prefix"],
    ["prügeln sich", "phrase"],
    ["prügelt sich", "phrase"],
    ["zusammengeschlagen", "word"],
    ["verprügelt", "word"],
    ["bedroht", "word"],
    ["verfolgt mich", "phrase"],
    ["belästigt", "word"],
    ["stalker", "prefix"],
    ["stalkt", "word"],
    ["massaker", "word"],
    ["blutbad", "word"],
    ["giftköder", "prefix"],
    // Forms of the verbs above told of others or afterwards: "dass er morgen alle abknallt", "er bringt sie um".
    ["abknallt", "word"],
    ["abgeknallt", "word"],
    ["kaltmacht", "word"],
    ["absticht", "word"],
    ["abgestochen", "word"],
    // Not "erschossen" or "niedergeschlagen" alone: "ich bin total erschossen" is tired, "niedergeschlagen" sad.
    ["wurde erschossen", "phrase"],
    ["erschossen worden", "phrase"],
    ["niedergeschossen", "word"],
    ["wurde niedergeschlagen", "phrase"],
    ["niedergeschlagen worden", "phrase"],
    ["bringt sie um", "phrase"],
    ["bringt ihn um", "phrase"],
    ["bringt dich um", "phrase"],
    ["bringt euch um", "phrase"],
    ["bring sie um", "phrase"],
    ["bring ihn um", "phrase"],
    ["bringe sie um", "phrase"],
    ["bringe ihn um", "phrase"],
    ["er bringt mich um", "phrase"],
    ["er bringt uns um", "phrase"],
    // Conditional and revenge threats: "wenn ich dich erwische", "dich kriegen wir noch", "gnade dir Gott".
    ["wenn ich dich erwisch", "phrase"],
    ["wenn ich dich erwische", "phrase"],
    ["wenn ich euch erwisch", "phrase"],
    ["wenn ich euch erwische", "phrase"],
    ["wenn ich den erwische", "phrase"],
    ["wenn ich dich in die finger", "phrase"],
    ["wenn ich euch in die finger", "phrase"],
    ["dich kriegen wir noch", "phrase"],
    ["euch kriegen wir noch", "phrase"],
    ["wir kriegen dich", "phrase"],
    ["wir kriegen euch", "phrase"],
    ["gnade dir gott", "phrase"],
    ["gnade euch gott", "phrase"],
    ["hau dich um", "phrase"],
    ["hau ich dich um", "phrase"],
    ["hau euch um", "phrase"],
    ["haue dich um", "phrase"],
    // Violence at home: "der schlägt sie", "schlägt seine Frau".
    ["er schlägt sie", "phrase"],
    ["er schlägt ihn", "phrase"],
    ["der schlägt sie", "phrase"],
    ["der schlägt ihn", "phrase"],
    ["schlägt seine frau", "phrase"],
    ["schlägt seine freundin", "phrase"],
    ["schlägt seine kinder", "phrase"],
    ["schlägt ihre kinder", "phrase"],
    ["schlägt sein kind", "phrase"],
    ["schlägt ihr kind", "phrase"],
    ["schlägt die kinder", "phrase"],
    ["prügelt auf", "phrase"],
    ["treten auf ihn ein", "phrase"],
    ["tritt auf ihn ein", "phrase"],
    // Crimes against people in progress or just done.
    ["einbrecher", "prefix"],
    ["entführt", "word"],
    ["entführen", "word"],
    ["entführungsversuch", "prefix"],
    ["kindesentführung", "prefix"],
    ["vergewaltig", "prefix"],
    ["exhibitionist", "prefix"],
    ["sexuell belästigt", "phrase"],
    // The split verb of an attack: "schlägt vor dem Supermarkt auf eine Frau ein".
    ["auf eine frau ein", "phrase"],
    ["auf die frau ein", "phrase"],
    ["auf einen mann ein", "phrase"],
    ["auf den mann ein", "phrase"],
    ["auf ein kind ein", "phrase"],
    ["auf einen jungen ein", "phrase"],
    ["auf ein mädchen ein", "phrase"],
    ["auf ihn ein", "phrase"],
    ["auf sie ein", "phrase"],
    // Rioting and throwing: "randaliert in der S-Bahn", "wirft mit Flaschen", "Scheiben eingeschlagen".
    ["randalier", "prefix"],
    ["randale", "word"],
    ["wirft mit flaschen", "phrase"],
    ["werfen mit flaschen", "phrase"],
    ["mit flaschen beworfen", "phrase"],
    ["mit steinen beworfen", "phrase"],
    ["wirft steine", "phrase"],
    ["werfen steine", "phrase"],
    ["scheiben eingeschlagen", "phrase"],
    ["scheibe eingeschlagen", "phrase"],
    ["schlägt scheiben ein", "phrase"],
    // Not "einbricht" alone: "wenn der Umsatz einbricht"; not "maskiert": children at carnival.
    ["in ein auto einbricht", "phrase"],
    ["ins auto einbricht", "phrase"],
    ["in ein haus einbricht", "phrase"],
    ["in die wohnung einbricht", "phrase"],
    ["versucht einzubrechen", "phrase"],
    ["vermummt", "prefix"],
    ["mit sturmhaube", "phrase"],
    ["mit einer sturmhaube", "phrase"],
    ["mit skimaske", "phrase"],
    ["mit einer skimaske", "phrase"],
    // Knowing where someone lives or what they love is a threat: "ich weiß, wo eure Autos stehen".
    ["weiß wo du wohnst", "phrase"],
    ["weiß wo ihr wohnt", "phrase"],
    ["weiß wo eure", "phrase"],
    ["weiß wo deine kinder", "phrase"],
    ["weiß wo deine familie", "phrase"],
    ["weiß wo dein auto", "phrase"],
    ["wissen wo du wohnst", "phrase"],
    ["wissen wo ihr wohnt", "phrase"],
    ["wissen wo eure", "phrase"],
    ["wissen wo deine", "phrase"],
    // Threats told or received, and fear for one's life.
    ["morddrohung", "prefix"],
    ["todesdrohung", "prefix"],
    ["drohbrief", "prefix"],
    ["gewaltandrohung", "prefix"],
    ["gewalttätig", "prefix"],
    ["todesangst", "prefix"],
    ["angst um mein leben", "phrase"],
    // Not "droht mir" alone: "die Stadt droht mir mit einem Bußgeld".
    ["droht mit gewalt", "phrase"],
    ["mit gewalt gedroht", "phrase"],
    ["prügel angedroht", "phrase"],
    ["schläge angedroht", "phrase"],
    // At the door: "mein Ex hämmert gegen die Tür".
    ["hämmert gegen", "phrase"],
    ["hämmert an", "phrase"],
    ["hämmert dagegen", "phrase"],
    ["tritt gegen die tür", "phrase"],
    ["die tür eintreten", "phrase"],
    ["tür eingetreten", "phrase"],
    ["lauert mir auf", "phrase"],
    ["angst vor ihm", "phrase"],
    ["bringt er mich um", "phrase"],
    ["bringt er sie um", "phrase"],
    ["bringt er dich um", "phrase"],
    ["bringt der mich um", "phrase"],
    // Spiked drinks, hunts, special forces.
    ["ko tropfen", "phrase"],
    ["kotropfen", "prefix"],
    ["ins getränk gemischt", "phrase"],
    ["ins getränk getan", "phrase"],
    // Fireworks aimed at people: "Böller auf Kinder geworfen", "mit Raketen beschossen".
    ...FIREWORKS_AT_PEOPLE.map((phrase) => [phrase, "phrase"] as const),
    ["böller geworfen", "phrase"],
    ["mit böllern beworfen", "phrase"],
    ["mit böllern beschossen", "phrase"],
    ["beschossen", "word"],
    // In English.
    ["knife", "word"],
    ["with a gun", "phrase"],
    ["has a gun", "phrase"],
    ["gunshots", "word"],
    ["shots fired", "phrase"],
    ["stabbed", "word"],
    ["stabbing", "word"],
    ["bomb threat", "phrase"],
    ["with a knife", "phrase"],
    ["will kill", "phrase"],
    ["wants to kill", "phrase"],
    ["going to kill", "phrase"],
    // Veiled threats by knowing where someone lives or parks: "i waß wo der wohnt", "weis wo sein auto steht".
    ["weiß wo der wohnt", "phrase"],
    ["weiß wo er wohnt", "phrase"],
    ["weiß wo sie wohnt", "phrase"],
    ["weiß wo die wohnt", "phrase"],
    ["weiß wo dein auto steht", "phrase"],
    ["weiß wo sein auto steht", "phrase"],
    ["weiß wo ihr auto steht", "phrase"],
    ["wissen wo er wohnt", "phrase"],
    ["wissen wo sie wohnt", "phrase"],
    // Idioms of a coming reprisal: "dann kann er sich warm anziehen", "ihr habt es nicht anders gewollt", "er wird es bereuen".
    ["kann er sich warm anziehen", "phrase"],
    ["kann sie sich warm anziehen", "phrase"],
    ["kann der sich warm anziehen", "phrase"],
    ["kannst du dich warm anziehen", "phrase"],
    ["könnt ihr euch warm anziehen", "phrase"],
    ["können sich warm anziehen", "phrase"],
    ["ihr habt es nicht anders gewollt", "phrase"],
    ["ihr wolltet es nicht anders", "phrase"],
    ["ihr habt es so gewollt", "phrase"],
    ["wird es bereuen", "phrase"],
    ["wird bereuen", "phrase"],
    ["werde ihn finden", "phrase"],
    ["werde sie finden", "phrase"],
    ["werde dich finden", "phrase"],
    ["werde euch finden", "phrase"],
    ["ihr werdet sehen was passiert", "phrase"],
    ["werdet ihr sehen was passiert", "phrase"],
    ["ist ein toter mann", "phrase"],
    ["bist ein toter mann", "phrase"],
    ["ist ein dead man", "phrase"],
    ["bist ein dead man", "phrase"],
    ["bist so gut wie tot", "phrase"],
    ["ist so gut wie tot", "phrase"],
    // Beatings announced: "dann gibt es Kloppe", "dem polier ich die Visage", "eine verpassen".
    ["gibt es kloppe", "phrase"],
    ["gibts kloppe", "phrase"],
    ["gibt es prügel", "phrase"],
    ["gibts prügel", "phrase"],
    ["gibt es was auf die fresse", "phrase"],
    ["gibts was auf die fresse", "phrase"],
    ["gibt es was aufs maul", "phrase"],
    ["gibts was aufs maul", "phrase"],
    ["die visage polieren", "phrase"],
    ["eine verpassen", "phrase"],
    ["eins verpassen", "phrase"],
    ["ordentlich eine verpasst", "phrase"],
    ["eine reinhauen", "phrase"],
    ["knall dir eine", "phrase"],
    ["knall ihm eine", "phrase"],
    ["hau dir eine", "phrase"],
    ["hau ihm eine", "phrase"],
    // Killing announced to others: "dass er morgen alle erschießt", "die Kehle durchschneidet", "die Schule hochjagen".
    ["alle erschießt", "phrase"],
    ["alle erschießen", "phrase"],
    ["alle abknallt", "phrase"],
    ["alle umbringt", "phrase"],
    ["kehle durchschneidet", "phrase"],
    ["kehle durchschneiden", "phrase"],
    ["kehle durchzuschneiden", "phrase"],
    ["hochjagen", "word"],
    ["hochzujagen", "word"],
    ["dann sind sie fällig", "phrase"],
    ["sind sie fällig", "phrase"],
    ["ihr werdet noch sehen was passiert", "phrase"],
    ["ihr werdet schon sehen was passiert", "phrase"],
    // Attacks going on and threatening letters: "Leute werfen Flaschen", "ein Brief mit weißem Pulver".
    ["werfen flaschen", "phrase"],
    ["fliegen steine", "phrase"],
    ["fliegen böller", "phrase"],
    ["flaschen auf die", "phrase"],
    ["steine auf die", "phrase"],
    ["böller und steine", "phrase"],
    ["pfefferspray gezogen", "phrase"],
    ["weißem pulver", "phrase"],
    ["weißes pulver", "phrase"],
    // Widened for the thirteenth set of comments written without the lexicon (see danger-blind-reports-13.ts).
    // A death foretold to the reader: "Sie sind ein toter Mann", "geht nicht lebend aus dem Saal", "Freitag sterben hier alle".
    ["sind ein toter mann", "phrase"],
    ["sind eine tote frau", "phrase"],
    ["bist eine tote frau", "phrase"],
    ["ist eine tote frau", "phrase"],
    ["seid tote männer", "phrase"],
    ["sind so gut wie tot", "phrase"],
    ["seid so gut wie tot", "phrase"],
    ["nicht lebend aus", "phrase"],
    ["nicht lebend raus", "phrase"],
    ["nicht lebend nach hause", "phrase"],
    ["nicht lebend heim", "phrase"],
    ["sterben hier alle", "phrase"],
    ["sterbt ihr alle", "phrase"],
    ["werdet ihr alle sterben", "phrase"],
    ["ihr werdet alle sterben", "phrase"],
    ["ihr seid die nächsten", "phrase"],
    ["seines lebens nicht mehr froh", "phrase"],
    ["ihres lebens nicht mehr froh", "phrase"],
    ["deines lebens nicht mehr froh", "phrase"],
    ["eures lebens nicht mehr froh", "phrase"],
    // What a loved one is worth to the reader: "Lasst eure Kinder zuhause, wenn sie euch lieb sind".
    ["wenn sie euch lieb sind", "phrase"],
    ["wenn euch eure kinder lieb sind", "phrase"],
    ["wenn ihnen ihre kinder lieb sind", "phrase"],
    ["wenn euch euer leben lieb ist", "phrase"],
    ["wenn dir dein leben lieb ist", "phrase"],
    ["wenn ihnen ihr leben lieb ist", "phrase"],
    ["wenn ihm sein leben lieb ist", "phrase"],
    // The victim put out of action afterwards: "Danach läuft der nicht mehr", "dann steht er nicht mehr auf".
    ...["danach", "dann"].flatMap((then) =>
      ["läuft", "steht", "redet", "lacht"].flatMap((verb) => ["der", "er", "die", "sie"].map((person) => [`${then} ${verb} ${person} nicht mehr`, "phrase"] as const)),
    ),
    ["nicht zum reden da", "phrase"],
    ["keine leeren worte", "phrase"],
    ["ist keine drohung das ist", "phrase"],
    ["keine drohung sondern", "phrase"],
    ["ziel nicht schlecht", "phrase"],
    ["ziele nicht schlecht", "phrase"],
    ["wer drin ist hat pech", "phrase"],
    ["wer drinnen ist hat pech", "phrase"],
    ["so viele von euch mit", "phrase"],
    // Home-made fire bombs told by their parts: "Flaschen mit Lappen drin", "Flaschen mit Benzin".
    ["flaschen mit lappen", "phrase"],
    ["flasche mit lappen", "phrase"],
    ["flaschen mit benzin", "phrase"],
    ["flasche mit benzin", "phrase"],
    ["benzin in flaschen", "phrase"],
    // The writer holds the victim's address: "Wir haben ihre Adresse."
    ...["wir haben", "wir kennen", "ich kenne"].flatMap((who) => ["ihre", "deine", "eure", "seine"].map((whose) => [`${who} ${whose} adresse`, "phrase"] as const)),
    ["ich hab deine adresse", "phrase"],
    ["ich habe deine adresse", "phrase"],
    ["will blow up", "phrase"],
    ["going to blow up", "phrase"],
  ],
  water: [
    ["wasserrohrbruch", "prefix"],
    ["rohrbruch", "prefix"],
    ["rohrbruch", "suffix"],
    ["überschwemm", "prefix"],
    ["überschwemmung", "suffix"],
    ["überflut", "prefix"],
    ["überflutung", "suffix"],
    ["hochwasser", "prefix"],
    ["land unter", "phrase"],
    ["unter wasser", "phrase"],
    ["vollgelaufen", "prefix"],
    ["abgesoffen", "word"],
    ["säuft ab", "phrase"],
    ["saufen ab", "phrase"],
    ["wasser im keller", "phrase"],
    ["voll wasser", "phrase"],
    ["läuft voll", "phrase"],
    ["steht das wasser", "phrase"],
    ["starkregen", "prefix"],
    ["sturzflut", "prefix"],
    ["dammbruch", "prefix"],
    ["deichbruch", "prefix"],
    ["damm gebrochen", "phrase"],
    ["deich gebrochen", "phrase"],
    ["über die ufer", "phrase"],
    ["pegel steigt", "phrase"],
    ["wasser steigt", "phrase"],
    ["kein wasser", "phrase"],
    ["kein trinkwasser", "phrase"],
    ["abkochgebot", "prefix"],
    ["abkochempfehlung", "prefix"],
    ["gully läuft über", "phrase"],
    ["kanal läuft über", "phrase"],
    ["wasserfontäne", "prefix"],
    ["wassereinbruch", "prefix"],
    ["überall wasser", "phrase"],
    ["weggespült", "word"],
    ["weggeschwemmt", "word"],
    ["voll gelaufen", "phrase"],
    ["reißender bach", "phrase"],
    ["reißender fluss", "phrase"],
    // Water that makes ill, and currents that carry away.
    ["blaualgen", "prefix"],
    ["legionellen", "prefix"],
    ["trinkwasser verunreinigt", "phrase"],
    ["trinkwasser ist verunreinigt", "phrase"],
    ["braunes wasser", "phrase"],
    ["wasser ist braun", "phrase"],
    ["keime im trinkwasser", "phrase"],
    ["von der strömung", "phrase"],
    // In English.
    ["flood", "word"],
    ["flooding", "word"],
    ["flooded", "word"],
    ["flash flood", "phrase"],
    ["burst pipe", "phrase"],
    ["drowning", "word"],
    ["into the river", "phrase"],
    ["floating away", "phrase"],
    ["fell from the bridge", "phrase"],
    // Deep water where it must not be: "knietief im Keller", "die Wiese ist ein einziger See".
    ["knietief", "word"],
    ["kniehoch", "word"],
    ["hüfthoch", "word"],
    ["ein einziger see", "phrase"],
    ["fließt über die straße", "phrase"],
    // A person in the water: "Mann ist in Wasser gefallen", "Schwimmer in Not".
    ["in wasser gefallen", "phrase"],
    // Water that carries things off or rises through the defences: "die ganze Straße ist ein Sturzbach", "mein Auto ist weggeschwommen",
    // "die Sandsäcke halten nicht mehr"; a person in the river; a boat adrift and empty.
    ["sturzbach", "word"],
    ["ein reißender bach", "phrase"],
    ["auto ist weggeschwommen", "phrase"],
    ["autos schwimmen weg", "phrase"],
    ["sandsäcke halten nicht mehr", "phrase"],
    ["wasser geht in häuser", "phrase"],
    ["wasser geht in die häuser", "phrase"],
    ["mann im fluss", "phrase"],
    ["frau im fluss", "phrase"],
    ["kind im fluss", "phrase"],
    ["jemand im fluss", "phrase"],
    ["person im fluss", "phrase"],
    ["treibt leer", "phrase"],
    ["ins wasser gefallen", "phrase"],
    ["schwimmer in not", "phrase"],
    ["schwimmerin in not", "phrase"],
    ["badegast in not", "phrase"],
    ["knöcheltief", "word"],
    // Someone who went under, water pouring: "beim Baden nicht wieder aufgetaucht", "läuft wie ein Wasserfall die Einfahrt runter".
    ["nicht wieder aufgetaucht", "phrase"],
    ["nicht mehr aufgetaucht", "phrase"],
    ["taucht nicht mehr auf", "phrase"],
    ["wie ein wasserfall", "phrase"],
    ["laufen voll", "phrase"],
  ],
  tree: [
    ["umgestürzt", "prefix"],
    ["umgestürzter baum", "phrase"],
    ["baum umgestürzt", "phrase"],
    ["baum umgefallen", "phrase"],
    ["baum ist umgefallen", "phrase"],
    ["bäume umgefallen", "phrase"],
    ["umgefallener baum", "phrase"],
    ["umgekippter baum", "phrase"],
    ["baum umgekippt", "phrase"],
    ["ast abgebrochen", "phrase"],
    ["äste abgebrochen", "phrase"],
    ["abgebrochener ast", "phrase"],
    ["abgebrochene äste", "phrase"],
    ["ast hängt", "phrase"],
    ["äste hängen", "phrase"],
    ["hängt ein ast", "phrase"],
    ["droht umzustürzen", "phrase"],
    ["droht umzufallen", "phrase"],
    ["droht umzukippen", "phrase"],
    ["droht abzubrechen", "phrase"],
    ["astbruch", "prefix"],
    ["windbruch", "prefix"],
    ["schneebruch", "prefix"],
    ["baumsturz", "prefix"],
    ["sturmschaden", "prefix"],
    ["sturmschäden", "prefix"],
    ["entwurzelt", "prefix"],
    ["morsch", "prefix"],
    ["baum auf der fahrbahn", "phrase"],
    ["baum auf der straße", "phrase"],
    ["baum kippt", "phrase"],
    // In English.
    ["tree fell", "phrase"],
    ["tree fallen", "phrase"],
    ["fallen tree", "phrase"],
    ["tree down", "phrase"],
    ["trees down", "phrase"],
    ["tree across", "phrase"],
    ["tree on the road", "phrase"],
    ["branch fell", "phrase"],
  ],
  infrastructure: [
    ["ampel ausgefallen", "phrase"],
    ["ampel ist ausgefallen", "phrase"],
    ["ampeln ausgefallen", "phrase"],
    ["ampelausfall", "prefix"],
    ["ampel defekt", "phrase"],
    ["ampel ist defekt", "phrase"],
    ["ampel ist aus", "phrase"],
    ["stromausfall", "prefix"],
    ["kein strom", "phrase"],
    ["strom weg", "phrase"],
    ["strom ist weg", "phrase"],
    ["keinen strom", "phrase"],
    ["oberleitung gerissen", "phrase"],
    ["oberleitung beschädigt", "phrase"],
    ["leitung gerissen", "phrase"],
    ["kabel hängt herunter", "phrase"],
    ["kabel hängen herunter", "phrase"],
    ["kabel liegen offen", "phrase"],
    ["kabel liegt offen", "phrase"],
    ["freiliegende kabel", "phrase"],
    ["freiliegendes kabel", "phrase"],
    ["gullydeckel fehlt", "phrase"],
    ["kanaldeckel fehlt", "phrase"],
    ["schachtdeckel fehlt", "phrase"],
    ["offener schacht", "phrase"],
    ["offenen schacht", "phrase"],
    ["offener gully", "phrase"],
    ["offenes loch", "phrase"],
    ["offene baugrube", "phrase"],
    ["öl läuft aus", "phrase"],
    ["läuft öl aus", "phrase"],
    ["öl ausgelaufen", "phrase"],
    ["einsturz", "prefix"],
    ["einsturz", "suffix"],
    ["eingestürzt", "word"],
    ["droht einzustürzen", "phrase"],
    ["abgesackt", "word"],
    ["erdrutsch", "prefix"],
    ["hangrutsch", "prefix"],
    ["felssturz", "prefix"],
    ["steinschlag", "prefix"],
    ["schlammlawine", "prefix"],
    ["murenabgang", "prefix"],
    ["dachlawine", "prefix"],
    ["glatteis", "prefix"],
    // "Straßenglätte", "Eisglätte": a compound, not "Glätte" or "glatte" alone.
    ["glätte", "suffix"],
    ["überall glatt", "phrase"],
    ["rutschgefahr", "prefix"],
    ["blitzeis", "prefix"],
    ["spiegelglatt", "word"],
    ["eisglatt", "word"],
    ["ölspur", "prefix"],
    ["ölfilm", "prefix"],
    ["ölteppich", "prefix"],
    ["ladung verloren", "phrase"],
    ["liegt auf der fahrbahn", "phrase"],
    ["liegen auf der fahrbahn", "phrase"],
    ["liegt auf der straße", "phrase"],
    ["liegen auf der straße", "phrase"],
    ["liegt auf dem radweg", "phrase"],
    ["liegen auf dem radweg", "phrase"],
    ["liegt auf den gleisen", "phrase"],
    ["mitten auf der fahrbahn", "phrase"],
    ["blockiert die fahrbahn", "phrase"],
    ["versperrt die fahrbahn", "phrase"],
    ["im aufzug eingeschlossen", "phrase"],
    ["im aufzug stecken", "phrase"],
    ["aufzug steckt fest", "phrase"],
    ["steckengeblieben", "word"],
    ["schranke defekt", "phrase"],
    ["bahnübergang defekt", "phrase"],
    // Severe weather that breaks things.
    ["tornado", "word"],
    ["windhose", "word"],
    ["hagel so groß", "phrase"],
    ["hagelkörner so groß", "phrase"],
    ["tennisballgroß", "prefix"],
    ["golfballgroß", "prefix"],
    // In English.
    ["black ice", "phrase"],
    ["icy road", "phrase"],
    ["icy roads", "phrase"],
    ["power line down", "phrase"],
    ["power lines down", "phrase"],
    ["live wire", "phrase"],
    ["sinkhole", "word"],
    ["traffic light out", "phrase"],
    ["traffic lights out", "phrase"],
    ["manhole open", "phrase"],
    ["manhole is open", "phrase"],
    ["open manhole", "phrase"],
    ["a manhole open", "phrase"],
  ],
};

/**
 * Terms that may report a danger to people, at least 120. See
 * {@link DangerEntry} for the fields and {@link DangerMatch} for matching;
 * a hit that a {@link DANGER_FALSE_FRIENDS} entry covers does not count.
 */
export const DANGER_TERMS: readonly DangerEntry[] = Object.freeze(
  DANGER_CATEGORIES.flatMap((category) => BY_CATEGORY[category].map(([term, match]) => Object.freeze({ term, category, match }))),
);

/**
 * Words and phrases that contain a danger term but report no danger:
 * "Brandschutzübung", "Unfallstatistik", "Kosten explodiert", "die
 * Haltestelle wird nicht angefahren", "Feuer und Flamme". In lexicon form.
 *
 * Matching: a one-word entry is found inside a token, as a word part
 * ("brandschutz" in "Brandschutzübung"); an entry of several words as
 * consecutive whole tokens ("kosten explodiert"). A danger hit does not
 * count when a false friend covers it: the false friend's span includes
 * the hit's span and is longer. Kept to what is certainly harmless: "Unfall
 * gestern an der Kreuzung" stays a hit, even if it is over.
 */
export const DANGER_FALSE_FRIENDS: readonly string[] = Object.freeze([
  // "nicht mehr hoch": climbing stairs, not getting up after a fall ("meine Oma kommt die Treppe nicht mehr hoch"); only right
  // after the stairs ("die Treppe zum Rathaus nicht mehr hoch" is still read as a fall).
  "treppe nicht mehr hoch",
  "treppen nicht mehr hoch",
  "stufen nicht mehr hoch",
  "rampe nicht mehr hoch",
  "berg nicht mehr hoch",
  // "antun": asking who would harm someone is no threat ("Wer würde ihm was antun? Er war so ein netter Mann").
  ...(["wer würde", "wer sollte", "wer könnte", "wer will", "wer wollte"] as const).flatMap((who) =>
    (["ihm", "ihr", "dir", "euch", "ihnen"] as const).flatMap((whom) => [`${who} ${whom} was antun`, `${who} ${whom} etwas antun`]),
  ),
  // "wohnt": asking whether anyone lives in a burning or empty house ("weiß jemand, ob da wer wohnt?") is no "ich weiß, wo du
  // wohnst". Only with "ob": "Ich weiß, wer da wohnt" can be a veiled threat.
  ...(["da", "dort", "hier", "da drin", "da oben", "drin"] as const).flatMap((where) =>
    (["", " noch", " überhaupt", " überhaupt noch"] as const).flatMap((still) =>
      (["wer", "jemand", "einer"] as const).map((who) => `ob ${where}${still} ${who} wohnt`),
    ),
  ),
  // "brand"
  "brandenburg",
  "brandschutz",
  "brandschutzübung",
  "brandschau",
  "brandwache",
  "brandverhütung",
  "brandneu",
  "brandaktuell",
  "brandheiß",
  "brandrede",
  "brandbrief",
  "brandmauer",
  "brandmark",
  "brandt",
  "brandung",
  // detectors: they report a fire only when they go off (see DANGER_COMBINATIONS)
  "brandmelder",
  "brandmeldeanlage",
  // "brand" at the end: sunburn and brandy
  "sonnenbrand",
  "weinbrand",
  "obstbrand",
  // "brennend"
  "brennend interessiert",
  "brennend interessieren",
  "brennende frage",
  "brennende fragen",
  "brennendes thema",
  "brennendes problem",
  "brennendes interesse",
  // warnings of a season, not a fire
  "waldbrandgefahr",
  // "unfall", "verkehrsunfall"
  "unfallstatistik",
  "unfallversicherung",
  "unfallkasse",
  "unfallverhütung",
  "unfallprävention",
  "unfallschwerpunkt",
  "unfallfrei",
  "unfallchirurgie",
  "unfallkrankenhaus",
  "unfallklinik",
  "unfall des jahres",
  // a debate or a plan that went wrong: "war ein einziger Unfall", "ein politischer Betriebsunfall"
  "einziger unfall",
  "totaler unfall",
  "kompletter unfall",
  "betriebsunfall",
  // "explosion", "explodiert"
  "explosionsartig",
  "explosion der kosten",
  "explosion der mieten",
  "explosion der preise",
  "kosten explodiert",
  "preise explodiert",
  "mieten explodiert",
  "nachfrage explodiert",
  // One's own head about to burst: "mein Kopf explodiert gleich", "mir explodiert der Schädel". Not "am Kopf explodiert":
  // a rocket that went off at someone's head.
  "mein kopf explodiert",
  "mein schädel explodiert",
  "kopf explodiert mir",
  "explodiert der kopf",
  "explodiert gleich der kopf",
  "explodiert der schädel",
  "explodiert mir der kopf",
  "explodiert mir gleich der kopf",
  "explodiert mir der schädel",
  "explodiert mir gleich der schädel",
  // Stones thrown into water: "die Kinder werfen Steine in den Fluss". Not "am Fluss": "werfen Steine am Fluss auf Spaziergänger".
  "werfen steine ins wasser",
  "wirft steine ins wasser",
  "werfen steine in den fluss",
  "wirft steine in den fluss",
  "werfen steine in den bach",
  "wirft steine in den bach",
  "werfen steine in den see",
  "wirft steine in den see",
  "werfen steine in den teich",
  "wirft steine in den teich",
  // "brennt", "brennen"
  "brennt nicht",
  "brennen nicht",
  "licht brennt",
  "laterne brennt",
  "straßenlaterne brennt",
  "straßenlaternen brennen",
  "straßenbeleuchtung brennt",
  "lampe brennt",
  "laternen brennen",
  "lampen brennen",
  "kerzen brennen",
  "sonne brennt",
  "brennt darauf",
  "brennt die ganze nacht",
  "brennt uns unter den nägeln",
  "brennt mir unter den nägeln",
  "unter den nägeln brennen",
  "brennt für",
  "brennen für",
  // "verbrannt"
  "geld verbrannt",
  "steuergeld verbrannt",
  "millionen verbrannt",
  // "feuer"
  "feuer und flamme",
  "feuer unterm hintern",
  "feuer unter dem hintern",
  "mit dem feuer spielen",
  "mit dem feuer spielt",
  "hand ins feuer",
  "öl ins feuer",
  "feuer im kamin",
  "feuer im ofen",
  "feuer machen",
  "feuer frei",
  "hat jemand feuer",
  // a figure of speech and a name: "hat in der Sitzung richtig Feuer gemacht", "die Kneipe Zum Feuerteufel"
  "richtig feuer gemacht",
  "ordentlich feuer gemacht",
  "mächtig feuer gemacht",
  "zum feuerteufel",
  // names of pubs and shops: "im Zum Brennenden Hirsch"
  "zum brennenden", "zur brennenden",
  // figures of speech: a sky at sunset, a band on stage
  "himmel brennt", "bühne abgefackelt", "hütte abgefackelt",
  // cooking and heating as usual: "im Ofen verbrannt", "riecht nach verbranntem Staub"
  "im ofen verbrannt", "in der pfanne verbrannt", "verbranntem staub", "verbrannter staub",
  // smoke of a fire of custom, which the town lights: "die Rauchwolke vom Osterfeuer" (its sparks on a roof are still a fire)
  "rauchwolke vom osterfeuer",
  "rauch vom osterfeuer",
  "rauchwolke vom lagerfeuer",
  "rauch vom lagerfeuer",
  "rauchwolke vom martinsfeuer",
  "rauch vom martinsfeuer",
  "rauchwolke vom sonnwendfeuer",
  "rauch vom sonnwendfeuer",
  // idioms with a state only a person is in: "der Sachbearbeiter zuckt nur mit den Schultern", "stöhnt über die Arbeit", "da schwillt mir der Hals"
  "zuckt mit den schultern",
  "zuckt nur mit den schultern",
  "zuckt mit der schulter",
  "stöhnt über",
  "schwillt mir der hals",
  "mir schwillt der hals",
  "schwillt einem der hals",
  // "schief": a plan gone wrong, not a leaning tree
  "ging schief",
  "geht schief",
  "gehen schief",
  "gingen schief",
  "läuft schief",
  "lief schief",
  // "brennen" of eyes and throat: a symptom (of smoke or gas, which have their own words), not a fire
  "augen brennen",
  "brennen die augen",
  "brennt in den augen",
  "brennt im hals",
  // "brennt": "Bei uns brennt die Luft" (the mood is heated)
  "brennt die luft",
  // "angefahren", "überfahren"
  "wird angefahren",
  "werden angefahren",
  "nicht angefahren",
  "nicht mehr angefahren",
  "angefahren werden",
  "ampel überfahren",
  "haltelinie überfahren",
  "bei rot überfahren",
  "mich überfahren",
  "uns überfahren",
  "überfahren gefühlt",
  // "erschieß" said of oneself is hyperbole: "Wenn ich noch einmal Schlager höre, erschieß ich mich"
  "erschieß ich mich",
  "erschieße ich mich",
  // "verletzt"
  "pflicht verletzt",
  "pflichten verletzt",
  "aufsichtspflicht verletzt",
  "verkehrssicherungspflicht verletzt",
  "rechte verletzt",
  "gefühle verletzt",
  "datenschutz verletzt",
  "urheberrecht verletzt",
  // "zusammengebrochen"
  "server zusammengebrochen",
  "system zusammengebrochen",
  "netz zusammengebrochen",
  "internet zusammengebrochen",
  "seite zusammengebrochen",
  "website zusammengebrochen",
  "verkehr zusammengebrochen",
  // "vergiftet", "gebissen", "keine luft"
  "klima vergiftet",
  "stimmung vergiftet",
  "atmosphäre vergiftet",
  "sauren apfel gebissen",
  "keine luft nach oben",
  "keine luft mehr nach oben",
  // "überflutet", "überschwemmt", "verletzung": figures and rules
  "reizüberflutung",
  "informationsüberflutung",
  "überflutet mit",
  "überflutet von",
  "überschwemmt mit",
  "pflichtverletzung",
  "datenschutzverletzung",
  "rechtsverletzung",
  "vertragsverletzung",
  "regelverletzung",
  "verletzung der aufsichtspflicht",
  "verletzung der verkehrssicherungspflicht",
  "verletzung des datenschutzes",
  // "hochwasser", "starkregen"
  "hochwasserschutz",
  "hochwasserrückhalt",
  "hochwasservorsorge",
  "hochwassergefahrenkarte",
  "hochwasserrisiko",
  "hochwassermarke",
  "starkregenvorsorge",
  "starkregengefahrenkarte",
  "starkregenrisiko",
  // "glatteis"
  "aufs glatteis",
  // "amok", "bombe"
  "amokübung",
  "amoktraining",
  "war die bombe",
  "ist die bombe",
  "wie eine bombe",
  "wie die bombe",
  // "bedroht"
  "vom aussterben bedroht",
  "existenz bedroht",
  "schließung bedroht",
  // "belästigt"
  "lärm belästigt",
  "gestank belästigt",
  // "suizid"
  "suizidprävention",
  // "geschlagen", "getreten" said of people: a good fight, a rule in force, a foot on the brake
  "gut geschlagen",
  "toll geschlagen",
  "tapfer geschlagen",
  "wacker geschlagen",
  "super geschlagen",
  "in kraft getreten",
  "auf die bremse getreten",
  // "verfolgt" said of a debate, a stream or a plan
  "verfolgt die diskussion",
  "die diskussion verfolgt",
  "verfolgt die debatte",
  "die debatte verfolgt",
  "verfolgt die sitzung",
  "die sitzung verfolgt",
  "verfolgt das thema",
  "das thema verfolgt",
  "verfolgt den livestream",
  "den livestream verfolgt",
  "verfolgt das ziel",
  "das ziel verfolgt",
  "verfolgt noch jemand",
  // "liegt einer": one of several
  "liegt einer der",
  "liegt einer von",
  // "wespennest": stirring up trouble
  "in ein wespennest",
  // "leiche": a secret, not a body
  "leiche im keller",
  // "mich ... umbringen": "Das wird mich noch umbringen" is a sigh
  "noch umbringen",
  // states of DANGER_COMBINATIONS: a tree that blocks the view, an office that does not answer
  "blockiert die sicht",
  "versperrt die sicht",
  "reagiert nicht auf",
  "reagiert nicht mehr auf",
  "reagiert kaum auf",
  "antwortet nicht auf",
  "antwortet nicht mehr auf",
  // Figures of speech: "Ich könnte mich erschießen, Termin verpasst", "ich krieg nen Herzinfarkt, wenn ich die Gebühren sehe".
  "könnte mich erschießen",
  "könnt mich erschießen",
  "krieg einen herzinfarkt",
  "kriege einen herzinfarkt",
  "krieg gleich einen herzinfarkt",
  "bekomme einen herzinfarkt",
  "bekomm einen herzinfarkt",
  // Street names and figures of speech: "Brandstraße", "der reinste Überfall", "ertrunken in Arbeit", "mein Herz blutet".
  "brandstraße",
  "brandstr",
  "brandweg",
  "reinste überfall",
  "ertrunken in arbeit",
  "in arbeit ertrunken",
  "ertrinke in arbeit",
  "herz blutet",
  "blutet mir das herz",
  "blutendes herz",
  "postfach brennt",
  "inbox brennt",
  "umgekippt vor freude",
  "vor freude umgekippt",
  "zur explosion",
  "ertrinke in papierkram",
  "ertrinken in papierkram",
  "bombe platzen lassen",
  "bombe platzen",
  // Customs, passions, statistics and praise: "Wann brennt das Osterfeuer?", "brennt total für die Feuerwehr", "Unfallzahlen reduziert".
  "brennt das osterfeuer",
  "osterfeuer brennt",
  "brennt total für",
  "brennt in meinem herzen",
  "feuer der begeisterung",
  "unfallzahlen",
  "weniger unfälle",
  "echte bombe",
  "äste hängen über unseren zaun",
  "äste hängen über den zaun",
  "äste hängen in unseren garten",
  "ein bisschen schief",
  "mit dem messer schneidet",
  "mit dem messer schneiden",
  // Machines that crash: "Mein Laptop ist gecrasht".
  "laptop ist gecrasht",
  "laptop gecrasht",
  "computer ist gecrasht",
  "computer gecrasht",
  "pc ist gecrasht",
  "pc gecrasht",
  "rechner ist gecrasht",
  "rechner gecrasht",
  "handy ist gecrasht",
  "handy gecrasht",
  "app ist gecrasht",
  "app gecrasht",
  "programm ist gecrasht",
  "programm gecrasht",
  "system ist gecrasht",
  "system gecrasht",
  "server ist gecrasht",
  "server gecrasht",
  "browser ist gecrasht",
  "browser gecrasht",
  "tablet ist gecrasht",
  "tablet gecrasht",
  "spiel ist gecrasht",
  "spiel gecrasht",
  "game ist gecrasht",
  "game gecrasht",
]);

/**
 * A danger told in two parts that German word order keeps apart: what is
 * affected and what happens to it ("Der Baum vor unserem Haus neigt sich",
 * "Baum auf die Oberleitung gefallen", "Jemand ist umgekippt"). Found when
 * a subject and a state stand in one sentence, in either order, at most
 * {@link DANGER_COMBINATION_REACH} words apart, and the state is not
 * negated ("der Baum ist nicht umgefallen").
 *
 * How subjects and states are written (lexicon form):
 * - a word: that whole token ("baum");
 * - `*` and a word: the word as the last part of a compound, with at most
 *   an ending of {@link DANGER_SUFFIX_ENDINGS} ("*baum" finds "Baum",
 *   "Straßenbaum", "Kastanienbaumes"); subjects only;
 * - a word and `*`: a token that begins with it ("umgestürz*" finds
 *   "umgestürzt", "umgestürzte"); single-word states only;
 * - several words: those tokens in a row ("neigt sich"); states only;
 * - an emoji ("🔥", "🌳"), compared as `emojiKey` does.
 */
export interface DangerCombination {
  /** What kind of danger the two together point to. */
  readonly category: DangerCategory;
  /** What falls, burns, floods or is hurt: words, `*`-compound heads or emoji. */
  readonly subjects: readonly string[];
  /** What happens to it: words, phrases, `*`-stems or emoji. */
  readonly states: readonly string[];
  /** Texts that the combination finds. */
  readonly examples: readonly string[];
  /** Texts it must not find. */
  readonly counterExamples: readonly string[];
  /** How many words apart subject and state may stand, where not {@link DANGER_COMBINATION_REACH}: more for states that only a person can be in. */
  readonly reach?: number;
  /**
   * Whether subject and state may also stand in two sentences in a row, in
   * either order: for states only a person in need is in ("Mein Vater
   * liegt im Bad. Er atmet ganz schwach.") and for what a writer says in
   * two steps ("Morgen lieber nicht hingehen. Nur ein gut gemeinter Tipp.").
   */
  readonly acrossSentences?: boolean;
}

/** How many words apart a subject and a state of a {@link DangerCombination} may stand, unless it says otherwise. */
export const DANGER_COMBINATION_REACH = 10;

/** People who may be hurt or taken ill: the subjects of the medical combination. */
const PEOPLE_WORDS = [
  "jemand", "jemanden", "einer", "*mann", "*frau", "*kind", "kinder", "junge", "mädchen", "person", "baby", "säugling",
  "rentner", "rentnerin", "seniorin", "senior", "oma", "opa", "vater", "mutter", "papa", "mama", "sohn", "tochter", "bruder", "schwester",
  "herr", "dame", "typ", "kerl", "mensch", "jugendlicher", "jugendliche", "obdachloser", "obdachlose", "betrunkener", "betrunkene",
  "schüler", "schülerin", "passant", "passantin", "*fahrer", "*fahrerin", "radler", "radlerin", "*gänger", "*gängerin", "läufer", "läuferin",
  "jogger", "joggerin", "schwimmer", "schwimmerin", "spieler", "spielerin", "nachbar", "nachbarin", "besucher", "besucherin",
  "mitarbeiter", "mitarbeiterin", "*arbeiter", "*arbeiterin", "*kollege", "*kollegin", "diabetiker", "diabetikerin", "patient", "patientin",
  "kumpel", "freund", "freundin", "mitbewohner", "mitbewohnerin", "partner", "partnerin", "fahrgast", "fahrgäste", "bewohner", "bewohnerin", "anwohner",
  "anwohnerin", "wanderer", "wanderin", "tourist", "touristin", "kunde", "kundin", "taucher", "taucherin",
  // Roles and family words of everyday speech: "der Hausmeister liegt neben der Leiter", "Dad ist umgekippt", "mei Bua".
  "hausmeister", "hausmeisterin", "teilnehmer", "teilnehmerin", "lehrer", "lehrerin", "enkel", "enkelin", "dad", "papi", "mami", "omi", "opi", "bua", "bub",
  "mädel", "mädels", "kid", "kids",
  // Who leads a group: "unser Trainer ist beim Warmlaufen umgefallen und reagiert nicht".
  "trainer", "trainerin", "betreuer", "betreuerin", "erzieher", "erzieherin",
];

/** The people a writer misses at once when they do not answer: family, friends, neighbours (not staff: "die Sachbearbeiterin antwortet nicht"). */
const CLOSE_PEOPLE = [
  "mama", "mami", "mutter", "papa", "papi", "vater", "dad", "oma", "omi", "opa", "opi", "sohn", "tochter", "bruder", "schwester", "nachbar", "nachbarin",
  "freund", "freundin", "kind", "bua", "bub", "enkel", "enkelin", "kumpel",
];

/** Offices, their staff and their meetings: the target of a veiled threat ("Der Sachbearbeiter im Bauamt soll sich gut umsehen"). */
const STAFF_WORDS = [
  "*amt", "*ämter", "rathaus", "verwaltung", "stadtverwaltung", "bürgermeister", "bürgermeisterin", "*bearbeiter", "*bearbeiterin", "politesse", "politessen",
  "stadtrat", "stadträte", "gemeinderat", "*schule", "schüler", "schulleitung", "lehrer", "lehrerin", "hausmeister", "*zentrum", "stadtwerke", "jobcenter",
  "*sitzung", "beamte", "beamten", "beamter", "mitarbeiter", "mitarbeiterin", "arbeitet", "arbeiten",
  // Named by their office or their post: "Herr Oberbürgermeister", "Ratsfrau Yilmaz", "die Rektorin", "die Kita Sonnenschein", "die Ausländerbehörde".
  "oberbürgermeister", "oberbürgermeisterin", "ratsfrau", "ratsherr", "rektor", "rektorin", "kita", "*behörde", "*ausschuss",
];

/** Things that hurt when carried to a place: weapons, clubs, fuel. */
const WEAPON_WORDS = [
  "*waffe", "*waffen", "pistole", "knarre", "*gewehr", "messer", "axt", "beil", "machete", "*schläger", "eisenstange", "brechstange", "knüppel", "benzin",
  "*kanister", "sprengstoff", "molotowcocktail", "molotowcocktails", "*flinte", "revolver",
];

/** Second-person words: a violent verb aimed at "euch", "dich", "euer Rathaus" is a threat. */
const ADDRESSEES = ["euch", "dich", "eure", "euer", "euren", "eurem", "eurer", "deine", "dein", "deinen", "deinem", "deiner"];

/**
 * Subjects and states that together report a danger; see
 * {@link DangerCombination}. Each is a common way to tell a danger in
 * German without a fixed phrase.
 */
export const DANGER_COMBINATIONS: readonly DangerCombination[] = deepFreezeList([
  {
    category: "tree",
    subjects: [
      "*baum", "*bäume", "baumkrone", "*krone", "kronenstück", "baumstamm", "stamm", "stämme", "ast", "äste", "riesenast", "baumast", "baumäste", "totholz", "pappel", "pappeln", "eiche", "eichen", "*buche", "buchen",
      "linde", "linden", "kastanie", "kastanien", "birke", "birken", "tanne", "tannen", "fichte", "fichten", "platane", "platanen", "ahorn",
      "weide", "esche", "eschen", "ulme", "ulmen", "erle", "erlen", "kiefer", "baam", "robinie", "robinien", "lärche", "lärchen", "douglasie", "eibe", "🌳", "🌲",
    ],
    states: [
      "umgestürz*", "umgefall*", "umgekipp*", "umgeknick*", "umgeweh*", "umgeriss*", "umgeworf*", "umgekrach*", "abgebroch*", "abgeknick*",
      "abgeriss*", "angebroch*", "entwurzel*", "runtergefall*", "runtergekrach*", "heruntergefall*", "herabgestürz*", "abgestürz*",
      "umgfall*", "umgflog*", "gestürzt", "gefallen", "gekippt", "gekracht", "kracht", "krachte", "geworfen", "kippt", "bricht", "splittert",
      "gespalten", "wackelt", "schwankt", "knackt", "hängt", "hängen", "droht", "quer", "blockiert", "versperrt", "eingeschlagen", "vom blitz",
      "liegt quer", "liegen quer", "neigt sich", "neigt sie sich", "neigt er sich", "liegt auf", "liegen auf", "liegt mitten", "liegen mitten", "liegt überall", "liegen überall",
      "auf die fahrbahn", "auf der fahrbahn", "auf die straße", "auf den radweg", "auf den gehweg", "auf das dach", "aufs dach", "auf ein auto",
      "auf das auto", "auf die gleise", "auf den gleisen", "in die leitung", "in der leitung", "in die oberleitung", "auf die oberleitung",
      "auf straße", "auf fahrbahn", "auf gleis", "auf gleisen", "auf radweg", "auf gehweg", "auf auto", "auf dach", "auf haus", "auf oberleitung",
      "auf stromleitung", "auf parkende autos", "bedenklich", "bedrohlich", "knicken um", "knickt um", "fallen um", "fällt um", "kippen um", "kippt um",
      "stürzt um", "stürzen um", "brechen ab", "bricht ab", "kracht runter", "krachen runter", "biegt sich", "biegen sich", "gerissen", "aufgerissen",
      "baumelt", "baumeln", "gedrückt", "auf unser dach", "auf unser haus", "auf unser auto", "aufs haus", "auf das haus",
    "liegt über", "liegen über", "über dem radweg", "über den radweg", "über dem weg", "über den weg", "über die straße", "über der straße", "über die fahrbahn", "riss", "risse", "einen riss", "knarzt", "knarzen", "ächzt", "schief", "umkippt", "umfällt", "aufgewölbt", "hebt sich", "schaukelt", "keiner mehr durch", "keiner durch"],
    examples: [
      "Die alte Eiche am Spielplatz hat einen Riss im Stamm", "Die Blutbuche am Teich steht total schief und knarzt", "Eine Birke liegt über dem Radweg",
      "Baum auf die Oberleitung gefallen", "Der Baum vor unserem Haus neigt sich bedenklich", "Der Sturm hat eine Pappel auf ein Auto geworfen",
      "Zwei Bäume sind umgekippt", "Straßenbaum in der Allee umgeknickt", "Äste liegen nach dem Gewitter überall auf der Fahrbahn", "🌳 liegt quer über der Zufahrt",
    ],
    counterExamples: ["Der Baum vor der Kita sollte mal geschnitten werden", "Die Äste aus den Gärten werden abgeholt", "Der neue Baum gefällt mir", "Die Linde am Marktplatz blüht so schön"],
  },
  {
    category: "tree",
    subjects: ["ast", "äste", "riesenast", "baumast", "baumäste", "baumstamm", "stamm", "stämme", "totholz", "baumkrone", "*krone", "kronenstück"],
    states: ["auf der straße", "auf dem gehweg", "auf dem radweg", "auf dem weg", "auf den weg", "auf dem spielplatz", "über dem spielplatz", "über der straße", "über dem gehweg", "über dem radweg"],
    examples: ["Ein dicker Ast liegt auf der Straße", "Äste hängen über dem Spielplatz"],
    counterExamples: ["Die Äste werden am Montag abgeholt"],
  },
  {
    category: "accident",
    subjects: [
      "*auto", "autos", "*pkw", "*lkw", "*laster", "*transporter", "*bus", "busse", "*fahrzeug", "wagen", "lieferwagen", "lastwagen", "kleinwagen", "wohnwagen",
      "kastenwagen", "geländewagen", "sportwagen", "suv", "*motorrad", "*roller", "escooter",
      "scooter", "traktor", "zug", "straßenbahn", "tram", "*fahrer", "*fahrerin", "radler", "radlerin", "fußgänger", "fußgängerin", "biker", "🚗", "🚙",
      "🚕", "🏍", "🛵", "🚲", "🚌", "🚚", "🚛", "🚜",
    ],
    states: [
      "überschlagen", "gekracht", "reingekracht", "geknallt", "reingeknallt", "reingefahren", "reingerast", "verunglückt", "verunfallt", "geschleudert",
      "abgekommen", "zusammengestoßen", "zusammengeprallt", "zusammengekracht", "aufgefahren", "kollidiert", "gerammt", "erfasst", "angefahren",
      "umgefahren", "überfahren", "mitgeschleift", "umgekippt", "umgestürzt", "ineinander", "verkeilt", "demoliert", "eingeklemmt", "gelandet",
      "liegt auf der seite", "auf der seite", "auf dem dach", "im graben", "in den graben", "im straßengraben", "in den straßengraben", "ins geländer",
      "gegen einen baum", "gegen die wand", "gegen die hauswand", "gegen eine mauer", "im bach", "in den bach", "im fluss", "in den fluss",
      "in den gegenverkehr", "ins schleudern", "ins rutschen", "gerutscht", "in den kanal", "ins wasser", "in den see", "in den teich", "in den hafen", "in straßengraben", "in graben", "überrollt", "gegen baum", "gegen den baum", "gegen die laterne", "gegen eine laterne",
      "gegen laterne", "gegen die ampel", "gegen den mast", "gegen die leitplanke", "in die leitplanke", "gegen auto", "gegen ein auto", "gegen einen lkw",
      "gegen lkw", "gegen bus", "gegen einen bus", "gegen motorrad", "gegen ein motorrad", "gegen radfahrer", "gegen einen radfahrer",
      // "Der Zug hat am Bahnübergang was erwischt"; not "den Bus gerade noch erwischt".
      "was erwischt", "jemanden erwischt", "einen erwischt", "💥",
      // Other verbs of impact: "hat ein Kind touchiert", "ist in den Vorgarten gerauscht".
      "touchiert", "gestreift", "gerauscht", "reingerauscht", "gebrettert", "gedonnert", "reingedonnert", "geschrammt",
    "gegen die mauer", "gegen den zaun", "gegen einen zaun", "gegen den pfeiler", "gegen einen pfeiler", "gegen die brücke", "abgeräumt", "rausgeschleudert", "herausgeschleudert", "begraben", "steht quer", "unter die straßenbahn", "unter den zug", "unter den bus", "unter die räder", "unter den lkw"],
    examples: ["Auto hat sich auf dem Feldweg überschlagen", "Zug hat am Bahnübergang was erwischt", "🚗💥🚗 Kreisel Ost", "Ein Auto ist ins Geländer gefahren", "Ein Radfahrer wurde von einem Bus erfasst", "LKW umgekippt auf der Kreisstraße", "E-Scooter-Fahrer vom Auto erfasst"],
    counterExamples: ["Der Bus fährt ab Montag über die Rosenau", "Autos parken auf dem Gehweg", "Die Autos rasen hier durch die Spielstraße"],
  },
  {
    category: "accident",
    subjects: [
      "*haltestelle", "schaufenster", "*fenster", "hauswand", "*wand", "menge", "menschenmenge", "gruppe", "*laden", "bäckerei", "café", "*geschäft",
      "*markt", "*zaun", "vorgarten", "gegenverkehr",
    ],
    states: ["gerast", "reingerast", "gekracht", "reingekracht", "geknallt", "reingeknallt", "gebrettert", "reingefahren", "gerauscht", "reingerauscht", "gedonnert"],
    examples: ["Der Transporter ist in die Bushaltestelle gerast", "ein auto ist in die bäckerei reingefahren"],
    counterExamples: ["Die Autos rasen hier durch die Spielstraße", "Wir sind in die Bäckerei gefahren"],
  },
  {
    category: "medical",
    subjects: PEOPLE_WORDS,
    states: [
      "umgekippt", "weggekippt", "umgefallen", "zusammengebrochen", "zusammengesackt", "zusammengeklappt", "bewusstlos", "ohnmächtig", "gestürzt",
      "hingefall*", "runtergefall*", "heruntergefall*", "reingefall*", "ausgerutscht", "gestolpert", "zittert", "macht nicht auf", "öffnet nicht",
      "seit tagen nicht gesehen", "seit tagen nicht mehr gesehen", "drogen genommen", "hat was genommen", "hat etwas genommen", "regungslos", "reglos", "krampft", "blutet", "weggetreten", "eingeklemmt",
      "eingesperrt", "eingeschlossen", "untergegangen", "ertrinkt", "unterkühlt", "verschluckt", "erstickt", "unterzuckert",
      "gebissen", "gestochen", "anfall", "atmet komisch", "atmet schwer", "wiederbelebt", "am boden", "liegt da", "liegt auf dem", "liegt auf der", "liegt mitten", "liegt unter", "liegt im graben", "liegt reglos",
      "auf der fahrbahn", "keine luft", "in den weiher gefallen", "in den see gefallen", "in den bach gefallen", "in den fluss gefallen", "ins wasser gefallen",
      "vom gerüst gefallen", "von der leiter gefallen", "aus dem fenster gefallen", "die treppe runter",
      // Lost and confused, in the cold: "ein älterer Herr irrt verwirrt durch die Siedlung".
      "verwirrt", "desorientiert", "orientierungslos", "wird vermisst", "werden vermisst", "nicht nach hause gekommen", "nicht heimgekommen",
    ],
    examples: ["Ein älterer Herr läuft seit Stunden verwirrt durch die Siedlung", "Beim Stadtlauf ist jemand umgekippt", "Eine ältere Frau ist vor dem Rathaus zusammengesackt", "Da liegt einer mitten auf dem Radweg und rührt sich nicht", "Motorradfahrer liegt nach Sturz auf der Fahrbahn"],
    counterExamples: ["Die Mülltonne ist umgekippt", "Jemand hat die Bank am Weiher gestrichen", "Die Frau vom Amt reagiert nicht auf meine Mails"],
    // A person and what befell them are often told far apart: "Der Diabetiker aus unserer Laufgruppe hat total gezittert und ist gerade einfach umgekippt".
    reach: 14,
  },
  {
    // What only a living body does or fails to do: its person may be named anywhere in the clause ("Obdachloser liegt bei minus 10 Grad auf der Bank und reagiert kaum").
    category: "medical",
    subjects: PEOPLE_WORDS,
    states: [
      // "schnauft" (southern for "atmet") is read as "atmet": see DANGER_DIALECT_WORDS.
      "atmet nicht", "atmet kaum", "atmet nicht richtig", "reagiert nicht", "reagiert kaum", "rührt sich nicht", "rührt sich kaum", "bewegt sich nicht",
      "bewegt sich kaum",
    "atmet schwach", "atmet noch", "atmet flach", "atmet aber",
      // Gasping, and someone gone under who does not come up again: "atmet nur noch schnappend", "der Taucher ist nicht wieder hochgekommen".
      // Not "schnappt nur noch" (a dog, a colleague), "nicht mehr hochgekommen" (up a hill or the stairs), "nicht wieder hoch" (dough, prices).
      "nur noch schnappend", "nicht wieder hochgekommen",
      // Told with "noch", at the end of a clause, or in southern German: "Fahrer liegt noch auf der Straße", "der da noch auf dem Zebrastreifen liegt", "is grad umkippt".
      "liegt noch auf der", "liegt noch auf dem", "liegt noch da", "liegt immer noch", "auf der straße liegt", "auf der fahrbahn liegt", "auf dem zebrastreifen liegt",
      "auf dem gehweg liegt", "auf dem boden liegt", "am boden liegt", "umkippt", "atmet ganz komisch", "schnarcht komisch", "schnarcht ganz komisch",
      "wirres zeug", "ganz zittrig", "ganz bleich", "ganz blass", "rührt sich nicht mehr", "reagiert nicht mehr", "atmet nicht mehr",
      "wird nicht wach", "nicht richtig wach", "wacht nicht auf", "wacht nicht mehr auf", "steht nicht mehr auf", "lag unter", "lag auf der", "unter seinem fahrrad", "unter ihrem fahrrad", "unter dem fahrrad", "unter dem auto", "kann nicht mehr stehen", "atmet ganz flach", "irgendwas genommen", "stöhnen",
      "zeitung nicht reingeholt", "nicht mehr hoch", "sackt zusammen", "bricht zusammen", "stöhnt", "zuckt", "hält sich die brust", "hält sich den arm", "hält sich das bein", "hält sich den bauch", "hält sich den kopf", "verwaschen", "lallt", "bewegt die beine nicht", "bewegt die arme nicht", "spürt nichts", "spürt die beine nicht", "spürt seine beine nicht", "kann nicht aufstehen", "kommt nicht hoch", "kommt nicht mehr hoch", "kommt nicht raus", "kommt nicht mehr raus", "schreit nur noch", "mit dem gesicht nach unten", "ist ganz kalt", "total blass", "kreidebleich", "blau angelaufen", "blaue lippen", "blut am kopf", "blut am hinterkopf", "eingequetscht", "weiß nicht mehr wo", "runtergerutscht", "fallen hin", "fällt hin"],
    examples: ["Da liegt einer auf dem Gehweg und rührt sich nicht", "Der Mann auf der Bank reagiert kaum", "Opa redet ganz verwaschen", "Die Wanderin stöhnt nur noch", "Mein Nachbar hält sich die Brust"],
    counterExamples: ["Die Frau vom Amt reagiert nicht auf meine Mails", "Mein Nachbar hält sich an die Ruhezeiten"],
    reach: 20,
    // "Auf der Bank schläft ein Mann seit gestern. Er zuckt nur."
    acrossSentences: true,
  },
  {
    category: "water",
    subjects: ["wasser", "abwasser", "regenwasser", "schmutzwasser", "grundwasser", "hochwasser", "schlamm", "🌊"],
    states: [
      "steigt", "gestiegen", "läuft in", "läuft ins", "läuft schon", "läuft rein", "läuft über", "läuft durch", "läuft unter", "dringt", "drückt",
      "strömt", "sprudelt", "schießt", "spritzt", "sickert durch", "steht schon", "steht bis", "steht im", "steht in der", "steht auf der", "tropft",
      "braun", "trüb", "kniehoch", "knietief", "hüfthoch", "kommt aus", "kommt durch", "kommt rein", "unter wasser", "überflutet", "tritt aus", "kommt unter", "läuft aus", "läuft runter",
      "läuft überall", "bis zum knie", "sickert", "quillt",
      "bis zu den knöcheln", "bis zur hüfte", "bis zum bauch",
    "hochquillt", "quillt hoch", "schwappt", "rinnt", "über die kante", "über den rand", "in den sicherungskasten", "sicherungskasten", "in die steckdose", "aus der wand", "aus der decke", "aus der lampe", "durch die decke"],
    examples: ["Das Wasser läuft schon in die Gärten", "Das Wasser dringt in den Keller", "In der Tiefgarage steht knietief Wasser", "Wasser kommt aus der Decke"],
    counterExamples: ["Das Wasser im Freibad ist kalt heute", "Der Keller im Rathaus wird renoviert", "Stadtfest fällt ins Wasser"],
  },
  {
    category: "water",
    subjects: [
      "damm", "deich", "bach", "*bach", "fluss", "pegel", "gully", "gullys", "gulli", "kanal", "*kanal", "kanalisation", "toilette", "klo", "*becken",
      "hydrant", "rohr", "*rohr", "leitung", "*wasserleitung",
    ],
    states: [
      "steigt", "steigen", "angeschwollen", "schwillt an", "gestiegen", "gibt nach", "bricht", "gebrochen", "geplatzt", "geborsten", "übergelaufen", "läuft über", "tritt über", "übergetreten",
      "sprudelt", "drückt", "drückt hoch", "hochgedrückt", "spuckt", "spucken", "rückstau", "staut sich", "schießt", "spritzt", "abgebrochen", "undicht",
      // A dam giving way: "der Damm weicht auf, da sickert schon Wasser durch".
      "weicht auf", "aufgeweicht", "sickert", "sickert durch", "droht zu brechen", "hält nicht mehr",
    "durchsickert", "durchsickern", "blubbert", "schwappt", "schwappt über", "über die kante", "über den weg"],
    examples: ["Der Damm am Bach gibt nach", "Der Gully vor unserem Haus sprudelt", "Hauptwasserleitung in der Goethestraße geplatzt", "Das Regenrückhaltebecken läuft über", "Der Bach schwappt schon über den Weg"],
    counterExamples: ["Der Bach am Spielplatz ist so schön", "Die Leitung der Kita hat gewechselt"],
    // "Der Bach hinter der Siedlung ist in einer Stunde um einen Meter gestiegen".
    reach: 15,
  },
  {
    category: "water",
    subjects: ["keller", "*keller", "tiefgarage", "*garage", "unterführung", "*unterführung", "erdgeschoss", "straße", "*straße", "straßen", "gärten", "wiesen", "wohnung", "feld", "sportplatz"],
    states: [
      "unter wasser", "überflutet", "überschwemmt", "vollgelaufen", "abgesoffen", "säuft ab", "saufen ab", "läuft voll", "voll wasser", "voller wasser",
      "steht unter wasser", "steht voll", "geflutet", "schwimmt", "auspumpen", "ausgepumpt", "pumpt", "ein see", "ein fluss", "ein bach", "reißend*",
    "kniehoch", "knietief", "hüfthoch", "steht es", "absäuft",
    // A depth or an amount of water in the place: "Im Keller stehen 20 cm Wasser", "2000 Liter Wasser in der Garage".
    "cm wasser", "zentimeter wasser", "meter wasser", "liter wasser", "kubikmeter wasser"],
    examples: ["Der Keller ist komplett abgesoffen", "Die Unterführung steht unter Wasser", "Die Hauptstraße ist ein See", "In der Unterführung steht es kniehoch", "Im Keller stehen 20 cm Wasser"],
    counterExamples: ["Der Keller im Rathaus wird renoviert", "Die Straße wird ab Montag saniert"],
  },
  {
    // Water and live current in one room: "Keller voll. Strom noch an."
    category: "water",
    subjects: ["keller", "*keller", "erdgeschoss", "wohnung"],
    states: ["strom noch an", "strom ist noch an", "noch strom drauf", "steckdosen unter wasser"],
    examples: ["Keller voll, Strom noch an"],
    counterExamples: ["Im Keller ist der Strom ausgefallen"],
    acrossSentences: true,
  },
  {
    category: "water",
    subjects: ["*wasserleitung", "wasserrohr", "*wasserrohr", "hauptleitung", "*hauptleitung"],
    states: ["kaputt", "leck", "undicht", "gebrochen", "geplatzt", "geborsten", "defekt"],
    examples: ["Die Hauptwasserleitung ist kaputt, die Straße schwimmt"],
    counterExamples: ["Die Wasserleitung in der Schulstraße wird erneuert"],
  },
  {
    category: "infrastructure",
    subjects: ["ampel", "ampeln", "*ampel", "ampelanlage", "lichtzeichenanlage", "*schranke", "schranken"],
    states: [
      "ausgefallen", "ist aus", "sind aus", "komplett aus", "defekt", "kaputt", "geht nicht", "funktioniert nicht", "bleibt offen", "bleibt oben",
      "geht nicht runter", "geht nicht zu", "schließt nicht", "blinkt", "blinken", "spinnt", "umgefahren", "umgeknickt", "ist oben", "sind oben",
      "bleiben oben", "bleiben offen", "gehen nicht runter", "ist offen", "sind offen", "überall grün", "alle grün", "gleichzeitig grün",

      "dunkel", "plötzlich aus", "ganz aus", "ohne strom", "aus",
    "schwarz", "totalausfall", "ausfall"],
    examples: ["Ampel am Fußgängerüberweg ist plötzlich dunkel", "Die Ampel an der Kreuzung Hauptstraße ist ausgefallen", "Am Bahnhof: die Ampeln sind aus, alle fahren durcheinander", "Die Ampel blinkt nur noch gelb"],
    counterExamples: ["Die Ampel an der Schule ist jetzt länger grün", "Neue Ampel am Markt geplant"],
    // "Die Ampel an der großen Kreuzung B 27/Bahnhofstraße ist komplett aus": places told between.
    reach: 14,
  },
  {
    category: "infrastructure",
    subjects: [
      "stromleitung", "stromleitungen", "leitung", "leitungen", "*kabel", "draht", "drähte", "oberleitung", "freileitung", "hochspannungsleitung",
      "verkehrsschild", "*ziegel", "dachteile", "dachplatten", "fassadenteile", "*gerüst", "bauzaun", "*absperrung", "eiszapfen", "⚡",
    ],
    states: [
      "hängt", "hängen", "runter", "herunter", "gerissen", "abgerissen", "umgestürz*", "umgeknick*", "umgefall*", "umgekipp*", "umgeweh*", "gekippt", "abgebroch*",
      "fliegen", "fliegt", "fallen", "fällt", "löst sich", "lösen sich", "gelöst", "lose", "wackelt", "schwankt", "liegt offen", "liegen offen",
      "liegt frei", "liegen frei", "freiliegend*", "blank", "blanke", "funkt", "funken", "sprüht", "abgedeckt", "eingedrückt", "unter strom",
      "auf der straße", "auf die straße", "auf dem gehweg", "auf den gehweg", "über dem gehweg", "auf den gleisen", "auf die gleise",
      "auf der fahrbahn", "auf die fahrbahn", "auf den radweg", "auf dem radweg", "am boden", "auf dem boden", "britzelt", "bizzelt", "knistert",
    "runtergekommen", "zischt", "blitzt", "auf dem gleis", "auf das gleis"],
    examples: [
      "Da liegt ein Stromkabel am Boden beim Sportplatz", "Stromleitung hängt nach dem Sturm runter", "Dachziegel fliegen vom Kirchturm", "Die Absperrung an der Baugrube ist umgefallen",
      "Stromkabel liegt offen am Spielplatz", "Bauzaun ist auf den Radweg gekippt",
    ],
    counterExamples: ["Die Stromleitung wird nächste Woche verlegt", "Neue Dachziegel für die Kita", "Am Rathaus hängt ein neues Schild"],
  },
  {
    category: "infrastructure",
    subjects: [
      "deckel", "*deckel", "gully", "gulli", "gullys", "schacht", "*schacht", "*abdeckung", "geländer", "*geländer", "absperrung", "*absperrung", "leitplanke", "*planke", "*bohlen", "*bohle",
      "baugrube", "*grube", "*rost", "*roste", "gitter", "*gitter", "*platte", "*platten", "planken", "*bretter",
    ],
    states: [
      "fehlt", "fehlen", "offen", "gehoben", "hebt sich", "geklaut", "verschoben", "ungesichert", "nicht abgesichert", "nicht gesichert", "umgefallen", "umgekippt",
      // "Schachtdeckel weg", "das Geländer ist weg".
      "weg", "kaputt", "abgerissen", "gestohlen", "lose",
    "kippelt", "wackelt", "hochgedrückt", "steht raus", "ragt raus", "ragt heraus", "schwingt weg", "abgebroch*", "durchgebrochen", "runterfallen", "reinfallen"],
    examples: ["Kanaldeckel auf der Landstraße hochgedrückt", "Die Schachtabdeckung kippelt", "Das Geländer an der Brücke ist abgebrochen", "Gullideckel fehlt mitten auf der Straße", "Der Kanaldeckel hat sich gehoben und der Schacht ist offen", "Das Brückengeländer am Mühlbach fehlt", "Schachtdeckel weg Ecke Bahnhofstraße"],
    counterExamples: ["Der Gully vor der Schule wird gereinigt", "Das neue Geländer am Weiher ist schön"],
    // "Die Leitplanke an der Serpentine zum Schloss ist seit dem Unfall komplett weg".
    reach: 14,
  },
  {
    category: "infrastructure",
    subjects: ["loch", "krater", "straße", "*straße", "fahrbahn", "gehweg", "bürgersteig", "gehsteig", "radweg", "brücke", "*brücke", "böschung", "hang", "boden"],
    states: [
      "eingebrochen", "abgesackt", "eingesackt", "sackt ab", "abgesenkt", "senkt sich", "absenkt", "absackt", "ausgespült", "hängen in der luft", "hängt in der luft", "weggebrochen", "unterspült", "stürzt ein", "tut sich auf", "aufgetan",
      "ungesichert", "nicht abgesichert", "rutscht ab", "abgerutscht", "über die straße",
      // "Die Brücke hat einen Riss und wackelt".
      "riss", "risse", "wackelt", "schwankt", "bröckelt", "gibt nach",
    "durchgebrochen"],
    examples: ["Riesiges Loch in der Fahrbahn, da ist die Straße eingebrochen", "Der Gehweg sackt ab", "Die Brücke am Kanal hat einen Riss und wackelt"],
    counterExamples: ["Die Straße wird ab Montag neu asphaltiert", "Bei uns wurde eingebrochen, die Polizei war schon da"],
  },
  {
    category: "infrastructure",
    subjects: [
      "*kran", "*gerüst", "*mast", "*laterne", "*schild", "*fassade", "schornstein", "*wand", "*mauer", "balkon", "*dach", "brocken", "putz", "stück", "stücke",
      "decke", "*decke", "deckenteile", "dachteile", "*brocken",
    ],
    states: [
      "wackelt", "wackeln", "schwankt", "bröckelt", "bröckeln", "stürzt ein", "eingestürzt", "droht einzustürzen", "droht umzukippen",
      "droht umzufallen", "kippt", "neigt sich", "umgekipp*", "umgestürz*", "umgeknick*", "umgefall*", "umgeweh*", "umgefahren", "eingebrochen", "löst sich", "lösen sich",
      "hat sich gelöst", "abgebroch*", "abgedeckt", "eingedrückt", "weggeflogen", "fallen", "fällt", "fallen runter", "fliegt", "fliegen", "fliegt rum",
      "auf den gehweg", "auf die straße", "auf die fahrbahn",
      // "Ein Stück Putz ist auf den Schulhof gefallen" (not "gefallen" alone: "die Fassade hat mir gefallen").
      "runtergefallen", "heruntergefallen", "abgefallen", "abgeplatzt", "runtergekommen", "auf den schulhof", "auf den spielplatz", "auf den weg",
      "runtergekracht", "heruntergekracht", "auf den parkplatz", "liegt quer", "quer über", "gucken raus", "schauen raus",
    "brechen", "bricht", "gelandet", "kommt runter", "kommt gleich runter"],
    examples: [
      "Der Baukran am Neubaugebiet schwankt bei dem Wind", "Die Fassade vom alten Kino bröckelt, Brocken fallen auf den Gehweg", "Ein Stück vom Dach hat sich gelöst",
      "Die Straßenlaterne an der Ecke ist umgeknickt", "Strommast nach dem Sturm umgeknickt",
    ],
    counterExamples: ["Die Fassade vom Rathaus wird gestrichen", "Der Kran wird nächste Woche abgebaut", "Das Dach der Turnhalle wird gedämmt"],
  },
  {
    category: "infrastructure",
    subjects: [
      "straße", "*straße", "straßen", "fahrbahn", "brücke", "*brücke", "gehweg", "radweg", "fußweg", "schulweg", "bürgersteig", "treppe", "kreuzung",
      "auto", "autos", "fahrzeuge",
    ],
    states: [
      "vereist", "überfroren", "überfrierend*", "spiegelglatt", "eisglatt", "sauglatt", "glatt wie", "total glatt", "extrem glatt", "richtig glatt", "rutschig",
      "gerutscht", "rutschen", "rutscht", "schlittern", "ins rutschen", "ausgerutscht", "rutschen aus", "rutscht aus", "ist glatt", "sind glatt", "gefroren",
    "voller eis", "voll eis", "rutschen hin", "fallen hin"],
    examples: ["Straße nach Oberdorf ist komplett vereist, Autos rutschen in den Graben", "Die Brücke ist spiegelglatt"],
    counterExamples: ["Die Straße ist frisch geräumt und gestreut", "Die Anmeldung lief total glatt"],
  },
  {
    category: "infrastructure",
    subjects: [
      "ladung", "*ladung", "gegenstände", "gegenstand", "stein", "felsbrocken", "reifen", "sofa", "matratze", "balken", "kisten", "steine", "holz", "schrott", "kühlschrank",
      "paletten", "palette", "schotter", "kies",
    ],
    states: ["auf der fahrbahn", "auf die fahrbahn", "auf der autobahn", "auf die autobahn", "auf der bundesstraße", "mitten auf", "verloren", "runtergefallen", "heruntergefallen"],
    examples: ["Ein LKW hat Teile seiner Ladung auf der Autobahnzufahrt verloren", "Auf der Landstraße liegt ein Sofa mitten auf der Fahrbahn"],
    counterExamples: ["Sperrmüll: Sofa und Matratze am Dienstag rausstellen"],
  },
  {
    category: "infrastructure",
    subjects: ["diesel", "benzin", "*öl", "chemikalien", "säure", "kraftstoff", "treibstoff", "gefahrgut"],
    states: ["läuft aus", "ausgelaufen", "tritt aus", "ausgetreten", "läuft", "auf der fahrbahn", "auf die fahrbahn", "im bach", "in den bach", "im fluss", "in den fluss", "in die kanalisation", "in den gully"],
    examples: ["Diesel läuft aus einem LKW auf die Fahrbahn", "Heizöl ist in den Bach gelaufen"],
    counterExamples: ["Die Dieselpreise steigen", "Altöl kann am Wertstoffhof abgegeben werden"],
  },
  {
    category: "infrastructure",
    subjects: ["stromkasten", "*kasten", "trafo", "*trafo", "steckdose", "*kabel", "*leitung"],
    states: [
      "funkt", "funken", "sprüht", "sprühen funken", "knallt", "zischt", "steht unter strom", "unter strom", "liegt frei", "liegen frei", "blank", "steht offen",
      "schauen raus", "hängen raus", "ragen raus",
    "offen", "aufgebrochen", "rausgerissen", "herausgerissen"],
    examples: ["Funken sprühen aus dem Stromkasten an der Ecke", "Das Geländer steht unter Strom, die Leitung liegt frei"],
    counterExamples: ["Der neue Stromkasten ist bunt bemalt"],
  },
  {
    category: "infrastructure",
    subjects: ["spritze", "spritzen", "nadeln", "kanülen", "drogenspritzen"],
    states: ["spielplatz", "sandkasten", "schulhof", "kita", "im gras", "auf dem spielplatz", "im sandkasten"],
    examples: ["Im Sandkasten am Weiher liegen benutzte Spritzen"],
    counterExamples: ["Die Grippeimpfung mit der Spritze tut kaum weh"],
  },
  {
    category: "medical",
    subjects: ["*hund", "hunde", "wildschwein", "wildschweine"],
    states: ["greift an", "greift", "greifen", "angegriffen", "beißt", "gebissen", "fällt an", "angefallen", "zugebissen"],
    examples: ["Ein Kampfhund greift im Park Leute an", "Der Hund hat ein Kind gebissen"],
    counterExamples: ["Hunde sind im Park an der Leine zu führen"],
  },
  {
    category: "medical",
    subjects: ["wildschwein", "wildschweine", "wolf", "wölfe", "fuchs", "füchse", "schlange", "waschbär"],
    states: [
      "im wohngebiet", "in der siedlung", "im garten", "in den gärten", "auf dem spielplatz", "auf dem schulhof", "im kindergarten", "gesichtet", "aggressiv",
      "tollwut*", "greift", "faucht",
    ],
    examples: ["Wildschweine im Wohngebiet am Waldrand", "Ein Wolf wurde am Spielplatz gesichtet"],
    counterExamples: ["Im Wildpark gibt es neue Wildschweine"],
  },
  {
    // Out in the cold: "ein Betrunkener schläft bei minus 5 Grad im Park".
    category: "medical",
    subjects: ["obdachloser", "obdachlose", "obdachlosen", "betrunkener", "betrunkene", "betrunkenen"],
    states: ["bei minus", "in der kälte", "im schnee", "schläft draußen", "schlafen draußen", "erfrieren", "erfroren", "friert"],
    examples: ["Im Park schläft ein Betrunkener bei minus 5 Grad"],
    counterExamples: ["Die Stadt richtet eine Wärmestube für Obdachlose ein"],
  },
  {
    // Left in a hot car: "Hund im Auto bei 30 Grad", "Baby im Auto eingeschlossen".
    category: "medical",
    subjects: ["hund", "kind", "baby", "kleinkind", "säugling"],
    states: ["im heißen auto", "im auto bei", "im auto eingesperrt", "im auto eingeschlossen", "im auto gelassen", "im auto zurückgelassen", "im auto in der sonne"],
    examples: ["Auf dem Parkplatz vom Baumarkt sitzt ein Hund im Auto bei 30 Grad"],
    counterExamples: ["Unser Hund fährt gern im Auto mit"],
  },
  {
    category: "infrastructure",
    subjects: ["hund", "hunde", "pferd", "pferde", "kuh", "kühe", "reh", "rehe", "wildschwein", "wildschweine", "schafe", "rinder"],
    states: [
      "autobahn", "schnellstraße", "bundesstraße", "kreisstraße", "landstraße", "gleis", "gleisen", "gleise", "auf der fahrbahn", "mitten auf", "ausgebüxt",
      "ausgebrochen",
    ],
    examples: ["Ein Pferd steht mitten auf der Kreisstraße", "Ein Hund läuft auf der Zufahrt zur Schnellstraße rum", "Pferde auf der Bundesstraße", "Ein Pferd ist ausgebüxt"],
    counterExamples: ["Hunde sind auf dem Wochenmarkt erlaubt", "Die Pferde auf der Koppel sind so schön"],
  },
  {
    category: "infrastructure",
    subjects: ["kind", "*kind", "kinder", "jugendliche", "leute", "jemand", "schlittschuhläufer"],
    states: [
      "autobahn", "schnellstraße", "bundesstraße", "gleis", "gleisen", "gleise", "dünnen eis", "dünne eis", "auf dem eis", "aufs eis", "zugefroren*",
      "eis knackt", "eis bricht", "eisfläche", "auf der baustelle", "in der baugrube", "auf dem gerüst", "auf dem dach", "schienen", "bahnstrecke", "bahndamm",
      "auf dem weiher", "auf dem see", "auf dem teich", "zu dünn", "allein am ufer", "allein am wasser", "allein am fluss", "allein am see", "allein auf dem balkon",
      "allein auf der straße", "seit stunden allein", "weint seit stunden", "schreit seit stunden",
    ],
    examples: ["Kinder spielen auf dem dünnen Eis am Weiher", "Kinder spielen auf dem zugefrorenen Weiher, das Eis knackt schon"],
    counterExamples: ["Die Kinder waren im Freibad", "Jemand hat seinen Schal an der Eisbahn verloren"],
  },
  {
    // A person on the tracks or the motorway: "da sitzt einer auf den Gleisen und steht nicht auf".
    category: "infrastructure",
    subjects: ["einer", "person", "*mann", "*frau", "mensch", "fußgänger", "radfahrer"],
    states: ["gleis", "gleisen", "gleise", "schienen", "bahnstrecke", "autobahn", "schnellstraße", "bundesstraße"],
    examples: ["Da sitzt einer auf den Gleisen am Bahnübergang und steht nicht auf", "Ein Fußgänger läuft auf der Autobahn"],
    counterExamples: ["Der Mann am Schalter war sehr nett"],
  },
  {
    // A building site left open is told by what is missing, not by "offen" ("die Baustelle ist seit Wochen offen" is a complaint).
    category: "infrastructure",
    subjects: ["baustelle", "*baustelle", "graben", "*graben", "baugrube"],
    states: ["nicht abgesichert", "ungesichert", "nicht gesichert", "ohne absperrung", "ohne sicherung", "keine absperrung"],
    examples: ["Baustelle nicht abgesichert, Graben ohne Absperrung am Schulweg"],
    counterExamples: ["Die Baustelle ist seit Wochen offen, wann geht es weiter?"],
  },
  {
    // A citizen's warning names the hazard in a word that alone says little: "Vorsicht an der Brücke, alles glatt!", "Achtung, alles voller Öl".
    category: "infrastructure",
    subjects: ["achtung", "vorsicht", "obacht", "aufpassen", "warnung"],
    states: ["glatt", "öl", "stein", "steine", "eis", "loch", "nägel", "scherben", "glas", "rutschig", "ast", "äste", "kabel", "überflutet", "brocken"],
    examples: ["Vorsicht an der Brücke, alles glatt!", "Achtung, an der Kreuzung ist alles voller Öl"],
    counterExamples: ["Achtung, das Bürgerbüro hat morgen geschlossen"],
  },
  {
    // Thin ice is a hazard of the place, like the children on it; a person who broke in is a medical emergency (DANGER_TERMS).
    category: "infrastructure",
    subjects: ["eis", "eisfläche", "eisdecke"],
    states: ["zu dünn", "ist dünn", "knackt", "trägt nicht"],
    examples: ["Das Eis auf dem Weiher ist doch viel zu dünn"],
    counterExamples: ["Das Eis im Café am Markt ist lecker"],
  },
  {
    category: "infrastructure",
    subjects: ["aufzug", "*aufzug", "fahrstuhl", "lift"],
    states: ["steckt", "stecken", "feststeckt", "festsitzt", "sitzt fest", "sitzen fest", "stecken geblieben", "steckengeblieben", "eingeschlossen", "eingesperrt"],
    examples: ["Im Aufzug vom Bahnhof steckt seit einer halben Stunde eine Frau fest"],
    counterExamples: ["Der Aufzug am Rathaus ist seit Montag wieder in Betrieb"],
  },
  {
    // A child or an old person gone missing: "mein Kind ist weg, zuletzt am Spielplatz gesehen".
    category: "medical",
    subjects: ["kind", "*kind", "kinder", "sohn", "tochter", "junge", "mädchen", "kleine", "kleiner", "oma", "opa", "vater", "mutter", "papa", "mama"],
    states: ["ist weg", "sind weg", "verschwunden", "vermisst", "nicht auffindbar", "nicht mehr auffindbar", "weggelaufen", "abgehauen", "nicht nach hause gekommen", "zuletzt gesehen"],
    examples: ["Hilfe, mein Kind ist weg, zuletzt am Spielplatz gesehen", "Unser Opa ist seit heute früh verschwunden"],
    counterExamples: ["Die Kinder sind heute im Zeltlager"],
  },
  {
    category: "infrastructure",
    subjects: ["scherben", "glasscherben", "glas", "nägel", "schrauben", "splitter"],
    states: [
      "verstreut", "überall", "auf der fahrbahn", "auf der straße", "auf dem radweg", "auf dem gehweg", "auf dem spielplatz", "im sandkasten", "auf der autobahn",
      "auf der spur", "liegt rum", "liegen rum", "liegt herum", "liegen herum", "rum", "herum",
    ],
    examples: ["Auf der Fahrbahn sind überall Nägel verstreut", "Scherben auf dem Radweg am Kanal"],
    counterExamples: ["Altglas bitte nur werktags einwerfen"],
  },
  {
    category: "infrastructure",
    subjects: ["*schaukel", "*rutsche", "*spielgerät", "wippe", "karussell", "seilbahn", "kletterturm", "spielturm"],
    states: [
      "hängt nur noch", "nur noch an", "gerissen", "abgerissen", "gebrochen", "abgebroch*", "morsch", "lose", "wackelt", "bricht", "splittert", "ragen raus",
      "schauen raus",
    ],
    examples: ["Die Schaukel am Spielplatz hängt nur noch an einer Kette", "Die Rutsche ist gebrochen"],
    counterExamples: ["Die neue Schaukel im Stadtpark ist toll"],
  },
  {
    category: "medical",
    subjects: [
      "putzmittel", "*reiniger", "reinigungsmittel", "spülmittel", "waschmittel", "*tabs", "medikamente", "tabletten", "*batterie", "lampenöl", "chemikalien",
      "gift", "rattengift", "frostschutzmittel", "entkalker", "bleiche",
    ],
    states: ["getrunken", "geschluckt", "verschluckt", "gegessen", "im mund", "genascht", "abgebissen"],
    examples: ["Mein Kind hat Putzmittel getrunken", "Der Kleine hat eine Knopfbatterie verschluckt"],
    counterExamples: ["Putzmittel bitte nicht in den Gully kippen"],
  },
  {
    category: "fire",
    subjects: [
      "haus", "hochhaus", "*dach", "dachstuhl", "*keller", "wohnung", "küche", "scheune", "*garage", "wald", "feld", "wiese", "hecke", "*auto",
      "*container", "*tonne", "*müll", "lager", "*halle", "balkon", "schuppen", "hütte", "laube", "gebäude", "fabrik", "werkstatt", "stall",
      "böschung", "carport", "papierkorb", "mülleimer", "treppenhaus", "wohnblock", "dachgeschoss", "🚒",
    ],
    states: ["🔥", "🧯"],
    examples: ["🔥🔥 Scheune vom Huber-Hof", "🔥 im Keller vom Wohnblock", "🔥🔥🔥 Halle am Bahnhof", "🔥🚒 Lindenstraße"],
    counterExamples: ["Die Stimmung beim Derby war 🔥", "Das neue Freibad ist 🔥"],
  },
  {
    category: "fire",
    subjects: [
      "*container", "*tonne", "tonnen", "mülleimer", "papierkorb", "*auto", "autos", "roller", "hecke", "laube", "hütte", "scheune", "*haus", "wald",
      "strohballen", "feld", "kinderwagen", "briefkasten", "*müll", "böschung", "wiese", "*akku", "dachstuhl", "keller", "gebäude", "wohnung", "lagerhalle",
    ],
    states: ["angezündet", "angesteckt", "in brand gesteckt", "in brand gesetzt", "zündelt", "feuer gelegt", "angekokelt", "fängt feuer", "feuer gefangen", "fackeln", "fackelt", "abgefackelt"],
    examples: ["Jemand hat die Altkleidercontainer am Markt angezündet", "Akku vom E-Scooter hat im Hausflur Feuer gefangen"],
    counterExamples: ["Wir haben die Kerzen angezündet", "Mein Sohn hat sich im Kindergarten angesteckt"],
  },
  {
    category: "fire",
    subjects: [
      "dach", "dachstuhl", "motor", "motorraum", "motorhaube", "*akku", "gully", "stromkasten", "trafo", "kellerfenster", "dachfenster", "*container",
      "*tonne", "mülleimer", "papierkorb", "*auto", "hecke", "böschung", "wiese", "wald", "scheune", "lagerhalle", "gebäude", "*müll", "sauna", "*sauna",
      "*feld", "feld", "acker", "stroh", "strohballen", "heu",
    ],
    states: ["raucht", "qualmt", "dampft schwarz"],
    examples: ["es raucht aus dem dach vom alten bahnhof", "Der Motor von dem Bus raucht"],
    counterExamples: ["Mein Nachbar raucht auf dem Balkon", "Vor der Schule raucht immer wer"],
  },
  {
    category: "fire",
    subjects: ["glut", "funken", "asche"],
    states: [
      "fliegt", "fliegen", "liegt auf", "auf dem boden", "auf den boden", "weht", "wehen", "sprühen", "sprüht", "im gras", "ins gras", "im wald", "spuckt",
      "aufs dach", "auf das dach", "auf dem dach",
    ],
    examples: ["Der Grill ist umgekippt, die Glut liegt auf dem Holzboden", "Funken fliegen vom Schornstein auf das Dach"],
    counterExamples: ["Die Asche vom Kamin bitte in die Restmülltonne"],
  },
  {
    category: "fire",
    subjects: ["rauchmelder", "*rauchmelder", "rauchwarnmelder", "brandmelder", "brandmeldeanlage", "feuermelder"],
    states: ["piept", "piepen", "piepst", "schlägt an", "schlägt alarm", "angeschlagen", "geht los", "losgegangen", "gehen los", "heult", "ausgelöst"],
    examples: ["Der Rauchmelder bei meiner Nachbarin piept seit 10 Minuten"],
    counterExamples: ["Gibt es Zuschüsse für Rauchmelder?"],
  },
  {
    category: "gas",
    subjects: ["gasmelder", "gaswarner", "gaswarnmelder", "comelder", "cowarner"],
    states: ["piept", "piepen", "piepst", "schlägt an", "schlägt alarm", "angeschlagen", "geht los", "losgegangen", "heult", "ausgelöst", "angesprungen", "springt an", "alarm"],
    examples: ["Der CO-Melder im Bad schlägt Alarm", "Der Gasmelder in der Kita hat angeschlagen"],
    counterExamples: ["Gasmelder gibt es im Baumarkt"],
  },
  {
    category: "gas",
    subjects: ["co", "kohlenmonoxid"],
    states: ["melder schlägt an", "melder piept", "melder piepst", "melder geht los", "melder hat angeschlagen", "warner piept", "warner schlägt an", "alarm"],
    examples: ["CO Melder schlägt an im Schlafzimmer", "Kohlenmonoxid Alarm in der Wohnung"],
    counterExamples: ["Wo bekommt man einen CO Melder?"],
  },
  {
    category: "gas",
    subjects: [
      "gasleitung", "*gasleitung", "gasflasche", "*gasflasche", "gasflaschen", "gasherd", "herd", "*therme", "gasheizung", "boiler", "gastank", "gaskartusche",
      "gashahn", "gasrohr", "gaszähler", "gasuhr", "gasanschluss", "hausanschluss", "heizpilz", "*heizpilz", "gasgrill", "gaskocher",
    ],
    states: [
      "undicht", "leck", "zischt", "zischen", "strömt", "tritt aus", "entweicht", "beschädigt", "angebohrt", "angebaggert", "erwischt", "getroffen",
      "aufgerissen", "abgerissen", "gerissen", "riecht", "stinkt", "explodiert",
      // "Der Gasherd lässt sich nicht mehr abdrehen".
      "nicht abdrehen", "nicht mehr abdrehen", "nicht zudrehen", "nicht mehr zudrehen", "geht nicht aus", "geht nicht mehr aus",
    "offen", "steht offen", "vereist", "läuft schnell", "schnell läuft", "pfeift"],
    examples: ["Der Bagger hat die Gasleitung erwischt", "Die Gasflasche vom Imbisswagen ist undicht", "Die Therme zischt und stinkt", "Die Flasche vom Heizpilz zischt", "Der Gaszähler im Keller läuft schnell"],
    counterExamples: ["Die Gasleitung in der Hauptstraße wird ab Montag erneuert"],
  },
  {
    category: "gas",
    subjects: ["gas", "erdgas", "flüssiggas", "propan"],
    states: ["riecht", "riechts", "riechen", "gerochen", "stinkt", "stinkts", "strömt", "tritt aus", "austritt", "entweicht", "ausgetreten", "zischt", "leck"],
    examples: ["Es riecht nach Schwefel im Keller, kann das Gas sein?", "Hier riecht es irgendwie komisch, ist das Gas?"],
    counterExamples: ["Gas geben, Leute, bis zum Stadtfest sind es nur noch zwei Wochen"],
  },
  {
    category: "threat",
    subjects: [
      "waffe", "*waffe", "pistole", "*pistole", "knarre", "gewehr", "*gewehr", "messer", "küchenmesser", "taschenmesser", "klappmesser", "springmesser",
      "machete", "axt", "beil", "baseballschläger", "schlagstock", "🔪", "🔫",
    ],
    states: [
      "gezogen", "zieht", "zückt", "gezückt", "fuchtelt", "bedroht", "droht", "schießt", "geschossen", "ballert", "sticht", "gestochen", "angegriffen", "greift an",
      "schwingt", "läuft rum", "rennt rum", "läuft durch", "rennt durch", "läuft herum", "im hosenbund", "in der hand", "bei sich", "zeigt", "gezeigt",
      "rumgezeigt", "herumgezeigt",
    ],
    examples: ["Am Kiosk hat einer eine Waffe gezogen", "Ein Mann fuchtelt in der Fußgängerzone mit einer Pistole rum"],
    counterExamples: ["Messer und Gabel für das Stadtfest bitte selbst mitbringen"],
  },
  {
    category: "threat",
    subjects: ["typ", "typen", "kerl", "kerle", "*mann", "männer", "einer", "jemand", "unbekannter", "unbekannte", "fremder", "fremde", "täter"],
    states: [
      "verfolgt", "verfolgen", "bedrängt", "bedrängen", "begrapscht", "angegrapscht", "betatscht", "lauert", "auflauert", "zu locken", "anzulocken",
      "gelockt", "angelockt", "auflauern", "aufzulauern", "ins auto zu", "ins auto gezerrt", "ins auto gezogen", "weggezerrt", "kinder angesprochen", "kinder anzusprechen", "würgt",
      "gewürgt", "entblößt", "pöbelt", "pöbeln", "schlägt auf", "prügelt", "prügeln", "tritt auf", "treten auf", "fotografiert kinder", "filmt kinder",
      "beobachtet kinder", "beobachtet die kinder", "spricht kinder an", "kinder anspricht", "die kinder anspricht", "süßigkeiten verteilt", "süßigkeiten anbietet",
      "jagen", "jagt",
      // Dragged off or called into a car: "hat meine Freundin in die Büsche gezerrt", "ruft, sie sollen einsteigen".
      "gezerrt", "in die büsche", "sollen einsteigen", "soll einsteigen",
    ],
    examples: ["Der Typ vom Bahnhof verfolgt seit 10 Minuten eine Frau", "Ein Mann fährt zwei Mädchen hinterher und ruft, sie sollen einsteigen", "Ein Mann hat versucht, Kinder ins Auto zu locken"],
    counterExamples: ["Die Stadt verfolgt das Ziel, mehr Bäume zu pflanzen"],
  },
  {
    // Someone attacked: "am Skatepark wurde ein Junge zusammengetreten" (not "der Gemeinderat ist zusammengetreten").
    category: "threat",
    subjects: PEOPLE_WORDS,
    states: [
      "zusammengetreten", "zusammengeschlagen", "verprügelt", "angegriffen", "attackiert", "überfallen", "ausgeraubt", "beraubt", "niedergestochen",
      "getreten", "geschlagen", "gewürgt", "begrapscht", "angegrapscht", "gejagt",
    ],
    examples: ["Am Skatepark wurde ein Junge zusammengetreten", "Eine Frau ist am Bahnhof überfallen worden"],
    counterExamples: ["Der Gemeinderat ist heute zusammengetreten"],
  },
  {
    category: "threat",
    subjects: ["koffer", "rucksack", "*tasche", "paket", "päckchen", "gegenstand", "karton"],
    states: ["verdächtig*", "herrenlos*", "unbeaufsichtigt", "gehört keinem", "gehört niemandem", "keiner gehört", "niemandem gehört"],
    examples: ["Verdächtiger Koffer am Busbahnhof", "Ein herrenloser Rucksack steht seit Stunden am Gleis"],
    counterExamples: ["Der Rucksack meines Sohnes ist im Bus liegen geblieben"],
  },
  {
    // A weapon carried: "läuft mit einem Baseballschläger durch den Park", "mit der Axt".
    category: "threat",
    subjects: [
      "waffe", "*waffe", "pistole", "*pistole", "knarre", "gewehr", "*gewehr", "messer", "küchenmesser", "machete", "axt", "beil", "baseballschläger",
      "schlagstock", "eisenstange",
    ],
    states: ["mit"],
    examples: ["Ein Mann läuft mit einem Baseballschläger durch den Park", "Da steht einer mit der Axt vor dem Kiosk"],
    counterExamples: ["Messer und Gabel bitte selbst mitbringen"],
    reach: 3,
  },
  {
    category: "threat",
    subjects: ADDRESSEES,
    states: [
      "abstechen", "abzustechen", "stech", "steche", "abknallen", "erschießen", "erschieß", "erschieße", "umbringen", "umzubringen", "anzünden",
      "anzuzünden", "zünd", "zünde", "abfackeln", "abzufackeln", "fackel", "fackle", "abbrennen", "in die luft", "plattmachen", "aufschlitzen",
      "totschlagen", "schlag tot", "schlage tot", "über den haufen", "verprügeln", "kaltmachen", "kalt machen", "abmurksen", "auf die fresse",
      "fresse polieren",
    ],
    examples: ["Ich zünd euch die Bude an", "Wenn der Bescheid bleibt, fackel ich euer Rathaus ab", "Dich stech ich ab"],
    counterExamples: ["Ich bring dich morgen zum Bahnhof", "Ist euch auch so kalt?"],
  },
  {
    category: "threat",
    subjects: ["ich"],
    states: ["fackel", "fackle", "stech", "steche", "abstechen", "abknallen", "abfackeln", "erschieß", "erschieße", "kaltmachen", "plattmachen"],
    examples: ["Ich fackel die Bude ab, wenn ihr mir den Strom abstellt", "Den stech ich ab"],
    counterExamples: ["Ich fahre morgen zum Amt"],
  },
  {
    category: "threat",
    subjects: ["rathaus", "amt", "*amt", "büro", "bürgerbüro", "verwaltung", "jobcenter", "schule", "kita", "moschee", "synagoge", "turnhalle", "unterkunft", "*unterkunft", "*heim"],
    states: ["anzünden", "anzuzünden", "abfackeln", "abzufackeln", "abbrennen", "niederbrennen", "in die luft", "stürmen", "gehört abgefackelt", "gehört angezündet", "abgefackelt gehört", "sprengen", "zu sprengen"],
    examples: ["Man sollte das Rathaus anzünden", "Das Jugendamt gehört abgefackelt, ich mach das"],
    counterExamples: ["Das Rathaus ist am Samstag geschlossen"],
  },
  {
    category: "self-harm",
    subjects: ["dach", "*dach", "brücke", "*brücke", "hochhaus", "parkhaus", "fenster", "balkon", "*turm", "klippe", "*bahnsteig", "*bahnsteigkante", "gleis", "gleise", "gleisen", "staumauer"],
    states: [
      "spring ich", "springe ich", "ich spring", "ich springe", "spring gleich", "springe gleich", "stürz ich mich", "stürze ich mich", "ich stürze mich",
      "werf ich mich", "werfe ich mich",
      // Told by someone who sees it: "jemand auf dem Dach vom Parkhaus, sieht aus als will er springen" (not "wer will springen?" at the pool).
      "will springen", "will er springen", "will sie springen", "springen will", "will runterspringen", "runterspringen will",
    "springt", "springt gleich", "springt nachher", "schaue runter", "schau runter", "guck runter", "wie lange man fliegt", "den schritt mache", "den schritt machen", "zug der nicht hält", "der nicht hält", "durchfahrenden zug", "gar nicht so hoch"],
    examples: ["Heute Nacht spring ich von der Brücke", "Ich steh auf dem Dach vom Parkhaus und spring gleich", "Ich steh auf dem Dach und überleg, ob ich den Schritt mache"],
    counterExamples: ["Die Kinder springen von der Brücke in den See"],
    reach: 15,
  },
  {
    // A farewell and a high place, often in two sentences: "Sorry für alles. Bin auf dem Dach vom Hochhaus."
    category: "self-harm",
    subjects: ["dach", "*dach", "brücke", "*brücke", "hochhaus", "parkhaus", "balkon", "turm", "klippe", "*bahnsteig", "staumauer"],
    states: ["sorry für alles", "verzeiht mir", "bin grad da oben", "bin da oben", "schaue runter", "schau runter", "guck runter"],
    examples: ["Sorry für alles, bin auf dem Dach vom Hochhaus", "Ich bin grad da oben auf der Staumauer"],
    counterExamples: ["Sorry für die Verspätung, die Brücke war gesperrt"],
    reach: 15,
    acrossSentences: true,
  },
  {
    category: "self-harm",
    subjects: ["mich"],
    // "umbring", "umbringe": the verb clipped at the end of a clause ("dass ich mich heute umbring").
    states: ["umbringen", "umzubringen", "erhängen", "aufhängen", "vergiften", "töten", "erschießen", "umbring", "umbringe"],
    examples: ["Ich werde mich heute Nacht umbringen", "Ich will mich einfach nur noch erhängen", "Ich möcht nur sagen, dass ich mich heute umbring"],
    counterExamples: ["Das wird mich noch umbringen, diese Baustelle", "Lasst mich in Ruhe"],
  },
  {
    category: "self-harm",
    subjects: ["mir"],
    states: ["das leben nehmen", "was antun", "etwas antun", "die kugel", "den goldenen schuss", "die pulsadern", "in die arme geschnitten", "in den arm geschnitten", "die arme aufgeschnitten", "ins handgelenk geschnitten"],
    examples: ["Ich werde mir heute Abend was antun", "Ich geb mir heute Abend die Kugel"],
    counterExamples: ["Gebt mir bitte den Rest vom Kuchen"],
  },
  {
    category: "self-harm",
    subjects: ["sich"],
    states: [
      "umbringen", "umzubringen", "erhängen", "aufhängen", "vergiften", "töten", "erschießen", "das leben nehmen", "das leben zu nehmen", "was antun",
      "etwas antun", "die pulsadern", "ritzen", "vor den zug", "was antut", "etwas antut", "was anzutun", "etwas anzutun",
      // Both arms or wrists cut open, which no accident does (not "in den Arm geschnitten", "an der Scheibe das Handgelenk aufgeschnitten").
      "die arme aufgeschnitten", "die handgelenke aufgeschnitten",
    ],
    examples: ["Meine Nachbarin hat gesagt, sie will sich was antun", "Er hat gedroht, sich umzubringen", "sie hat sich die arme aufgeschnitten und sitzt auf dem schulklo"],
    counterExamples: ["Die Leute streiten sich um die Parkplätze"],
  },
  {
    category: "self-harm",
    subjects: ["will", "möchte", "mag", "wollte"],
    states: ["nicht mehr leben", "nicht mehr weiterleben", "tot sein", "nicht mehr aufwachen"],
    examples: ["Ich will einfach nicht mehr leben", "Ich möchte echt nicht mehr aufwachen"],
    counterExamples: ["Ich will nicht mehr warten"],
  },
  {
    category: "self-harm",
    subjects: PEOPLE_WORDS,
    states: ["außen am geländer", "außen auf dem geländer", "auf der brüstung", "auf dem brückengeländer", "übers geländer geklettert", "über das geländer geklettert"],
    examples: ["Da steht jemand auf der Brücke außen am Geländer"],
    counterExamples: ["Die Kinder sitzen auf der Mauer am Spielplatz"],
  },
  {
    category: "self-harm",
    subjects: ["ich", "bin"],
    states: ["lebensmüde", "nur eine last", "nur noch eine last", "allen eine last", "eine last für alle"],
    examples: ["Ich bin so lebensmüde"],
    counterExamples: ["Die Radfahrer hier fahren lebensmüde"],
  },
  {
    category: "self-harm",
    subjects: ["liebsten", "lieber"],
    states: ["sterben", "tot", "nicht mehr leben", "nicht mehr aufwachen"],
    examples: ["Am liebsten würde ich einfach sterben"],
    counterExamples: ["Am liebsten würde ich heute ins Freibad gehen"],
  },
  {
    category: "self-harm",
    subjects: ["besser", "leichter"],
    states: ["nicht mehr da bin", "nicht mehr da wäre", "nicht mehr lebe", "tot wäre", "tot bin", "zu verschwinden", "nicht mehr hier wäre"],
    examples: ["Es wäre für alle besser, wenn ich nicht mehr da bin"],
    counterExamples: ["Es wäre besser, wenn der Bus öfter fährt"],
  },
  {
    category: "self-harm",
    subjects: ["tabletten", "schlaftabletten", "pillen", "medikamente", "antidepressiva", "*packung", "*packungen", "*schachtel", "*schachteln"],
    states: [
      "geschluckt", "alle genommen", "alle auf einmal", "gehortet", "gesammelt", "schon hier", "liegen bereit", "zusammengesucht",
      "rausgelegt", "bereitgelegt", "zurechtgelegt", "hingelegt", "gezählt", "sammle", "sammel", "horte", "abgezählt", "verabschieden",
    "liegen auf dem", "liegen schon", "liegen da", "vor mir liegen", "alle vor mir"],
    examples: ["Die Schlaftabletten hab ich schon gehortet", "Hab die Tabletten schon alle vor mir liegen", "Hab alle Tabletten auf einmal geschluckt", "Ich hab schon alle Tabletten rausgelegt", "Er sagt, er hat eine ganze Packung geschluckt"],
    counterExamples: ["Die Apotheke am Markt hat die Tabletten nicht vorrätig"],
  },
  {
    // Not answering is alarming where the writer knows the person: "Meine Mama ist im Bad und antwortet nicht mehr".
    category: "medical",
    subjects: CLOSE_PEOPLE,
    states: [
      "antwortet nicht", "antwortet nicht mehr", "antwortet er nicht mehr", "antwortet sie nicht mehr", "geht nicht ans telefon", "geht nicht ans handy", "handy ist aus",
      "nicht mehr erreichbar",
    ],
    examples: ["Meine Mama ist im Bad und antwortet nicht mehr", "Mein Sohn ist nicht zu Hause und geht nicht ans Handy"],
    counterExamples: ["Die Sachbearbeiterin antwortet nicht auf meine Mails", "Das Bürgerbüro geht nicht ans Telefon"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // A bone broken in a fall: "das Bein sieht gebrochen aus".
    category: "medical",
    subjects: ["bein", "beine", "arm", "arme", "fuß", "hüfte", "knöchel", "handgelenk", "schulter", "knochen", "nase", "oberschenkel"],
    states: ["gebrochen", "ausgekugelt", "verdreht", "steht ab", "steht komisch ab"],
    examples: ["Das Bein sieht gebrochen aus", "Der Arm steht komisch ab"],
    counterExamples: ["Der Arm der Behörde reicht weit"],
  },
  {
    // Swelling that closes the airways, after a sting or a burn: "das Gesicht schwillt zu".
    category: "medical",
    subjects: ["gesicht", "hals", "zunge", "lippen", "lippe", "rachen", "*stich", "augen"],
    states: ["schwillt", "schwillt an", "schwillt zu", "zugeschwollen", "angeschwollen", "keine luft", "verätzt"],
    examples: ["Bienenstich, das Gesicht schwillt zu", "Nach dem Wespenstich kriegt er keine Luft", "Die Augen sind verätzt"],
    counterExamples: ["Die Zunge der Glocke ist neu"],
  },
  {
    // Signs of a heart attack or a stroke: "mein Herz rast", "einen hängenden Mundwinkel".
    category: "medical",
    subjects: ["herz", "mundwinkel"],
    states: ["rast", "stolpert", "setzt aus", "sticht", "hängt", "hängend*", "schief"],
    examples: ["Mein Herz rast wie blöd und es zieht bis in den Kiefer", "Opa hat plötzlich einen hängenden Mundwinkel"],
    counterExamples: ["Das Herz der Altstadt ist der Marktplatz"],
  },
  {
    // Run over or thrown: "einer mit'm Roller unter die Straßenbahn gekommen", "rausgeschleudert und liegt zwischen den Gleisen".
    category: "accident",
    subjects: PEOPLE_WORDS,
    states: ["unter die straßenbahn", "unter die tram", "unter den zug", "unter den bus", "unter die räder", "unter ein auto", "unters auto", "unter den lkw", "rausgeschleudert", "herausgeschleudert", "zwischen den gleisen", "eingequetscht"],
    examples: ["Da ist einer mit dem Roller unter die Straßenbahn gekommen", "Fußgänger zwischen zwei Autos eingequetscht"],
    counterExamples: ["Der Fahrer der Straßenbahn war sehr freundlich"],
    // "Die Straßenbahn hat einen Rollstuhlfahrer erwischt. Der ist rausgeschleudert worden."
    reach: 20,
    acrossSentences: true,
  },
  {
    // A car stuck where it will be hit or sink: on the tracks, in the harbour.
    category: "accident",
    subjects: ["*auto", "autos", "*pkw", "*lkw", "*wagen", "*fahrzeug", "traktor", "🚗"],
    states: ["auf den gleisen", "auf dem gleis", "auf die gleise", "auf den schienen", "hängt fest", "steckt fest", "sitzt fest", "im hafenbecken", "hafenbecken", "versinkt", "blubbert"],
    examples: ["Am Bahnübergang hängt ein Auto auf den Gleisen fest", "Ein Auto steckt im Hafenbecken"],
    counterExamples: ["Die Autos stehen im Stau"],
  },
  {
    // Something fallen that hit a person: "ein Gerüstteil ist runtergekommen und hat einen Arbeiter erwischt".
    category: "infrastructure",
    subjects: ["gerüstteil", "gerüstteile", "dachteil", "dachteile", "fassadenteil", "fassadenteile", "bauteil", "bauteile", "*ziegel", "balken"],
    states: ["erwischt", "am kopf getroffen", "auf den kopf"],
    examples: ["Ein Gerüstteil hat einen Arbeiter erwischt", "Ein Dachziegel hat einen Passanten am Kopf getroffen"],
    counterExamples: ["Die Bauteile sind angekommen", "Der Ortsteil hat eine Entscheidung getroffen"],
  },
  {
    // Cladding that flaps in the wind comes down next: "ein Stück Kupferblech hat sich gelöst und flattert".
    category: "infrastructure",
    subjects: ["*blech", "*bleche", "verkleidung", "*verkleidung"],
    states: ["flattert", "flattern", "gelöst", "lose", "klappert", "kommt runter", "kommt gleich runter", "fällt gleich"],
    examples: ["Am Turm hat sich ein Stück Kupferblech gelöst und flattert im Wind"],
    counterExamples: ["Das Blech für das Dach wird geliefert"],
  },
  {
    // An escalator that throws people: "läuft plötzlich rückwärts, Leute fallen hin".
    category: "infrastructure",
    subjects: ["rolltreppe", "*rolltreppe"],
    states: ["läuft rückwärts", "ruckelt", "fallen hin", "fällt hin", "stürzen", "stürzt"],
    examples: ["Die Rolltreppe im Bahnhof läuft plötzlich rückwärts und ruckelt"],
    counterExamples: ["Die Rolltreppe im Bahnhof ist wieder in Betrieb"],
  },
  {
    // Water from a ceiling or a lamp: "Unsere Decke tropft, aus der Lampe!"
    category: "water",
    subjects: ["decke", "*decke", "lampe", "deckenlampe"],
    states: ["tropft", "tropfts", "tropft es", "läuft", "rinnt", "hängt durch", "wasser", "kommt wasser"],
    examples: ["Unsere Decke tropft, es läuft aus der Lampe", "Im Musikraum tropft es durch und die Decke hängt durch"],
    counterExamples: ["Die Decke im Foyer wird neu gestrichen"],
  },
  {
    // A tree's roots lifting: "Wurzelteller hebt sich", "die Wurzeln kommen aus dem Boden".
    category: "tree",
    subjects: ["wurzel", "wurzeln", "wurzelteller", "wurzelballen"],
    states: ["kommen raus", "kommen aus dem boden", "kommt raus", "hebt sich", "heben sich", "ausgerissen", "weggerissen", "abgerissen", "kommt hoch", "kommen hoch", "aufgewölbt", "wölbt sich", "reißt aus", "reißen aus"],
    examples: ["Wurzelteller hebt sich bei jeder Böe", "Die Wurzeln kommen aus dem Boden"],
    counterExamples: ["Die Wurzeln der Stadt reichen ins Mittelalter"],
  },
  {
    // A building lit from inside: "in der Lagerhalle flackert es orange hinter allen Fenstern".
    category: "fire",
    subjects: ["flackert", "flackern", "flackerts"],
    states: ["orange", "hinter allen fenstern", "hinter den fenstern", "feuerschein"],
    examples: ["In der Lagerhalle flackert es orange hinter allen Fenstern"],
    counterExamples: ["Die Straßenlaterne flackert seit Tagen"],
  },
  {
    // A smell likened to gas: "ein starker Geruch wie aus einem offenen Gasherd".
    category: "gas",
    subjects: ["geruch", "gestank", "riecht", "riechts", "stinkt", "stinkts"],
    states: ["gasherd", "gasflasche", "gasflaschen", "gasleitung", "gasheizung", "gastherme", "wie gas"],
    examples: ["Im Hausflur ist ein Geruch wie aus einem offenen Gasherd", "Es riecht wie wenn eine Gasflasche offen wäre"],
    counterExamples: ["Der Gasherd in der Kita wird ersetzt"],
  },
  {
    // A pipe hit in digging: "Bagger hat eine Leitung erwischt, es pfeift aus dem Loch" (a gas main until the utility says otherwise).
    category: "gas",
    subjects: ["bagger", "*bagger", "bohrer", "bauarbeiter"],
    states: ["leitung erwischt", "leitung getroffen", "leitung beschädigt", "leitung angebohrt", "leitung aufgerissen", "leitung abgerissen", "rohr erwischt", "rohr getroffen"],
    examples: ["Bagger hat in der Kirchgasse eine Leitung erwischt"],
    counterExamples: ["Der Bagger verlegt die Leitung in der Kirchgasse"],
  },
  {
    // "Gas!!! Bäckerei am Markt, alle raus".
    category: "gas",
    subjects: ["gas"],
    states: ["alle raus", "raus hier", "sofort raus", "evakuiert", "evakuieren"],
    examples: ["Gas in der Bäckerei, alle raus"],
    counterExamples: ["Gas geben, alle mitmachen"],
    acrossSentences: true,
  },
  {
    // A veiled threat against staff or an office: "Der Sachbearbeiter im Bauamt soll sich gut umsehen", "sollte lieber ne schusssichere Weste anziehen".
    category: "threat",
    subjects: STAFF_WORDS,
    states: [
      "gut umsehen", "lieber umsehen", "besser umsehen", "schusssichere weste", "kugelsichere weste", "lieber krankmelden", "besser krankmelden", "lieber nicht hingehen",
      "besser nicht hingehen", "nicht mehr heil nach hause", "nicht mehr heil raus", "nicht mehr heil davon", "nicht mehr heil von", "nicht mehr so gemütlich", "dann knallts",
      "dann knallt es", "dann krachts", "dann kracht es", "sau beim schlachten", "schluss mit lustig", "mit ein paar freunden", "mit meinen jungs", "mit brüder",
      "mit meinen brüdern", "nicht mehr allein", "gut gemeinter rat", "überlegen sie sich gut", "nicht blicken lassen", "was für ihn vorbereitet", "was für sie vorbereitet",
      // Widened for the thirteenth set (see danger-blind-reports-13.ts): a look around told as advice, the writer already there and armed,
      // and an end in office "one way or the other".
      "soll sich gut umschauen", "mal gut umschauen", "sollte sich gut umschauen", "besser umschauen", "lieber umschauen", "steh schon gegenüber",
      "stehe schon gegenüber", "egal wer im weg steht", "hab was dabei", "habe was dabei", "auf die eine oder andere art", "besser nicht auf den parkplatz",
    ],
    examples: ["Der Sachbearbeiter im Bauamt soll sich gut umsehen", "Der Bürgermeister soll sich auf dem Weihnachtsmarkt mal gut umschauen",
      "Der Herr vom Sozialamt bleibt nicht mehr lange, auf die eine oder andere Art", "Der Bürgermeister sollte lieber ne schusssichere Weste anziehen", "Wer im Bürgerzentrum arbeitet, sollte sich lieber krankmelden"],
    counterExamples: ["Im Bürgerzentrum kann man sich gut umschauen", "Die Stadtwerke melden sich morgen"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // A weapon or fuel brought to an office or a meeting: "mit ner Eisenstange aufs Bürgeramt", "Kanister Benzin vorm Eingang während der Sitzung".
    category: "threat",
    subjects: WEAPON_WORDS,
    states: [
      "aufs amt", "aufs rathaus", "ins rathaus", "ins amt", "zum amt", "zum rathaus", "aufs bürgeramt", "ins bürgeramt", "vorm eingang", "vor dem eingang", "vor der unterkunft",
      "vor die unterkunft", "während der sitzung", "in die sitzung", "zur sitzung", "selber in die hand", "neben der tür", "griffbereit",
    ],
    examples: ["Ich komm mit meinem Kumpel und ner Eisenstange aufs Bürgeramt", "Ein paar Kanister Benzin vorm Eingang während der Sitzung", "Die Axt steht schon neben der Tür"],
    counterExamples: ["Messer und Gabel bitte selbst mitbringen"],
    reach: 15,
    acrossSentences: true,
  },
  {
    // A bomb hinted at: "Paket, das da nicht hingehört … um 12 geht es hoch", "Tick tack. 💣".
    category: "threat",
    subjects: ["💣", "bombe", "sprengstoff", "sprengsatz", "paket", "päckchen", "koffer", "rucksack", "karton"],
    states: ["tick tack", "ticktack", "tickt", "geht hoch", "geht es hoch", "gehts hoch", "fliegt in die luft", "steht bald was", "nicht hingehört", "nicht hingehören"],
    examples: ["Im Jobcenter liegt ein Paket, das da nicht hingehört", "Tick tack 💣"],
    counterExamples: ["Das Paket ist heute angekommen", "Dieser Post ist der Knaller 💣"],
    reach: 15,
    acrossSentences: true,
  },
  {
    // A writer with nothing to lose at someone's door: "steht einer bei euch vor der Tür, der nichts mehr zu verlieren hat".
    category: "threat",
    subjects: ["einer", "jemand", "ich", "euch", "dir"],
    states: ["nichts mehr zu verlieren"],
    examples: ["Irgendwann steht einer bei euch vor der Tür, der nichts mehr zu verlieren hat"],
    counterExamples: ["Wir haben nichts mehr zu verlieren, sagt der Trainer"],
  },
  {
    // Means laid out for self-harm: "Rasierer liegt schon neben der Badewanne", "ein Foto von einer Rasierklinge und 'tut mir leid'".
    category: "self-harm",
    subjects: ["rasierklinge", "rasierklingen", "rasierer", "seil", "strick"],
    states: ["tut mir leid", "neben der badewanne", "in der badewanne", "badewanne", "liegt schon", "liegt bereit", "liegen bereit", "hängt", "hängt schon", "geschickt"],
    examples: ["Rasierer liegt schon neben der Badewanne", "Sie hat mir ein Foto von einer Rasierklinge geschickt"],
    counterExamples: ["Der Rasierer ist im Angebot"],
  },
  {
    // Exhaust in a closed garage: "sitz im Auto in der geschlossenen Garage und der Motor läuft".
    category: "self-harm",
    subjects: ["garage", "*garage"],
    states: ["motor läuft", "mit laufendem motor", "abgase", "schlauch"],
    examples: ["Ich sitz im Auto in der geschlossenen Garage und der Motor läuft"],
    counterExamples: ["In der Tiefgarage lassen Leute den Motor laufen"],
  },
  {
    // Going into the water to stay: "ich geh gleich einfach rein und bleib drin".
    category: "self-harm",
    subjects: ["fluss", "see", "weiher", "teich", "meer", "wasser", "kanal", "rhein", "main", "elbe", "donau"],
    states: ["bleib drin", "bleibe drin", "nicht mehr raus", "komm nicht mehr raus", "komm nicht mehr zurück", "komme nicht mehr zurück", "nicht mehr zurückkomme"],
    examples: ["Ich sitz am Fluss und geh gleich rein und bleib drin"],
    counterExamples: ["Im Sommer bleib ich im Freibad"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // Farewells: belongings given away, then "ab morgen braucht ihr mich nicht mehr einplanen".
    category: "self-harm",
    subjects: ["verschenkt", "verkauft", "verteilt", "geordnet", "abgegeben", "abschiedsbrief"],
    states: ["brauch ich nichts mehr", "brauche ich nichts mehr", "braucht ihr mich nicht mehr", "nicht mehr einplanen", "handy ist aus"],
    examples: ["Sie hat ihre Sachen verschenkt und gemeint, ab morgen braucht ihr mich nicht mehr einplanen", "Hab alles verkauft, ab morgen brauch ich nichts mehr"],
    counterExamples: ["Hab das Sofa verkauft, brauche ich nicht mehr"],
    reach: 20,
    acrossSentences: true,
  },  // Widened for the fourth set of comments written without the lexicon (see danger-blind-reports-4.ts): each a way a danger is told without its usual word.
  {
    // A car caught at a level crossing: "steht zwischen den Schranken", "auf den Gleisen".
    category: "accident",
    subjects: ["*auto", "autos", "*pkw", "*lkw", "*fahrzeug", "wagen", "*bus", "traktor", "*transporter", "*roller", "kinderwagen", "rollstuhl"],
    states: ["zwischen den schranken", "zwischen den schranke", "zwischen schranken", "auf den gleisen", "auf dem gleis", "auf den schienen", "auf dem bahnübergang", "am bahnübergang fest"],
    examples: ["Am Bahnübergang steht ein Auto zwischen den Schranken", "Ein Traktor hängt auf den Gleisen fest"],
    counterExamples: ["Der Bus fährt ab Montag über den Bahnübergang Nord", "Das Auto parkt vor den Schranken"],
  },
  {
    // Someone through the ice: "auf dem Weiher ist ein Kind eingebrochen"; a person in danger in the cold water, as the other ice reports.
    category: "medical",
    subjects: ["*eis", "eisfläche", "eisdecke", "weiher", "*weiher", "see", "*see", "teich", "*teich"],
    states: ["eingebrochen", "durchgebrochen", "eingebrochen ist", "ins eis", "im eis"],
    examples: ["Auf dem Stadtweiher ist ein Junge eingebrochen", "Kind auf der Eisfläche eingebrochen!"],
    counterExamples: ["Ist das Eis auf dem Weiher schon dick genug zum Schlittschuhlaufen?", "Bei uns wurde eingebrochen, die Polizei war schon da"],
  },
  {
    // A boat over: "Tretboot gekentert, Kinder im Wasser".
    category: "accident",
    subjects: ["*boot", "*boote", "kanu", "kajak", "floß", "schiff", "fähre", "*paddel", "sup"],
    states: ["gekentert", "kentert", "umgekippt", "gesunken", "sinkt", "läuft voll", "vollgelaufen", "im wasser"],
    examples: ["Am See ist ein Tretboot gekentert", "Das Kanu ist umgekippt, zwei Leute im Wasser"],
    counterExamples: ["Der Bootsverleih hat ab Mai wieder offen", "Kann man das Kanu auch für zwei Stunden leihen?"],
  },
  {
    // Nobody gets out of a crashed vehicle, a tyre burst under a bus, a driver in shock.
    category: "accident",
    subjects: ["*auto", "*pkw", "*lkw", "*fahrzeug", "*bus", "führerhaus", "fahrerhaus", "*fahrer", "*fahrerin"],
    states: ["kommt keiner raus", "steigt keiner aus", "kommt niemand raus", "reifen geplatzt", "reifen ist geplatzt", "unter schock", "zu spät gebremst", "nicht mehr bremsen", "gebremst aber"],
    examples: ["Aus dem Führerhaus kommt keiner raus", "Am Schulbus ist ein Reifen geplatzt", "Die Fahrerin sitzt drin und steht unter Schock", "Auto hat noch gebremst aber nicht ganz"],
    counterExamples: ["Ich brauche neue Reifen für den Winter", "Der Bus fährt heute später", "Schwangere im Bus, die Fruchtblase ist geplatzt"],
    reach: 8,
  },
  {
    // A building lit from inside: "da kommt oranges Licht raus und es knistert".
    category: "fire",
    subjects: ["scheune", "*scheune", "*halle", "*haus", "dach", "*dach", "*schuppen", "garage", "*hütte", "*keller", "*lager", "stall", "*stall", "wohnung"],
    states: ["oranges licht", "orangenes licht", "orangefarbenes licht", "knistert", "knistern", "prasselt"],
    examples: ["Aus der alten Scheune kommt oranges Licht und es knistert", "Im Schuppen prasselt es"],
    counterExamples: ["Die Scheune wird zum Dorfgemeinschaftshaus umgebaut", "Das Haus hat neues Licht im Flur"],
  },
  {
    // Black sky over a burning hall, windows to close: "der ganze Himmel ist schwarz, die Lagerhalle".
    category: "fire",
    subjects: ["*halle", "*hallen", "*lager", "fabrik", "*werk", "*handel"],
    states: ["himmel ist schwarz", "himmel schwarz", "fenster zu", "fenster schließen", "fenster zumachen", "fenster zu machen"],
    examples: ["Der ganze Himmel ist schwarz, ich glaub das ist die Lagerhalle"],
    counterExamples: ["Die Lagerhalle am Hafen wird abgerissen", "Fenster zu machen, es wird kalt"],
    reach: 14,
  },
  {
    // A smell with headaches or dizziness: gas or carbon monoxide, whatever the smell is like.
    category: "gas",
    subjects: ["riecht", "riechts", "riechen", "rieche", "geruch", "gestank", "stinkt"],
    states: ["kopfschmerzen", "kopfweh", "schwindelig", "schwindlig", "übel", "benommen", "brechreiz", "duselig", "dusselig", "schummrig", "schwummrig", "ist schlecht", "wird schlecht"],
    examples: ["Es riecht so süßlich im Flur und zwei Kinder haben Kopfschmerzen", "Komischer Geruch im Keller, mir ist schwindelig"],
    counterExamples: ["Die Blumen riechen toll", "Ich habe Kopfschmerzen vom Lärm der Baustelle"],
    reach: 18,
    acrossSentences: true,
  },
  {
    // Gas named and smelled in two steps: "riech ich auch, das ist Gas".
    category: "gas",
    subjects: ["gas"],
    states: ["riech", "riecht", "rieche", "riechen", "riechs", "gerochen", "am stärksten"],
    examples: ["Riech ich auch, das ist Gas", "Das ist Gas, im Keller ist es am stärksten"],
    counterExamples: ["Wir heizen mit Gas und sind zufrieden"],
    reach: 12,
    acrossSentences: true,
  },
  {
    // A hissing meter, bottle or pipe: gas escaping, even where the word "Gas" is missing.
    category: "gas",
    // "leitung" and "gasleitung", not every "*leitung": an overhead line that hisses is a power line.
    subjects: ["*zähler", "*flasche", "*flaschen", "leitung", "*gasleitung", "*tank", "therme", "*kartusche", "ventil", "*ventil"],
    states: ["zischt", "zischen", "zischte"],
    examples: ["Unser Zähler im Keller zischt", "Die Propanflasche vom Imbisswagen zischt"],
    counterExamples: ["Die Wasserflasche ist leer", "Der Zähler wird am Montag abgelesen", "Die Oberleitung ist runtergekommen und zischt"],
    reach: 18,
  },
  {
    // A gas detector going off, told with "Alarm".
    category: "gas",
    subjects: ["gasmelder", "gaswarner", "comelder", "kohlenmonoxidmelder", "gaswarnmelder", "cowarnmelder", "kohlenmonoxidwarnmelder"],
    states: ["alarm", "schlägt alarm", "schlägt an", "geht los", "piept", "piepst"],
    examples: ["Bei uns schlägt der Gasmelder Alarm"],
    counterExamples: ["Wo bekomme ich einen Gasmelder?"],
  },
  {
    // Water told by its depth: "das Wasser steht 60 cm hoch", "knietief".
    category: "water",
    subjects: ["wasser", "*wasser"],
    states: ["cm hoch", "zentimeter hoch", "meter hoch", "hoch steht", "steht hoch", "kniehoch", "knietief", "hüfthoch", "hüfttief", "fahrzeuge", "autos"],
    examples: ["In der Unterführung steht das Wasser schon 60 cm hoch", "Das Wasser ist schon knietief"],
    counterExamples: ["Das Wasser im Freibad ist 24 Grad warm", "Wasser wird am Montag abgestellt"],
    reach: 12,
    // "das Wasser inzwischen ca. 60 cm hoch": the dot of "ca." ends a sentence for the tokenizer.
    acrossSentences: true,
  },
  {
    // A hydrant or pipe spouting: "da sprudelt es raus".
    category: "water",
    subjects: ["hydrant", "hydranten", "*rohr", "*rohre", "*leitung", "schlauch", "*schlauch", "wasserhahn", "heizung", "*heizung", "heizkörper"],
    states: ["sprudelt", "sprudelt raus", "spritzt", "schießt raus", "läuft wasser", "wasser läuft", "ist ein see", "abgerissen", "dampft"],
    examples: ["Am Hydranten sprudelt es seit einer Stunde raus", "Wasser läuft aus der Heizung und dampft", "Der Schlauch vom Wasserhahn ist abgerissen"],
    counterExamples: ["Die Heizung ist kalt", "Der Hydrant wird gestrichen"],
    reach: 12,
  },
  {
    // Water near electricity or through a ceiling that sags.
    category: "water",
    subjects: ["sicherungskasten", "*kasten", "steckdose", "steckdosen", "decke", "*decke", "zimmerdecke"],
    states: ["spritzt", "tropft", "wasser", "nass", "hängt durch", "hängt schon durch", "wölbt sich", "kommt durch"],
    examples: ["Es spritzt gegen den Sicherungskasten", "Das kommt durch die Decke und die Decke hängt schon durch"],
    counterExamples: ["Der Sicherungskasten wird erneuert", "Decke und Kissen für den Basar gesucht"],
    reach: 8,
  },
  {
    // A tree heard creaking in the wind: "der knackt bei jedem Windstoß".
    category: "tree",
    subjects: ["windstoß", "windböe", "böe", "böen", "sturm"],
    states: ["knackt", "knacken", "knarzt", "ächzt", "schwankt"],
    examples: ["Der knackt jetzt richtig laut bei jedem Windstoß"],
    counterExamples: ["Der Sturm kommt morgen"],
    reach: 8,
  },
  {
    // A tree across rails: "Baum auf Gleise", "auf den Schienen".
    category: "tree",
    subjects: ["*baum", "*bäume", "ast", "äste", "stamm"],
    states: ["auf gleise", "auf schienen", "auf die schienen", "auf den schienen", "über den gleisen", "über die gleise"],
    examples: ["Baum auf Gleise am Mühlweg", "Ein Ast liegt auf den Schienen"],
    counterExamples: ["Die Bäume an den Gleisen werden im Winter geschnitten"],
  },
  {
    // A weapon held or carried: "hat eine Axt in der Tasche", "zielt auf Leute", and a gang with clubs that beats someone.
    category: "threat",
    subjects: WEAPON_WORDS,
    states: [
      "in der tasche", "in der hand", "mitnimmt", "mitnehmen", "mitbringt", "mitbringen", "fuchtelt", "zielt", "schlagen", "schlägt", "prügeln", "prügelt", "zusammen", "besorgen",
      "zu besorgen", "abfackelt", "anzündet", "ansteckt", "erledigt", "erledigen",
      // Taken out or made ready: "hol ich die Schrotflinte aus dem Schrank", "Das Messer liegt schon bereit", "Baseballschläger sind eingepackt".
      "aus dem schrank", "aus dem waffenschrank", "liegt schon bereit", "liegt bereit", "eingepackt", "hab ich schon", "habe ich schon",
    ],
    examples: ["Der hat eine Axt in der Tasche", "Typen mit Baseballschlägern schlagen einen zusammen", "Er will sich eine Waffe besorgen", "Er schreibt, dass er mit dem Kanister kommt und das Rathaus abfackelt"],
    counterExamples: ["Das Messer liegt in der Schublade", "Baseballschläger im Sportgeschäft reduziert"],
    reach: 8,
  },
  {
    // A person aiming or shooting at people, not at a goal.
    category: "threat",
    subjects: ["mann", "frau", "typ", "kerl", "einer", "jemand", "der", "er", "leute", "menschen", "passanten"],
    states: ["zielt auf", "zielt mit", "schießt in die luft", "schießt um sich", "schießt auf", "ballert"],
    examples: ["Der hat was in der Hand und zielt auf Leute", "Mann schießt im Stadtpark in die Luft"],
    counterExamples: ["Der Stürmer schießt aufs Tor", "Der Mann zielt beim Dartturnier gut"],
    reach: 8,
  },
  {
    // Shots into the air or around: "schießt im Stadtpark in die Luft", "ballert um sich".
    category: "threat",
    subjects: ["schießt", "ballert", "feuert", "schießen", "ballern"],
    states: ["in die luft", "um sich", "auf leute", "auf menschen", "auf passanten"],
    examples: ["Mann schießt im Stadtpark in die Luft", "Einer ballert am Bahnhof um sich"],
    counterExamples: ["Der Stürmer schießt aufs Tor"],
    reach: 6,
  },
  {
    // A cry for help with a beating: "schreit um Hilfe und Mann schlägt".
    category: "threat",
    subjects: ["schreit", "schreien", "ruft", "rufen", "geschrien"],
    // Not "um Hilfe" alone: a person who fell or is in the water calls for help too.
    states: ["schlägt", "schlägt zu", "prügelt", "kaputt gehen"],
    examples: ["Oben schreit eine Frau um Hilfe und der Mann schlägt"],
    counterExamples: ["Die Kinder schreien auf dem Spielplatz, ist doch normal", "Da treibt einer im Fluss und schreit um Hilfe"],
    reach: 8,
  },
  {
    // A package hidden with a time it goes off: a bomb threat.
    category: "threat",
    subjects: ["paket", "päckchen", "koffer", "rucksack", "sprengsatz", "*bombe"],
    states: ["knallt es", "knallts", "geht hoch", "fliegt in die luft"],
    examples: ["Er hat ein Paket versteckt und um 15 Uhr knallt es"],
    counterExamples: ["Das Paket ist heute angekommen"],
    reach: 12,
  },
  {
    // A person held in a room: "hat die Tür abgeschlossen, keiner geht raus".
    category: "threat",
    subjects: ["tür", "türe", "raum", "zimmer", "büro", "abgeschlossen", "eingeschlossen"],
    states: ["keiner geht raus", "niemand geht raus", "lässt keinen raus", "lässt niemanden raus", "keiner darf raus", "niemand darf raus", "keiner kommt raus"],
    examples: ["Er hat die Tür abgeschlossen und sagt keiner geht raus"],
    counterExamples: ["Die Tür ist ab 18 Uhr abgeschlossen"],
    reach: 10,
  },
  {
    // A dog set on people.
    category: "threat",
    subjects: ["*hund", "*hunde"],
    states: ["hetzt", "gehetzt", "aufgehetzt", "losgemacht", "losgelassen", "hinter einem", "hinter einer"],
    examples: ["Nachbar hetzt seinen Kampfhund auf die Kinder"],
    counterExamples: ["Der Hund hat sich losgerissen und spielt jetzt mit den Kindern, alles gut", "Wo darf der Hund frei laufen?"],
  },
  {
    // Things given away and a farewell or a way out, often in two sentences: "hat ihr ganzes Zimmer verschenkt und geschrieben,
    // dass sie jetzt zur Autobahnbrücke geht", "Ich brauch sie nicht mehr. Sagt meiner Schwester, dass es mir leid tut".
    category: "self-harm",
    subjects: ["verschenkt", "verschenke", "verschenken", "weggegeben"],
    // "Wo ich hingeh, braucht man sowas nicht. Heut Nacht ist Schluss."
    states: ["es mir leid tut", "nicht mehr da sein", "zur brücke", "zur autobahnbrücke", "wo ich hingeh", "wo ich hingehe", "braucht man sowas nicht", "braucht man das nicht", "ist schluss"],
    examples: ["Sie hat ihre Sachen verschenkt und gesagt, dass sie am Wochenende nicht mehr da sein wird", "Sie hat ihr Zimmer verschenkt und geht jetzt zur Autobahnbrücke"],
    counterExamples: ["Wir haben die alten Bücher verschenkt, die Bücherei hat sie gern genommen", "Wir haben die Möbel verschenkt und ziehen für immer nach Spanien"],
    reach: 25,
    acrossSentences: true,
  },
  {
    // A heart attack told by two of its signs: "plötzlich Druck auf der Brust, der linke Arm kribbelt, er schwitzt".
    category: "medical",
    subjects: ["brust"],
    states: ["arm kribbelt", "linke arm", "linker arm", "schwitzt", "kalter schweiß", "kaltschweißig", "atemnot", "keine luft"],
    examples: ["Mein Vater hat plötzlich Druck auf der Brust, der linke Arm kribbelt"],
    counterExamples: ["Ich hab Druck auf der Brust wegen der Prüfung morgen", "Mein Arm kribbelt immer, wenn ich auf der Seite schlafe"],
    reach: 12,
  },
  {
    // A stroke told by its signs: "eine Seite von Gesicht hängt runter und er kann nicht richtig sprechen".
    category: "medical",
    subjects: ["gesicht", "mundwinkel"],
    states: ["hängt runter", "hängt herunter", "hängt schief", "nicht richtig sprechen", "nicht mehr sprechen", "ganz schief"],
    examples: ["Eine Seite von Gesicht hängt runter und er kann nicht richtig sprechen", "Der Mundwinkel hängt schief"],
    counterExamples: ["Meine Tochter kann nicht richtig sprechen, sie ist erst zwei", "Die Treppe ist auf der einen Seite vom Gesicht des Gebäudes"],
    reach: 12,
  },
  {
    // Keepsakes handed over and a way to a dead partner: "hat mir seine Taschenuhr übergeben und gesagt, er gehe nun zu seiner verstorbenen Frau".
    category: "self-harm",
    subjects: ["übergeben", "geschenkt", "vermacht"],
    states: ["zu seiner verstorbenen", "zu ihrem verstorbenen", "zu ihrer verstorbenen", "zu seinem verstorbenen"],
    examples: ["Er hat mir seinen Schlüssel übergeben und gesagt, er gehe nun zu seiner verstorbenen Frau"],
    counterExamples: ["Der Schlüssel wurde übergeben, der alte Hausmeister ist ab morgen nicht mehr da"],
    reach: 25,
    acrossSentences: true,
  },
  {
    // Pills and a way to a dead partner or to the tracks: "neben sich eine Handvoll Pillen, er geht heute zu ihr".
    category: "self-harm",
    subjects: ["pillen", "schlaftabletten", "schlafmittel"],
    states: ["geht heute zu ihr", "geht heute zu ihm", "gehe heute zu ihr", "gehe heute zu ihm", "dann eben anders", "richtung bahngleise", "richtung gleise", "zu den gleisen"],
    examples: ["Am Grab sitzt ein Mann mit einer Handvoll Pillen und sagt, er geht heute zu ihr", "Sie wollte Schlafmittel ohne Rezept, sagte dann eben anders und ging Richtung Bahngleise"],
    counterExamples: ["Die Tabletten für Oma hole ich heute, dann gehe ich zu ihr", "Ich hab die Schlaftabletten für Mama abgeholt. Ich gehe heute zu ihr"],
    reach: 12,
  },
  {
    // A place to jump from that the writer or a witness names: "am Wehr auf der Mauer, er springt", "angekündigt, zu springen".
    category: "self-harm",
    subjects: ["brüstung", "geländer", "*geländer", "mauer", "wehr", "kirchturm", "*dach", "dach", "parkhaus", "parkhauses", "galerie", "hochhaus"],
    states: ["zu springen", "er springt", "sie springt", "springen", "runterzuspringen", "falschen seite", "außen am geländer"],
    examples: ["Ein Mann steht auf dem Dach des Parkhauses an der Brüstung und hat angekündigt, zu springen", "Frau will vom Kirchturm springen", "Ein Mann läuft auf der falschen Seite vom Geländer"],
    counterExamples: ["Die Kinder springen vom Beckenrand", "Das Geländer am Steg wird erneuert"],
    reach: 14,
  },
  {
    // Cutting oneself, as a friend tells it.
    category: "self-harm",
    subjects: ["sich", "mich", "ritzt", "ritze"],
    states: ["ritzt", "ritze", "schneiden will", "tief schneiden", "aufschneiden"],
    examples: ["Sie schreibt, dass sie sich ritzt"],
    counterExamples: ["Ich schneide mich beim Kochen ständig"],
    reach: 6,
  },
  {
    // A rope ready: "ich hab den Strick schon im Keller hängen".
    category: "self-harm",
    subjects: ["strick", "schlinge"],
    states: ["hängen", "hängt", "aufgehängt", "schon", "bereit", "gekauft", "liegt"],
    examples: ["Ich hab den Strick schon im Keller hängen"],
    counterExamples: ["Beim Turnen klettern die Kinder am Strick hoch"],
    reach: 6,
  },
  {
    // Driving to die: "er fährt jetzt gegen einen Baum".
    category: "self-harm",
    subjects: ["fährt", "fahre", "fahr", "rase", "rast"],
    states: ["gegen einen baum", "gegen den baum", "gegen die wand", "gegen eine mauer", "gegen einen brückenpfeiler", "vor einen zug", "vor den zug"],
    examples: ["Er hat gesagt, er fährt jetzt gegen einen Baum"],
    counterExamples: ["Er fährt jetzt zur Arbeit"],
    reach: 6,
  },
  {
    // A pet given away or a door not opened by someone the writer knows: farewell signs.
    category: "self-harm",
    subjects: ["hund", "katze", "schlüssel", "nachbar", "nachbarin", ...CLOSE_PEOPLE.filter((word) => word !== "nachbar" && word !== "nachbarin")],
    states: ["braucht ihn nicht mehr", "braucht sie nicht mehr", "brauche ihn nicht mehr", "brauche sie nicht mehr", "macht nicht mehr auf", "macht er nicht mehr auf", "macht sie nicht mehr auf"],
    examples: ["Er hat mir seinen Hund gebracht, er braucht ihn nicht mehr", "Mein Nachbar macht nicht mehr auf"],
    counterExamples: ["Der Hund braucht einen neuen Napf"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // Someone else's last post: "sie schreibt, das ist ihr letzter".
    category: "self-harm",
    subjects: ["schreibt", "geschrieben", "post", "gepostet", "story", "nachricht"],
    states: ["ihr letzter", "sein letzter", "ihre letzte", "seine letzte"],
    examples: ["Sie schreibt, das ist ihr letzter"],
    counterExamples: ["Ich schreibe euch meinen letzten Kommentar zu dem Thema"],
    reach: 10,
  },
  {
    // Going into the water till the end: "lauf jetzt rein bis es vorbei ist".
    category: "self-harm",
    subjects: ["see", "fluss", "meer", "wasser", "weiher", "rein"],
    states: ["bis es vorbei ist", "bis alles vorbei ist"],
    examples: ["Bin am See und lauf jetzt einfach rein bis es vorbei ist"],
    counterExamples: ["Wir bleiben am See bis der Regen vorbei ist"],
    reach: 12,
  },
  {
    // A hose from the exhaust into the car.
    category: "self-harm",
    subjects: ["schlauch", "auspuff"],
    states: ["vom auspuff", "ins fenster", "ins auto", "in den wagen", "motor laufen"],
    examples: ["Schlauch vom Auspuff ins Fenster"],
    counterExamples: ["Der Auspuff ist durchgerostet"],
    reach: 6,
  },
  {
    // "Ich kann nicht mehr, heute Abend ist Schluss."
    category: "self-harm",
    subjects: ["schluss"],
    states: ["kann nicht mehr"],
    examples: ["Ich kann nicht mehr, heute Abend ist Schluss"],
    counterExamples: ["Heute Abend ist Schluss mit dem Sommerfest"],
    reach: 10,
    acrossSentences: true,
  },
  {
    // A person found lying, fallen off a bike, not answering: a medical emergency.
    category: "medical",
    subjects: PEOPLE_WORDS,
    states: ["liegt seit gestern", "liegt seit heute", "liegt seit stunden", "vom rad gekippt", "vom fahrrad gekippt", "antwortet nicht", "steht unter schock", "bluten"],
    examples: ["Die Frau gegenüber liegt seit gestern Abend im Flur auf dem Boden", "Ein Radler ist einfach vom Rad gekippt", "Paar Kinder bluten"],
    counterExamples: ["Der Bauantrag liegt seit gestern beim Amt"],
    reach: 12,
  },
  {
    // A birth on the way: "Wehen ganz schnell, Fruchtblase geplatzt".
    category: "medical",
    subjects: ["fruchtblase", "wehen", "schwangere", "hochschwangere"],
    states: ["geplatzt", "gesprungen", "ganz schnell", "eingesetzt", "setzen ein", "alle paar minuten"],
    examples: ["Schwangere in der Bahn, Fruchtblase geplatzt"],
    counterExamples: ["Der Kurs für Schwangere beginnt im März"],
  },
  {
    // Parts falling off a building or a structure: "Putzteile platzen ab und fallen auf den Gehweg".
    category: "infrastructure",
    subjects: ["fassade", "putz", "*teile", "putzteile", "ziegel", "dachziegel", "*platten", "*platte", "stufe", "*stufe", "treppe", "*treppe", "betonplatte"],
    states: ["abplatzen", "platzt ab", "platzen ab", "auf den gehweg", "fällt runter", "fallen runter", "weggebrochen", "eingebrochen", "keine stufe mehr"],
    examples: ["An der Fassade platzen Putzteile ab und fallen auf den Gehweg", "Die Betonplatte der Treppe ist weggebrochen"],
    counterExamples: ["Die Fassade wird im Frühjahr gestrichen"],
  },
  {
    // Play equipment broken: torn chains, sharp edges, screws sticking out.
    category: "infrastructure",
    subjects: ["schaukel", "kette", "rutsche", "*rutsche", "klettergerüst", "*gerüst", "wippe", "karussell", "spielgerät", "*spielgerät", "schraube"],
    states: ["durchgerissen", "gerissen", "aufgerissen", "ragt raus", "ragt heraus", "scharfe", "scharfkantig", "aufgeschnitten", "kante"],
    examples: ["Die Kette von der Schaukel ist halb durchgerissen", "Die Rutsche ist unten aufgerissen, scharfe Metallkante"],
    counterExamples: ["Die neue Rutsche ist super"],
  },
  {
    // Live wires: "offene Drähte, es britzelt".
    category: "infrastructure",
    subjects: ["drähte", "drähten", "draht", "kabel", "*kabel"],
    states: ["offenen", "offene", "blanke", "blanken", "britzelt", "funkt", "hängt runter", "hängen runter"],
    examples: ["Da hängen offene Drähte runter und es britzelt"],
    counterExamples: ["Das Kabel vom Laptop ist zu kurz"],
  },
  {
    // A traffic light green for both sides at once.
    category: "infrastructure",
    subjects: ["*ampel"],
    states: ["gleichzeitig", "beide grün", "alle grün"],
    reach: 14,
    examples: ["Die Ampel ist grün für Autos und für Kinder gleichzeitig"],
    counterExamples: ["Die Ampel ist zu kurz grün für Fußgänger"],
  },
  {
    // A railing or barrier torn away beside a path.
    category: "infrastructure",
    subjects: ["*geländer", "geländer", "leitplanke", "absperrung"],
    states: ["weggerissen", "abgerissen", "umgefahren", "gar nichts mehr", "fehlt"],
    examples: ["Das Brückengeländer hat ein LKW weggerissen"],
    counterExamples: ["Das Geländer wird frisch gestrichen"],
  },
  {
    // The writer threatened by someone else: "er schlitzt mich auf, wenn ich schneller gehe" (the split verb joined),
    // "der sticht uns ab". Not "umbringt" ("die Hitze bringt mich noch um" is a sigh) or "erschießen" ("da kann ich mich
    // gleich erschießen").
    category: "threat",
    subjects: ["mich", "uns"],
    states: [
      "aufschlitzt", "aufschlitzen", "absticht", "abstechen", "abzustechen", "abknallt", "abknallen", "totschlägt", "totschlagen",
      "kaltmacht", "abmurkst", "abmurksen", "abfackelt",
    ],
    examples: ["Er sagt, er will mich aufschlitzen", "Der Typ sagt, dass er uns absticht"],
    counterExamples: ["Die Hitze bringt mich noch um", "Lass uns morgen abstimmen"],
    reach: 4,
  },
  {
    // A threat told by someone who heard it: "brüllt, dass er sie heute umbringt", "hat gedroht, ihn abzustechen".
    category: "threat",
    subjects: ["brüllt", "schreit", "droht", "gedroht", "angedroht", "angekündigt", "schwört", "geschrieben", "gerufen", "gebrüllt", "geschworen"],
    states: [
      "umbringt", "umbringen", "umzubringen", "totschlägt", "totschlagen", "totzuschlagen", "absticht", "abstechen", "abzustechen", "erschießt", "erschießen", "zu erschießen", "sticht",
      // Arson announced: "hat angedroht, morgen mit einem Benzinkanister wiederzukommen und alles anzuzünden".
      "anzuzünden", "abzufackeln", "anzündet", "abfackelt", "benzinkanister",
    ],
    examples: ["Ihr Ex steht vor der Tür und brüllt, dass er sie heute umbringt", "Er hat gedroht, den Nachbarn abzustechen"],
    counterExamples: ["Sie sagt, der Lärm bringt sie noch um", "Der Bürgermeister droht mit Haushaltssperre"],
    reach: 8,
  },
  {
    // "Es wäre schade, wenn da mal was passiert": a veiled threat against someone's home or family.
    category: "threat",
    subjects: ["schade"],
    states: [
      "wenn da mal was passiert", "wenn da was passiert", "wenn mal was passiert", "wenn was passiert", "wenn dem was passiert", "wenn ihm was passiert", "wenn ihr was passiert",
      "wenn da etwas passiert", "wenn etwas passiert", "wenn da mal was passieren würde", "nicht dass da mal was passiert", "nicht dass da was passiert", "nicht dass mal was passiert",
    ],
    examples: ["Sein Haus am Waldrand ist hübsch, wäre schade, wenn da mal was passiert"],
    counterExamples: ["Schade, was mit dem Kino passiert ist", "Schade, dass beim Fest nichts passiert ist"],
    reach: 16,
    acrossSentences: true,
  },
  {
    // Lying in wait for a named person: "werde sie morgen abpassen … dann wird sie merken, was sie angerichtet hat".
    category: "threat",
    subjects: ["abpassen", "abzupassen", "abfangen", "abzufangen"],
    states: ["merken", "bereuen", "angerichtet"],
    examples: ["Ich werde sie abpassen, dann wird sie merken, was sie angerichtet hat"],
    counterExamples: ["Ich will den Postboten abpassen, damit er das Paket nicht wieder mitnimmt"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // Something brought to a meeting "so that they finally listen": a threat without naming the weapon.
    category: "threat",
    subjects: ["mitbringt", "mitbringe", "mitbringen", "mitnehmen", "mitnimmt"],
    states: ["endlich zuhören", "endlich zuhört", "zuhören", "zuhört"],
    examples: ["In der Gruppe schreibt einer, dass er am Montag zur Sitzung was mitbringt, damit die da oben endlich zuhören"],
    counterExamples: ["Ich bringe zur Sitzung Kekse mit"],
    reach: 8,
  },
  {
    // A weapon owned and a visit announced: "Ich besitze eine Waffe und werde Sie in Ihrer Sprechstunde aufsuchen".
    category: "threat",
    subjects: WEAPON_WORDS,
    states: ["aufsuchen", "sprechstunde", "vorbeikommen", "vorbeischauen", "besuchen", "bei ihnen", "bei euch"],
    examples: ["Ich besitze eine Waffe und werde Sie am Donnerstag in Ihrer Sprechstunde aufsuchen"],
    counterExamples: ["Die Waffenbehörde hat donnerstags Sprechstunde"],
    reach: 12,
    acrossSentences: true,
  },
  {
    // A bag left with a time it goes off: "eine Tasche abgestellt, und heute um drei knallt es".
    category: "threat",
    subjects: ["tasche", "*tasche", "paket", "koffer", "rucksack"],
    states: ["knallt", "hochgeht", "in die luft fliegt"],
    examples: ["Er hat im Bahnhof eine Tasche abgestellt und es heute um drei knallt"],
    counterExamples: ["Meine Tasche ist beim Stadtfest weggekommen"],
    reach: 12,
  },
  {
    // Clearing a shelter "ourselves": a mob threat.
    category: "threat",
    subjects: ["unterkunft", "*unterkunft", "*heim", "turnhalle"],
    states: ["räumen wir sie selbst", "räumen wir die selbst", "selbst räumen", "selber räumen", "wir sind genug"],
    examples: ["Wenn die Unterkunft nicht bis Freitag weg ist, räumen wir sie selbst"],
    counterExamples: ["Die Turnhalle räumen wir nach dem Fest selbst auf"],
    reach: 10,
    acrossSentences: true,
  },
  {
    // Lips or face turned blue: no air.
    category: "medical",
    subjects: ["lippen", "lippe", "gesicht"],
    states: ["blau", "bläulich", "blaulila", "lila", "ganz grau"],
    examples: ["Die Lippen sind so bläulich", "Vor dem Supermarkt liegt ein junger Mann, die Lippen blau"],
    counterExamples: ["Der Lippenstift in Blau ist ausverkauft"],
    reach: 4,
  },
  {
    // A small child with a seizure: eyes rolled, body stiff.
    category: "medical",
    subjects: ["baby", "säugling", "kind", "*kind", "sohn", "tochter", "kleine", "kleiner", "enkel", "enkelin"],
    states: ["augen verdreht", "die augen verdreht", "verdreht die augen", "ganz steif", "wird steif", "steif wird", "fieberkrampf", "krampft", "zuckt"],
    examples: ["Mein Baby ist so heiß und verdreht die Augen und wird ganz steif"],
    counterExamples: ["Bei dieser Ansage verdreht mein Sohn nur die Augen"],
    reach: 12,
  },
  {
    // Medical devices that need power, in a power cut: "die Sauerstoffgeräte laufen bald auf Akku leer".
    category: "medical",
    subjects: ["sauerstoffgerät", "sauerstoffgeräte", "beatmungsgerät", "beatmungsgeräte", "sauerstoffkonzentrator"],
    states: ["akku", "leer", "kein strom", "ohne strom", "stromausfall", "blackout"],
    examples: ["Im Pflegeheim laufen die Sauerstoffgeräte bald auf Akku leer"],
    counterExamples: ["Die Sauerstoffgeräte werden morgen gewartet"],
    reach: 8,
  },
  {
    // A power cut in English: "Blackout im ganzen Viertel" (not "ich hatte einen Blackout in der Prüfung").
    category: "infrastructure",
    subjects: ["blackout"],
    states: ["im ganzen viertel", "im viertel", "in der straße", "im ortsteil", "im ganzen ort", "ampeln", "kein strom", "stromausfall"],
    examples: ["Blackout im ganzen Viertel, die Ampeln sind tot"],
    counterExamples: ["Ich hatte in der Prüfung einen Blackout"],
    reach: 8,
  },
  {
    // Traffic lights "tot": out.
    category: "infrastructure",
    subjects: ["ampel", "ampeln", "*ampel"],
    states: ["tot", "sind tot", "ist tot", "alle tot"],
    examples: ["Die Ampeln am Kreisel sind tot"],
    counterExamples: ["Die Ampelkoalition ist tot, schreibt die Zeitung"],
    reach: 6,
  },
  {
    // Water that makes ill: "Trinkwasser braun, riecht nach Chemie, Kinder haben Bauchweh".
    category: "water",
    subjects: ["trinkwasser", "leitungswasser", "wasser"],
    states: ["nicht trinken", "riecht nach chemie", "nach diesel", "nach benzin", "nach gülle", "milchig", "schon getrunken", "bauchweh", "bauchschmerzen", "durchfall", "erbrechen", "verseucht", "vergiftet"],
    examples: ["Trinkwasser im Ortsteil ist braun und riecht nach Chemie, nicht trinken, Kinder haben schon Bauchweh"],
    counterExamples: ["Wasser trinken nicht vergessen bei der Hitze"],
    reach: 25,
    acrossSentences: true,
  },
  {
    // A person carried off by the current: "Person im Kanal treibt Richtung Wehr".
    category: "water",
    subjects: PEOPLE_WORDS,
    states: ["treibt richtung", "treibt ab", "treibt flussabwärts", "abgetrieben", "treibt im", "treiben im", "geht unter"],
    examples: ["Person im Kanal treibt Richtung Wehr", "Der Junge geht unter, schnell"],
    counterExamples: ["Mein Vater treibt viel Sport", "Unser Sohn kann nicht schwimmen, gibt es Kurse im Hallenbad?"],
    reach: 8,
  },
  {
    // Water that keeps coming: "im Keller … 30 cm inzwischen, und es kommt immer mehr nach".
    category: "water",
    subjects: ["keller", "wasser", "kellers"],
    states: ["kommt immer mehr", "immer mehr nach", "steigt weiter", "steigt immer", "steigt und steigt"],
    examples: ["Im Keller kommt immer mehr nach", "Das Wasser steht bei den Häusern und steigt weiter"],
    counterExamples: ["Im Keller stehen immer mehr Kisten"],
    reach: 18,
    acrossSentences: true,
  },
  {
    // A tree leaning over a road, told at length: "Die Birke … hat sich infolge des Unwetters bedrohlich zur Straße geneigt".
    category: "tree",
    subjects: ["*baum", "*bäume", "birke", "eiche", "linde", "pappel", "kastanie", "buche", "fichte", "tanne", "platane", "ahorn", "weide", "esche", "ulme", "erle", "kiefer"],
    states: ["bedrohlich", "geneigt", "jeden moment", "droht umzustürzen", "droht umzufallen"],
    examples: ["Die Birke hat sich bedrohlich zur Straße geneigt"],
    counterExamples: ["Die Birke am Rosenweg wird im Herbst geschnitten"],
    reach: 18,
  },
  {
    // A tree on a railway line.
    category: "tree",
    subjects: ["*baum", "*bäume", "ast", "äste", "🌳", "🌲"],
    states: ["auf dem gleis", "aufs gleis", "auf die schienen", "auf den schienen", "auf der strecke", "auf die strecke"],
    examples: ["Baum auf dem Gleis Strecke Musterstadt–Oberdorf"],
    counterExamples: ["Die Bäume entlang der Strecke werden gepflanzt"],
    reach: 4,
  },
  {
    // A loose slab hanging over a doorway: "Balkonplatte hat sich gelöst und hängt nur noch an der Armierung".
    category: "infrastructure",
    subjects: ["*platte", "*platten", "balkon", "*balkon", "fassade", "*fassade", "steinplatten"],
    states: ["hängt nur noch", "hängen nur noch", "fallen auf den", "fallen auf die", "fällt auf den", "fällt auf die"],
    examples: ["An der Hauswand hat sich eine Balkonplatte gelöst und hängt nur noch an der Armierung"],
    counterExamples: ["Die Balkonplatte wird nächste Woche erneuert, das Problem ist gelöst"],
    reach: 10,
  },
  {
    // A person trapped in a car or a room: "die Fahrerin kommt nicht raus".
    category: "accident",
    subjects: PEOPLE_WORDS,
    states: ["nicht rauskommt", "nicht herauskommt", "nicht mehr rauskommt", "kommt nicht raus", "kommen nicht raus", "kommt nicht mehr raus"],
    examples: ["Ein Kleinwagen steckt bis zu den Fenstern im Wasser und die Fahrerin nicht rauskommt"],
    counterExamples: ["Der Schlüssel kommt nicht raus aus dem Schloss"],
    reach: 6,
  },
  {
    // A charred smell: "riecht total verkokelt".
    category: "fire",
    subjects: ["riecht", "riechts", "stinkt", "stinkts", "geruch"],
    states: ["verkokelt", "verschmort", "kokelig", "angekokelt"],
    examples: ["Hier riecht es seit zehn Minuten total verkokelt"],
    counterExamples: ["Mein Toast ist schon wieder verkokelt"],
    reach: 5,
  },
  {
    // "Dem polier ich morgen die Visage".
    category: "threat",
    subjects: ["polier", "poliere", "polieren", "polierst"],
    states: ["visage", "fresse", "schnauze", "maul"],
    examples: ["Dem polier ich morgen die Visage"],
    counterExamples: ["Ich polier morgen das Auto"],
    reach: 6,
  },
  {
    // A pipe torn open with a hiss or a smell: "ein gelbes Rohr aufgerissen … es zischt und stinkt", "lautes Pfeifen, es riecht seltsam".
    category: "gas",
    subjects: ["zischt", "zischen", "pfeift", "pfeifen", "pfeifgeräusch"],
    states: ["stinkt", "stinkts", "riecht", "riechts", "geruch", "rohr", "leitung", "aufgerissen"],
    examples: ["An der Baustelle zischt es, der Bagger hat ein Rohr aufgerissen und es stinkt", "Lautes Pfeifen an der Station, es riecht seltsam"],
    counterExamples: ["Der Schiedsrichter pfeift das Spiel an"],
    reach: 15,
    acrossSentences: true,
  },
  {
    // A gas appliance and a smell, or a person who does not answer: "riecht süßlich … sie macht nicht auf. Die hat noch einen Gasherd".
    category: "gas",
    subjects: ["gasherd", "gasheizung", "gastherme", "therme", "gasofen", "gasflasche", "gaszähler"],
    states: ["riecht", "riechts", "stinkt", "süßlich", "macht nicht auf", "nicht wach", "wird nicht wach"],
    examples: ["Bei der Nachbarin riecht es süßlich am Gasherd", "Es riecht an der Gastherme und mein Freund wird nicht wach"],
    counterExamples: ["Die neue Heizung ist super"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // A tanker or a drum leaking.
    category: "gas",
    subjects: ["tanklaster", "tankwagen", "tanklastzug", "fass", "*fass", "kanister"],
    states: ["verliert", "läuft aus", "ausgelaufen", "leckt", "tritt aus", "nebel", "dampf"],
    examples: ["Der Tanklaster verliert irgendwas, da steigt weißer Nebel auf"],
    counterExamples: ["Das Fass Bier beim Stadtfest war schnell leer"],
    reach: 10,
  },
  {
    // Chemical fumes that make people cough: chlorine at the pool, ammonia.
    category: "gas",
    subjects: ["chlor", "chlorgas", "ammoniak", "dämpfe", "rauchgas", "säure"],
    states: ["husten", "hustet", "stechend", "atemnot", "keine luft", "augen", "schlecht"],
    examples: ["Im Hallenbad riecht es stechend nach Chlor, mehrere Leute husten"],
    counterExamples: ["Das Wasser im Freibad hat zu viel Chlor, finde ich"],
    reach: 10,
  },
  {
    // Someone in the water told by what is seen: "da treibt was im See, ich glaub das ist ein Mensch".
    category: "water",
    subjects: PEOPLE_WORDS,
    states: ["treibt was", "treibt etwas", "treibt da"],
    examples: ["Da treibt was im Stadtsee, ich glaub das ist ein Mensch"],
    counterExamples: ["Der Mensch treibt Sport"],
    reach: 12,
    acrossSentences: true,
  },
  {
    // Trees that lie, lean or stick in something.
    category: "tree",
    subjects: ["*baum", "*bäume", "ast", "äste", "birke", "eiche", "linde", "pappel", "kastanie", "buche", "fichte", "tanne", "platane", "ahorn", "weide", "esche", "baam"],
    states: [
      // "liegt ein Baum", not "die Äste liegen noch am Straßenrand" (cut, waiting to be collected).
      "liegt ein", "liegt eine", "liegt da ein", "auf dem fußweg", "auf den fußweg", "auf dem gehweg", "auf der bank", "aufs klettergerüst", "auf das klettergerüst", "auf dem spielplatz",
      "mitten auf der straße", "auf der spur", "auf der rechten spur", "auf der linken spur", "auf der fahrspur", "gegen bus", "gegen den bus", "gegen ein auto",
      "in der frontscheibe", "in die frontscheibe", "in der scheibe", "hängt über der fahrbahn", "hängt über die fahrbahn", "hängt über der straße", "lehnt auf", "lehnt an",
      "umgeflog*", "umgeschmiss*",
    ],
    examples: ["Mitten auf der Straße liegt ein Baum", "Der Ast steckt in der Frontscheibe", "Ein großer Ast liegt auf der rechten Spur"],
    counterExamples: ["Der Spielplatz liegt hinter den Linden am Bach", "Die neuen Bäume an der Straße sind schön"],
    reach: 4,
  },
  {
    // Branches dropping: "die Linde verliert dauernd große Äste".
    category: "tree",
    subjects: ["verliert", "verlieren"],
    states: ["äste", "große äste", "dicke äste", "einen ast"],
    examples: ["Die Linde am Marktplatz verliert dauernd große Äste"],
    counterExamples: ["Die Linde verliert schon ihre Blätter"],
    reach: 5,
  },
  {
    // Knowing where someone lives, their car, their children, when they finish work: a veiled threat.
    category: "threat",
    subjects: ["weiß", "wissen", "kennen", "kenne", "kenn"],
    states: [
      "wohnt", "wohnst", "wohnen", "ihr auto", "euer auto", "dein auto", "sein auto", "ihre kinder", "eure kinder", "deine kinder", "seine kinder", "feierabend habt",
      "feierabend hat", "feierabend haben",
      // Widened for the thirteenth set: where someone parks, where their child rides, when they walk the dog.
      "wo sie parkt", "wo er parkt", "wo seine tochter", "wo ihre tochter", "wo sein sohn", "wo ihr sohn", "wie sie heißt", "mit dem hund rausgehen", "mit dem hund rausgeht",
    ],
    examples: ["Man weiß ja, wo die Frau vom Ordnungsamt wohnt", "Wir kennen Ihr Auto und Ihre Kinder", "Wir wissen, wann ihr Feierabend habt"],
    counterExamples: ["Weiß jemand, wann der Wertstoffhof aufhat?"],
    reach: 8,
  },
  {
    // Lying in wait after work: "er wartet nach Dienstschluss am Parkplatz auf sie".
    category: "threat",
    subjects: ["dienstschluss", "feierabend", "schichtende", "schichtschluss"],
    states: ["wartet auf sie", "wartet auf ihn", "auf sie wartet", "auf ihn wartet", "auflauern", "abpassen", "am parkplatz auf", "erwarte", "erwarten"],
    examples: ["Er sagt, er wartet nach Dienstschluss am Parkplatz auf sie"],
    counterExamples: ["Nach Feierabend wartet die Familie"],
    reach: 10,
  },
  {
    // Something sharp brought to a meeting.
    category: "threat",
    subjects: ["scharfem", "scharfes"],
    states: ["zur ratssitzung", "zur sitzung", "in die sitzung", "ins rathaus", "in die schule", "zum amt", "aufs amt"],
    examples: ["Einer schreibt, dass er morgen mit was Scharfem zur Ratssitzung kommt"],
    counterExamples: ["Zum Grillfest bringe ich was Scharfes mit"],
    reach: 6,
  },
  {
    // A home address shared with a call to "visit".
    category: "threat",
    subjects: ["adresse", "wohnadresse", "privatadresse", "*adresse"],
    states: ["zu besuchen", "besuchen", "vorbeizuschauen", "aufruf"],
    examples: ["In der Gruppe wird die Adresse vom Pfarrer geteilt, mit dem Aufruf, ihn mal zu besuchen"],
    counterExamples: ["Die Adresse der Beratungsstelle finden Sie auf der Website"],
    reach: 12,
  },
  {
    // Farewell messages: "Macht's gut 🖤 … nicht mehr lange", "goodbye … für immer", "Tschüss" from a tower.
    category: "self-harm",
    subjects: ["machts", "lebt", "lebewohl", "tschüss", "goodbye", "adieu", "🖤"],
    states: ["nicht mehr lange", "für immer", "letzter post", "letzte nachricht", "sag meiner mutter", "sagt meiner mutter", "turm", "brücke", "dach", "verlassen worden"],
    examples: ["Tschüss, ich bin dann weg für immer", "letzter Post 🖤 ich bin dann weg für immer"],
    counterExamples: ["Macht's gut, wir sehen uns beim Stadtfest"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // Belongings no longer needed: "Wer will meinen Hund? Ich brauch ihn ab morgen nicht mehr", "ich brauch meine (Organe) bald nicht mehr".
    category: "self-harm",
    subjects: ["brauch", "brauche"],
    states: ["ab morgen nicht mehr", "bald nicht mehr", "dann nicht mehr"],
    examples: ["Wer will meinen Hund? Ich brauch ihn ab morgen nicht mehr", "Ich brauch meine bald nicht mehr"],
    counterExamples: ["Ich brauche den Parkausweis nicht mehr, wie kündige ich?"],
    reach: 7,
  },
  {
    // All affairs put in order, and only tiredness left.
    category: "self-harm",
    subjects: ["geregelt"],
    states: ["nur noch müde", "zu müde", "danke für nichts"],
    examples: ["nur noch müde, hab alles geregelt"],
    counterExamples: ["Die Parkplatzfrage ist geregelt, danke an alle"],
    reach: 10,
    acrossSentences: true,
  },
  {
    // A vehicle crashed into something: "gegen die offene Autotür geknallt".
    category: "accident",
    subjects: ["geknallt", "gekracht", "gedonnert"],
    states: ["gegen die", "gegen den", "gegen eine", "gegen einen", "gegen ein"],
    examples: ["Der Typ mit dem E-Scooter ist gegen die offene Autotür geknallt"],
    counterExamples: ["Gestern hat es beim Feuerwerk ordentlich gekracht"],
    reach: 10,
  },
  {
    // A manhole cover loose in the road.
    category: "infrastructure",
    subjects: ["schachtdeckel", "gullydeckel", "kanaldeckel", "*deckel"],
    states: ["hochspringt", "springt hoch", "fehlt", "offen", "lose", "liegt daneben", "weg", "cm hoch", "steht hoch", "rausgeflogen"],
    examples: ["Der Schachtdeckel fehlt", "Der Gullydeckel liegt daneben"],
    counterExamples: ["Der Deckel vom Glascontainer klemmt"],
    reach: 12,
  },
  {
    // Trees named in one sentence, hanging over the road in the next: "Wer ist für die Bäume zuständig? Da lehnt einer auf einem anderen und hängt über der Fahrbahn".
    category: "tree",
    subjects: ["*baum", "*bäume", "ast", "äste"],
    states: ["hängt über der fahrbahn", "hängt über die fahrbahn", "hängt über der straße", "hängt über die straße", "lehnt auf einem anderen"],
    examples: ["Der Baum hängt über der Fahrbahn"],
    counterExamples: ["Die Bäume an der Fahrbahn werden geschnitten"],
    reach: 22,
    acrossSentences: true,
  },
  {
    // A person run over or pushed by a vehicle: "ein Radfahrer ist unter einen Transporter gekommen", "hat eine Frau gestoßen".
    category: "accident",
    subjects: PEOPLE_WORDS,
    states: ["unter einen", "unter die räder", "unter den bus", "unter den zug", "unter den lkw", "gestoßen", "erfasst", "mitgeschleift", "liegt auf boden", "auf boden"],
    examples: ["Ein Radfahrer ist unter einen Transporter gekommen", "Ein Auto hat eine Frau gestoßen"],
    counterExamples: ["Die Frau ist unter den Gästen"],
    reach: 8,
  },
  {
    // A person lying where one does not lie: "da liegt n Motorradfahrer auf der Straße".
    category: "medical",
    subjects: PEOPLE_WORDS,
    states: ["liegt ein", "liegt eine", "liegt da ein", "liegt da einer"],
    examples: ["Da liegt ein Motorradfahrer auf der Straße"],
    counterExamples: ["Das Rathaus liegt ein Stück weiter"],
    reach: 3,
  },
  {
    // A limb caught in a machine.
    category: "accident",
    subjects: ["arm", "hand", "bein", "fuß", "finger", "haare"],
    states: ["in die presse", "in die maschine", "ballenpresse", "geraten", "eingezogen", "eingeklemmt"],
    examples: ["Der Junior ist mit dem Arm in die Ballenpresse geraten"],
    counterExamples: ["Der Arm der Behörde reicht weit"],
    reach: 6,
  },
  {
    // A head injury: "kopfüber auf den Beton geknallt, war kurz weg".
    category: "medical",
    subjects: PEOPLE_WORDS,
    states: ["war kurz weg", "kurz bewusstlos", "kopfüber", "auf den kopf gefallen", "mit dem kopf aufgeschlagen"],
    examples: ["Das Kind ist kopfüber auf den Beton geknallt und war kurz weg"],
    counterExamples: ["Der Mann vom Amt ist kurz in der Pause"],
    reach: 12,
  },
  {
    // Collapsing told with a separable verb: "sackt dann im Flur zusammen".
    category: "medical",
    subjects: ["sackt", "sackte", "klappt", "klappte"],
    states: ["zusammen"],
    examples: ["Er sagt noch was und sackt dann im Flur zusammen"],
    counterExamples: ["Das klappt doch nie"],
    reach: 5,
  },
  {
    // A crowd attacking a place of worship or a shelter, or a man at its door.
    category: "threat",
    subjects: ["synagoge", "moschee", "unterkunft", "*unterkunft", "kirche", "containerdorf"],
    states: [
      "parolen", "unter der jacke", "läuft auf und ab", "sturmhauben", "aufzuräumen", "aufräumen", "baseballschlägern", "fenster gehen kaputt", "baseballschläger",
      "solange sie noch können",
    ],
    examples: ["Vor der Synagoge läuft ein Mann auf und ab und brüllt Parolen"],
    counterExamples: ["Die Moschee lädt zum Tag der offenen Tür"],
    reach: 16,
    acrossSentences: true,
  },
  {
    // Something brought "that you cannot ignore" to a meeting.
    category: "threat",
    subjects: ["bring", "bringe"],
    states: ["nicht überhören", "endlich zu", "endlich zuhören", "endlich zuhört", "das knallt", "kurz macht"],
    examples: ["Zum Bürgerdialog bring ich was mit, das ihr nicht überhören könnt", "Ich bring was mit, das eure Debatte kurz macht"],
    counterExamples: ["Ich bring Kuchen mit"],
    reach: 14,
    acrossSentences: true,
  },
  {
    // A death in the family and the wish to follow: "seit Mamas Tod … dass er zu ihr will … Papiere sortiert".
    category: "self-harm",
    subjects: ["tod", "tode", "gestorben", "beerdigung", "verstorben"],
    states: ["zu ihr will", "will zu ihr", "zu ihm will", "will zu ihm", "papiere sortiert", "sparbuch"],
    examples: ["Seit Mamas Tod sagt er jeden Tag, dass er zu ihr will"],
    counterExamples: ["Nach dem Tod der Linde wird ein neuer Baum gepflanzt"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // A place to jump from, with a goodbye or a person on its edge.
    category: "self-harm",
    subjects: [
      "brücke", "*brücke", "viadukt", "talsperre", "parkhaus", "hochhaus", "dach", "*dach", "gleis", "gleise", "gleisen", "dachrand", "dachkante", "bahnsteig", "*bahnsteig",
      "schleuse", "steinbruch", "aussichtsturm", "*turm", "staumauer", "staudamm", "wehr", "🌉",
    ],
    states: [
      "dann ist ruhe", "sorry an alle", "verabschieden", "springt dann runter", "springt runter", "an der kante", "ganz außen", "wartet auf den zug", "sitzt am rand",
      // On the edge, the legs over it, beyond the railing: "lässt die Beine runterbaumeln", "über die Brüstung geklettert", "draußen auf dem Sims".
      "beine baumeln", "beine runterbaumeln", "beine runterhängen", "ganz am rand", "am rand sitzt", "über die brüstung", "über das schutzgitter", "übers schutzgitter",
      "auf dem sims", "draußen auf dem sims", "ganz vorne an der kante", "an der kante hin und her",
      // A farewell passed on: "sagt meiner Mutter, dass es mir leid tut. ich steh auf der Autobahnbrücke".
      "es mir leid tut",
      // Beyond the railing, shoes set aside, one step left: "Beine auf der Wasserseite", "Schuhe ausgezogen und nebeneinander hingestellt".
      "beine nach außen", "auf der wasserseite", "trau ich mich", "schuhe ausgezogen", "nebeneinander hingestellt", "ein schritt noch", "noch ein schritt",
      "hoch genug ist sie", "hoch genug ist die", "stehe jetzt oben", "steh jetzt oben",
      // Read when it is too late: "Wenn Sie das lesen, bin ich schon oben am Wasserturm".
      "bin ich schon oben",
    ],
    examples: [
      "Heute Abend geh ich zur Brücke und dann ist Ruhe", "Auf dem Dach vom Parkhaus sitzt eine junge Frau ganz außen an der Kante",
      "An der Brücke über die Autobahn sitzt ein Mädchen, Beine nach außen", "🌉🖤 stehe jetzt oben. sorry an alle", "Wenn Sie das lesen, bin ich schon oben am Wasserturm",
    ],
    counterExamples: ["Die Brücke wird saniert, sorry für den Umweg", "Die neue Brücke ist hoch genug für die Schiffe", "Wenn ihr das lest, ist die Brücke wieder offen"],
    reach: 14,
    acrossSentences: true,
  },
  {
    // A power line on the ground, sparking.
    category: "infrastructure",
    subjects: ["stromleitung", "*leitung", "oberleitung"],
    states: ["liegt auf", "liegt am boden", "funkt", "funken", "auf dem feldweg", "auf dem weg"],
    examples: ["Stromleitung liegt auf dem Feldweg, es funkt am Boden"],
    counterExamples: ["Die Wasserleitung wird erneuert"],
    reach: 8,
  },
  {
    // An excavation left open.
    category: "infrastructure",
    subjects: ["baugrube", "grube", "schacht", "loch"],
    states: ["nicht mehr abgesperrt", "nicht abgesperrt", "nicht gesichert", "ungesichert", "umgeweht", "meter runter"],
    examples: ["Die Baugrube ist nicht mehr abgesperrt, es geht drei Meter runter"],
    counterExamples: ["Die Baugrube ist gut abgesperrt"],
    reach: 12,
    // "die Baugrube vor Nr. 18 ist … nicht mehr abgesperrt": an abbreviation may end a sentence for the tokenizer.
    acrossSentences: true,
  },
  // Widened for the thirteenth set of comments written without the lexicon (see danger-blind-reports-13.ts): suicide and
  // threats told by their preparations, their timing and what is left for others, not by their verb.
  {
    // No next year for the writer: "Für mich gibt es kein nächstes Jahr", "ich werde keinen nächsten Sommer sehen".
    category: "self-harm",
    subjects: ["mich", "ich"],
    states: ["kein nächstes jahr", "keinen nächsten sommer", "kein nächstes weihnachten", "keinen nächsten winter", "kein morgen mehr", "keinen morgen mehr"],
    examples: ["Für mich wird es kein nächstes Jahr geben", "Ich hab keinen Morgen mehr"],
    counterExamples: ["Das Stadtfest gibt es kein nächstes Jahr mehr, schade"],
    reach: 5,
  },
  {
    // An end set for today: "dass es heute endet für ihn".
    category: "self-harm",
    subjects: ["heute", "nacht", "abend"],
    states: ["endet für ihn", "endet für sie", "endet für mich", "endet es für mich"],
    examples: ["Er sagt durch die Tür, dass es heute endet für ihn"],
    counterExamples: ["Heute endet die Frist für die Anträge"],
    reach: 4,
  },
  {
    // Everything prepared, and a farewell: "ich werd nicht mehr da sein. hab alles vorbereitet" (not "mein letzter Tag": a last day at work).
    category: "self-harm",
    subjects: ["vorbereitet", "geregelt"],
    states: ["nicht mehr da sein", "komm nicht mehr zurück", "komme nicht mehr zurück", "nicht mehr zurückkomme", "es mir leid tut"],
    examples: ["hab alles vorbereitet, ich werde nicht mehr da sein", "ich hab alles geregelt und komm nicht mehr zurück"],
    counterExamples: ["Für das Sommerfest ist alles vorbereitet, morgen ist mein letzter Tag im Orga-Team", "Alles ist geregelt, ich bin ab Montag im Urlaub"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // Sorry for whoever finds the writer: "Es tut mir leid für die, die mich finden".
    category: "self-harm",
    subjects: ["leid", "sorry", "entschuldigung", "verzeiht"],
    states: ["die mich finden", "der mich findet", "die mich findet", "wer mich findet", "die mich dann finden"],
    examples: ["Es tut mir leid für die, die mich finden"],
    counterExamples: ["Sorry, ihr müsst mich am Stand suchen"],
    reach: 8,
  },
  {
    // The crisis line tried and busy: "bei der Seelsorge ist dauernd besetzt".
    category: "self-harm",
    subjects: ["seelsorge", "*seelsorge", "krisenhotline", "krisentelefon", "krisendienst"],
    states: ["besetzt", "keiner ran", "niemand ran", "nicht erreichbar", "niemand erreichbar"],
    examples: ["bei der Seelsorge ist dauernd besetzt", "sorry aber bei der krisenhotline ist besetzt"],
    counterExamples: ["Die Telefonseelsorge sucht ehrenamtliche Mitarbeiter"],
    reach: 8,
  },
  {
    // Something swallowed, then fear or a goodbye: "40 von meinen Antidepressiva genommen. jetzt hab ich angst", "hab 40 ibus genommen. bye"
    // (the taking, not the pills: "die Apotheke hat meine Tabletten nicht, jetzt hab ich Angst").
    category: "self-harm",
    subjects: ["genommen", "geschluckt", "eingeworfen"],
    states: ["jetzt hab ich angst", "bin raus", "bye"],
    examples: ["alle tabletten von meiner oma genommen und jetzt hab ich angst", "hab 40 ibus genommen, bye"],
    counterExamples: ["Die Apotheke hat meine Tabletten nicht vorrätig, jetzt hab ich Angst, dass sie ausgehen"],
    reach: 14,
    acrossSentences: true,
  },
  {
    // A rope or a belt fixed to hang from: "den Gürtel schon an der Türklinke", "das Seil hält".
    category: "self-harm",
    subjects: ["seil", "strick", "schlinge", "gürtel"],
    states: ["an der türklinke", "am balken", "am dachbalken", "um den hals"],
    examples: ["ich hab den gürtel schon an der türklinke und probier das gleich"],
    counterExamples: ["Der Gürtel hängt am Haken im Flur"],
    reach: 6,
  },
  {
    category: "self-harm",
    // A noose tried: "der Strick hält" (not "seil": "hält das Seil der Seilbahn?").
    subjects: ["strick", "schlinge"],
    states: ["hält"],
    examples: ["Der Strick im Stall hält"],
    counterExamples: ["Hält das Seil am Fahnenmast den Sturm aus?"],
    reach: 4,
  },
  {
    // A stool set under: "der Hocker steht schon drunter".
    category: "self-harm",
    subjects: ["hocker", "stuhl", "schemel"],
    states: ["steht schon drunter", "steht drunter", "schon drunter"],
    examples: ["wenn ihr das lest, hängt der zettel schon an der tür. der hocker steht schon drunter."],
    counterExamples: ["Der Stuhl steht unter dem Tisch"],
    reach: 4,
  },
  {
    // Wanting someone to know before the end: "Wollte nur, dass es irgendwer weiß, bevor ich sie nehme", "heute Nacht mach ich es. Ich will nur, dass es wer weiß."
    category: "self-harm",
    subjects: ["weiß", "wisst"],
    states: [
      "bevor ich sie nehme", "bevor ich runtergeh", "bevor ich runtergehe", "bevor ich einschlaf", "bevor ich einschlafe", "bevor ich springe", "bevor ich spring",
      "heute nacht mach ich es", "heute nacht mache ich es",
    ],
    examples: ["Wollte nur, dass es irgendwer weiß, bevor ich sie nehme", "Ich will nur, dass es wer weiß: heute Nacht mach ich es"],
    counterExamples: ["Weiß jemand, ob ich das Formular ausfüllen muss, bevor ich den Antrag stelle?"],
    reach: 14,
    acrossSentences: true,
  },
  {
    // A note left for the family: "hat einen Brief auf dem Küchentisch gelassen: „Es liegt nicht an euch.“".
    category: "self-harm",
    subjects: ["brief", "zettel", "nachricht"],
    states: ["liegt nicht an euch", "liegt nicht an dir", "ihr seid nicht schuld"],
    examples: ["Unser Sohn hat einen Brief auf dem Küchentisch gelassen: „Es liegt nicht an euch.“"],
    counterExamples: ["Der Brief vom Bauamt liegt nicht bei euch, sondern bei uns"],
    reach: 16,
    acrossSentences: true,
  },
  {
    // Waiting on the tracks for a train: "Sitz am Bahnübergang und warte auf den nächsten Güterzug", "diesmal bleib ich sitzen".
    category: "self-harm",
    subjects: ["schienen", "gleisen", "gleis", "gleise", "bahnübergang", "zug", "güterzug"],
    states: ["nächsten güterzug", "bleib ich sitzen", "bleibe ich sitzen", "bleib ich liegen", "bleibe ich liegen", "an den lokführer", "für den lokführer"],
    examples: ["Sitz am Bahnübergang Mühlweg und warte auf den nächsten Güterzug", "der nächste zug kommt um sechs, diesmal bleib ich sitzen"],
    counterExamples: ["Ich stehe am Gleis 2 und warte auf den nächsten Zug, der letzte fiel aus"],
    reach: 16,
    acrossSentences: true,
  },
  {
    // Pockets weighed down by the water: "Am Stausee sitzt ein Mann am Steg, die Jackentaschen voll mit Steinen".
    // Held to the water, for children come home from the playground with their pockets full of stones too.
    category: "self-harm",
    subjects: [
      "stausee", "*see", "steg", "ufer", "fluss", "*brücke", "wasser", "kanal", "hafen", "kaimauer", "weiher", "teich", "baggersee", "rhein", "main", "donau", "elbe",
      "talsperre", "staumauer", "staudamm", "damm", "schleuse", "wehr", "bach", "mole", "anleger", "strand", "meer", "tümpel", "*ufer",
    ],
    states: ["voll mit steinen", "voller steine", "voll steine"],
    examples: ["Am Stausee sitzt ein Mann am Steg, die Jackentaschen voll mit Steinen", "Er steht am Ufer, die Manteltaschen voller Steine."],
    counterExamples: ["Die Taschen sind voll mit Einkäufen", "Die Kinder kamen vom Spielplatz mit Taschen voller Steine und Kastanien zurück, herrlich"],
    reach: 16,
    acrossSentences: true,
  },
  {
    // An electric appliance taken into the bath.
    category: "self-harm",
    subjects: ["föhn", "fön", "toaster", "haartrockner"],
    states: ["badewanne", "badewann", "wanne"],
    examples: ["Ich setz mich jetzt in die Badewanne mit dem Föhn"],
    counterExamples: ["Der Föhn liegt im Bad neben dem Waschbecken"],
    reach: 8,
  },
  {
    // A poison taken from school or the shed to drink: "hab mir was aus dem Chemieraum eingesteckt und trink das nachher".
    category: "self-harm",
    subjects: ["chemieraum", "*reiniger", "unkrautvernichter", "frostschutz", "*gift"],
    states: ["trink das", "trinke das", "trink ich", "trinke ich"],
    examples: ["hab mir heute was aus dem chemieraum eingesteckt und trink das nachher"],
    counterExamples: ["Den Glasreiniger gibt es im Drogeriemarkt"],
    reach: 12,
  },
  {
    // A farewell that asks not to be looked for: "dass wir ihn nicht suchen sollen und dass es ihm leid tut".
    category: "self-harm",
    subjects: ["suchen"],
    states: ["es ihm leid tut", "es ihr leid tut", "es mir leid tut"],
    examples: ["Er hat geschrieben, dass wir ihn nicht suchen sollen und dass es ihm leid tut"],
    counterExamples: ["Wir suchen noch Helfer, tut mir leid für die kurze Frist"],
    reach: 12,
  },
  {
    // Arson with a person in it: "zünd ich den Bagger an und den Bauleiter gleich mit", "zünd ich jedem Stadtrat das Auto an".
    category: "threat",
    subjects: ["zünd", "zünde", "zündet", "fackel", "fackle"],
    states: ["gleich mit", "das auto an", "auto an", "bagger an", "die bude an", "die halle an"],
    examples: ["Wenn der Radweg gesperrt bleibt, zünd ich den Bagger an und den Bauleiter gleich mit", "zünd ich jedem Stadtrat das Auto an"],
    counterExamples: ["Heute Abend zünd ich die Kerzen an"],
    reach: 10,
  },
  {
    // Lying in wait with a weapon: "Ich warte mit dem Hammer hinter der Kellertür", "am Hinterausgang erwarte".
    category: "threat",
    subjects: ["warte", "wartet", "erwarte", "erwartet", "warten"],
    states: ["mit dem hammer", "mit einem hammer", "mit der axt", "mit dem messer", "mit einem messer", "nicht zum reden", "am hinterausgang"],
    examples: ["Ich warte mit dem Hammer hinter der Kellertür", "dass ich ihn nach Schichtende am Hinterausgang erwarte"],
    counterExamples: ["Ich warte am Haupteingang auf euch"],
    reach: 10,
  },
  {
    // A skull split or struck: "spaltet dem Vorsitzenden den Schädel", "mit'm Hammer übern Schädel".
    category: "threat",
    subjects: ["schädel"],
    states: ["spaltet", "spalte", "spalten", "einschlagen", "einschlägt", "einhauen", "über den", "übern", "hammer", "axt"],
    examples: ["Er sagt, er spaltet dem Vorsitzenden den Schädel", "der kriegt was mit dem Hammer übern Schädel"],
    counterExamples: ["Mir brummt der Schädel nach dem Stadtfest"],
    reach: 6,
  },
  {
    // "fängt sich eine Kugel".
    category: "threat",
    subjects: ["fängt", "fangt", "fange"],
    states: ["eine kugel", "kugel"],
    examples: ["Der Nächste, der mir einen Strafzettel an die Scheibe klemmt, fängt sich eine Kugel"],
    counterExamples: ["Der Torwart fängt den Ball"],
    reach: 3,
  },
  {
    // A weapon fetched: "er holt jetzt seine Axt", "hol ich die Schrotflinte".
    category: "threat",
    subjects: ["holt", "hol", "hole", "geholt"],
    states: [
      "seine axt", "die axt", "eine axt", "seine waffe", "die waffe", "eine waffe", "die knarre", "seine knarre", "die schrotflinte", "die flinte", "sein gewehr",
      "das gewehr", "seine pistole", "die pistole",
    ],
    examples: ["Der Typ über mir hat gesagt, er holt jetzt seine Axt", "Im Kleingarten hat der Pächter eine Axt geholt"],
    counterExamples: ["Ich hol das Werkzeug aus dem Schuppen"],
    reach: 4,
  },
  {
    // Told to flee while they can: "Die sollen abhauen, solange sie noch können".
    category: "threat",
    subjects: ["abhauen", "verschwinden", "schlafen", "beten"],
    states: ["solange sie noch können", "solange ihr noch könnt", "solange du noch kannst"],
    examples: ["Die sollen abhauen, solange sie noch können", "Die im Containerdorf sollen schlafen gehen, solange sie noch können"],
    counterExamples: ["Genießt den Sommer im Freibad, solange ihr noch könnt"],
    reach: 6,
  },
  {
    // A face in crosshairs: "ein Foto von unserem Pfarrer mit Fadenkreuz an die Tür geklebt".
    category: "threat",
    subjects: ["fadenkreuz"],
    states: ["foto", "bild", "tür", "geklebt", "gesprüht", "plakat", "aufkleber"],
    examples: ["Jemand hat ein Foto von unserem Pfarrer mit Fadenkreuz an die Tür geklebt"],
    counterExamples: ["Der Bürgermeister gerät ins Fadenkreuz der Kritik"],
    reach: 10,
  },
  {
    // An event nobody will forget, and a hint to stay away: "wird eins, das keiner vergisst. Mehr sag ich nicht."
    category: "threat",
    subjects: ["vergisst", "vergessen"],
    states: ["mehr sag ich nicht", "mehr sage ich nicht", "wer schlau ist", "wer klug ist"],
    examples: ["Das Stadtfest wird eins, das keiner vergisst, mehr sag ich nicht"],
    counterExamples: ["Das Stadtfest wird eins, das keiner vergisst, mit Feuerwerk und Band"],
    reach: 16,
    acrossSentences: true,
  },
  {
    // "Ihr werdet schon sehen, was am Montag im Rathaus passiert."
    category: "threat",
    subjects: ["werdet"],
    states: ["passiert"],
    examples: ["Ihr werdet schon sehen, was am Montag im Rathaus passiert"],
    counterExamples: ["Ihr werdet staunen, wie schön der Park wird"],
    reach: 10,
  },
  {
    // A vehicle driven into a crowd: "fahr ich mit dem Transporter mitten rein", "ein gutes Ziel … den Transporter hab ich schon gemietet".
    category: "threat",
    subjects: ["weihnachtsmarkt", "*markt", "stadtfest", "*fest", "menge", "menschenmenge", "fußgängerzone"],
    states: ["mitten rein", "fahr ich rein", "fahre ich rein", "gutes ziel", "transporter gemietet", "schon gemietet"],
    examples: ["morgen beim weihnachtsmarkt fahr ich mit dem transporter mitten rein", "Der Weihnachtsmarkt ist ein gutes Ziel. Den Transporter hab ich schon gemietet."],
    counterExamples: ["Der Weihnachtsmarkt öffnet am Freitag, mit dem Bus kommt man gut hin"],
    reach: 20,
    acrossSentences: true,
  },
  {
    // Told not to dare come out, and the writer waiting: "sich morgen besser nicht auf den Parkplatz traut. Ich warte da."
    category: "threat",
    subjects: ["traut", "trauen", "traust"],
    states: ["ich warte da", "ich warte dort"],
    examples: ["Sie soll sich besser nicht auf den Parkplatz trauen, ich warte da"],
    counterExamples: ["Traut euch zum Stadtlauf, die Strecke ist flach"],
    reach: 12,
    acrossSentences: true,
  },
]);

/**
 * Calls for help and the emergency services called: weak signs of a danger
 * that say little of what it is. Found as {@link DANGER_COMBINATIONS} are,
 * but weighing half of a single word: "Feuerwehr ist noch nicht da" alone
 * is a danger of its service's category, beside "Baum liegt quer" it
 * leaves the tree the danger. A service named without a call ("Die
 * Feuerwehr sucht Nachwuchs") is no sign.
 */
export const DANGER_ALARMS: readonly DangerCombination[] = deepFreezeList([
  {
    category: "medical",
    subjects: ["112", "*notruf", "rettungsdienst", "sanitäter", "sanis", "sani"],
    states: [
      "gerufen", "angerufen", "gewählt", "alarmiert", "verständigt", "ist raus", "abgesetzt", "ruft", "ruf", "ist unterwegs", "sind unterwegs", "noch nicht da",
      "wo sind", "wo bleibt", "wo bleiben", "bitte zum", "bitte zur", "bitte kommen", "bitte schnell", "dringend",
    ],
    examples: ["Ich hab 112 gewählt", "Ein Jugendlicher liegt vor dem Bahnhof, Notruf ist raus", "wo sind die Sanis??"],
    counterExamples: ["Der Sanitätsdienst beim Stadtfest war super organisiert", "Die 112 gilt in ganz Europa"],
  },
  {
    category: "threat",
    subjects: ["110"],
    states: ["gerufen", "angerufen", "gewählt", "alarmiert", "verständigt", "ist raus", "ruft", "ruf"],
    examples: ["Hab 110 gewählt, der schlägt immer noch auf ihn ein"],
    counterExamples: ["Die 110 ist nur für Notfälle"],
  },
  {
    category: "threat",
    subjects: ["polizei", "polizisten", "streifenwagen", "sek", "hubschrauber", "polizeihubschrauber"],
    // Not "sucht": "Polizei sucht Zeugen" asks about something past.
    states: ["mit blaulicht", "großaufgebot", "schwer bewaffnet", "mit maschinenpistolen", "kreist", "kreisen"],
    examples: ["Polizei schwer bewaffnet am Bahnhof", "Seit einer Stunde kreist ein Hubschrauber über der Nordstadt"],
    counterExamples: ["Die Polizei lädt zum Tag der offenen Tür"],
  },
  {
    category: "fire",
    subjects: ["feuerwehr"],
    states: [
      "gerufen", "angerufen", "alarmiert", "verständigt", "ist unterwegs", "sind unterwegs", "noch nicht da", "auf dem weg", "ruft die", "ruf die", "ruft jemand",
      "rückt an", "rückt aus", "ausgerückt", "im einsatz", "mit blaulicht", "löscht", "am löschen", "großaufgebot", "ist vor ort", "sind vor ort", "mit sirene",
      "mit martinshorn", "mit mehreren wagen", "mit mehreren fahrzeugen",
    ],
    examples: ["Die Feuerwehr ist unterwegs", "Ruft jemand die Feuerwehr?"],
    counterExamples: ["Die Feuerwehr sucht Nachwuchs", "Die Feuerwehr ruft zur Blutspende auf"],
  },
  {
    // A lightning strike may set a roof alight; where it split a tree, the tree is the danger.
    category: "fire",
    subjects: ["blitz"],
    states: ["eingeschlagen", "schlug ein", "schlägt ein"],
    examples: ["Der Blitz hat in den Kirchturm eingeschlagen"],
    counterExamples: ["Der Blitzer an der Schule steht wieder"],
  },
]);

/**
 * Single words and phrases that are weak signs of a danger: a big
 * operation of the services, a rescue helicopter landing, a building
 * evacuated, a plain cry for help. Found as {@link DANGER_TERMS} are (with
 * their false friends, negation and context), but weighing half of a
 * single word, like {@link DANGER_ALARMS}.
 */
export const DANGER_ALARM_TERMS: readonly DangerEntry[] = Object.freeze(
  (
    [
      ["feuerwehreinsatz", "prefix", "fire"],
      ["löscharbeiten", "prefix", "fire"],
      ["evakuier", "prefix", "fire"],
      ["rettungshubschrauber", "prefix", "medical"],
      ["hubschrauber landet", "phrase", "medical"],
      ["rettungseinsatz", "prefix", "medical"],
      ["großeinsatz", "prefix", "medical"],
      ["bitte hilfe", "phrase", "medical"],
      ["hilfe bitte", "phrase", "medical"],
      ["dringend hilfe", "phrase", "medical"],
      ["schnell hilfe", "phrase", "medical"],
      ["sos", "word", "medical"],
      ["polizeieinsatz", "prefix", "accident"],
      ["polizeiaufgebot", "prefix", "accident"],
      ["überall blaulicht", "phrase", "accident"],
      ["alles voller blaulicht", "phrase", "accident"],
      ["viel blaulicht", "phrase", "accident"],
      ["überall polizei", "phrase", "threat"],
      ["hubschrauber", "word", "medical"],
      ["ambulance", "word", "medical"],
      ["emergency", "word", "medical"],
    ] as const
  ).map(([term, match, category]) => Object.freeze({ term, match, category })),
);

/** What a {@link DangerContext} says about the dangers told near it. */
export type DangerContextKind = "drill" | "resolved" | "past" | "thanks" | "hypothetical" | "joke" | "serious";

/**
 * Words that put danger words in a sentence into a context where they
 * report no danger now:
 * - `drill`: an exercise, a demonstration, a course, an announcement
 *   ("Brandschutzübung", "wird simuliert", "Tag der offenen Tür");
 * - `resolved`: it is over ("gelöscht", "behoben", "Entwarnung");
 * - `past`: long ago ("letztes Jahr", "damals", "vor zwei Jahren");
 * - `thanks`: thanks afterwards ("Danke an die Feuerwehr ...");
 * - `hypothetical`: in case of ("im Notfall", "falls", "vorsorglich");
 * - `joke`: laughter, which makes self-harm and illness hyperbole ("ich
 *   sterbe 😂", "fast einen Herzinfarkt bekommen 😂");
 * - `serious`: a joke taken back ("Haha … Nein im Ernst, ich steh grad
 *   hier oben"): a `joke` marker before it does not count.
 *
 * A marker of the first five kinds cancels the danger hits of its sentence,
 * unless it is negated ("Das ist keine Übung!") or a word of
 * {@link DANGER_CONTRAST_WORDS} stands between it and the hit ("Danke für
 * die Info, aber der Ast hängt immer noch"). A `resolved` marker counts
 * only in a statement: not in a question ("Wann wird der Baum
 * weggeräumt?"), not after a word of {@link DANGER_REQUEST_WORDS} ("bitte
 * entfernen") and not before "werden" ("muss beseitigt werden"). A `joke`
 * marker cancels self-harm and medical hits in the whole comment.
 */
export interface DangerContext {
  readonly kind: DangerContextKind;
  /** Whole words or phrases (consecutive words), in lexicon form. */
  readonly words: readonly string[];
  /** Pieces found anywhere inside a word, in lexicon form ("übung" in "Katastrophenschutzübung"). */
  readonly inWords: readonly string[];
  /** Emoji, compared as `emojiKey` does. */
  readonly emoji: readonly string[];
}

/** The contexts of danger words; see {@link DangerContext}. */
export const DANGER_CONTEXTS: readonly DangerContext[] = deepFreezeList([
  {
    kind: "drill",
    words: [
      "simuliert", "simulation", "nachgestellt", "geübt", "probealarm", "tag der offenen tür", "vortrag", "infoabend", "kurs", "schulung", "seminar", "workshop",
      // Fiction: "im Tatort gestern" (not "wie im Film", said of a real scene).
      "im tatort", "beim tatort",
      // Practice, fiction, games and school: "die Rettungsschwimmer üben", "im Krimi", "Escape Room", "ein Referat über den Großbrand".
      "üben", "übt", "im krimi", "beim krimi", "escape room", "referat",
      // News from elsewhere: "laut Zeitung", "ein Video aus Italien", "in den Nachrichten".
      "laut zeitung", "in der zeitung", "video aus", "im fernsehen", "in den nachrichten",
      // Abroad, games, crime novels and bands: "was man aus dem Ausland hört", "ein Spiel, wo man Feuerwehrmann ist", "im neuen Krimi", "die Band 'Gasleck'".
      "aus dem ausland", "im ausland", "dieses spiel", "spiel wo man", "spiel in dem man", "krimi", "krimis", "thriller", "roman", "die band",
      "tatort geguckt", "tatort geschaut", "tatort gesehen", "in der serie", "die serie", "im kino", "der film", "den film", "neue film",
      // Games and play: a role-playing round, children playing fire brigade in the sandpit.
      "drache", "spielen feuerwehr", "spielen krankenwagen", "feuerwehr im sandkasten", "krankenwagen im sandkasten", "spielen im sandkasten", "spielt im sandkasten",
      // A garden fire in its bowl or basket, asked about: "ein Feuer in der Feuerschale, gibt es da eine Satzung?".
      "feuerschale", "feuerkorb",
      // Works announced, jobs, museums, books, the radio, the next town: "die Wasserleitung wird erneuert", "Notfallsanitäter gesucht in der Stellenanzeige".
      "wird erneuert", "werden erneuert", "stellenanzeige", "im museum", "im buch", "im radio", "nachbarstadt", "nachbarort", "nachbargemeinde", "im stadtarchiv",
      "in der chronik", "wie man 112", "wie man den notruf",
      // News from far away: "Schlimm, was in Australien los ist, die Buschbrände …", "Schreckliche Bilder aus Italien".
      "in australien", "in italien", "in norditalien", "in süditalien", "in spanien", "in griechenland", "in portugal", "in frankreich", "in der türkei",
      "in kanada", "in kalifornien", "in amerika", "in den usa", "bilder aus italien", "bilder aus spanien", "bilder aus griechenland", "bilder aus der türkei",
      "bilder aus kanada", "bilder aus australien",
      // Films, series and games: "die Explosion im Film gestern", "neue Serie auf Netflix", "das neue GTA", "der Kommissar im Tatort".
      "im film", "netflix", "neue serie", "jede folge", "gta", "kommissar",
      // An exhibition, smoke that is meant, a smoke alarm that beeps for its battery.
      "ausstellung", "ist gewollt", "weil die batterie",
    ],
    inWords: [
      "übung", "vorführung", "hilfekurs", "escaperoom", "computerspiel", "videospiel", "handyspiel", "rollenspiel", "kochkurs", "städtebauspiel", "aufbauspiel",
      "strategiespiel", "onlinespiel", "brettspiel",
    ],
    emoji: [],
  },
  {
    kind: "resolved",
    words: [
      "gelöscht", "behoben", "repariert", "beseitigt", "weggeräumt", "aufgeräumt", "abgeschleppt", "entwarnung", "fehlalarm", "wieder frei", "wieder offen",
      "wieder trocken",
      // A harmless cause told afterwards: "war aber nur das Osterfeuer".
      "war aber nur", "war nur das", "war nur ein", "war nur eine", "ist nur das",
      // Settled afterwards: "Nachtrag: hat sich erledigt, der Rauch kam nur vom angemeldeten Osterfeuer".
      "hat sich erledigt", "rauch kam nur vom", "rauch kam nur von", "qualm kam nur vom", "alles unter kontrolle",
      // It ended well: "ist zum Glück glimpflich ausgegangen", "zum Glück ist nix passiert", "Er ist wieder wohlauf".
      "glimpflich ausgegangen", "gut ausgegangen", "nichts passiert", "alles wieder gut", "wieder wohlauf", "getauscht", "ausgetauscht",
      // Back to normal: "jetzt läuft wieder alles", "der Fahrer ist wieder zuhause".
      "läuft wieder", "laufen wieder", "funktioniert wieder", "wieder zuhause", "wieder zu hause", "wieder daheim",
      // Felled as it should be; well again: "fachgerecht gefällt", "er ist wieder fit".
      "gefällt", "wieder fit", "längst weg", "schon lange weg", "wieder repariert",
    ],
    inWords: [],
    emoji: [],
  },
  {
    kind: "past",
    words: [
      "letztes jahr", "letzten jahr", "letzten jahres", "vorletztes jahr", "vor einem jahr", "vor jahren", "vor zwei jahren", "vor drei jahren",
      "vor ein paar jahren", "vor einigen jahren", "vor vielen jahren", "damals", "jahrestag", "jahre her",
      // "Der Unfall letzte Woche war schlimm": a week past is over for the duty officer.
      "letzte woche", "letzten woche", "vorige woche", "vorletzte woche", "letzten monat", "letzter monat", "vorigen monat", "seit jahren im gutachten",
      "letzten montag", "letzten dienstag", "letzten mittwoch", "letzten donnerstag", "letzten freitag", "letzten samstag", "letzten sonntag",
      // Months and seasons past, and memories: "der Sturm letzten Februar", "wisst ihr noch, das Hochwasser 1997?".
      "letzten januar", "letzten februar", "letzten märz", "letzten april", "letzten mai", "letzten juni", "letzten juli", "letzten august",
      "letzten september", "letzten oktober", "letzten november", "letzten dezember", "letzten sommer", "letzten winter", "letzten herbst", "letztes frühjahr",
      "wisst ihr noch", "weißt du noch", "erinnert ihr euch",
    ],
    inWords: [],
    emoji: [],
  },
  {
    kind: "thanks",
    words: ["danke an", "danke für", "danke dass", "dank an", "vielen dank an", "vielen dank für", "großes lob", "lob an", "hut ab vor", "respekt an", "danke euch", "ein dank", "bedanken", "bedanke mich", "sind top", "waren top", "waren schnell da"],
    inWords: [],
    emoji: [],
  },
  {
    kind: "hypothetical",
    words: [
      "im notfall", "im ernstfall", "im brandfall", "im falle", "für den fall", "für den notfall", "falls", "vorsorglich", "notfallvorsorge", "wie verhalte ich mich", "wie verhält man sich",
      // A general case, a near miss, a fear told as such: "wenn man einen Rohrbruch hat", "fast die Hecke angezündet, aber nur fast",
      // "so heiß, dass ich dachte, der fängt gleich Feuer" (not "ich dachte erst an Nebel", which goes on to the real thing).
      "wenn man einen", "wenn man eine", "nur fast", "aber nur fast", "dass ich dachte", "ich dachte schon", "dachte ich schon", "ich dachte nur", "hypothetisch",
      // Which number to call in an emergency; a hope that it stays away; a comparison ("sah aus wie nach einem Autounfall").
      "wenn notfall", "wenn ein notfall", "bei einem notfall", "bei notfall", "in einem notfall", "welche nummer", "bleibt uns erspart", "sowas erspart", "wie nach einem", "wie nach einer", "allgemein gefragt", "wann ruft man", "nicht dringend", "frage für unseren", "vorsorgen", "bevor das nächste",
    ],
    inWords: [],
    emoji: [],
  },
  {
    kind: "joke",
    words: [
      "haha", "hahaha", "hahahaha", "lol", "xd", "rofl", "nee spaß", "nur spaß", "kleiner scherz", "nur ein scherz",
      // Not "Erdgeschoss", which once stood here for "spring ich aus dem Fenster (Erdgeschoss)": it is where people live and
      // fall ill ("Ahornweg 3, Erdgeschoss", "im Erdgeschoss zusammengebrochen"), and as a joke marker it silenced them.
    ],
    inWords: [],
    // Not 🙃: it closes bitter farewells as often as jokes ("hab alles geregelt. danke für nix 🙃").
    emoji: ["😂", "🤣", "😅", "😆", "🙈", "😜", "😝", "🤪"],
  },
  {
    kind: "serious",
    words: ["im ernst", "kein witz", "kein scherz", "ohne witz", "ohne scherz", "spaß beiseite", "jetzt mal ernst", "ernst gemeint"],
    inWords: [],
    emoji: [],
  },
]);

/**
 * Danger words that are a figure of speech where their sentence names a
 * cost: "Die Gasrechnung ist wieder explodiert", "die Mieten explodieren".
 * Not a count: "Zahl" is also in "Anzahl der Verletzten", "Unzahl" and
 * "Bezahlen" beside a real explosion.
 * A hit of one of `terms` is dropped where a word of its sentence ends in
 * one of `heads` (with an ending of {@link DANGER_SUFFIX_ENDINGS}); a head of
 * `compoundOnly` counts only as the end of a longer word ("Grundsteuer",
 * "Rundfunkbeitrag"): alone, "Steuer" is also a steering wheel and "Beitrag"
 * the town's post a comment answers ("Zu deinem Beitrag: in der
 * Hauptstraße ist gerade ein Auto explodiert!").
 */
export const DANGER_COST_FIGURES: { readonly terms: readonly string[]; readonly heads: readonly string[]; readonly compoundOnly: readonly string[] } = Object.freeze({
  terms: Object.freeze(["explodiert", "explodieren", "explodierte", "explodierten"]),
  heads: Object.freeze(["rechnung", "preis", "preise", "kosten", "miete", "mieten", "gebühr", "gebühren", "abgaben", "steuer", "steuern", "beitrag", "beiträge", "abschlag", "zinsen", "umlage"]),
  compoundOnly: Object.freeze(["steuer", "beitrag"]),
});

/**
 * Words that say a harm was done on purpose: "hat mich mit dem Auto
 * angefahren, absichtlich", "Nägel auf den Radweg gestreut, mit Absicht".
 * A danger told with one of them (not negated) is a threat, whatever it
 * looks like: the police are to be called, and the threat's next step names
 * 112 where someone is hurt. Done to oneself ("sich" or "selbst" right
 * beside it), it is self-harm. Phrases are consecutive words, in lexicon form.
 */
export const DANGER_DELIBERATE_WORDS: readonly string[] = Object.freeze(["absichtlich", "mit absicht", "vorsätzlich", "mutwillig", "extra drauf", "mit voller absicht"]);

/** Words that keep a context marker from the hits beyond them: "Danke für die Info, aber der Ast hängt immer noch". */
export const DANGER_CONTRAST_WORDS: readonly string[] = Object.freeze(["aber", "doch", "jedoch", "trotzdem", "allerdings", "sondern", "nun", "wieder", "immer noch", "noch immer", "schon wieder", "leider"]);

/**
 * Words that turn to the present: a context marker before them does not reach past them ("Letzten
 * Sommer hat es auch gebrannt, jetzt brennt es wieder im Wald", "Wir waren in Frankreich, jetzt riecht
 * es in der Wohnung nach Gas"). Unlike {@link DANGER_CONTRAST_WORDS}, a marker after them
 * still reaches back ("Der Brand ist jetzt gelöscht").
 */
export const DANGER_TURN_WORDS: readonly string[] = Object.freeze(["jetzt", "plötzlich", "auf einmal", "gerade eben", "grad eben", "in diesem moment"]);

/**
 * Answers that deny a danger word asked on its own just before: "Unfall? Nein, das war die
 * Übung", "Brand?? Nee, nur der Grill". ("Ne" is left out: it is also "eine", "ne Explosion".)
 */
export const DANGER_DENIALS: readonly string[] = Object.freeze(["nein", "nee", "nö", "nope", "keineswegs"]);

/** Words before a `resolved` marker that make it a request, not a report that it is over: "bitte beseitigen", "muss repariert werden". */
export const DANGER_REQUEST_WORDS: readonly string[] = Object.freeze([
  "bitte", "endlich", "muss", "müsste", "müssen", "sollte", "sollten", "soll", "sollen", "noch", "nie", "nicht",
  // A hope is no report: "hoffentlich war es nur ein Fehlalarm".
  "hoffentlich", "hoffe",
]);

/**
 * Phrases that report a danger only where they end a clause: "Ich halte
 * das nicht mehr aus, ich will nicht mehr." is despair, "ich will nicht
 * mehr warten" is impatience. Found as `phrase` terms, and only before a
 * punctuation mark, a line break, an emoji or the end of the comment.
 */
export const DANGER_CLAUSE_END_TERMS: readonly DangerEntry[] = Object.freeze(
  (
    [
      ["ich will nicht mehr", "self-harm"],
      ["ich mag nicht mehr", "self-harm"],
      ["ich möchte nicht mehr", "self-harm"],
      // "I mach jetz Schluss mit dem ganzn." (not "Schluss mit dem ganzen Theater").
      ["schluss mit dem ganzen", "self-harm"],
      ["schluss mit allem", "self-harm"],
      ["schluss mit dem leben", "self-harm"],
      // Sleep wished to be the last: "Schlaftabletten besorgt, damit ich nie wieder aufwache." (not "…, damit ich nie wieder
      // aufwache wenn die Laterne reinscheint", nor "nicht mehr aufwache", also said of earplugs against the bin lorry).
      ["damit ich nie mehr aufwache", "self-harm"],
      ["dass ich nie mehr aufwache", "self-harm"],
      ["damit ich nie wieder aufwache", "self-harm"],
      ["dass ich nie wieder aufwache", "self-harm"],
      // The same typed short, as in chat: "damit ich nie wieder aufwach."
      ["damit ich nie mehr aufwach", "self-harm"],
      ["dass ich nie mehr aufwach", "self-harm"],
      ["damit ich nie wieder aufwach", "self-harm"],
      ["dass ich nie wieder aufwach", "self-harm"],
      // "bringt sich … um" told of someone else with the pronoun, or asked of the way, where the particle ends the clause: "Mein
      // Bruder schreibt, er bringt sich heute um.", "Wie bringt man sich am schnellsten um?" (not "bringt sich um den Schlaf",
      // "um Kopf und Kragen", "um 8"). Not with a noun ("Der Typ auf dem E-Scooter bringt sich gleich um, so wie der fährt",
      // "Tosca bringt sich um"), not "So bringt man sich um!", not with "noch" ("Wenn der so weiterrast, bringt er sich noch um").
      ...(["er", "sie"] as const).flatMap((pronoun) =>
        (["", " heute", " heute abend", " heute nacht", " diese nacht", " morgen", " gleich", " jetzt", " jetzt gleich", " am wochenende"] as const).flatMap(
          (time) => [`${pronoun} bringt sich${time} um`, `bringt ${pronoun} sich${time} um`] as const,
        ),
      ).map((term) => [term, "self-harm"] as const),
      ...(["", " am schnellsten", " am besten", " am sichersten", " am einfachsten", " schnell", " schmerzlos", " ohne schmerzen"] as const)
        .map((way) => [`wie bringt man sich${way} um`, "self-harm"] as const),
      // Not being there any more, where the clause ends in it: "Morgen gibts mich nicht mehr.", "mich gibts bald nicht mehr, hab
      // mir schon alles rausgesucht" (not "Ab Montag gibts mich nicht mehr hier im Büro", "… nicht mehr in diesem Verein").
      ...(["gibts mich", "gibt es mich", "mich gibts", "mich gibt es"] as const)
        .flatMap((start) => [`${start} nicht mehr`, `${start} bald nicht mehr`] as const)
        .map((term) => [term, "self-harm"] as const),
      // Killing oneself in the present, where the clause ends in it: "wie man sich ohne Schmerz tötet?", "dass er sich erschießt."
      ["sich tötet", "self-harm"],
      ["sich erschießt", "self-harm"],
      // "bring … um" said of a person by role, at the end of its clause: "Ich bring den Bürgermeister um" (not "den
      // Bürgermeister um 8"), also with the person first ("Den Bürgermeister bring ich um").
      ...(
        [
          "den bürgermeister", "die bürgermeisterin", "den landrat", "die landrätin", "den chef", "die chefin", "den typen", "den kerl", "den lehrer", "die lehrerin",
          "den vermieter", "die vermieterin", "den nachbarn", "die nachbarin", "den hausmeister", "den sachbearbeiter", "die sachbearbeiterin", "meinen ex", "meine ex",
          "den richter", "die richterin",
        ] as const
      ).flatMap((person) => {
        // "den Chef", also "diesen Chef"; "die Chefin", also "diese Chefin". Not "meinen Chef": "Ich bring meinen Chef um,
        // wenn er mir noch einmal Überstunden aufdrückt 😅" is a sigh, as a blind set's writer meant it.
        const [determiner, role] = person.split(" ") as [string, string];
        if (determiner === "den") return [person, `diesen ${role}`];
        if (determiner === "die") return [person, `diese ${role}`];
        return [person];
      }).flatMap(
        (person) =>
          [
            `bring ${person} um`, `bringe ${person} um`, `bringt ${person} um`, `bringen ${person} um`, `bring ich ${person} um`, `bringe ich ${person} um`,
            `${person} bring ich um`, `${person} bringe ich um`, `${person} bringen wir um`,
          ] as const,
      ).map((term) => [term, "threat"] as const),
      // Of one's family only said by the writer: "Die Grundsteuer bringt meine Mutter um" is a complaint.
      ...(["meine frau", "meinen mann", "meine freundin", "meinen freund", "meinen vater", "meine mutter"] as const).flatMap(
        (person) => [`bring ${person} um`, `bringe ${person} um`, `bring ich ${person} um`, `bringe ich ${person} um`, `${person} bring ich um`, `${person} bringe ich um`] as const,
      ).map((term) => [term, "threat"] as const),
      // "bring dich um" with the subject after the verb ("Morgen bring ich dich um", "Dann bringe ich euch alle um") or with
      // "noch" before the particle ("Ich bring dich heute noch um"): at the end of the clause, not "… um 8 zum Bahnhof".
      ...(["bring", "bringe"] as const)
        .flatMap((verb) => [`${verb} ich dich um`, `${verb} ich euch um`, `${verb} ich euch alle um`, `${verb} dich noch um`, `${verb} dich heute noch um`, `${verb} euch noch um`] as const)
        .map((term) => [term, "threat"] as const),
      // "bring mich … um" with a time between, said by the writer: "ich bring mich morgen um", "ich bring mich heute in der
      // Pause um", "dann bringe ich mich am Wochenende um". At the end of the clause only ("ich bring mich morgen um 8 zur
      // Arbeit"), and with "ich" ("Die Hitze bringt mich noch um" is a sigh).
      ...(["bring", "bringe"] as const)
        .flatMap((verb) =>
          (
            [
              // Not "einfach", "echt", "wirklich": words of emphasis are skipped before phrases are read ("ich bring mich einfach um").
              "morgen", "noch", "heute noch", "gleich", "bald", "dann", "heute abend", "morgen früh", "morgen abend",
              "am wochenende", "nach der arbeit", "nach der schule", "in der pause", "heute in der pause", "heute nacht noch", "diese nacht",
            ] as const
          ).flatMap((time) => [`ich ${verb} mich ${time} um`, `${verb} ich mich ${time} um`] as const),
        )
        .map((term) => [term, "self-harm"] as const),
    ] as const
  ).map(([term, category]) => Object.freeze({ term, match: "phrase" as const, category })),
);

/**
 * Long terms of {@link DANGER_TERMS} that are also found with one inner
 * letter dropped, as typed in a hurry: "Unfal", "Verkehrsunfal",
 * "Gasgeuch", "bewustlos", "Herzinfakt". Only as a whole word or as the
 * last part of a compound. Listed one by one, not derived for every term:
 * a dropped letter turns many words into other words ("überfall" into
 * "überall", "zündeln" into "zünden", "glatteis" into "glattes"); the
 * forms of these were checked to be no German word.
 */
export const DANGER_TYPO_TERMS: readonly string[] = Object.freeze([
  "unfall", "unfälle", "gasgeruch", "bewusstlos", "verletzt", "verletzte", "krankenwagen", "rettungswagen", "notarzt", "überschwemmung", "hochwasser",
  "rohrbruch", "wasserrohrbruch", "explosion", "umgestürzt", "zusammengebrochen", "herzinfarkt", "schlaganfall", "stromausfall", "eingeklemmt",
  "überschlagen", "rauchwolke", "kohlenmonoxid", "karambolage", "zusammenstoß", "ohnmächtig", "lichterloh", "suizid", "selbstmord",
]);

/**
 * Words of dialect and of colloquial writing, each with the one standard
 * word it stands for: Bavarian and Austrian ("unfoi", "wui", "di"),
 * Swabian ("isch", "oiner", "nei"), Berlin ("eener", "nich", "uff"), Saxon
 * ("brigge"), Low German ("water", "stiggt", "boom") and chat ("nem",
 * "wär"). The danger step reads such a word as its standard word, in every
 * list: "s'Wasser kommt nei" is "wasser kommt rein", "mit nem Messer" is
 * "mit einem Messer".
 *
 * Only words that are no standard German word of another meaning (not
 * "mir", "a", "is"), and none that a danger list holds itself (the tests
 * check it). Participles and infinitives spoken short ("umjefalln",
 * "umgfalla", "lebn") are derived by rule, not listed: see the README.
 */
export const DANGER_DIALECT_WORDS: Readonly<Record<string, string>> = Object.freeze({
  // pronouns and articles
  i: "ich",
  ick: "ich",
  icke: "ich",
  ik: "ich",
  mi: "mich",
  di: "dich",
  nem: "einem",
  nen: "einen",
  ner: "einer",
  ne: "eine",
  n: "ein",
  // what is left of "auf'm", "vor'm", "brennt's" after the apostrophe
  m: "dem",
  s: "es",
  een: "ein",
  eene: "eine",
  eenen: "einen",
  eener: "einer",
  oiner: "einer",
  oaner: "einer",
  oana: "einer",
  keener: "keiner",
  koiner: "keiner",
  koana: "keiner",
  dat: "das",
  dit: "das",
  det: "das",
  wat: "was",
  dor: "der",
  dr: "der",
  do: "da",
  // verbs
  isch: "ist",
  hod: "hat",
  hods: "hats",
  hob: "habe",
  wär: "wäre",
  wärs: "wäre",
  hätt: "hätte",
  wui: "will",
  mog: "mag",
  mecht: "möchte",
  steiht: "steht",
  stiggt: "steigt",
  schnauft: "atmet",
  schnaufa: "atmen",
  bluat: "blutet",
  bluad: "blutet",
  bassd: "passt",
  gomm: "komm",
  // Clipped in chat and in the south: "ich werd nicht mehr da sein", "ich möcht nur sagen", "motor lafft".
  werd: "werde",
  möcht: "möchte",
  lafft: "läuft",
  // particles and adverbs
  nich: "nicht",
  ned: "nicht",
  net: "nicht",
  nix: "nichts",
  nischt: "nichts",
  nei: "rein",
  rin: "rein",
  eini: "rein",
  nunter: "runter",
  nunner: "runter",
  runner: "runter",
  uff: "auf",
  op: "auf",
  zam: "zusammen",
  zamm: "zusammen",
  gschwind: "schnell",
  // "heut Nacht ist Schluss", "ich bring mich heut um".
  heut: "heute",
  zwee: "zwei",
  zwoa: "zwei",
  // nouns
  unfoi: "unfall",
  feia: "feuer",
  füer: "feuer",
  water: "wasser",
  wossa: "wasser",
  wassa: "wasser",
  kella: "keller",
  hus: "haus",
  huus: "haus",
  boom: "baum",
  stroß: "straße",
  stroßn: "straße",
  kreizung: "kreuzung",
  brigge: "brücke",
  hüfe: "hilfe",
  gfährlich: "gefährlich",
  // Bavarian and Austrian
  koa: "keine",
  nimma: "nimmer",
  mei: "meine",
  heid: "heute",
  kimmt: "kommt",
  kimm: "komm",
  riacht: "riecht",
  // Swabian
  nemme: "nimmer",
  // Berlin and Saxon
  janz: "ganz",
  weeß: "weiß",
  leude: "leute",
  // Low German
  de: "die",
  unner: "unter",
  diek: "deich",
  kummt: "kommt",
  över: "über",
  liggt: "liegt",
  ümkippt: "umkippt",
  afbroken: "abgebrochen",
  kinner: "kinder",
  rünnerfallen: "runterfallen",
  vull: "voll",
  // Swiss German, Ripuarian (Cologne) and Austrian, as written in comments
  waß: "weiß",
  weis: "weiß",
  jitt: "gibt",
  et: "es",
  rüert: "rührt",
  chuum: "kaum",
  nüm: "nimmer",
  nümme: "nimmer",
  nöd: "nicht",
  nit: "nicht",
  mieh: "mehr",
  lit: "liegt",
  litt: "liegt",
  dronger: "drunter",
  drunger: "drunter",
  chunnt: "kommt",
  stoht: "steht",
  chäller: "keller",
  knietüüf: "knietief",
  gno: "genommen",
  zämegheit: "zusammengebrochen",
  schnuufet: "atmet",
  ufa: "ufer",
  scho: "schon",
  strass: "straße",
  uf: "auf",
  pänz: "kinder",
  vum: "vom",
  hück: "heute",
  jas: "gas",
  noh: "nach",
  leit: "liegt",
  aaner: "einer",
  audo: "auto",
  gangan: "gegangen",
});

/**
 * Two words that people write as one ("aufm Gehweg", "vorm Haus") or one
 * that stands for two ("nimmer" for "nicht mehr"): every phrase of the
 * danger lists that holds the first form is also found with the second
 * ("liegt auf dem" finds "liegt aufm", "will nicht mehr leben" finds "will
 * nimmer leben"). Only pairs that some phrase holds (the tests check it).
 */
export const DANGER_CONTRACTIONS: readonly (readonly [written: string, spoken: string])[] = deepFreezeList([
  ["auf dem", "aufm"],
  ["auf den", "aufn"],
  ["über dem", "überm"],
  ["unter dem", "unterm"],
  ["nicht mehr", "nimmer"],
]);

/**
 * Words of emphasis that people put into the middle of a fixed phrase: "ich
 * will einfach nicht mehr leben", "morgen bin ich eh nicht mehr da", "der
 * brennt echt für unsere Stadt". The danger step skips them when it
 * matches phrases (terms, states, false friends, context markers). None of
 * them is a word of a danger phrase (the tests check it).
 */
export const DANGER_FILLER_WORDS: readonly string[] = Object.freeze([
  "einfach", "echt", "wirklich", "halt", "eh", "sowieso", "eigentlich", "bestimmt", "wohl", "irgendwie", "gerade", "genau", "ernsthaft", "langsam", "mittlerweile",
]);

/**
 * A comment that opens with these emoji and then names a place ("🔥🔥
 * Marktplatz", "🚗💥 Kreisel Ost", "🚑 Bahnhofstraße") reports a danger of
 * their category. See {@link DANGER_EMOJI_PLACES}.
 */
export const DANGER_REPORT_EMOJI: Readonly<Record<string, DangerCategory>> = Object.freeze({
  "🔥": "fire",
  "🚒": "fire",
  "🧯": "fire",
  "💥": "accident",
  "🚑": "medical",
  "🆘": "medical",
  "🌊": "water",
  "🚨": "accident",
  "🚓": "accident",
});

/** Warning emoji: before one of {@link DANGER_WARNED_EMOJI} at the opening of a comment, they report its danger ("⚠️🌳 K12"). */
export const DANGER_WARNING_EMOJI: readonly string[] = Object.freeze(["⚠️", "‼️", "❗"]);

/** What a warning emoji warns of: "⚠️🌳" a tree, "⚠️⚡" a power line, "🚨🧊" black ice. */
export const DANGER_WARNED_EMOJI: Readonly<Record<string, DangerCategory>> = Object.freeze({
  "🌳": "tree",
  "🌲": "tree",
  "🚗": "accident",
  "🚙": "accident",
  "⚡": "infrastructure",
  "🧊": "infrastructure",
  "❄️": "infrastructure",
  "🚦": "infrastructure",
});

/**
 * The place in an emoji report: the first word after the opening emoji
 * ends in one of `heads` ("Marktplatz", "Bahnhofstr", "Kreisel") or is a
 * road number (A 7, B27, K12, L1140, St2045), and the comment has at most
 * `maxWords` words. "Die Stimmung auf dem Marktplatz war 🔥" is praise: the
 * emoji come last.
 */
export const DANGER_EMOJI_PLACES: { readonly heads: readonly string[]; readonly maxWords: number } = Object.freeze({
  heads: Object.freeze([
    "straße", "str", "strasse", "platz", "weg", "gasse", "allee", "ring", "damm", "markt", "kreisel", "kreuzung", "brücke", "bahnhof", "park", "ufer",
    "tunnel", "unterführung", "siedlung", "viertel", "zentrum", "center", "schule", "kita", "halle", "stadion", "ausfahrt", "ortseingang", "ortsausgang",
    "altstadt", "innenstadt", "nord", "süd", "ost", "west", "höhe", "ecke",
  ]),
  maxWords: 8,
});

function deepFreezeList<T extends object>(entries: T[]): readonly T[] {
  for (const entry of entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}

/** What to do about one category of danger: for the team (German first) and the numbers to give. */
export interface DangerNextStep {
  /** What the team does and tells the writer, in German. */
  readonly de: string;
  /** The same in English. */
  readonly en: string;
  /** Numbers to call or to give, most urgent first, as dialled in Germany. */
  readonly emergencyNumbers: readonly string[];
}

/**
 * What the social-media team does when a comment may report a danger of
 * each category, and the numbers to give. Social media replaces no emergency
 * call: the reply tells the writer to call, and the team calls itself where
 * the writer may not be able to. The local on-call services (Stadtwerke,
 * Bauhof) have no nationwide number; a town hall adds its own.
 */
export const DANGER_NEXT_STEPS: Readonly<Record<DangerCategory, DangerNextStep>> = Object.freeze({
  fire: step(
    "Brand gemeldet: Sofort die Feuerwehr unter 112 anrufen, wenn nicht sicher ist, dass sie schon alarmiert ist. Der Person antworten: 112 wählen, sich in Sicherheit bringen, andere warnen. Wurde das Feuer gelegt oder wird damit gedroht, auch die Polizei unter 110 verständigen.",
    "Fire reported: call the fire brigade on 112 at once unless it is certain they have been alerted. Tell the writer: call 112, get to safety, warn others. If the fire was set or is threatened, also alert the police on 110.",
    ["112"],
  ),
  gas: step(
    "Gasgeruch gemeldet: Der Person antworten, das Gebäude sofort zu verlassen, keine Lichtschalter, Klingeln oder Telefone im Haus zu benutzen, kein offenes Feuer, andere Bewohner zu warnen und von draußen 112 anzurufen. Den Bereitschaftsdienst des Gasversorgers (Stadtwerke) verständigen.",
    "Smell of gas reported: tell the writer to leave the building at once, not to use light switches, doorbells or phones inside, no open flame, to warn the other residents and to call 112 from outside. Alert the gas utility's on-call service (Stadtwerke).",
    ["112"],
  ),
  accident: step(
    "Unfall gemeldet: Sind Menschen verletzt oder in Gefahr, sofort 112 anrufen; ohne Verletzte die Polizei unter 110. Der Person antworten, dass sie selbst den Notruf wählt; soziale Medien ersetzen keinen Notruf.",
    "Accident reported: if anyone is hurt or in danger, call 112 at once; without injuries, the police on 110. Tell the writer to make the emergency call themselves; social media replaces no emergency call.",
    ["112", "110"],
  ),
  medical: step(
    "Medizinischer Notfall gemeldet: Bei Lebensgefahr sofort 112 anrufen und der Person antworten, selbst 112 zu wählen. Wurde jemand angegriffen oder ist der Angreifer noch da, auch die Polizei unter 110 verständigen. Ist es kein Notfall, hilft der ärztliche Bereitschaftsdienst unter 116 117.",
    "Medical emergency reported: if a life may be at risk, call 112 at once and tell the writer to call 112 themselves. If someone was attacked or the attacker is still there, also alert the police on 110. If it is not an emergency, the out-of-hours medical service helps on 116 117.",
    ["112", "116 117"],
  ),
  "self-harm": step(
    "Hinweis auf Suizidgedanken: Die Person nicht allein lassen. Freundlich und direkt antworten (am besten per Direktnachricht) und auf die TelefonSeelsorge hinweisen: 0800 111 0 111 oder 0800 111 0 222, rund um die Uhr, kostenlos und anonym; für Kinder und Jugendliche die Nummer gegen Kummer, 116 111. Bei akuter Gefahr sofort 112 anrufen.",
    "Signs of suicidal thoughts: do not leave the person alone. Answer kindly and directly (best by direct message) and point to the TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222, day and night, free and anonymous; for children and young people the Nummer gegen Kummer, 116 111. If there is acute danger, call 112 at once.",
    ["112", "0800 111 0 111", "0800 111 0 222", "116 111"],
  ),
  threat: step(
    "Drohung, Waffe oder Gewalt gemeldet oder angekündigt: Sofort die Polizei unter 110 verständigen; ist jemand verletzt oder droht jemand, sich selbst etwas anzutun, auch 112. Den Beitrag sichern (Bildschirmfoto mit Datum, Uhrzeit und Link) und erst danach ausblenden; nicht öffentlich antworten.",
    "Threat, weapon or violence reported or announced: alert the police on 110 at once; if someone is hurt or threatens to harm themselves, also 112. Preserve the post (screenshot with date, time and link) and only then hide it; do not answer in public.",
    ["110"],
  ),
  water: step(
    "Rohrbruch oder Überflutung gemeldet: Den Bereitschaftsdienst der Stadtwerke bzw. des Wasserversorgers verständigen. Sind Menschen in Gefahr, sofort 112 anrufen.",
    "Burst main or flooding reported: alert the on-call service of the Stadtwerke or the water utility. If people are in danger, call 112 at once.",
    ["112"],
  ),
  tree: step(
    "Umgestürzter Baum oder abbrechende Äste gemeldet: Den Bereitschaftsdienst von Bauhof bzw. Grünflächenamt verständigen. Sind Menschen in Gefahr oder ist eine Straße blockiert, sofort 112 anrufen.",
    "Fallen tree or breaking branches reported: alert the on-call service of the Bauhof or the parks department. If people are in danger or a road is blocked, call 112 at once.",
    ["112"],
  ),
  infrastructure: step(
    "Gefahr an Straße, Ampel, Leitungen oder Gebäude gemeldet: Den Bereitschaftsdienst von Bauhof bzw. Stadtwerken verständigen. Sind Menschen in Gefahr, sofort 112 anrufen; bei Gefahr im Straßenverkehr auch die Polizei unter 110.",
    "Danger on a road, traffic light, power line or building reported: alert the on-call service of the Bauhof or the Stadtwerke. If people are in danger, call 112 at once; for danger in traffic, also the police on 110.",
    ["112", "110"],
  ),
});

function step(de: string, en: string, emergencyNumbers: readonly string[]): DangerNextStep {
  return Object.freeze({ de, en, emergencyNumbers: Object.freeze([...emergencyNumbers]) });
}
