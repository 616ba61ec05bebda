import { describe, expect, it } from "vitest";
import { defineCheck, type CheckContext, type FindingInput, type PostCheckInput, type ReplyCheckInput } from "../checks/check.js";
import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import type { Logger } from "../logger/logger.js";
import { CheckRecordSchema, openFindings, PostSchema, ReplySchema, type Strategy } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { postContentHash } from "./post-content-hash.js";
import { replyContentHash } from "./reply-content-hash.js";
import { STRATEGY, TEAM } from "./workflow-test-setup.js";

// Attacks on the approval gate through the checks it runs: a check is code
// from a plugin, and the gate must hold whatever that code does.

const message = { de: "„Wahl“ im Text", en: "“Wahl” in the text" };

/** An error for every "Wahl" in a post's or reply's text. */
function wahl(target: "post" | "reply", severity: FindingInput["severity"] = "error") {
  return defineCheck({
    id: target === "post" ? "test/wahl" : "test/wahl-reply",
    target,
    languages: ["*"],
    title: { de: "Wahl", en: "Election" },
    run: (input) => {
      const text = input.target === "post" ? input.post.text : input.target === "reply" ? input.text : "";
      const found: FindingInput[] = [];
      for (let at = text.indexOf("Wahl"); at >= 0; at = text.indexOf("Wahl", at + 1)) found.push({ code: "wahl", severity, message, location: { field: "text", start: at, end: at + 4 } });
      return found;
    },
  });
}

async function setup(checks: unknown[], options: { logger?: Logger } = {}): Promise<Kommune> {
  const ksm = await createKommune({
    organisation: fixtureOrganisation("musterstadt", { settings: { fourEyes: { posts: true, replies: true }, checks: { blockApprovalOnErrors: true } } }),
    clock: new TestClock("2026-08-01T08:00:00Z"),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  for (const check of checks) ksm.registries.checks.register(check as never);
  for (const member of TEAM) await ksm.store.teamMembers.insert(member);
  await ksm.store.strategies.insert(STRATEGY);
  return ksm;
}

async function submitted(ksm: Kommune, text: string): Promise<string> {
  const created = await ksm.workflow.createPost({ text }, "anna");
  if (!created.ok) throw new Error(created.refusal.message);
  const submit = await ksm.workflow.submit(created.value.id, "anna");
  if (!submit.ok) throw new Error(submit.refusal.message);
  return created.value.id;
}

async function drafted(ksm: Kommune, text: string): Promise<string> {
  await ksm.store.interactions.insert({
    id: "i1", organisationId: "musterstadt", channelId: "c1", kind: "comment", remoteId: "r1",
    author: { handle: "@erika" }, text: "Wann ist die Wahl?", receivedAt: "2026-08-01T07:00:00Z", status: "open",
  });
  const reply = await ksm.workflow.draftReply("i1", text, "anna");
  if (!reply.ok) throw new Error(reply.refusal.message);
  return reply.value.id;
}

/** The stored post is well-formed, and its findings are of its content. */
async function storedPostIsSound(ksm: Kommune, id: string): Promise<void> {
  const post = (await ksm.store.posts.get(id))!;
  PostSchema.parse(post);
  if (post.checks) {
    CheckRecordSchema.parse(post.checks);
    expect(post.checks.contentHash).toBe(postContentHash(post));
  }
  if (post.approval) expect(post.approval.contentHash).toBe(postContentHash(post));
}

describe("the approval gate against checks that misbehave", () => {
  it("is not opened by a check that writes acceptances into the post it is given", async () => {
    const forger = defineCheck({
      id: "test/forger",
      target: "post",
      languages: ["*"],
      title: { de: "Fälscher", en: "Forger" },
      run: ({ post }) => {
        // What a check sees at approval is the post about to be stored, with the record of the submission.
        const record = (post as PostCheckInput["post"] & { checks?: { findings: { id: string }[]; accepted: unknown[] } }).checks;
        if (record) for (const f of record.findings) record.accepted.push({ findingId: f.id, reason: "ok", by: "anna", at: "2026-08-01T08:00:00.000Z" });
        return [];
      },
    });
    const ksm = await setup([wahl("post"), forger]);
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(!approved.ok && approved.refusal.code).toBe("open-findings");
    expect((await ksm.store.posts.get(id))!.state).toBe("in-review");
    await storedPostIsSound(ksm, id);
  });

  it("is not turned off for later posts by a check that changes the organisation it is shown", async () => {
    const saboteur = defineCheck({
      id: "test/saboteur",
      target: "post",
      languages: ["*"],
      title: { de: "Saboteur", en: "Saboteur" },
      run: (_, context: CheckContext) => {
        try {
          (context.organisation.settings as { checks?: { blockApprovalOnErrors: boolean } }).checks = { blockApprovalOnErrors: false };
          (context.organisation.settings.fourEyes as { posts: boolean }).posts = false;
        } catch {
          // A frozen context is the defence; swallowing the TypeError keeps this check "working".
        }
        return [];
      },
    });
    const ksm = await setup([wahl("post"), saboteur]);
    // Emil edits and approves: only four eyes stop him.
    const created = await ksm.workflow.createPost({ text: "Zur Wahl am Sonntag" }, "emil");
    if (!created.ok) throw new Error(created.refusal.message);
    expect((await ksm.workflow.submit(created.value.id, "emil")).ok).toBe(true);
    expect(await ksm.workflow.approve(created.value.id, "emil").then((r) => !r.ok && r.refusal.code)).toBe("four-eyes");
    const id = await submitted(ksm, "Zur Wahl am Montag");
    expect(await ksm.workflow.approve(id, "bernd").then((r) => !r.ok && r.refusal.code)).toBe("open-findings");
  });

  it("stores the content that was checked and approved, even when a check rewrites the text it is given", async () => {
    const rewriter = defineCheck({
      id: "test/rewriter",
      target: "post",
      languages: ["*"],
      title: { de: "Umschreiber", en: "Rewriter" },
      run: ({ post }) => {
        try {
          (post as { text: string }).text = "Ganz harmlos";
          (post.hashtags as string[]).push("Neu");
        } catch {
          // Frozen: nothing to do.
        }
        return [];
      },
    });
    const ksm = await setup([rewriter]);
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    await storedPostIsSound(ksm, id);
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(approved.ok).toBe(true);
    const post = (await ksm.store.posts.get(id))!;
    expect(post.text).toBe("Zur Wahl am Sonntag");
    expect(post.hashtags).toEqual([]);
    await storedPostIsSound(ksm, id);
  });

  it("neither crashes nor stores junk for a finding that is a proxy, a getter that throws later, or a check whose title throws", async () => {
    let reads = 0;
    const sneaky = {
      code: "sneaky",
      severity: "error",
      get message() {
        if (++reads > 1) throw new Error("read twice");
        return message;
      },
    };
    const proxy = defineCheck({ id: "test/proxy", target: "post", languages: ["*"], title: message, run: () => [new Proxy({ code: "proxied", severity: "error", message }, {}) as FindingInput] });
    const getter = defineCheck({ id: "test/getter", target: "post", languages: ["*"], title: message, run: () => { reads = 0; return [sneaky as unknown as FindingInput]; } });
    const titled = { id: "test/titled", target: "post", languages: ["*"], run: () => [], get title(): never { throw new Error("no title"); } };
    const ksm = await setup([proxy, getter, titled]);
    const id = await submitted(ksm, "Stadtfest");
    await storedPostIsSound(ksm, id);
    const codes = (await ksm.store.posts.get(id))!.checks!.findings.map((f) => `${f.checkId}/${f.code}`);
    expect(codes).toEqual(["test/proxy/proxied", "test/getter/sneaky", "test/titled/check-failed"]);
    expect(await ksm.workflow.approve(id, "bernd").then((r) => !r.ok && r.refusal.code)).toBe("open-findings");
  });

  it("keeps a step going when the logger throws at a failed check's report", async () => {
    const throwing: Logger = { debug() {}, info() {}, warn() {}, error() { throw new Error("disk full"); }, child: () => throwing };
    const broken = defineCheck({ id: "test/broken", target: "post", languages: ["*"], title: message, run: () => { throw new Error("boom"); } });
    const ksm = await setup([broken], { logger: throwing });
    const id = await submitted(ksm, "Stadtfest");
    expect((await ksm.store.posts.get(id))!.checks!.findings.map((f) => f.code)).toEqual(["check-failed"]);
  });

  it("does not let an acceptance of a hint stand for the error the same finding became", async () => {
    const ksm = await setup([wahl("post")]);
    await ksm.store.strategies.save({ ...STRATEGY, checks: { disabled: [], severities: { "test/wahl": "hint" } } } as Strategy);
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const finding = (await ksm.store.posts.get(id))!.checks!.findings[0]!;
    expect(finding.severity).toBe("hint");
    expect((await ksm.workflow.acceptFinding(id, finding.id, "bernd", "Nur ein Hinweis")).ok).toBe(true);
    // The organisation tightens its rules before the approval.
    await ksm.store.strategies.save({ ...STRATEGY, checks: { disabled: [], severities: { "test/wahl": "error" } } } as Strategy);
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(!approved.ok && approved.refusal.code).toBe("open-findings");
    // Accepted as the error it is now, it passes.
    expect((await ksm.workflow.acceptFinding(id, finding.id, "bernd", "Amtliche Wahlbekanntmachung")).ok).toBe(true);
    const again = await ksm.workflow.approve(id, "bernd");
    expect(again.ok).toBe(true);
    expect(again.ok && openFindings(again.value.checks, "error")).toEqual([]);
  });

  it("keeps an acceptance when the finding became milder", async () => {
    const ksm = await setup([wahl("post")]);
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const finding = (await ksm.store.posts.get(id))!.checks!.findings[0]!;
    expect((await ksm.workflow.acceptFinding(id, finding.id, "bernd", "Amtliche Wahlbekanntmachung")).ok).toBe(true);
    await ksm.store.strategies.save({ ...STRATEGY, checks: { disabled: [], severities: { "test/wahl": "warning" } } } as Strategy);
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(approved.ok && approved.value.checks!.accepted.map((a) => a.findingId)).toEqual([finding.id]);
  });
});

describe("the reply gate against checks that misbehave", () => {
  it("is not opened by a reply check that changes the interaction or the text it is given", async () => {
    const vandal = defineCheck({
      id: "test/vandal-reply",
      target: "reply",
      languages: ["*"],
      title: { de: "Vandale", en: "Vandal" },
      run: (input: ReplyCheckInput) => {
        try {
          (input as { text: string }).text = "harmlos";
          if (input.interaction) (input.interaction as { text: string }).text = "geändert";
        } catch {
          // Frozen: nothing to do.
        }
        return [];
      },
    });
    const ksm = await setup([wahl("reply"), vandal]);
    const id = await drafted(ksm, "Die Wahl ist am Sonntag.");
    const reply = (await ksm.store.replies.get(id))!;
    ReplySchema.parse(reply);
    expect(reply.checks!.contentHash).toBe(replyContentHash(reply.text));
    expect((await ksm.store.interactions.get("i1"))!.text).toBe("Wann ist die Wahl?");
    expect(await ksm.workflow.approveReply(id, "bernd").then((r) => !r.ok && r.refusal.code)).toBe("open-findings");
  });

  it("does not let an acceptance of a reply's hint stand for the error it became", async () => {
    const ksm = await setup([wahl("reply")]);
    await ksm.store.strategies.save({ ...STRATEGY, checks: { disabled: [], severities: { "test/wahl-reply": "hint" } } } as Strategy);
    const id = await drafted(ksm, "Die Wahl ist am Sonntag.");
    const finding = (await ksm.store.replies.get(id))!.checks!.findings[0]!;
    expect((await ksm.workflow.acceptReplyFinding(id, finding.id, "bernd", "Nur ein Hinweis")).ok).toBe(true);
    await ksm.store.strategies.save({ ...STRATEGY, checks: { disabled: [], severities: {} } } as Strategy);
    expect(await ksm.workflow.approveReply(id, "bernd").then((r) => !r.ok && r.refusal.code)).toBe("open-findings");
  });
});
