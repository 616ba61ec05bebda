import { applyMetricQuery, type MetricQuery, type MetricSample } from "@kommune-sm/core";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-database.js";
import { SqliteTables } from "./sqlite-tables.js";
import { openRawDatabase, TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const organisationId = "musterstadt";
const T0 = Date.UTC(2027, 0, 1);
const hour = (n: number) => new Date(T0 + n * 3_600_000).toISOString();

/**
 * Two weeks of hourly polls of two channels: each channel's own followers and
 * impressions, and impressions and likes of 20 posts each; and a few samples
 * of another organisation beside them.
 */
function collectorSamples(): MetricSample[] {
  const samples: MetricSample[] = [];
  for (let n = 0; n < 14 * 24; n++) {
    for (const channelId of ["mastodon-main", "bluesky-main"]) {
      samples.push({ organisationId, channelId, at: hour(n), metric: "followers", value: 2000 + n });
      samples.push({ organisationId, channelId, at: hour(n), metric: "impressions", value: 100 * n });
      for (let post = 0; post < 20; post++) {
        samples.push({ organisationId, channelId, postId: `${channelId}-${post}`, at: hour(n), metric: "impressions", value: 10 * n });
        samples.push({ organisationId, channelId, postId: `${channelId}-${post}`, at: hour(n), metric: "likes", value: n });
      }
    }
  }
  for (let n = 0; n < 24; n++) samples.push({ organisationId: "beispielhausen", channelId: "mastodon-main", at: hour(n), metric: "followers", value: n });
  return samples;
}

/** A file of schema `migrations` holding `samples`, written as the store of that schema would. */
function fileWith(samples: readonly MetricSample[], migrations = MIGRATIONS): string {
  const file = temp.file();
  const db = openDatabase({ file, synchronous: "normal" }, migrations);
  const insert = db.prepare("INSERT INTO metric_samples (organisation_id, channel_id, post_id, metric, at, sample) VALUES (?, ?, ?, ?, ?, ?)");
  db.transaction(() => {
    for (const s of samples) insert.run(s.organisationId, s.channelId, s.postId ?? null, s.metric, s.at, JSON.stringify(s));
  })();
  db.close();
  return file;
}

function plans(file: string, analysed: boolean, queries: Record<string, MetricQuery>, migrations = MIGRATIONS): Record<string, string> {
  const db = openDatabase({ file }, migrations);
  try {
    if (analysed) db.exec("ANALYZE");
    const tables = new SqliteTables(db);
    return Object.fromEntries(Object.entries(queries).map(([name, query]) => [name, tables.explainMetrics(organisationId, query).join("\n")]));
  } finally {
    db.close();
  }
}

// What core's metric questions ask for a channel's own series: a window before an instant, all of it before an instant
// (the last look-back), and a report's several metrics in a period.
const channelOwn: Record<string, MetricQuery> = {
  "a window": { channelId: "mastodon-main", postId: null, metric: "impressions", from: hour(100), to: hour(124) },
  "everything before": { channelId: "mastodon-main", postId: null, metric: "impressions", to: hour(124) },
  "several metrics": { channelId: "mastodon-main", postId: null, metric: ["followers", "impressions"], from: hour(100), to: hour(200) },
};

describe("metric queries on SQLite: a channel's own samples (postId: null)", () => {
  const samples = collectorSamples();
  const file = fileWith(samples);

  for (const analysed of [false, true]) {
    it(`are answered from an index of the channels' own samples, never by walking the posts' rows${analysed ? " (after ANALYZE)" : ""}`, () => {
      for (const [name, plan] of Object.entries(plans(file, analysed, channelOwn))) {
        // Either index holds, within the bounds it searches, rows without a post only.
        expect(plan, `${name}: ${plan}`).toMatch(/^SEARCH metric_samples USING INDEX (metric_samples_channel_own \(organisation_id=\? AND channel_id=\?|metric_samples_post \(organisation_id=\? AND post_id=\?)/);
        expect(plan, `${name}: ${plan}`).not.toMatch(/SCAN/);
        // One series, as core's metric questions ask: exactly its rows.
        if (typeof channelOwn[name]!.metric === "string") expect(plan, `${name}: ${plan}`).toMatch(/USING INDEX metric_samples_channel_own \(organisation_id=\? AND channel_id=\? AND metric=\? AND at/);
      }
    });
  }

  it("without migration 3, walk the metric's history of every post (what the index is for)", () => {
    const old = MIGRATIONS.slice(0, 2);
    const plan = plans(fileWith(samples, old), false, channelOwn, old)["everything before"]!;
    expect(plan).toMatch(/USING INDEX metric_samples_metric \(organisation_id=\? AND metric=\? AND at<\?\)/);
  });

  it("give what applyMetricQuery gives over all samples, also with postId: null and no channel", async () => {
    const store = createSqliteStore({ file });
    try {
      const tenant = store.tenant(organisationId);
      const mine = samples.filter((s) => s.organisationId === organisationId);
      for (const query of [...Object.values(channelOwn), { postId: null, metric: "followers", from: hour(300) }, { channelId: "bluesky-main", metric: "impressions", from: hour(330) }]) {
        expect(await tenant.metrics.query(query)).toEqual(applyMetricQuery(mine, query));
      }
      expect(await tenant.metrics.query({ channelId: "mastodon-main", postId: null, metric: "followers", to: hour(3) })).toHaveLength(3);
    } finally {
      await store.close();
    }
  });

  it("are indexed in a file of schema 2 once migration 3 ran, for the samples it already holds", async () => {
    const old = fileWith(samples.slice(0, 500), MIGRATIONS.slice(0, 2));
    const store = createSqliteStore({ file: old });
    try {
      const query = { channelId: "bluesky-main", postId: null, metric: "followers" };
      expect(await store.tenant(organisationId).metrics.query(query)).toEqual(applyMetricQuery(samples.slice(0, 500), query));
    } finally {
      await store.close();
    }
    const db = openRawDatabase(old, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    // Only the rows without a post are in the partial index.
    expect(db.prepare("SELECT count(*) FROM metric_samples INDEXED BY metric_samples_channel_own WHERE post_id IS NULL").pluck().get()).toBe(samples.slice(0, 500).filter((s) => s.postId === undefined).length);
    db.close();
  });
});
