import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import { InteractionSchema, type TeamMember } from "../model/index.js";
import type { PostAction } from "./post-transitions.js";
import { setupWorkflow } from "./workflow-test-setup.js";

type Setup = Awaited<ReturnType<typeof setupWorkflow>>;
const names = (members: readonly TeamMember[]) => members.map((member) => member.id).sort();

async function postInReview(ksm: Setup["ksm"], author = "emil") {
  const created = await ksm.workflow.createPost({ text: "Neue Öffnungszeiten" }, author);
  if (!created.ok) throw new Error(created.refusal.message);
  const submitted = await ksm.workflow.submit(created.value.id, author);
  if (!submitted.ok) throw new Error(submitted.refusal.message);
  return created.value.id;
}

describe("whoMay", () => {
  it("names the active approvers and admins who did not write the post (four eyes)", async () => {
    const { ksm } = await setupWorkflow();
    const id = await postInReview(ksm, "emil");
    // Emil (editor and approver) wrote it; Frieda is an approver no longer active.
    expect(names(await ksm.workflow.whoMay(id, "approve"))).toEqual(["bernd", "carla"]);
    expect(names(await ksm.workflow.whoMay(id, "reject"))).toEqual(["bernd", "carla", "emil"]);
  });

  it("leaves out whoever edited the post, as the approval itself does", async () => {
    const { ksm } = await setupWorkflow();
    const id = await postInReview(ksm, "anna");
    await ksm.workflow.editPost(id, { text: "Geänderte Öffnungszeiten" }, "carla");
    await ksm.workflow.submit(id, "anna");
    expect(names(await ksm.workflow.whoMay(id, "approve"))).toEqual(["bernd", "emil"]);
  });

  it("lets the author approve when the organisation turns four eyes off", async () => {
    const { ksm } = await setupWorkflow({ fourEyesPosts: false });
    const id = await postInReview(ksm, "emil");
    expect(names(await ksm.workflow.whoMay(id, "approve"))).toEqual(["bernd", "carla", "emil"]);
  });

  it("names nobody for a step the post's state does not allow, or that only the SDK takes", async () => {
    const { ksm } = await setupWorkflow();
    const id = await postInReview(ksm);
    expect(await ksm.workflow.whoMay(id, "schedule")).toEqual([]);
    expect(await ksm.workflow.whoMay(id, "submit")).toEqual([]);
    await ksm.workflow.approve(id, "bernd");
    expect(await ksm.workflow.whoMay(id, "start-publishing")).toEqual([]);
    expect(names(await ksm.workflow.whoMay(id, "schedule"))).toEqual(["anna", "bernd", "carla", "emil"]);
  });

  it("names the author for withdrawing their own draft, whatever their roles", async () => {
    const { ksm } = await setupWorkflow();
    const created = await ksm.workflow.createPost({ text: "Entwurf" }, "anna");
    const id = created.ok ? created.value.id : "";
    // Anna may only read now; her own draft she may still take back.
    await ksm.store.teamMembers.save({ ...(await ksm.store.teamMembers.require("anna")), roles: ["viewer"] });
    expect(names(await ksm.workflow.whoMay(id, "withdraw"))).toEqual(["anna", "bernd", "carla", "emil"]);
    await ksm.store.teamMembers.save({ ...(await ksm.store.teamMembers.require("anna")), roles: ["editor"] });
    await ksm.workflow.submit(id, "anna");
    await ksm.workflow.approve(id, "bernd");
    expect(names(await ksm.workflow.whoMay(id, "withdraw"))).toEqual(["bernd", "carla", "emil"]);
  });

  it("refuses a post that is not there and an action that is not a step", async () => {
    const { ksm } = await setupWorkflow();
    const id = await postInReview(ksm);
    await expect(ksm.workflow.whoMay("nope", "approve")).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_NOT_FOUND"));
    for (const action of ["publish", "toString", "constructor"]) {
      await expect(ksm.workflow.whoMay(id, action as PostAction)).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT"));
      await expect(ksm.workflow.transition(id, action as PostAction, "bernd")).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT"));
    }
  });
});

describe("whoMayReply", () => {
  async function withReply(fourEyesReplies: boolean) {
    const setup = await setupWorkflow({ fourEyesReplies });
    await setup.ksm.store.interactions.insert(
      InteractionSchema.parse({
        id: "i1",
        organisationId: "musterstadt",
        channelId: "c1",
        kind: "comment",
        remoteId: "r1",
        author: { handle: "@buerger@social.example" },
        text: "Wann wird die Lindenstraße wieder geöffnet?",
        receivedAt: "2026-08-01T07:00:00.000Z",
      }),
    );
    const reply = await setup.ksm.workflow.draftReply("i1", "Ab Montag.", "emil");
    if (!reply.ok) throw new Error(reply.refusal.message);
    return { ...setup, replyId: reply.value.id };
  }

  it("leaves the author out of approving under four eyes for replies, and lets nobody send a draft", async () => {
    const { ksm, replyId } = await withReply(true);
    expect(names(await ksm.workflow.whoMayReply(replyId, "approve"))).toEqual(["bernd", "carla"]);
    expect(await ksm.workflow.whoMayReply(replyId, "send")).toEqual([]);
    expect(names(await ksm.workflow.whoMayReply(replyId, "discard"))).toEqual(["anna", "bernd", "carla", "emil"]);
    await ksm.workflow.approveReply(replyId, "bernd");
    expect(names(await ksm.workflow.whoMayReply(replyId, "send"))).toEqual(["anna", "bernd", "carla", "emil"]);
    expect(await ksm.workflow.whoMayReply(replyId, "approve")).toEqual([]);
  });

  it("lets the author approve, and anyone send a draft, without four eyes for replies", async () => {
    const { ksm, replyId } = await withReply(false);
    expect(names(await ksm.workflow.whoMayReply(replyId, "approve"))).toEqual(["bernd", "carla", "emil"]);
    expect(names(await ksm.workflow.whoMayReply(replyId, "send"))).toEqual(["anna", "bernd", "carla", "emil"]);
  });

  it("refuses a reply that is not there and an action that is not a step", async () => {
    const { ksm, replyId } = await withReply(true);
    await expect(ksm.workflow.whoMayReply("nope", "approve")).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_NOT_FOUND"));
    await expect(ksm.workflow.whoMayReply(replyId, "toString" as "approve")).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT"));
  });
});
