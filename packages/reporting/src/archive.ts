import { createHash, createPrivateKey, createPublicKey, sign, type Hash, type KeyObject } from "node:crypto";
import { mkdir, open, readdir, rm, rmdir, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import {
  AuditChainVerifier,
  auditEntryToJsonLine,
  formatInstant,
  hashAuditEntry,
  InteractionSchema,
  InteractionStatusSchema,
  POST_STATES,
  PostSchema,
  REPLY_STATES,
  ReplySchema,
  systemClock,
  type AuditAnchor,
  type AuditAnchorKeySource,
  type AuditAnchorRecord,
  type AuditEntry,
  type AuditRepository,
  type Clock,
  type Filter,
  type Interaction,
  type Post,
  type Reply,
  type Repository,
  type Store,
  type TenantEntity,
  type TenantStore,
} from "@kommune-sm/core";
import {
  ARCHIVE_FILES,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MANIFEST_PURPOSE,
  archiveHistoryItem,
  deliverySubjectType,
  type ArchiveAuditSummary,
  type ArchiveChannel,
  type ArchiveChunk,
  type ArchiveCounts,
  type ArchiveDelivery,
  type ArchiveEntityKind,
  type ArchiveFile,
  type ArchiveFileEntry,
  type ArchiveFileName,
  type ArchiveHistoryItem,
  type ArchiveInteractionLine,
  type ArchiveManifest,
  type ArchivePostLine,
  type ArchiveReplyLine,
} from "./archive-format.js";
import {
  htmlEnd,
  htmlStart,
  interactionRow,
  interactionsStart,
  postRow,
  postsStart,
  replyRow,
  repliesStart,
  stateLabel,
  summaryWords,
  type HtmlContext,
} from "./archive-html.js";
import { canonicalJson, LINE_GENESIS_HASH, lineHash, sha256Hex } from "./archive-json.js";
import { findSecret, redact, sanitizeDelivery, sanitizeEntity, type Redaction } from "./archive-sanitize.js";
import { instantMs } from "./instants.js";
import type { ReportLocale } from "./report.js";
import { ReportingError } from "./reporting-error.js";

/**
 * Options of {@link exportArchive}: the period, and how the archive is
 * anchored and signed. A `ReportPeriod` can be spread in:
 * `{ ...parsePeriod("2026", "Europe/Berlin"), anchor, keys }`.
 */
export interface ArchiveOptions {
  /** The period's first instant, inclusive: RFC 3339 with an offset. */
  readonly from: string;
  /** The first instant after the period, exclusive. */
  readonly to: string;
  /** The period's name for people and the manifest, e.g. `"2026"` or `"2026-Q2"` (a `ReportPeriod`'s key). */
  readonly key?: string;
  /** The time zone of the index's dates; default the organisation's. */
  readonly timeZone?: string;
  /**
   * The organisation's audit anchor (core's `createAuditAnchor`). With it,
   * the anchored heads within the period are checked while the log is read
   * and put into the manifest, and the period's last entry — the log's
   * head at the period's end — is anchored now unless it is already.
   */
  readonly anchor?: AuditAnchor;
  /**
   * The key source of audit anchoring. With it, the manifest is signed with
   * the current signing key (for the purpose {@link ARCHIVE_MANIFEST_PURPOSE},
   * so the signature can never pass as an anchor's) and the public keys of
   * the anchors and the signature are put into the manifest.
   */
  readonly keys?: AuditAnchorKeySource;
  /**
   * Values that must never appear in the archive, e.g. the channels'
   * current tokens read from the secrets port, at least 8 characters each.
   * A post, interaction, reply or delivery holding one has it replaced by
   * `"[redacted]"`; an audit entry holding one (which cannot be changed
   * without breaking the chain) stops the export.
   */
  readonly secrets?: readonly string[];
  /** Where the export instant is read; default the system clock. */
  readonly clock?: Clock;
  /** The language of `index.html`; default the organisation's. */
  readonly locale?: ReportLocale;
  /** Entities and audit entries read per query, 1 to 1,000; default 500. */
  readonly pageSize?: number;
}

type DeliveryRepository = Repository<TenantEntity>;

const invalid = (message: string) => new ReportingError("REPORTING_INVALID_REQUEST", message);

/** What one export reads once and uses throughout. */
interface Setup {
  readonly organisationId: string;
  readonly organisation: { readonly id: string; readonly name: string; readonly timeZone: string };
  readonly tenant: TenantStore;
  readonly deliveries: DeliveryRepository;
  readonly from: string;
  readonly to: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly key: string | undefined;
  readonly timeZone: string;
  readonly locale: ReportLocale;
  readonly pageSize: number;
  readonly secrets: readonly string[];
  readonly exportedAt: string;
  readonly channels: readonly ArchiveChannel[];
  readonly html: HtmlContext;
}

async function prepare(store: Store, organisationId: string, options: ArchiveOptions): Promise<Setup> {
  if (typeof organisationId !== "string" || organisationId === "") throw invalid("exportArchive needs the organisation's id, a non-empty string.");
  if (typeof options !== "object" || options === null) throw invalid("exportArchive needs options with the period's `from` and `to`.");
  const fromMs = instantMs(options.from);
  const toMs = instantMs(options.to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) {
    throw new ReportingError("REPORTING_INVALID_PERIOD", `The archive's period needs \`from\` and \`to\` as RFC 3339 instants with an offset, got ${JSON.stringify(options.from)} and ${JSON.stringify(options.to)}.`);
  }
  if (fromMs >= toMs) throw new ReportingError("REPORTING_INVALID_PERIOD", `The archive's period must end after it begins: ${options.from} is not before ${options.to}.`);
  const pageSize = options.pageSize ?? 500;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > 1000) throw invalid(`pageSize must be an integer from 1 to 1000, got ${String(pageSize)}.`);
  const secrets = options.secrets ?? [];
  if (!Array.isArray(secrets) || secrets.some((secret) => typeof secret !== "string" || secret.length < 8)) {
    // Never quote a secret, not even a short one.
    throw invalid("secrets must be a list of texts of at least 8 characters each (shorter ones cannot be told from ordinary words).");
  }
  const organisation = await store.organisations.get(organisationId);
  if (!organisation) throw invalid(`The store knows no organisation "${organisationId}"; there is nothing to archive.`);
  const timeZone = options.timeZone ?? organisation.timeZone;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new ReportingError("REPORTING_INVALID_PERIOD", `"${String(timeZone)}" is no time zone this runtime knows (an IANA name such as "Europe/Berlin").`);
  }
  const locale: ReportLocale = options.locale ?? (organisation.locale === "en" ? "en" : "de");
  const tenant = store.tenant(organisationId);
  const redaction: Redaction = { paths: [], values: secrets };
  const channels: ArchiveChannel[] = [];
  for (const channel of await tenant.channels.list()) {
    assertTenant(channel, organisationId, "channel");
    const kept = redact(
      { id: channel.id, network: channel.network, handle: channel.handle, displayName: channel.displayName, profileUrl: channel.profileUrl },
      "channel",
      redaction,
    ) as unknown as ArchiveChannel;
    channels.push(kept);
  }
  const names = new Map<string, string>();
  for (const member of await tenant.teamMembers.list()) if (member.organisationId === organisationId) names.set(member.id, member.name);
  const clock = options.clock ?? systemClock;
  return {
    organisationId,
    organisation: { id: organisation.id, name: organisation.name, timeZone: organisation.timeZone },
    tenant,
    // Deliveries are the publishing engine's collection (`@kommune-sm/network`), read here by name without depending on it.
    deliveries: (tenant.collection as unknown as (name: string) => DeliveryRepository)("deliveries"),
    from: formatInstant(fromMs),
    to: formatInstant(toMs),
    fromMs,
    toMs,
    key: options.key,
    timeZone,
    locale,
    pageSize,
    secrets,
    exportedAt: formatInstant(clock.now()),
    channels,
    html: { locale, timeZone, channels: new Map(channels.map((c) => [c.id, c])), names },
  };
}

/** Refuses to write anything of another organisation, whatever a store hands back. */
function assertTenant(entity: { readonly organisationId?: unknown; readonly id?: unknown }, organisationId: string, what: string): void {
  if (entity.organisationId !== organisationId) {
    throw invalid(`The store handed back ${what} "${String(entity.id)}" of organisation "${String(entity.organisationId)}" when asked for "${organisationId}"; nothing of another organisation goes into an archive. Check the store.`);
  }
}

/** Running hash, size and line chain of each file as it is written. */
class Files {
  readonly #states = new Map<ArchiveFileName, { hash: Hash; bytes: number; lines: number; lastHash: string }>();

  #state(path: ArchiveFileName) {
    let state = this.#states.get(path);
    if (!state) this.#states.set(path, (state = { hash: createHash("sha256"), bytes: 0, lines: 0, lastHash: LINE_GENESIS_HASH }));
    return state;
  }

  /** A piece of `path`, counted into its hash and size. */
  emit(path: ArchiveFileName, text: string): ArchiveChunk {
    const state = this.#state(path);
    state.hash.update(text, "utf8");
    state.bytes += Buffer.byteLength(text, "utf8");
    return { path, text };
  }

  /** A line of the audit log, as core's export writes it. */
  auditLine(entry: AuditEntry): ArchiveChunk {
    const state = this.#state("audit.jsonl");
    state.lines += 1;
    state.lastHash = entry.hash;
    return this.emit("audit.jsonl", `${auditEntryToJsonLine(entry)}\n`);
  }

  /** A chained line of an entity file: the record with its number, the hash before it and its own hash. */
  entityLine(path: ArchiveFileName, record: Record<string, unknown>): { chunk: ArchiveChunk; line: Record<string, unknown> } {
    const state = this.#state(path);
    const body = { ...record, line: state.lines + 1, prevHash: state.lastHash };
    const hash = lineHash(state.lastHash, body);
    const line = { ...body, hash };
    state.lines += 1;
    state.lastHash = hash;
    return { chunk: this.emit(path, `${canonicalJson(line)}\n`), line };
  }

  /** The manifest's entry of `path`. */
  entry(path: Exclude<ArchiveFileName, "manifest.json">): ArchiveFileEntry {
    const state = this.#state(path);
    const digest = state.hash.copy().digest("hex");
    return path.endsWith(".jsonl") ? { path, sha256: digest, bytes: state.bytes, lines: state.lines, lastHash: state.lastHash } : { path, sha256: digest, bytes: state.bytes };
  }
}

/** The seqs of the entries dated in [from, to), found by halving (entries are never dated before the one before them). */
async function auditRange(audit: AuditRepository, fromMs: number, toMs: number): Promise<{ readonly first: number; readonly last: number; readonly head: { seq: number; hash: string } } | { readonly head?: { seq: number; hash: string } }> {
  const head = await audit.head();
  if (!head) return {};
  const atOf = async (seq: number): Promise<number> => {
    const [entry] = await audit.list({ fromSeq: seq, limit: 1 });
    if (!entry || entry.seq !== seq) throw invalid(`Entry ${seq} of the audit log is missing although the head is entry ${head.seq}; the log is damaged. Run ksm.audit.verify() to see where; no archive was made.`);
    return Date.parse(entry.at);
  };
  const firstAtOrAfter = async (ms: number): Promise<number> => {
    let low = 1;
    let high = head.seq + 1;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if ((await atOf(middle)) >= ms) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const first = await firstAtOrAfter(fromMs);
  const last = (await firstAtOrAfter(toMs)) - 1;
  const logHead = { seq: head.seq, hash: head.hash };
  return first <= last ? { first, last, head: logHead } : { head: logHead };
}

const subjectKey = (type: string, id: string): string => JSON.stringify([type, id]);

/** What the period's audit entries are about. */
class Subjects {
  /** Every subject with an entry in the period. */
  readonly all = new Set<string>();
  /** Posts, interactions and replies with activity in the period, by the log: its subjects, and those its deliveries' entries name. */
  readonly active: Record<ArchiveEntityKind, Set<string>> = { post: new Set(), interaction: new Set(), reply: new Set() };
  /** Posts, interactions and replies that are subjects of entries in the period. */
  readonly direct: Record<ArchiveEntityKind, Set<string>> = { post: new Set(), interaction: new Set(), reply: new Set() };

  note(entry: AuditEntry): void {
    const { type, id } = entry.subject;
    this.all.add(subjectKey(type, id));
    if (type === "post" || type === "interaction" || type === "reply") {
      this.active[type].add(id);
      this.direct[type].add(id);
    }
    const data: unknown = entry.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) return;
    const fields = data as Readonly<Record<string, unknown>>;
    const link = (field: string): string | undefined => (typeof fields[field] === "string" ? (fields[field] as string) : undefined);
    // A delivery's steps are steps of its post or reply.
    if (type === "delivery" || (type === "takedown" && link("replyId") === undefined)) {
      const postId = link("postId");
      if (postId !== undefined) this.active.post.add(postId);
    }
    if (type === "reply-delivery" || type === "takedown") {
      const replyId = link("replyId");
      if (replyId !== undefined) this.active.reply.add(replyId);
    }
  }

  has(type: string, id: string): boolean {
    return this.all.has(subjectKey(type, id));
  }
}

const later = (a: number, b: string | undefined): number => {
  const ms = b === undefined ? Number.NaN : Date.parse(b);
  return Number.isNaN(ms) ? a : Math.max(a, ms);
};

/** Posts and replies: created before the period ended, last changed after it began. */
function spans(entity: { readonly createdAt?: unknown; readonly updatedAt?: unknown }, setup: Setup): boolean {
  const created = typeof entity.createdAt === "string" ? Date.parse(entity.createdAt) : Number.NaN;
  const updated = typeof entity.updatedAt === "string" ? Date.parse(entity.updatedAt) : Number.NaN;
  return created < setup.toMs && Math.max(created, updated) >= setup.fromMs;
}

/** Interactions: received before the period ended, and received, collected, answered, hidden, closed or triaged after it began. */
function interactionSpans(interaction: Interaction, setup: Setup): boolean {
  const received = Date.parse(interaction.receivedAt);
  if (!(received < setup.toMs)) return false;
  let last = received;
  for (const instant of [interaction.collectedAt, interaction.firstResponseAt, interaction.hidden?.at, interaction.closure?.at]) last = later(last, instant);
  for (const result of Object.values(interaction.triage ?? {})) last = later(last, result.at);
  return last >= setup.fromMs;
}

/** Every entity of a repository, by id, page by page (bounded by the last id, so that a write meanwhile shifts no page). */
async function* everyEntity<T extends TenantEntity>(repository: Repository<T>, pageSize: number): AsyncGenerator<T> {
  let after: string | undefined;
  for (;;) {
    const page = await repository.list({ ...(after === undefined ? {} : { where: { id: { gt: after } } as unknown as Filter<T> }), limit: pageSize });
    for (const entity of page) yield entity;
    const last = page[page.length - 1];
    if (page.length < pageSize || !last || (after !== undefined && last.id <= after)) return;
    after = last.id;
  }
}

/**
 * The archive of one organisation for one period, as the pieces of its
 * files in the order they are written (see {@link ArchiveChunk}); nothing
 * is held whole, so a big town's archive goes straight to disk with
 * {@link writeArchive}. What goes in:
 *
 * - `audit.jsonl`: every audit entry dated in the period, as core's
 *   `AuditLog.exportJsonLines` writes them (canonical JSON, one per line),
 *   the chain checked while it is read; the last one is the log's head at
 *   the period's end, anchored when `anchor` is given.
 * - `posts.jsonl`, `interactions.jsonl`, `replies.jsonl`: every post,
 *   interaction (hidden and closed ones too) and reply with activity in the
 *   period — created before its end and changed after its start, or named
 *   by an audit entry in it — in its state at the export, with the audit
 *   entries about it in the period (`history`: every approval, rejection,
 *   withdrawal, hiding and closing with its reason), a post's check
 *   findings and acceptances, and the deliveries and takedowns of posts and
 *   replies. An entity the log names but the store no longer holds gets a
 *   line with `inStore: false` and its history. The interaction a reply
 *   answers and the post an interaction is about come along with
 *   `inPeriod: false`. Each line is chained to the one before (see
 *   {@link ArchiveLineBase}).
 * - `index.html`: a readable index without scripts.
 * - `manifest.json`: each file's SHA-256, size and lines, the period, the
 *   audit head and its anchors, signed when `keys` is given.
 *
 * Only the organisation's own data is read (`store.tenant(organisationId)`),
 * and anything handed back for another organisation stops the export.
 * Entities keep only the fields their model knows; fields named like a
 * secret and the given `secrets` are redacted.
 *
 * Throws `REPORTING_INVALID_PERIOD` for a bad period or time zone, and
 * `REPORTING_INVALID_REQUEST` for an unknown organisation, bad options, an
 * audit log whose chain is broken within the period, and an audit entry
 * that holds a secret.
 *
 * @example
 * ```ts
 * const year = parsePeriod("2026", "Europe/Berlin");
 * const manifest = await writeArchive("/srv/archiv/musterstadt-2026", exportArchive(store, "musterstadt", { ...year, anchor, keys }));
 * ```
 */
export async function* exportArchive(store: Store, organisationId: string, options: ArchiveOptions): AsyncGenerator<ArchiveChunk, void, undefined> {
  const setup = await prepare(store, organisationId, options);
  const files = new Files();
  const warnings: string[] = [];
  const audit = setup.tenant.audit;

  // The audit log first: what it names decides which entities are in the period.
  const range = await auditRange(audit, setup.fromMs, setup.toMs);
  const bounds = "first" in range ? range : undefined;
  const subjects = new Subjects();
  let anchors: AuditAnchorRecord[] = [];
  let firstEntry: AuditEntry | undefined;
  let lastEntry: AuditEntry | undefined;
  if (bounds) {
    [firstEntry] = await audit.list({ fromSeq: bounds.first, limit: 1 });
    if (!firstEntry) throw invalid(`Entry ${bounds.first} of the audit log of "${organisationId}" cannot be read; no archive was made.`);
    if (bounds.first > 1) {
      const [before] = await audit.list({ fromSeq: bounds.first - 1, limit: 1 });
      if (!before || before.seq !== bounds.first - 1 || hashAuditEntry(before) !== before.hash || before.hash !== firstEntry.prevHash) {
        throw invalid(`Entry ${bounds.first} of the audit log of "${organisationId}" does not link to the entry before it: the log is broken where the period begins. Run ksm.audit.verify() to see where; no archive was made.`);
      }
    }
    if (options.anchor) {
      const reading = await options.anchor.read(organisationId);
      for (const problem of reading.problems) warnings.push(`An anchor record was not trusted: ${problem.message}`);
      anchors = reading.trusted.filter((record) => record.seq >= bounds.first && record.seq <= bounds.last);
    }
    const verifier = new AuditChainVerifier({
      organisationId,
      after: { seq: bounds.first - 1, hash: firstEntry.prevHash },
      heads: anchors.map((record) => ({ seq: record.seq, hash: record.hash, recordedAs: `anchored on ${record.anchoredAt}` })),
    });
    for (let from = bounds.first; from <= bounds.last; ) {
      const page = await audit.list({ fromSeq: from, beforeSeq: bounds.last + 1, limit: setup.pageSize });
      for (const entry of page) {
        const failure = verifier.push(entry);
        if (failure) throw invalid(`The audit log of "${organisationId}" is broken at entry ${failure.seq}: ${failure.message} No archive was made; run ksm.audit.verify() and restore the log from a backup.`);
        checkAuditSecrets(entry, setup.secrets);
        subjects.note(entry);
        lastEntry = entry;
        yield files.auditLine(entry);
      }
      const last = page[page.length - 1];
      if (!last || last.seq < from) break;
      from = last.seq + 1;
    }
    const verdict = verifier.finish();
    if (!verdict.ok) throw invalid(`The audit log of "${organisationId}" is broken at entry ${verdict.seq}: ${verdict.message} No archive was made.`);
    if (!lastEntry || lastEntry.seq !== bounds.last) throw invalid(`The audit log of "${organisationId}" ends at entry ${lastEntry?.seq ?? bounds.first - 1} while reading up to entry ${bounds.last}; no archive was made.`);
    if (options.anchor && !anchors.some((record) => record.seq === bounds.last)) {
      anchors.push(await options.anchor.record(organisationId, { seq: lastEntry.seq, hash: lastEntry.hash }));
    }
    anchors.sort((a, b) => a.seq - b.seq || (a.anchoredAt < b.anchoredAt ? -1 : a.anchoredAt > b.anchoredAt ? 1 : 0));
    if (anchors.length === 0) warnings.push("The audit head is not anchored: give exportArchive the organisation's audit anchor, so that a log rewritten later can be told from this one.");
  }
  const auditSummary: ArchiveAuditSummary = {
    entries: bounds ? bounds.last - bounds.first + 1 : 0,
    ...(firstEntry ? { first: { seq: firstEntry.seq, prevHash: firstEntry.prevHash } } : {}),
    ...(lastEntry ? { head: { seq: lastEntry.seq, hash: lastEntry.hash, at: lastEntry.at } } : {}),
    ...(range.head ? { logHead: range.head } : {}),
    anchors,
  };

  const historyOf = async (type: string, id: string): Promise<ArchiveHistoryItem[]> => {
    if (!bounds || !subjects.has(type, id)) return [];
    const entries = await audit.list({ subject: { type, id }, fromSeq: bounds.first, beforeSeq: bounds.last + 1 });
    return entries.map(archiveHistoryItem);
  };
  const deliveriesOf = async (field: "postId" | "replyId", id: string, redaction: Redaction) => {
    const found = (await setup.deliveries.list({ where: { [field]: id } as Filter<TenantEntity> })) as unknown as Record<string, unknown>[];
    const sorted = found.sort((a, b) => compareInstants(a.createdAt, b.createdAt) || compareText(a.id, b.id));
    const deliveries: ArchiveDelivery[] = [];
    const takedowns: ArchiveDelivery[] = [];
    for (const delivery of sorted) {
      assertTenant(delivery, organisationId, "delivery");
      const isTakedown = delivery.kind === "takedown";
      // A post's line takes its own deliveries and takedowns; a reply's delivery names the post the citizen wrote under, and belongs to the reply.
      if (field === "postId" && (delivery.kind === "reply" || (isTakedown && delivery.replyId !== undefined))) continue;
      const list = isTakedown ? takedowns : deliveries;
      const kept = sanitizeDelivery(delivery, `${isTakedown ? "takedowns" : "deliveries"}.${list.length}`, redaction);
      list.push({ ...(kept as unknown as Omit<ArchiveDelivery, "history">), history: await historyOf(deliverySubjectType(delivery.kind), String(delivery.id)) });
    }
    return { deliveries, takedowns };
  };

  // Which interactions and posts the period's replies and interactions refer to.
  const contextInteractions = new Set<string>();
  for await (const reply of everyEntity(setup.tenant.replies, setup.pageSize)) {
    if (spans(reply, setup) || subjects.active.reply.has(reply.id)) contextInteractions.add(reply.interactionId);
  }
  const contextPosts = new Set<string>();
  for await (const interaction of everyEntity(setup.tenant.interactions, setup.pageSize)) {
    const active = interactionSpans(interaction, setup) || subjects.active.interaction.has(interaction.id);
    if ((active || contextInteractions.has(interaction.id)) && interaction.postId !== undefined) contextPosts.add(interaction.postId);
  }

  yield files.emit("index.html", htmlStart({ organisation: setup.organisation, from: setup.from, to: setup.to, ...(setup.key === undefined ? {} : { key: setup.key }), exportedAt: setup.exportedAt }, auditSummary, setup.html));

  const tally = {
    notInStore: { posts: 0, interactions: 0, replies: 0 },
    contextOnly: { posts: 0, interactions: 0, replies: 0 },
    redactions: 0,
    states: { post: new Map<string, number>(), interaction: new Map<string, number>(), reply: new Map<string, number>() },
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  /** The line of one entity: `entity` as stored, or undefined when only the log knows it. */
  const lineOf = async <K extends ArchiveEntityKind>(
    kind: K,
    id: string,
    entity: Post | Interaction | Reply | undefined,
    inPeriod: boolean,
  ): Promise<{ chunk: ArchiveChunk; line: Record<string, unknown> }> => {
    const redaction: Redaction = { paths: [], values: setup.secrets };
    const record: Record<string, unknown> = { kind, id, inStore: entity !== undefined, inPeriod, history: await historyOf(kind, id) };
    if (entity) {
      assertTenant(entity, organisationId, kind);
      const schema = kind === "post" ? PostSchema : kind === "interaction" ? InteractionSchema : ReplySchema;
      record[kind] = sanitizeEntity(entity, schema, kind, redaction);
    }
    if (kind !== "interaction") Object.assign(record, await deliveriesOf(kind === "post" ? "postId" : "replyId", id, redaction));
    if (redaction.paths.length > 0) record.redacted = redaction.paths;
    tally.redactions += redaction.paths.length;
    const plural = kind === "post" ? "posts" : kind === "interaction" ? "interactions" : "replies";
    if (!entity) tally.notInStore[plural] += 1;
    if (!inPeriod) tally.contextOnly[plural] += 1;
    const state = entity ? String((entity as { state?: unknown; status?: unknown }).state ?? (entity as { status?: unknown }).status) : "";
    if (entity) bump(tally.states[kind], state);
    return files.entityLine(kind === "post" ? "posts.jsonl" : kind === "interaction" ? "interactions.jsonl" : "replies.jsonl", record);
  };

  /** Every entity of one kind in the period, in id order, then those only the log still knows. */
  async function* linesOf<K extends ArchiveEntityKind>(
    kind: K,
    repository: Repository<Post> | Repository<Interaction> | Repository<Reply>,
    active: (entity: never) => boolean,
    context: ReadonlySet<string>,
    row: (line: Record<string, unknown>) => string,
  ): AsyncGenerator<ArchiveChunk> {
    // Subjects of the period's entries that the store no longer holds get a line of what the log says.
    const onlyInLog = new Set(subjects.direct[kind]);
    for await (const entity of everyEntity(repository as Repository<TenantEntity>, setup.pageSize)) {
      onlyInLog.delete(entity.id);
      const inPeriod = subjects.active[kind].has(entity.id) || active(entity as never);
      if (!inPeriod && !context.has(entity.id)) continue;
      const { chunk, line } = await lineOf(kind, entity.id, entity as unknown as Post | Interaction | Reply, inPeriod);
      yield chunk;
      yield files.emit("index.html", row(line));
    }
    for (const id of [...onlyInLog].sort()) {
      const { chunk, line } = await lineOf(kind, id, undefined, true);
      yield chunk;
      yield files.emit("index.html", row(line));
    }
  }

  yield files.emit("index.html", postsStart(setup.html));
  yield* linesOf("post", setup.tenant.posts, (post: Post) => spans(post, setup), contextPosts, (line) => postRow(line as unknown as ArchivePostLine, setup.html));
  yield files.emit("index.html", interactionsStart(setup.html));
  yield* linesOf("interaction", setup.tenant.interactions, (interaction: Interaction) => interactionSpans(interaction, setup), contextInteractions, (line) =>
    interactionRow(line as unknown as ArchiveInteractionLine, setup.html),
  );
  yield files.emit("index.html", repliesStart(setup.html));
  yield* linesOf("reply", setup.tenant.replies, (reply: Reply) => spans(reply, setup), new Set(), (line) => replyRow(line as unknown as ArchiveReplyLine, setup.html));

  const dataFiles = (["audit.jsonl", "posts.jsonl", "interactions.jsonl", "replies.jsonl"] as const).map((path) => files.entry(path));
  const [auditFile, postsFile, interactionsFile, repliesFile] = dataFiles;
  const counts: ArchiveCounts = {
    posts: postsFile?.lines ?? 0,
    interactions: interactionsFile?.lines ?? 0,
    replies: repliesFile?.lines ?? 0,
    auditEntries: auditFile?.lines ?? 0,
    notInStore: tally.notInStore,
    contextOnly: tally.contextOnly,
    redactions: tally.redactions,
  };
  const words = summaryWords(setup.locale);
  // In the workflow's order; a state the SDK does not know (an older store's) comes last.
  const byState = (kind: "post-state" | "interaction-status" | "reply-state", states: Map<string, number>, order: readonly string[]) =>
    [...states]
      .sort(([a], [b]) => (order.includes(a) ? order.indexOf(a) : order.length) - (order.includes(b) ? order.indexOf(b) : order.length) || compareText(a, b))
      .map(([state, n]) => [`– ${stateLabel(kind, state, setup.locale)}`, n] as const);
  const summary: (readonly [string, number])[] = [
    [words.posts, counts.posts],
    ...byState("post-state", tally.states.post, POST_STATES),
    [words.interactions, counts.interactions],
    ...byState("interaction-status", tally.states.interaction, InteractionStatusSchema.options),
    [words.replies, counts.replies],
    ...byState("reply-state", tally.states.reply, REPLY_STATES),
    [words.audit, counts.auditEntries],
    [words.notInStore, counts.notInStore.posts + counts.notInStore.interactions + counts.notInStore.replies],
    [words.contextOnly, counts.contextOnly.posts + counts.contextOnly.interactions + counts.contextOnly.replies],
    [words.redacted, counts.redactions],
  ];

  const keys: Record<string, string> = {};
  let signing: { keyId: string; privateKey: KeyObject } | undefined;
  if (options.keys) {
    const current = await options.keys.signingKey();
    signing = { keyId: current.keyId, privateKey: ed25519Private(current.privateKey, current.keyId) };
    keys[current.keyId] = createPublicKey(signing.privateKey).export({ type: "spki", format: "pem" }).toString();
    for (const record of anchors) {
      if (Object.hasOwn(keys, record.keyId)) continue;
      const key = await options.keys.verificationKey(record.keyId);
      const pem = key === undefined ? undefined : publicPem(key);
      if (pem) keys[record.keyId] = pem;
      else warnings.push(`The key source knows no public key "${record.keyId}" of the anchor of entry ${record.seq}; check that anchor with the organisation's key.`);
    }
  } else {
    warnings.push("The manifest is not signed: give exportArchive the key source of audit anchoring (keys), so that a manifest changed later can be told.");
  }

  yield files.emit("index.html", htmlEnd(dataFiles, summary, warnings, setup.html));

  const unsigned: Omit<ArchiveManifest, "manifestHash" | "signature"> = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_FORMAT_VERSION,
    organisation: setup.organisation,
    period: { from: setup.from, to: setup.to, timeZone: setup.timeZone, ...(setup.key === undefined ? {} : { key: setup.key }) },
    exportedAt: setup.exportedAt,
    files: [...dataFiles, files.entry("index.html")],
    counts,
    audit: auditSummary,
    channels: setup.channels,
    keys,
    warnings,
  };
  const hashed = { ...unsigned, manifestHash: sha256Hex(canonicalJson(unsigned)) };
  const manifest: ArchiveManifest = signing
    ? { ...hashed, signature: { keyId: signing.keyId, value: signManifest(hashed, signing.keyId, signing.privateKey) } }
    : hashed;
  yield files.emit("manifest.json", `${canonicalJson(manifest, 2)}\n`);
}

const compareInstants = (a: unknown, b: unknown): number => {
  const x = typeof a === "string" ? Date.parse(a) : Number.NaN;
  const y = typeof b === "string" ? Date.parse(b) : Number.NaN;
  return Number.isNaN(x) || Number.isNaN(y) ? compareText(a, b) : x - y;
};

const compareText = (a: unknown, b: unknown): number => {
  const x = String(a ?? "");
  const y = String(b ?? "");
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The text a manifest's signature is made over (see {@link ArchiveSignature}):
 * the canonical JSON of `{ keyId, manifest, purpose }`, `manifest` without
 * its `signature`, signed as UTF-8 with Ed25519. Fixed, so that an auditor
 * can check a manifest with any Ed25519 implementation.
 */
export function archiveManifestSigningText(manifest: object, keyId: string): string {
  const { signature: _signature, ...unsigned } = manifest as { signature?: unknown };
  return canonicalJson({ keyId, manifest: unsigned, purpose: ARCHIVE_MANIFEST_PURPOSE });
}

function signManifest(manifest: object, keyId: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(archiveManifestSigningText(manifest, keyId), "utf8"), privateKey).toString("base64");
}

function ed25519Private(key: KeyObject | string, keyId: string): KeyObject {
  let object: KeyObject;
  try {
    object = typeof key === "string" ? createPrivateKey(key) : key;
  } catch {
    throw invalid(`The signing key "${keyId}" cannot be read as a private key (PEM, PKCS #8).`);
  }
  if (object.type !== "private" || object.asymmetricKeyType !== "ed25519") throw invalid(`The signing key "${keyId}" must be an Ed25519 private key.`);
  return object;
}

function publicPem(key: KeyObject | string): string | undefined {
  try {
    const object = typeof key === "string" ? createPublicKey(key) : key.type === "private" ? createPublicKey(key) : key;
    return object.type === "public" && object.asymmetricKeyType === "ed25519" ? object.export({ type: "spki", format: "pem" }).toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses an audit entry that would carry a secret into the archive: it cannot be redacted without breaking the chain. */
function checkAuditSecrets(entry: AuditEntry, secrets: readonly string[]): void {
  const named = findSecret(entry.data, "data", []);
  const holds = secrets.length > 0 && secrets.some((secret) => auditEntryToJsonLine(entry).includes(secret));
  if (named === undefined && !holds) return;
  const where = named !== undefined ? `its field ${named} is named like a secret` : "it holds one of the secrets given";
  throw invalid(
    `Audit entry ${entry.seq} (${entry.action}) of "${entry.organisationId}" would carry a secret into the archive: ${where}. An audit entry cannot be redacted without breaking the chain, so no archive was made. Rotate the secret, and find who wrote it into the log.`,
  );
}

/**
 * An archive's files whole, in {@link ARCHIVE_FILES} order: for tests and
 * small archives, and for handing the files on without a disk. A big
 * town's archive belongs on disk through {@link writeArchive}, which holds
 * no file whole.
 */
export async function exportArchiveFiles(store: Store, organisationId: string, options: ArchiveOptions): Promise<ArchiveFile[]> {
  const parts = new Map<ArchiveFileName, string[]>();
  for await (const chunk of exportArchive(store, organisationId, options)) {
    const list = parts.get(chunk.path);
    if (list) list.push(chunk.text);
    else parts.set(chunk.path, [chunk.text]);
  }
  return ARCHIVE_FILES.map((path) => ({ path, content: (parts.get(path) ?? []).join("") }));
}

// Pieces are gathered per file and written in blocks of about this many characters.
const writeBlock = 64 * 1024;

/**
 * Writes an archive's pieces (from {@link exportArchive}) into `directory`,
 * which is created if missing and must otherwise be empty, and returns the
 * manifest. Files are written as the pieces come and synced to disk before
 * the manifest, the last file, is complete. If anything fails, the files
 * written so far are removed (and the directory, if this call made it), so
 * that no half archive is left behind; the error is thrown on.
 *
 * @example
 * ```ts
 * const manifest = await writeArchive("/srv/archiv/musterstadt-2026", exportArchive(store, "musterstadt", { ...parsePeriod("2026", "Europe/Berlin"), anchor, keys }));
 * console.log(manifest.audit.head, manifest.counts);
 * ```
 */
export async function writeArchive(directory: string, chunks: AsyncIterable<ArchiveChunk> | Iterable<ArchiveChunk>): Promise<ArchiveManifest> {
  if (typeof directory !== "string" || directory === "") throw invalid("writeArchive needs the path of a directory.");
  let created = false;
  try {
    const present = await readdir(directory);
    if (present.length > 0) throw invalid(`The directory ${directory} is not empty; an archive goes into a directory of its own. Nothing was written.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(directory, { recursive: true });
    created = true;
  }
  const handles = new Map<ArchiveFileName, FileHandle>();
  const pending = new Map<ArchiveFileName, { parts: string[]; length: number }>();
  const written: string[] = [];
  let manifestText = "";
  const flush = async (path: ArchiveFileName) => {
    const buffer = pending.get(path);
    if (!buffer || buffer.length === 0) return;
    let handle = handles.get(path);
    if (!handle) {
      const file = join(directory, path);
      handle = await open(file, "wx");
      handles.set(path, handle);
      written.push(file);
    }
    const text = buffer.parts.join("");
    buffer.parts = [];
    buffer.length = 0;
    await handle.write(text, null, "utf8");
  };
  try {
    for await (const chunk of chunks) {
      if (!(ARCHIVE_FILES as readonly string[]).includes(chunk.path)) throw invalid(`"${String(chunk.path)}" is no file of an archive.`);
      if (chunk.path === "manifest.json") manifestText += chunk.text;
      let buffer = pending.get(chunk.path);
      if (!buffer) pending.set(chunk.path, (buffer = { parts: [], length: 0 }));
      buffer.parts.push(chunk.text);
      buffer.length += chunk.text.length;
      if (buffer.length >= writeBlock) await flush(chunk.path);
    }
    if (manifestText === "") throw invalid("The archive's pieces ended without manifest.json; nothing was kept.");
    // Every other file reaches the disk before the manifest, which says the archive is complete.
    for (const path of ARCHIVE_FILES) {
      if (path === "manifest.json") continue;
      if (!pending.has(path)) pending.set(path, { parts: [""], length: 0 });
      await flush(path);
      if (!handles.has(path)) {
        const file = join(directory, path);
        handles.set(path, await open(file, "wx"));
        written.push(file);
      }
      await handles.get(path)!.sync();
    }
    await flush("manifest.json");
    const manifestHandle = handles.get("manifest.json");
    await manifestHandle?.sync();
    for (const handle of handles.values()) await handle.close();
    handles.clear();
    return JSON.parse(manifestText) as ArchiveManifest;
  } catch (error) {
    for (const handle of handles.values()) await handle.close().catch(() => undefined);
    for (const file of written) await rm(file, { force: true }).catch(() => undefined);
    if (created) await rmdir(directory).catch(() => undefined);
    throw error;
  }
}
