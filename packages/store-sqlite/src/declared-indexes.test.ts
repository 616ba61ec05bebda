import type { CollectionName, ListOptions, Repository, TenantEntity } from "@kommune-sm/core";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { declaredIndexNames } from "./declared-indexes.js";
import { openDatabase } from "./open-database.js";
import { SqliteTables } from "./sqlite-tables.js";
import { TempFolders } from "./test-support.js";

type Delivery = TenantEntity & { state: string; dueAt?: string; channelId: string; revision: number };
type Document = TenantEntity & Record<string, unknown>;

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const indexes = { deliveries: [["state", "dueAt"], "channelId"] } as const;
const due: ListOptions<Document> = { where: { state: "scheduled", dueAt: { lte: "2026-05-01T08:00:00.000Z" } }, orderBy: "dueAt", limit: 50 };

describe("declared indexes", () => {
  it("are created once, as partial indexes of their collection", async () => {
    const file = temp.file();
    await createSqliteStore({ file, indexes }).close();
    const db = openDatabase({ file, indexes });
    const names = (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name LIKE 'ksm_index_%' ORDER BY name").all() as { name: string; sql: string }[]);
    expect(names.map((row) => row.name).sort()).toEqual(declaredIndexNames(indexes).sort());
    expect(names.every((row) => row.sql.includes("WHERE collection = 'deliveries'"))).toBe(true);
    db.close();
  });

  it("answer the due-deliveries list from the index, in order, without a sort step", () => {
    const db = openDatabase({ file: temp.file(), indexes });
    const plan = new SqliteTables(db).explainList("musterstadt", "deliveries", due).join("\n");
    const [stateAndDue] = declaredIndexNames(indexes);
    expect(plan).toContain(`USING INDEX ${stateAndDue}`);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it("without the option, the same list scans the collection", () => {
    const db = openDatabase({ file: temp.file() });
    const plan = new SqliteTables(db).explainList("musterstadt", "deliveries", due).join("\n");
    expect(plan).not.toMatch(/ksm_index_/);
    db.close();
  });

  it("give the same answers as no index", async () => {
    const file = temp.file();
    const plain = createSqliteStore({ file: temp.file(), synchronous: "normal" });
    const indexed = createSqliteStore({ file, indexes, synchronous: "normal" });
    const states = ["draft", "scheduled", "sent", "failed"];
    for (const store of [plain, indexed]) {
      await store.tenant("musterstadt").transaction(async (tx) => {
        const repo = tx.collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
        for (let i = 0; i < 500; i++) {
          const dueAt = i % 7 === 0 ? undefined : new Date(Date.UTC(2026, 3, 1) + i * 3_600_000).toISOString();
          await repo.insert({ id: `d${String(i).padStart(4, "0")}`, organisationId: "musterstadt", state: states[i % 4]!, channelId: `c${i % 3}`, revision: 1, ...(dueAt ? { dueAt } : {}) });
        }
      });
    }
    const list = (store: typeof plain, options: ListOptions<Document>) =>
      (store.tenant("musterstadt").collection("deliveries" as CollectionName) as unknown as Repository<Document>).list(options);
    for (const options of [due, { ...due, direction: "desc" as const, offset: 3 }, { where: { channelId: "c1", state: { in: ["sent", "failed"] } } }, { where: { dueAt: { gt: "2026-04-10" } }, orderBy: "dueAt" }]) {
      expect((await list(indexed, options)).map((d) => d.id)).toEqual((await list(plain, options)).map((d) => d.id));
    }
    expect((await list(indexed, due)).length).toBe(50);
    await plain.close();
    await indexed.close();
  });
});
