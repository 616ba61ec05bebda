import { afterEach, describe, expect, it } from "vitest";
import type { Kommune } from "../host/create-kommune.js";
import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import { defineCheck } from "../checks/check.js";
import { COUNTING_RULES } from "../text/counting-rules.js";
import type { AccountCapabilitiesSource } from "./account-capabilities.js";
import { blueskyReplyScene } from "./reply-test-support.js";

const setup = (): Promise<Kommune> => blueskyReplyScene([defineCheck({ id: "test/nothing", target: "post", languages: ["de"], title: { de: "Nichts", en: "Nothing" }, run: () => [] })]);

const source = (answer: () => NetworkRegistrationCapabilities | undefined): AccountCapabilitiesSource => ({ name: "hostile", within: async () => answer(), withinSync: () => answer() });

describe("a breaker run: what a source says", () => {
  // A counting rule that no limit can exceed would let any reply through: the step fails, naming the source, and the reply stays a draft.
  it.each([
    ["a limit of NaN", [{ unit: "graphemes", max: Number.NaN }]],
    ["no limits at all", []],
  ] as const)("does not approve a 5,000-grapheme reply on a 300-grapheme network because a source said %s", async (_case, limits) => {
    const ksm = await setup();
    const draft = await ksm.workflow.draftReply("i1", "x".repeat(5_000), "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    ksm.workflow.useAccountCapabilities(source(() => ({ text: { ...COUNTING_RULES.bluesky, limits: limits as never } })));
    await expect(ksm.workflow.approveReply(draft.value.id, "leyla")).rejects.toThrow(/account capabilities source "hostile" for channel "bsky"/);
    expect((await ksm.store.replies.get(draft.value.id))?.state).toBe("draft");
  });
});

describe("a breaker run: withinSync answering with a rejected promise", () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  afterEach(() => void process.off("unhandledRejection", onUnhandled));

  it("is refused without an unhandled rejection", async () => {
    process.on("unhandledRejection", onUnhandled);
    const ksm = await setup();
    ksm.workflow.useAccountCapabilities({ name: "async-in-sync", within: async () => undefined, withinSync: (() => Promise.reject(new Error("late"))) as unknown as AccountCapabilitiesSource["withinSync"] });
    const created = await ksm.workflow.createPost({ text: "Freibad öffnet", variants: [{ channelId: "bsky" }] }, "jonas");
    if (!created.ok) throw new Error(created.refusal.message);
    await ksm.workflow.submit(created.value.id, "jonas");
    let thrown: unknown;
    try {
      await ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, created.value.id, "approve", "leyla"));
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toMatch(/withinSync returned a promise/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  });
});
