import { formatInstant, type MetricSample } from "@kommune-sm/core";
import type { Delivery } from "../outbox/delivery.js";
import { appendMetrics, get, insert, list, queryMetrics, save, type TxProgram } from "../outbox/tx-program.js";
import type { MetricSampleV1 } from "../spec/index.js";
import { newCursor, type CollectorCursor } from "./collector-cursor.js";

/** What storing one read of metrics did. */
export type StoredMetrics =
  | {
      /** Stored with the cursor after them. */
      readonly kind: "stored";
      /** The samples appended. */
      readonly added: readonly MetricSample[];
      /** Samples stored already (read twice), or repeated within the answer. */
      readonly known: number;
      /** Samples dated later than now allows (a clock gone wrong): not kept, and they move no cursor. */
      readonly future: number;
      /** Samples of posts not published through kommune-sm: not kept (no post to count them for). */
      readonly foreign: number;
      /** The cursor as stored. */
      readonly cursor: CollectorCursor;
    }
  | {
      /** Another worker moved the cursor meanwhile: nothing stored. */
      readonly kind: "stale";
    };

/** Input of {@link storeMetrics}. */
export interface MetricsInput {
  readonly organisationId: string;
  readonly channelId: string;
  readonly network: string;
  /** The cursor's revision when the metrics were asked for (0: no cursor yet). */
  readonly readRevision: number;
  readonly samples: readonly MetricSampleV1[];
  readonly now: number;
  /** How far a sample may lie in the future before it is taken for a wrong clock (ms); default five minutes. */
  readonly skewMs?: number;
}

/**
 * Appends the samples not stored yet — each (post or channel, metric,
 * instant) once, however often a network reports it and in whatever order —
 * each with where it came from, and moves the cursor to the newest, in one
 * transaction, so a crash stores all or none and the next read does not
 * store them twice. Samples of different series may arrive late (post
 * insights lag behind the account's own numbers): they are compared with
 * what is stored, not with one watermark. A sample dated later than now
 * (beyond `skewMs`) is not kept. A sample of a post is kept only when the
 * post went out through kommune-sm: its delivery gives the post it counts for.
 */
export function* storeMetrics(input: MetricsInput): TxProgram<StoredMetrics> {
  const { organisationId, channelId, network, now } = input;
  const stored = yield* get("collector-cursors", channelId);
  if ((stored?.revision ?? 0) !== input.readRevision) return { kind: "stale" };
  const base = stored && stored.network === network ? stored : { ...newCursor(organisationId, channelId, network), revision: stored?.revision ?? 0 };
  const latestAllowed = now + (input.skewMs ?? 5 * 60_000);

  // Normalised to the store's one instant form, so that instants compare as strings.
  let future = 0;
  const dated = input.samples.flatMap((s) => {
    const ms = Date.parse(s.at);
    if (ms > latestAllowed) {
      future++;
      return [];
    }
    return [{ ...s, at: formatInstant(ms) }];
  });

  const remoteIds = [...new Set(dated.flatMap((s) => (s.remoteId === undefined ? [] : [s.remoteId])))];
  const postOf = new Map<string, string>();
  if (remoteIds.length > 0) {
    const deliveries = (yield* list("deliveries", { where: { channelId, remoteId: { in: remoteIds } } as never })) as Delivery[];
    for (const delivery of deliveries) if (delivery.kind === "post" && delivery.remoteId !== undefined) postOf.set(delivery.remoteId, delivery.postId);
  }

  // What is stored already from the earliest instant of this answer on: one query, by channel and time.
  const earliest = dated.reduce<string | undefined>((min, s) => (min === undefined || s.at < min ? s.at : min), undefined);
  const keyOf = (postId: string | undefined, metric: string, at: string) => JSON.stringify([postId ?? null, metric, at]);
  const have = new Set<string>();
  if (earliest !== undefined) for (const s of yield* queryMetrics({ channelId, from: earliest })) have.add(keyOf(s.postId, s.metric, s.at));

  const collectedAt = formatInstant(now);
  const added: MetricSample[] = [];
  let foreign = 0;
  let known = 0;
  let newest = base.metrics.newestAt;
  for (const sample of dated) {
    const postId = sample.remoteId === undefined ? undefined : postOf.get(sample.remoteId);
    if (sample.remoteId !== undefined && postId === undefined) {
      foreign++;
      continue;
    }
    const key = keyOf(postId, sample.metric, sample.at);
    if (have.has(key)) {
      known++;
      continue;
    }
    have.add(key);
    added.push({
      organisationId,
      channelId,
      ...(postId !== undefined ? { postId } : {}),
      at: sample.at,
      metric: sample.metric,
      value: sample.value,
      source: { network, ...(sample.remoteId !== undefined ? { remoteId: sample.remoteId } : {}), collectedAt },
    });
    if (newest === undefined || sample.at > newest) newest = sample.at;
  }
  // Appended in time order: the store returns ties in insertion order, and "the last sample" must mean the latest.
  added.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  yield* appendMetrics(added);

  const cursor: CollectorCursor = {
    ...base,
    network,
    metrics: { ...(newest !== undefined ? { newestAt: newest } : {}), lastRunAt: collectedAt, failures: 0 },
    revision: base.revision + 1,
  };
  if (stored) yield* save("collector-cursors", cursor, stored.revision);
  else yield* insert("collector-cursors", cursor);
  return { kind: "stored", added, known, foreign, future, cursor };
}
