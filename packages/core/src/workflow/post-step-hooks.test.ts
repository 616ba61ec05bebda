import { describe, expect, it } from "vitest";
import { isValidationError } from "../validation/validate.js";
import type { PostStepHook } from "./post-step-hook.js";
import { postContentHash } from "./post-content-hash.js";
import { setupWorkflow } from "./workflow-test-setup.js";

async function approvedPost(ksm: Awaited<ReturnType<typeof setupWorkflow>>["ksm"], text = "Sperrmüll am Samstag"): Promise<string> {
  const created = await ksm.workflow.createPost({ text }, "anna");
  if (!created.ok) throw new Error(created.refusal.message);
  await ksm.workflow.submit(created.value.id, "anna");
  const approved = await ksm.workflow.approve(created.value.id, "bernd");
  if (!approved.ok) throw new Error(approved.refusal.message);
  return created.value.id;
}

describe("step hooks", () => {
  it("write together with the step: a refusal of any hook leaves nothing of the step or of other hooks", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const order: string[] = [];
    ksm.workflow.addStepHook({
      name: "first",
      actions: ["schedule"],
      async within(tx, step) {
        order.push(`first reads ${step.before.state}→${step.after.state}`);
        return { apply: () => tx.collection("notes" as never).insert({ id: "n1", organisationId: "musterstadt" } as never), afterCommit: () => void order.push("first after commit") };
      },
    });
    const off = ksm.workflow.addStepHook({
      name: "second",
      actions: ["schedule"],
      async within() {
        order.push("second refuses");
        return { refusal: { code: "undeliverable", message: "Kanal fehlt" } };
      },
    });
    const auditBefore = (await ksm.audit.entries()).length;
    const refused = await ksm.workflow.schedule(id, "anna", "2026-08-02T08:00:00Z");
    expect(refused).toEqual({ ok: false, refusal: { code: "undeliverable", message: "Kanal fehlt" } });
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
    expect(await ksm.store.collection("notes" as never).list()).toEqual([]);
    expect(await ksm.audit.entries()).toHaveLength(auditBefore);
    expect(order).toEqual(["first reads approved→scheduled", "second refuses"]);

    off();
    order.length = 0;
    const events: string[] = [];
    ksm.bus.onAny((event) => void events.push(event.type));
    ksm.bus.on("post.scheduled", () => void order.push("event post.scheduled"));
    const scheduled = await ksm.workflow.schedule(id, "anna", "2026-08-02T08:00:00Z");
    expect(scheduled.ok).toBe(true);
    expect(await ksm.store.collection("notes" as never).list()).toHaveLength(1);
    // afterCommit runs after the step's events.
    expect(order).toEqual(["first reads approved→scheduled", "event post.scheduled", "first after commit"]);
  });

  it("are consulted for edits, see the post before and after, and the actor as read in the transaction", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const seen: unknown[] = [];
    ksm.workflow.addStepHook({
      name: "watcher",
      actions: ["edit", "withdraw"],
      async within(_tx, step) {
        seen.push({ action: step.action, before: step.before.text, after: step.after.text, state: step.after.state, actor: step.actor.id, roles: step.actor.roles, reason: step.reason });
        return undefined;
      },
    });
    await ksm.workflow.editPost(id, { text: "Sperrmüll am Montag" }, "anna");
    await ksm.workflow.withdraw(id, "bernd", "  doppelt  ");
    expect(seen).toEqual([
      { action: "edit", before: "Sperrmüll am Samstag", after: "Sperrmüll am Montag", state: "draft", actor: "anna", roles: ["editor"], reason: undefined },
      { action: "withdraw", before: "Sperrmüll am Montag", after: "Sperrmüll am Montag", state: "withdrawn", actor: "bernd", roles: ["approver"], reason: "doppelt" },
    ]);
  });

  it("must offer withinSync for steps taken inside a syncTransaction, and are never skipped silently", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    await ksm.workflow.schedule(id, "anna", "2026-08-02T08:00:00Z");
    ksm.workflow.addStepHook({ name: "async-only", actions: ["start-publishing"], within: async () => undefined });
    await expect(ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, id, "start-publishing", { system: "test" }))).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT", message: expect.stringMatching(/async-only.*withinSync/) });
    expect((await ksm.store.posts.require(id)).state).toBe("scheduled");
  });

  it("refuses malformed hooks and answers", async () => {
    const { ksm } = await setupWorkflow();
    expect(() => ksm.workflow.addStepHook({ name: "x", actions: ["publish" as never], within: async () => undefined })).toThrow(/unknown action "publish"/);
    expect(() => ksm.workflow.addStepHook({} as PostStepHook)).toThrow(/needs a name/);
    const id = await approvedPost(ksm);
    ksm.workflow.addStepHook({ name: "liar", actions: ["schedule"], within: async () => ({ refusal: { code: "x" } }) as never });
    await expect(ksm.workflow.schedule(id, "anna", "2026-08-02T08:00:00Z")).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
  });
});

describe("the approval", () => {
  it("records who approved which content, and an edit voids it", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const post = await ksm.store.posts.require(id);
    expect(post.approval).toEqual({ revision: post.revision, contentHash: postContentHash(post), by: "bernd", at: "2026-08-01T08:00:00.000Z" });
    const edited = await ksm.workflow.editPost(id, { text: "anders" }, "anna");
    expect(edited.ok && edited.value.approval).toBeUndefined();
  });

  it("fingerprints the content only: the same text gives the same hash, any change another", async () => {
    const { ksm } = await setupWorkflow();
    const a = await ksm.store.posts.require(await approvedPost(ksm, "gleich"));
    const b = await ksm.store.posts.require(await approvedPost(ksm, "gleich"));
    const c = await ksm.store.posts.require(await approvedPost(ksm, "gleich!"));
    expect(postContentHash(a)).toBe(postContentHash(b));
    expect(postContentHash(a)).not.toBe(postContentHash(c));
    expect(postContentHash({ ...a, hashtags: ["x"] })).not.toBe(postContentHash(a));
  });
});

describe("overriding quiet periods", () => {
  it("lets an admin override the periods blocking a scheduled post, audited; refuses others and posts nothing blocks", async () => {
    const { ksm, clock } = await setupWorkflow({ start: "2026-08-20T08:00:00Z" });
    const created = await ksm.workflow.createPost({ text: "Aus dem Rathaus", pillarId: "rathaus" }, "anna");
    const id = created.ok ? created.value.id : "";
    await ksm.workflow.submit(id, "anna");
    await ksm.workflow.approve(id, "bernd");
    await ksm.workflow.schedule(id, "anna", "2026-08-27T08:00:00Z");
    expect(await ksm.workflow.overrideQuietPeriods(id, "carla", "Grund")).toMatchObject({ ok: false, refusal: { code: "nothing-to-override" } });
    await clock.advanceTo("2026-08-29T08:00:00Z");
    expect(await ksm.workflow.overrideQuietPeriods(id, "anna", "Grund")).toMatchObject({ ok: false, refusal: { code: "override-not-allowed" } });
    expect(await ksm.workflow.overrideQuietPeriods(id, "carla", "  ")).toMatchObject({ ok: false, refusal: { code: "reason-required" } });
    const overridden = await ksm.workflow.overrideQuietPeriods(id, "carla", "Amtliche Bekanntmachung");
    expect(overridden.ok && overridden.value.quietPeriodOverride).toMatchObject({ quietPeriodIds: ["wahl-2026"], reason: "Amtliche Bekanntmachung", by: "carla" });
    const entry = (await ksm.audit.entries()).at(-1)!;
    expect(entry).toMatchObject({ action: "quiet-period.overridden", reason: "Amtliche Bekanntmachung", data: { quietPeriodIds: ["wahl-2026"] } });
  });
});

describe("what the workflow stores passes its schema", () => {
  it("refuses an 11 MB reason, and one with a lone surrogate, with a ValidationError, and stores nothing", async () => {
    const { ksm } = await setupWorkflow();
    const created = await ksm.workflow.createPost({ text: "x" }, "anna");
    const id = created.ok ? created.value.id : "";
    await ksm.workflow.submit(id, "anna");
    for (const reason of ["x".repeat(11 * 1024 * 1024), "kaputt \uD800 kaputt"]) {
      const thrown = await ksm.workflow.reject(id, "bernd", reason).catch((error: unknown) => error);
      expect(isValidationError(thrown)).toBe(true);
    }
    expect((await ksm.store.posts.require(id)).state).toBe("in-review");
  });

  it("refuses a publication time in year 10000 or before 1970", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    for (const at of [Date.UTC(10_000, 0, 1), new Date(Date.UTC(10_000, 0, 1)), "+010000-01-01T00:00:00.000Z", 8.64e15 + 1, Number.NaN]) {
      await expect(ksm.workflow.schedule(id, "anna", at)).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
    }
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
  });

  it("refuses 100,000 hashtags and lone surrogates in a post's text", async () => {
    const { ksm } = await setupWorkflow();
    for (const content of [{ text: "x", hashtags: Array.from({ length: 100_000 }, (_, i) => `t${i}`) }, { text: "halb \uDC00 kaputt" }]) {
      const thrown = await ksm.workflow.createPost(content, "anna").catch((error: unknown) => error);
      expect(isValidationError(thrown)).toBe(true);
    }
    expect(await ksm.store.posts.count()).toBe(0);
  });
});
