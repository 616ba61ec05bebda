import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAuditEntry, type AuditEntry, type AuditHead } from "../audit/index.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { Post } from "../model/index.js";
import { applyMetricQuery } from "../store/metric-query.js";
import type { CollectionName, Store, SyncTenantRepositories, TenantRepositories, TenantStore } from "../store/store-port.js";
import { fixtureOrganisation, fixturePost, fixtureSample } from "./store-fixtures.js";

/** How the conformance suite gets a store. */
export interface StoreConformanceOptions {
  /** Shown in the test names, e.g. `"sqlite"`. */
  readonly name: string;
  /** A new, empty store for each test. */
  readonly create: () => Store | Promise<Store>;
  /**
   * Closes `store` and opens the same data again, for stores that keep data
   * (files, databases). Leave it out for stores that do not.
   */
  readonly reopen?: (store: Store) => Store | Promise<Store>;
  /** Releases what `create` made (temp files, schemas) after each test. */
  readonly destroy?: (store: Store) => void | Promise<void>;
  /**
   * A second connection to the data of `store` (another store object over the
   * same file or database, as another process would open it), for stores
   * that several processes share. With it, the suite checks that a
   * transaction whose reads another connection changed before its commit is
   * refused. Leave it out for stores that one process owns (the memory store:
   * its transactions run one after another, so nobody writes in between).
   * The suite closes the connection.
   */
  readonly connect?: (store: Store) => Store | Promise<Store>;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(KommuneError.isInstance(error), `expected a KommuneError ${code}, got ${String(error)}`).toBe(true);
  expect((error as KommuneError).code).toBe(code);
}

function chain(organisationId: string, count: number, from?: AuditHead): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let head = from;
  for (let i = 0; i < count; i++) {
    const entry = createAuditEntry(head, organisationId, { actor: { kind: "member", id: "anna" }, action: "post.submitted", subject: { type: "post", id: `p${i}` }, from: "draft", to: "in-review" }, Date.parse("2026-05-01T08:00:00Z") + i * 1000);
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return entries;
}

/**
 * The conformance suite every store implementation must pass: tenant
 * isolation, copies in and out, optimistic concurrency, filters, atomic and
 * serialised transactions, the append-only audit chain, metric series, plugin
 * collections, and (with `reopen`) durability. Call it inside a test file:
 *
 * @example
 * ```ts
 * import { testStoreConformance } from "@kommune-sm/core/testkit";
 * testStoreConformance({ name: "sqlite", create: () => createSqliteStore({ file: tempFile() }) });
 * ```
 */
export function testStoreConformance(options: StoreConformanceOptions): void {
  const withStore = (body: (store: Store) => Promise<void>) => async () => {
    const store = await options.create();
    try {
      await body(store);
    } finally {
      await options.destroy?.(store);
      await store.close().catch(() => {});
    }
  };

  describe(`store conformance: ${options.name}`, () => {
    it("keeps organisations", withStore(async (store) => {
      await store.organisations.save(fixtureOrganisation("b-dorf"));
      await store.organisations.save(fixtureOrganisation("a-stadt"));
      await store.organisations.save(fixtureOrganisation("a-stadt", { population: 99 }));
      expect((await store.organisations.list()).map((o) => o.id)).toEqual(["a-stadt", "b-dorf"]);
      expect((await store.organisations.get("a-stadt"))?.population).toBe(99);
      expect(await store.organisations.get("nowhere")).toBeUndefined();
    }));

    it("stores copies: changing what went in or came out changes nothing stored", withStore(async (store) => {
      const posts = store.tenant("a").posts;
      const post = fixturePost("a", "p1");
      await posts.insert(post);
      post.text = "changed after insert";
      const read = await posts.require("p1");
      expect(read.text).not.toBe("changed after insert");
      read.hashtags.push("mutated");
      expect((await posts.require("p1")).hashtags).toEqual([]);
    }));

    it("refuses a second insert of an id, and a save at a stale revision, leaving the stored entity as it was", withStore(async (store) => {
      const posts = store.tenant("a").posts;
      await posts.insert(fixturePost("a", "p1"));
      await expectCode(posts.insert(fixturePost("a", "p1", { text: "second" })), "CORE_CONFLICT");
      await posts.save(fixturePost("a", "p1", { revision: 2, text: "v2" }), { expectedRevision: 1 });
      await expectCode(posts.save(fixturePost("a", "p1", { revision: 3, text: "lost update" }), { expectedRevision: 1 }), "CORE_CONFLICT");
      await expectCode(posts.save(fixturePost("a", "new", { revision: 2 }), { expectedRevision: 1 }), "CORE_CONFLICT");
      expect(await posts.require("p1")).toMatchObject({ revision: 2, text: "v2" });
      expect(await posts.get("new")).toBeUndefined();
      await expectCode(posts.require("missing"), "CORE_NOT_FOUND");
    }));

    it("keeps tenants apart: one organisation never sees or writes another's rows", withStore(async (store) => {
      const a = store.tenant("a");
      const b = store.tenant("b");
      await a.posts.insert(fixturePost("a", "same-id", { text: "von A" }));
      await b.posts.insert(fixturePost("b", "same-id", { text: "von B" }));
      await a.posts.insert(fixturePost("a", "only-a"));
      expect((await a.posts.require("same-id")).text).toBe("von A");
      expect((await b.posts.require("same-id")).text).toBe("von B");
      expect(await b.posts.get("only-a")).toBeUndefined();
      expect((await b.posts.list()).map((p) => p.id)).toEqual(["same-id"]);
      expect(await b.posts.count()).toBe(1);
      await expectCode(b.posts.insert(fixturePost("a", "smuggled")), "CORE_TENANT_MISMATCH");
      await expectCode(b.posts.save(fixturePost("a", "only-a", { text: "overwritten by B" })), "CORE_TENANT_MISMATCH");
      expect(await b.posts.delete("only-a")).toBe(false);
      expect((await a.posts.require("only-a")).text).not.toBe("overwritten by B");
      await expectCode(b.metrics.append([fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 1)]), "CORE_TENANT_MISMATCH");
      await a.audit.append(chain("a", 1)[0]!);
      expect(await b.audit.head()).toBeUndefined();
      await expectCode(b.audit.append(chain("a", 1)[0]!), "CORE_TENANT_MISMATCH");
    }));

    it("filters, sorts and pages lists", withStore(async (store) => {
      const posts = store.tenant("a").posts;
      await posts.insert(fixturePost("a", "p1", { state: "approved", scheduledAt: "2026-05-03T08:00:00.000Z" }));
      await posts.insert(fixturePost("a", "p2", { state: "scheduled", scheduledAt: "2026-05-02T08:00:00.000Z" }));
      await posts.insert(fixturePost("a", "p3", { state: "draft" }));
      await posts.insert(fixturePost("a", "p4", { state: "scheduled", scheduledAt: "2026-05-04T08:00:00.000Z" }));
      const ids = (list: Post[]) => list.map((p) => p.id);
      expect(ids(await posts.list({ where: { state: "scheduled" } }))).toEqual(["p2", "p4"]);
      expect(ids(await posts.list({ where: { state: { in: ["approved", "draft"] } } }))).toEqual(["p1", "p3"]);
      expect(ids(await posts.list({ where: { scheduledAt: { lte: "2026-05-03T08:00:00.000Z" } } }))).toEqual(["p1", "p2"]);
      expect(ids(await posts.list({ where: { scheduledAt: { missing: true } } }))).toEqual(["p3"]);
      expect(ids(await posts.list({ where: { scheduledAt: { missing: false } }, orderBy: "scheduledAt" }))).toEqual(["p2", "p1", "p4"]);
      expect(ids(await posts.list({ orderBy: "scheduledAt", direction: "desc", limit: 2 }))).toEqual(["p4", "p1"]);
      expect(ids(await posts.list({ offset: 1, limit: 2 }))).toEqual(["p2", "p3"]);
      expect(await posts.count({ state: { in: ["scheduled"] } })).toBe(2);
      expect(await posts.delete("p3")).toBe(true);
      expect(await posts.delete("p3")).toBe(false);
      expect(await posts.count()).toBe(3);
    }));

    it("commits a transaction as a whole, and nothing of one that throws", withStore(async (store) => {
      const tenant = store.tenant("a");
      await tenant.posts.insert(fixturePost("a", "keep"));
      await tenant.transaction(async (tx) => {
        await tx.posts.insert(fixturePost("a", "p1"));
        expect(await tx.posts.get("p1")).toBeDefined();
        await tx.audit.append(chain("a", 1)[0]!);
        await tx.metrics.append([fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 3)]);
      });
      expect(await tenant.posts.get("p1")).toBeDefined();
      expect((await tenant.audit.head())?.seq).toBe(1);

      const failure = new Error("step two failed");
      await expect(
        tenant.transaction(async (tx) => {
          await tx.posts.insert(fixturePost("a", "p2"));
          await tx.posts.save(fixturePost("a", "keep", { text: "half-written" }));
          await tx.posts.delete("p1");
          const head = await tx.audit.head();
          await tx.audit.append(chain("a", 1, head)[0]!);
          await tx.metrics.append([fixtureSample("a", "2026-05-01T09:00:00.000Z", "likes", 5)]);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await tenant.posts.get("p2")).toBeUndefined();
      expect(await tenant.posts.get("p1")).toBeDefined();
      expect((await tenant.posts.require("keep")).text).not.toBe("half-written");
      expect((await tenant.audit.head())?.seq).toBe(1);
      expect(await tenant.metrics.query()).toHaveLength(1);
    }));

    it("hides a transaction's writes from others until it commits", withStore(async (store) => {
      const tenant = store.tenant("a");
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => (wrote = resolve));
      const running = tenant.transaction(async (tx) => {
        await tx.posts.insert(fixturePost("a", "pending"));
        wrote();
        await gate;
      });
      await written;
      expect(await tenant.posts.get("pending")).toBeUndefined();
      release();
      await running;
      expect(await tenant.posts.get("pending")).toBeDefined();
    }));

    it("runs the transactions of a tenant one after another, so read-modify-write loses no update", withStore(async (store) => {
      const tenant = store.tenant("a");
      await tenant.posts.insert(fixturePost("a", "counter", { revision: 1 }));
      await Promise.all(
        Array.from({ length: 10 }, () =>
          tenant.transaction(async (tx) => {
            const post = await tx.posts.require("counter");
            await new Promise((resolve) => setTimeout(resolve, 1));
            await tx.posts.save({ ...post, revision: post.revision + 1 }, { expectedRevision: post.revision });
          }),
        ),
      );
      expect((await tenant.posts.require("counter")).revision).toBe(11);
    }));

    if (options.connect) {
      const connect = options.connect;
      it("refuses the commit of a transaction whose reads another connection changed meanwhile (CORE_CONFLICT), writing nothing", withStore(async (store) => {
        const other = await connect(store);
        try {
          const tenant = store.tenant("a");
          await tenant.posts.insert(fixturePost("a", "p1", { state: "draft" }));
          await tenant.posts.insert(fixturePost("a", "p2", { state: "in-review" }));
          const changes: Array<{ change: (t: TenantStore) => Promise<unknown>; refused: boolean }> = [
            { change: (t) => t.posts.save(fixturePost("a", "p1", { state: "draft", text: "changed", revision: 2 }), { expectedRevision: 1 }), refused: true },
            { change: (t) => t.posts.insert(fixturePost("a", "absent")), refused: true },
            { change: (t) => t.posts.insert(fixturePost("a", "p3", { state: "draft" })), refused: true },
            { change: (t) => t.posts.save(fixturePost("a", "p2", { state: "in-review", text: "changed", revision: 2 }), { expectedRevision: 1 }), refused: false },
          ];
          for (const [index, { change, refused }] of changes.entries()) {
            const marker = `marker-${index}`;
            const committed = tenant.transaction(async (tx) => {
              const p1 = await tx.posts.require("p1");
              await tx.posts.get("absent");
              const drafts = await tx.posts.list({ where: { state: "draft" } });
              await change(other.tenant("a"));
              await tx.posts.insert(fixturePost("a", marker, { text: `${p1.text} / ${drafts.length}` }));
            });
            if (refused) await expectCode(committed, "CORE_CONFLICT");
            else await committed;
            expect(await tenant.posts.get(marker), `after change ${index}`).toEqual(refused ? undefined : expect.objectContaining({ id: marker }));
            if (refused) await other.tenant("a").posts.delete("absent");
          }
        } finally {
          await other.close().catch(() => {});
        }
      }));
    }

    it("throws, rather than waiting forever, when a transaction writes through the tenant store instead of tx", withStore(async (store) => {
      const tenant = store.tenant("a");
      await expect(tenant.transaction(async () => tenant.posts.insert(fixturePost("a", "wrong-way")))).rejects.toThrow(/transaction/);
      expect(await tenant.posts.get("wrong-way")).toBeUndefined();
      // Also in a later transaction, after awaits and a timer inside its work.
      await tenant.transaction(async (tx) => tx.posts.insert(fixturePost("a", "right-way")));
      await expect(
        tenant.transaction(async (tx) => {
          await tx.posts.get("right-way");
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tenant.posts.insert(fixturePost("a", "wrong-way"));
        }),
      ).rejects.toThrow(/transaction/);
      expect(await tenant.posts.get("wrong-way")).toBeUndefined();
    }));

    it("keeps the audit log append-only and chained: an entry that does not follow the head is refused", withStore(async (store) => {
      const audit = store.tenant("a").audit;
      const entries = chain("a", 3);
      await expectCode(audit.append(entries[1]!), "CORE_CONFLICT");
      for (const entry of entries) await audit.append(entry);
      await expectCode(audit.append(entries[2]!), "CORE_CONFLICT");
      const forked = chain("a", 4)[3]!;
      await expectCode(audit.append({ ...forked, prevHash: "f".repeat(64) }), "CORE_CONFLICT");
      expect(await audit.head()).toEqual({ seq: 3, hash: entries[2]!.hash, at: entries[2]!.at });
      expect(await audit.list()).toEqual(entries);
      expect((await audit.list({ fromSeq: 2, limit: 1 })).map((e) => e.seq)).toEqual([2]);
    }));

    it("lists one organisation's audit entries newest first and by subject, never another organisation's about the same subject", withStore(async (store) => {
      const a = store.tenant("a");
      const b = store.tenant("b");
      for (const entry of chain("b", 4)) await b.audit.append(entry);
      for (const entry of chain("a", 3)) await a.audit.append(entry);
      const owners = (entries: readonly AuditEntry[]) => entries.map((entry) => `${entry.organisationId}${entry.seq}`);
      expect(owners(await a.audit.list({ order: "desc", limit: 2 }))).toEqual(["a3", "a2"]);
      expect(owners(await a.audit.list({ order: "desc", beforeSeq: 4 }))).toEqual(["a3", "a2", "a1"]);
      expect(owners(await a.audit.list({ subject: { type: "post", id: "p1" } }))).toEqual(["a2"]);
      expect(owners(await b.audit.list({ subject: { type: "post", id: "p3" }, order: "desc" }))).toEqual(["b4"]);
      expect(await a.audit.list({ subject: { type: "post", id: "p3" } })).toEqual([]);
      await a.transaction(async (tx) => {
        await tx.audit.append(chain("a", 4)[3]!); // about p3, like b's entry 4
        expect(owners(await tx.audit.list({ subject: { type: "post", id: "p3" }, order: "desc" }))).toEqual(["a4"]);
        expect(owners(await tx.audit.list({ order: "desc", limit: 2 }))).toEqual(["a4", "a3"]);
      });
      expect(owners(await b.audit.list({ order: "desc", limit: 1 }))).toEqual(["b4"]);
    }));

    it("keeps metric samples in time order and filters them", withStore(async (store) => {
      const metrics = store.tenant("a").metrics;
      await metrics.append([
        fixtureSample("a", "2026-05-02T08:00:00.000Z", "likes", 2, { postId: "p1" }),
        fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 1, { postId: "p1" }),
        fixtureSample("a", "2026-05-01T08:00:00.000Z", "shares", 7, { channelId: "channel-2" }),
      ]);
      expect((await metrics.query()).map((s) => s.value)).toEqual([1, 7, 2]);
      expect((await metrics.query({ metric: "likes" })).map((s) => s.value)).toEqual([1, 2]);
      expect((await metrics.query({ metric: ["likes", "shares"], to: "2026-05-02T00:00:00.000Z" })).map((s) => s.value)).toEqual([1, 7]);
      expect((await metrics.query({ channelId: "channel-2" })).map((s) => s.value)).toEqual([7]);
      expect((await metrics.query({ postId: "p1", from: "2026-05-02T08:00:00.000Z" })).map((s) => s.value)).toEqual([2]);
    }));

    it("selects a channel's own samples, those without a post, with postId: null", withStore(async (store) => {
      const tenant = store.tenant("a");
      await tenant.metrics.append([
        fixtureSample("a", "2026-05-01T08:00:00.000Z", "followers", 100),
        fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 1, { postId: "p1" }),
        fixtureSample("a", "2026-05-01T09:00:00.000Z", "followers", 50, { channelId: "channel-2" }),
        fixtureSample("a", "2026-05-02T08:00:00.000Z", "impressions", 900),
        fixtureSample("a", "2026-05-02T08:00:00.000Z", "impressions", 40, { postId: "p1" }),
        fixtureSample("a", "2026-05-03T08:00:00.000Z", "followers", 104),
      ]);
      await store.tenant("b").metrics.append([fixtureSample("b", "2026-05-01T08:00:00.000Z", "followers", 7)]);
      const values = async (query: Parameters<typeof tenant.metrics.query>[0]) => (await tenant.metrics.query(query)).map((s) => s.value);
      expect(await values({ postId: null })).toEqual([100, 50, 900, 104]);
      expect(await values({ channelId: "channel-1", postId: null })).toEqual([100, 900, 104]);
      expect(await values({ channelId: "channel-1", postId: null, metric: "followers", from: "2026-05-01T08:00:00.000Z", to: "2026-05-03T08:00:00.000Z" })).toEqual([100]);
      expect(await values({ postId: null, metric: ["impressions", "likes"] })).toEqual([900]);
      // Without postId, a post's and its channel's samples both, as before.
      expect(await values({ channelId: "channel-1", metric: "impressions" })).toEqual([900, 40]);
      await tenant.transaction(async (tx) => {
        await tx.metrics.append([fixtureSample("a", "2026-05-04T08:00:00.000Z", "followers", 110), fixtureSample("a", "2026-05-04T08:00:00.000Z", "followers", 3, { postId: "p1" })]);
        expect((await tx.metrics.query({ channelId: "channel-1", postId: null, metric: "followers" })).map((s) => s.value)).toEqual([100, 104, 110]);
      });
      expect(await values({ channelId: "channel-1", postId: null, metric: "followers" })).toEqual([100, 104, 110]);
    }));

    it("answers every metric query as applyMetricQuery does over the samples appended (property)", withStore(async (store) => {
      const instants = ["2026-05-01T08:00:00.000Z", "2026-05-01T09:00:00.000Z", "2026-05-02T08:00:00.000Z", "2026-05-03T00:00:00.000Z"];
      const sampleArb = fc.record({
        channelId: fc.constantFrom("channel-1", "channel-2"),
        postId: fc.constantFrom(undefined, "p1", "p2"),
        metric: fc.constantFrom("likes", "followers"),
        at: fc.constantFrom(...instants),
        value: fc.integer({ min: 0, max: 1000 }),
      });
      const queryArb = fc.record(
        {
          channelId: fc.constantFrom("channel-1", "channel-2", "channel-3"),
          postId: fc.constantFrom<string | null>(null, "p1", "p2"),
          metric: fc.constantFrom<string | readonly string[]>("likes", "followers", ["likes", "followers"], [], ["shares"]),
          from: fc.constantFrom(...instants),
          to: fc.constantFrom(...instants),
        },
        { requiredKeys: [] },
      );
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(sampleArb, { maxLength: 12 }), fc.array(sampleArb, { maxLength: 4 }), fc.array(queryArb, { minLength: 1, maxLength: 6 }), async (stored, own, queries) => {
          // A tenant of its own for each run: the samples of earlier runs stay in the store.
          const organisationId = `run-${(run += 1)}`;
          const toSample = ({ postId, channelId, metric, at, value }: (typeof stored)[number]) =>
            fixtureSample(organisationId, at, metric, value, { channelId, ...(postId === undefined ? {} : { postId }) });
          const tenant = store.tenant(organisationId);
          const appended = stored.map(toSample);
          await tenant.metrics.append(appended);
          for (const query of queries) expect(await tenant.metrics.query(query)).toEqual(applyMetricQuery(appended, query));
          // Inside a transaction, its own samples too, after the stored ones.
          const withOwn = [...appended, ...own.map(toSample)];
          await tenant.transaction(async (tx) => {
            await tx.metrics.append(withOwn.slice(appended.length));
            for (const query of queries) expect(await tx.metrics.query(query)).toEqual(applyMetricQuery(withOwn, query));
          });
        }),
        { numRuns: 60 },
      );
    }));

    it("keeps collections that plugins declare, without knowing them", withStore(async (store) => {
      const things = store.tenant("a").collection("plugin-things" as CollectionName);
      await things.insert({ id: "t1", organisationId: "a", kind: "delivery", attempts: 0 } as never);
      expect(await things.get("t1")).toMatchObject({ kind: "delivery", attempts: 0 });
      expect(await store.tenant("b").collection("plugin-things" as CollectionName).get("t1")).toBeUndefined();
    }));

    it("behaves like a map per tenant for any sequence of writes (property)", async () => {
      const op = fc.oneof(
        fc.record({ kind: fc.constant("insert" as const), tenant: fc.constantFrom("a", "b"), id: fc.constantFrom("p1", "p2", "p3"), text: fc.string({ maxLength: 8 }) }),
        fc.record({ kind: fc.constant("save" as const), tenant: fc.constantFrom("a", "b"), id: fc.constantFrom("p1", "p2", "p3"), text: fc.string({ maxLength: 8 }), expected: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }),
        fc.record({ kind: fc.constant("delete" as const), tenant: fc.constantFrom("a", "b"), id: fc.constantFrom("p1", "p2", "p3") }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
          const store = await options.create();
          try {
            const model = new Map<string, { text: string; revision: number }>();
            for (const o of ops) {
              const key = `${o.tenant}/${o.id}`;
              const posts = store.tenant(o.tenant).posts;
              const current = model.get(key);
              if (o.kind === "insert") {
                const ok = await posts.insert(fixturePost(o.tenant, o.id, { text: o.text, revision: 1 })).then(() => true, () => false);
                expect(ok).toBe(!current);
                if (!current) model.set(key, { text: o.text, revision: 1 });
              } else if (o.kind === "save") {
                const revision = (current?.revision ?? 0) + 1;
                const ok = await posts.save(fixturePost(o.tenant, o.id, { text: o.text, revision }), o.expected === undefined ? {} : { expectedRevision: o.expected }).then(() => true, () => false);
                const allowed = o.expected === undefined || current?.revision === o.expected;
                expect(ok).toBe(allowed);
                if (allowed) model.set(key, { text: o.text, revision });
              } else {
                expect(await posts.delete(o.id)).toBe(current !== undefined);
                model.delete(key);
              }
            }
            for (const tenant of ["a", "b"]) {
              const stored = await store.tenant(tenant).posts.list();
              const expected = [...model].filter(([key]) => key.startsWith(`${tenant}/`)).map(([key, value]) => ({ id: key.slice(2), ...value }));
              expect(stored.map((p) => ({ id: p.id, text: p.text, revision: p.revision }))).toEqual(expected.sort((x, y) => (x.id < y.id ? -1 : 1)));
            }
          } finally {
            await options.destroy?.(store);
            await store.close().catch(() => {});
          }
        }),
        { numRuns: 40 },
      );
    });

    describe("syncTransaction (stores that offer it)", () => {
      /** The tenant's syncTransaction; a store without one skips these tests. */
      const syncOf = (tenant: TenantStore, context: { skip: (note?: string) => void }) => {
        if (!tenant.syncTransaction) {
          context.skip("this store offers no syncTransaction");
          throw new Error("unreachable");
        }
        return tenant.syncTransaction.bind(tenant);
      };
      const withSync = (body: (store: Store, sync: NonNullable<TenantStore["syncTransaction"]>, tenant: TenantStore) => Promise<void>) =>
        async (context: { skip: (note?: string) => void }) => {
          const store = await options.create();
          try {
            const tenant = store.tenant("a");
            await body(store, syncOf(tenant, context), tenant);
          } finally {
            await options.destroy?.(store);
            await store.close().catch(() => {});
          }
        };

      it("stores everything at once and answers with what the work returned; reads inside see the work's own writes", withSync(async (_store, sync, tenant) => {
        await tenant.posts.insert(fixturePost("a", "keep", { revision: 1 }));
        const result = sync((tx) => {
          tx.posts.insert(fixturePost("a", "p1"));
          expect(tx.posts.get("p1")?.id).toBe("p1");
          const keep = tx.posts.require("keep");
          tx.posts.save({ ...keep, text: "changed", revision: 2 }, { expectedRevision: 1 });
          expect(tx.posts.require("keep")).toMatchObject({ text: "changed", revision: 2 });
          expect(tx.posts.list({ where: { text: "changed" } }).map((p) => p.id)).toEqual(["keep"]);
          expect(tx.posts.count()).toBe(2);
          expect(tx.posts.delete("p1")).toBe(true);
          expect(tx.posts.get("p1")).toBeUndefined();
          tx.posts.insert(fixturePost("a", "p2"));
          const [first, second] = chain("a", 2);
          tx.audit.append(first!);
          expect(tx.audit.head()).toEqual({ seq: 1, hash: first!.hash, at: first!.at });
          tx.audit.append(second!);
          expect(tx.audit.list({ fromSeq: 2 }).map((e) => e.seq)).toEqual([2]);
          tx.metrics.append([fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 3)]);
          expect(tx.metrics.query({ metric: "likes" })).toHaveLength(1);
          expect(tx.collection("plugin-things" as CollectionName).get("none")).toBeUndefined();
          return "done";
        });
        await expect(result).resolves.toBe("done");
        expect((await tenant.posts.list()).map((p) => [p.id, p.text, p.revision])).toEqual([
          ["keep", "changed", 2],
          ["p2", fixturePost("a", "p2").text, fixturePost("a", "p2").revision],
        ]);
        expect((await tenant.audit.head())?.seq).toBe(2);
        expect(await tenant.metrics.query()).toHaveLength(1);
      }));

      it("stores nothing of a work that throws, also after a write inside was refused", withSync(async (_store, sync, tenant) => {
        await tenant.posts.insert(fixturePost("a", "keep", { revision: 1 }));
        const failure = new Error("step two failed");
        await expect(
          sync((tx) => {
            tx.posts.insert(fixturePost("a", "p1"));
            tx.posts.save({ ...fixturePost("a", "keep"), text: "half-written", revision: 2 });
            tx.audit.append(chain("a", 1)[0]!);
            tx.metrics.append([fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 3)]);
            throw failure;
          }),
        ).rejects.toBe(failure);
        await expectCode(
          sync((tx) => {
            tx.posts.insert(fixturePost("a", "p1"));
            tx.posts.save({ ...fixturePost("a", "keep"), revision: 3 }, { expectedRevision: 2 });
          }),
          "CORE_CONFLICT",
        );
        await expectCode(sync((tx) => tx.audit.append(chain("a", 2)[1]!)), "CORE_CONFLICT");
        await expectCode(sync((tx) => tx.posts.insert(fixturePost("a", "keep"))), "CORE_CONFLICT");
        expect((await tenant.posts.list()).map((p) => [p.id, p.text])).toEqual([["keep", fixturePost("a", "keep").text]]);
        expect(await tenant.audit.head()).toBeUndefined();
        expect(await tenant.metrics.query()).toHaveLength(0);
      }));

      it("refuses a work that returns a promise, storing nothing, and repositories used after the work returned", withSync(async (_store, sync, tenant) => {
        await expectCode(
          sync((async (tx: Parameters<Parameters<typeof sync>[0]>[0]) => {
            tx.posts.insert(fixturePost("a", "early"));
            await Promise.resolve();
            tx.posts.insert(fixturePost("a", "late"));
          }) as never),
          "CORE_INVALID_ARGUMENT",
        );
        let kept: Parameters<Parameters<typeof sync>[0]>[0] | undefined;
        await sync((tx) => {
          kept = tx;
        });
        expect(() => kept!.posts.insert(fixturePost("a", "after"))).toThrow(/transaction has already ended/);
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(await tenant.posts.list()).toEqual([]);
      }));

      it("keeps tenants apart and hands out copies", withSync(async (store, sync) => {
        await store.tenant("b").posts.insert(fixturePost("b", "theirs"));
        await sync((tx) => {
          expect(tx.posts.get("theirs")).toBeUndefined();
          expect(() => tx.posts.insert(fixturePost("b", "mine"))).toThrow(expect.objectContaining({ code: "CORE_TENANT_MISMATCH" }) as Error);
          const post = fixturePost("a", "p1");
          tx.posts.insert(post);
          (post as { text: string }).text = "changed after insert";
          const read = tx.posts.require("p1");
          (read as { text: string }).text = "changed after read";
          expect(tx.posts.require("p1").text).toBe(fixturePost("a", "p1").text);
        });
        expect((await store.tenant("b").posts.list()).map((p) => p.id)).toEqual(["theirs"]);
      }));

      it("runs after the tenant's earlier transactions, and they do not see its writes before it ran", withSync(async (_store, sync, tenant) => {
        await tenant.posts.insert(fixturePost("a", "counter", { revision: 1 }));
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const order: string[] = [];
        const slow = tenant.transaction(async (tx) => {
          const post = await tx.posts.require("counter");
          await gate;
          await tx.posts.save({ ...post, revision: post.revision + 1 }, { expectedRevision: post.revision });
          order.push("transaction");
        });
        const quick = sync((tx) => {
          const post = tx.posts.require("counter");
          tx.posts.save({ ...post, revision: post.revision + 1 }, { expectedRevision: post.revision });
          order.push("syncTransaction");
        });
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(order).toEqual([]);
        release();
        await Promise.all([slow, quick]);
        expect(order).toEqual(["transaction", "syncTransaction"]);
        expect((await tenant.posts.require("counter")).revision).toBe(3);
      }));

      it("is rolled back, rather than stored without it, when its work writes through the tenant store instead of tx", withSync(async (_store, sync, tenant) => {
        const unhandled: unknown[] = [];
        const onUnhandled = (reason: unknown) => void unhandled.push(reason);
        process.on("unhandledRejection", onUnhandled);
        try {
          let attempt: Promise<unknown> | undefined;
          await expect(
            sync((tx) => {
              tx.posts.insert(fixturePost("a", "through-tx"));
              attempt = tenant.posts.insert(fixturePost("a", "wrong-way"));
            }),
          ).rejects.toThrow(/transaction/);
          await expect(attempt).rejects.toThrow(/transaction/);
          // A work that drops the refused write's promise ends no process.
          await expect(sync(() => void tenant.posts.insert(fixturePost("a", "dropped")))).rejects.toThrow(/transaction/);
          await new Promise((resolve) => setTimeout(resolve, 5));
          expect(unhandled).toEqual([]);
        } finally {
          process.off("unhandledRejection", onUnhandled);
        }
        expect(await tenant.posts.list()).toEqual([]);
      }));

      it("applies any sequence of writes like transaction does, and none of them when it throws (property)", async (context) => {
        const probe = await options.create();
        const offered = probe.tenant("a").syncTransaction !== undefined;
        await options.destroy?.(probe);
        await probe.close().catch(() => {});
        if (!offered) context.skip("this store offers no syncTransaction");
        const op = fc.oneof(
          fc.record({ kind: fc.constant("insert" as const), id: fc.constantFrom("p1", "p2", "p3"), text: fc.string({ maxLength: 6 }) }),
          fc.record({ kind: fc.constant("save" as const), id: fc.constantFrom("p1", "p2", "p3"), text: fc.string({ maxLength: 6 }), expected: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
          fc.record({ kind: fc.constant("delete" as const), id: fc.constantFrom("p1", "p2", "p3") }),
          fc.record({ kind: fc.constant("audit" as const), skip: fc.boolean() }),
        );
        await fc.assert(
          fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 12 }), fc.boolean(), async (before, ops, fail) => {
            const store = await options.create();
            try {
              const tenant = store.tenant("a");
              // The same operations through transaction() give the expected state; each refused one is skipped.
              const applyAsync = async (tx: TenantRepositories, list: typeof ops) => {
                for (const o of list) {
                  if (o.kind === "insert") await tx.posts.insert(fixturePost("a", o.id, { text: o.text, revision: 1 })).catch(() => {});
                  else if (o.kind === "save") {
                    const revision = ((await tx.posts.get(o.id))?.revision ?? 0) + 1;
                    await tx.posts.save(fixturePost("a", o.id, { text: o.text, revision }), o.expected === undefined ? {} : { expectedRevision: o.expected }).catch(() => {});
                  } else if (o.kind === "delete") await tx.posts.delete(o.id);
                  else {
                    const head = await tx.audit.head();
                    const entry = chain("a", (head?.seq ?? 0) + (o.skip ? 2 : 1))[(head?.seq ?? 0) + (o.skip ? 1 : 0)]!;
                    await tx.audit.append(entry).catch(() => {});
                  }
                }
              };
              const applySync = (tx: SyncTenantRepositories, list: typeof ops) => {
                const quietly = (write: () => void) => {
                  try {
                    write();
                  } catch (error) {
                    if (!KommuneError.isInstance(error, "CORE_CONFLICT")) throw error;
                  }
                };
                for (const o of list) {
                  if (o.kind === "insert") quietly(() => tx.posts.insert(fixturePost("a", o.id, { text: o.text, revision: 1 })));
                  else if (o.kind === "save") {
                    const revision = (tx.posts.get(o.id)?.revision ?? 0) + 1;
                    quietly(() => tx.posts.save(fixturePost("a", o.id, { text: o.text, revision }), o.expected === undefined ? {} : { expectedRevision: o.expected }));
                  } else if (o.kind === "delete") tx.posts.delete(o.id);
                  else {
                    const head = tx.audit.head();
                    const entry = chain("a", (head?.seq ?? 0) + (o.skip ? 2 : 1))[(head?.seq ?? 0) + (o.skip ? 1 : 0)]!;
                    quietly(() => tx.audit.append(entry));
                  }
                }
              };
              const snapshot = async (t: TenantStore) => ({
                posts: (await t.posts.list()).map((p) => [p.id, p.text, p.revision]),
                audit: (await t.audit.list()).map((e) => e.hash),
              });
              await tenant.transaction((tx) => applyAsync(tx, before));
              const expectedStore = await options.create();
              try {
                const expectedTenant = expectedStore.tenant("a");
                await expectedTenant.transaction((tx) => applyAsync(tx, before));
                if (!fail) await expectedTenant.transaction((tx) => applyAsync(tx, ops));
                const done = tenant.syncTransaction!((tx) => {
                  applySync(tx, ops);
                  if (fail) throw new Error("rolled back");
                });
                await (fail ? expect(done).rejects.toThrow("rolled back") : done);
                expect(await snapshot(tenant)).toEqual(await snapshot(expectedTenant));
              } finally {
                await options.destroy?.(expectedStore);
                await expectedStore.close().catch(() => {});
              }
            } finally {
              await options.destroy?.(store);
              await store.close().catch(() => {});
            }
          }),
          { numRuns: 40 },
        );
      });
    });

    if (options.reopen) {
      const reopen = options.reopen;
      it("keeps everything committed across close and reopen", async () => {
        let store = await options.create();
        try {
          const tenant = store.tenant("a");
          await store.organisations.save(fixtureOrganisation("a"));
          await tenant.posts.insert(fixturePost("a", "p1"));
          for (const entry of chain("a", 2)) await tenant.audit.append(entry);
          await tenant.metrics.append([fixtureSample("a", "2026-05-01T08:00:00.000Z", "likes", 4)]);
          await tenant.transaction(async (tx) => {
            await tx.posts.insert(fixturePost("a", "p2"));
          });
          await tenant.transaction(async (tx) => {
            await tx.posts.insert(fixturePost("a", "never"));
            throw new Error("rolled back");
          }).catch(() => {});
          store = await reopen(store);
          const again = store.tenant("a");
          expect((await again.posts.list()).map((p) => p.id)).toEqual(["p1", "p2"]);
          expect((await again.audit.head())?.seq).toBe(2);
          expect(await again.metrics.query()).toHaveLength(1);
          expect((await store.organisations.get("a"))?.name).toBe("Gemeinde a");
        } finally {
          await options.destroy?.(store);
          await store.close().catch(() => {});
        }
      });
    }

    it("refuses reads and writes after close", async () => {
      const store = await options.create();
      const tenant = store.tenant("a");
      await tenant.posts.insert(fixturePost("a", "before"));
      await store.close();
      for (const read of [() => tenant.posts.get("before"), () => tenant.posts.list(), () => tenant.audit.head(), () => tenant.metrics.query()]) {
        const caught = await read().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(KommuneError.isInstance(caught, "CORE_DISPOSED"), `a read after close gave ${String(caught)}`).toBe(true);
      }
      if (tenant.syncTransaction) {
        const refused = await tenant.syncTransaction((tx) => tx.posts.get("before")).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(KommuneError.isInstance(refused, "CORE_DISPOSED"), `a syncTransaction after close gave ${String(refused)}`).toBe(true);
      }
      const error = await (async () => store.tenant("a").posts.insert(fixturePost("a", "late")))().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(KommuneError.isInstance(error, "CORE_DISPOSED")).toBe(true);
      await options.destroy?.(store);
    });
  });
}
