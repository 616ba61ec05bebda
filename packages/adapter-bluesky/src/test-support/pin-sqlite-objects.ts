import { createRequire } from "node:module";

/*
 * Works around a crash of Node >= 24.19 with better-sqlite3 12 (the PDS's
 * sqlite): node::ObjectWrap's destructor now removes an environment cleanup
 * hook and asserts that a Node environment is current. When V8's garbage
 * collector frees a better-sqlite3 Statement (or Database, or iterator) at a
 * moment no environment is entered, the process aborts:
 *
 *   Assertion failed: (env) != nullptr
 *   node::RemoveEnvironmentCleanupHook … Statement::~Statement()
 *
 * Measured here on Node 24.21 with the vitest worker dying in
 * xrpc-proxy.test.ts on every run; Node 20 and 22 are not affected.
 * better-sqlite3 13 fixes it but needs Node >= 22, and the repository
 * supports Node 20. So, for the tests only: keep every native better-sqlite3
 * object the PDS makes reachable until the process ends, then Node's own
 * cleanup hooks free them with the environment in place. A closed database
 * finalises its statements, so what stays is small JS shells, a few MB per
 * test file.
 */

const pinned: unknown[] = [];
let installed = false;

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Wraps `proto[name]` so that what it returns (and `this`, with `pinThis`) stays reachable. */
function pinResults(proto: Record<string, unknown>, name: string, pinThis: boolean): void {
  const original = proto[name];
  if (typeof original !== "function") return;
  const method = original as Method;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    const result = method.apply(this, args);
    pinned.push(result);
    if (pinThis) pinned.push(this);
    return result;
  };
}

/** True on Node versions whose ObjectWrap asserts an environment in its destructor. */
export function needsSqlitePinning(version: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 24 || (major === 24 && minor >= 19);
}

/**
 * Installs the workaround above in the better-sqlite3 the PDS loads, once,
 * on Node versions that need it; elsewhere does nothing. Returns whether it
 * is installed.
 */
export function pinSqliteObjects(): boolean {
  if (installed) return true;
  if (!needsSqlitePinning()) return false;
  // The PDS's copy: resolved from @atproto/pds, which only @atproto/dev-env depends on.
  const fromDevEnv = createRequire(createRequire(import.meta.url).resolve("@atproto/dev-env"));
  const fromPds = createRequire(fromDevEnv.resolve("@atproto/pds"));
  const Database = fromPds("better-sqlite3") as new (filename: string) => Record<string | symbol, unknown> & { prepare(sql: string): object };
  const { cppdb } = fromPds("better-sqlite3/lib/util.js") as { cppdb: symbol };
  const keep = <T>(value: T): T => {
    pinned.push(value);
    return value;
  };
  const probe = keep(new Database(":memory:"));
  const statement = keep(probe.prepare("SELECT 1"));
  const nativeDatabase = Object.getPrototypeOf(probe[cppdb]) as Record<string, unknown>;
  const nativeStatement = Object.getPrototypeOf(statement) as Record<string, unknown>;
  // prepare() makes statements (also inside pragma() and transaction());
  // close() marks the database the GC would free next; iterate() makes iterators.
  pinResults(nativeDatabase, "prepare", true);
  pinResults(nativeDatabase, "close", true);
  pinResults(nativeStatement, "iterate", false);
  installed = true;
  return true;
}
