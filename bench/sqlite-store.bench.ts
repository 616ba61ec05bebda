// @kommune-sm/store-sqlite: saving a post-sized document through the store
// against the raw better-sqlite3 prepared upsert of the same JSON on a
// connection with the same schema and pragmas (WAL; synchronous FULL, the
// store's default, and NORMAL, where the fsync no longer hides the store's
// own overhead). No target (issue 3): the ratio is reported.
// Then: listing due deliveries among 100,000 with and without a declared index.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CollectionName, Repository, TenantEntity } from "../packages/core/dist/index.js";
import { createSqliteStore } from "../packages/store-sqlite/dist/index.js";
import { openDatabase } from "../packages/store-sqlite/src/open-database.js";
import { compare } from "./support.js";
import { BENCH_POST as post } from "./fixtures.js";

const folder = mkdtempSync(join(tmpdir(), "ksm-bench-sqlite-"));
const json = JSON.stringify(post);
console.log(`post document: ${Buffer.byteLength(json)} bytes of JSON`);

try {
  for (const synchronous of ["full", "normal"] as const) {
    const store = createSqliteStore({ file: join(folder, `store-${synchronous}.db`), synchronous });
    const posts = store.tenant("musterstadt").posts;
    const raw = openDatabase({ file: join(folder, `raw-${synchronous}.db`), synchronous });
    const upsert = raw.prepare(
      "INSERT INTO entities (organisation_id, collection, id, revision, document, wide) VALUES (?, ?, ?, ?, ?, ?) " +
        "ON CONFLICT (organisation_id, collection, id) DO UPDATE SET revision = excluded.revision, document = excluded.document, wide = excluded.wide",
    );
    await compare(
      `save a post-sized document (synchronous=${synchronous})`,
      { name: "better-sqlite3 prepared upsert of the JSON", fn: () => upsert.run("musterstadt", "posts", post.id, post.revision, json, null) },
      { name: "store.tenant(...).posts.save(post)", fn: () => posts.save(post as never) },
      0,
      synchronous === "full" ? 1000 : 600,
    );
    raw.close();
    await store.close();
  }

  // 100,000 deliveries of one organisation: a quarter scheduled, due over a year.
  type Delivery = TenantEntity & { state: string; dueAt: string; channelId: string; postId: string; attempts: number; revision: number };
  const count = 100_000;
  const plainFile = join(folder, "deliveries.db");
  const fillStore = createSqliteStore({ file: plainFile, synchronous: "normal" });
  const states = ["scheduled", "sent", "failed", "cancelled"];
  let started = performance.now();
  await fillStore.tenant("musterstadt").transaction(async (tx) => {
    const repo = tx.collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
    for (let i = 0; i < count; i++) {
      await repo.insert({
        id: `delivery-${String(i).padStart(6, "0")}`,
        organisationId: "musterstadt",
        state: states[i % 4]!,
        dueAt: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % count) * 315_000).toISOString(),
        channelId: `channel-${i % 5}`,
        postId: `post-${Math.floor(i / 5)}`,
        attempts: 0,
        revision: 1,
      });
    }
  });
  console.log(`\nwrote ${count.toLocaleString("en-US")} deliveries in one transaction: ${Math.round(performance.now() - started)} ms`);
  await fillStore.close();
  const indexedFile = join(folder, "deliveries-indexed.db");
  copyFileSync(plainFile, indexedFile);
  started = performance.now();
  const indexed = createSqliteStore({ file: indexedFile, indexes: { deliveries: [["state", "dueAt"]] } });
  console.log(`opening with indexes: { deliveries: [["state", "dueAt"]] } (creates the index): ${Math.round(performance.now() - started)} ms`);
  const plain = createSqliteStore({ file: plainFile });
  const dueQuery = { where: { state: "scheduled", dueAt: { lte: "2026-02-01T00:00:00.000Z" } }, orderBy: "dueAt" as const, limit: 100 };
  const deliveriesOf = (store: typeof plain) => store.tenant("musterstadt").collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
  const matching = await deliveriesOf(plain).count(dueQuery.where);
  console.log(`due query: state "scheduled", dueAt <= 2026-02-01, orderBy dueAt, limit 100 (${matching.toLocaleString("en-US")} of ${count.toLocaleString("en-US")} match)`);
  const comparison = await compare(
    "list due deliveries among 100,000",
    { name: "no declared index (scan of the collection)", fn: () => deliveriesOf(plain).list(dueQuery) },
    { name: 'indexes: { deliveries: [["state", "dueAt"]] }', fn: () => deliveriesOf(indexed).list(dueQuery) },
    1,
    400,
    3,
  );
  console.log(`  per list: ${(1000 / comparison.subject.hz).toFixed(2)} ms with the index, ${(1000 / comparison.baseline.hz).toFixed(1)} ms without`);
  await plain.close();
  await indexed.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
