import type Database from "better-sqlite3";

// better-sqlite3 12 — the last line that runs on Node 20 — wraps its native
// database and statement objects in Node's raw ObjectWrap. From Node 24 on,
// that class's destructor asserts that a Node environment is current, and a
// garbage collection that destroys an unreachable statement outside any
// JavaScript context aborts the whole process ("Assertion failed: (env) !=
// nullptr" in node::RemoveEnvironmentCleanupHook; reported upstream as
// WiseLibs/better-sqlite3#1515, gone in better-sqlite3 13, which needs Node
// 22). Measured here on Node 24.21: a loop that prepares 20,000 statements
// and drops them aborts at the next collection, and the reliability test's
// seeding process (tests/reliability/crash-worker.ts) aborted at exit in 4 of
// 6 runs; with this, 0 of 6. Until Node 20 support ends, the
// store keeps every native object it makes reachable for the life of the
// process on Node 24 and later. Statements are cached per store anyway, so
// what this keeps beyond that is the one-off statements (pragmas, checks)
// and the statements of closed stores: a few kilobytes per store.
const affected = Number(process.versions.node.split(".")[0]) >= 24;
const kept: object[] = [];

/**
 * Keeps `db`, and every statement it prepares from now on (its own
 * `prepare`, `pragma` and transactions included), reachable until the
 * process ends, where garbage-collecting them would abort the process (Node
 * 24 and later with better-sqlite3 12). Elsewhere it does nothing. Returns
 * `db`. Call it right after `new Database(...)`.
 *
 * @internal
 */
export function keepNativeObjectsAlive<T extends Database.Database>(db: T): T {
  if (!affected) return db;
  kept.push(db);
  // Every statement, also those pragma() and transaction() make, comes from
  // the native object's prepare; it sits under a private symbol of the
  // wrapper, found here by its shape rather than by importing internals.
  for (const symbol of Object.getOwnPropertySymbols(db)) {
    const native = (db as unknown as Record<symbol, unknown>)[symbol];
    if (typeof native !== "object" || native === null || typeof (native as { prepare?: unknown }).prepare !== "function") continue;
    const target = native as { prepare: (...args: unknown[]) => unknown };
    const prepare = target.prepare;
    kept.push(native);
    target.prepare = function keptPrepare(this: unknown, ...args: unknown[]) {
      const statement = prepare.apply(this, args);
      if (typeof statement === "object" && statement !== null) kept.push(statement);
      return statement;
    };
  }
  return db;
}
