// Grouping metric samples by channel and month in the reporting package's
// columnar form (typed arrays, dictionary-encoded ids) against a hand-written
// typed-array loop over the same columns that only adds each value into its
// channel's month (no series, no accruals). Target: the grouping takes no more
// than 3x the loop (ratio >= 0.33), with at most 64 bytes per sample. Also
// prints how long appending and streaming take, for extrapolating to a suite.
import { MetricColumns, groupByChannelAndPeriod, loadMetricColumns, periodsBetween } from "../packages/reporting/dist/index.js";
import { createMemoryStore, type MetricSample } from "../packages/core/dist/index.js";
import { compare } from "./support.js";

const SAMPLES = Number(process.env.KSM_BENCH_SAMPLES ?? 1_000_000);
const CHANNELS = 100;
const POSTS_PER_CHANNEL = 100;
const zone = "Europe/Berlin";
const yearStart = Date.parse("2027-01-01T00:00:00+01:00");
const yearEnd = Date.parse("2028-01-01T00:00:00+01:00");

// A year of polls of 10,000 posts' like counts, in time order as a store returns them; each total grows.
function* samples(count: number): Generator<MetricSample> {
  const totals = new Float64Array(CHANNELS * POSTS_PER_CHANNEL);
  for (let index = 0; index < count; index++) {
    const series = (index * 7919) % totals.length;
    totals[series] = totals[series]! + (index % 5);
    yield {
      organisationId: "landkreis",
      channelId: `channel-${Math.floor(series / POSTS_PER_CHANNEL)}`,
      postId: `post-${series}`,
      metric: "likes",
      at: new Date(yearStart + Math.floor(((yearEnd - yearStart) * index) / count)).toISOString(),
      value: totals[series]!,
    };
  }
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const appendStart = performance.now();
const columns = new MetricColumns();
columns.appendAll(samples(SAMPLES));
columns.trim();
const appendMs = performance.now() - appendStart;
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
console.log(`columns of ${SAMPLES.toLocaleString("en-US")} samples: ${(columns.bytes / columns.length).toFixed(1)} bytes per sample in the typed arrays (target <= 64); about ${((heapAfter - heapBefore) / columns.length).toFixed(1)} bytes per sample with the dictionaries (10,000 series)`);
console.log(`appending them: ${(appendMs / 1000).toFixed(2)} s (${Math.round(SAMPLES / (appendMs / 1000)).toLocaleString("en-US")} samples/s)`);

// The baseline: each sample's value added into its channel's month, the month found by the same pointer over the month bounds.
const months = periodsBetween("month", "2027-01-01", "2027-12-31", zone);
const bounds = new Float64Array(months.length + 1);
months.forEach((month, index) => (bounds[index] = Date.parse(month.from)));
bounds[months.length] = Date.parse(months[months.length - 1]!.to);
const raw = columns.raw();
const sums = new Float64Array(columns.channels.length * months.length);
let sink = 0;
function handWritten(): void {
  sums.fill(0);
  const { length, channel, at, value } = raw;
  const width = months.length;
  let column = -1;
  for (let index = 0; index < length; index++) {
    const time = at[index]!;
    while (column < width && time >= bounds[column + 1]!) column++;
    if (column >= 0 && column < width) {
      const cell = channel[index]! * width + column;
      sums[cell] = sums[cell]! + value[index]!;
    }
  }
  sink += sums[0]!;
}

const result = await compare(
  `grouping ${SAMPLES.toLocaleString("en-US")} samples by channel and month (ops = samples)`,
  { name: "hand-written typed-array loop (sum per channel and month)", batch: SAMPLES, fn: handWritten },
  {
    name: "groupByChannelAndPeriod (counter accruals per channel and month)",
    batch: SAMPLES,
    fn: () => {
      sink += groupByChannelAndPeriod(columns, { metric: "likes", unit: "month", timeZone: zone, firstDay: "2027-01-01", lastDay: "2027-12-31" }).values[0]!;
    },
  },
  0.33,
  1500,
  3,
);
console.log(`  absolute  ${Math.round(result.subject.hz).toLocaleString("en-US")} samples/s grouped`);

// Streaming from a store month by month (the in-memory store here; a real one adds its query time).
const store = createMemoryStore();
const tenant = store.tenant("landkreis");
const STREAMED = Math.min(SAMPLES, 200_000);
await tenant.metrics.append([...samples(STREAMED)]);
const streamStart = performance.now();
const streamed = await loadMetricColumns(tenant.metrics, { from: "2027-01-01T00:00:00+01:00", to: "2028-01-01T00:00:00+01:00", timeZone: zone });
const streamMs = performance.now() - streamStart;
console.log(`streaming ${streamed.length.toLocaleString("en-US")} samples from the in-memory store month by month: ${(streamMs / 1000).toFixed(2)} s`);
if (sink === 42) console.log("");
