import { describe, expect, it } from "vitest";
import { defineCheck, type FindingInput } from "../checks/check.js";
import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import { definePlugin } from "../host/plugin.js";
import { openFindings, type Strategy } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { postContentHash } from "./post-content-hash.js";
import { STRATEGY, TEAM } from "./workflow-test-setup.js";

const message = { de: "„Wahl“ im Text", en: "“Wahl” in the text" };

/** An error for every "Wahl" in a post's or reply's text: a stand-in for scoring's checks. */
function wahl(target: "post" | "reply") {
  return defineCheck({
    id: target === "post" ? "test/wahl" : "test/wahl-reply",
    target,
    languages: ["de"],
    title: { de: "Wahl", en: "Election" },
    run: (input) => {
      const text = input.target === "post" ? input.post.text : input.target === "reply" ? input.text : "";
      const found: FindingInput[] = [];
      for (let at = text.indexOf("Wahl"); at >= 0; at = text.indexOf("Wahl", at + 1)) found.push({ code: "wahl", severity: "error", message, location: { field: "text", start: at, end: at + 4 } });
      return found;
    },
  });
}

async function setup(options: { gate?: boolean; fourEyesReplies?: boolean; checks?: unknown[] } = {}): Promise<{ ksm: Kommune; clock: TestClock; events: { type: string; data: unknown }[] }> {
  const clock = new TestClock("2026-08-01T08:00:00Z");
  const checks = options.checks ?? [wahl("post"), wahl("reply")];
  const ksm = await createKommune({
    organisation: fixtureOrganisation("musterstadt", {
      settings: { fourEyes: { posts: true, replies: options.fourEyesReplies ?? true }, checks: { blockApprovalOnErrors: options.gate ?? true } },
    }),
    clock,
    plugins: [definePlugin({ name: "test-checks", version: "1.0.0", setup: (ctx) => void checks.forEach((c) => ctx.registries.checks.register(c as never)) })],
  });
  for (const member of TEAM) await ksm.store.teamMembers.insert(member);
  await ksm.store.strategies.insert(STRATEGY);
  const events: { type: string; data: unknown }[] = [];
  for (const type of ["post.checked", "post.finding-accepted", "reply.checked", "reply.finding-accepted"] as const) ksm.bus.on(type, (event) => void events.push({ type, data: event.data }));
  return { ksm, clock, events };
}

async function submitted(ksm: Kommune, text: string): Promise<string> {
  const created = await ksm.workflow.createPost({ text }, "anna");
  if (!created.ok) throw new Error(created.refusal.message);
  const submit = await ksm.workflow.submit(created.value.id, "anna");
  if (!submit.ok) throw new Error(submit.refusal.message);
  return created.value.id;
}

describe("the workflow runs the registered checks", () => {
  it("stores the findings with the submitted revision and its content's fingerprint, and announces them", async () => {
    const { ksm, events } = await setup();
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const post = (await ksm.store.posts.get(id))!;
    expect(post.checks).toMatchObject({ revision: post.revision, contentHash: postContentHash(post), accepted: [] });
    expect(post.checks!.findings).toEqual([expect.objectContaining({ checkId: "test/wahl", code: "wahl", severity: "error", location: expect.objectContaining({ start: 4, end: 8 }) })]);
    expect(events).toEqual([
      { type: "post.checked", data: expect.objectContaining({ postId: id, revision: post.revision, errors: 1, warnings: 0, hints: 0, openErrors: 1, failedCheckIds: [] }) },
    ]);
  });

  it("checks again on every edit, and an edit clears the acceptances of the earlier content", async () => {
    const { ksm } = await setup();
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const finding = (await ksm.store.posts.get(id))!.checks!.findings[0]!;
    expect((await ksm.workflow.acceptFinding(id, finding.id, "bernd", "Amtliche Wahlbekanntmachung")).ok).toBe(true);
    const edited = await ksm.workflow.editPost(id, { text: "Zur Wahl am Sonntag, 8 bis 18 Uhr" }, "anna");
    if (!edited.ok) throw new Error(edited.refusal.message);
    expect(edited.value.checks!.findings.map((f) => f.id)).toEqual([finding.id]);
    expect(edited.value.checks!.accepted).toEqual([]);
    const clean = await ksm.workflow.editPost(id, { text: "Am Sonntag ist Stadtfest" }, "anna");
    expect(clean.ok && clean.value.checks!.findings).toEqual([]);
  });

  it("refuses approval while an error is open and writes nothing; approves once an approver accepted it with a reason", async () => {
    const { ksm, events } = await setup();
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const before = (await ksm.store.posts.get(id))!;
    const auditBefore = (await ksm.audit.entries()).length;
    const refused = await ksm.workflow.approve(id, "bernd");
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusal.code).toBe("open-findings");
    expect(refused.refusal.message).toContain("„Wahl“ im Text");
    expect(refused.refusal.details).toMatchObject({ count: 1, findingIds: [before.checks!.findings[0]!.id], codes: ["test/wahl/wahl"] });
    expect(await ksm.store.posts.get(id)).toEqual(before);
    expect((await ksm.audit.entries()).length).toBe(auditBefore);

    const accepted = await ksm.workflow.acceptFinding(id, before.checks!.findings[0]!.id, "bernd", "  Amtliche Wahlbekanntmachung  ");
    expect(accepted.ok).toBe(true);
    const entry = (await ksm.audit.entries()).at(-1)!;
    expect(entry).toMatchObject({ action: "post.finding-accepted", reason: "Amtliche Wahlbekanntmachung", data: { findingId: before.checks!.findings[0]!.id, checkId: "test/wahl", code: "wahl", severity: "error" } });
    expect(events.at(-1)).toEqual({ type: "post.finding-accepted", data: expect.objectContaining({ postId: id, reason: "Amtliche Wahlbekanntmachung" }) });

    const approved = await ksm.workflow.approve(id, "bernd");
    expect(approved.ok).toBe(true);
    if (!approved.ok) return;
    expect(approved.value.state).toBe("approved");
    expect(openFindings(approved.value.checks, "error")).toEqual([]);
    expect(approved.value.checks!.accepted).toHaveLength(1);
  });

  it("lets only an approver who did not write the post accept a finding, in review, with a reason, of a finding that exists", async () => {
    const { ksm } = await setup();
    const id = await submitted(ksm, "Wahl");
    const findingId = (await ksm.store.posts.get(id))!.checks!.findings[0]!.id;
    const code = async (actor: string, finding = findingId, reason = "Grund") => {
      const result = await ksm.workflow.acceptFinding(id, finding, actor, reason);
      return result.ok ? "ok" : result.refusal.code;
    };
    expect(await code("anna")).toBe("role-not-allowed");
    expect(await code("emil")).toBe("ok"); // editor and approver, but not the author
    await ksm.workflow.editPost(id, { text: "Wahl!" }, "emil");
    await ksm.workflow.submit(id, "anna");
    const newId = (await ksm.store.posts.get(id))!.checks!.findings[0]!.id;
    expect(await code("emil", newId)).toBe("four-eyes");
    expect(await code("bernd", newId, "   ")).toBe("reason-required");
    expect(await code("bernd", "0123456789abcdef")).toBe("not-found");
    expect(await code("frieda", newId)).toBe("actor-inactive");
    expect(await code("bernd", newId)).toBe("ok");
    expect(await code("bernd", newId)).toBe("ok"); // again: nothing changes
    expect((await ksm.audit.entries()).filter((e) => e.action === "post.finding-accepted")).toHaveLength(2);
    await ksm.workflow.approve(id, "bernd");
    expect(await code("carla", newId)).toBe("invalid-state");
  });

  it("judges the findings fresh at approval: a check registered after the submission stops it", async () => {
    const { ksm } = await setup({ checks: [] });
    const id = await submitted(ksm, "Zur Wahl");
    expect((await ksm.store.posts.get(id))!.checks).toBeUndefined();
    ksm.registries.checks.register(wahl("post"));
    const refused = await ksm.workflow.approve(id, "bernd");
    expect(!refused.ok && refused.refusal.code).toBe("open-findings");
  });

  it("lets errors through when the organisation has not turned the gate on, and stores them with the approval", async () => {
    const { ksm } = await setup({ gate: false });
    const id = await submitted(ksm, "Zur Wahl");
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(approved.ok).toBe(true);
    expect(approved.ok && openFindings(approved.value.checks, "error")).toHaveLength(1);
  });

  it("follows the strategy in force: a severity turned down unblocks, a strategy not yet in force does not count", async () => {
    const { ksm } = await setup();
    const id = await submitted(ksm, "Zur Wahl");
    const later: Strategy = { ...STRATEGY, id: "strategy-2027", validFrom: "2027-01-01", quietPeriods: [], checks: { disabled: [], severities: { "test/wahl": "hint" } } };
    await ksm.store.strategies.insert(later);
    expect((await ksm.workflow.approve(id, "bernd")).ok).toBe(false);
    await ksm.store.strategies.save({ ...STRATEGY, checks: { disabled: [], severities: { "test/wahl/wahl": "warning" } } });
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(approved.ok).toBe(true);
    expect(approved.ok && approved.value.checks!.findings[0]!.severity).toBe("warning");
  });

  it("stops approval when a check cannot run, until an approver accepts that with a reason", async () => {
    const broken = defineCheck({ id: "test/broken", target: "post", languages: ["*"], title: { de: "Kaputt", en: "Broken" }, run: () => { throw new Error("boom"); } });
    const { ksm, events } = await setup({ checks: [broken] });
    const id = await submitted(ksm, "Stadtfest");
    expect(events[0]).toMatchObject({ type: "post.checked", data: { failedCheckIds: ["test/broken"], openErrors: 1 } });
    expect((await ksm.workflow.approve(id, "bernd")).ok).toBe(false);
    const failed = (await ksm.store.posts.get(id))!.checks!.findings[0]!;
    await ksm.workflow.acceptFinding(id, failed.id, "bernd", "Selbst geprüft");
    expect((await ksm.workflow.approve(id, "bernd")).ok).toBe(true);
  });
});

describe("the workflow checks replies", () => {
  async function draft(ksm: Kommune, text: string): Promise<string> {
    await ksm.store.interactions.insert({
      id: "i1", organisationId: "musterstadt", channelId: "c1", kind: "comment", remoteId: "r1",
      author: { handle: "@erika" }, text: "Wann ist die Wahl?", receivedAt: "2026-08-01T07:00:00Z", status: "open",
    });
    const drafted = await ksm.workflow.draftReply("i1", text, "anna");
    if (!drafted.ok) throw new Error(drafted.refusal.message);
    return drafted.value.id;
  }

  it("stores the findings when a reply is drafted, gates its approval, and takes an approver's acceptance", async () => {
    const { ksm, events } = await setup();
    const id = await draft(ksm, "Die Wahl ist am Sonntag.");
    const reply = (await ksm.store.replies.get(id))!;
    expect(reply.checks!.findings.map((f) => f.code)).toEqual(["wahl"]);
    expect(events.map((e) => e.type)).toEqual(["reply.checked"]);
    const refused = await ksm.workflow.approveReply(id, "bernd");
    expect(!refused.ok && refused.refusal.code).toBe("open-findings");
    expect(!((await ksm.workflow.acceptReplyFinding(id, reply.checks!.findings[0]!.id, "anna", "eigene")).ok)).toBe(true);
    const accepted = await ksm.workflow.acceptReplyFinding(id, reply.checks!.findings[0]!.id, "bernd", "Auskunft zur Wahl");
    expect(accepted.ok).toBe(true);
    expect((await ksm.audit.entries()).at(-1)).toMatchObject({ action: "reply.finding-accepted", reason: "Auskunft zur Wahl" });
    const approved = await ksm.workflow.approveReply(id, "bernd");
    expect(approved.ok).toBe(true);
  });
});
