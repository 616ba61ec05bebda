import { metricKindOf, type MetricKindDeclarations, type MetricQuery, type MetricSample } from "@kommune-sm/core";
import { periodContaining, periodsBetween, type PeriodUnit, type ReportPeriod } from "./periods.js";
import { ReportingError } from "./reporting-error.js";

function invalid(what: string): ReportingError {
  return new ReportingError("REPORTING_INVALID_REQUEST", what);
}

/**
 * Metric samples held as columns of typed arrays, with channel ids, series
 * and metric names encoded as numbers: 27 bytes a sample (at most twice that
 * while the arrays grow; `trim()` gives back the rest), where a sample as a
 * JavaScript object takes about 200. For a county's or a suite's years of
 * samples, which as objects would not fit in memory.
 *
 * Written by hand: the job is a handful of typed arrays and one pass, and
 * the columnar engines on npm (Arrow, DuckDB) bring far more than that and,
 * for DuckDB, a native runtime; a suite whose data outgrows one process
 * should hand the question to an analytical database instead.
 *
 * Samples must be appended in time order (as every store's `query` returns
 * them); a sample earlier than the one before is refused.
 */
export class MetricColumns {
  /** Bytes a sample takes in the columns once trimmed. */
  static readonly BYTES_PER_SAMPLE = 27;

  #length = 0;
  #capacity: number;
  #channel: Uint32Array;
  #series: Uint32Array;
  #metric: Uint16Array;
  #onPost: Uint8Array;
  #at: Float64Array;
  #value: Float64Array;
  readonly #channels: string[] = [];
  readonly #channelCodes = new Map<string, number>();
  readonly #metrics: string[] = [];
  readonly #metricCodes = new Map<string, number>();
  readonly #seriesCodes = new Map<string, number>();
  #lastAt = -Infinity;

  constructor(capacity = 1024) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 2 ** 31) throw invalid(`MetricColumns: the capacity must be a whole number from 1 to 2^31, got ${String(capacity)}.`);
    this.#capacity = capacity;
    this.#channel = new Uint32Array(capacity);
    this.#series = new Uint32Array(capacity);
    this.#metric = new Uint16Array(capacity);
    this.#onPost = new Uint8Array(capacity);
    this.#at = new Float64Array(capacity);
    this.#value = new Float64Array(capacity);
  }

  /** How many samples it holds. */
  get length(): number {
    return this.#length;
  }

  /** How many series (channel, post, metric) it holds. */
  get seriesCount(): number {
    return this.#seriesCodes.size;
  }

  /** The channel ids, in the order of their codes. */
  get channels(): readonly string[] {
    return this.#channels;
  }

  /** Bytes the columns hold now (with room to grow). */
  get bytes(): number {
    return this.#capacity * MetricColumns.BYTES_PER_SAMPLE;
  }

  /** Appends one sample; refuses one dated before the sample before it, or with a value that is not a finite number. */
  append(sample: MetricSample): void {
    const at = Date.parse(sample.at);
    if (!Number.isFinite(at)) throw invalid(`MetricColumns: sample ${this.#length} has no instant: ${JSON.stringify(sample.at)}.`);
    if (at < this.#lastAt) throw invalid(`MetricColumns: sample ${this.#length} (${sample.at}) comes before the one appended before it; append samples in time order, as a store's query returns them.`);
    if (!Number.isFinite(sample.value)) throw invalid(`MetricColumns: sample ${this.#length} has the value ${String(sample.value)}, not a finite number.`);
    if (this.#length === this.#capacity) this.#grow(this.#capacity * 2);
    const index = this.#length++;
    this.#lastAt = at;
    let channel = this.#channelCodes.get(sample.channelId);
    if (channel === undefined) {
      channel = this.#channels.length;
      this.#channels.push(sample.channelId);
      this.#channelCodes.set(sample.channelId, channel);
    }
    let metric = this.#metricCodes.get(sample.metric);
    if (metric === undefined) {
      if (this.#metrics.length === 0xffff) throw invalid("MetricColumns: more than 65,535 metric names.");
      metric = this.#metrics.length;
      this.#metrics.push(sample.metric);
      this.#metricCodes.set(sample.metric, metric);
    }
    // JSON of the parts: no separator can be forged by an id.
    const key = JSON.stringify([sample.channelId, sample.postId ?? null, sample.metric]);
    let series = this.#seriesCodes.get(key);
    if (series === undefined) this.#seriesCodes.set(key, (series = this.#seriesCodes.size));
    this.#channel[index] = channel;
    this.#series[index] = series;
    this.#metric[index] = metric;
    this.#onPost[index] = sample.postId === undefined ? 0 : 1;
    this.#at[index] = at;
    this.#value[index] = sample.value;
  }

  /** Appends samples in order. */
  appendAll(samples: Iterable<MetricSample>): void {
    for (const sample of samples) this.append(sample);
  }

  /** Gives back the room kept for growth. */
  trim(): void {
    if (this.#capacity > Math.max(1, this.#length)) this.#grow(Math.max(1, this.#length));
  }

  #grow(capacity: number): void {
    const copy = <A extends Uint32Array | Uint16Array | Uint8Array | Float64Array>(from: A, make: (n: number) => A): A => {
      const to = make(capacity);
      to.set(from.subarray(0, Math.min(this.#length, capacity)));
      return to;
    };
    this.#channel = copy(this.#channel, (n) => new Uint32Array(n));
    this.#series = copy(this.#series, (n) => new Uint32Array(n));
    this.#metric = copy(this.#metric, (n) => new Uint16Array(n));
    this.#onPost = copy(this.#onPost, (n) => new Uint8Array(n));
    this.#at = copy(this.#at, (n) => new Float64Array(n));
    this.#value = copy(this.#value, (n) => new Float64Array(n));
    this.#capacity = capacity;
  }

  /** @internal The raw columns, for the aggregations of this package and their benchmark. */
  raw(): { readonly length: number; readonly channel: Uint32Array; readonly series: Uint32Array; readonly metric: Uint16Array; readonly onPost: Uint8Array; readonly at: Float64Array; readonly value: Float64Array; readonly metricCode: (name: string) => number | undefined } {
    return { length: this.#length, channel: this.#channel, series: this.#series, metric: this.#metric, onPost: this.#onPost, at: this.#at, value: this.#value, metricCode: (name) => this.#metricCodes.get(name) };
  }
}

/** Options of {@link loadMetricColumns}. */
export interface LoadColumnsOptions {
  /** The first instant read (inclusive). A counter's accruals in a period need the samples before it: read from well before the first period asked for. */
  readonly from: string;
  /** The first instant not read (exclusive). */
  readonly to: string;
  /** Only these metrics; all by default. */
  readonly metrics?: readonly string[];
  /** The time zone of the chunks; `UTC` by default. */
  readonly timeZone?: string;
  /** The length of each query; `month` by default: one month of samples is held as objects at a time. */
  readonly chunk?: PeriodUnit;
}

/**
 * Streams a store's samples from `from` to `to` into {@link MetricColumns},
 * one query per `chunk` (a month by default), so that only one chunk of
 * samples is ever held as objects: a county's five years need not fit in
 * memory as such.
 */
export async function loadMetricColumns(repo: { query(query?: MetricQuery): Promise<MetricSample[]> }, options: LoadColumnsOptions): Promise<MetricColumns> {
  const from = Date.parse(options?.from);
  const to = Date.parse(options?.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) throw invalid(`loadMetricColumns: give \`from\` and \`to\` as RFC 3339 instants, \`to\` not before \`from\`; got ${JSON.stringify(options?.from)} and ${JSON.stringify(options?.to)}.`);
  const zone = options.timeZone ?? "UTC";
  const unit = options.chunk ?? "month";
  const metric = options.metrics === undefined ? {} : { metric: options.metrics };
  const columns = new MetricColumns();
  let start = from;
  while (start < to) {
    const stop = Math.min(to, Date.parse(periodContaining(unit, start, zone).to));
    columns.appendAll(await repo.query({ ...metric, from: new Date(start).toISOString(), to: new Date(stop).toISOString() }));
    start = stop;
  }
  columns.trim();
  return columns;
}

/** A metric grouped by channel and period: one figure per channel and period. */
export interface ChannelPeriodGrid {
  /** The metric. */
  readonly metric: string;
  /** The channel ids, the rows. */
  readonly channels: readonly string[];
  /** The periods, the columns. */
  readonly periods: readonly ReportPeriod[];
  /** Row-major: `values[row * periods.length + column]`. A counter's accrual, a gauge's last reading in the period (NaN without one), an observation's sum. */
  readonly values: Float64Array;
  /** For observations, how many fell in each cell (for means); zeros otherwise. */
  readonly counts: Uint32Array;
  /** The figure of one channel and period (by key), or undefined when either is not in the grid. */
  get(channelId: string, periodKey: string): number | undefined;
}

/** Options of {@link groupByChannelAndPeriod}. */
export interface GroupOptions {
  /** The metric. */
  readonly metric: string;
  /** The length of the periods. */
  readonly unit: PeriodUnit;
  /** The organisation's time zone. */
  readonly timeZone: string;
  /** A day (`YYYY-MM-DD`) in the first period. */
  readonly firstDay: string;
  /** A day (`YYYY-MM-DD`) in the last period. */
  readonly lastDay: string;
  /** A counter's series: the posts' (default, as `evaluateKpi` reads them) or the channels' own. */
  readonly level?: "post" | "channel";
  /** Kinds of metrics beyond the standard ones. */
  readonly kinds?: MetricKindDeclarations;
}

/**
 * Groups one metric by channel and period in one pass over the columns,
 * by the meaning of its kind: a counter's accrual per period (each
 * sample's change from the one before in its series, attributed to the
 * sample's period: the differences telescope to "last total in the period
 * minus last before it", the same figure `evaluateKpi` gives); a gauge's
 * level at the period's end (the last reading of the channel's own series
 * in the period, NaN in a period without one);
 * an observation's sum and count. Samples before the first period serve as
 * baselines only.
 */
export function groupByChannelAndPeriod(columns: MetricColumns, options: GroupOptions): ChannelPeriodGrid {
  const kind = metricKindOf(options.metric, options.kinds);
  const periods = periodsBetween(options.unit, options.firstDay, options.lastDay, options.timeZone);
  const bounds = new Float64Array(periods.length + 1);
  periods.forEach((period, index) => (bounds[index] = Date.parse(period.from)));
  bounds[periods.length] = Date.parse(periods[periods.length - 1]!.to);
  const channels = columns.channels;
  const width = periods.length;
  const values = new Float64Array(channels.length * width);
  const counts = new Uint32Array(channels.length * width);
  const raw = columns.raw();
  const code = raw.metricCode(options.metric);
  // A gauge never read has no level: NaN, not 0.
  if (kind === "gauge") values.fill(Number.NaN);
  if (code !== undefined) {
    const { length, channel, series, metric, onPost, at, value } = raw;
    const wantPost = (options.level ?? "post") === "post" ? 1 : 0;
    let column = -1; // the period of the current sample: -1 before the first, width after the last
    if (kind === "counter") {
      const last = new Float64Array(columns.seriesCount);
      for (let index = 0; index < length; index++) {
        if (metric[index] !== code || onPost[index] !== wantPost) continue;
        const time = at[index]!;
        while (column < width && time >= bounds[column + 1]!) column++;
        const own = series[index]!;
        const change = value[index]! - last[own]!;
        last[own] = value[index]!;
        if (column >= 0 && column < width) {
          const cell = channel[index]! * width + column;
          values[cell] = values[cell]! + change;
        }
      }
    } else if (kind === "observation") {
      for (let index = 0; index < length; index++) {
        if (metric[index] !== code) continue;
        const time = at[index]!;
        while (column < width && time >= bounds[column + 1]!) column++;
        if (column < 0 || column >= width) continue;
        const cell = channel[index]! * width + column;
        values[cell] = values[cell]! + value[index]!;
        counts[cell] = counts[cell]! + 1;
      }
    } else {
      // A gauge: the last reading of each channel's own series in each period; a period without one has no level (NaN),
      // as evaluateKpi has none: an old reading would pass for the current level.
      const level = new Float64Array(channels.length);
      const readIn = new Int32Array(channels.length).fill(-1);
      const fill = (done: number): void => {
        for (let row = 0; row < channels.length; row++) if (readIn[row] === done) values[row * width + done] = level[row]!;
      };
      for (let index = 0; index < length; index++) {
        if (metric[index] !== code || onPost[index] !== 0) continue;
        const time = at[index]!;
        while (column < width && time >= bounds[column + 1]!) {
          if (column >= 0) fill(column);
          column++;
        }
        if (column >= width) break;
        if (column < 0) continue;
        level[channel[index]!] = value[index]!;
        readIn[channel[index]!] = column;
      }
      if (column >= 0 && column < width) fill(column);
    }
  }
  const rows = new Map(channels.map((id, index) => [id, index] as const));
  const columnsByKey = new Map(periods.map((period, index) => [period.key, index] as const));
  return {
    metric: options.metric,
    channels,
    periods,
    values,
    counts,
    get(channelId, periodKey) {
      const row = rows.get(channelId);
      const at = columnsByKey.get(periodKey);
      return row === undefined || at === undefined ? undefined : values[row * width + at];
    },
  };
}
