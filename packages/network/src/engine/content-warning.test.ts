import { describe, expect, it } from "vitest";
import type { PostDelivery } from "../outbox/delivery.js";
import { schedulePost, scriptedNetwork, setupEngine as setupWith, TRANSACTION_MODES } from "./engine-test-support.js";

describe.each(TRANSACTION_MODES)("a post's content warning on its way to the network, with %s", (transactions) => {
  const setupEngine = (options: Parameters<typeof setupWith>[0] = {}) => setupWith({ ...options, transactions });

  it("goes out with the post, in the publish request, to a network that shows warnings", async () => {
    const network = scriptedNetwork({ contentWarnings: true });
    const { ksm, clock, publishing } = await setupEngine({ network });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z", { text: "Die B 27 ist zwischen Nord und Süd gesperrt.", contentWarning: "Unfall, Verletzte" });
    expect(((await publishing.engine.deliveries(postId))[0] as PostDelivery).payload).toMatchObject({ contentWarning: "Unfall, Verletzte" });
    await clock.advanceTo("2026-05-04T09:00:00Z");
    await publishing.engine.idle();
    expect([...network.posts.values()]).toEqual([expect.objectContaining({ text: "Die B 27 ist zwischen Nord und Süd gesperrt.", contentWarning: "Unfall, Verletzte" })]);
    expect((await ksm.store.posts.require(postId)).state).toBe("published");
    await ksm.dispose();
  });

  it("is part of the approval: a warning changed behind the workflow's back after scheduling stops the delivery", async () => {
    const network = scriptedNetwork({ contentWarnings: true });
    const { ksm, clock, publishing } = await setupEngine({ network });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z", { text: "Die B 27 ist gesperrt.", contentWarning: "Unfall, Verletzte" });
    const post = await ksm.store.posts.require(postId);
    await ksm.store.posts.save({ ...post, contentWarning: "Unfall" }, { expectedRevision: post.revision });
    await clock.advanceTo("2026-05-04T09:00:00Z");
    await publishing.engine.idle();
    const [delivery] = await publishing.engine.deliveries(postId);
    expect(delivery!.state).toBe("cancelled");
    expect(network.log.filter((call) => call.operation === "publish")).toEqual([]);
    expect(JSON.stringify(await ksm.audit.latest(5))).toContain("the post's content no longer matches its approval");
    await ksm.dispose();
  });

  it("cannot be scheduled for a network that shows no warnings; nothing is stored", async () => {
    const { ksm, publishing } = await setupEngine();
    const created = await ksm.workflow.createPost({ text: "Die B 27 ist gesperrt.", contentWarning: "Unfall, Verletzte", variants: [{ channelId: "kanal" }] }, "jonas");
    if (!created.ok) throw new Error(created.refusal.message);
    const postId = created.value.id;
    await ksm.workflow.submit(postId, "jonas");
    await ksm.workflow.approve(postId, "leyla");
    const scheduled = await ksm.workflow.schedule(postId, "jonas", "2026-05-04T09:00:00Z");
    expect(scheduled.ok).toBe(false);
    if (scheduled.ok) return;
    expect(scheduled.refusal.message).toMatch(/Testnetz zeigt keine Inhaltswarnungen an, der Beitrag hat aber eine für „kanal“/);
    expect(await publishing.engine.deliveries(postId)).toEqual([]);
    await ksm.dispose();
  });
});
