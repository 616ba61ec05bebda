import { randomBytes } from "node:crypto";
import { AtpAgent } from "@atproto/api";
import { TestNetwork } from "@atproto/dev-env";
import type { TestServerParams } from "@atproto/dev-env";
import { startLocalPostgres, type LocalPostgres } from "./local-postgres.js";
import { LOOPBACK, withLoopbackListen } from "./loopback-listen.js";
import { pinSqliteObjects } from "./pin-sqlite-objects.js";
import { closeInSteps } from "./close-in-steps.js";
import { cleanStaleRunFolders, createRunFolder, removeRunFolder } from "./run-folder.js";

/*
 * A real Bluesky network on this machine, in this process: PLC directory
 * (in memory), PDS (sqlite), AppView with dataplane and bsync (PostgreSQL),
 * Ozone (PostgreSQL), all from `@atproto/dev-env`, on a throw-away embedded
 * PostgreSQL. Everything listens on 127.0.0.1 only. Start: 4–9 s plus ~3 s
 * for the first import of dev-env; ~450 MB of memory (node + postgres).
 *
 * The AppView sees a write only after processAll(). It indexes each
 * account's events in parallel: when a citizen answers our post, call
 * processAll() after our post and before the answer, or the AppView indexes
 * the answer first and our account never gets the `reply` notification.
 */

/** What {@link startLocalBluesky} can change. */
export interface LocalBlueskyOptions {
  /**
   * Settings of the PDS, e.g. `{ rateLimitsEnabled: true }` (off by default:
   * the tests make limits appear through the proxy instead).
   * `enableDidDocWithSession` is on unless set here: sessions carry the DID
   * document, as on bsky.social.
   */
  readonly pds?: TestServerParams["pds"];
  /**
   * At start, run folders of crashed runs are removed: at once when the
   * process that made them has ended, else (no owner.json) when older than
   * this; default one hour.
   */
  readonly staleAfterMs?: number;
}

/** An account on the local network. */
export interface LocalBlueskyAccount {
  /** `did:plc:…`. */
  readonly did: string;
  /** Unique on the network: `<name>-<6 hex>.test`. */
  readonly handle: string;
  /** The account's main password. */
  readonly password: string;
  /** An app password (`xxxx-xxxx-xxxx-xxxx`) named "kommune-sm", as a town hall would hand to the SDK. */
  readonly appPassword: string;
  /** Logged in with the main password, talking to the PDS directly (not through a proxy). */
  readonly agent: AtpAgent;
}

/** A running local Bluesky network. */
export interface LocalBluesky {
  /** The PDS: what the adapter talks to (`http://localhost:<port>`); it passes `app.bsky.*` on to the AppView. */
  readonly pdsUrl: string;
  /** The AppView, for public reads without login. */
  readonly appviewUrl: string;
  /** The PLC directory, for code that resolves DIDs itself. */
  readonly plcUrl: string;
  /** This run's folder (PostgreSQL data, PDS files); close() removes it. */
  readonly runFolder: string;
  /** The dev-env network, for what this interface leaves out. */
  readonly network: TestNetwork;
  /** Resolves once the AppView has indexed every write so far. Calls queue one after another. */
  processAll(): Promise<void>;
  /**
   * Makes an account whose handle starts with `name` (letters, digits and
   * hyphens are kept, at most 11 characters) and ends in a random suffix and
   * `.test`, so that two calls with the same name give two accounts.
   */
  createAccount(name: string): Promise<LocalBlueskyAccount>;
  /**
   * Stops the network and PostgreSQL and removes the run folder; safe to call
   * twice. Ends within about 50 s: a part of the network that has not closed
   * after 25 s is left behind with a line on stderr naming it.
   */
  close(): Promise<void>;
}

/** Timings of the last start, in milliseconds, for the tests' report. */
export interface LocalBlueskyTimings {
  readonly postgresMs: number;
  readonly networkMs: number;
  readonly totalMs: number;
}

/**
 * How long close() waits for the network's parts together before it leaves a
 * hanging one behind; with PostgreSQL's stop after it, close() ends well
 * inside a 60 s afterAll hook.
 */
const CLOSE_BUDGET_MS = 25_000;

let lastTimings: LocalBlueskyTimings | undefined;

/** How long the last {@link startLocalBluesky} took in this process. */
export function lastStartTimings(): LocalBlueskyTimings | undefined {
  return lastTimings;
}

/** A schema name of letters only: the AppView accepts `[A-Za-z_]` and dev-env prefixes `appview_`/`ozone_`. */
function randomSchemaName(): string {
  return `run_${randomBytes(8).toString("hex").replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!)}`;
}

/** The handle's first label: lowercase letters, digits and inner hyphens of `name`, then a random suffix. */
export function uniqueTestHandle(name: string): string {
  // The PDS allows 3 to 18 characters before `.test`; the suffix takes 7.
  const base = name.replace(/^@/, "").split(".")[0]!.toLowerCase().replace(/[^a-z0-9-]/g, "").replace(/^-+|-+$/g, "").slice(0, 11).replace(/-+$/, "");
  return `${base === "" ? "user" : base}-${randomBytes(3).toString("hex")}.test`;
}

/** Sets an environment variable and returns how to put back what was there. */
function setEnv(name: string, value: string): () => void {
  const before = process.env[name];
  process.env[name] = value;
  return () => {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  };
}

/**
 * Starts a local Bluesky network (see the top of this file). Close it in
 * `afterAll`; the process then has nothing left running and exits by itself.
 *
 * While it starts, `TMPDIR` points at the run folder (the PDS puts its sqlite
 * files and blobs under `os.tmpdir()`, read once at start) and
 * `net.Server.prototype.listen` defaults to 127.0.0.1; both are put back
 * before it resolves. Do not start anything else that listens or uses the
 * temp folder in the same process while it starts.
 */
export async function startLocalBluesky(options: LocalBlueskyOptions = {}): Promise<LocalBluesky> {
  const started = performance.now();
  pinSqliteObjects();
  await cleanStaleRunFolders(undefined, options.staleAfterMs);
  const runFolder = createRunFolder();
  let postgres: LocalPostgres | undefined;
  let network: TestNetwork | undefined;
  let postgresMs = 0;
  const restoreTmp = setEnv("TMPDIR", runFolder);
  // TestNetwork.create insists on a Redis host; nothing in dev-env connects to it.
  const restoreRedis = process.env.REDIS_HOST === undefined ? setEnv("REDIS_HOST", `${LOOPBACK}:6379`) : () => undefined;
  try {
    postgres = await startLocalPostgres(runFolder);
    postgresMs = performance.now() - started;
    const dbPostgresUrl = postgres.url;
    network = await withLoopbackListen(() =>
      TestNetwork.create({
        dbPostgresUrl,
        dbPostgresSchema: randomSchemaName(),
        // As bsky.social: sessions carry the DID document, whose service
        // endpoint tells clients which PDS to talk to from then on.
        pds: { enableDidDocWithSession: true, ...options.pds },
      }),
    );
  } catch (error) {
    await network?.close().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    removeRunFolder(runFolder);
    throw error;
  } finally {
    restoreTmp();
    restoreRedis();
  }
  const totalMs = performance.now() - started;
  lastTimings = { postgresMs: Math.round(postgresMs), networkMs: Math.round(totalMs - postgresMs), totalMs: Math.round(totalMs) };

  const running = network;
  const database = postgres;
  let queue: Promise<void> = Promise.resolve();
  let closing: Promise<void> | undefined;

  return {
    pdsUrl: running.pds.url,
    appviewUrl: running.bsky.url,
    plcUrl: running.plc.url,
    runFolder,
    network: running,
    processAll() {
      const next = queue.then(() => running.processAll());
      queue = next.catch(() => undefined);
      return next;
    },
    async createAccount(name) {
      const handle = uniqueTestHandle(name);
      const password = randomBytes(12).toString("base64url");
      const agent = new AtpAgent({ service: running.pds.url });
      await agent.createAccount({ handle, email: `${handle.replace(/\.test$/, "")}@example.com`, password });
      const did = agent.session?.did;
      if (did === undefined) throw new Error(`The local PDS made the account ${handle} but gave no session.`);
      const { data } = await agent.com.atproto.server.createAppPassword({ name: "kommune-sm" });
      return { did, handle, password, appPassword: data.password, agent };
    },
    close() {
      // TestNetwork.close() step by step (same order), so that a part that
      // hangs is named and PostgreSQL and the run folder still go.
      closing ??= closeInSteps(
        [
          { name: "waiting for processAll", run: () => queue },
          { name: "feed generators", run: () => Promise.all(running.feedGens.map((feedGen) => feedGen.close())) },
          { name: "Ozone", run: () => running.ozone.close() },
          { name: "AppView", run: () => running.bsky.close() },
          { name: "PDS", run: () => running.pds.close() },
          { name: "PLC", run: () => running.plc.close() },
          { name: "introspection", run: async () => running.introspect?.close() },
        ],
        {
          budgetMs: CLOSE_BUDGET_MS,
          finallySteps: [
            { name: "PostgreSQL", run: () => database.stop(), failureIsQuiet: true },
            { name: "run folder", run: async () => removeRunFolder(runFolder) },
          ],
          finallyMs: 10_000,
        },
      );
      return closing;
    },
  };
}
