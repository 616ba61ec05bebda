import { describe, expect, it } from "vitest";
import type { AnyKommuneEvent } from "../events/index.js";
import type { Interaction } from "../model/index.js";
import { isValidationError } from "../validation/validate.js";
import { setupWorkflow } from "./workflow-test-setup.js";

async function approvedPost(ksm: Awaited<ReturnType<typeof setupWorkflow>>["ksm"], content: { text: string; pillarId?: string } = { text: "Sperrmüll am Samstag" }) {
  const created = await ksm.workflow.createPost(content, "anna");
  if (!created.ok) throw new Error(created.refusal.message);
  const id = created.value.id;
  expect((await ksm.workflow.submit(id, "anna")).ok).toBe(true);
  expect((await ksm.workflow.approve(id, "bernd")).ok).toBe(true);
  return id;
}

describe("editorial workflow", () => {
  it("takes a post from draft to published, writing an audit entry and an event for every step", async () => {
    const { ksm } = await setupWorkflow();
    const events: AnyKommuneEvent[] = [];
    ksm.bus.onAny((event) => void events.push(event));
    const id = await approvedPost(ksm);
    expect((await ksm.workflow.schedule(id, "anna", "2026-08-02T07:00:00Z")).ok).toBe(true);
    expect((await ksm.workflow.transition(id, "start-publishing", { system: "publishing-engine" })).ok).toBe(true);
    const published = await ksm.workflow.transition(id, "mark-published", { system: "publishing-engine" });
    expect(published.ok && published.value).toMatchObject({ state: "published", publishedAt: "2026-08-01T08:00:00.000Z", revision: 6 });
    expect(events.map((e) => e.type)).toEqual(["post.created", "post.submitted", "post.approved", "post.scheduled", "post.publishing-started", "post.published"]);
    expect(events[3]!.data).toMatchObject({ postId: id, from: "approved", to: "scheduled", actorId: "anna", scheduledAt: "2026-08-02T07:00:00.000Z" });
    const entries = (await ksm.audit.entries()).filter((e) => e.subject.type === "post");
    expect(entries.map((e) => `${e.action} ${e.from ?? ""}→${e.to} by ${e.actor.id}`)).toEqual([
      "post.created →draft by anna",
      "post.submitted draft→in-review by anna",
      "post.approved in-review→approved by bernd",
      "post.scheduled approved→scheduled by anna",
      "post.publishing-started scheduled→publishing by publishing-engine",
      "post.published publishing→published by publishing-engine",
    ]);
    expect((await ksm.audit.verify()).ok).toBe(true);
  });

  it("refuses a self-approval under four eyes, in German, and changes nothing", async () => {
    const { ksm } = await setupWorkflow();
    const created = await ksm.workflow.createPost({ text: "Neue Öffnungszeiten" }, "emil");
    const id = created.ok ? created.value.id : "";
    await ksm.workflow.submit(id, "emil");
    const before = await ksm.store.posts.require(id);
    const auditBefore = (await ksm.audit.entries()).length;
    const result = await ksm.workflow.approve(id, "emil");
    expect(result).toMatchObject({ ok: false, refusal: { code: "four-eyes" } });
    expect(!result.ok && result.refusal.message).toMatch(/Vier-Augen-Prinzip: Emil Beides/);
    expect(await ksm.store.posts.require(id)).toEqual(before);
    expect(await ksm.audit.entries()).toHaveLength(auditBefore);
  });

  it("lets the author approve when the organisation turns four eyes off", async () => {
    const { ksm } = await setupWorkflow({ fourEyesPosts: false });
    const created = await ksm.workflow.createPost({ text: "Kurzfristig: Straßensperrung" }, "emil");
    const id = created.ok ? created.value.id : "";
    await ksm.workflow.submit(id, "emil");
    expect((await ksm.workflow.approve(id, "emil")).ok).toBe(true);
  });

  it("counts whoever edited the content as an author: a contributor cannot approve, and an edit after approval voids it", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const edited = await ksm.workflow.editPost(id, { text: "Sperrmüll am Samstag – neue Uhrzeit" }, "emil");
    expect(edited.ok && edited.value).toMatchObject({ state: "draft", contributorIds: ["emil"] });
    await ksm.workflow.submit(id, "anna");
    expect(await ksm.workflow.approve(id, "emil")).toMatchObject({ ok: false, refusal: { code: "four-eyes" } });
    expect((await ksm.workflow.approve(id, "bernd")).ok).toBe(true);
  });

  it("checks roles, states, reasons and actors, with refusals that say why", async () => {
    const { ksm } = await setupWorkflow();
    const created = await ksm.workflow.createPost({ text: "Stadtfest" }, "anna");
    const id = created.ok ? created.value.id : "";
    expect(await ksm.workflow.createPost({ text: "x" }, "dieter")).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    expect(await ksm.workflow.approve(id, "bernd")).toMatchObject({ ok: false, refusal: { code: "invalid-state" } });
    await ksm.workflow.submit(id, "anna");
    expect(await ksm.workflow.approve(id, "anna")).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    expect(await ksm.workflow.approve(id, "frieda")).toMatchObject({ ok: false, refusal: { code: "actor-inactive" } });
    expect(await ksm.workflow.approve(id, "nobody")).toMatchObject({ ok: false, refusal: { code: "unknown-actor" } });
    expect(await ksm.workflow.reject(id, "bernd", "  ")).toMatchObject({ ok: false, refusal: { code: "reason-required" } });
    const rejected = await ksm.workflow.reject(id, "bernd", "Bitte Uhrzeit ergänzen");
    expect(rejected.ok && rejected.value.rejection).toMatchObject({ reason: "Bitte Uhrzeit ergänzen", by: "bernd" });
    expect((await ksm.workflow.transition(id, "revise", "anna")).ok).toBe(true);
    expect(await ksm.workflow.approve("missing", "bernd")).toMatchObject({ ok: false, refusal: { code: "not-found" } });
    expect(await ksm.workflow.transition(id, "mark-published", "carla")).toMatchObject({ ok: false, refusal: { code: "invalid-state" } });
  });

  it("refuses a step on a revision the person did not see", async () => {
    const { ksm } = await setupWorkflow();
    const created = await ksm.workflow.createPost({ text: "Stadtfest" }, "anna");
    const id = created.ok ? created.value.id : "";
    await ksm.workflow.editPost(id, { text: "Stadtfest am Sonntag" }, "anna");
    expect(await ksm.workflow.submit(id, "anna", { expectedRevision: 1 })).toMatchObject({ ok: false, refusal: { code: "conflict" } });
    expect((await ksm.workflow.submit(id, "anna", { expectedRevision: 2 })).ok).toBe(true);
  });

  it("rejects malformed content with a ValidationError naming the field, and stores nothing", async () => {
    const { ksm } = await setupWorkflow();
    const error = await ksm.workflow.createPost({ text: "" } as never, "anna").catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues[0]!.path).toBe("text");
    expect(await ksm.store.posts.count()).toBe(0);
  });

  it("lets the author withdraw an unapproved post, but only approvers and admins a published one", async () => {
    const { ksm } = await setupWorkflow();
    const created = await ksm.workflow.createPost({ text: "Entwurf" }, "anna");
    const draft = created.ok ? created.value.id : "";
    expect((await ksm.workflow.withdraw(draft, "anna", "doppelt")).ok).toBe(true);
    const id = await approvedPost(ksm);
    expect(await ksm.workflow.withdraw(id, "anna", "falsch")).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    expect((await ksm.workflow.withdraw(id, "bernd", "falsch")).ok).toBe(true);
  });

  it("takes a publication time only as an instant with an offset, never in the process time zone", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    for (const at of ["2026-08-02 09:00", "Aug 2 2026 09:00 (Zone)", "2026-08-02T09:00:00"]) {
      await expect(ksm.workflow.schedule(id, "anna", at)).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
    }
    expect((await ksm.workflow.schedule(id, "anna", "2026-08-02T09:00:00+02:00")).ok).toBe(true);
    expect((await ksm.store.posts.require(id)).scheduledAt).toBe("2026-08-02T07:00:00.000Z");
  });

  it("refuses a publication time in the past", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    expect(await ksm.workflow.schedule(id, "anna", "2026-07-31T08:00:00Z")).toMatchObject({ ok: false, refusal: { code: "schedule-in-past" } });
    expect(await ksm.workflow.transition(id, "schedule", "anna")).toMatchObject({ ok: false, refusal: { code: "schedule-missing" } });
  });
});

describe("a step inside the caller's transaction (transitionWithin)", () => {
  it("is stored with the caller's own writes, and its events wait for emit() after the commit", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const events: string[] = [];
    ksm.bus.onAny((event) => void events.push(event.type));
    const step = await ksm.store.transaction(async (tx) => {
      await tx.teamMembers.insert({ id: "gustav", organisationId: "musterstadt", name: "Gustav Neu", roles: ["viewer"], competencies: [], active: true });
      const inner = await ksm.workflow.transitionWithin(tx, id, "schedule", "anna", { scheduledAt: "2026-08-02T07:00:00Z" });
      // Nothing is visible outside the transaction yet, and nothing announced.
      expect((await ksm.store.posts.require(id)).state).toBe("approved");
      return inner;
    });
    expect(step.result.ok).toBe(true);
    expect((await ksm.store.posts.require(id)).state).toBe("scheduled");
    expect(await ksm.store.teamMembers.get("gustav")).toBeDefined();
    expect(events).toEqual([]);
    step.emit();
    expect(events).toEqual(["post.scheduled"]);
    expect((await ksm.audit.entries()).at(-1)).toMatchObject({ action: "post.scheduled", from: "approved", to: "scheduled" });
  });

  it("writes nothing when refused, and leaves the caller's transaction to go on", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const before = (await ksm.audit.entries()).length;
    const step = await ksm.store.transaction(async (tx) => {
      const inner = await ksm.workflow.transitionWithin(tx, id, "approve", "bernd");
      await tx.teamMembers.insert({ id: "hanna", organisationId: "musterstadt", name: "Hanna Neu", roles: ["viewer"], competencies: [], active: true });
      return inner;
    });
    expect(step.result.ok || step.result.refusal.code).toBe("invalid-state");
    step.emit(); // emits nothing for a refusal
    expect((await ksm.audit.entries()).length).toBe(before);
    expect((await ksm.store.posts.require(id)).revision).toBe(3);
    expect(await ksm.store.teamMembers.get("hanna")).toBeDefined();
  });

  it("is rolled back with the caller's transaction when that fails", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const events: string[] = [];
    ksm.bus.onAny((event) => void events.push(event.type));
    await expect(
      ksm.store.transaction(async (tx) => {
        await ksm.workflow.transitionWithin(tx, id, "schedule", "anna", { scheduledAt: "2026-08-02T07:00:00Z" });
        throw new Error("the caller changed its mind");
      }),
    ).rejects.toThrow("changed its mind");
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
    expect(events).toEqual([]);
  });
});

describe("a step inside the caller's syncTransaction (transitionWithinSync)", () => {
  it("is stored with the caller's own writes, and its events wait for emit() after the commit", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const events: string[] = [];
    ksm.bus.onAny((event) => void events.push(event.type));
    const step = await ksm.store.syncTransaction!((tx) => {
      tx.teamMembers.insert({ id: "gustav", organisationId: "musterstadt", name: "Gustav Neu", roles: ["viewer"], competencies: [], active: true });
      return ksm.workflow.transitionWithinSync(tx, id, "schedule", "anna", { scheduledAt: "2026-08-02T07:00:00Z" });
    });
    expect(step.result).toMatchObject({ ok: true, value: { state: "scheduled", scheduledAt: "2026-08-02T07:00:00.000Z" } });
    expect((await ksm.store.posts.require(id)).state).toBe("scheduled");
    expect(await ksm.store.teamMembers.get("gustav")).toBeDefined();
    expect(events).toEqual([]);
    step.emit();
    expect(events).toEqual(["post.scheduled"]);
    expect((await ksm.audit.entries()).at(-1)).toMatchObject({ action: "post.scheduled", from: "approved", to: "scheduled", actor: { id: "anna" } });
    expect((await ksm.audit.verify()).ok).toBe(true);
  });

  it("refuses like transition (a quiet period, a wrong state), writing nothing", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm, { text: "Rathaus-Neuigkeiten", pillarId: "rathaus" });
    const before = (await ksm.audit.entries()).length;
    const blocked = await ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, id, "schedule", "anna", { scheduledAt: "2026-09-01T08:00:00Z" }));
    expect(blocked.result).toMatchObject({ ok: false, refusal: { code: "quiet-period", details: { quietPeriodIds: ["wahl-2026"] } } });
    const wrong = await ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, id, "approve", "bernd"));
    expect(wrong.result).toMatchObject({ ok: false, refusal: { code: "invalid-state" } });
    blocked.emit();
    expect((await ksm.audit.entries()).length).toBe(before);
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
  });

  it("takes the post as the caller just read it, and refuses a copy that is not the stored one", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    const step = await ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, tx.posts.require(id), "schedule", "anna", { scheduledAt: "2026-08-02T07:00:00Z" }));
    expect(step.result).toMatchObject({ ok: true, value: { state: "scheduled" } });
    const stale = await ksm.store.posts.require(id);
    await expect(ksm.workflow.transition(id, "unschedule", "anna")).resolves.toMatchObject({ ok: true });
    const before = (await ksm.audit.entries()).length;
    await expect(ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, stale, "unschedule", "anna"))).rejects.toMatchObject({ code: "CORE_CONFLICT" });
    await expect(ksm.store.transaction((tx) => ksm.workflow.transitionWithin(tx, stale, "unschedule", "anna"))).rejects.toMatchObject({ code: "CORE_CONFLICT" });
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
    expect((await ksm.audit.entries()).length).toBe(before);
    await expect(ksm.store.syncTransaction!((tx) => ksm.workflow.transitionWithinSync(tx, 42 as never, "approve", "bernd"))).rejects.toMatchObject({
      code: "CORE_INVALID_ARGUMENT",
      message: expect.stringContaining("post id or the post"),
    });
  });

  it("is rolled back with the caller's syncTransaction when that throws", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm);
    await expect(
      ksm.store.syncTransaction!((tx) => {
        ksm.workflow.transitionWithinSync(tx, id, "schedule", "anna", { scheduledAt: "2026-08-02T07:00:00Z" });
        throw new Error("the caller changed its mind");
      }),
    ).rejects.toThrow("changed its mind");
    expect((await ksm.store.posts.require(id)).state).toBe("approved");
  });
});

describe("quiet periods", () => {
  it("block scheduling of matching posts into the period, in the organisation's time zone", async () => {
    const { ksm } = await setupWorkflow();
    const political = await approvedPost(ksm, { text: "Die Bürgermeisterin Muster eröffnet die Kita", pillarId: "freizeit" });
    const other = await approvedPost(ksm, { text: "Freibad öffnet", pillarId: "freizeit" });
    // 2026-08-27 23:30 in Berlin is still before the period; 2026-08-28 00:10 is inside.
    expect((await ksm.workflow.schedule(political, "anna", "2026-08-27T21:30:00Z")).ok).toBe(true);
    await ksm.workflow.transition(political, "unschedule", "anna");
    const blocked = await ksm.workflow.schedule(political, "anna", "2026-08-27T22:10:00Z");
    expect(blocked).toMatchObject({ ok: false, refusal: { code: "quiet-period", details: { quietPeriodIds: ["wahl-2026"] } } });
    expect(!blocked.ok && blocked.refusal.message).toMatch(/Neutralitätspflicht Kommunalwahl/);
    expect((await ksm.workflow.schedule(other, "anna", "2026-09-01T08:00:00Z")).ok).toBe(true);
    // The period ends with its last local day: 2026-09-27 24:00 CEST.
    expect((await ksm.workflow.schedule(political, "anna", "2026-09-27T22:00:00Z")).ok).toBe(true);
  });

  it("can be overridden by an admin with a reason, recorded in the audit log and announced", async () => {
    const { ksm } = await setupWorkflow();
    const id = await approvedPost(ksm, { text: "Hitzewarnung aus dem Rathaus", pillarId: "rathaus" });
    const overridden: unknown[] = [];
    ksm.bus.on("quiet-period.overridden", (event) => void overridden.push(event.data));
    expect(await ksm.workflow.schedule(id, "bernd", "2026-09-01T08:00:00Z", { override: { reason: "Gefahrenlage" } })).toMatchObject({
      ok: false,
      refusal: { code: "override-not-allowed" },
    });
    expect(await ksm.workflow.schedule(id, "carla", "2026-09-01T08:00:00Z", { override: { reason: " " } })).toMatchObject({
      ok: false,
      refusal: { code: "reason-required" },
    });
    const result = await ksm.workflow.schedule(id, "carla", "2026-09-01T08:00:00Z", { override: { reason: "Gefahrenabwehr: Hitzewarnung" } });
    expect(result.ok).toBe(true);
    expect(overridden).toEqual([{ postId: id, actorId: "carla", reason: "Gefahrenabwehr: Hitzewarnung", quietPeriodIds: ["wahl-2026"], action: "schedule" }]);
    const last = (await ksm.audit.entries()).at(-1)!;
    expect(last).toMatchObject({ action: "post.scheduled", reason: "Gefahrenabwehr: Hitzewarnung", data: { quietPeriodOverride: { quietPeriodIds: ["wahl-2026"] } } });
  });

  it("keep an admin's override on the post, so the publishing engine may publish it later, until the content changes", async () => {
    const { ksm, clock } = await setupWorkflow();
    const id = await approvedPost(ksm, { text: "Hitzewarnung aus dem Rathaus", pillarId: "rathaus" });
    const scheduled = await ksm.workflow.schedule(id, "carla", "2026-09-01T08:00:00Z", { override: { reason: "Gefahrenabwehr" } });
    expect(scheduled.ok && scheduled.value.quietPeriodOverride).toMatchObject({ quietPeriodIds: ["wahl-2026"], reason: "Gefahrenabwehr", by: "carla" });
    await clock.advanceTo("2026-09-01T08:00:00Z");
    expect((await ksm.workflow.check(id, "start-publishing", { system: "publishing-engine" })).ok).toBe(true);
    const edited = await ksm.workflow.editPost(id, { text: "Hitzewarnung aus dem Rathaus: Trinkwasser an der Feuerwache" }, "anna");
    expect(edited.ok && edited.value.quietPeriodOverride).toBeUndefined();
  });

  it("refuse scheduling into a period that would block the post from going out then", async () => {
    const { ksm } = await setupWorkflow();
    await ksm.store.strategies.save({
      ...(await ksm.store.strategies.require("strategy-2026")),
      quietPeriods: [
        { id: "trauer", kind: "mourning", label: "Staatstrauer", startDate: "2026-08-10", endDate: "2026-08-12", blocks: { scheduling: false, publishing: true }, matches: { all: true } },
      ],
    });
    const id = await approvedPost(ksm);
    expect(await ksm.workflow.schedule(id, "anna", "2026-08-11T10:00:00Z")).toMatchObject({ ok: false, refusal: { code: "quiet-period" } });
    expect((await ksm.workflow.schedule(id, "anna", "2026-08-13T10:00:00Z")).ok).toBe(true);
  });

  it("match keywords however the text is typed: decomposed umlauts, soft hyphens, no-break spaces, alt texts", async () => {
    const { ksm } = await setupWorkflow();
    const variants = [
      "Die Bu\u0308rgermeisterin Muster lädt ein",
      "Die Bürger\u00ADmeisterin Muster lädt ein",
      "Die Bürgermeisterin\u00A0Muster lädt ein",
      "DIE BÜRGERMEISTERIN  MUSTER lädt ein",
    ];
    for (const text of variants) {
      const id = await approvedPost(ksm, { text, pillarId: "freizeit" });
      expect(await ksm.workflow.schedule(id, "anna", "2026-09-01T08:00:00Z"), JSON.stringify(text)).toMatchObject({ ok: false, refusal: { code: "quiet-period" } });
    }
    const created = await ksm.workflow.createPost(
      { text: "Neues Foto vom Stadtfest", pillarId: "freizeit", media: [{ id: "m1", kind: "image", url: "https://musterstadt.example/f.jpg", altText: "Bürgermeisterin Muster am Fassanstich" }] },
      "anna",
    );
    const id = created.ok ? created.value.id : "";
    await ksm.workflow.submit(id, "anna");
    await ksm.workflow.approve(id, "bernd");
    expect(await ksm.workflow.schedule(id, "anna", "2026-09-01T08:00:00Z")).toMatchObject({ ok: false, refusal: { code: "quiet-period" } });
  });

  it("block publishing while the period runs, also for a post scheduled before it", async () => {
    const { ksm, clock } = await setupWorkflow();
    const id = await approvedPost(ksm, { text: "Rathaus-News", pillarId: "rathaus" });
    await clock.advanceTo("2026-08-30T08:00:00Z");
    expect(await ksm.workflow.transition(id, "start-publishing", { system: "publishing-engine" })).toMatchObject({ ok: false, refusal: { code: "quiet-period" } });
    // Only the SDK starts publishing; an admin lets the post through by overriding the period, audited.
    expect(await ksm.workflow.transition(id, "start-publishing", "carla", { override: { reason: "Amtliche Bekanntmachung" } })).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    expect((await ksm.workflow.overrideQuietPeriods(id, "carla", "Amtliche Bekanntmachung")).ok).toBe(true);
    expect((await ksm.workflow.transition(id, "start-publishing", { system: "publishing-engine" })).ok).toBe(true);
  });
});

describe("replies to citizens", () => {
  async function withInteraction(fourEyesReplies: boolean) {
    const setup = await setupWorkflow({ fourEyesReplies });
    const interaction = {
      id: "i1",
      organisationId: "musterstadt",
      channelId: "c1",
      kind: "comment",
      remoteId: "r1",
      author: { handle: "@buerger@social.example" },
      text: "Wann wird die Lindenstraße wieder geöffnet?",
      receivedAt: "2026-08-01T07:00:00.000Z",
      status: "open",
    } as Interaction;
    await setup.ksm.store.interactions.insert(interaction);
    return setup;
  }

  it("need a second person's approval when the organisation turns four eyes on for replies", async () => {
    const { ksm } = await withInteraction(true);
    const draft = await ksm.workflow.draftReply("i1", "Voraussichtlich am Freitag.", "anna");
    const replyId = draft.ok ? draft.value.id : "";
    expect(await ksm.workflow.markReplySent(replyId, "anna")).toMatchObject({ ok: false, refusal: { code: "approval-required" } });
    expect(await ksm.workflow.approveReply(replyId, "anna")).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    const emilDraft = await ksm.workflow.draftReply("i1", "Am Freitag.", "emil");
    expect(await ksm.workflow.approveReply(emilDraft.ok ? emilDraft.value.id : "", "emil")).toMatchObject({ ok: false, refusal: { code: "four-eyes" } });
    expect((await ksm.workflow.approveReply(replyId, "bernd")).ok).toBe(true);
    expect((await ksm.workflow.markReplySent(replyId, "anna")).ok).toBe(true);
    expect(await ksm.store.interactions.require("i1")).toMatchObject({ status: "answered", firstResponseAt: "2026-08-01T08:00:00.000Z" });
  });

  it("go out directly when four eyes for replies is off (the default)", async () => {
    const { ksm } = await withInteraction(false);
    const draft = await ksm.workflow.draftReply("i1", "Voraussichtlich am Freitag.", "anna");
    expect((await ksm.workflow.markReplySent(draft.ok ? draft.value.id : "", "anna")).ok).toBe(true);
  });
});
