// Triage of citizens' comments (sentiment, needs an answer, danger,
// netiquette, topic) against twitter-text's parseTweet on the same comments,
// as a yardstick of the machine measured in the same run. Target from the
// issue: at least 40,000 comments per second.
import twitter from "twitter-text";
import { createTriage } from "../packages/scoring/dist/index.js";
import { compare } from "./support.js";

const COMMENTS = [
  "Wann kommt die Müllabfuhr diese Woche? Die Tonne steht schon seit gestern draußen.",
  "Danke für die schnelle Reparatur der Laterne in der Goethestraße 👍",
  "Na toll, wieder mal super geplant 🙄 Die Baustelle blockiert seit drei Wochen den Radweg.",
  "Es brennt in der Lindenstraße, überall Rauch!!",
  "Ihr seid echt unfähig, seit Monaten keine Antwort vom Bürgerbüro.",
  "Kann man den Sperrmülltermin auch online verschieben?",
  "Tolles Stadtfest, die Kinder hatten riesigen Spaß!",
  "Bitte mal den Spielplatz prüfen, die Schaukel ist kaputt.",
  "Die Kita-Plätze reichen hinten und vorne nicht, das ist eine Zumutung für Familien.",
  "Gibt es das auch als PDF zum Ausdrucken für meine Mutter?",
  "Am Kreisel ist ein Baum auf die Fahrbahn gestürzt, Vorsicht!",
  "Nicht schlecht, aber die Beschilderung der Umleitung ist verwirrend.",
];
const pillars = [
  { id: "abfall", keywords: ["Müllabfuhr", "Sperrmüll", "Tonne"] },
  { id: "verkehr", keywords: ["Baustelle", "Umleitung", "Radweg"] },
  { id: "familie", keywords: ["Kita", "Spielplatz"] },
];
let sink = 0;

/** Compares one triage with parseTweet on the same comments and prints its throughput against the target. */
async function measure(title: string, name: string, triage: ReturnType<typeof createTriage>): Promise<void> {
  const result = await compare(
    `${title} (${COMMENTS.length} comments; ops = comments)`,
    {
      name: "twitter-text parseTweet(text)",
      batch: COMMENTS.length,
      fn: () => {
        for (const text of COMMENTS) sink += twitter.parseTweet(text).weightedLength;
      },
    },
    {
      name,
      batch: COMMENTS.length,
      fn: () => {
        for (const text of COMMENTS) sink += triage(text, pillars).priority;
      },
    },
    0,
  );
  console.log(`  absolute  ${Math.round(result.subject.hz).toLocaleString("en-US")} comments/s   target >= 40,000 comments/s   ${result.subject.hz >= 40_000 ? "met" : "NOT MET"}`);
}

await measure("triage of a comment", "createTriage()(text, pillars)", createTriage());
// The same with the danger lists alone: the default also asks the trained danger model wherever the lists find no danger.
await measure("triage of a comment, danger lists alone", "createTriage({ dangerModel: false })(text, pillars)", createTriage({ dangerModel: false }));
if (sink === 42) console.log("");
