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
import { toStoreError } from "./database-errors.js";
import { planDeclaredIndexes } from "./declared-indexes.js";
import { openDatabase, resolveFile } from "./open-database.js";
import { SqliteStoreError } from "./sqlite-errors.js";
import type { SqliteStoreOptions } from "./sqlite-store-options.js";
import { SqliteTables } from "./sqlite-tables.js";
import { tenantRepositoryParts } from "./sqlite-repositories.js";
import { committedView, directView, TransactionView, type TenantView } from "./tenant-view.js";

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
 * what other connections have committed meanwhile. Plain reads inside a
 * transaction are not re-checked: protect a read-modify-write with
 * `expectedRevision`.
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
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new CoreError("CORE_DISPOSED", `The SQLite store on ${file} was closed.`);
  };
  const run = <R>(call: () => R): R => {
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
      assertOpen();
      let lock = locks.get(organisationId);
      if (!lock) locks.set(organisationId, (lock = new TenantLock(organisationId)));
      const tenantLock = lock;
      const base = committedView(tables, organisationId, run);
      // A single write is synchronous: it takes the lock at once when it is free.
      const direct: WriteGuard = (write) =>
        insideTransaction(
          tenantLock.runSync(() => {
            assertOpen();
            return write();
          }),
        );
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
          tenantLock.run(async () => {
            assertOpen();
            const view = new TransactionView(base);
            const { parts, end } = scoped(view);
            try {
              const result = await work(asyncRepositoriesFrom(parts, async (write) => write()));
              end();
              if (view.ops.length > 0) run(() => tables.apply(organisationId, view.ops));
              else assertOpen();
              return result;
            } finally {
              end();
            }
          }),
        // A real database transaction around synchronous work: reads and
        // writes go straight to the connection, which sees its own writes and
        // holds the write lock throughout, so nothing is kept aside or checked
        // twice (see TenantStore.syncTransaction).
        syncTransaction: (work) =>
          insideTransaction(tenantLock.runSync(() => {
            assertOpen();
            const { parts, end } = scoped(directView(tables, organisationId, run));
            // What the work throws goes out as it is; run() maps only the
            // database's own failures (BEGIN waiting too long, COMMIT).
            let thrown: { error: unknown } | undefined;
            try {
              return run(() =>
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
    async close() {
      if (closed) return;
      closed = true;
      try {
        db.pragma("optimize");
      } finally {
        db.close();
      }
    },
  };
}
