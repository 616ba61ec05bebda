import { Bench } from "tinybench";

/** One side of a comparison: a name and the work of one iteration. */
export interface Side {
  readonly name: string;
  /** One call; to measure operations far below a microsecond, do a batch of them per call. */
  readonly fn: () => unknown;
  /** Operations done by one call of `fn` (default 1). */
  readonly batch?: number;
}

/** What a comparison measured: operations per second of both sides and their ratio. */
export interface Comparison {
  readonly title: string;
  readonly baseline: { readonly name: string; readonly hz: number };
  readonly subject: { readonly name: string; readonly hz: number };
  /** subject throughput ÷ baseline throughput (1 = as fast, 0.5 = half as fast). */
  readonly ratio: number;
  /** The lowest acceptable ratio, from the issue that set the target. */
  readonly target: number;
  readonly met: boolean;
}

/**
 * Measures `subject` against `baseline` in the same run and prints the ratio
 * of their throughputs with the target. Benchmarks report; they never fail a
 * build on a time (a noisy machine must not turn CI red).
 */
export async function compare(title: string, baseline: Side, subject: Side, target: number, time = 600, rounds = 5): Promise<Comparison> {
  // Several short rounds in alternating order, and the median of the round
  // ratios: on a shared, noisy machine this is far steadier than one long run,
  // and neither side profits from running first.
  const ratios: number[] = [];
  const hz: { b: number[]; s: number[] } = { b: [], s: [] };
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmup: true, warmupTime: 150 });
    const order = round % 2 === 0 ? [baseline, subject] : [subject, baseline];
    for (const side of order) bench.add(side === baseline ? "baseline" : "subject", side.fn);
    await bench.run();
    const measured = (name: string, side: Side) => throughput(bench.tasks.find((task) => task.name === name)!.result, side.batch ?? 1);
    const b = measured("baseline", baseline);
    const s = measured("subject", subject);
    hz.b.push(b);
    hz.s.push(s);
    ratios.push(s / b);
  }
  const ratio = median(ratios);
  const comparison: Comparison = {
    title,
    baseline: { name: baseline.name, hz: median(hz.b) },
    subject: { name: subject.name, hz: median(hz.s) },
    ratio,
    target,
    met: ratio >= target,
  };
  print(comparison, ratios);
  return comparison;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function throughput(result: unknown, batch: number): number {
  // period = totalTime / runs; its reciprocal is the honest mean throughput
  // (tinybench's own throughput.mean averages per-sample rates, which
  // overstates fast, noisy tasks).
  const period = (result as { period?: number } | undefined)?.period;
  if (!period || !Number.isFinite(period)) throw new Error("tinybench returned no period");
  return (1000 / period) * batch;
}

function print(c: Comparison, ratios: readonly number[]): void {
  const fmt = (hz: number) => `${Math.round(hz).toLocaleString("en-US")} ops/s`;
  console.log(`\n${c.title}`);
  console.log(`  baseline  ${c.baseline.name.padEnd(48)} ${fmt(c.baseline.hz)}`);
  console.log(`  subject   ${c.subject.name.padEnd(48)} ${fmt(c.subject.hz)}`);
  console.log(`  ratio     ${c.ratio.toFixed(2)}x (median of ${ratios.map((r) => r.toFixed(2)).join(", ")})   target >= ${c.target}x   ${c.met ? "met" : "NOT MET"}`);
}
