// Issue 3, reliability test 1: 1,000 deliveries through the sandbox with 30%
// transient faults (server errors and timeouts, about half of them striking
// after the sandbox stored the post): every delivery published exactly once,
// none lost.
import { TestClock } from "@kommune-sm/core";
import { expect, it } from "vitest";
import { reliabilityRig, scheduleMany } from "./reliability-setup.js";

it("publishes 1,000 deliveries exactly once under 30% transient faults", { timeout: 180_000 }, async () => {
  const clock = new TestClock("2027-02-01T06:00:00Z");
  const { ksm, publishing, network, calls } = await reliabilityRig({
    clock,
    sandbox: { seed: "zuverlaessigkeit-1000", transientFailureRate: 0.3 },
    engine: { retry: { maxAttempts: 15, baseMs: 1_000, maxMs: 60_000 }, concurrency: 8, callTimeoutMs: 5_000 },
  });
  const postIds = await scheduleMany(ksm, 1_000, "2027-02-01T08:00:00Z");
  // Simulated time moves in small steps; the sandbox's timeouts and the
  // engine's call timeouts run on the same clock, so nothing waits for real.
  let seconds = 0;
  for (; seconds < 24 * 3600; seconds += 5) {
    await clock.advanceBy(5_000);
    if (seconds % 60 === 0 && seconds >= 7_200) {
      const open = await ksm.store.collection("deliveries").count({ state: { in: ["scheduled", "in-flight", "retrying"] } });
      if (open === 0) break;
    }
  }
  await publishing.engine.idle();
  const minutes = Math.round(seconds / 60);
  const deliveries = await publishing.engine.deliveries();
  const published = await network.control.published();
  const byKey = new Map<string, number>();
  for (const post of published) byKey.set(post.idempotencyKey!, (byKey.get(post.idempotencyKey!) ?? 0) + 1);

  expect(deliveries).toHaveLength(1_000);
  expect(deliveries.filter((d) => d.state === "succeeded")).toHaveLength(1_000);
  expect(published).toHaveLength(1_000);
  expect([...byKey.values()].every((n) => n === 1)).toBe(true);
  for (const delivery of deliveries) expect(byKey.get(delivery.idempotencyKey)).toBe(1);
  const posts = await Promise.all(postIds.map((id) => ksm.store.posts.require(id)));
  expect(posts.every((p) => p.state === "published")).toBe(true);
  expect((await ksm.audit.verify()).ok).toBe(true);

  const attempts = deliveries.reduce((sum, d) => sum + d.attempts, 0);
  const reconciled = deliveries.filter((d) => d.kind === "post" && d.reconciled).length;
  const callsMade = [...calls.values()].reduce((a, b) => a + b, 0);
  // The figures for the issue note.
  console.log(`fault injection: 1000 deliveries, ${attempts} attempts, ${callsMade} publish calls, ${reconciled} found by lookup after a doubtful attempt, all published once, done after ${minutes} simulated minutes`);
  await ksm.dispose();
});
