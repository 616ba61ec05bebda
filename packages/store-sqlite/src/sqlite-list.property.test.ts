import { applyListOptions, matchesFilter, type CollectionName, type ListOptions, type Repository, type Store, type TenantEntity } from "@kommune-sm/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

type Thing = TenantEntity & Record<string, unknown>;

const FIELDS = ["a", "b", "n", "x y", "ä", "id", "constructor", "it's"] as const;

// Mostly what real documents hold; now and then text from code unit 0xD800 on
// (emoji, private use, lone surrogates), where SQLite's byte order differs.
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 6, arbitrary: fc.constantFrom("", "a", "b", "ab", "B", "true", "false", "null", "{", "[1]", '{"k":1}', "10", "5", "-1", "1e+21", "2026-05-01T08:00:00.000Z", "2026-05-02T08:00:00.000Z", "ä") },
  { weight: 1, arbitrary: fc.constantFrom("😀", "\ue000", "\ud800", "x\udc00") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
);
const number = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e21, 0.1, 5, 10, 1.5));
const json: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom("a", "ü")), { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("k", "a"), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom("a", "😀")), { maxKeys: 2 }) },
);
// What a filter may hold besides JSON values: values that JSON cannot store.
const filterValue = fc.oneof({ weight: 12, arbitrary: json }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined) });
const CONDITION_KEYS = ["eq", "in", "lt", "lte", "gt", "gte", "missing"] as const;
const conditionValue = (key: (typeof CONDITION_KEYS)[number]): fc.Arbitrary<unknown> =>
  key === "in"
    ? fc.array(filterValue, { maxLength: 3 })
    : key === "missing"
      ? fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant("yes") })
      : filterValue;
// One or two keys, so that a condition selects some entities and not mostly none.
const condition = fc
  .uniqueArray(fc.constantFrom(...CONDITION_KEYS), { minLength: 1, maxLength: 2 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, conditionValue(key)]))));
const where = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(filterValue, condition, condition), { maxKeys: 2 });
const count = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5) }, { weight: 3, arbitrary: fc.constant(undefined) });
const listOptions = fc.record(
  { where, orderBy: fc.constantFrom(...FIELDS), direction: fc.constantFrom("asc" as const, "desc" as const), limit: count, offset: count },
  { requiredKeys: [] },
);
const id = fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom("😀", "\ue000", "é", "p1", "P1") });
const fields = fc.record({ a: json, b: json, n: json, "x y": json, ä: json, "it's": json }, { requiredKeys: [] });
const things = fc.uniqueArray(fc.record({ id, fields }), { selector: (thing) => thing.id, maxLength: 12 });

/** What the store keeps of an entity: its JSON. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Core's compare() is no total order when a field holds numbers and other
 * values at once (5 < 10 numerically, "10" < "5" as text, 5 vs "10" as text),
 * so the order of such a list is undefined in core too; then only the set of
 * entities is compared.
 */
function sortIsDefined(entities: readonly Thing[], options: ListOptions<Thing>): boolean {
  if (options.orderBy === undefined) return true;
  const values = applyListOptions(entities, { where: options.where }).map((entity) => entity[options.orderBy!]);
  return !(values.some((value) => typeof value === "number") && values.some((value) => value !== undefined && typeof value !== "number"));
}

async function expectSameAsCore(repo: Repository<Thing>, entities: readonly Thing[], options: ListOptions<Thing>): Promise<void> {
  const ids = (list: readonly Thing[]) => list.map((entity) => entity.id);
  if (sortIsDefined(entities, options)) {
    expect(ids(await repo.list(options))).toEqual(ids(applyListOptions(entities, options)));
  } else {
    const all = { where: options.where };
    expect(ids(await repo.list(all)).sort()).toEqual(ids(applyListOptions(entities, all)).sort());
  }
  expect(await repo.count(options.where)).toBe(entities.filter((entity) => matchesFilter(entity, options.where)).length);
}

describe("list and count give exactly core's applyListOptions / matchesFilter", () => {
  const temp = new TempFolders();
  let store: Store;
  let run = 0;
  beforeAll(() => {
    // Declared indexes change how SQLite finds rows, never which.
    store = createSqliteStore({ file: temp.file(), synchronous: "normal", indexes: { things: ["a", ["n", "b"], "x y"] } });
  });
  afterAll(async () => {
    await store.close();
    temp.removeAll();
  });

  it("for any entities, filter, order and page (property)", async () => {
    await fc.assert(
      fc.asyncProperty(things, listOptions, async (generated, options) => {
        const organisationId = `org-${run++}`;
        const repo = store.tenant(organisationId).collection("things" as CollectionName) as unknown as Repository<Thing>;
        const entities = generated.map((thing) => roundTrip({ ...thing.fields, id: thing.id, organisationId }) as Thing);
        for (const entity of entities) await repo.insert(entity);
        await expectSameAsCore(repo, entities, options as ListOptions<Thing>);
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it("orders and compares text beyond U+D7FF like JavaScript (UTF-16 code units), not like SQLite (UTF-8 bytes) (property)", async () => {
    // "😀" < "\ue000" in UTF-16 (0xD83D < 0xE000) but not in UTF-8 (F0 > EE).
    const wide = fc.string({ unit: fc.constantFrom("a", "é", "\ud7ff", "\ue000", "\uffff", "😀", "\ud800", "\udc00"), maxLength: 2 });
    // Ids are well-formed text (the store refuses others: see "refuses an id with a lone surrogate"); values need not be.
    const wellFormedWide = fc.string({ unit: fc.constantFrom("a", "é", "\ud7ff", "\ue000", "\uffff", "😀"), maxLength: 2 });
    const entityArb = fc.uniqueArray(fc.record({ id: wellFormedWide.filter((s) => s !== ""), s: fc.option(wide, { nil: undefined }) }), { selector: (e) => e.id, maxLength: 8 });
    const range = fc.constantFrom("lt", "lte", "gt", "gte").chain((key) => wide.map((bound) => ({ s: { [key]: bound } })));
    const options = fc.record(
      { where: range, orderBy: fc.constantFrom("s", "id"), direction: fc.constantFrom("asc" as const, "desc" as const), limit: fc.integer({ min: 0, max: 4 }) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(entityArb, options, async (generated, opts) => {
        const organisationId = `org-${run++}`;
        const repo = store.tenant(organisationId).collection("things" as CollectionName) as unknown as Repository<Thing>;
        const entities = generated.map((e) => roundTrip({ ...e, organisationId }) as Thing);
        // Stored first without the field, then saved with it: the update path must mark wide text too.
        for (const entity of entities) await repo.insert({ id: entity.id, organisationId });
        for (const entity of entities) await repo.save(entity);
        await expectSameAsCore(repo, entities, opts as ListOptions<Thing>);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("keeps text beyond U+D7FF ordered like JavaScript after saves at a revision that add, keep or drop it (property)", async () => {
    // A save at an expected revision takes a plain UPDATE while the row's
    // wide-text marker stays, and a second statement when it changes.
    const wide = fc.string({ unit: fc.constantFrom("a", "\ue000", "😀"), maxLength: 2 });
    const entityArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), before: fc.option(wide, { nil: undefined }), s: fc.option(wide, { nil: undefined }) }),
      { selector: (e) => e.id, maxLength: 5 },
    );
    const options = fc.record({ orderBy: fc.constantFrom("s", "id"), direction: fc.constantFrom("asc" as const, "desc" as const), where: fc.constantFrom(undefined, { s: { gte: "\ue000" } }) }, { requiredKeys: ["orderBy"] });
    await fc.assert(
      fc.asyncProperty(entityArb, options, async (generated, opts) => {
        const organisationId = `org-${run++}`;
        const repo = store.tenant(organisationId).collection("things" as CollectionName) as unknown as Repository<Thing & { revision: number }>;
        for (const { id, before } of generated) await repo.insert({ id, organisationId, revision: 1, ...(before === undefined ? {} : { s: before }) });
        const saved = generated.map(({ id, s }) => roundTrip({ id, organisationId, revision: 2, ...(s === undefined ? {} : { s }) }) as Thing & { revision: number });
        for (const entity of saved) await repo.save(entity, { expectedRevision: 1 });
        if (saved.length > 0) await expect(repo.save({ ...saved[0]!, revision: 3 }, { expectedRevision: 1 })).rejects.toMatchObject({ code: "CORE_CONFLICT" });
        await expectSameAsCore(repo as unknown as Repository<Thing>, saved, (opts.where === undefined ? { orderBy: opts.orderBy, direction: opts.direction } : opts) as ListOptions<Thing>);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("refuses an id with a lone surrogate, which SQLite would merge with another, and finds nothing by one", async () => {
    const organisationId = `org-${run++}`;
    const things = store.tenant(organisationId).collection("things" as CollectionName) as unknown as Repository<Thing>;
    await things.insert({ id: "\ufffd", organisationId });
    for (const id of ["\ud800", "\udc00", "a\udfff"]) {
      await expect(things.insert({ id, organisationId })).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
      await expect(things.save({ id, organisationId })).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
      expect(await things.get(id)).toBeUndefined();
      expect(await things.delete(id)).toBe(false);
    }
    expect(await things.list()).toEqual([{ id: "\ufffd", organisationId }]);
  });

  it("finds a value with a lone surrogate by equality exactly as core does, whatever Node's UTF-8 conversion of bound text", async () => {
    // Node 20 binds "\udc00" as the bytes ED B0 80 (what SQLite decodes the
    // stored JSON escape to), Node 24 as U+FFFD (EF BF BD): there SQL would
    // find nothing by "x\udc00" and would find "x\ufffd" by it.
    const organisationId = `org-${run++}`;
    const repo = store.tenant(organisationId).collection("things" as CollectionName) as unknown as Repository<Thing>;
    const values = ["x\udc00", "x\ud800", "x\ufffd", "\udc00x", "x"];
    const entities = values.map((value, i) => ({ id: `e${i}`, organisationId, n: value, "x y": value, a: [value], b: { k: value } }) as Thing);
    for (const entity of entities) await repo.insert(entity);
    for (const value of values) {
      for (const where of [{ n: value }, { "x y": value }, { n: { eq: value } }, { n: { in: [value, "none"] } }, { a: [value] }, { b: { k: value } }, { n: value, "x y": value }]) {
        for (const extra of [{}, { limit: 3 }, { orderBy: "n" as const }]) await expectSameAsCore(repo, entities, { where, ...extra } as ListOptions<Thing>);
        await tenantTransactionSameAsCore(organisationId, entities, where);
      }
    }
  });

  async function tenantTransactionSameAsCore(organisationId: string, entities: readonly Thing[], where: object): Promise<void> {
    await store.tenant(organisationId).transaction(async (tx) => {
      await expectSameAsCore(tx.collection("things" as CollectionName) as unknown as Repository<Thing>, entities, { where } as ListOptions<Thing>);
    });
  }

  it("lists by text equality in id order like core, also over ids beyond U+D7FF, with and without a limit (property)", async () => {
    // The engine's and most plugins' lists: many rows match, so the order of
    // wide ids (which SQLite sorts by UTF-8 bytes) and the limit matter.
    const ids = fc.uniqueArray(fc.constantFrom("a", "b", "é", "\ue000", "😀", "\uffff", "z"), { minLength: 1, maxLength: 7 });
    const options = fc.record(
      {
        where: fc.constantFrom(undefined, { k: "x" }, { k: "x", "it's": "y" }, { k: "y" }),
        direction: fc.constantFrom(undefined, "asc" as const, "desc" as const),
        limit: fc.constantFrom(undefined, 0, 1, 2, 5),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(ids, fc.array(fc.constantFrom("x", "y"), { minLength: 7, maxLength: 7 }), options, async (chosen, values, opts) => {
        const organisationId = `org-${run++}`;
        const repo = store.tenant(organisationId).collection("things" as CollectionName) as unknown as Repository<Thing>;
        const entities = chosen.map((entityId, i) => ({ id: entityId, organisationId, k: values[i]!, "it's": values[(i + 1) % 7]! }) as Thing);
        for (const entity of entities) await repo.insert(entity);
        await expectSameAsCore(repo, entities, opts as ListOptions<Thing>);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("inside a transaction, over its own writes and the stored rows (property)", async () => {
    await fc.assert(
      fc.asyncProperty(things, things, fc.array(fc.nat(), { maxLength: 3 }), listOptions, async (stored, written, deletions, options) => {
        const organisationId = `org-${run++}`;
        const tenant = store.tenant(organisationId);
        const name = "things" as CollectionName;
        const make = (thing: (typeof stored)[number]) => roundTrip({ ...thing.fields, id: thing.id, organisationId }) as Thing;
        const before = stored.map(make);
        for (const entity of before) await tenant.collection(name).save(entity as never);
        await tenant.transaction(async (tx) => {
          const repo = tx.collection(name) as unknown as Repository<Thing>;
          const current = new Map(before.map((entity) => [entity.id, entity]));
          for (const entity of written.map(make)) {
            await repo.save(entity);
            current.set(entity.id, entity);
          }
          for (const index of deletions) {
            const victim = [...current.keys()][index % Math.max(1, current.size)];
            if (victim !== undefined) {
              expect(await repo.delete(victim)).toBe(true);
              current.delete(victim);
            }
          }
          await expectSameAsCore(repo, [...current.values()], options as ListOptions<Thing>);
        });
      }),
      { numRuns: 4000 },
    );
  }, 120_000);
});
