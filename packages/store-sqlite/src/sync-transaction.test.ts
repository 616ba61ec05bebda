import type { Post } from "@kommune-sm/core";
import { afterAll, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const post = (organisationId: string, id: string) => ({ id, organisationId, title: id, revision: 1 }) as unknown as Post;

// All organisations of a store share one connection, and a syncTransaction is
// one real database transaction on it: a write that does not go through its
// `tx` would join it silently and be undone with it. It is refused instead,
// and the transaction is rolled back, so nothing is stored half.
it("refuses, and rolls the syncTransaction back for, a write of another organisation or of the organisations made inside its work", async () => {
  const store = createSqliteStore({ file: temp.file() });
  try {
    const a = store.tenant("a");
    const b = store.tenant("b");
    const inside: Array<() => Promise<unknown>> = [
      () => b.posts.insert(post("b", "b-1")),
      () => store.organisations.save({ id: "c" } as never),
      () => b.syncTransaction!((tx) => tx.posts.insert(post("b", "b-2"))),
    ];
    for (const write of inside) {
      let attempt: Promise<unknown> | undefined;
      await expect(
        a.syncTransaction!((tx) => {
          tx.posts.insert(post("a", "a-1"));
          attempt = write();
        }),
      ).rejects.toThrow(/while a syncTransaction of the same store was running/);
      await expect(attempt).rejects.toThrow(/syncTransaction/);
    }
    expect(await a.posts.list()).toEqual([]);
    expect(await b.posts.list()).toEqual([]);
    expect(await store.organisations.get("c")).toBeUndefined();
    // Outside the work, the same writes go through.
    await b.posts.insert(post("b", "b-1"));
    await a.syncTransaction!((tx) => tx.posts.insert(post("a", "a-1")));
    expect((await a.posts.list()).map((p) => p.id)).toEqual(["a-1"]);
    expect((await b.posts.list()).map((p) => p.id)).toEqual(["b-1"]);
  } finally {
    await store.close();
  }
});
