// The due queue's memory stays bounded by the ids it waits for, however often they are queued again.
import { describe, expect, it } from "vitest";
import { DueQueue } from "./due-queue.js";

describe("due queue", () => {
  it("does not grow when the same ids are queued again and again for far-off instants (resume(), polls, claims that say 'later')", () => {
    const queue = new DueQueue();
    const farOff = Date.parse("2027-01-01T00:00:00Z");
    // 100 deliveries scheduled for next year; the engine enqueues every active delivery again on each resume().
    const before = process.memoryUsage().heapUsed;
    for (let resume = 0; resume < 5_000; resume++) for (let i = 0; i < 100; i++) queue.push(`d-${i}`, farOff + i);
    const grown = process.memoryUsage().heapUsed - before;
    expect(queue.size).toBe(100);
    // 500,000 stale heap entries are tens of MB; the 100 live ones are nothing.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it("stays bounded when the same ids move to new instants again and again (retries), and still yields each at its latest instant", () => {
    const queue = new DueQueue();
    const before = process.memoryUsage().heapUsed;
    for (let round = 0; round < 5_000; round++) for (let i = 0; i < 100; i++) queue.push(`d-${i}`, 1_000_000 + round * 100 + i);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 1024 * 1024);
    expect(queue.size).toBe(100);
    expect(queue.takeDue(1_000_000 + 4_998 * 100 + 99)).toEqual([]);
    const due = queue.takeDue(Number.MAX_SAFE_INTEGER);
    expect(due).toEqual(Array.from({ length: 100 }, (_, i) => `d-${i}`));
    expect(queue.size).toBe(0);
  });
});
