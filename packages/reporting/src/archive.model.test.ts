import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AuditLog,
  createAuditAnchor,
  createMemoryAuditAnchorSink,
  createMemoryStore,
  POST_STATES,
  REPLY_STATES,
  staticAuditAnchorKeys,
  type Interaction,
  type Reply,
  type Repository,
  type Store,
  type TenantEntity,
} from "@kommune-sm/core";
import { fixtureOrganisation, fixturePost, TestClock } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { exportArchive, writeArchive, type ArchiveOptions } from "./archive.js";
import { ARCHIVE_FILES, type ArchiveEntityLine } from "./archive-format.js";
import { verifyArchive } from "./archive-verify.js";
import { periodOfDay } from "./periods.js";

// Property tests of the archive: whatever a tenant holds — posts, messages
// and replies in any state, hidden and deleted, audit entries about them and
// about things long gone, a neighbouring town under the same ids — its
// archive verifies, holds everything of the period and nothing of the
// neighbour, and any single byte changed anywhere in it fails verification.

const RUNS = Math.max(20, Math.floor(Number(process.env["KSM_MODEL_RUNS"] ?? 1_000) / 25));
const DAY = 86_400_000;
const START = Date.parse("2026-04-01T00:00:00Z");
const MAY = periodOfDay("month", "2026-05-15", "Europe/Berlin");
const iso = (offset: number) => new Date(START + offset).toISOString();
const inMay = (instant: string) => instant >= MAY.from && instant < MAY.to;

const HOSTILE = ["<script>alert(1)</script>", '"><img onerror=x>', "&amp;", "\u202Eevil", "Grüße 👋🏽", "line\nbreak", "tab\there", "\\"];
const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }));
const when = fc.integer({ min: 0, max: 90 * DAY });
const span = fc.integer({ min: 0, max: 40 * DAY });

const tenantArbitrary = fc.record({
  posts: fc.array(fc.record({ created: when, life: span, state: fc.constantFrom(...POST_STATES), text, withdrawal: fc.option(text, { nil: undefined }) }), { maxLength: 6 }),
  interactions: fc.array(
    fc.record({
      received: when,
      status: fc.constantFrom("open", "answered", "closed", "hidden"),
      after: span,
      text,
      reason: text,
      post: fc.option(fc.nat(8), { nil: undefined }),
    }),
    { maxLength: 6 },
  ),
  replies: fc.array(fc.record({ interaction: fc.nat(8), created: when, life: span, state: fc.constantFrom(...REPLY_STATES), text }), { maxLength: 4 }),
  deliveries: fc.array(fc.record({ post: fc.nat(8), kind: fc.constantFrom("post", "takedown"), at: when, token: fc.boolean() }), { maxLength: 4 }),
  audit: fc.array(
    fc.record({
      at: when,
      subject: fc.oneof(
        fc.record({ type: fc.constant("post"), n: fc.nat(8) }),
        fc.record({ type: fc.constant("interaction"), n: fc.nat(8) }),
        fc.record({ type: fc.constant("reply"), n: fc.nat(8) }),
        fc.record({ type: fc.constant("delivery"), n: fc.nat(8) }),
      ),
      reason: fc.option(text, { nil: undefined }),
    }),
    { maxLength: 12 },
  ),
  deleted: fc.array(fc.nat(8), { maxLength: 2 }),
  anchored: fc.boolean(),
});

type GeneratedTenant = typeof tenantArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Fills one tenant of `store`; the neighbour gets the same ids with texts marked as its own. */
async function fill(store: Store, organisationId: string, tenant: GeneratedTenant, marker: string): Promise<void> {
  await store.organisations.save(fixtureOrganisation(organisationId));
  const repos = store.tenant(organisationId);
  for (const [index, post] of tenant.posts.entries()) {
    const created = iso(post.created);
    await repos.posts.insert(
      fixturePost(organisationId, `p-${index}`, {
        text: `${marker}${post.text}`,
        state: post.state,
        createdAt: created,
        updatedAt: iso(post.created + post.life),
        ...(post.withdrawal !== undefined && post.state === "withdrawn" ? { withdrawal: { reason: `${marker}${post.withdrawal}`, by: "bernd", at: created } } : {}),
      }),
    );
  }
  for (const [index, item] of tenant.interactions.entries()) {
    const received = iso(item.received);
    const later = iso(item.received + item.after);
    const stored: Interaction = {
      id: `i-${index}`,
      organisationId,
      channelId: "mastodon-main",
      kind: "comment",
      remoteId: `r-${index}`,
      author: { handle: `${marker}@someone` },
      text: `${marker}${item.text}`,
      receivedAt: received,
      status: item.status as Interaction["status"],
      revision: 1,
      ...(item.post !== undefined ? { postId: `p-${item.post}` } : {}),
      ...(item.status === "hidden" ? { hidden: { by: "bernd", at: later, reason: `${marker}${item.reason}` } } : {}),
      ...(item.status === "closed" ? { closure: { by: "anna", at: later, reason: `${marker}${item.reason}` } } : {}),
    };
    await repos.interactions.insert(stored);
  }
  for (const [index, reply] of tenant.replies.entries()) {
    const stored: Reply = {
      id: `r-${index}`,
      organisationId,
      interactionId: `i-${reply.interaction}`,
      text: `${marker}${reply.text}`,
      authorId: "anna",
      state: reply.state,
      createdAt: iso(reply.created),
      updatedAt: iso(reply.created + reply.life),
      revision: 1,
    };
    await repos.replies.insert(stored);
  }
  const deliveries = (repos.collection as unknown as (name: string) => Repository<TenantEntity>)("deliveries");
  for (const [index, delivery] of tenant.deliveries.entries()) {
    await deliveries.insert({
      id: `d-${index}`,
      organisationId,
      kind: delivery.kind,
      postId: `p-${delivery.post}`,
      channelId: "mastodon-main",
      network: "mastodon",
      idempotencyKey: `ksm-d-${index}`,
      state: "succeeded",
      createdAt: iso(delivery.at),
      updatedAt: iso(delivery.at),
      revision: 1,
      ...(delivery.token ? { payload: { text: "x", options: { mastodon: { accessToken: `${marker}tok-0123456789` } } } } : {}),
    } as unknown as TenantEntity);
  }
  const clock = new TestClock(START);
  const log = new AuditLog({ organisationId, repository: repos.audit, clock });
  for (const entry of [...tenant.audit].sort((a, b) => a.at - b.at)) {
    await clock.advanceTo(START + entry.at);
    const id = `${entry.subject.type === "post" ? "p" : entry.subject.type === "interaction" ? "i" : entry.subject.type === "reply" ? "r" : "d"}-${entry.subject.n}`;
    await log.append({
      actor: { kind: "member", id: "bernd", name: `${marker}Bernd` },
      action: `${entry.subject.type}.reviewed`,
      subject: { type: entry.subject.type, id },
      ...(entry.reason === undefined ? {} : { reason: `${marker}${entry.reason}` }),
      ...(entry.subject.type === "delivery" ? { data: { postId: `p-${entry.subject.n}` } } : {}),
    });
  }
  for (const n of tenant.deleted) await repos.interactions.delete(`i-${n}`);
}

const folders: string[] = [];
afterAll(async () => {
  for (const made of folders) await rm(made, { recursive: true, force: true });
});

async function archiveOf(tenant: GeneratedTenant, neighbour: GeneratedTenant): Promise<{ directory: string; options: ArchiveOptions; publicPem: string }> {
  const store = createMemoryStore();
  await fill(store, "musterstadt", tenant, "");
  await fill(store, "nachbarort", neighbour, "ZZB");
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const keys = staticAuditAnchorKeys({ keyId: "k", privateKey });
  const clock = new TestClock("2026-07-01T00:00:00Z");
  const options: ArchiveOptions = { ...MAY, clock, pageSize: 2, ...(tenant.anchored ? { keys, anchor: createAuditAnchor({ sink: createMemoryAuditAnchorSink(), keys, clock }) } : {}) };
  const parent = await mkdtemp(join(tmpdir(), "ksm-archive-model-"));
  folders.push(parent);
  const directory = join(parent, "archive");
  await writeArchive(directory, exportArchive(store, "musterstadt", options));
  return { directory, options, publicPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

const read = async (directory: string, name: string) => readFile(join(directory, name), "utf8");
const entityLines = async (directory: string, name: string) =>
  (await read(directory, name))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ArchiveEntityLine);

describe("the archive of any tenant", () => {
  it(
    "verifies, holds everything of the period and nothing of the neighbour or after it, and fails on any single byte changed",
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          tenantArbitrary,
          tenantArbitrary,
          fc.array(fc.record({ file: fc.nat(ARCHIVE_FILES.length - 1), offset: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 3, maxLength: 3 }),
          async (tenant, neighbour, changes) => {
            const { directory, publicPem } = await archiveOf(tenant, neighbour);
            const verdict = await verifyArchive(directory, tenant.anchored ? { keys: [publicPem] } : {});
            expect(verdict, !verdict.ok ? verdict.message : "").toMatchObject({ ok: true });

            // Nothing of the neighbour, although it uses the same ids; no token.
            const all = (await Promise.all(ARCHIVE_FILES.map((name) => read(directory, name)))).join("\n");
            expect(all).not.toContain("ZZB");
            expect(all).not.toContain("tok-0123456789");

            // Everything created in the period is there; nothing is there that neither lived in it nor was named by it.
            const audit = (await read(directory, "audit.jsonl"))
              .split("\n")
              .filter(Boolean)
              .map((line) => JSON.parse(line) as { at: string; subject: { type: string; id: string }; data?: { postId?: string } });
            expect(audit.every((entry) => inMay(entry.at))).toBe(true);
            const named = new Set(audit.flatMap((entry) => (entry.subject.type === "post" ? [entry.subject.id] : entry.data?.postId !== undefined ? [entry.data.postId] : [])));
            const posts = await entityLines(directory, "posts.jsonl");
            const postIds = new Set(posts.map((line) => line.id));
            tenant.posts.forEach((post, index) => {
              if (inMay(iso(post.created))) expect(postIds.has(`p-${index}`)).toBe(true);
            });
            for (const line of posts) {
              if (line.kind !== "post" || !line.post) continue;
              const lived = line.post.createdAt < MAY.to && line.post.updatedAt >= MAY.from;
              expect(lived || named.has(line.id) || !line.inPeriod).toBe(true);
              expect(line.post.organisationId).toBe("musterstadt");
            }
            const interactions = await entityLines(directory, "interactions.jsonl");
            const hiddenInMay = tenant.interactions.flatMap((item, index) => (item.status === "hidden" && inMay(iso(item.received)) && !tenant.deleted.includes(index) ? [`i-${index}`] : []));
            for (const id of hiddenInMay) expect(interactions.find((line) => line.id === id)).toMatchObject({ kind: "interaction", interaction: { status: "hidden" } });
            for (const entry of audit) {
              if (entry.subject.type !== "interaction") continue;
              // A message deleted from the store keeps a line with what the log says of it.
              expect(interactions.some((line) => line.id === entry.subject.id)).toBe(true);
            }

            // Any single byte changed anywhere is found.
            for (const change of changes) {
              let index = change.file;
              let bytes = await readFile(join(directory, ARCHIVE_FILES[index]!));
              for (let tries = 0; bytes.length === 0 && tries < ARCHIVE_FILES.length; tries++) {
                index = (index + 1) % ARCHIVE_FILES.length;
                bytes = await readFile(join(directory, ARCHIVE_FILES[index]!));
              }
              const path = join(directory, ARCHIVE_FILES[index]!);
              const original = Buffer.from(bytes);
              const at = change.offset % bytes.length;
              bytes[at] = change.byte === bytes[at] ? change.byte ^ 1 : change.byte;
              await writeFile(path, bytes);
              const damaged = await verifyArchive(directory);
              expect(damaged.ok, `byte ${at} of ${ARCHIVE_FILES[index]} changed to ${bytes[at]} went unnoticed`).toBe(false);
              await writeFile(path, original);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

});
