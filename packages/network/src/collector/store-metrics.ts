import { formatInstant, type MetricSample } from "@kommune-sm/core";
import type { Delivery } from "../outbox/delivery.js";
import { appendMetrics, get, insert, list, save, type TxProgram } from "../outbox/tx-program.js";
import type { MetricSampleV1 } from "../spec/index.js";
import { newCursor, type CollectorCursor } from "./collector-cursor.js";

/** What storing one read of metrics did. */
export type StoredMetrics =
  | {
      /** Stored with the cursor after them. */
      readonly kind: "stored";
      /** The samples appended. */
      readonly added: readonly MetricSample[];
      /** Samples at or before the newest one stored already (read twice). */
      readonly known: number;
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
}

/**
 * Appends the samples newer than the newest one stored, each with where it
 * came from, and moves the cursor past them — in one transaction, so a
 * crash stores all or none and the next read does not store them twice.
 * A sample of a post is kept only when the post went out through
 * kommune-sm: its delivery gives the post it counts for.
 */
export function* storeMetrics(input: MetricsInput): TxProgram<StoredMetrics> {
  const { organisationId, channelId, network, now } = input;
  const stored = yield* get("collector-cursors", channelId);
  if ((stored?.revision ?? 0) !== input.readRevision) return { kind: "stale" };
  const base = stored && stored.network === network ? stored : { ...newCursor(organisationId, channelId, network), revision: stored?.revision ?? 0 };
  const newestAt = base.metrics.newestAt;
  // Normalised to the store's one instant form first, so that instants compare as strings.
  const fresh = input.samples.map((s) => ({ ...s, at: formatInstant(Date.parse(s.at)) })).filter((s) => newestAt === undefined || s.at > newestAt);

  const remoteIds = [...new Set(fresh.flatMap((s) => (s.remoteId === undefined ? [] : [s.remoteId])))];
  const postOf = new Map<string, string>();
  if (remoteIds.length > 0) {
    const deliveries = (yield* list("deliveries", { where: { channelId, remoteId: { in: remoteIds } } as never })) as Delivery[];
    for (const delivery of deliveries) if (delivery.kind === "post" && delivery.remoteId !== undefined) postOf.set(delivery.remoteId, delivery.postId);
  }

  const collectedAt = formatInstant(now);
  const added: MetricSample[] = [];
  let foreign = 0;
  let newest = newestAt;
  for (const sample of fresh) {
    const postId = sample.remoteId === undefined ? undefined : postOf.get(sample.remoteId);
    if (sample.remoteId !== undefined && postId === undefined) {
      foreign++;
      continue;
    }
    const at = sample.at;
    added.push({
      organisationId,
      channelId,
      ...(postId !== undefined ? { postId } : {}),
      at,
      metric: sample.metric,
      value: sample.value,
      source: { network, ...(sample.remoteId !== undefined ? { remoteId: sample.remoteId } : {}), collectedAt },
    });
    if (newest === undefined || at > newest) newest = at;
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
  return { kind: "stored", added, known: input.samples.length - fresh.length, foreign, cursor };
}
