import { createAuditEntry, KommuneError, type CollectionName, type Repository, type Store, type TenantEntity } from "@kommune-sm/core";
import { fixturePost } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

type Delivery = TenantEntity & { state: string; revision: number; claimedBy?: string };

const temp = new TempFolders();
afterAll(() => temp.removeAll());

/** Two stores (two connections) over one new file; closed after `body`. */
async function withTwoStores(body: (a: Store, b: Store) => Promise<void>, options: { synchronous?: "normal" } = {}): Promise<void> {
  const file = temp.file();
  const a = createSqliteStore({ file, ...options });
  const b = createSqliteStore({ file, ...options });
  try {
    await body(a, b);
  } finally {
    await a.close();
    await b.close();
  }
}

const deliveries = (store: Store) => store.tenant("musterstadt").collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
const isConflict = (result: PromiseSettledResult<unknown>) => result.status === "rejected" && KommuneError.isInstance(result.reason, "CORE_CONFLICT");

describe("two stores over one file", () => {
  it("let exactly one of two saves at the same expectedRevision win; the other gets CORE_CONFLICT", () =>
    withTwoStores(async (a, b) => {
      await deliveries(a).insert({ id: "d1", organisationId: "musterstadt", state: "due", revision: 1 });
      const [seenByA, seenByB] = [await deliveries(a).require("d1"), await deliveries(b).require("d1")];
      const results = await Promise.allSettled([
        deliveries(a).save({ ...seenByA, state: "sending", claimedBy: "a", revision: 2 }, { expectedRevision: seenByA.revision }),
        deliveries(b).save({ ...seenByB, state: "sending", claimedBy: "b", revision: 2 }, { expectedRevision: seenByB.revision }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.filter(isConflict)).toHaveLength(1);
      const winner = results[0]!.status === "fulfilled" ? "a" : "b";
      expect(await deliveries(a).require("d1")).toMatchObject({ claimedBy: winner, revision: 2 });
      expect(await deliveries(b).require("d1")).toMatchObject({ claimedBy: winner, revision: 2 });
    }));

  it("let exactly one of two inserts of one id win, and one of two audit appends on the same head", () =>
    withTwoStores(async (a, b) => {
      const inserts = await Promise.allSettled([
        deliveries(a).insert({ id: "d1", organisationId: "musterstadt", state: "from a", revision: 1 }),
        deliveries(b).insert({ id: "d1", organisationId: "musterstadt", state: "from b", revision: 1 }),
      ]);
      expect(inserts.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(inserts.filter(isConflict)).toHaveLength(1);

      const input = (who: string) => ({ actor: { kind: "member" as const, id: who }, action: "post.submitted", subject: { type: "post", id: "p1" } });
      const first = createAuditEntry(undefined, "musterstadt", input("anna"), Date.UTC(2026, 4, 1));
      await a.tenant("musterstadt").audit.append(first);
      const head = await b.tenant("musterstadt").audit.head();
      const appends = await Promise.allSettled([
        a.tenant("musterstadt").audit.append(createAuditEntry(head, "musterstadt", input("a"), Date.UTC(2026, 4, 2))),
        b.tenant("musterstadt").audit.append(createAuditEntry(head, "musterstadt", input("b"), Date.UTC(2026, 4, 2))),
      ]);
      expect(appends.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(appends.filter(isConflict)).toHaveLength(1);
      expect((await a.tenant("musterstadt").audit.list()).map((entry) => entry.seq)).toEqual([1, 2]);
    }));

  it("keep a transaction's writes invisible to the other store until it commits", () =>
    withTwoStores(async (a, b) => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => (wrote = resolve));
      const running = a.tenant("musterstadt").transaction(async (tx) => {
        await tx.posts.insert(fixturePost("musterstadt", "pending"));
        await tx.metrics.append([{ organisationId: "musterstadt", channelId: "c1", at: "2026-05-01T08:00:00.000Z", metric: "likes", value: 1 }]);
        wrote();
        await gate;
      });
      await written;
      // The other connection writes meanwhile: a transaction holds no database lock while its work runs.
      await b.tenant("musterstadt").posts.insert(fixturePost("musterstadt", "other"));
      expect(await b.tenant("musterstadt").posts.get("pending")).toBeUndefined();
      expect(await b.tenant("musterstadt").metrics.query()).toEqual([]);
      expect(await b.tenant("musterstadt").posts.count()).toBe(1);
      release();
      await running;
      expect(await b.tenant("musterstadt").posts.get("pending")).toBeDefined();
      expect(await b.tenant("musterstadt").metrics.query()).toHaveLength(1);
    }));

  it("roll back a whole transaction whose expectedRevision another store overtook at commit", () =>
    withTwoStores(async (a, b) => {
      await deliveries(a).insert({ id: "d1", organisationId: "musterstadt", state: "due", revision: 1 });
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let claimed!: () => void;
      const claimedInTransaction = new Promise<void>((resolve) => (claimed = resolve));
      const slow = a.tenant("musterstadt").transaction(async (tx) => {
        const repo = tx.collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
        const seen = await repo.require("d1");
        await repo.save({ ...seen, claimedBy: "a", revision: seen.revision + 1 }, { expectedRevision: seen.revision });
        await tx.posts.insert(fixturePost("musterstadt", "written-with-the-claim"));
        claimed();
        await gate;
      });
      // The transaction's save passed its check against revision 1; only the
      // check again at commit can see that b got there first.
      await claimedInTransaction;
      await deliveries(b).save({ id: "d1", organisationId: "musterstadt", state: "sending", claimedBy: "b", revision: 2 }, { expectedRevision: 1 });
      release();
      await expect(slow).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_CONFLICT"));
      expect(await deliveries(a).require("d1")).toMatchObject({ claimedBy: "b", revision: 2 });
      expect(await a.tenant("musterstadt").posts.get("written-with-the-claim")).toBeUndefined();
    }));

  it("claim each delivery exactly once, for any interleaving of claimers on two stores (property)", async () => {
    // A claimer reads a delivery and saves it at the revision it read, as the
    // publishing engine claims deliveries. Whatever the interleaving: every
    // save at a revision that is still current wins, every other one gets
    // CORE_CONFLICT, and no claim is lost or doubled.
    const claimer = fc.record({ store: fc.constantFrom(0, 1), delivery: fc.constantFrom("d1", "d2"), viaTransaction: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(claimer, { minLength: 2, maxLength: 8 }), fc.scheduler(), async (claimers, scheduler) => {
        await withTwoStores(
          async (a, b) => {
            const stores = [a, b];
            for (const id of ["d1", "d2"]) await deliveries(a).insert({ id, organisationId: "musterstadt", state: "due", revision: 1 });
            const settled = Promise.allSettled(
              claimers.map(async (c, index) => {
                const store = stores[c.store]!;
                const claim = async (repo: Repository<Delivery>) => {
                  const seen = await scheduler.schedule(repo.require(c.delivery), `read ${index}`);
                  await scheduler.schedule(Promise.resolve(), `think ${index}`);
                  await repo.save({ ...seen, claimedBy: `claimer-${index}`, revision: seen.revision + 1 }, { expectedRevision: seen.revision });
                  return seen.revision;
                };
                return c.viaTransaction
                  ? store.tenant("musterstadt").transaction((tx) => claim(tx.collection("deliveries" as CollectionName) as unknown as Repository<Delivery>))
                  : claim(deliveries(store));
              }),
            );
            // A claimer behind the tenant lock schedules its steps only once the
            // one before it has committed, so keep releasing until all are done.
            let done = false;
            void settled.then(() => (done = true));
            while (!done) {
              await scheduler.waitAll();
              await new Promise((resolve) => setImmediate(resolve));
            }
            const outcomes = await settled;
            for (const outcome of outcomes) {
              if (outcome.status === "rejected") expect(KommuneError.isInstance(outcome.reason, "CORE_CONFLICT"), String(outcome.reason)).toBe(true);
            }
            for (const id of ["d1", "d2"]) {
              const wins = claimers.map((c, index) => ({ c, outcome: outcomes[index]! })).filter(({ c, outcome }) => c.delivery === id && outcome.status === "fulfilled");
              const stored = await deliveries(b).require(id);
              // No lost update: each win raised the revision by one, and the wins read revisions 1, 2, 3, ...
              expect(stored.revision).toBe(1 + wins.length);
              expect(wins.map(({ outcome }) => (outcome as PromiseFulfilledResult<number>).value).sort()).toEqual(wins.map((_, i) => i + 1));
            }
          },
          { synchronous: "normal" },
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
