import { CheckRecordSchema, createKommune, defineCheck, openFindings, postContentHash, replyContentHash, type FindingInput, type FindingSeverity, type Kommune, type Post, type Reply, type Store, type Strategy, type TeamMember } from "@kommune-sm/core";
import { fixtureOrganisation, TestClock } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

// The approval gate of the checks as a state machine, on the SQLite store
// and on the memory store: posts and replies, acceptances by two approvers
// at once, an edit racing an approval, the organisation changing the
// severities between submission and approval, and a check that flips
// between working and throwing. After every step:
// - a post is approved only when every `error` finding of its content,
//   judged at approval, is accepted, as severe as it is now;
// - the stored findings are those of the stored content, and every
//   acceptance names one of them; only approvers who did not write it
//   accept, each acceptance audited once.

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const RUNS = Number(process.env["KSM_MODEL_RUNS"] ?? 40);
const ORG = "musterstadt";
const TEXTS = ["Am Samstag ist Stadtfest", "Zur Wahl am Sonntag", "Wahl und Wahl", "👩‍👩‍👧 Wahl 🎉"] as const;
const RANK = { error: 0, warning: 1, hint: 2 } as const;
const TEAM = [
  { id: "anna", roles: ["editor"] },
  { id: "bernd", roles: ["approver"] },
  { id: "carla", roles: ["admin"] },
].map((m) => ({ ...m, organisationId: ORG, name: m.id, competencies: [], active: true }) as TeamMember);
const STRATEGY = { id: "s", organisationId: ORG, name: "S", goals: [], audiences: [], channelIds: [], pillars: [], brandVoice: { tonality: [], wordsToAvoid: [] }, kpis: [], quietPeriods: [] } as unknown as Strategy;

type Severity = FindingSeverity | "off";

/** What the checks see now and what is stored, for one post or reply: finding keys ("wahl#0", "flaky"), acceptances by key with the severity accepted. */
interface Subject {
  state: string;
  text: string;
  /** Undefined until the checks first ran (a post is created unchecked). */
  stored: string[] | undefined;
  accepted: Map<string, FindingSeverity>;
}

interface Model {
  severity: Severity;
  flaky: boolean;
  post: Subject;
  reply: Subject | undefined;
  acceptances: number;
}

interface Real {
  ksm: Kommune;
  postId: string;
  replyId: string | undefined;
  flaky: { throws: boolean };
}

const occurrences = (text: string) => text.split("Wahl").length - 1;

/** The findings a run of the checks gives now, by key, with their severity. */
function fresh(m: Model, subject: "post" | "reply"): Map<string, FindingSeverity> {
  const text = subject === "post" ? m.post.text : m.reply!.text;
  const found = new Map<string, FindingSeverity>();
  if (m.severity !== "off") for (let i = 0; i < occurrences(text); i++) found.set(`wahl#${i}`, m.severity);
  if (subject === "post" && m.flaky) found.set("flaky", "error");
  return found;
}

/** The acceptances a run now keeps: of findings still there, no more severe than when accepted. */
function covering(m: Model, subject: "post" | "reply"): Map<string, FindingSeverity> {
  const now = fresh(m, subject);
  const s = subject === "post" ? m.post : m.reply!;
  return new Map([...s.accepted].filter(([key, at]) => now.has(key) && RANK[now.get(key)!] >= RANK[at]));
}

function openErrors(m: Model, subject: "post" | "reply"): number {
  const kept = covering(m, subject);
  return [...fresh(m, subject)].filter(([key, severity]) => severity === "error" && !kept.has(key)).length;
}

/** A run of the checks is stored for `subject`. */
function stored(m: Model, subject: "post" | "reply", accepted = covering(m, subject)): void {
  const s = subject === "post" ? m.post : m.reply!;
  s.stored = [...fresh(m, subject).keys()];
  s.accepted = accepted;
}

/** The key of a stored finding, as the model names it. */
function keyOf(record: NonNullable<Post["checks"]>, index: number): string {
  const finding = record.findings[index]!;
  if (finding.checkId === "test/flaky") return "flaky";
  return `wahl#${record.findings.slice(0, index).filter((f) => f.code === "wahl").length}`;
}

async function invariants(m: Model, r: Real): Promise<void> {
  const post = (await r.ksm.store.posts.get(r.postId))!;
  expect(post.state).toBe(m.post.state);
  expect(post.text).toBe(m.post.text);
  const subjects: [Subject, Post | Reply, string][] = [[m.post, post, postContentHash(post)]];
  if (r.replyId) {
    const reply = (await r.ksm.store.replies.get(r.replyId))!;
    expect(reply.state).toBe(m.reply!.state);
    subjects.push([m.reply!, reply, replyContentHash(reply.text)]);
  }
  for (const [subject, real, hash] of subjects) {
    if (subject.stored === undefined) {
      expect(real.checks).toBeUndefined();
      continue;
    }
    const record = real.checks!;
    CheckRecordSchema.parse(record);
    expect(record.contentHash).toBe(hash);
    expect(record.findings.map((_, i) => keyOf(record, i))).toEqual(subject.stored);
    const ids = new Map(record.findings.map((f, i) => [f.id, keyOf(record, i)]));
    expect(new Map(record.accepted.map((a) => [ids.get(a.findingId), a.severity]))).toEqual(subject.accepted);
    if (real.state === "approved") expect(openFindings(record, "error").length).toBe(0);
  }
  if (post.state === "approved") expect(post.approval!.contentHash).toBe(postContentHash(post));
  const accepted = (await r.ksm.audit.entries()).filter((e) => e.action === "post.finding-accepted" || e.action === "reply.finding-accepted");
  expect(accepted.length).toBe(m.acceptances);
  for (const entry of accepted) expect(["bernd", "carla"]).toContain(entry.actor.id);
}

type Cmd = fc.AsyncCommand<Model, Real>;

/** What an approval of the post does to the model when it runs now; its refusal code if refused. */
function approvePost(m: Model): string | undefined {
  if (m.post.state !== "in-review") return "invalid-state";
  if (openErrors(m, "post") > 0) return "open-findings";
  stored(m, "post");
  m.post.state = "approved";
  return undefined;
}

function editPost(m: Model, text: string): void {
  m.post.text = text;
  if (m.post.state !== "rejected") m.post.state = "draft";
  stored(m, "post", new Map());
}

/** What an acceptance of the stored finding `nth` does to the model; its refusal code if refused. */
function acceptIn(m: Model, subject: "post" | "reply", actor: string, nth: number): string | undefined {
  const s = subject === "post" ? m.post : m.reply;
  if (!s) return "none";
  if (actor === "anna") return "role-not-allowed";
  if (s.state !== (subject === "post" ? "in-review" : "draft")) return "invalid-state";
  const key = s.stored?.[nth % Math.max(1, s.stored.length)];
  const now = fresh(m, subject);
  if (key === undefined || !now.has(key)) return "not-found";
  const kept = covering(m, subject);
  if (!kept.has(key)) {
    kept.set(key, now.get(key)!);
    stored(m, subject, kept);
    m.acceptances++;
  }
  return undefined;
}

const refusal = (result: { ok: boolean; refusal?: { code: string } }) => (result.ok ? undefined : result.refusal!.code);

class EditPost implements Cmd {
  constructor(readonly text: string) {}
  check = (m: Readonly<Model>) => ["draft", "rejected", "in-review", "approved"].includes(m.post.state);
  async run(m: Model, r: Real) {
    expect(refusal(await r.ksm.workflow.editPost(r.postId, { text: this.text }, "anna"))).toBeUndefined();
    editPost(m, this.text);
    await invariants(m, r);
  }
  toString = () => `edit(${JSON.stringify(this.text)})`;
}

class Submit implements Cmd {
  check = () => true;
  async run(m: Model, r: Real) {
    const result = refusal(await r.ksm.workflow.submit(r.postId, "anna"));
    if (m.post.state !== "draft") expect(result).toBe("invalid-state");
    else {
      expect(result).toBeUndefined();
      stored(m, "post");
      m.post.state = "in-review";
    }
    await invariants(m, r);
  }
  toString = () => "submit";
}

class Approve implements Cmd {
  check = () => true;
  async run(m: Model, r: Real) {
    const result = refusal(await r.ksm.workflow.approve(r.postId, "bernd"));
    expect(result).toBe(approvePost(m));
    await invariants(m, r);
  }
  toString = () => "approve";
}

class Accept implements Cmd {
  constructor(
    readonly subject: "post" | "reply",
    readonly actor: string,
    readonly nth: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const id = this.subject === "post" ? r.postId : r.replyId;
    if (!id) return;
    const real = this.subject === "post" ? await r.ksm.store.posts.get(id) : await r.ksm.store.replies.get(id);
    const findings = real?.checks?.findings ?? [];
    const findingId = findings[this.nth % Math.max(1, findings.length)]?.id ?? "0000000000000000";
    const result = this.subject === "post" ? await r.ksm.workflow.acceptFinding(id, findingId, this.actor, "Geprüft") : await r.ksm.workflow.acceptReplyFinding(id, findingId, this.actor, "Geprüft");
    const expected = acceptIn(m, this.subject, this.actor, this.nth);
    expect(refusal(result) === undefined).toBe(expected === undefined);
    await invariants(m, r);
  }
  toString = () => `accept(${this.subject}, ${this.actor}, ${this.nth})`;
}

class AcceptTwice implements Cmd {
  constructor(readonly nth: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const post = (await r.ksm.store.posts.get(r.postId))!;
    const findings = post.checks?.findings ?? [];
    const findingId = findings[this.nth % Math.max(1, findings.length)]?.id ?? "0000000000000000";
    // Two approvers accept the same finding at the same moment: one acceptance, audited once.
    const [a, b] = await Promise.all([r.ksm.workflow.acceptFinding(r.postId, findingId, "bernd", "Geprüft"), r.ksm.workflow.acceptFinding(r.postId, findingId, "carla", "Auch geprüft")]);
    const expected = acceptIn(m, "post", "bernd", this.nth);
    expect(refusal(a) === undefined).toBe(expected === undefined);
    expect(refusal(b) === undefined).toBe(expected === undefined);
    await invariants(m, r);
  }
  toString = () => `acceptTwice(${this.nth})`;
}

class EditRacingApproval implements Cmd {
  constructor(readonly text: string) {}
  check = (m: Readonly<Model>) => ["draft", "rejected", "in-review", "approved"].includes(m.post.state);
  async run(m: Model, r: Real) {
    const [edited, approved] = await Promise.all([r.ksm.workflow.editPost(r.postId, { text: this.text }, "anna"), r.ksm.workflow.approve(r.postId, "bernd")]);
    expect(refusal(edited)).toBeUndefined();
    // Either order may win; the approval tells which: the model takes the same order.
    const approveFirst = structuredClone({ ...m, post: { ...m.post, accepted: new Map(m.post.accepted) } }) as Model;
    const first = approvePost(approveFirst);
    if (refusal(approved) === first) {
      approvePost(m);
      editPost(m, this.text);
    } else {
      editPost(m, this.text);
      expect(refusal(approved)).toBe(approvePost(m));
    }
    await invariants(m, r);
  }
  toString = () => `editRacingApproval(${JSON.stringify(this.text)})`;
}

class Settle implements Cmd {
  constructor(readonly severity: Severity) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const checks: NonNullable<Strategy["checks"]> = this.severity === "off" ? { disabled: ["test/wahl", "test/wahl-reply"], severities: {} } : { disabled: [], severities: { "test/wahl": this.severity, "test/wahl-reply": this.severity } };
    await r.ksm.store.strategies.save({ ...STRATEGY, checks });
    // What is stored stays until the checks run again.
    m.severity = this.severity;
    await invariants(m, r);
  }
  toString = () => `severity(${this.severity})`;
}

class Flip implements Cmd {
  constructor(readonly throws: boolean) {}
  check = () => true;
  async run(m: Model, r: Real) {
    r.flaky.throws = this.throws;
    m.flaky = this.throws;
    await invariants(m, r);
  }
  toString = () => `flaky(${this.throws ? "throws" : "works"})`;
}

class DraftReply implements Cmd {
  constructor(readonly text: string) {}
  check = (m: Readonly<Model>) => m.reply === undefined;
  async run(m: Model, r: Real) {
    const result = await r.ksm.workflow.draftReply("i1", this.text, "anna");
    if (!result.ok) throw new Error(result.refusal.message);
    r.replyId = result.value.id;
    m.reply = { state: "draft", text: this.text, stored: [], accepted: new Map() };
    stored(m, "reply", new Map());
    await invariants(m, r);
  }
  toString = () => `draftReply(${JSON.stringify(this.text)})`;
}

class ApproveReply implements Cmd {
  check = (m: Readonly<Model>) => m.reply !== undefined;
  async run(m: Model, r: Real) {
    const result = refusal(await r.ksm.workflow.approveReply(r.replyId!, "bernd"));
    if (m.reply!.state !== "draft") expect(result).toBe("invalid-state");
    else if (openErrors(m, "reply") > 0) expect(result).toBe("open-findings");
    else {
      expect(result).toBeUndefined();
      stored(m, "reply");
      m.reply!.state = "approved";
    }
    await invariants(m, r);
  }
  toString = () => "approveReply";
}

const accept = fc.tuple(fc.constantFrom("post", "reply"), fc.constantFrom("bernd", "carla", "bernd", "anna"), fc.nat(3)).map(([subject, actor, nth]) => new Accept(subject as "post" | "reply", actor, nth));
// Submissions and acceptances are listed twice: a gate is only tested where findings are accepted.
const commands = [
  fc.constantFrom(...TEXTS).map((text) => new EditPost(text)),
  fc.constant(new Submit()),
  fc.constant(new Submit()),
  fc.constant(new Approve()),
  accept,
  accept,
  fc.nat(3).map((nth) => new AcceptTwice(nth)),
  fc.constantFrom(...TEXTS).map((text) => new EditRacingApproval(text)),
  fc.constantFrom<Severity>("error", "warning", "hint", "off").map((severity) => new Settle(severity)),
  fc.boolean().map((throws) => new Flip(throws)),
  fc.constantFrom(...TEXTS).map((text) => new DraftReply(text)),
  fc.constant(new ApproveReply()),
];

function wahl(target: "post" | "reply") {
  return defineCheck({
    id: target === "post" ? "test/wahl" : "test/wahl-reply",
    target,
    languages: ["*"],
    title: { de: "Wahl", en: "Election" },
    run: (input) => {
      const text = input.target === "post" ? input.post.text : input.target === "reply" ? input.text : "";
      const found: FindingInput[] = [];
      for (let at = text.indexOf("Wahl"); at >= 0; at = text.indexOf("Wahl", at + 1)) found.push({ code: "wahl", severity: "error", message: { de: "Wahl", en: "Election" }, location: { field: "text", start: at, end: at + 4 } });
      return found;
    },
  });
}

async function property(store: () => Store | undefined): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: "+1" }), async (cmds) => {
      const flaky = { throws: false };
      const made = store();
      const ksm = await createKommune({
        organisation: fixtureOrganisation(ORG, { settings: { fourEyes: { posts: true, replies: true }, checks: { blockApprovalOnErrors: true } } }),
        clock: new TestClock("2026-08-01T08:00:00Z"),
        ...(made ? { store: made } : {}),
      });
      ksm.registries.checks.register(wahl("post"));
      ksm.registries.checks.register(wahl("reply"));
      ksm.registries.checks.register(
        defineCheck({
          id: "test/flaky",
          target: "post",
          languages: ["*"],
          title: { de: "Launisch", en: "Flaky" },
          run: () => {
            if (flaky.throws) throw new Error("flaky");
            return [];
          },
        }),
      );
      for (const member of TEAM) await ksm.store.teamMembers.insert(member);
      await ksm.store.strategies.insert(STRATEGY);
      await ksm.store.interactions.insert({ id: "i1", organisationId: ORG, channelId: "c1", kind: "comment", remoteId: "r1", author: { handle: "@erika" }, text: "Wann ist die Wahl?", receivedAt: "2026-08-01T07:00:00Z", status: "open" });
      const created = await ksm.workflow.createPost({ text: TEXTS[1] }, "anna");
      if (!created.ok) throw new Error(created.refusal.message);
      const model: Model = { severity: "error", flaky: false, post: { state: "draft", text: TEXTS[1], stored: undefined, accepted: new Map() }, reply: undefined, acceptances: 0 };
      try {
        await fc.asyncModelRun(() => ({ model, real: { ksm, postId: created.value.id, replyId: undefined, flaky } }), cmds);
      } finally {
        await ksm.dispose();
        await made?.close();
      }
    }),
    { numRuns: RUNS },
  );
}

describe("the approval gate of the checks (model, with replies, races, severities and a flaky check)", () => {
  it("holds on the memory store", async () => {
    await property(() => undefined);
  }, 120_000);

  it("holds on the SQLite store", async () => {
    await property(() => createSqliteStore({ file: temp.file() }));
  }, 300_000);
});
