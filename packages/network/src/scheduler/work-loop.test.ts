import { silentLogger, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { WorkLoop } from "./work-loop.js";

describe("work loop", () => {
  it("takes an id back from its own hung work once the lease has run out, also when it came due again earlier", async () => {
    const clock = new TestClock("2027-01-01T00:00:00Z");
    const started: number[] = [];
    const loop = new WorkLoop({
      clock,
      // The first work hangs for ever; later ones finish.
      work: (id) => {
        started.push(clock.now());
        return started.length === 1 ? new Promise(() => {}) : Promise.resolve(void id);
      },
      poll: async () => {},
      pollIntervalMs: 0,
      concurrency: 4,
      leaseMs: 60_000,
      logger: silentLogger,
      describe: String,
    });
    loop.start();
    const t0 = clock.now();
    loop.enqueue("d1", t0);
    loop.tick();
    expect(started).toEqual([t0]);
    // A poll or a reload finds it due again while its work still hangs: not now, but when the lease runs out.
    await clock.advanceBy(10_000);
    loop.enqueue("d1", clock.now());
    loop.tick();
    expect(started).toHaveLength(1);
    await clock.advanceTo(t0 + 60_000);
    expect(started).toEqual([t0, t0 + 60_000]);
    loop.stop();
  });

  it("never runs more works at once than its concurrency, and runs the rest as slots free", async () => {
    const clock = new TestClock("2027-01-01T00:00:00Z");
    const release: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const loop = new WorkLoop({
      clock,
      work: () =>
        new Promise<void>((resolve) => {
          running++;
          most = Math.max(most, running);
          release.push(() => {
            running--;
            resolve();
          });
        }),
      poll: async () => {},
      pollIntervalMs: 0,
      concurrency: 2,
      leaseMs: 60_000,
      logger: silentLogger,
      describe: String,
    });
    loop.start();
    for (let i = 0; i < 5; i++) loop.enqueue(`d${i}`, clock.now());
    loop.tick();
    expect(running).toBe(2);
    let finished = 0;
    while (finished < 5) {
      const next = release.shift();
      if (!next) throw new Error("a work waits although a slot is free");
      next();
      finished++;
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    await loop.idle();
    expect(most).toBe(2);
    loop.stop();
  });
});
