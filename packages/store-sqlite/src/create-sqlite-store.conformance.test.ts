import { testAuditRepository, testStoreConformance } from "@kommune-sm/core/testkit";
import type { Store } from "@kommune-sm/core";
import { afterAll } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

const temp = new TempFolders();
const files = new WeakMap<Store, string>();
const open = (file: string) => {
  const store = createSqliteStore({ file });
  files.set(store, file);
  return store;
};
const stores: Store[] = [];

afterAll(async () => {
  for (const store of stores) await store.close();
  temp.removeAll();
});

testStoreConformance({
  name: "sqlite",
  create: () => open(temp.file()),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!);
  },
  connect: (store) => createSqliteStore({ file: files.get(store)! }),
});

testAuditRepository("sqlite store", () => {
  const store = open(temp.file());
  stores.push(store);
  return store.tenant("musterstadt");
});
