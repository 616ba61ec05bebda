import { describe, expect, it } from "vitest";
import { createSandboxNetwork } from "./create-sandbox-network.js";
import { CHANNEL, callContext, publishRequest, TestClock, TUESDAY_MORNING } from "./test-support.js";

const posts = [
  { text: "Die Lindenstraße ist ab Montag gesperrt. Umleitung über den Marktplatz.", media: [] },
  { text: "Sperrmüll am Samstag: bitte bis Freitag anmelden. #Musterstadt", media: [] },
  {
    text: "Das Stadtfest beginnt! Programm und Lageplan: https://www.musterstadt.example/stadtfest",
    media: [{ id: "bild", kind: "image" as const, url: "https://cdn.musterstadt.example/fest.jpg", altText: "Bühne auf dem Marktplatz" }],
  },
];

/** Publishes the same posts at the same simulated times and reads everything back two days later. */
async function simulate(seed: string | number) {
  const clock = new TestClock(TUESDAY_MORNING);
  const { adapter, control } = createSandboxNetwork({ seed, clock });
  const context = () => callContext(clock);
  for (const [index, post] of posts.entries()) {
    await adapter.publish(publishRequest({ idempotencyKey: `key-${index}`, ...post, options: { pillar: index === 2 ? "leben" : "service" } }), context());
    await clock.advanceBy(5 * 3_600_000);
  }
  const snapshots = [];
  for (const hours of [1, 6, 48]) {
    await clock.advanceBy(hours * 3_600_000);
    snapshots.push({
      metrics: await adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING }, context()),
      interactions: (await adapter.fetchInteractions({ channel: CHANNEL, limit: 200 }, context())).interactions,
    });
  }
  return { published: await control.published(), snapshots };
}

describe("the sandbox as a whole", () => {
  it("gives exactly the same posts, metrics and comments for the same seed and the same calls", async () => {
    const one = await simulate("schulung-2027");
    const two = await simulate("schulung-2027");
    expect(two).toEqual(one);
    expect(one.snapshots[2]!.interactions.length).toBeGreaterThan(0);
    expect(one.snapshots[2]!.metrics.some((sample) => sample.value > 0)).toBe(true);
  });

  it("gives other numbers and comments for another seed", async () => {
    const one = await simulate(1);
    const two = await simulate(2);
    const values = (run: typeof one) => run.snapshots.map((s) => s.metrics.map((m) => m.value));
    expect(values(two)).not.toEqual(values(one));
    const texts = (run: typeof one) => run.snapshots[2]!.interactions.map((i) => i.text);
    expect(texts(two)).not.toEqual(texts(one));
  });
});
