// The collector under SIGKILL: a child process collecting interactions and
// metrics into a SQLite file is killed at random moments, at least 20 times,
// and started again; each run the network holds more. In the end the store
// holds exactly what the network holds — every interaction once, with its
// text, none lost — and no metric sample twice.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSqliteStore } from "@kommune-sm/store-sqlite";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const worker = fileURLToPath(new URL("./collector-crash-worker.ts", import.meta.url));
const CHANNELS = ["kanal-1", "kanal-2"];
const PER_RUN = 800;
const remoteIdOf = (i: number): string => String(i).padStart(10, "0");
const textOf = (channelId: string, i: number): string => `Nachricht ${i} an ${channelId}`;

/** Runs a collector; with `killAfterMs`, kills it that long after it started collecting (not after the process started: start-up times differ by machine and Node version). */
function run(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", worker, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (killAfterMs !== undefined && timer === undefined && output.includes("started")) timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    const guard = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ code, signal, output });
    });
  });
}

it("loses nothing and stores nothing twice when the collector is killed again and again", { timeout: 400_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "ksm-collector-crash-"));
  const file = join(dir, "collector.db");
  try {
    let kills = 0;
    let finished = 0;
    let runs = 0;
    for (; kills < 22 && runs < 60; runs++) {
      const result = await run([file, String(runs)], Math.floor(Math.random() * 600));
      if (result.signal === "SIGKILL") kills++;
      else if (result.code === 0) finished++;
      else throw new Error(`collector run ${runs} failed: ${result.output}`);
    }
    const final = await run([file, String(runs), "--final"]);
    expect(final.output, final.output).toContain("done");

    const store = createSqliteStore({ file });
    const tenant = store.tenant("musterstadt");
    const interactions = await tenant.interactions.list();
    const samples = await tenant.metrics.query();
    await store.close();

    const onNetwork = PER_RUN * (runs + 1);
    for (const channelId of CHANNELS) {
      const mine = interactions.filter((i) => i.channelId === channelId).sort((a, b) => (a.remoteId < b.remoteId ? -1 : 1));
      expect(mine).toHaveLength(onNetwork);
      mine.forEach((interaction, i) => {
        expect(interaction.remoteId).toBe(remoteIdOf(i));
        expect(interaction.text).toBe(textOf(channelId, i));
      });
    }
    const seen = new Set<string>();
    for (const sample of samples) {
      const key = JSON.stringify([sample.channelId, sample.postId ?? null, sample.metric, sample.at]);
      expect(seen.has(key), `sample ${key} stored twice`).toBe(false);
      seen.add(key);
    }
    console.log(`collector crash test: ${kills} kills by SIGKILL, ${finished} runs finished before the kill; ${interactions.length} interactions stored, each once (network: ${onNetwork} per channel); ${samples.length} metric samples, none twice`);
    expect(kills).toBeGreaterThanOrEqual(20);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
