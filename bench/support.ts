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
export async function compare(title: string, baseline: Side, subject: Side, target: number, time = 1_000): Promise<Comparison> {
  const bench = new Bench({ time, warmup: true, warmupTime: 200 });
  bench.add(`baseline: ${baseline.name}`, baseline.fn).add(`subject: ${subject.name}`, subject.fn);
  await bench.run();
  const [b, s] = bench.tasks.map((task, index) => throughput(task.result, (index === 0 ? baseline : subject).batch ?? 1));
  const ratio = s! / b!;
  const comparison: Comparison = {
    title,
    baseline: { name: baseline.name, hz: b! },
    subject: { name: subject.name, hz: s! },
    ratio,
    target,
    met: ratio >= target,
  };
  print(comparison);
  return comparison;
}

function throughput(result: unknown, batch: number): number {
  // period = totalTime / runs; its reciprocal is the honest mean throughput
  // (tinybench's own throughput.mean averages per-sample rates, which
  // overstates fast, noisy tasks).
  const period = (result as { period?: number } | undefined)?.period;
  if (!period || !Number.isFinite(period)) throw new Error("tinybench returned no period");
  return (1000 / period) * batch;
}

function print(c: Comparison): void {
  const fmt = (hz: number) => `${Math.round(hz).toLocaleString("en-US")} ops/s`;
  console.log(`\n${c.title}`);
  console.log(`  baseline  ${c.baseline.name.padEnd(48)} ${fmt(c.baseline.hz)}`);
  console.log(`  subject   ${c.subject.name.padEnd(48)} ${fmt(c.subject.hz)}`);
  console.log(`  ratio     ${c.ratio.toFixed(2)}x   target >= ${c.target}x   ${c.met ? "met" : "NOT MET"}`);
}
