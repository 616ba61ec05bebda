import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { createKommune } from "../host/create-kommune.js";
import { InteractionSchema } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { setupWorkflow, TEAM } from "./workflow-test-setup.js";

async function draftBy(ksm: Awaited<ReturnType<typeof setupWorkflow>>["ksm"], author: string): Promise<string> {
  const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag" }, author);
  if (!created.ok) throw new Error(created.refusal.message);
  return created.value.id;
}

describe("refusal messages word roles, steps and states for people", () => {
  it("names the needed roles in German, not by their ids", async () => {
    const { ksm } = await setupWorkflow();
    const id = await draftBy(ksm, "anna");
    await ksm.workflow.submit(id, "anna");
    const refused = await ksm.workflow.approve(id, "dieter");
    expect(refused).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    const message = !refused.ok ? refused.refusal.message : "";
    expect(message).toBe("Dieter Liest darf den Schritt „Freigeben“ nicht ausführen; nötig ist eine dieser Rollen: Freigabe, Administration.");
    expect(message).not.toMatch(/approver|admin\b/);
  });

  it("keeps the ids in the refusal's details, for programs", async () => {
    const { ksm } = await setupWorkflow();
    const id = await draftBy(ksm, "anna");
    await ksm.workflow.submit(id, "anna");
    const refused = await ksm.workflow.approve(id, "dieter");
    expect(!refused.ok && refused.refusal.details).toMatchObject({ name: "Dieter Liest", action: "approve", roles: "approver, admin" });
  });

  it("names the roles in English when the instance speaks English", async () => {
    const clock = new TestClock("2026-08-01T08:00:00Z");
    const ksm = await createKommune({ organisation: fixtureOrganisation("musterstadt"), clock, locale: "en" });
    for (const member of TEAM) await ksm.store.teamMembers.insert(member);
    const refused = await ksm.workflow.createPost({ text: "Sperrmüll" }, "bernd");
    expect(!refused.ok && refused.refusal.message).toBe("Bernd Prüfer may not take the step \"Create post\"; it needs one of these roles: editor, administrator.");
    const id = await draftBy(ksm, "anna");
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(!approved.ok && approved.refusal.message).toBe("\"Approve\" is not possible in state \"draft\" (only from: in review).");
  });

  it("words the SDK's own role and the reply steps too", async () => {
    const { ksm } = await setupWorkflow();
    const id = await draftBy(ksm, "anna");
    await ksm.workflow.submit(id, "anna");
    await ksm.workflow.approve(id, "bernd");
    const started = await ksm.workflow.transition(id, "start-publishing", "carla");
    expect(!started.ok && started.refusal.message).toBe("Carla Leitung darf den Schritt „Veröffentlichung starten“ nicht ausführen; nötig ist eine dieser Rollen: System (automatisch).");
    await ksm.store.interactions.insert(
      InteractionSchema.parse({
        id: "i1",
      organisationId: "musterstadt",
      channelId: "mastodon",
      kind: "comment",
      remoteId: "r1",
      author: { handle: "@erika@example.social" },
      text: "Wann kommt der Sperrmüll?",
      receivedAt: "2026-08-01T07:00:00.000Z",
      }),
    );
    const reply = await ksm.workflow.draftReply("i1", "Am Samstag.", "anna");
    if (!reply.ok) throw new Error(reply.refusal.message);
    const approval = await ksm.workflow.approveReply(reply.value.id, "anna");
    expect(!approval.ok && approval.refusal.message).toBe("Anna Schreiber darf den Schritt „Antwort freigeben“ nicht ausführen; nötig ist eine dieser Rollen: Freigabe, Administration.");
    expect(!approval.ok && approval.refusal.details).toMatchObject({ action: "approved", roles: "approver, admin" });
  });
});
