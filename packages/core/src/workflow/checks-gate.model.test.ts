import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineCheck, type FindingInput } from "../checks/check.js";
import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import { openFindings, type CheckSettings, type FindingSeverity, type PostState } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { postContentHash } from "./post-content-hash.js";
import { STRATEGY, TEAM } from "./workflow-test-setup.js";

// The promise of the approval gate, under any order of edits, submissions,
// acceptances, rejections and changes of the organisation's settings:
// - a post is approved only when every `error` finding of its content, judged
//   at the moment of approval, is accepted; refused exactly when one is open;
// - stored findings are those of the stored content (fingerprint), and every
//   acceptance names one of them; an edit clears the acceptances;
// - only an approver who did not write the post accepts, and each new
//   acceptance is one audit entry.

const TEXTS = ["Am Samstag ist Stadtfest", "Zur Wahl am Sonntag", "Wahl und Wahl", "👩‍👩‍👧 Wahl 🎉"] as const;
const RUNS = Number(process.env["KSM_MODEL_RUNS"] ?? 60);

interface Model {
  state: PostState;
  text: string;
  severity: FindingSeverity | "off";
  /** Accepted occurrences of "Wahl" (by index), in the current content, with the severity they were accepted at. */
  accepted: Map<number, FindingSeverity>;
  acceptances: number;
}

interface Real {
  ksm: Kommune;
  postId: string;
}

const occurrences = (text: string) => text.split("Wahl").length - 1;
const RANK = { error: 0, warning: 1, hint: 2 } as const;
/** The acceptances a run of the checks now keeps: of findings still there, no more severe than when accepted. */
const covering = (m: Model) => new Map(m.severity === "off" ? [] : [...m.accepted].filter(([, at]) => RANK[m.severity as FindingSeverity] >= RANK[at]));
const openErrors = (m: Model) => (m.severity === "error" ? occurrences(m.text) - covering(m).size : 0);

function wahlCheck() {
  return defineCheck({
    id: "test/wahl",
    target: "post",
    languages: ["de"],
    title: { de: "Wahl", en: "Election" },
    run: ({ post }) => {
      const found: FindingInput[] = [];
      for (let at = post.text.indexOf("Wahl"); at >= 0; at = post.text.indexOf("Wahl", at + 1)) {
        found.push({ code: "wahl", severity: "error", message: { de: "Wahl", en: "Election" }, location: { field: "text", start: at, end: at + 4 } });
      }
      return found;
    },
  });
}

async function invariants(m: Model, r: Real): Promise<void> {
  const post = (await r.ksm.store.posts.get(r.postId))!;
  expect(post.state).toBe(m.state);
  expect(post.text).toBe(m.text);
  if (post.checks) {
    expect(post.checks.contentHash).toBe(postContentHash(post));
    const ids = new Set(post.checks.findings.map((f) => f.id));
    for (const acceptance of post.checks.accepted) expect(ids.has(acceptance.findingId)).toBe(true);
    expect(post.checks.accepted.length).toBe(m.accepted.size);
  } else {
    expect(m.accepted.size).toBe(0);
  }
  const accepted = (await r.ksm.audit.entries()).filter((e) => e.action === "post.finding-accepted");
  expect(accepted.length).toBe(m.acceptances);
  for (const entry of accepted) expect(entry.actor).toMatchObject({ kind: "member", id: "bernd" });
}

class Edit implements fc.AsyncCommand<Model, Real> {
  constructor(readonly text: string) {}
  check = (m: Readonly<Model>) => ["draft", "rejected", "in-review", "approved"].includes(m.state);
  async run(m: Model, r: Real) {
    const result = await r.ksm.workflow.editPost(r.postId, { text: this.text }, "anna");
    expect(result.ok).toBe(true);
    m.text = this.text;
    if (m.state !== "rejected") m.state = "draft";
    m.accepted.clear();
    await invariants(m, r);
  }
  toString = () => `edit(${JSON.stringify(this.text)})`;
}

class Step implements fc.AsyncCommand<Model, Real> {
  constructor(readonly action: "submit" | "approve" | "reject" | "revise") {}
  check = () => true;
  async run(m: Model, r: Real) {
    const actor = this.action === "submit" || this.action === "revise" ? "anna" : "bernd";
    const result = await r.ksm.workflow.transition(r.postId, this.action, actor, this.action === "reject" ? { reason: "Bitte neutraler" } : {});
    const from: Record<typeof this.action, PostState> = { submit: "draft", approve: "in-review", reject: "in-review", revise: "rejected" };
    const to: Record<typeof this.action, PostState> = { submit: "in-review", approve: "approved", reject: "rejected", revise: "draft" };
    if (m.state !== from[this.action]) {
      expect(result.ok).toBe(false);
    } else if (this.action === "approve" && openErrors(m) > 0) {
      expect(!result.ok && result.refusal.code).toBe("open-findings");
      expect(!result.ok && result.refusal.details?.["count"]).toBe(openErrors(m));
    } else {
      expect(result.ok).toBe(true);
      m.state = to[this.action];
      // The checks ran again on the same content: acceptances of findings no longer found, or now more severe, go.
      if (this.action === "submit" || this.action === "approve") m.accepted = covering(m);
      if (this.action === "approve" && result.ok) expect(openFindings(result.value.checks, "error")).toEqual([]);
    }
    await invariants(m, r);
  }
  toString = () => this.action;
}

class Accept implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly actor: "bernd" | "anna",
    readonly nth: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const post = (await r.ksm.store.posts.get(r.postId))!;
    const findings = post.checks?.findings ?? [];
    const finding = findings[this.nth % Math.max(1, findings.length)];
    const result = await r.ksm.workflow.acceptFinding(r.postId, finding?.id ?? "0000000000000000", this.actor, "Amtliche Bekanntmachung");
    const index = this.nth % Math.max(1, findings.length);
    // The finding is judged fresh: with its check turned off, there is none to accept.
    if (this.actor === "anna" || m.state !== "in-review" || !finding || m.severity === "off") {
      expect(result.ok).toBe(false);
    } else {
      expect(result.ok).toBe(true);
      const kept = covering(m);
      if (!kept.has(index)) {
        m.accepted = kept.set(index, m.severity as FindingSeverity);
        m.acceptances++;
      }
    }
    await invariants(m, r);
  }
  toString = () => `accept(${this.actor}, ${this.nth})`;
}

class Settle implements fc.AsyncCommand<Model, Real> {
  constructor(readonly severity: FindingSeverity | "off") {}
  check = () => true;
  async run(m: Model, r: Real) {
    const checks: CheckSettings = this.severity === "off" ? { disabled: ["test/wahl"], severities: {} } : { disabled: [], severities: { "test/wahl": this.severity } };
    await r.ksm.store.strategies.save({ ...STRATEGY, checks });
    // What is stored stays until the checks run again (edit, submit, approve).
    m.severity = this.severity;
    await invariants(m, r);
  }
  toString = () => `severity(${this.severity})`;
}

describe("the approval gate of the checks (model)", () => {
  it("approves only with every error accepted, keeps findings of the stored content, audits each acceptance", async () => {
    const commands = [
      fc.constantFrom(...TEXTS).map((text) => new Edit(text)),
      fc.constantFrom("submit", "approve", "reject", "revise").map((action) => new Step(action as Step["action"])),
      fc.tuple(fc.constantFrom("bernd", "anna"), fc.nat(3)).map(([actor, nth]) => new Accept(actor as "bernd" | "anna", nth)),
      fc.constantFrom("error", "warning", "off").map((severity) => new Settle(severity as FindingSeverity | "off")),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const clock = new TestClock("2026-08-01T08:00:00Z");
        const ksm = await createKommune({
          organisation: fixtureOrganisation("musterstadt", { settings: { fourEyes: { posts: true, replies: false }, checks: { blockApprovalOnErrors: true } } }),
          clock,
        });
        ksm.registries.checks.register(wahlCheck());
        for (const member of TEAM) await ksm.store.teamMembers.insert(member);
        await ksm.store.strategies.insert(STRATEGY);
        const created = await ksm.workflow.createPost({ text: TEXTS[0] }, "anna");
        if (!created.ok) throw new Error(created.refusal.message);
        const model: Model = { state: "draft", text: TEXTS[0], severity: "error", accepted: new Map(), acceptances: 0 };
        await fc.asyncModelRun(() => ({ model, real: { ksm, postId: created.value.id } }), cmds);
        await ksm.dispose();
      }),
      { numRuns: RUNS },
    );
  });
});
