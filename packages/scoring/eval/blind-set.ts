// `pnpm blind:danger <N> [--write-test <intro file>]`: measures a new blind
// danger set (src/triage/danger-blind-reports-N.ts) before anything is
// changed for it — the lists alone, then lists and the shipped model — and
// prints what each misses and where it raises alarms. These are the
// untouched figures a set's test records; measure before the set is added
// to the model's training, or the second figure is no longer blind.
//
// With `--write-test` it writes src/triage/classify-danger.blindN.test.ts:
// the lists' misses and alarms of today as the set's "still wrong" lists,
// its floors at today's figures, and the intro (a comment saying what the
// set is and what was measured) read from the given file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BlindDangerReport } from "../src/triage/danger-blind-reports.js";
import { createTriage } from "../src/triage/index.js";

const [number, flag, introFile] = process.argv.slice(2);
if (number === undefined || !/^\d+$/.test(number)) {
  console.error("usage: pnpm blind:danger <set number> [--write-test <file with the test's intro comment>]");
  process.exit(2);
}
const source = fileURLToPath(new URL(`../src/triage/danger-blind-reports-${number}.ts`, import.meta.url));
if (!existsSync(source)) {
  console.error(`no blind set ${number}: ${source} does not exist`);
  process.exit(2);
}
const constant = `DANGER_BLIND_REPORTS_${number}`;
const module = (await import(pathToFileURL(source).href)) as Record<string, readonly BlindDangerReport[] | undefined>;
const reports = module[constant];
if (reports === undefined) {
  console.error(`${source} exports no ${constant}`);
  process.exit(2);
}

const dangers = reports.filter((report) => report.category !== null);
const lookAlikes = reports.filter((report) => report.category === null);
const texts = new Set<string>();
for (const report of reports) {
  if (texts.has(report.text)) console.warn(`twice in the set: ${report.text}`);
  texts.add(report.text);
}

const measure = (name: string, triage: ReturnType<typeof createTriage>) => {
  const categoryOf = (text: string) => triage(text).danger?.category;
  const missed = dangers.filter((report) => categoryOf(report.text) === undefined);
  const alarmed = lookAlikes.filter((report) => categoryOf(report.text) !== undefined);
  const right = dangers.filter((report) => categoryOf(report.text) === report.category).length;
  const recall = (dangers.length - missed.length) / dangers.length;
  console.log(`${name.padEnd(16)} found ${dangers.length - missed.length} of ${dangers.length} (recall ${recall.toFixed(3)}), category right ${right}, alarms on ${alarmed.length} of ${lookAlikes.length} look-alikes`);
  return { missed, alarmed, right, recall };
};

const perCategory = new Map<string, number>();
for (const report of dangers) perCategory.set(report.category as string, (perCategory.get(report.category as string) ?? 0) + 1);
console.log(`blind set ${number}: ${dangers.length} dangers (${[...perCategory].map(([category, count]) => `${category} ${count}`).join(", ")}), ${lookAlikes.length} look-alikes`);
const lists = measure("lists", createTriage({ dangerModel: false }));
const withModel = measure("lists and model", createTriage());
const byCategory = (missed: readonly BlindDangerReport[]) =>
  [...perCategory.keys()].map((category) => `${category} ${missed.filter((report) => report.category === category).length}`).join(", ");
console.log(`missed by category, lists: ${byCategory(lists.missed)}`);
console.log(`missed by category, lists and model: ${byCategory(withModel.missed)}`);
for (const report of withModel.missed) console.log(`  missed with model (${report.category}): ${report.text}`);
for (const report of withModel.alarmed) console.log(`  alarm with model: ${report.text}`);

if (flag === "--write-test") {
  if (introFile === undefined) {
    console.error("--write-test needs a file with the intro comment");
    process.exit(2);
  }
  const intro = readFileSync(introFile, "utf8").trimEnd();
  const quote = (text: string) => `  ${JSON.stringify(text)},`;
  const floor = (value: number) => Math.floor(value * 100) / 100;
  const categoryCount = new Set(dangers.map((report) => report.category)).size;
  const test = `import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { ${constant} } from "./danger-blind-reports-${number}.js";

/*
${intro
  .split("\n")
  .map((line) => ` * ${line}`.trimEnd())
  .join("\n")}
 */

/** Dangers the lists alone still miss (${lists.missed.length}). */
const STILL_MISSED: ReadonlySet<string> = new Set([
${lists.missed.map((report) => quote(report.text)).join("\n")}
]);

/** Look-alikes on which the lists alone still raise an alarm (${lists.alarmed.length}). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
${lists.alarmed.map((report) => quote(report.text)).join("\n")}
]);

describeBlindDangerSet({
  name: "blind set ${number}",
  reports: ${constant},
  dangers: ${dangers.length},
  lookAlikes: ${lookAlikes.length},${categoryCount === 9 ? "" : `\n  categories: ${categoryCount},`}
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: ${floor(lists.recall)},
  mostAlarms: ${lists.alarmed.length},
  leastRightCategory: ${floor(lists.right / dangers.length)},
});
`;
  const target = fileURLToPath(new URL(`../src/triage/classify-danger.blind${number}.test.ts`, import.meta.url));
  writeFileSync(target, test);
  console.log(`wrote ${target}`);
}
