import { KommuneError, type CollectionName, type Repository, type Store, type TenantEntity } from "@kommune-sm/core";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

// Transactions of two connections (two stores over one file), their steps
// interleaved at random. Whatever the interleaving, the committed history
// must be serialisable: replayed one after another in commit order on a
// model, every committed transaction reads exactly what it read, and the
// database ends where the model does. A refused commit is CORE_CONFLICT and
// leaves nothing behind.

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const ORG = "musterstadt";
type Thing = TenantEntity & { value: number; kind: "x" | "y" };
type State = Map<string, { value: number; kind: "x" | "y" }>;
type Step =
  | { readonly op: "get"; readonly id: string }
  | { readonly op: "list" }
  | { readonly op: "count" }
  | { readonly op: "save"; readonly id: string; readonly kind: "x" | "y" }
  | { readonly op: "delete"; readonly id: string };
interface Transaction {
  readonly store: number;
  readonly steps: readonly Step[];
  /** Without writes: no commit marker either; such a transaction only has to read some state of the history. */
  readonly readOnly: boolean;
}

const ids = ["t1", "t2", "t3", "t4"];
const id = fc.constantFrom(...ids);
const kind = fc.constantFrom("x" as const, "y" as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("get" as const), id }),
  fc.record({ op: fc.constant("list" as const) }),
  fc.record({ op: fc.constant("count" as const) }),
  fc.record({ op: fc.constant("save" as const), id, kind }),
  fc.record({ op: fc.constant("delete" as const), id }),
);
const transaction: fc.Arbitrary<Transaction> = fc
  .record({ store: fc.constantFrom(0, 1), steps: fc.array(step, { minLength: 1, maxLength: 5 }), readOnly: fc.boolean() })
  .map((t) => (t.readOnly ? { ...t, steps: t.steps.filter((s) => s.op === "get" || s.op === "list" || s.op === "count") } : t));

/** Runs `steps` against `state` (a model, or the store through `tx`), returning what each step observed. */
async function perform(steps: readonly Step[], index: number, access: {
  get(id: string): Promise<{ value: number; kind: string } | undefined>;
  list(): Promise<{ id: string; value: number; kind: string }[]>;
  count(): Promise<number>;
  save(id: string, value: number, kind: "x" | "y"): Promise<void>;
  delete(id: string): Promise<boolean>;
}, pause: (label: string) => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (const [position, s] of steps.entries()) {
    await pause(`tx ${index} step ${position} ${s.op}`);
    if (s.op === "get") seen.push((await access.get(s.id))?.value ?? null);
    else if (s.op === "list") seen.push((await access.list()).map((t) => [t.id, t.value, t.kind]));
    else if (s.op === "count") seen.push(await access.count());
    else if (s.op === "save") await access.save(s.id, index * 100 + position, s.kind);
    else seen.push(await access.delete(s.id));
  }
  return seen;
}

function modelAccess(state: State) {
  return {
    get: async (id: string) => state.get(id),
    list: async () => [...state].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, thing]) => ({ id, ...thing })),
    count: async () => [...state.values()].filter((thing) => thing.kind === "x").length,
    save: async (id: string, value: number, kind: "x" | "y") => void state.set(id, { value, kind }),
    delete: async (id: string) => state.delete(id),
  };
}

const things = (repo: Repository<TenantEntity>) => repo as unknown as Repository<Thing>;

it("commits only serialisable histories of two connections' transactions, for any interleaving (property)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.tuple(id, fc.integer({ min: -5, max: 5 }), kind), { selector: ([key]) => key, maxLength: 3 }),
      fc.array(transaction, { minLength: 2, maxLength: 6 }),
      fc.scheduler(),
      async (initial, transactions, scheduler) => {
        const file = temp.file();
        const stores: Store[] = [createSqliteStore({ file, synchronous: "normal" }), createSqliteStore({ file, synchronous: "normal" })];
        try {
          const start: State = new Map(initial.map(([key, value, k]) => [key, { value, kind: k }]));
          for (const [key, thing] of start) await things(stores[0]!.tenant(ORG).collection("things" as CollectionName)).insert({ id: key, organisationId: ORG, ...thing });

          const settled = Promise.allSettled(
            transactions.map((t, index) =>
              stores[t.store]!.tenant(ORG).transaction(async (tx) => {
                const repo = things(tx.collection("things" as CollectionName));
                const seen = await perform(t.steps, index, {
                  get: (key) => repo.get(key),
                  list: () => repo.list(),
                  count: () => repo.count({ kind: "x" }),
                  save: (key, value, k) => repo.save({ id: key, organisationId: ORG, value, kind: k }),
                  delete: (key) => repo.delete(key),
                }, (label) => scheduler.schedule(Promise.resolve(), label));
                await scheduler.schedule(Promise.resolve(), `tx ${index} commits`);
                // The marker's place among the samples is the transaction's place in the commit order.
                if (!t.readOnly) await tx.metrics.append([{ organisationId: ORG, channelId: "order", at: "2026-05-01T08:00:00.000Z", metric: "commit", value: index }]);
                return seen;
              }),
            ),
          );
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
          // A transaction that read nothing (only saves) has nothing that could go stale.
          for (const [index, t] of transactions.entries()) {
            if (t.steps.every((s) => s.op === "save")) expect(outcomes[index]!.status, `tx ${index} made only blind saves`).toBe("fulfilled");
          }

          const order = (await stores[1]!.tenant(ORG).metrics.query({ metric: "commit" })).map((sample) => sample.value);
          const writers = transactions.flatMap((t, index) => (!t.readOnly && outcomes[index]!.status === "fulfilled" ? [index] : []));
          expect([...order].sort((a, b) => a - b)).toEqual(writers);

          // Replay in commit order: each committed writer must have read what the model reads at its turn.
          const model: State = new Map(start);
          const history: State[] = [new Map(model)];
          for (const index of order) {
            const outcome = outcomes[index] as PromiseFulfilledResult<unknown[]>;
            const replayed = await perform(transactions[index]!.steps, index, modelAccess(model), async () => {});
            expect(outcome.value, `what tx ${index} read, against the model at its turn`).toEqual(replayed);
            history.push(new Map(model));
          }
          // A committed read-only transaction read one state of that history.
          for (const [index, t] of transactions.entries()) {
            const outcome = outcomes[index]!;
            if (!t.readOnly || outcome.status !== "fulfilled") continue;
            const matches = [];
            for (const state of history) matches.push(JSON.stringify(await perform(t.steps, index, modelAccess(new Map(state)), async () => {})) === JSON.stringify(outcome.value));
            expect(matches.some(Boolean), `read-only tx ${index} read a state of the history`).toBe(true);
          }
          const stored = await things(stores[1]!.tenant(ORG).collection("things" as CollectionName)).list();
          expect(stored.map((thing) => [thing.id, thing.value, thing.kind])).toEqual((await modelAccess(model).list()).map((thing) => [thing.id, thing.value, thing.kind]));
        } finally {
          for (const store of stores) await store.close();
        }
      },
    ),
    { numRuns: 80 },
  );
}, 120_000);
