// A publishing worker for the crash test (crash.test.ts), run in a child
// process that the test kills with SIGKILL at random moments. It works on a
// SQLite file shared with every earlier (killed) worker; the sandbox keeps its
// timeline in the same file, so what reached the "network" survives a kill.
//
//   node --import tsx tests/reliability/crash-worker.ts <file> seed <posts>
//   node --import tsx tests/reliability/crash-worker.ts <file> work <run> [--no-crash]
import { appendFileSync } from "node:fs";
import { systemClock } from "@kommune-sm/core";
import { createSqliteStore } from "@kommune-sm/store-sqlite";
import { reliabilityRig, scheduleMany } from "./reliability-setup.js";

const [file, mode, arg, flag] = process.argv.slice(2);
if (!file || (mode !== "seed" && mode !== "work")) throw new Error("usage: crash-worker.ts <file> seed|work <n>");

const store = createSqliteStore({ file, indexes: { deliveries: [["state", "nextAttemptAt"]] } });
const rig = await reliabilityRig({
  clock: systemClock,
  store,
  sandbox: { seed: `crash-run-${arg}` },
  engine: {
    workerId: `${mode}-${arg}-${process.pid}`,
    autoStart: mode === "work",
    callTimeoutMs: 1_000,
    leaseMs: 1_500,
    pollIntervalMs: 150,
    concurrency: 2,
    retry: { baseMs: 20, maxMs: 200, maxAttempts: 50 },
  },
  onPublishCall: (key) => appendFileSync(`${file}.calls`, `${key}\n`),
});

if (mode === "seed") {
  // Far enough ahead that the last of the posts is still scheduled in the future on a busy machine.
  await scheduleMany(rig.ksm, Number(arg), new Date(Date.now() + 5_000).toISOString());
  await rig.ksm.dispose();
  await store.close();
  process.stdout.write("seeded\n");
  process.exit(0);
}

// A crash point strikes now and then: the sandbox dies right after it stored a
// post and before the engine heard of it — the case reconciliation exists for.
if (flag !== "--no-crash") rig.network.faults.inject({ kind: "crash", point: "after-accept", operation: "publish", probability: 0.15, times: Infinity });

const deliveries = store.tenant("musterstadt").collection("deliveries");
for (;;) {
  const open = await deliveries.count({ state: { in: ["scheduled", "in-flight", "retrying"] } });
  if (open === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await rig.ksm.dispose();
await store.close();
process.stdout.write("done\n");
process.exit(0);
