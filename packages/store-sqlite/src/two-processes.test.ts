import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CollectionName, Repository, TenantEntity } from "@kommune-sm/core";
import { afterAll, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

type Delivery = TenantEntity & { state: string; revision: number; claimedBy?: string };
interface Outcome {
  won: string[];
  lost: number;
  failed: string[];
}

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const workerScript = fileURLToPath(new URL("./claim-worker.fixture.ts", import.meta.url));

/** Starts a worker; `ready` resolves once its store is open, `outcome` when it has claimed what it could after `go` appeared. */
function runWorker(file: string, name: string, count: number, go: string, order: "forward" | "reverse"): { ready: Promise<void>; outcome: Promise<Outcome> } {
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const outcome = new Promise<Outcome>((resolve, reject) => {
    // tsx runs the TypeScript sources; the root tsconfig's paths find core's.
    const child = spawn(process.execPath, ["--import", "tsx", workerScript, file, name, String(count), go, order], { cwd: repositoryRoot, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith("ready")) ready();
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`worker ${name} exited with ${code}: ${err}`));
      resolve(JSON.parse(out.trim().split("\n").pop()!) as Outcome);
    });
  });
  return { ready: isReady, outcome };
}

it("two processes racing over one file claim every delivery exactly once", async () => {
  const count = 400;
  const file = temp.file();
  const store = createSqliteStore({ file, busyTimeoutMs: 10_000 });
  const deliveries = store.tenant("musterstadt").collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
  await store.tenant("musterstadt").transaction(async (tx) => {
    const repo = tx.collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
    for (let i = 0; i < count; i++) await repo.insert({ id: `d${i}`, organisationId: "musterstadt", state: "due", revision: 1 });
  });
  try {
    // Both start together, when both are ready, each claiming what it read as
    // due, from opposite ends: they race for every delivery.
    const go = `${file}.go`;
    const workers = [runWorker(file, "worker-1", count, go, "forward"), runWorker(file, "worker-2", count, go, "reverse")];
    await Promise.all(workers.map((worker) => worker.ready));
    writeFileSync(go, "");
    const outcomes = await Promise.all(workers.map((worker) => worker.outcome));
    const won = outcomes.flatMap((outcome) => outcome.won);
    expect(outcomes.flatMap((outcome) => outcome.failed)).toEqual([]);
    expect(won).toHaveLength(count);
    expect(new Set(won).size).toBe(count);
    const stored = await deliveries.list();
    expect(stored.every((delivery) => delivery.state === "claimed" && delivery.revision === 2)).toBe(true);
    for (const [index, outcome] of outcomes.entries()) {
      for (const id of outcome.won) expect(stored.find((delivery) => delivery.id === id)?.claimedBy).toBe(`worker-${index + 1}`);
    }
    console.log(`two processes over one file: ${outcomes.map((o, i) => `worker-${i + 1} won ${o.won.length}, lost ${o.lost}`).join("; ")}`);
  } finally {
    await store.close();
  }
}, 60_000);
