import type { Interaction } from "@kommune-sm/core";
import type { PeriodBounds } from "./evaluate-kpi.js";
import { instantMs } from "./instants.js";
import { ReportingError } from "./reporting-error.js";

const HOUR = 3_600_000;

/** A time to the first answer as a report shows it: hours, or "more than" when too many messages are still waiting to know it. */
export interface ResponseHours {
  /** Hours to the first answer; with `atLeast`, a lower bound. */
  readonly hours: number;
  /**
   * True when so many messages are still unanswered that the figure is not
   * known yet, only that it is more than `hours` (the longest wait seen).
   * A report shows "mehr als 30 Stunden", never a number that looks exact.
   */
  readonly atLeast: boolean;
}

/** How fast an organisation answered the messages it received in a period, on one channel or all. */
export interface ResponseTimeFigures {
  /** Messages received in the period that count: answered ones and ones still waiting (closed without an answer and hidden ones do not). */
  readonly received: number;
  /** Of those, answered. */
  readonly answered: number;
  /** Of those, still waiting for a first answer at `now`. */
  readonly waiting: number;
  /** Messages received in the period that were closed or hidden without an answer (thanks, spam, insults), or marked answered with no time of the answer; not counted above. */
  readonly leftOut: number;
  /** The median time to the first answer, waiting messages included as "at least as long as they have waited" (Kaplan–Meier); undefined when nothing counts. */
  readonly median: ResponseHours | undefined;
  /** The 90th percentile, the same way. */
  readonly p90: ResponseHours | undefined;
  /**
   * The share answered within `withinHours`, of the messages whose outcome is
   * known: answered ones, and waiting ones that have waited longer already.
   * Undefined when there is none.
   */
  readonly shareWithin: number | undefined;
  /** Waiting messages not yet `withinHours` old, left out of `shareWithin` because their outcome is open. */
  readonly pending: number;
}

/** The response times of a period, overall and per channel. */
export interface ResponseTimeReport {
  /** The hours that `shareWithin` counts. */
  readonly withinHours: number;
  /** All channels together. */
  readonly overall: ResponseTimeFigures;
  /** Per channel id, for every channel with a message received in the period (and every channel asked for). */
  readonly byChannel: Readonly<Record<string, ResponseTimeFigures>>;
}

/** What {@link responseTimes} reads. */
export interface ResponseTimeOptions {
  /** The period whose received messages count: `from` inclusive, `to` exclusive (a `ReportPeriod` fits). */
  readonly period: PeriodBounds;
  /** The moment the report is made: messages unanswered then count as waiting that long. */
  readonly now: string | number;
  /** Hours within which an answer counts as timely; 24 by default. */
  readonly withinHours?: number;
  /** Only these channels; every channel by default. Named channels appear in `byChannel` even without messages. */
  readonly channelIds?: readonly string[];
  /** Which messages need an answer at all, e.g. by the triage's needs-answer verdict; all by default. */
  readonly counts?: (interaction: Interaction) => boolean;
}

function invalid(what: string): ReportingError {
  return new ReportingError("REPORTING_INVALID_REQUEST", `responseTimes: ${what}`);
}

function instantOf(field: string, value: unknown): number {
  const ms = instantMs(value, true);
  if (!Number.isFinite(ms)) throw invalid(`\`${field}\` must be epoch milliseconds or an RFC 3339 instant with an offset, got ${JSON.stringify(value)}.`);
  return ms;
}

/** One message's wait: hours to its first answer, or hours waited so far (`answered: false`). */
export interface ResponseWait {
  /** Hours to the first answer, or hours waited so far. */
  readonly hours: number;
  /** Whether it was answered; false: still waiting after `hours`. */
  readonly answered: boolean;
}

/**
 * The median and 90th percentile of the time to a first answer, and the
 * share answered within a day, of the messages received in a period: per
 * channel and overall.
 *
 * Messages still waiting are not left out (which would make a team that
 * leaves the hard questions unanswered look fast) nor counted as answered
 * now: they are right-censored, "at least as long as they have waited", and
 * the quantiles are read off the Kaplan–Meier estimate. Where so many wait
 * that a quantile is not reached, it is given as "more than" the longest
 * wait seen. Written by hand: the estimator is a dozen lines, and no
 * well-kept npm package offers it.
 *
 * @example
 * ```ts
 * const report = responseTimes(interactions, { period: periodOfDay("month", "2027-03-01", "Europe/Berlin"), now: Date.now() });
 * report.overall.median; // { hours: 5.5, atLeast: false }
 * report.byChannel["mastodon-main"]?.shareWithin; // 0.83
 * ```
 */
export function responseTimes(interactions: readonly Interaction[], options: ResponseTimeOptions): ResponseTimeReport {
  if (!Array.isArray(interactions)) throw invalid("`interactions` must be an array.");
  if (typeof options !== "object" || options === null || typeof options.period !== "object" || options.period === null) throw invalid("give `period` ({ from, to }) and `now`.");
  const from = instantOf("period.from", options.period.from);
  const to = instantOf("period.to", options.period.to);
  if (to < from) throw invalid(`the period ends (${String(options.period.to)}) before it starts (${String(options.period.from)}).`);
  const now = instantOf("now", options.now);
  const withinHours = options.withinHours ?? 24;
  if (!(Number.isFinite(withinHours) && withinHours > 0)) throw invalid(`\`withinHours\` must be a positive number, got ${String(withinHours)}.`);
  if (options.channelIds !== undefined && !Array.isArray(options.channelIds)) throw invalid("`channelIds` must be an array of channel ids when given.");
  const only = options.channelIds === undefined ? undefined : new Set(options.channelIds);
  const counts = options.counts ?? (() => true);

  const byChannel = new Map<string, { waits: ResponseWait[]; leftOut: number }>();
  for (const id of options.channelIds ?? []) byChannel.set(id, { waits: [], leftOut: 0 });
  const all: { waits: ResponseWait[]; leftOut: number } = { waits: [], leftOut: 0 };
  interactions.forEach((interaction, index) => {
    const received = instantOf(`interactions[${index}].receivedAt`, interaction?.receivedAt);
    // Not yet received at the report's moment: not counted, as if the report were made then.
    if (received < from || received >= to || received > now) return;
    if (only !== undefined && !only.has(interaction.channelId)) return;
    if (!counts(interaction)) return;
    let own = byChannel.get(interaction.channelId);
    if (own === undefined) byChannel.set(interaction.channelId, (own = { waits: [], leftOut: 0 }));
    let wait: ResponseWait | undefined;
    // Closed or hidden without an answer, or marked answered with no time of the answer: no wait, left out.
    if (interaction.firstResponseAt !== undefined) {
      // An answer given after `now` (a report made for an earlier moment) is not known yet then.
      const answered = instantOf(`interactions[${index}].firstResponseAt`, interaction.firstResponseAt);
      wait = answered <= now ? { hours: Math.max(0, answered - received) / HOUR, answered: true } : { hours: Math.max(0, now - received) / HOUR, answered: false };
    } else if (interaction.status === "open") {
      wait = { hours: Math.max(0, now - received) / HOUR, answered: false };
    }
    if (wait === undefined) {
      own.leftOut++;
      all.leftOut++;
      return;
    }
    own.waits.push(wait);
    all.waits.push(wait);
  });
  // Object.fromEntries defines each key as its own property: a channel named "__proto__" is a channel, not the prototype.
  const channels: Record<string, ResponseTimeFigures> = Object.fromEntries(
    [...byChannel].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, own]) => [id, figuresOf(own.waits, own.leftOut, withinHours)] as const),
  );
  return { withinHours, overall: figuresOf(all.waits, all.leftOut, withinHours), byChannel: channels };
}

function figuresOf(waits: readonly ResponseWait[], leftOut: number, withinHours: number): ResponseTimeFigures {
  const answered = waits.filter((wait) => wait.answered);
  const known = waits.filter((wait) => wait.answered || wait.hours > withinHours);
  return {
    received: waits.length,
    answered: answered.length,
    waiting: waits.length - answered.length,
    leftOut,
    median: censoredQuantile(waits, 0.5),
    p90: censoredQuantile(waits, 0.9),
    shareWithin: known.length === 0 ? undefined : known.filter((wait) => wait.answered && wait.hours <= withinHours).length / known.length,
    pending: waits.length - known.length,
  };
}

/**
 * The q-quantile of the time to an answer from the Kaplan–Meier estimate:
 * the first answer time at which the estimated share answered reaches q.
 * A message still waiting counts as "not answered yet" up to its wait; at
 * equal times answers come first (the usual convention). Where the share
 * never reaches q, the quantile is "more than" the longest time seen.
 */
export function censoredQuantile(waits: readonly ResponseWait[], q: number): ResponseHours | undefined {
  if (!(q >= 0 && q <= 1)) throw invalid(`a quantile's q must be from 0 to 1, got ${String(q)}.`);
  waits.forEach((wait, index) => {
    if (!(Number.isFinite(wait?.hours) && wait.hours >= 0)) throw invalid(`waits[${index}].hours must be a number of at least 0, got ${String(wait?.hours)}.`);
  });
  if (waits.length === 0) return undefined;
  const sorted = [...waits].sort((a, b) => a.hours - b.hours || Number(b.answered) - Number(a.answered));
  let atRisk = sorted.length;
  let stillWaiting = 1;
  let index = 0;
  while (index < sorted.length) {
    const hours = sorted[index]!.hours;
    let answers = 0;
    let gone = 0;
    while (index < sorted.length && sorted[index]!.hours === hours) {
      if (sorted[index]!.answered) answers++;
      gone++;
      index++;
    }
    if (answers > 0) {
      stillWaiting *= 1 - answers / atRisk;
      // A tolerance: 1 − 0.9 is 0.09999999999999998 in doubles.
      if (1 - stillWaiting >= q - 1e-12) return { hours, atLeast: false };
    }
    atRisk -= gone;
  }
  return { hours: sorted[sorted.length - 1]!.hours, atLeast: true };
}
