import { describeHarmlessSet } from "../test-support/harmless-set.js";
import { HARMLESS_VOICES } from "./harmless-voices.js";

/*
 * The danger lists on 400 ordinary comments that sound heavy, written
 * without looking at them (see harmless-voices.ts): tiredness after night
 * shifts, grief that is being handled, angry but lawful complaints,
 * farewells to a job or a car, trash talk before a match, dark jokes about
 * exams. Nothing needs a duty officer. The lists raised 10 false alarms
 * on them when they came (2.5 %); the danger model of that day, not
 * trained on them, added 11 more. Those of the lists are listed with
 * `it.fails`, so that a change that quiets one shows, and no other comment
 * may raise one.
 */

/** Comments on which the lists still raise a false alarm (10). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "der lehrer wird sich noch wundern wenn ich zum elternabend komme, mit dem anwalt. so geht man nicht mit meinem sohn um",
  "Samstag machen wir euch platt, Blau-Weiß! 3:0 mindestens ⚽🔥",
  "Mathe-Abi morgen. Wenn ihr nichts mehr von mir hört, hat mich die Analysis erledigt 💀",
  "Das Hochwasser hat unseren Keller komplett zerstört. Alles weg, Fotos, Werkzeug, Weihnachtsdeko. Aber wir sind gesund, und das ist die Hauptsache.",
  "Wer auch immer mein Auto angefahren hat und dann abgehauen ist: ich habe Anzeige erstattet und die Kamera vom Bäcker hat alles aufgenommen.",
  "Die Tochter unserer Nachbarn ist mit dem Fahrrad gestürzt, aber es geht ihr gut. Der Bordstein an der Ecke Eichenweg ist echt gefährlich, bitte absenken!",
  "Der Typ, der beim Stadtfest „Ich bring euch alle um!“ ins Mikro gebrüllt hat, war übrigens der Sänger der Metal-Band, das ist deren Refrain. Kein Grund zur Panik 🤘",
  "Es ist jetzt fünf Jahre her, dass unser Sohn bei einem Unfall gestorben ist. Am Unfallort steht ein kleines Kreuz. Danke an die Stadt, dass es stehen bleiben darf.",
  "Oma ist im Heim gestürzt, Hüfte. Die Pflegekräfte haben sofort reagiert, sie ist operiert und auf dem Weg der Besserung. Wir sind erleichtert.",
  "Ich will nicht mehr … jeden Tag Nudeln essen. Gibt's in der Stadt einen günstigen Mittagstisch für Studis?",
]);

describeHarmlessSet({
  title: "the danger lists on ordinary comments that sound heavy",
  plural: "comments",
  texts: HARMLESS_VOICES,
  size: 400,
  stillAlarmed: STILL_ALARMED,
});
