import { describe, expect, it } from "vitest";
import type { WorkflowEventCatalogue } from "../workflow/workflow-events.js";
import { InteractionSchema } from "../model/index.js";
import { defineCheck } from "../checks/check.js";
import { setupWorkflow } from "../workflow/workflow-test-setup.js";
import { KNOWN_AUDIT_ACTIONS, type KnownAuditAction } from "./audit-action-labels.js";
import { hasLabel } from "./label-of.js";

// Every workflow event is written to the audit log under its own name: the
// type checker fails here when one is added without being a known action.
// The checks' runs are not steps of their own: what they found is stored with
// the post or reply by the step that ran them (edit, submit, approve), and
// that step is audited.
const everyWorkflowEventIsKnown: KnownAuditAction = "" as Exclude<keyof WorkflowEventCatalogue, "post.checked" | "reply.checked">;

describe("audit action labels", () => {
  it("has words for every action that core writes while the workflow runs", async () => {
    void everyWorkflowEventIsKnown;
    const { ksm, clock } = await setupWorkflow({ fourEyesReplies: true });
    for (const target of ["post", "reply"] as const) {
      ksm.registries.checks.register(
        defineCheck({ id: `test/${target}`, target, languages: ["*"], title: { de: "Test", en: "Test" }, run: () => [{ code: "hint", severity: "hint", message: { de: "Hinweis", en: "Hint" } }] }),
      );
    }
    const post = async () => {
      const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag" }, "anna");
      if (!created.ok) throw new Error(created.refusal.message);
      return created.value.id;
    };
    const a = await post();
    await ksm.workflow.editPost(a, { text: "Sperrmüll am Samstag, 8 Uhr" }, "anna");
    const inReview = await ksm.workflow.submit(a, "anna");
    if (!inReview.ok) throw new Error(inReview.refusal.message);
    await ksm.workflow.acceptFinding(a, inReview.value.checks!.findings[0]!.id, "bernd", "Nur ein Hinweis");
    await ksm.workflow.reject(a, "bernd", "Uhrzeit fehlt");
    await ksm.workflow.transition(a, "revise", "anna");
    await ksm.workflow.submit(a, "anna");
    await ksm.workflow.approve(a, "bernd");
    await ksm.workflow.schedule(a, "anna", "2026-08-02T07:00:00Z");
    await ksm.workflow.transition(a, "unschedule", "anna");
    await ksm.workflow.transition(a, "start-publishing", { system: "publishing-engine" });
    await ksm.workflow.transition(a, "abort-publishing", "carla", { reason: "Falscher Kanal" });
    await ksm.workflow.transition(a, "start-publishing", { system: "publishing-engine" });
    await ksm.workflow.transition(a, "mark-published", { system: "publishing-engine" });
    await ksm.workflow.withdraw(a, "bernd", "Termin verschoben");
    const b = await post();
    await ksm.workflow.editPost(b, { pillarId: "rathaus" }, "anna");
    await ksm.workflow.submit(b, "anna");
    await ksm.workflow.approve(b, "bernd");
    await clock.advanceBy(30 * 86_400_000); // into the election's quiet period
    await ksm.workflow.overrideQuietPeriods(b, "carla", "Amtliche Bekanntmachung");
    await ksm.store.interactions.insert(
      InteractionSchema.parse({
        id: "i1",
        organisationId: "musterstadt",
        channelId: "c1",
        kind: "comment",
        remoteId: "r1",
        author: { handle: "@buerger@social.example" },
        text: "Wann kommt der Sperrmüll?",
        receivedAt: "2026-08-01T07:00:00.000Z",
      }),
    );
    for (const step of ["approve", "send", "discard"] as const) {
      const reply = await ksm.workflow.draftReply("i1", "Am Samstag.", "anna");
      if (!reply.ok) throw new Error(reply.refusal.message);
      await ksm.workflow.acceptReplyFinding(reply.value.id, reply.value.checks!.findings[0]!.id, "bernd", "Nur ein Hinweis");
      await ksm.workflow.approveReply(reply.value.id, "bernd");
      if (step === "send") {
        await ksm.workflow.markReplySent(reply.value.id, "anna");
        await ksm.workflow.withdrawReply(reply.value.id, "bernd", "Falsches Datum genannt");
      }
      if (step === "discard") await ksm.workflow.discardReply(reply.value.id, "anna");
    }
    const steps = [
      await ksm.workflow.reopenInteraction("i1", "anna"),
      await ksm.workflow.assignInteraction("i1", "anna", "bernd"),
      await ksm.workflow.closeInteraction("i1", "anna", "Dank, nichts zu beantworten"),
      await ksm.workflow.markInteractionAnswered("i1", { at: "2026-08-31T08:00:00Z" }),
      await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung"),
      await ksm.workflow.setInteractionTriage("i1", "scoring", { labels: ["insult"], score: 0.9 }),
    ];
    for (const step of steps) if (!step.ok) throw new Error(step.refusal.message);
    const written = new Set((await ksm.audit.entries()).map((entry) => entry.action));
    // The scenario reaches every step of the workflow, so that a new one is seen here.
    expect([...written].sort()).toEqual(
      KNOWN_AUDIT_ACTIONS.filter((action) => !/^(delivery|takedown|reply-delivery|publishing)\./.test(action) && action !== "organisation.updated").sort(),
    );
    for (const action of written) expect(hasLabel("audit-action", action), action).toBe(true);
  });
});
