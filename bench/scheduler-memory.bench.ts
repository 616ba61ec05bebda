// Memory the publishing engine's scheduler holds for 100,000 scheduled
// deliveries (its DueQueue: instant and id per delivery), against the
// smallest honest baseline — a Map from the same ids to the same instants —
// measured in the same run. Issue 3 asks for bytes per delivery.
import { randomUUID } from "node:crypto";
import { DueQueue } from "../packages/network/src/scheduler/due-queue.js";

const count = 100_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc (pnpm bench does)");

function measure(build: (ids: string[], at: number[]) => unknown): number {
  const ids = Array.from({ length: count }, () => randomUUID());
  const start = Date.parse("2027-01-01T00:00:00Z");
  const at = ids.map((_, i) => start + ((i * 7919) % count) * 60_000);
  gc!();
  gc!();
  const before = process.memoryUsage().heapUsed;
  const held = build(ids, at);
  gc!();
  gc!();
  const after = process.memoryUsage().heapUsed;
  if (!held) throw new Error("nothing held");
  // The id strings exist either way (the store hands them out); what counts is what the structure adds.
  return (after - before) / count;
}

const baseline = measure((ids, at) => {
  const map = new Map<string, number>();
  ids.forEach((id, i) => map.set(id, at[i]!));
  return map;
});
const queue = measure((ids, at) => {
  const q = new DueQueue();
  ids.forEach((id, i) => q.push(id, at[i]!));
  return q;
});

console.log(`\nscheduler memory for ${count.toLocaleString("en-US")} scheduled deliveries`);
console.log(`  baseline  Map<id, instant>                                 ${baseline.toFixed(1)} bytes per delivery`);
console.log(`  subject   DueQueue (heap + index)                          ${queue.toFixed(1)} bytes per delivery`);
console.log(`  ratio     ${(queue / baseline).toFixed(2)}x the memory of the baseline (no target; issue 3 asks for the figure)`);
