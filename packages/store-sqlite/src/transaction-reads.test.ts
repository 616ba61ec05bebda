import { KommuneError, type Store, type TenantRepositories, type TenantStore } from "@kommune-sm/core";
import { fixturePost, fixtureSample } from "@kommune-sm/core/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

// The async transaction keeps its writes aside and applies them at the end;
// what it read meanwhile may have been changed by another connection (another
// store on the file, another process). Every read from the committed data is
// asked again at commit, inside the write lock: if the answer changed, the
// commit is refused with CORE_CONFLICT and nothing is written.

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const ORG = "musterstadt";

/** Two stores (two connections) over one new file, `b` with seeded posts; closed after `body`. */
async function withTwoStores(body: (a: TenantStore, b: TenantStore, stores: { a: Store; b: Store }) => Promise<void>): Promise<void> {
  const file = temp.file();
  const a = createSqliteStore({ file });
  const b = createSqliteStore({ file, busyTimeoutMs: 50 });
  try {
    for (const [id, state] of [["p1", "draft"], ["p2", "in-review"], ["p3", "draft"]] as const) {
      await b.tenant(ORG).posts.insert(fixturePost(ORG, id, { state }));
    }
    await body(a.tenant(ORG), b.tenant(ORG), { a, b });
  } finally {
    await a.close();
    await b.close();
  }
}

/**
 * Runs a transaction on `a` that reads with `read`, lets `b` commit `change`
 * (another connection, between the read and the commit), then writes a
 * marker post. Resolves with how the commit ended and whether the marker was stored.
 */
async function readChangeCommit(a: TenantStore, b: TenantStore, read: (tx: TenantRepositories) => Promise<unknown>, change: (b: TenantStore) => Promise<unknown>) {
  const outcome = await a
    .transaction(async (tx) => {
      await read(tx);
      await change(b);
      await tx.posts.insert(fixturePost(ORG, "marker"));
    })
    .then(
      () => "committed" as const,
      (error: unknown) => (KommuneError.isInstance(error, "CORE_CONFLICT") ? ("conflict" as const) : error),
    );
  return { outcome, markerStored: (await b.posts.get("marker")) !== undefined };
}

const changed = { outcome: "conflict", markerStored: false };
const unchanged = { outcome: "committed", markerStored: true };

describe("an async transaction of the SQLite store, against another connection", () => {
  describe("refuses its commit with CORE_CONFLICT and writes nothing when another connection changed what it read", () => {
    it("an entity read by id, changed since", () =>
      withTwoStores(async (a, b) => {
        const result = await readChangeCommit(a, b, (tx) => tx.posts.get("p1"), (b) => b.posts.save(fixturePost(ORG, "p1", { text: "changed", revision: 2 })));
        expect(result).toEqual(changed);
      }));

    it("an entity read by id, changed without a new revision (team members and strategies have none)", () =>
      withTwoStores(async (a, b) => {
        await b.teamMembers.insert({ id: "bernd", organisationId: ORG, name: "Bernd", roles: ["approver"], competencies: [], active: true } as never);
        const result = await readChangeCommit(
          a,
          b,
          (tx) => tx.teamMembers.require("bernd"),
          (b) => b.teamMembers.save({ id: "bernd", organisationId: ORG, name: "Bernd", roles: ["viewer"], competencies: [], active: true } as never),
        );
        expect(result).toEqual(changed);
      }));

    it("an entity read by id, deleted since", () =>
      withTwoStores(async (a, b) => {
        expect(await readChangeCommit(a, b, (tx) => tx.posts.require("p1"), (b) => b.posts.delete("p1"))).toEqual(changed);
      }));

    it("an entity found absent, inserted since", () =>
      withTwoStores(async (a, b) => {
        expect(await readChangeCommit(a, b, (tx) => tx.posts.get("p9"), (b) => b.posts.insert(fixturePost(ORG, "p9")))).toEqual(changed);
      }));

    it("a list: an entity now matches, one no longer does, or a listed one changed", () =>
      withTwoStores(async (a, b) => {
        const drafts = (tx: TenantRepositories) => tx.posts.list({ where: { state: "draft" } });
        expect(await readChangeCommit(a, b, drafts, (b) => b.posts.insert(fixturePost(ORG, "p4")))).toEqual(changed);
        expect(await readChangeCommit(a, b, drafts, (b) => b.posts.save(fixturePost(ORG, "p3", { state: "in-review", revision: 2 })))).toEqual(changed);
        expect(await readChangeCommit(a, b, drafts, (b) => b.posts.save(fixturePost(ORG, "p1", { text: "changed" })))).toEqual(changed);
      }));

    it("a paged and sorted list whose page changed", () =>
      withTwoStores(async (a, b) => {
        const page = (tx: TenantRepositories) => tx.posts.list({ orderBy: "text", direction: "desc", limit: 2 });
        expect(await readChangeCommit(a, b, page, (b) => b.posts.insert(fixturePost(ORG, "p0", { text: "Zzz: now first" })))).toEqual(changed);
      }));

    it("a count", () =>
      withTwoStores(async (a, b) => {
        expect(await readChangeCommit(a, b, (tx) => tx.posts.count({ state: "draft" }), (b) => b.posts.delete("p1"))).toEqual(changed);
      }));

    it("a list read after the transaction's own writes to the collection", () =>
      withTwoStores(async (a, b) => {
        const result = await readChangeCommit(
          a,
          b,
          async (tx) => {
            await tx.posts.save(fixturePost(ORG, "p3", { text: "own write" }));
            return tx.posts.list({ where: { state: "draft" } });
          },
          (b) => b.posts.save(fixturePost(ORG, "p1", { text: "changed" })),
        );
        expect(result).toEqual(changed);
      }));

    it("metric samples queried", () =>
      withTwoStores(async (a, b) => {
        await b.metrics.append([fixtureSample(ORG, "2026-05-01T08:00:00.000Z", "likes", 1)]);
        const result = await readChangeCommit(
          a,
          b,
          (tx) => tx.metrics.query({ metric: "likes" }),
          (b) => b.metrics.append([fixtureSample(ORG, "2026-05-02T08:00:00.000Z", "likes", 2)]),
        );
        expect(result).toEqual(changed);
      }));

    it("also when the transaction writes nothing", () =>
      withTwoStores(async (a, b) => {
        const readOnly = a.transaction(async (tx) => {
          const post = await tx.posts.require("p1");
          await b.posts.save(fixturePost(ORG, "p1", { text: "changed", revision: 2 }));
          return post.revision;
        });
        await expect(readOnly).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_CONFLICT"));
      }));
  });

  describe("commits when what another connection changed is not what it read", () => {
    it("another entity, another collection, a row outside the list's filter or page", () =>
      withTwoStores(async (a, b) => {
        const reads = async (tx: TenantRepositories) => {
          await tx.posts.get("p1");
          await tx.posts.get("p9");
          await tx.posts.list({ where: { state: "draft" } });
          await tx.posts.list({ orderBy: "id", limit: 1 });
          await tx.posts.count({ state: "draft" });
        };
        expect(await readChangeCommit(a, b, reads, (b) => b.posts.save(fixturePost(ORG, "p2", { state: "in-review", text: "changed", revision: 2 })))).toEqual(unchanged);
        await a.posts.delete("marker");
        expect(await readChangeCommit(a, b, reads, (b) => b.channels.insert({ id: "c1", organisationId: ORG } as never))).toEqual(unchanged);
        await a.posts.delete("marker");
        // A write that leaves the answer as it was: the same document again.
        expect(await readChangeCommit(a, b, reads, async (b) => b.posts.save((await b.posts.require("p1"))!))).toEqual(unchanged);
        await a.posts.delete("marker");
        expect(await readChangeCommit(a, b, reads, async () => undefined)).toEqual(unchanged);
      }));

    it("an entity the transaction read only from its own writes", () =>
      withTwoStores(async (a, b) => {
        const result = await readChangeCommit(
          a,
          b,
          async (tx) => {
            await tx.posts.save(fixturePost(ORG, "p1", { text: "blind write", revision: 5 }));
            return tx.posts.require("p1");
          },
          (b) => b.posts.save(fixturePost(ORG, "p1", { text: "changed", revision: 2 })),
        );
        expect(result).toEqual(unchanged);
        expect((await b.posts.require("p1")).text).toBe("blind write");
      }));
  });
});

describe("a syncTransaction of the SQLite store", () => {
  // It runs inside one BEGIN IMMEDIATE transaction: from its first read to its
  // commit it holds the write lock, so no other connection can commit in
  // between and its reads cannot go stale; nothing is checked again.
  it("holds the write lock from its first read to its commit, so no other connection commits in between", () =>
    withTwoStores(async (a, b) => {
      await b.posts.save(fixturePost(ORG, "p1", { text: "seen", revision: 2 }));
      let attempt: Promise<unknown> | undefined;
      await a.syncTransaction!((tx) => {
        const post = tx.posts.require("p1");
        expect(post.text).toBe("seen");
        attempt = b.posts.save(fixturePost(ORG, "p1", { text: "from b", revision: 3 }), { expectedRevision: 2 });
        tx.posts.save({ ...post, text: "from a", revision: 3 }, { expectedRevision: 2 });
      });
      await expect(attempt).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_STORE_FAILED"));
      expect(await b.posts.require("p1")).toMatchObject({ text: "from a", revision: 3 });
    }));
});
