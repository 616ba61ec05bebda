// Deliveries per second through the publishing engine with the SQLite outbox
// against the sandbox network (no latency, no faults, no rate limit), against
// the raw better-sqlite3 writes the same work needs, measured in the same run.
// Target from issue 3: at least 0.5x.
//
// Subject (the built packages, as an application runs them): N posts (one
// sandbox channel each) are approved/scheduled and due now; `engine.handOver`
// put one delivery per post into the outbox (setup, not timed). Timed:
// `engine.runDue()` (default concurrency 4, system clock) until every delivery
// has succeeded. Per delivery the engine then commits three SQLite
// transactions (each a `BEGIN IMMEDIATE` of its own; the engine's two run in
// the store's `syncTransaction`, reads included):
//   1. the claim: the delivery, the crisis switch, the post (its approval
//      and content fingerprint checked), the quiet periods and the channel
//      read; the delivery saved in flight (revision checked, the attempt
//      counted) and the post's `start-publishing` step: post saved + audit entry;
//   2. the sandbox's timeline insert (looked up by channel and key first);
//   3. the outcome: the delivery saved as succeeded (revision checked) + its
//      audit entry `delivery.succeeded`; the post's deliveries listed
//      and the post read; its `mark-published` step: post saved + audit entry.
// The store file is made with the indexes a deployment declares for this
// work (see INDEXES below); the sandbox keeps its timeline in the same file.
//
// Baseline: a program that does exactly those writes by hand with prepared
// better-sqlite3 statements, with the same pragmas (WAL, the same
// `synchronous`), on a byte-for-byte copy of the engine's database taken
// after the setup (checkpointed, then copied): the same posts, deliveries,
// indexes and audit log, laid out in the file the same way. (Until
// 2026-11-26 the baseline built its own file, each delivery next to its
// post; a delivery and its post then often shared a page, and that alone
// made the baseline about 20% faster than on the engine's layout.) It finds
// the due deliveries by the declared index on state and time, inside its
// timed part as the engine's own search is (until 2026-11-27 that query ran
// before its clock started). Per delivery, in the engine's order, it reads
// the delivery and its post by
// primary key (JSON.parse), then the same three transactions as BEGIN
// IMMEDIATE / ... / COMMIT — each save an `UPDATE ... WHERE revision = ?`,
// each audit entry a head read and an INSERT, the sandbox's insert an
// indexed key lookup and an INSERT. The documents it writes are the ones it
// read, changed the way the engine changes them and serialised with
// JSON.stringify; the audit entries and the sandbox's row follow the
// engine's own (taken from a warm-up run), so rows and JSON have the same
// sizes; each audit entry is hashed (SHA-256) and chained. The baseline does
// none of the engine's other reads (channel, pause switch, quiet periods, the
// post's other deliveries), no validation, no events, no locks: those are
// what the ratio prices.
//
// Each round prepares a fresh file and its copy, then times both sides,
// alternating which goes first; KSM_BENCH_ROUNDS rounds (default 11) of
// KSM_BENCH_DELIVERIES (default 500) per mode. Short rounds keep both sides of
// a round close in time: on a machine whose speed drifts by the second, the
// ratio of one round then moves far less than either rate; printed are the medians and the
// median of the round ratios. By hand (bench/tsconfig.json keeps tsx from
// sending the packages' imports to src/):
//   pnpm build && TSX_TSCONFIG_PATH=bench/tsconfig.json npx tsx --expose-gc bench/publishing-throughput.bench.ts
//   (KSM_BENCH_DELIVERIES=500 for a quick run, KSM_BENCH_MODES=normal for one mode)
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKommune, MUSTERSTADT_ORGANISATION, systemClock, type AuditEntry, type Post } from "../packages/core/dist/index.js";
import { ACTIVE_DELIVERY_STATES, adapterPlugin, createMemorySecrets, createPublishing, type PostDelivery } from "../packages/network/dist/index.js";
import { createSandboxNetwork, SANDBOX_STORE_INDEXES } from "../packages/adapter-sandbox/dist/index.js";
import { createSqliteStore } from "../packages/store-sqlite/dist/index.js";
import { valueExpression } from "../packages/store-sqlite/src/json-field.js";
import { openDatabase } from "../packages/store-sqlite/src/open-database.js";
import { keepNativeObjectsAlive } from "../packages/store-sqlite/src/native-lifetime.js";

const count = Number(process.env.KSM_BENCH_DELIVERIES ?? 500);
const rounds = Number(process.env.KSM_BENCH_ROUNDS ?? 11);
const target = 0.5;
const organisationId = MUSTERSTADT_ORGANISATION.id;
const channelId = "sandbox-main";
// What a deployment declares for the engine and the sandbox (store README,
// SANDBOX_STORE_INDEXES): due deliveries by state and time, a post's
// deliveries (handOver and settling a post list them), the sandbox's key lookup.
const INDEXES = { ...SANDBOX_STORE_INDEXES, deliveries: [["state", "nextAttemptAt"], "postId"] };
const gc = (globalThis as { gc?: () => void }).gc;
const folder = mkdtempSync(join(tmpdir(), "ksm-bench-publishing-"));
let files = 0;
const freshFile = (name: string) => join(folder, `${name}-${++files}.db`);

type Mode = "normal" | "full";

/** The engine's documents, from a warm-up run: the shapes of what the baseline appends. */
interface Templates {
  readonly sandboxPost: Record<string, unknown>;
  readonly audit: { readonly started: AuditEntry; readonly succeeded: AuditEntry; readonly published: AuditEntry };
}

// Kept alive as the store keeps its own (a collected connection aborts Node 24).
const keep = <T extends object>(db: T): T => keepNativeObjectsAlive(db as never) as T;

// better-sqlite3 as the store and the baseline load it (one module instance).
const Database = createRequire(new URL("../packages/store-sqlite/package.json", import.meta.url))("better-sqlite3") as new (file: string) => {
  prepare(sql: string): object;
  pragma(source: string): unknown;
  close(): void;
};

// ---- subject: the engine ----------------------------------------------------

/** How a round runs: which side goes first, and what is counted. */
interface RoundPlan {
  /** The baseline's documents; without them only the engine runs (the warm-up that makes them). */
  readonly templates?: Templates;
  readonly rawFirst?: boolean;
  readonly count?: { readonly engine: StatementCounter; readonly raw: StatementCounter };
}

/**
 * One round: the engine's file is set up (posts, hand-over), checkpointed
 * and copied for the baseline; then both sides are timed on their file.
 */
async function runRound(mode: Mode, n: number, plan: RoundPlan): Promise<{ engineMs: number; rawMs?: number; templates: Templates }> {
  const file = freshFile(`engine-${mode}`);
  const store = createSqliteStore({ file, synchronous: mode, indexes: INDEXES });
  const sandbox = createSandboxNetwork({ rateLimit: false, store: store.tenant(organisationId), clock: systemClock });
  const publishing = createPublishing({
    secrets: createMemorySecrets([[{ organisationId, channelId }, { accessToken: "sandbox-token-0815" }]]),
    pollIntervalMs: 0,
    autoStart: false,
  });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: systemClock, store, plugins: [adapterPlugin(sandbox.adapter), publishing.plugin] });
  try {
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId, name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId, name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
    await ksm.store.channels.insert({ id: channelId, organisationId, network: "sandbox", handle: "@musterstadt@sandbox", options: {}, active: true });
    // One post through the workflow, then N copies of it, approved and scheduled a second ago.
    const created = await ksm.workflow.createPost(
      {
        title: "Öffnungszeiten Stadtbücherei",
        text: "Unsere Stadtbücherei hat neue Öffnungszeiten: Di–Fr 10–18 Uhr, Sa 10–14 Uhr. Donnerstags gibt es weiterhin die Vorlesestunde für Kinder um 16 Uhr. Alle Infos: https://www.musterstadt.example/buecherei",
        links: ["https://www.musterstadt.example/buecherei"],
        hashtags: ["Stadtbücherei", "Musterstadt"],
        variants: [{ channelId }],
      },
      "jonas",
    );
    if (!created.ok) throw new Error(created.refusal.message);
    await ksm.workflow.submit(created.value.id, "jonas");
    const approved = await ksm.workflow.approve(created.value.id, "leyla");
    if (!approved.ok) throw new Error(approved.refusal.message);
    const scheduledAt = new Date(Date.now() - 1_000).toISOString();
    const ids = Array.from({ length: n }, (_, i) => `post-${String(i).padStart(6, "0")}`);
    // Copies of the approved post, with its approval: what the engine checks at every claim.
    await ksm.store.transaction(async (tx) => {
      for (const id of ids) await tx.posts.insert({ ...approved.value, id, state: "scheduled", scheduledAt });
    });
    for (const id of ids) await publishing.engine.handOver(id);

    // The baseline's file: a copy of this one as it is now. The WAL is
    // emptied into the file first (the store's connection is idle), so that
    // the file alone holds everything.
    const rawFile = freshFile(`raw-${mode}`);
    const checkpoint = keep(new Database(file));
    try {
      checkpoint.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      checkpoint.close();
    }
    copyFileSync(file, rawFile);
    if (existsSync(`${rawFile}-wal`)) throw new Error("the copy must not have a WAL of its own");

    let rawMs: number | undefined;
    const raw = () => {
      if (plan.templates) rawMs = runRaw(mode, rawFile, n, plan.templates, plan.count?.raw).ms;
    };
    if (plan.rawFirst) raw();
    gc?.();
    plan.count?.engine.start();
    const started = performance.now();
    await publishing.engine.runDue();
    const engineMs = performance.now() - started;
    plan.count?.engine.stop();
    if (!plan.rawFirst) raw();

    const succeeded = await ksm.store.collection("deliveries").count({ state: "succeeded" });
    const published = await ksm.store.posts.count({ state: "published" });
    const onNetwork = await sandbox.store.collection("sandbox-posts").count();
    if (succeeded !== n || published !== n || onNetwork !== n) {
      throw new Error(`engine run incomplete: ${succeeded} succeeded, ${published} posts published, ${onNetwork} on the sandbox, of ${n}`);
    }
    const entries = await ksm.audit.entries();
    const lastOf = (action: string) => [...entries].reverse().find((entry) => entry.action === action)!;
    const [sandboxPost] = await sandbox.store.collection("sandbox-posts").list({ limit: 1 });
    return {
      engineMs,
      ...(rawMs === undefined ? {} : { rawMs }),
      templates: {
        sandboxPost: sandboxPost as unknown as Record<string, unknown>,
        audit: { started: lastOf("post.publishing-started"), succeeded: lastOf("delivery.succeeded"), published: lastOf("post.published") },
      },
    };
  } finally {
    await ksm.dispose();
    await store.close();
  }
}

// ---- baseline: the same writes by hand --------------------------------------

function runRaw(mode: Mode, file: string, n: number, t: Templates, counter?: StatementCounter): { ms: number } {
  // A plain better-sqlite3 connection on the copy, opened the way the store
  // opens its own: WAL, the same `synchronous` (the schema is there already).
  const db = openDatabase({ file, synchronous: mode, indexes: INDEXES });
  try {
    // What is due (by the declared index on state and time, as the engine
    // finds it), in the order the engine takes it: as handed over. Timed, as
    // the engine's own search is.
    const due = db
      .prepare(
        `SELECT id FROM entities WHERE organisation_id = ? AND collection = 'deliveries' AND ${valueExpression("'$.state'")} IN (${ACTIVE_DELIVERY_STATES.map(() => "?").join(", ")}) AND ${valueExpression("'$.nextAttemptAt'")} <= ? ORDER BY rowid`,
      )
      .pluck();
    const insert = db.prepare("INSERT INTO entities (organisation_id, collection, id, revision, document) VALUES (?, ?, ?, ?, ?)");
    const read = db.prepare("SELECT document FROM entities WHERE organisation_id = ? AND collection = ? AND id = ?");
    const update = db.prepare("UPDATE entities SET revision = ?, document = ? WHERE organisation_id = ? AND collection = ? AND id = ? AND revision = ?");
    const head = db.prepare("SELECT seq, hash FROM audit_entries WHERE organisation_id = ? ORDER BY seq DESC LIMIT 1");
    const appendAudit = db.prepare("INSERT INTO audit_entries (organisation_id, seq, hash, prev_hash, entry) VALUES (?, ?, ?, ?, ?)");
    // The same expression as the declared index, so that SQLite answers from it.
    const byKey = db.prepare(
      `SELECT 1 FROM entities WHERE organisation_id = ? AND collection = 'sandbox-posts' AND ${valueExpression("'$.channelId'")} = ? AND ${valueExpression("'$.idempotencyKey'")} = ? LIMIT 1`,
    );
    const begin = db.prepare("BEGIN IMMEDIATE");
    const commit = db.prepare("COMMIT");

    const save = <T extends { id: string; revision: number }>(collection: string, doc: T, expected: number) => {
      if (update.run(doc.revision, JSON.stringify(doc), organisationId, collection, doc.id, expected).changes !== 1) throw new Error(`conflict on ${doc.id}`);
    };
    const audit = (template: AuditEntry, subjectId: string, at: string, data: AuditEntry["data"]) => {
      const last = head.get(organisationId) as { seq: number; hash: string } | undefined;
      const { hash: _, ...rest } = template;
      const unhashed = { ...rest, seq: (last?.seq ?? 0) + 1, at, prevHash: last?.hash ?? "0".repeat(64), subject: { ...template.subject, id: subjectId }, ...(data ? { data } : {}) };
      const json = JSON.stringify(unhashed);
      const hash = createHash("sha256").update(json).digest("hex");
      appendAudit.run(organisationId, unhashed.seq, hash, unhashed.prevHash, JSON.stringify({ ...unhashed, hash }));
    };
    const inTransaction = (work: () => void) => {
      begin.run();
      try {
        work();
        commit.run();
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    };

    gc?.();
    counter?.start();
    const started = performance.now();
    const deliveryIds = due.all(organisationId, ...ACTIVE_DELIVERY_STATES, new Date().toISOString()) as string[];
    if (deliveryIds.length !== n) throw new Error(`the copy holds ${deliveryIds.length} due deliveries, not ${n}`);
    for (const deliveryId of deliveryIds) {
      const delivery = JSON.parse((read.get(organisationId, "deliveries", deliveryId) as { document: string }).document) as PostDelivery;
      const post = JSON.parse((read.get(organisationId, "posts", delivery.postId) as { document: string }).document) as Post;
      const now = Date.now();
      const iso = new Date(now).toISOString();
      // 1. claim, and the post's start-publishing, audited
      const claimed: PostDelivery = {
        ...delivery,
        state: "in-flight",
        lease: { owner: "worker-raw", until: new Date(now + 70_000).toISOString() },
        attempts: delivery.attempts + 1,
        attemptStartedAt: iso,
        mayHaveReachedNetwork: false,
        updatedAt: iso,
        revision: delivery.revision + 1,
      };
      const publishing: Post = { ...post, state: "publishing", updatedAt: iso, revision: post.revision + 1 };
      inTransaction(() => {
        save("deliveries", claimed, delivery.revision);
        save("posts", publishing, post.revision);
        audit(t.audit.started, post.id, iso, undefined);
      });
      // 2. the sandbox's timeline insert
      const remoteId = `${String(t.sandboxPost.id).slice(0, 10)}${deliveryId.slice(-7)}`;
      inTransaction(() => {
        if (byKey.get(organisationId, channelId, claimed.idempotencyKey)) throw new Error("key taken");
        const entry = { ...t.sandboxPost, id: remoteId, idempotencyKey: claimed.idempotencyKey, publishedAt: iso };
        insert.run(organisationId, "sandbox-posts", remoteId, null, JSON.stringify(entry));
      });
      // 3. the outcome, audited, and the post's mark-published, audited
      const succeeded: PostDelivery = { ...claimed, state: "succeeded", remoteId, url: `sandbox://musterstadt/posts/${remoteId}`, publishedAt: iso, reconciled: false, updatedAt: iso, revision: claimed.revision + 1 };
      delete succeeded.lease;
      inTransaction(() => {
        save("deliveries", succeeded, claimed.revision);
        audit(t.audit.succeeded, deliveryId, iso, { postId: post.id, channelId, attempts: succeeded.attempts, remoteId });
        save("posts", { ...publishing, state: "published", publishedAt: iso, updatedAt: iso, revision: publishing.revision + 1 }, publishing.revision);
        audit(t.audit.published, post.id, iso, undefined);
      });
    }
    const ms = performance.now() - started;
    counter?.stop();
    const done = (db.prepare("SELECT count(*) AS n FROM entities WHERE collection = 'sandbox-posts'").get() as { n: number }).n;
    if (done !== n) throw new Error(`raw run incomplete: ${done} of ${n}`);
    return { ms };
  } finally {
    db.close();
  }
}

// ---- where the time goes: SQL statements per delivery ------------------------

// A separate, untimed pass counts the statements each side runs per delivery
// and the time spent inside them, by wrapping better-sqlite3's Statement
// methods (the same module instance the store and the baseline use).
const statementProto = (() => {
  const probe = keep(new Database(":memory:"));
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<"run" | "get" | "all", (...args: unknown[]) => unknown>;
  probe.close();
  return proto;
})();

/** Counts statements and the time inside them between start() and stop(). */
class StatementCounter {
  statements = 0;
  ms = 0;
  readonly #originals = { run: statementProto.run, get: statementProto.get, all: statementProto.all };

  start(): void {
    for (const method of ["run", "get", "all"] as const) {
      const original = this.#originals[method];
      const counter = this;
      statementProto[method] = function (this: unknown, ...args: unknown[]) {
        counter.statements++;
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          counter.ms += performance.now() - started;
        }
      };
    }
  }

  stop(): void {
    Object.assign(statementProto, this.#originals);
  }

  perDelivery(n: number): string {
    return `${(this.statements / n).toFixed(1)} statements, ${((this.ms * 1000) / n).toFixed(0)} µs in them`;
  }
}

// ---- the comparison ---------------------------------------------------------

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (ms: number, n: number) => (n / ms) * 1000;
const fmt = (hz: number) => `${Math.round(hz).toLocaleString("en-US")} deliveries/s`;

try {
  for (const mode of (process.env.KSM_BENCH_MODES ?? "normal,full").split(",") as Mode[]) {
    // Warm-up on both sides (JIT, page cache); the engine's audit entries and
    // sandbox row give the baseline the shapes of what it appends.
    const { templates } = await runRound(mode, 200, {});
    await runRound(mode, 200, { templates });
    // Counted in a round of their own, apart from the timed rounds: the
    // counting costs time itself. Only the timed part of each side is counted.
    const sample = 300;
    const engineSql = new StatementCounter();
    const rawSql = new StatementCounter();
    await runRound(mode, sample, { templates, count: { engine: engineSql, raw: rawSql } });
    const engine: number[] = [];
    const raw: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const { engineMs, rawMs } = await runRound(mode, count, { templates, rawFirst: round % 2 === 1 });
      const e = rate(engineMs, count);
      const r = rate(rawMs!, count);
      engine.push(e);
      raw.push(r);
      ratios.push(e / r);
    }
    const ratio = median(ratios);
    console.log(`\n${count.toLocaleString("en-US")} due deliveries to the sandbox, SQLite WAL, synchronous ${mode.toUpperCase()} (three write transactions per delivery on both sides, the sandbox's included)`);
    console.log(`  baseline  ${"raw better-sqlite3: the same transactions".padEnd(48)} ${fmt(median(raw))}`);
    console.log(`  subject   ${"engine.runDue(): outbox, workflow, audit, sandbox".padEnd(48)} ${fmt(median(engine))}`);
    console.log(`  ratio     ${ratio.toFixed(2)}x (median of ${ratios.map((x) => x.toFixed(2)).join(", ")})   target >= ${target}x   ${ratio >= target ? "met" : "NOT MET"}`);
    console.log(`  SQL       per delivery (a counting pass of ${sample}): engine ${engineSql.perDelivery(sample)}; baseline ${rawSql.perDelivery(sample)}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
