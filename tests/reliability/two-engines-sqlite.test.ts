// Issue 3: several workers over one store must not send a delivery twice —
// two engines in one process, each with its own connection to one SQLite file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestClock } from "@kommune-sm/core";
import { createSqliteStore } from "@kommune-sm/store-sqlite";
import { expect, it } from "vitest";
import { reliabilityRig, scheduleMany } from "./reliability-setup.js";

it("two engines over one SQLite file send each delivery exactly once", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "ksm-two-engines-"));
  const file = join(dir, "shared.db");
  const storeA = createSqliteStore({ file });
  const storeB = createSqliteStore({ file });
  try {
    const clock = new TestClock("2027-02-01T07:00:00Z");
    const a = await reliabilityRig({ clock, store: storeA, publishDelayMs: 3, engine: { workerId: "a", concurrency: 4 } });
    await scheduleMany(a.ksm, 120, "2027-02-01T08:00:00Z");
    const b = await reliabilityRig({ clock, store: storeB, publishDelayMs: 3, engine: { workerId: "b", concurrency: 4 } });
    const started = { a: 0, b: 0 };
    a.ksm.bus.on("delivery.started", () => void started.a++);
    b.ksm.bus.on("delivery.started", () => void started.b++);

    // Both workers reach the due time in the same turn, as two processes would:
    // their timers are stopped and both work off what is due at once.
    expect(a.publishing.engine.queued).toBe(120);
    expect(b.publishing.engine.queued).toBe(120);
    await a.publishing.engine.stop();
    await b.publishing.engine.stop();
    await clock.advanceTo("2027-02-01T08:00:00Z");
    await Promise.all([a.publishing.engine.runDue(), b.publishing.engine.runDue()]);

    const deliveries = await a.publishing.engine.deliveries();
    expect(deliveries.filter((d) => d.state !== "succeeded").map((d) => `${d.state} ${d.attempts} ${d.lease?.owner} ${JSON.stringify(d.problem)}`)).toEqual([]);
    // Each delivery was claimed and sent by exactly one of the two.
    expect(started.a + started.b).toBe(120);
    expect(Math.min(started.a, started.b), JSON.stringify(started)).toBeGreaterThan(0);
    const sent = new Map<string, number>();
    for (const calls of [a.calls, b.calls]) for (const [key, n] of calls) sent.set(key, (sent.get(key) ?? 0) + n);
    expect([...sent.values()].every((n) => n === 1)).toBe(true);
    expect(sent.size).toBe(120);
    const timeline = await storeA.tenant("musterstadt").collection("sandbox-posts").list();
    expect(timeline).toHaveLength(120);
    console.log(`two engines over one SQLite file: a started ${started.a}, b started ${started.b}, 120 sent once each`);
    await a.ksm.dispose();
    await b.ksm.dispose();
  } finally {
    await storeA.close();
    await storeB.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
