// Scoring: every check of @kommune-sm/scoring on a draft, as the workflow runs
// them (core's runChecks, findings settled with ids and grapheme ranges),
// against twitter-text's parseTweet on the same post — the one thing every
// social-media tool does to each draft. Targets from the issue: at least
// 20,000 posts per second, and no slower than 2x parseTweet per post (a ratio
// of at least 0.5). The posts are the municipal drafts of the grapheme
// benchmark, checked for a Mastodon and a Bluesky channel under a strategy
// with a brand voice and an election period.
import { Bench } from "tinybench";
import twitter from "twitter-text";
import { checkContext, COUNTING_RULES, PostContentSchema, runChecks, StrategySchema } from "../packages/core/dist/index.js";
import { loadGermanSyllables, scoringChecks } from "../packages/scoring/dist/index.js";
import { compare } from "./support.js";
import { MUNICIPAL_POSTS } from "./municipal-posts.js";

const syllables = await loadGermanSyllables();
const checks = scoringChecks(syllables);
const strategy = StrategySchema.parse({
  id: "s",
  organisationId: "musterstadt",
  name: "Strategie",
  goals: [],
  audiences: [],
  channelIds: ["masto", "bsky"],
  pillars: [],
  brandVoice: { tonality: [], wordsToAvoid: [{ word: "Antragsteller", instead: "wer den Antrag stellt" }, { word: "zwecks" }], requiredHashtags: ["Musterstadt"] },
  quietPeriods: [{ id: "wahl", kind: "election-neutrality", label: "Kommunalwahl", startDate: "2026-08-20", endDate: "2026-09-13", blocks: { scheduling: true, publishing: true }, matches: { keywords: ["Bürgermeisterin Schäfer"] } }],
});
const channel = (id: string, network: string) => ({ id, organisationId: "musterstadt", network, handle: `@stadt@${network}.example`, options: {}, active: true });
const context = checkContext({
  organisation: { id: "musterstadt", name: "Stadt Musterstadt", kind: "stadt", ags: "09162000", federalState: "BY", population: 24_000, timeZone: "Europe/Berlin", addressForm: "sie", imprintUrl: "https://musterstadt.de/impressum", locale: "de", settings: { fourEyes: { posts: true, replies: false } } },
  strategies: [strategy],
  channels: [channel("masto", "mastodon"), channel("bsky", "bluesky")],
  capabilitiesFor: (network) => (network === "mastodon" ? { text: COUNTING_RULES.mastodon, contentWarnings: true } : { text: COUNTING_RULES.bluesky }),
  now: Date.parse("2026-08-25T08:00:00Z"),
  locale: "de",
});
const inputs = MUNICIPAL_POSTS.map((text) => ({ target: "post" as const, post: PostContentSchema.parse({ text, variants: [{ channelId: "masto" }, { channelId: "bsky" }] }) }));

let sink = 0;
const result = await compare(
  `every scoring check on a draft (${checks.filter((c) => c.target === "post").length} post checks, 2 channels, ${MUNICIPAL_POSTS.length} posts; ops = posts)`,
  {
    name: "twitter-text parseTweet(text)",
    batch: MUNICIPAL_POSTS.length,
    fn: () => {
      for (const text of MUNICIPAL_POSTS) sink += twitter.parseTweet(text).weightedLength;
    },
  },
  {
    name: "runChecks(scoring checks, post, context)",
    batch: inputs.length,
    fn: () => {
      for (const input of inputs) sink += runChecks(checks, input, context).findings.length;
    },
  },
  0.5,
);
const absolute = result.subject.hz;
// Where the time goes: each post check alone through the runner, so that a
// change to one check shows in its own line (a figure only, no target).
const each = new Bench({ time: 300, warmup: true, warmupTime: 100 });
for (const check of checks.filter((c) => c.target === "post")) {
  each.add(check.id, () => {
    for (const input of inputs) sink += runChecks([check], input, context).findings.length;
  });
}
each.add("(runner alone, no check)", () => {
  for (const input of inputs) sink += runChecks([], input, context).findings.length;
});
await each.run();
console.log("  per check (µs per post, through runChecks):");
for (const task of each.tasks) {
  const period = (task.result as { period?: number } | undefined)?.period ?? Number.NaN;
  console.log(`    ${task.name.padEnd(28)} ${((period * 1000) / inputs.length).toFixed(1).padStart(6)}`);
}
console.log(`  absolute  ${Math.round(absolute).toLocaleString("en-US")} posts/s   target >= 20,000 posts/s   ${absolute >= 20_000 ? "met" : "NOT MET"}`);
if (sink === 42) console.log("");
