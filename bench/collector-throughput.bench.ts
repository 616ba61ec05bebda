// Interactions collected and stored per second through the collector on
// SQLite, against raw better-sqlite3 inserts of the same rows, measured in
// the same run. Target: at least 0.5x.
//
// Subject (the built packages, as an application runs them): one channel on
// a network that answers at once (no latency) with pages of 80 interactions
// (Mastodon's largest page). One iteration: 80 citizens write, then
// `collector.collectNow(channel, "interactions")` reads the page through the
// call service (credentials, rate budget, deadline, the result checked
// against the spec and scrubbed) and stores it in one `syncTransaction`:
// the cursor read (revision checked), one lookup per interaction by its
// derived id, the interactions validated against the model and inserted,
// the delivery lookup for the posts they answer, the cursor saved; then one
// `interaction.received` event per interaction. The next call of the same
// run finds the empty page after it (one more network call, no write).
//
// Baseline: the same rows written by hand with prepared better-sqlite3
// statements on the same kind of file (WAL, the store's schema, made by the
// store and then opened raw): per page, BEGIN IMMEDIATE, the cursor read,
// per interaction a lookup by id and an INSERT of the JSON document, the
// cursor UPDATE, COMMIT. The documents are built like the collector's and
// serialised with JSON.stringify. No network, no checks, no events: those
// are what the ratio prices.
//
//   pnpm build && TSX_TSCONFIG_PATH=bench/tsconfig.json npx tsx --expose-gc bench/collector-throughput.bench.ts
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COUNTING_RULES, createKommune, MUSTERSTADT_ORGANISATION, systemClock } from "../packages/core/dist/index.js";
import { adapterPlugin, createMemorySecrets, createPublishing, type InteractionV1, type NetworkAdapterV1 } from "../packages/network/dist/index.js";
import { createSqliteStore } from "../packages/store-sqlite/dist/index.js";
import { keepNativeObjectsAlive } from "../packages/store-sqlite/src/native-lifetime.js";
import { compare } from "./support.js";

const PAGE = 80;
const organisationId = MUSTERSTADT_ORGANISATION.id;
const channelId = "mastodon-main";
const folder = mkdtempSync(join(tmpdir(), "ksm-bench-collector-"));
// Kept alive as the store keeps its own (a collected connection aborts Node 24).
const keep = <T extends object>(db: T): T => keepNativeObjectsAlive(db as never) as T;
// better-sqlite3 as the store loads it (one module instance).
const Database = createRequire(new URL("../packages/store-sqlite/package.json", import.meta.url))("better-sqlite3") as new (file: string) => {
  prepare(sql: string): { run(...args: unknown[]): unknown; get(...args: unknown[]): unknown };
  pragma(source: string): unknown;
  exec(sql: string): void;
  close(): void;
};

let written = 0;
const interaction = (i: number): InteractionV1 => ({
  remoteId: String(i).padStart(12, "0"),
  kind: "mention",
  author: { handle: `@buerger${i % 500}@social.example`, displayName: "Erika Mustermann" },
  text: `@musterstadt Wann wird die Straßenlaterne in der Lindenstraße ${i} repariert? Sie ist seit einer Woche dunkel.`,
  language: "de",
  receivedAt: new Date(1_777_000_000_000 + i * 1_000).toISOString(),
  url: `https://social.example/@buerger/${i}`,
});

// The subject: an organisation with the publishing plugin (collector off the schedule; runs are called by hand).
const inbox: InteractionV1[] = [];
const adapter: NetworkAdapterV1 = {
  specificationVersion: "v1",
  id: "bench",
  displayName: "Bench network",
  capabilities: {
    text: COUNTING_RULES.mastodon,
    media: { kinds: [], maxItems: 0, altText: "unsupported" },
    threads: false,
    nativeScheduling: false,
    edit: false,
    delete: false,
    metrics: [],
    interactions: { comments: true, mentions: true, directMessages: false, reply: false },
    idempotency: "native",
    rateLimits: [],
    profile: false,
  },
  publish: () => Promise.reject(new Error("not used")),
  delete: () => Promise.reject(new Error("not used")),
  lookup: () => Promise.reject(new Error("not used")),
  reply: () => Promise.reject(new Error("not used")),
  readProfile: () => Promise.reject(new Error("not used")),
  fetchMetrics: async () => [],
  async fetchInteractions(request) {
    const from = request.cursor === undefined ? 0 : Number(request.cursor) + 1;
    const page = inbox.slice(from, from + (request.limit ?? PAGE));
    return page.length === 0 ? { interactions: [] } : { interactions: page, nextCursor: page[page.length - 1]!.remoteId };
  },
};
const store = createSqliteStore({ file: join(folder, "subject.db"), synchronous: "normal" });
const publishing = createPublishing({
  secrets: createMemorySecrets([[{ organisationId, channelId }, { accessToken: "bench-token-0815-geheim" }]]),
  autoStart: false,
  pollIntervalMs: 0,
  collector: { pageSize: PAGE, maxPagesPerRun: 1_000 },
});
const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: systemClock, store, plugins: [adapterPlugin(adapter), publishing.plugin] });
await ksm.store.channels.insert({ id: channelId, organisationId, network: "bench", handle: "@musterstadt@social.example", options: {}, active: true });
let received = 0;
ksm.bus.on("interaction.received", () => void received++);

// The baseline: the store's schema on a file of its own, written raw.
const baselineFile = join(folder, "baseline.db");
await createSqliteStore({ file: baselineFile }).close();
const db = keep(new Database(baselineFile));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
const readCursor = db.prepare("SELECT document, revision FROM entities WHERE organisation_id = ? AND collection = 'collector-cursors' AND id = ?");
const exists = db.prepare("SELECT 1 FROM entities WHERE organisation_id = ? AND collection = 'interactions' AND id = ?");
const insertEntity = db.prepare("INSERT INTO entities (organisation_id, collection, id, revision, document) VALUES (?, ?, ?, ?, ?)");
const updateCursor = db.prepare("UPDATE entities SET document = ?, revision = ? WHERE organisation_id = ? AND collection = 'collector-cursors' AND id = ? AND revision = ?");
const begin = db.prepare("BEGIN IMMEDIATE");
const commit = db.prepare("COMMIT");
insertEntity.run(organisationId, "collector-cursors", channelId, 1, JSON.stringify({ id: channelId, organisationId, network: "bench", interactions: { failures: 0 }, metrics: { failures: 0 }, revision: 1 }));
let baselineNext = 0;
const idOf = (remoteId: string) => `ia-${createHash("sha256").update(JSON.stringify([channelId, remoteId])).digest("hex").slice(0, 40)}`;

function baselinePage(): void {
  const at = new Date().toISOString();
  begin.run();
  const cursor = readCursor.get(organisationId, channelId) as { document: string; revision: number };
  const state = JSON.parse(cursor.document) as { interactions: Record<string, unknown>; revision: number };
  let last = "";
  for (let k = 0; k < PAGE; k++) {
    const item = interaction(baselineNext++);
    const id = idOf(item.remoteId);
    if (exists.get(organisationId, id)) continue;
    const document = { id, organisationId, channelId, kind: item.kind, remoteId: item.remoteId, author: item.author, text: item.text, language: item.language, receivedAt: item.receivedAt, url: item.url, collectedAt: at, status: "open", revision: 1 };
    insertEntity.run(organisationId, "interactions", id, 1, JSON.stringify(document));
    last = item.remoteId;
  }
  const next = { ...state, interactions: { cursor: last, lastRunAt: at, failures: 0 }, revision: cursor.revision + 1 };
  updateCursor.run(JSON.stringify(next), next.revision, organisationId, channelId, cursor.revision);
  commit.run();
}

async function subjectPage(): Promise<void> {
  for (let k = 0; k < PAGE; k++) inbox.push(interaction(written++));
  await publishing.collector.collectNow(channelId, "interactions");
}

const result = await compare(
  "Interactions collected and stored per second (SQLite file, WAL, synchronous=NORMAL)",
  { name: "raw better-sqlite3 inserts of the same rows", fn: baselinePage, batch: PAGE },
  { name: "collector: fetch → check → store with cursor → events", fn: subjectPage, batch: PAGE },
  0.5,
  800,
  7,
);
const stored = await ksm.store.interactions.count();
console.log(`check: ${stored} interactions stored by the collector, ${received} events, ${written} written on the network`);
if (stored !== written || received !== written) {
  console.error("the collector did not store every interaction exactly once");
  process.exitCode = 1;
}
void result;
await ksm.dispose();
await store.close();
db.close();
rmSync(folder, { recursive: true, force: true });
