// `pnpm eval`: measures @kommune-sm/scoring against its labelled evaluation
// set (see README.md). Prints precision, recall and F1 per class for the
// triage of comments and per expectation for the checks of drafts, and the
// readability scores against hand-computed values — for the part tuned on and
// the held-out part separately. Not a test: it fails nothing, it reports.
import { checkContext, PostContentSchema, runChecks, type Finding } from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import { strategy } from "../src/checks/check-test-support.js";
import { loadEvaluationSet, loadGeneralisationSet, type EvalDraft } from "../src/evaluation/eval-data.js";
import { loadGermanSyllables, readability, scoringChecks } from "../src/index.js";
import { createTriage } from "../src/triage/index.js";

type Split = "tune" | "holdout";
const SPLITS: readonly Split[] = ["tune", "holdout"];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const score = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};
const pct = (value: number) => value.toFixed(3);
const row = (name: string, counts: Counts, support: number) => {
  const { precision, recall, f1 } = score(counts);
  return `  ${name.padEnd(28)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (n=${support}, tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`;
};

function binary<T>(items: readonly T[], truth: (item: T) => boolean, predicted: (item: T) => boolean): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const item of items) {
    const t = truth(item);
    const p = predicted(item);
    if (t && p) counts.tp++;
    else if (p) counts.fp++;
    else if (t) counts.fn++;
  }
  return counts;
}

async function main(): Promise<void> {
  const set = loadEvaluationSet();
  const syllables = await loadGermanSyllables();

  // --- comments -------------------------------------------------------------
  const triage = createTriage();
  // The default reads the danger lists and the danger model; the lists' own figures are printed beside them.
  const listsOnly = createTriage({ dangerModel: false });
  const judged = set.comments.map((comment) => ({ comment, result: triage(comment.text), listed: listsOnly(comment.text) }));
  console.log("\n# Triage of comments");
  for (const split of SPLITS) {
    const items = judged.filter((j) => j.comment.split === split);
    console.log(`\n## ${split} (${items.length} comments)`);
    console.log("sentiment");
    let macro = 0;
    for (const label of ["positive", "neutral", "negative"] as const) {
      const counts = binary(items, (j) => j.comment.sentiment === label, (j) => j.result.sentiment.label === label);
      macro += score(counts).f1 / 3;
      console.log(row(label, counts, items.filter((j) => j.comment.sentiment === label).length));
    }
    console.log(`  macro-F1 ${pct(macro)}   (target ≥ 0.75)`);
    console.log("needs an answer");
    console.log(row("needs-answer", binary(items, (j) => j.comment.needsAnswer, (j) => j.result.needsAnswer.needsAnswer), items.filter((j) => j.comment.needsAnswer).length), "  (target F1 ≥ 0.85)");
    console.log("danger");
    console.log(row("any danger", binary(items, (j) => j.comment.danger !== null, (j) => j.result.danger !== undefined), items.filter((j) => j.comment.danger !== null).length), "  (target recall ≥ 0.95)");
    console.log(row("  lists alone", binary(items, (j) => j.comment.danger !== null, (j) => j.listed.danger !== undefined), items.filter((j) => j.comment.danger !== null).length));
    console.log("netiquette");
    console.log(row("not ok (any class)", binary(items, (j) => j.comment.netiquette !== "ok", (j) => j.result.netiquette.verdict !== "ok"), items.filter((j) => j.comment.netiquette !== "ok").length), "  (target precision ≥ 0.90)");
    for (const label of ["profanity", "insult", "hate", "threat"] as const) {
      console.log(row(label, binary(items, (j) => j.comment.netiquette === label, (j) => j.result.netiquette.verdict === label), items.filter((j) => j.comment.netiquette === label).length));
    }
  }

  // --- generalisation ---------------------------------------------------------
  const fresh = loadGeneralisationSet().map((comment) => ({ comment, result: triage(comment.text), listed: listsOnly(comment.text) }));
  console.log(`\n## generalisation set (${fresh.length} comments, written later by another author; never tuned on)`);
  console.log(row("any danger", binary(fresh, (j) => j.comment.danger !== null, (j) => j.result.danger !== undefined), fresh.filter((j) => j.comment.danger !== null).length), "  (target recall ≥ 0.95)");
  console.log(row("  lists alone", binary(fresh, (j) => j.comment.danger !== null, (j) => j.listed.danger !== undefined), fresh.filter((j) => j.comment.danger !== null).length));
  console.log(row("needs-answer", binary(fresh, (j) => j.comment.needsAnswer, (j) => j.result.needsAnswer.needsAnswer), fresh.filter((j) => j.comment.needsAnswer).length), "  (target F1 ≥ 0.85)");

  // --- drafts ---------------------------------------------------------------
  const checks = scoringChecks(syllables);
  const now = Date.parse("2026-08-25T08:00:00Z"); // inside the election period below
  const election = strategy({
    quietPeriods: [{ id: "wahl", kind: "election-neutrality", label: "Kommunalwahl", startDate: "2026-08-20", endDate: "2026-09-13", blocks: { scheduling: false, publishing: true }, matches: { keywords: ["Krämer"] } }],
  });
  const context = checkContext({ organisation: fixtureOrganisation("musterstadt"), strategies: [election], channels: [], now, locale: "de" });
  const drafts = set.drafts.map((draft) => ({ draft, findings: runChecks(checks, { target: "post", post: PostContentSchema.parse({ text: draft.text }) }, context).findings }));
  const has = (findings: readonly Finding[], check: string, codes: readonly string[]) => findings.some((f) => f.checkId === check && codes.includes(f.code));
  const expectations: readonly [string, (d: EvalDraft) => boolean, (f: readonly Finding[]) => boolean][] = [
    ...(["phone", "email", "iban", "address", "plate", "birthdate"] as const).map((kind) => [`personal data: ${kind}`, (d: EvalDraft) => d.expect.personalData?.includes(kind) === true, (f: readonly Finding[]) => has(f, "personal-data", [kind])] as const),
    ["officialese", (d) => d.expect.officialese === true, (f) => has(f, "plain-language", ["officialese", "function-verb"])],
    ["passive", (d) => d.expect.passive === true, (f) => has(f, "plain-language", ["passive"])],
    ["all caps", (d) => d.expect.allCaps === true, (f) => has(f, "accessibility", ["all-caps"])],
    ["pseudo bold", (d) => d.expect.pseudoBold === true, (f) => has(f, "accessibility", ["pseudo-formatting"])],
    ["hashtag not CamelCase", (d) => d.expect.hashtagNotCamelCase === true, (f) => has(f, "accessibility", ["hashtag-camel-case"])],
    ["bare link", (d) => d.expect.bareLink === true, (f) => has(f, "accessibility", ["bare-link"])],
    ["many emoji", (d) => d.expect.manyEmoji === true, (f) => has(f, "accessibility", ["too-many-emoji"])],
    ["mixed address form", (d) => d.expect.addressForm === "mixed", (f) => has(f, "address-form", ["mixed"])],
    ["du address (org: Sie)", (d) => d.expect.addressForm === "du", (f) => has(f, "address-form", ["other-form"])],
    ["election terms", (d) => d.expect.electionTerms === true, (f) => has(f, "neutrality", ["party", "election-term", "quiet-period-keyword"])],
    ["hard to read (FA < 50)", (d) => d.expect.plainLanguage === "hard", (f) => has(f, "plain-language", ["hard-to-read", "fairly-hard-to-read"])],
    ["very hard to read (FA < 30)", (d) => d.expect.plainLanguage === "hard", (f) => has(f, "plain-language", ["hard-to-read"])],
  ];
  console.log("\n# Checks of drafts");
  for (const split of SPLITS) {
    const items = drafts.filter((d) => d.draft.split === split);
    console.log(`\n## ${split} (${items.length} drafts)`);
    for (const [name, truth, found] of expectations) console.log(row(name, binary(items, (i) => truth(i.draft), (i) => found(i.findings)), items.filter((i) => truth(i.draft)).length));
  }

  // --- readability ----------------------------------------------------------
  console.log("\n# Readability against hand-computed values (20 texts)");
  console.log("  id   words  syll.  |  FA ours / hand   WSTF ours / hand   LIX ours / hand");
  const errors = { fa: 0, wstf: 0, lix: 0, syllables: 0 };
  for (const text of set.readability) {
    const ours = readability(text.text, syllables);
    errors.fa += Math.abs((ours.fleschAmstad ?? 0) - text.fleschAmstad);
    errors.wstf += Math.abs((ours.wienerSachtextformel1 ?? 0) - text.wstf1);
    errors.lix += Math.abs((ours.lix ?? 0) - text.lix);
    errors.syllables += Math.abs(ours.syllables - text.syllables);
    const f = (n: number | undefined) => (n ?? Number.NaN).toFixed(1).padStart(6);
    console.log(`  ${text.id}  ${String(ours.words).padStart(3)}/${String(text.words).padEnd(3)} ${String(ours.syllables).padStart(3)}/${String(text.syllables).padEnd(3)} | ${f(ours.fleschAmstad)} /${f(text.fleschAmstad)}   ${f(ours.wienerSachtextformel1)} /${f(text.wstf1)}    ${f(ours.lix)} /${f(text.lix)}`);
  }
  const n = set.readability.length;
  console.log(`  mean absolute difference: Flesch-Amstad ${(errors.fa / n).toFixed(2)}, WSTF ${(errors.wstf / n).toFixed(2)}, LIX ${(errors.lix / n).toFixed(2)}, syllables per text ${(errors.syllables / n).toFixed(2)}`);
}

await main();
