import {
  asyncRepositoriesFrom,
  CoreError,
  refuseThenable,
  syncTenantRepositoriesFrom,
  TenantLock,
  type Organisation,
  type OrganisationRepository,
  type Store,
  type TenantStore,
  type WriteGuard,
} from "@kommune-sm/core";
import type Database from "better-sqlite3";
import { toStoreError } from "./database-errors.js";
import { planDeclaredIndexes } from "./declared-indexes.js";
import { openDatabase, resolveFile } from "./open-database.js";
import { SqliteStoreError } from "./sqlite-errors.js";
import type { SqliteStoreOptions } from "./sqlite-store-options.js";
import { SqliteTables } from "./sqlite-tables.js";
import { tenantRepositoryParts } from "./sqlite-repositories.js";
import { committedView, directView, TransactionView, type CommittedView, type TenantView } from "./tenant-view.js";

/**
 * Opens (or creates) a kommune-sm database file and returns the store on it:
 * the embedded default store, one file for any number of organisations.
 *
 * The factory is synchronous, like better-sqlite3: the file is checked,
 * migrated and ready when it returns, and a file that cannot be used throws
 * here, with a code of {@link SQLITE_ERROR_CODES} that names the file and says
 * what to do (a foreign or damaged file and one of a newer schema are left
 * exactly as they were).
 *
 * Several stores may open the same file, in one process or in several: each
 * is one connection, writes are serialised by SQLite's write lock (WAL mode,
 * waiting up to `busyTimeoutMs`), and optimistic concurrency (`insert` of a
 * taken id, `save` with `expectedRevision`, an audit entry that does not
 * follow the head) is decided inside that lock, so of two racing writers
 * exactly one wins and the other gets `CORE_CONFLICT`.
 *
 * A transaction keeps its writes in memory until its work resolves (its own
 * reads see them, nobody else does) and then applies them all in one
 * `BEGIN IMMEDIATE` transaction that checks every condition again against
 * what other connections have committed meanwhile. Its reads are checked
 * there too: if another connection changed an entity it read by id (or
 * found absent), or the answer of a list, count or metric query it ran, the
 * commit is refused with `CORE_CONFLICT` and nothing is written, so a
 * transaction never commits a decision taken on stale data; run it again
 * from fresh reads (the workflow does). A transaction that only read is
 * checked the same way. A `syncTransaction` holds the write lock from its
 * first read to its commit, so its reads cannot go stale.
 *
 * `close()` takes no new work (every call then fails with `CORE_DISPOSED`),
 * waits for the transactions that run or wait for their tenant when it is
 * called (and single writes waiting behind them), and then closes the
 * connection; calling it again returns the same promise. Called from inside
 * an async transaction's work it would wait for that very transaction, and
 * is refused with `CORE_INVALID_ARGUMENT` instead; from inside a
 * `syncTransaction`'s work it closes once that transaction has committed.
 *
 * @example
 * ```ts
 * import { createKommune } from "@kommune-sm/core";
 * import { createSqliteStore } from "@kommune-sm/store-sqlite";
 *
 * const store = createSqliteStore({ file: "/var/lib/kommune-sm/ksm.db", indexes: { deliveries: [["state", "dueAt"]] } });
 * const ksm = await createKommune({ organisation, store });
 * // ...
 * await ksm.dispose();
 * await store.close();
 * ```
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  if (typeof options?.file !== "string" || options.file === "") {
    throw new SqliteStoreError("SQLITE_INVALID_OPTION", "createSqliteStore needs `file`, the path of the database file.");
  }
  if (options.busyTimeoutMs !== undefined && !(Number.isSafeInteger(options.busyTimeoutMs) && options.busyTimeoutMs >= 0)) {
    throw new SqliteStoreError("SQLITE_INVALID_OPTION", `busyTimeoutMs must be a whole number of milliseconds >= 0, got ${String(options.busyTimeoutMs)}.`);
  }
  planDeclaredIndexes(options.indexes ?? {}); // checks the option before the file is touched
  const file = resolveFile(options.file);
  const db = openDatabase(options);
  const tables = new SqliteTables(db);
  const locks = new Map<string, TenantLock>();
  // close() first stops taking work (accepting), lets the work it admitted
  // end, and then closes the connection (closed).
  let accepting = true;
  let closed = false;
  let closing: Promise<void> | undefined;

  const disposed = () =>
    new CoreError(
      "CORE_DISPOSED",
      closed
        ? `The SQLite store on ${file} was closed.`
        : `The SQLite store on ${file} is closing: it finishes the transactions that were running or waiting when close() was called, and takes no new work.`,
    );
  /** For what is asked of the store now: refused once close() was called. */
  const assertAccepting = () => {
    if (!accepting) throw disposed();
  };
  /** For work the store admitted before close() (a transaction, a write waiting for the lock): refused once the connection is closed. */
  const assertOpen = () => {
    if (closed) throw disposed();
  };
  // Every database call goes through one of these: they check the state
  // above and turn the database's errors into the SDK's (never a raw SqliteError).
  const run = <R>(call: () => R): R => {
    assertAccepting();
    try {
      return call();
    } catch (error) {
      throw toStoreError(error, file);
    }
  };
  const runAdmitted = <R>(call: () => R): R => {
    assertOpen();
    try {
      return call();
    } catch (error) {
      throw toStoreError(error, file);
    }
  };

  // Called from inside a running syncTransaction's work, a write of the
  // store is refused and reported by that transaction (see SqliteTables);
  // the work cannot await the refusal, so it must not end the process as unhandled.
  const insideTransaction = <R>(result: Promise<R>): Promise<R> => {
    if (tables.inTransaction) result.catch(() => {});
    return result;
  };
  const refusedWhileClosing = (): Promise<never> => insideTransaction(Promise.reject(disposed()));

  const organisations: OrganisationRepository = {
    async get(id) {
      return run(() => tables.organisation(id));
    },
    async list() {
      return run(() => tables.organisations());
    },
    save(organisation: Organisation) {
      return insideTransaction(
        (async () => {
          if (typeof organisation?.id !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", "An organisation needs a string id.");
          const json = JSON.stringify(organisation);
          run(() => tables.saveOrganisation(organisation.id, json));
        })(),
      );
    },
  };

  return {
    kind: `sqlite:${file}`,
    organisations,
    tenant(organisationId): TenantStore {
      assertAccepting();
      let lock = locks.get(organisationId);
      if (!lock) locks.set(organisationId, (lock = new TenantLock(organisationId)));
      const tenantLock = lock;
      // Plain reads are refused once close() was called; a write is admitted
      // when it is asked for (see `direct`) and may run later, behind the lock.
      const base = committedView(tables, organisationId, run, runAdmitted);
      // What a transaction reads and commits: it was admitted when it was asked for. Made when first needed.
      let admitted: CommittedView | undefined;
      // A single write is synchronous: it takes the lock at once when it is free.
      const direct: WriteGuard = (write) =>
        accepting
          ? insideTransaction(
              tenantLock.runSync(() => {
                assertOpen();
                return write();
              }),
            )
          : refusedWhileClosing();
      /** Repositories over `view` that refuse writes once `end()` was called. */
      const scoped = (view: TenantView) => {
        let open = true;
        const check = () => {
          if (!open) throw new CoreError("CORE_INVALID_ARGUMENT", "The transaction has already ended; its repositories cannot be used any more.");
        };
        return { parts: tenantRepositoryParts(organisationId, view, check), end: () => (open = false) };
      };
      return {
        ...asyncRepositoriesFrom(tenantRepositoryParts(organisationId, base, assertOpen), direct),
        transaction: (work) =>
          accepting
            ? tenantLock.run(async () => {
                assertOpen();
                const view = new TransactionView((admitted ??= committedView(tables, organisationId, runAdmitted)));
                const { parts, end } = scoped(view);
                try {
                  const result = await work(asyncRepositoriesFrom(parts, async (write) => write()));
                  end();
                  // The writes, and the check that what the work read still holds (see TransactionView.checkReads).
                  if (view.ops.length > 0 || view.hasReads) runAdmitted(() => tables.apply(organisationId, view.ops, view.checkReads));
                  else assertOpen();
                  return result;
                } finally {
                  end();
                }
              })
            : refusedWhileClosing(),
        // A real database transaction around synchronous work: reads and
        // writes go straight to the connection, which sees its own writes and
        // holds the write lock throughout, so nothing is kept aside or checked
        // twice (see TenantStore.syncTransaction).
        syncTransaction: (work) =>
          !accepting ? refusedWhileClosing() : insideTransaction(tenantLock.runSync(() => {
            assertOpen();
            const { parts, end } = scoped(directView(tables, organisationId, runAdmitted));
            // What the work throws goes out as it is; runAdmitted() maps only
            // the database's own failures (BEGIN waiting too long, COMMIT).
            let thrown: { error: unknown } | undefined;
            try {
              return runAdmitted(() =>
                tables.transaction(() => {
                  try {
                    const result = work(syncTenantRepositoriesFrom(parts));
                    refuseThenable(result);
                    tenantLock.throwIfRefusedInside();
                    return result;
                  } catch (error) {
                    thrown = { error };
                    throw error;
                  }
                }),
              );
            } catch (error) {
              throw thrown ? thrown.error : error;
            } finally {
              end();
            }
          })),
      };
    },
    close() {
      if (closing) return closing;
      // Inside a syncTransaction's work (synchronous: it cannot await the
      // close) the transaction commits before the close below goes on.
      if (!tables.inTransaction && [...locks.values()].some((lock) => lock.heldByCaller)) {
        return Promise.reject(
          new CoreError(
            "CORE_INVALID_ARGUMENT",
            `close() of the SQLite store on ${file} was called from inside the work of one of its transactions; it waits for running transactions, so it would wait for this one forever. Close the store after the transaction has ended. The store stays open.`,
          ),
        );
      }
      accepting = false;
      const admittedWork = [...locks.values()].map((lock) => lock.settled());
      closing = (async () => {
        await Promise.all(admittedWork);
        closed = true;
        closeConnection(db, file);
      })();
      return closing;
    },
  };
}

/**
 * Closes the connection. `PRAGMA optimize` first refreshes the query
 * planner's statistics where SQLite thinks it pays; it is only an
 * optimisation and everything is committed already, so it does not wait
 * for another connection's write lock, and a failure of it (the file is
 * locked, became read-only, or the disk is full) does not keep the store
 * from closing.
 */
function closeConnection(db: Database.Database, file: string): void {
  try {
    db.pragma("busy_timeout = 0");
    db.pragma("optimize");
  } catch {
    // See above: nothing is lost without it.
  }
  try {
    db.close();
  } catch (error) {
    throw new CoreError("CORE_STORE_FAILED", `The SQLite store on ${file} could not close its connection: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
