import { KommuneError, type CollectionName, type Store, type TenantStore } from "@kommune-sm/core";
import { fixtureOrganisation, fixturePost, fixtureSample } from "@kommune-sm/core/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { openRawDatabase, TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const ORG = "musterstadt";

/** What a call gave: "ok", or the code of the kommune-sm error it threw (anything else is returned as it is). */
async function outcome(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return "ok";
  } catch (error) {
    return KommuneError.isInstance(error) ? error.code : error;
  }
}

/** Every public operation of a store and of one of its tenants. */
function everyOperation(store: Store, tenant: TenantStore): Record<string, () => unknown> {
  const things = tenant.collection("things" as CollectionName);
  return {
    "store.tenant": () => store.tenant(ORG),
    "organisations.get": () => store.organisations.get(ORG),
    "organisations.list": () => store.organisations.list(),
    "organisations.save": () => store.organisations.save(fixtureOrganisation("other")),
    "posts.get": () => tenant.posts.get("p1"),
    "posts.require": () => tenant.posts.require("p1"),
    "posts.list": () => tenant.posts.list({ where: { state: "draft" } }),
    "posts.count": () => tenant.posts.count(),
    "posts.insert": () => tenant.posts.insert(fixturePost(ORG, "p2")),
    "posts.save": () => tenant.posts.save(fixturePost(ORG, "p1", { revision: 2 }), { expectedRevision: 1 }),
    "posts.delete": () => tenant.posts.delete("p1"),
    "collection.get": () => things.get("t1"),
    "metrics.append": () => tenant.metrics.append([fixtureSample(ORG, "2026-05-01T08:00:00.000Z", "likes", 1)]),
    "metrics.query": () => tenant.metrics.query(),
    "audit.head": () => tenant.audit.head(),
    "audit.list": () => tenant.audit.list(),
    transaction: () => tenant.transaction(async (tx) => tx.posts.get("p1")),
    syncTransaction: () => tenant.syncTransaction!((tx) => tx.posts.get("p1")),
  };
}

async function expectEveryOperationDisposed(store: Store, tenant: TenantStore): Promise<void> {
  const outcomes: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(everyOperation(store, tenant))) outcomes[name] = await outcome(call);
  expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((name) => [name, "CORE_DISPOSED"])));
}

describe("closing the SQLite store", () => {
  it("may be done twice, at once or one after the other; afterwards every operation fails with CORE_DISPOSED", async () => {
    const store = createSqliteStore({ file: temp.file() });
    const tenant = store.tenant(ORG);
    await tenant.posts.insert(fixturePost(ORG, "p1"));
    await Promise.all([store.close(), store.close()]);
    await store.close();
    await expectEveryOperationDisposed(store, tenant);
  });

  it("closes without a raw SQLite error while another connection holds the write lock", async () => {
    const file = temp.file();
    const store = createSqliteStore({ file, indexes: { posts: ["state"] } });
    const tenant = store.tenant(ORG);
    for (let i = 0; i < 50; i++) await tenant.posts.insert(fixturePost(ORG, `p${i}`, { state: i % 2 === 0 ? "draft" : "approved" }));
    for (let i = 0; i < 20; i++) await tenant.posts.list({ where: { state: "draft" } });
    // SQLite's optimize at close would now analyse the table, which needs the write lock.
    const other = openRawDatabase(file);
    other.exec("BEGIN IMMEDIATE");
    try {
      const started = Date.now();
      expect(await outcome(() => store.close())).toBe("ok");
      expect(Date.now() - started).toBeLessThan(2_000); // not busyTimeoutMs (5 s) waiting for the lock
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    await expectEveryOperationDisposed(store, tenant);
    const again = createSqliteStore({ file });
    expect(await again.tenant(ORG).posts.count()).toBe(50);
    await again.close();
  });

  it("waits for the transactions running or waiting when it is called, and refuses what is asked after it", async () => {
    const file = temp.file();
    const store = createSqliteStore({ file });
    const tenant = store.tenant(ORG);
    await tenant.posts.insert(fixturePost(ORG, "p1"));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reading!: () => void;
    const inside = new Promise<void>((resolve) => (reading = resolve));
    const running = tenant.transaction(async (tx) => {
      reading();
      await gate;
      // Its own reads and writes still work while the store closes.
      const post = await tx.posts.require("p1");
      await tx.posts.save({ ...post, text: "written while closing", revision: 2 }, { expectedRevision: 1 });
      return tx.posts.count();
    });
    const waiting = tenant.transaction(async (tx) => tx.posts.insert(fixturePost(ORG, "p2")));
    const waitingWrite = tenant.posts.insert(fixturePost(ORG, "p3"));
    await inside;

    let closed = false;
    const closing = store.close().then(() => (closed = true));
    await expectEveryOperationDisposed(store, tenant);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(false);

    release();
    expect(await running).toBe(1);
    await expect(waiting).resolves.toBeUndefined();
    await expect(waitingWrite).resolves.toBeUndefined();
    await closing;
    expect(closed).toBe(true);
    await expectEveryOperationDisposed(store, tenant);

    const again = createSqliteStore({ file });
    expect((await again.tenant(ORG).posts.list()).map((post) => [post.id, post.revision])).toEqual([["p1", 2], ["p2", 1], ["p3", 1]]);
    expect((await again.tenant(ORG).posts.require("p1")).text).toBe("written while closing");
    await again.close();
  });

  it("is refused with CORE_INVALID_ARGUMENT from inside a transaction's work, which would wait for itself; the store stays open", async () => {
    const file = temp.file();
    const store = createSqliteStore({ file });
    const tenant = store.tenant(ORG);
    const refusal = await tenant.transaction(async (tx) => {
      await tx.posts.insert(fixturePost(ORG, "p1"));
      return outcome(() => store.close());
    });
    expect(refusal).toBe("CORE_INVALID_ARGUMENT");
    expect(await tenant.posts.get("p1")).toBeDefined();
    await store.close();
  });

  it("closes once a syncTransaction whose work called close() has committed", async () => {
    const file = temp.file();
    const store = createSqliteStore({ file });
    const tenant = store.tenant(ORG);
    let closing: Promise<unknown> | undefined;
    await tenant.syncTransaction!((tx) => {
      tx.posts.insert(fixturePost(ORG, "p1"));
      closing = outcome(() => store.close());
      tx.posts.insert(fixturePost(ORG, "p2"));
    });
    expect(await closing).toBe("ok");
    await expectEveryOperationDisposed(store, tenant);
    const again = createSqliteStore({ file });
    expect((await again.tenant(ORG).posts.list()).map((post) => post.id)).toEqual(["p1", "p2"]);
    await again.close();
  });

  it("closes stores over one file in any order", async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const file = temp.file();
      const stores = [createSqliteStore({ file }), createSqliteStore({ file })];
      await stores[0]!.tenant(ORG).posts.insert(fixturePost(ORG, "p1"));
      await stores[1]!.tenant(ORG).posts.insert(fixturePost(ORG, "p2"));
      for (const index of order) expect(await outcome(() => stores[index]!.close())).toBe("ok");
      for (const index of order) expect(await outcome(() => stores[index]!.close())).toBe("ok");
      const again = createSqliteStore({ file });
      expect(await again.tenant(ORG).posts.count()).toBe(2);
      await again.close();
    }
  });
});
