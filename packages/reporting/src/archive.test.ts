import { spawnSync } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createAuditAnchor,
  createKommune,
  createMemoryAuditAnchorSink,
  createMemoryStore,
  defineCheck,
  definePlugin,
  staticAuditAnchorKeys,
  type AuditEntry,
  type Channel,
  type Interaction,
  type Kommune,
  type Repository,
  type TeamMember,
  type TenantEntity,
  type WorkflowResult,
} from "@kommune-sm/core";
import { fixtureOrganisation, TestClock } from "@kommune-sm/core/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportArchive, exportArchiveFiles, writeArchive, type ArchiveOptions } from "./archive.js";
import { runVerifyArchive } from "./archive-cli.js";
import type { ArchiveEntityLine, ArchiveInteractionLine, ArchiveManifest, ArchivePostLine, ArchiveReplyLine } from "./archive-format.js";
import { canonicalJson, lineHash, sha256Hex } from "./archive-json.js";
import { verifyArchive } from "./archive-verify.js";
import { periodOfDay } from "./periods.js";

// May 2026 on the town hall's calendar: 2026-04-30T22:00Z to 2026-05-31T22:00Z.
const MAY = periodOfDay("month", "2026-05-15", "Europe/Berlin");

/** Values that must never reach an archive. */
const SECRET = {
  postField: "tok-POST-FIELD-0001",
  options: "tok-OPTIONS-0002",
  delivery: "tok-DELIVERY-0003",
  triage: "tok-TRIAGE-0004",
  channel: "tok-CHANNEL-0005",
  vault: "tok-VAULT-987654321",
};
const HOSTILE = `<script>alert("x")</script> & "Anführungszeichen" 'einfach' \u202Egespiegelt`;
const HOSTILE_TITLE = `"><img src=x onerror=alert(1)>`;
const HOSTILE_REASON = `Beleidigung </td><script>alert(2)</script>`;

const ENGINE = { kind: "system", id: "publishing-engine" } as const;

function value<T>(result: WorkflowResult<T>): T {
  if (!result.ok) throw new Error(result.refusal.message);
  return result.value;
}

const team = (organisationId: string): TeamMember[] =>
  [
    { id: "anna", organisationId, name: "Anna Schreiber", roles: ["editor"], competencies: [], active: true },
    { id: "bernd", organisationId, name: "Bernd Prüfer", roles: ["approver"], competencies: [], active: true },
    { id: "carla", organisationId, name: "Carla Leitung", roles: ["admin"], competencies: [], active: true },
  ] as TeamMember[];

const channel = (organisationId: string): Channel =>
  ({
    id: "mastodon-main",
    organisationId,
    network: "mastodon",
    handle: `@${organisationId}@social.bund.de`,
    displayName: `Stadt ${organisationId}`,
    options: { mastodon: { instance: "https://social.bund.de" } },
    active: true,
    // A credential slipped into the stored channel: it must not reach the archive.
    accessToken: SECRET.channel,
  }) as unknown as Channel;

const interaction = (organisationId: string, id: string, receivedAt: string, extra: Partial<Interaction> = {}): Interaction => ({
  id,
  organisationId,
  channelId: "mastodon-main",
  kind: "comment",
  remoteId: `remote-${id}`,
  author: { handle: "@erika@example.social", displayName: "Erika Beispiel" },
  text: `Kommentar ${id}`,
  receivedAt,
  status: "open",
  revision: 1,
  ...extra,
});

const deliveriesOf = (ksm: Kommune) => (ksm.store.collection as unknown as (name: string) => Repository<TenantEntity>)("deliveries");

const wahlCheck = defineCheck({
  id: "test/wahl",
  target: "post",
  languages: ["de"],
  title: { de: "Wahl", en: "Election" },
  run: (input) => {
    const text = input.target === "post" ? input.post.text : "";
    const at = text.indexOf("Wahl");
    return at < 0 ? [] : [{ code: "wahl", severity: "error", message: { de: "„Wahl“ im Text", en: "“Wahl” in the text" }, location: { field: "text", start: at, end: at + 4 } }];
  },
});

interface Towns {
  readonly store: ReturnType<typeof createMemoryStore>;
  readonly clock: TestClock;
  readonly a: Kommune;
  readonly b: Kommune;
  readonly options: ArchiveOptions;
  readonly publicPem: string;
  readonly ids: Record<string, string>;
}

/**
 * Two towns in one store, a quarter of work: Musterstadt's posts through the
 * workflow (drafts, a rejection, approvals with a finding accepted,
 * publications, a withdrawal with its takedown), citizens' messages closed,
 * hidden, reopened and deleted, replies sent and withdrawn — before, in and
 * after May 2026. Nachbarort works on the same store alongside.
 */
async function buildTowns(): Promise<Towns> {
  const store = createMemoryStore();
  const clock = new TestClock("2026-03-01T08:00:00Z");
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const keys = staticAuditAnchorKeys({ keyId: "anchor-2026", privateKey });
  const anchor = createAuditAnchor({ sink: createMemoryAuditAnchorSink(), keys, clock });
  const checks = definePlugin({ name: "test-checks", version: "1.0.0", setup: (ctx) => void ctx.registries.checks.register(wahlCheck) });
  const a = await createKommune({
    organisation: fixtureOrganisation("musterstadt", { name: "Stadt Musterstadt", settings: { fourEyes: { posts: true, replies: false }, checks: { blockApprovalOnErrors: true } } }),
    store,
    clock,
    plugins: [checks],
  });
  const b = await createKommune({ organisation: fixtureOrganisation("nachbarort", { name: "Gemeinde Nachbarort" }), store, clock });
  for (const [ksm, id] of [
    [a, "musterstadt"],
    [b, "nachbarort"],
  ] as const) {
    for (const member of team(id)) await ksm.store.teamMembers.insert(member);
    await ksm.store.channels.insert(channel(id));
  }
  const ids: Record<string, string> = {};
  const at = (instant: string) => clock.advanceTo(instant);
  const publish = async (postId: string, when: string, deliveryId: string) => {
    value(await a.workflow.schedule(postId, "bernd", when));
    value(await a.workflow.transition(postId, "start-publishing", { system: "publishing-engine" }));
    await at(when);
    const post = value(await a.workflow.transition(postId, "mark-published", { system: "publishing-engine" }));
    await deliveriesOf(a).insert({
      id: deliveryId,
      organisationId: "musterstadt",
      kind: "post",
      postId,
      channelId: "mastodon-main",
      network: "mastodon",
      idempotencyKey: `ksm-${deliveryId}`,
      state: "succeeded",
      dueAt: when,
      nextAttemptAt: when,
      attempts: 1,
      lease: { owner: "worker-7", until: when },
      payload: { text: post.text, options: { mastodon: { visibility: "public", accessToken: SECRET.options } } },
      approval: { revision: post.approval!.revision, contentHash: post.approval!.contentHash },
      remoteId: `remote-${deliveryId}`,
      url: `https://social.bund.de/@musterstadt/${deliveryId}`,
      publishedAt: when,
      createdAt: when,
      updatedAt: when,
      revision: 3,
      credentials: { accessToken: SECRET.delivery },
    } as unknown as TenantEntity);
    await a.audit.append({ actor: ENGINE, action: "delivery.succeeded", subject: { type: "delivery", id: deliveryId }, from: "in-flight", to: "succeeded", data: { postId, channelId: "mastodon-main", attempts: 1 } });
  };

  // Before the period.
  await at("2026-03-10T09:00:00Z");
  ids.old = value(await a.workflow.createPost({ text: "Alter Entwurf vom März." }, "anna")).id;
  await a.store.interactions.insert(interaction("musterstadt", "i-context", "2026-03-10T10:00:00Z", { text: "Wann ist der Sperrmüll?" }));
  await at("2026-04-10T09:00:00Z");
  ids.april = value(await a.workflow.createPost({ text: "Aprilbeitrag, nie wieder angefasst." }, "anna")).id;
  await a.store.interactions.insert(interaction("musterstadt", "i-april", "2026-04-10T10:00:00Z"));
  await at("2026-04-20T09:00:00Z");
  ids.published = value(await a.workflow.createPost({ text: "Sperrmüll am Samstag in der Lindenstraße." }, "anna")).id;
  value(await a.workflow.submit(ids.published, "anna"));
  value(await a.workflow.approve(ids.published, "bernd"));

  // In the period.
  await at("2026-05-02T07:00:00Z");
  await publish(ids.published, "2026-05-02T08:00:00Z", "d-published");
  await at("2026-05-03T09:00:00Z");
  await a.store.interactions.insert(interaction("musterstadt", "i-thanks", "2026-05-03T08:55:00Z", { postId: ids.published, text: "Danke für die Info!" }));
  value(await a.workflow.closeInteraction("i-thanks", "anna", "Dank, nichts zu beantworten"));
  await at("2026-05-04T09:00:00Z");
  await a.store.interactions.insert(interaction("musterstadt", "i-insult", "2026-05-04T08:00:00Z", { postId: ids.published, text: "Ihr seid alle …", author: { handle: "<b>@troll</b>" } }));
  value(await a.workflow.hideInteraction("i-insult", "bernd", HOSTILE_REASON));
  await at("2026-05-05T09:00:00Z");
  ids.rejected = value(await a.workflow.createPost({ text: "Zur Wahl am Sonntag" }, "anna")).id;
  value(await a.workflow.submit(ids.rejected, "anna"));
  value(await a.workflow.reject(ids.rejected, "bernd", "Bitte Quelle nennen"));
  value(await a.workflow.transition(ids.rejected, "revise", "anna"));
  value(await a.workflow.editPost(ids.rejected, { text: "Zur Wahl am Sonntag, Quelle: Wahlamt" }, "anna"));
  const submitted = value(await a.workflow.submit(ids.rejected, "anna"));
  value(await a.workflow.acceptFinding(ids.rejected, submitted.checks!.findings[0]!.id, "bernd", "Amtliche Wahlbekanntmachung"));
  value(await a.workflow.approve(ids.rejected, "bernd"));
  await at("2026-05-06T09:00:00Z");
  await a.store.interactions.insert(interaction("musterstadt", "i-reopened", "2026-05-06T08:00:00Z", { text: "Ist das Bad offen?" }));
  value(await a.workflow.hideInteraction("i-reopened", "bernd", "Spam?"));
  value(await a.workflow.reopenInteraction("i-reopened", "carla", { reason: "Versehentlich ausgeblendet" }));
  await at("2026-05-07T09:00:00Z");
  await a.store.interactions.insert(interaction("musterstadt", "i-gone", "2026-05-07T08:00:00Z", { text: "Meine Telefonnummer ist 0151 …" }));
  value(await a.workflow.hideInteraction("i-gone", "bernd", "Personenbezogene Daten"));
  await at("2026-05-08T09:00:00Z");
  ids.contextReply = value(await a.workflow.draftReply("i-context", "Der Sperrmüll kommt am Samstag.", "anna")).id;
  value(await a.workflow.markReplySent(ids.contextReply, "anna"));
  await at("2026-05-09T09:00:00Z");
  ids.withdrawnReply = value(await a.workflow.draftReply("i-reopened", "Das Bad ist geöffnet.", "anna")).id;
  value(await a.workflow.markReplySent(ids.withdrawnReply, "anna"));
  await at("2026-05-09T10:00:00Z");
  value(await a.workflow.withdrawReply(ids.withdrawnReply, "bernd", "Falsche Auskunft: das Bad ist zu."));
  for (const [id, kind, extra] of [
    ["rd-withdrawn", "reply", { replyId: ids.withdrawnReply, interactionId: "i-reopened", payload: { text: "Das Bad ist geöffnet.", inReplyToRemoteId: "remote-i-reopened" }, remoteId: "remote-rd" }],
    ["rt-withdrawn", "takedown", { replyId: ids.withdrawnReply, target: { deliveryId: "rd-withdrawn", idempotencyKey: "ksm-rd-withdrawn", remoteId: "remote-rd", text: "Das Bad ist geöffnet.", notBefore: "2026-05-09T08:59:00.000Z" }, removedAt: "2026-05-09T10:00:00.000Z" }],
  ] as const) {
    await deliveriesOf(a).insert({
      id,
      organisationId: "musterstadt",
      kind,
      channelId: "mastodon-main",
      network: "mastodon",
      idempotencyKey: `ksm-${id}`,
      state: "succeeded",
      dueAt: "2026-05-09T09:00:00.000Z",
      nextAttemptAt: "2026-05-09T09:00:00.000Z",
      attempts: 1,
      createdAt: "2026-05-09T09:00:00.000Z",
      updatedAt: "2026-05-09T10:00:00.000Z",
      revision: 2,
      ...extra,
    } as unknown as TenantEntity);
  }
  await a.audit.append({ actor: ENGINE, action: "takedown.succeeded", subject: { type: "takedown", id: "rt-withdrawn" }, from: "in-flight", to: "succeeded", data: { replyId: ids.withdrawnReply, channelId: "mastodon-main" } });
  await at("2026-05-10T09:00:00Z");
  ids.withdrawn = value(await a.workflow.createPost({ text: "Stadtfest am 16. Mai um 14 Uhr." }, "anna")).id;
  value(await a.workflow.submit(ids.withdrawn, "anna"));
  value(await a.workflow.approve(ids.withdrawn, "bernd"));
  await publish(ids.withdrawn, "2026-05-11T08:00:00Z", "d-withdrawn");
  // A delivery to a second channel that failed, with the network's error quoting a token the adapter did not scrub.
  await deliveriesOf(a).insert({
    id: "d-failed",
    organisationId: "musterstadt",
    kind: "post",
    postId: ids.withdrawn,
    channelId: "bluesky-main",
    network: "bluesky",
    idempotencyKey: "ksm-d-failed",
    state: "failed",
    dueAt: "2026-05-11T08:00:00.000Z",
    nextAttemptAt: "2026-05-11T08:00:00.000Z",
    attempts: 5,
    problem: { kind: "authentication", code: "NETWORK_AUTHENTICATION", message: `401 for Bearer ${SECRET.vault}`, at: "2026-05-11T08:05:00.000Z" },
    payload: { text: "Stadtfest am 16. Mai um 14 Uhr." },
    approval: { revision: 3, contentHash: "0".repeat(64) },
    createdAt: "2026-05-11T08:00:00.000Z",
    updatedAt: "2026-05-11T08:05:00.000Z",
    revision: 6,
  } as unknown as TenantEntity);
  await at("2026-05-15T09:00:00Z");
  // An anchor taken mid-period, as createKommune's anchoring would take it.
  await anchor.record("musterstadt", (await a.audit.head())!);
  await at("2026-05-20T09:00:00Z");
  value(await a.workflow.withdraw(ids.withdrawn, "bernd", "Falsche Uhrzeit: das Fest beginnt um 15 Uhr."));
  await deliveriesOf(a).insert({
    id: "t-withdrawn",
    organisationId: "musterstadt",
    kind: "takedown",
    postId: ids.withdrawn,
    channelId: "mastodon-main",
    network: "mastodon",
    idempotencyKey: "ksm-t-withdrawn",
    state: "succeeded",
    dueAt: "2026-05-20T09:00:00.000Z",
    nextAttemptAt: "2026-05-20T09:00:00.000Z",
    attempts: 1,
    target: { deliveryId: "d-withdrawn", idempotencyKey: "ksm-d-withdrawn", remoteId: "remote-d-withdrawn", text: "Stadtfest am 16. Mai um 14 Uhr.", notBefore: "2026-05-11T07:59:00.000Z" },
    removedAt: "2026-05-20T09:00:30.000Z",
    createdAt: "2026-05-20T09:00:00.000Z",
    updatedAt: "2026-05-20T09:00:30.000Z",
    revision: 2,
  } as unknown as TenantEntity);
  await a.audit.append({ actor: ENGINE, action: "takedown.succeeded", subject: { type: "takedown", id: "t-withdrawn" }, from: "in-flight", to: "succeeded", data: { postId: ids.withdrawn, channelId: "mastodon-main", targetDeliveryId: "d-withdrawn" } });
  await at("2026-05-21T09:00:00Z");
  const hostile = value(await a.workflow.createPost({ text: HOSTILE, title: HOSTILE_TITLE }, "anna"));
  ids.hostile = hostile.id;
  // A token slipped into stored data by a careless integration: dropped (unknown field) and redacted (adapter options).
  await a.store.posts.save({ ...hostile, accessToken: SECRET.postField, variants: [{ channelId: "mastodon-main", options: { mastodon: { client_secret: SECRET.options } } }] } as never);
  await a.store.interactions.insert(
    interaction("musterstadt", "i-old-post", "2026-05-21T08:00:00Z", {
      postId: ids.april,
      text: "Gilt das noch?",
      triage: { "acme/triage": { at: "2026-05-21T08:00:01.000Z", labels: ["question"], data: { apiKey: SECRET.triage, model: "v2" } } },
    }),
  );
  await at("2026-05-25T09:00:00Z");
  // Retention: the hidden message with personal data is deleted; only its audit entries remain.
  await a.store.interactions.delete("i-gone");
  await b.store.interactions.insert(interaction("nachbarort", "i-thanks", "2026-05-12T08:00:00Z", { text: "NACHBARORT-INTERN" }));
  value(await b.workflow.hideInteraction("i-thanks", "bernd", "NACHBARORT-GRUND"));
  ids.neighbour = value(await b.workflow.createPost({ text: "NACHBARORT-BEITRAG" }, "anna")).id;

  // After the period.
  await at("2026-06-05T09:00:00Z");
  ids.june = value(await a.workflow.createPost({ text: "Junibeitrag." }, "anna")).id;
  await a.store.interactions.insert(interaction("musterstadt", "i-june", "2026-06-05T08:00:00Z"));
  ids.juneReply = value(await a.workflow.draftReply("i-april", "Antwort im Juni.", "anna")).id;

  const options: ArchiveOptions = { ...MAY, anchor, keys, secrets: [SECRET.vault], clock };
  return { store, clock, a, b, options, publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(), ids };
}

const linesOf = <T>(content: string): T[] =>
  content
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as T);

const folders: string[] = [];
async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), "ksm-archive-"));
  folders.push(made);
  return made;
}

let towns: Towns;
let files: Map<string, string>;
let archive: string;
let manifest: ArchiveManifest;

beforeAll(async () => {
  towns = await buildTowns();
  archive = join(await folder(), "musterstadt-2026-05");
  manifest = await writeArchive(archive, exportArchive(towns.store, "musterstadt", towns.options));
  files = new Map<string, string>();
  for (const name of await readdir(archive)) files.set(name, await readFile(join(archive, name), "utf8"));
}, 20_000);

afterAll(async () => {
  for (const made of folders) await rm(made, { recursive: true, force: true });
});

const file = (name: string): string => files.get(name) ?? "";

describe("exportArchive: what goes into a town's archive", () => {
  it("writes the six files, JSON lines with sorted keys, and a manifest with each file's SHA-256 and size", () => {
    expect([...files.keys()].sort()).toEqual(["audit.jsonl", "index.html", "interactions.jsonl", "manifest.json", "posts.jsonl", "replies.jsonl"]);
    for (const entry of manifest.files) {
      expect(entry.sha256).toBe(sha256Hex(file(entry.path)));
      expect(entry.bytes).toBe(Buffer.byteLength(file(entry.path), "utf8"));
    }
    for (const name of ["posts.jsonl", "interactions.jsonl", "replies.jsonl"]) {
      for (const line of file(name).split("\n").filter(Boolean)) expect(canonicalJson(JSON.parse(line))).toBe(line);
    }
    expect(manifest).toMatchObject({
      format: "kommune-sm/archive",
      version: 1,
      organisation: { id: "musterstadt", name: "Stadt Musterstadt", timeZone: "Europe/Berlin" },
      period: { from: "2026-04-30T22:00:00.000Z", to: "2026-05-31T22:00:00.000Z", key: "2026-05", timeZone: "Europe/Berlin" },
      exportedAt: "2026-06-05T09:00:00.000Z",
    });
  });

  it("holds every post with activity in the period, in its state, with its history, findings, approval, deliveries and takedowns — and none outside it", () => {
    const { ids } = towns;
    const posts = linesOf<ArchivePostLine>(file("posts.jsonl"));
    const byId = new Map(posts.map((line) => [line.id, line]));
    expect(new Set(byId.keys())).toEqual(new Set([ids.published, ids.rejected, ids.withdrawn, ids.hostile, ids.april]));
    expect(byId.has(ids.old!) || byId.has(ids.june!) || byId.has(ids.neighbour!)).toBe(false);
    // The April post is there only because a message of May is about it.
    expect(byId.get(ids.april!)).toMatchObject({ inPeriod: false, inStore: true, history: [] });

    const published = byId.get(ids.published!)!;
    expect(published.post).toMatchObject({ state: "published", publishedAt: "2026-05-02T08:00:00.000Z", approval: { by: "bernd" } });
    // Approved in April: outside the period; scheduling and publishing in May are in its history.
    expect(published.history.map((item) => item.action)).toEqual(["post.scheduled", "post.publishing-started", "post.published"]);
    expect(published.deliveries).toEqual([
      expect.objectContaining({ id: "d-published", state: "succeeded", url: "https://social.bund.de/@musterstadt/d-published", history: [expect.objectContaining({ action: "delivery.succeeded" })] }),
    ]);
    expect(published.deliveries[0]).not.toHaveProperty("lease");
    expect(published.deliveries[0]).not.toHaveProperty("idempotencyKey");

    const rejected = byId.get(ids.rejected!)!;
    expect(rejected.history.map((item) => [item.action, item.reason])).toEqual([
      ["post.created", undefined],
      ["post.submitted", undefined],
      ["post.rejected", "Bitte Quelle nennen"],
      ["post.revised", undefined],
      ["post.edited", undefined],
      ["post.submitted", undefined],
      ["post.finding-accepted", "Amtliche Wahlbekanntmachung"],
      ["post.approved", undefined],
    ]);
    expect(rejected.post?.rejection).toMatchObject({ reason: "Bitte Quelle nennen", by: "bernd" });
    expect(rejected.post?.checks).toMatchObject({
      findings: [expect.objectContaining({ checkId: "test/wahl", code: "wahl", severity: "error" })],
      accepted: [expect.objectContaining({ reason: "Amtliche Wahlbekanntmachung", by: "bernd" })],
    });

    const withdrawn = byId.get(ids.withdrawn!)!;
    expect(withdrawn.post).toMatchObject({ state: "withdrawn", withdrawal: { reason: "Falsche Uhrzeit: das Fest beginnt um 15 Uhr.", by: "bernd" } });
    // By the time they were made, then by id.
    expect(withdrawn.deliveries.map((d) => [d.id, d.state])).toEqual([
      ["d-failed", "failed"],
      ["d-withdrawn", "succeeded"],
    ]);
    expect(withdrawn.takedowns).toEqual([
      expect.objectContaining({
        id: "t-withdrawn",
        state: "succeeded",
        removedAt: "2026-05-20T09:00:30.000Z",
        target: { deliveryId: "d-withdrawn", remoteId: "remote-d-withdrawn", text: "Stadtfest am 16. Mai um 14 Uhr.", notBefore: "2026-05-11T07:59:00.000Z" },
        history: [expect.objectContaining({ action: "takedown.succeeded" })],
      }),
    ]);
  });

  it("holds every interaction, hidden and deleted ones too, with each moderation step and its reason", () => {
    const interactions = linesOf<ArchiveInteractionLine>(file("interactions.jsonl"));
    const byId = new Map(interactions.map((line) => [line.id, line]));
    expect([...byId.keys()]).toEqual(["i-context", "i-insult", "i-old-post", "i-reopened", "i-thanks", "i-gone"]);
    expect(byId.get("i-thanks")).toMatchObject({
      interaction: { status: "closed", closure: { by: "anna", reason: "Dank, nichts zu beantworten" }, text: "Danke für die Info!" },
      history: [expect.objectContaining({ action: "interaction.closed", reason: "Dank, nichts zu beantworten", actor: expect.objectContaining({ id: "anna" }) })],
    });
    expect(byId.get("i-insult")).toMatchObject({ interaction: { status: "hidden", hidden: { by: "bernd", reason: HOSTILE_REASON } } });
    expect(byId.get("i-reopened")!.history.map((item) => [item.action, item.from, item.to, item.reason])).toEqual([
      ["interaction.hidden", "open", "hidden", "Spam?"],
      ["interaction.reopened", "hidden", "open", "Versehentlich ausgeblendet"],
    ]);
    // Deleted from the store under retention rules: what the log keeps of it is in the archive.
    expect(byId.get("i-gone")).toMatchObject({ inStore: false, inPeriod: true, history: [expect.objectContaining({ action: "interaction.hidden", reason: "Personenbezogene Daten" })] });
    expect(byId.get("i-gone")).not.toHaveProperty("interaction");
    // Answered in May by a reply: in the period though received in March.
    expect(byId.get("i-context")).toMatchObject({ inPeriod: true, interaction: { status: "answered" } });
  });

  it("holds every reply with its history, delivery and takedown", () => {
    const replies = linesOf<ArchiveReplyLine>(file("replies.jsonl"));
    expect(new Set(replies.map((line) => line.id))).toEqual(new Set([towns.ids.contextReply, towns.ids.withdrawnReply]));
    const withdrawn = replies.find((line) => line.id === towns.ids.withdrawnReply)!;
    expect(withdrawn.reply).toMatchObject({ state: "withdrawn", withdrawal: { reason: "Falsche Auskunft: das Bad ist zu." } });
    expect(withdrawn.history.map((item) => item.action)).toEqual(["reply.drafted", "reply.sent", "reply.withdrawn"]);
    expect(withdrawn.deliveries.map((d) => d.id)).toEqual(["rd-withdrawn"]);
    expect(withdrawn.takedowns).toEqual([expect.objectContaining({ id: "rt-withdrawn", history: [expect.objectContaining({ action: "takedown.succeeded" })] })]);
  });

  it("holds exactly the audit entries dated in the period, in canonical form, ending in an anchored head", async () => {
    const all = await towns.a.audit.entries();
    const inMay = all.filter((entry) => entry.at >= MAY.from && entry.at < MAY.to);
    const archived = linesOf<AuditEntry>(file("audit.jsonl"));
    expect(archived).toEqual(JSON.parse(JSON.stringify(inMay)));
    expect(file("audit.jsonl")).toBe(inMay.map((entry) => `${canonicalJson({ ...entry })}\n`).join(""));
    const head = inMay.at(-1)!;
    expect(manifest.audit).toMatchObject({ entries: inMay.length, first: { seq: inMay[0]!.seq, prevHash: inMay[0]!.prevHash }, head: { seq: head.seq, hash: head.hash, at: head.at } });
    expect(manifest.audit.logHead!.seq).toBeGreaterThan(head.seq);
    // The anchor taken mid-May, and the head anchored by the export.
    expect(manifest.audit.anchors.map((anchor) => anchor.seq)).toEqual([expect.any(Number), head.seq]);
    expect(manifest.audit.anchors.every((anchor) => anchor.organisationId === "musterstadt" && anchor.keyId === "anchor-2026")).toBe(true);
    expect(manifest.keys["anchor-2026"]).toBe(towns.publicPem);
    expect(manifest.signature?.keyId).toBe("anchor-2026");
  });

  it("never holds anything of another town sharing the store, even under the same ids", () => {
    const everything = [...files.values()].join("\n");
    for (const marker of ["NACHBARORT", "nachbarort", towns.ids.neighbour!]) expect(everything).not.toContain(marker);
    for (const name of ["posts.jsonl", "interactions.jsonl", "replies.jsonl"]) {
      for (const line of linesOf<ArchiveEntityLine>(file(name))) {
        const entity = "post" in line ? line.post : "interaction" in line ? line.interaction : "reply" in line ? line.reply : undefined;
        if (entity) expect(entity.organisationId).toBe("musterstadt");
      }
    }
    for (const entry of linesOf<AuditEntry>(file("audit.jsonl"))) expect(entry.organisationId).toBe("musterstadt");
    // Nachbarort's own archive holds its hidden message and nothing of Musterstadt's.
    return exportArchiveFiles(towns.store, "nachbarort", { ...MAY, clock: towns.clock }).then((own) => {
      const text = own.map((f) => f.content).join("\n");
      expect(text).toContain("NACHBARORT-GRUND");
      expect(text).not.toContain("Musterstadt");
      expect(text).not.toContain("Sperrmüll");
    });
  });

  it("never holds a secret: credentials in channels, stored entities, adapter options, deliveries, triage data and the given secrets", () => {
    const bytes = [...files.values()].join("\n");
    for (const secret of Object.values(SECRET)) expect(bytes).not.toContain(secret);
    const hostile = linesOf<ArchivePostLine>(file("posts.jsonl")).find((line) => line.id === towns.ids.hostile)!;
    expect(hostile.post).not.toHaveProperty("accessToken");
    expect(hostile.redacted).toEqual(["post.variants.0.options.mastodon.client_secret"]);
    const withdrawn = linesOf<ArchivePostLine>(file("posts.jsonl")).find((line) => line.id === towns.ids.withdrawn)!;
    expect(withdrawn.redacted).toEqual(["deliveries.0.problem.message", "deliveries.1.payload.options.mastodon.accessToken"]);
    expect(withdrawn.deliveries[0]!.problem).toMatchObject({ message: "401 for Bearer [redacted]" });
    expect(manifest.channels).toEqual([{ id: "mastodon-main", network: "mastodon", handle: "@musterstadt@social.bund.de", displayName: "Stadt musterstadt" }]);
    expect(manifest.counts.redactions).toBe(5);
  });

  it("refuses to archive an audit entry that carries a secret, since it cannot be redacted without breaking the chain", async () => {
    const store = createMemoryStore();
    const clock = new TestClock("2026-05-02T08:00:00Z");
    const ksm = await createKommune({ organisation: fixtureOrganisation("musterstadt"), store, clock });
    await ksm.audit.append({ actor: { kind: "plugin", id: "acme" }, action: "plugin.configured", subject: { type: "plugin", id: "acme" }, data: { endpoint: "https://acme.example", apiKey: "k-123456789" } });
    await expect(exportArchiveFiles(store, "musterstadt", { ...MAY, clock })).rejects.toMatchObject({
      code: "REPORTING_INVALID_REQUEST",
      message: expect.stringContaining("its field data.apiKey is named like a secret"),
    });
    const other = createMemoryStore();
    const second = await createKommune({ organisation: fixtureOrganisation("musterstadt"), store: other, clock });
    await second.audit.append({ actor: { kind: "plugin", id: "acme" }, action: "plugin.failed", subject: { type: "plugin", id: "acme" }, reason: `Bearer ${SECRET.vault} refused` });
    const refused = exportArchiveFiles(other, "musterstadt", { ...MAY, clock, secrets: [SECRET.vault] });
    await expect(refused).rejects.toThrow("holds one of the secrets given");
    await expect(refused).rejects.not.toThrow(SECRET.vault);
  });

  it("escapes every text in the index: a post's script, a title that closes an attribute, a hidden insult's reason", () => {
    const html = file("index.html");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>@troll</b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Anführungszeichen&quot; &#39;einfach&#39;");
    expect(html).not.toContain("\u202E");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Beleidigung &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;;/);
    // The only style the policy lets in is the index's own block, by its hash: the page is styled, and nothing else runs or loads.
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    expect(html).toContain(`style-src &#39;sha256-${createHash("sha256").update(style, "utf8").digest("base64")}&#39;`);
    // No tag carries an event handler (text that reads like one is escaped and inside no tag).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="(?!#|[a-z]+\.(jsonl|json)")/);
  });

  it("is readable: the period, counts, posts with state and dates, interactions with moderation decisions and reasons, links to the files", () => {
    const html = file("index.html");
    expect(html).toContain("Stadt Musterstadt");
    expect(html).toContain('<time datetime="2026-04-30T22:00:00.000Z">2026-05-01 00:00</time> bis <time datetime="2026-05-31T22:00:00.000Z">2026-06-01 00:00</time>');
    for (const link of ["posts.jsonl", "interactions.jsonl", "replies.jsonl", "audit.jsonl", "manifest.json"]) expect(html).toContain(`<a href="${link}">`);
    expect(html).toContain("zurückgezogen");
    expect(html).toContain("Falsche Uhrzeit: das Fest beginnt um 15 Uhr.");
    expect(html).toContain("Nachricht ausgeblendet");
    expect(html).toContain("Versehentlich ausgeblendet");
    expect(html).toContain("nicht mehr gespeichert (gelöscht)");
    expect(html).toContain(`<tr><th scope="row">Beiträge</th><td>5</td></tr>`);
    expect(html).toContain(manifest.files.find((f) => f.path === "posts.jsonl")!.sha256);
  });

  it("streams: a town's records come as many small pieces, none a whole file", async () => {
    let pieces = 0;
    let longest = 0;
    for await (const chunk of exportArchive(towns.store, "musterstadt", { ...MAY, clock: towns.clock, pageSize: 2 })) {
      pieces += 1;
      if (chunk.path !== "manifest.json") longest = Math.max(longest, chunk.text.length);
    }
    expect(pieces).toBeGreaterThan(30);
    expect(longest).toBeLessThan(file("posts.jsonl").length);
  });

  it("refuses a bad period, an unknown town and a non-empty directory, and leaves nothing behind when an export fails", async () => {
    await expect(exportArchiveFiles(towns.store, "musterstadt", { from: "2026-05-01", to: MAY.to })).rejects.toMatchObject({ code: "REPORTING_INVALID_PERIOD" });
    await expect(exportArchiveFiles(towns.store, "musterstadt", { from: MAY.to, to: MAY.from })).rejects.toMatchObject({ code: "REPORTING_INVALID_PERIOD" });
    await expect(exportArchiveFiles(towns.store, "nirgendwo", MAY)).rejects.toMatchObject({ code: "REPORTING_INVALID_REQUEST" });
    await expect(exportArchiveFiles(towns.store, "musterstadt", { ...MAY, secrets: ["kurz"] })).rejects.toMatchObject({ code: "REPORTING_INVALID_REQUEST" });
    await expect(writeArchive(archive, exportArchive(towns.store, "musterstadt", MAY))).rejects.toThrow("is not empty");
    const target = join(await folder(), "broken");
    async function* failing() {
      yield { path: "posts.jsonl" as const, text: "x".repeat(70_000) };
      throw new Error("store went away");
    }
    await expect(writeArchive(target, failing())).rejects.toThrow("store went away");
    await expect(readdir(target)).rejects.toMatchObject({ code: "ENOENT" });
  });
});

/** A copy of the archive to damage. */
async function copy(): Promise<string> {
  const target = join(await folder(), "copy");
  await cp(archive, target, { recursive: true });
  return target;
}

async function edit(directory: string, name: string, change: (text: string) => string): Promise<void> {
  const path = join(directory, name);
  await writeFile(path, change(await readFile(path, "utf8")), "utf8");
}

const splitLines = (text: string) => text.split("\n").slice(0, -1);
const joinLines = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join("");

/** Rewrites the manifest as an attacker without the signing key would: file entries and manifestHash recomputed, the signature dropped. */
async function reseal(directory: string): Promise<void> {
  const path = join(directory, "manifest.json");
  const old = JSON.parse(await readFile(path, "utf8")) as ArchiveManifest & Record<string, unknown>;
  const filesNow = [];
  for (const entry of old.files) {
    const text = await readFile(join(directory, entry.path), "utf8");
    const lines = splitLines(text);
    const last = lines.at(-1);
    filesNow.push({
      ...entry,
      sha256: sha256Hex(text),
      bytes: Buffer.byteLength(text),
      ...(entry.lines === undefined ? {} : { lines: lines.length, lastHash: last ? (JSON.parse(last) as { hash: string }).hash : "0".repeat(64) }),
    });
  }
  const { manifestHash: _hash, signature: _signature, ...rest } = old;
  const content = { ...rest, files: filesNow };
  await writeFile(path, `${canonicalJson({ ...content, manifestHash: sha256Hex(canonicalJson(content)) }, 2)}\n`);
}

/** Rechains an entity file after an edit, as an attacker would: every line's number, prevHash and hash recomputed. */
function rechain(lines: readonly string[]): string[] {
  let prev = "0".repeat(64);
  return lines.map((text, index) => {
    const { hash: _hash, ...body } = JSON.parse(text) as Record<string, unknown>;
    const next = { ...body, line: index + 1, prevHash: prev };
    prev = lineHash(prev, next);
    return canonicalJson({ ...next, hash: prev });
  });
}

describe("verifyArchive: offline, it tells an intact archive from a tampered one, with the file and line", () => {
  it("an intact archive verifies against the town's key", async () => {
    const result = await verifyArchive(archive, { keys: [towns.publicPem] });
    expect(result).toMatchObject({
      ok: true,
      organisationId: "musterstadt",
      signature: "trusted-key",
      anchors: { count: 2, headAnchored: true, checkedWith: "trusted-key" },
      audit: { entries: manifest.audit.entries, head: { seq: manifest.audit.head!.seq, hash: manifest.audit.head!.hash } },
      warnings: [],
    });
    const unchecked = await verifyArchive(archive);
    expect(unchecked).toMatchObject({ ok: true, signature: "archive-key" });
    expect(unchecked.warnings).toEqual([expect.stringContaining("keys the archive names itself")]);
  });

  const cases: readonly [string, (directory: string) => Promise<void>, RegExp | string][] = [
    [
      "one byte of a post's line changed",
      (d) => edit(d, "posts.jsonl", (text) => text.replace("Sperrmüll am Samstag", "Sperrmüll am Sonntag")),
      /^posts\.jsonl, line \d: the line was changed after the export: its content does not match its hash\.$/,
    ],
    ["a line deleted", (d) => edit(d, "posts.jsonl", (text) => joinLines(splitLines(text).filter((_, index) => index !== 1))), "posts.jsonl, line 2: the line says it is line 3: a line was removed, moved or duplicated before it."],
    [
      "two lines swapped",
      (d) => edit(d, "interactions.jsonl", (text) => { const lines = splitLines(text); return joinLines([lines[1]!, lines[0]!, ...lines.slice(2)]); }),
      "interactions.jsonl, line 1: the line says it is line 2: a line was removed, moved or duplicated before it.",
    ],
    ["a byte made invalid UTF-8", async (d) => { const path = join(d, "replies.jsonl"); const bytes = await readFile(path); bytes[bytes.indexOf(0xc3)] = 0xff; await writeFile(path, bytes); }, "replies.jsonl, line 1: the line is not valid UTF-8: it was changed."],
    ["white space added to a line", (d) => edit(d, "replies.jsonl", (text) => text.replace('{"deliveries"', '{ "deliveries"')), /^replies\.jsonl, line 1: the line is not written as the export writes it/],
    ["the manifest's hash of a file changed", (d) => edit(d, "manifest.json", (text) => text.replace(manifest.files[1]!.sha256, "0".repeat(64))), "manifest.json: the file was changed after the export: its content does not match its manifestHash."],
    [
      "a file changed and the manifest resealed without the key",
      async (d) => {
        await edit(d, "index.html", (text) => text.replace("Stadt Musterstadt", "Stadt Fälschungshausen"));
        await reseal(d);
      },
      "manifest.json: the manifest is not signed, but keys were given to check it with.",
    ],
    ["the audit log truncated by its last entry", (d) => edit(d, "audit.jsonl", (text) => joinLines(splitLines(text).slice(0, -1))), /^audit\.jsonl, line \d+: The log ends at entry \d+, but entry \d+ was named as head in manifest\.json: the tail was cut off\.$/],
    ["the audit log cut in the middle of its last line", (d) => edit(d, "audit.jsonl", (text) => text.slice(0, -20)), /^audit\.jsonl, line \d+: the file ends in the middle of this line/],
    [
      "an audit entry's reason changed",
      (d) => edit(d, "audit.jsonl", (text) => text.replace('"reason":"Bitte Quelle nennen"', '"reason":"Bitte Quelle neNNen"')),
      /^audit\.jsonl, line \d+: Entry \d+ was changed after it was written: its content does not match its hash\.$/,
    ],
    ["the first audit line removed", (d) => edit(d, "audit.jsonl", (text) => joinLines(splitLines(text).slice(1))), /^audit\.jsonl, line 1: Expected entry \d+ but found seq \d+: an entry was removed, duplicated or moved\.$/],
    ["a file missing", (d) => rm(join(d, "replies.jsonl")), "replies.jsonl: the file is missing."],
    ["a byte of the index changed", (d) => edit(d, "index.html", (text) => text.replace("Archiv der", "Archiw der")), /^index\.html: the file does not match its SHA-256 in manifest\.json/],
  ];

  it.each(cases)("detects %s", async (_name, damage, message) => {
    const directory = await copy();
    await damage(directory);
    const result = await verifyArchive(directory, { keys: [towns.publicPem] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(typeof message === "string" ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : message);
  });

  it("without the town's key, a consistent rewrite of a file is still caught by the audit log, which the anchors hold", async () => {
    // The attacker rewrites a withdrawal's reason in posts.jsonl and reseals everything that has no key behind it.
    const directory = await copy();
    await edit(directory, "posts.jsonl", (text) => joinLines(rechain(splitLines(text).map((line) => line.replace(/Falsche Uhrzeit: das Fest beginnt um 15 Uhr\./g, "Auf Wunsch des Bürgermeisters.")))));
    await reseal(directory);
    const result = await verifyArchive(directory);
    expect(result).toMatchObject({ ok: false, problem: "history", file: "posts.jsonl" });
    expect(!result.ok && result.message).toMatch(/^posts\.jsonl, line \d: the history of post "[^"]+" holds audit entry \d+ differently from audit\.jsonl/);

    // Removing a post altogether leaves its audit entries without a line.
    const second = await copy();
    await edit(second, "posts.jsonl", (text) => joinLines(rechain(splitLines(text).filter((line) => !line.includes(towns.ids.rejected!)))));
    await reseal(second);
    const removed = await verifyArchive(second);
    expect(removed).toMatchObject({ ok: false, problem: "history", file: "audit.jsonl" });
    expect(!removed.ok && removed.message).toContain(`is about post "${towns.ids.rejected}", but no line of posts.jsonl holds it in its history`);

    // Forging an anchor needs the key.
    const third = await copy();
    await edit(third, "manifest.json", (text) => text.replace(/"signature": "[A-Za-z0-9+/]{10}/, '"signature": "AAAAAAAAAA'));
    await reseal(third);
    expect(await verifyArchive(third)).toMatchObject({ ok: false, problem: "anchor", message: expect.stringContaining("does not check out with key \"anchor-2026\"") });
  });

  it("an archive made without anchor and key verifies, with warnings that say what it cannot prove", async () => {
    const directory = join(await folder(), "plain");
    await writeArchive(directory, exportArchive(towns.store, "musterstadt", { ...MAY, clock: towns.clock }));
    const result = await verifyArchive(directory);
    expect(result).toMatchObject({ ok: true, signature: "unchecked", anchors: { count: 0, headAnchored: false } });
    expect(result.warnings).toEqual([expect.stringContaining("not signed"), expect.stringContaining("not anchored")]);
    expect(await verifyArchive(directory, { keys: [towns.publicPem] })).toMatchObject({ ok: false, problem: "signature" });
  });
});

describe("kommune-sm-verify-archive", () => {
  const run = async (args: string[]) => {
    let out = "";
    let err = "";
    const code = await runVerifyArchive(args, { out: (text) => void (out += text), err: (text) => void (err += text) });
    return { code, out, err };
  };

  it("exits 0 for an intact archive, 1 for a tampered one with the file and line, 2 for wrong use", async () => {
    const keyFile = join(await folder(), "anchor-2026.pub.pem");
    await writeFile(keyFile, towns.publicPem);
    const intact = await run([archive, "--key", keyFile]);
    expect(intact).toMatchObject({ code: 0, err: "" });
    expect(intact.out).toContain(`Archive ${archive} is intact.`);
    expect(intact.out).toContain("the head is anchored");
    expect(intact.out).toContain("signature:    checked with the key given");

    const damaged = await copy();
    await edit(damaged, "posts.jsonl", (text) => text.replace("Sperrmüll am Samstag", "Sperrmüll am Sonntag"));
    const tampered = await run([damaged, `--key=${keyFile}`]);
    expect(tampered.code).toBe(1);
    expect(tampered.err).toMatch(/FAILED verification:\n {2}posts\.jsonl, line \d: the line was changed after the export/);

    expect((await run([])).code).toBe(2);
    expect((await run([join(archive, "missing")])).err).toContain("is not a directory");
    expect((await run([archive, "--frobnicate"])).code).toBe(2);
    expect((await run([archive, "--key"])).code).toBe(2);
    expect((await run([archive, "--key", join(archive, "nope.pem")])).code).toBe(2);
    expect((await run([archive, "--key", join(archive, "posts.jsonl")])).err).toContain("no Ed25519 public key");
    expect((await run(["--help"])).out).toContain("Usage: kommune-sm-verify-archive");
    const json = await run([archive, "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, organisationId: "musterstadt" });
  });

  it("runs as a command of its own", { timeout: 30_000 }, async () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const cli = fileURLToPath(new URL("./cli/verify-archive.ts", import.meta.url));
    // tsx runs the sources; the workspace tsconfig's paths lead @kommune-sm/core to its sources.
    const good = spawnSync(process.execPath, ["--import", "tsx", cli, archive], { cwd: root, encoding: "utf8", timeout: 25_000 });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain("is intact");
    const damaged = await copy();
    await edit(damaged, "audit.jsonl", (text) => joinLines(splitLines(text).slice(0, -1)));
    const bad = spawnSync(process.execPath, ["--import", "tsx", cli, damaged], { cwd: root, encoding: "utf8", timeout: 25_000 });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("the tail was cut off");
    const usage = spawnSync(process.execPath, ["--import", "tsx", cli], { cwd: root, encoding: "utf8", timeout: 25_000 });
    expect(usage.status).toBe(2);
  });
});
