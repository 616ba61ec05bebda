import {
  applyListOptions,
  CoreError,
  matchesFilter,
  selectAuditEntries,
  type AuditEntry,
  type AuditHead,
  type AuditListQuery,
  type ListOptions,
  type MetricQuery,
  type MetricSample,
} from "@kommune-sm/core";
import type { DocumentTexts, OpenConditions, SqliteTables } from "./sqlite-tables.js";
import { checkConditions, type StoredDocument, type WriteConditions, type WriteOp } from "./write-op.js";

type Document = { id: string } & Record<string, unknown>;

/**
 * What a tenant's repositories read from and write to: the committed data
 * ({@link committedView}), or a transaction's writes over it
 * ({@link TransactionView}). All synchronous; the repositories make it async.
 */
export interface TenantView {
  document(collection: string, id: string): string | undefined;
  list(collection: string, options: ListOptions<Document> | undefined): Document[];
  count(collection: string, where: object | undefined): number;
  auditHead(): AuditHead | undefined;
  /** The entries of a checked query (core's `validateAuditListOptions`). */
  auditEntries(query: AuditListQuery): AuditEntry[];
  metrics(query: MetricQuery | undefined): MetricSample[];
  /** Applies (or, in a transaction, records) one write; for a delete, whether the entity existed. */
  write(op: WriteOp): boolean;
}

/** The committed view also hands a transaction the rows it merges with its own writes, and what it checks its reads with. */
export interface CommittedView extends TenantView {
  /** An entity's stored JSON and revision column in one read; undefined if there is none. */
  entity(collection: string, id: string): { readonly json: string; readonly revision: unknown } | undefined;
  /** See {@link TenantView.list}; with `texts`, the stored text of each document returned is kept there. */
  list(collection: string, options: ListOptions<Document> | undefined, texts?: DocumentTexts): Document[];
  candidates(collection: string, where: object | undefined, texts?: DocumentTexts): Document[];
  metricsWith(query: MetricQuery | undefined, extra: readonly MetricSample[]): MetricSample[];
  /** See {@link SqliteTables.dataVersion}. */
  dataVersion(): number;
}

/**
 * The committed data of one tenant. `run` wraps every database call: it
 * checks that the store is open and turns database errors into the SDK's;
 * `runWrite` (default `run`) wraps writes instead, which the store admitted
 * when they were asked for and may run later, behind the tenant's lock.
 */
export function committedView(tables: SqliteTables, organisationId: string, run: <R>(call: () => R) => R, runWrite: <R>(call: () => R) => R = run): CommittedView {
  return {
    document: (collection, id) => run(() => tables.entity(organisationId, collection, id)?.json),
    entity: (collection, id) => run(() => tables.entity(organisationId, collection, id)),
    list: (collection, options, texts) => run(() => tables.list(organisationId, collection, options, texts)),
    count: (collection, where) => run(() => tables.count(organisationId, collection, where)),
    candidates: (collection, where, texts) => run(() => tables.candidates(organisationId, collection, where, texts)),
    dataVersion: () => run(() => tables.dataVersion()),
    auditHead: () => run(() => tables.auditHead(organisationId)),
    auditEntries: (query) => run(() => tables.auditEntries(organisationId, query)),
    metrics: (query) => run(() => tables.metrics(organisationId, query)),
    metricsWith: (query, extra) => run(() => tables.metrics(organisationId, query, extra)),
    write: (op) => runWrite(() => tables.apply(organisationId, [op])[0]!),
  };
}

/**
 * One tenant inside an open database transaction (`SqliteTables.transaction`):
 * reads and writes go straight to the connection, which sees its own writes
 * and holds the write lock; a write's condition is checked as it is written.
 * For `syncTransaction`. `run` wraps every database call, as in {@link committedView}.
 */
export function directView(tables: SqliteTables, organisationId: string, run: <R>(call: () => R) => R): TenantView {
  return new DirectView(tables, organisationId, run);
}

// A class: one is made for every syncTransaction (three per published
// delivery), and its methods then cost nothing to make.
class DirectView implements TenantView {
  readonly #tables: SqliteTables;
  readonly #organisationId: string;
  readonly #run: <R>(call: () => R) => R;
  readonly #conditions: OpenConditions;
  // Entities read by id, and written since, in this transaction: it holds the
  // write lock, so nothing else changes them, and a second read (a workflow
  // step reads the post its caller just read) needs no query.
  readonly #known = new Map<string, Map<string, string | undefined>>();

  constructor(tables: SqliteTables, organisationId: string, run: <R>(call: () => R) => R) {
    this.#tables = tables;
    this.#organisationId = organisationId;
    this.#run = run;
    this.#conditions = tables.conditions(organisationId);
  }

  #knownIn(collection: string): Map<string, string | undefined> {
    let byId = this.#known.get(collection);
    if (!byId) this.#known.set(collection, (byId = new Map()));
    return byId;
  }

  document(collection: string, id: string): string | undefined {
    const byId = this.#knownIn(collection);
    if (byId.has(id)) return byId.get(id);
    const json = this.#run(() => this.#tables.entity(this.#organisationId, collection, id)?.json);
    byId.set(id, json);
    return json;
  }

  list(collection: string, options: ListOptions<Document> | undefined): Document[] {
    return this.#run(() => this.#tables.list(this.#organisationId, collection, options));
  }

  count(collection: string, where: object | undefined): number {
    return this.#run(() => this.#tables.count(this.#organisationId, collection, where));
  }

  auditHead(): AuditHead | undefined {
    return this.#run(() => this.#conditions.auditHead());
  }

  auditEntries(query: AuditListQuery): AuditEntry[] {
    return this.#run(() => this.#tables.auditEntries(this.#organisationId, query));
  }

  metrics(query: MetricQuery | undefined): MetricSample[] {
    return this.#run(() => this.#tables.metrics(this.#organisationId, query));
  }

  write(op: WriteOp): boolean {
    const existed = this.#run(() => this.#tables.applyWithin(this.#organisationId, op, this.#conditions));
    if (op.kind === "put") this.#knownIn(op.collection).set(op.document.id, op.document.json);
    else if (op.kind === "delete") this.#knownIn(op.collection).set(op.id, undefined);
    return existed;
  }
}

const deleted = Symbol("deleted");

const absent = Symbol("absent");

/**
 * A transaction's writes over the committed data. Reads inside the
 * transaction see both; nothing reaches the database (or other connections
 * and readers) before {@link TransactionView.ops} are applied in one database
 * transaction, which checks every condition again.
 *
 * An entity read by id and the audit head are read from the committed data
 * once per transaction and then remembered: a second `get`, and the condition
 * check of a write that follows the read (`save` with `expectedRevision`, an
 * audit entry after `head()`), cost no query. So a transaction sees an entity
 * as it was when it first got it, even if another connection commits a change
 * meanwhile (lists and counts read the committed rows each time); the commit
 * checks every condition against the database again, inside its write lock.
 *
 * What the transaction read from the committed data is checked there too
 * ({@link TransactionView.checkReads}): the work awaits between its reads and
 * its commit, and another connection may commit meanwhile, so a decision
 * taken on a read (an approver's role, a quiet period) could rest on data
 * that is no longer true. Reads answered from the transaction's own writes
 * need no check.
 */
export class TransactionView implements TenantView, WriteConditions {
  readonly #base: CommittedView;
  readonly #entities = new Map<string, Map<string, StoredDocument | typeof deleted>>();
  readonly #audit: { entry: AuditEntry; json: string }[] = [];
  readonly #metrics: MetricSample[] = [];
  /** Entities read from the committed data, by collection and id (`absent`: there was none). */
  readonly #read = new Map<string, Map<string, { readonly json: string; readonly revision: unknown } | typeof absent>>();
  #readHead: AuditHead | undefined | typeof absent = absent;
  /** Lists, counts and metric queries answered from the committed data, each able to say whether its answer still holds. */
  readonly #queries: { readonly what: string; readonly holds: () => boolean }[] = [];
  /** The connection's data_version before the first read from the committed data; undefined while there was none. */
  #since: number | undefined;
  /** Every write in order, for the commit. */
  readonly ops: WriteOp[] = [];

  constructor(base: CommittedView) {
    this.#base = base;
  }

  #own(collection: string): Map<string, StoredDocument | typeof deleted> {
    let own = this.#entities.get(collection);
    if (!own) this.#entities.set(collection, (own = new Map()));
    return own;
  }

  /** Called before each read from the committed data: the first one notes the data_version (see checkReads). */
  #reading(): void {
    if (this.#since === undefined) this.#since = this.#base.dataVersion();
  }

  /** The committed entity, read once per transaction. */
  #committed(collection: string, id: string): { readonly json: string; readonly revision: unknown } | undefined {
    let read = this.#read.get(collection);
    if (!read) this.#read.set(collection, (read = new Map()));
    let entity = read.get(id);
    if (entity === undefined) {
      this.#reading();
      read.set(id, (entity = this.#base.entity(collection, id) ?? absent));
    }
    return entity === absent ? undefined : entity;
  }

  document(collection: string, id: string): string | undefined {
    const own = this.#entities.get(collection)?.get(id);
    if (own === deleted) return undefined;
    return own ? own.json : this.#committed(collection, id)?.json;
  }

  current(collection: string, id: string): { exists: boolean; revision: unknown } {
    const own = this.#entities.get(collection)?.get(id);
    if (own === deleted) return { exists: false, revision: undefined };
    if (own) return { exists: true, revision: own.revision ?? undefined };
    const committed = this.#committed(collection, id);
    return committed ? { exists: true, revision: committed.revision ?? undefined } : { exists: false, revision: undefined };
  }

  /**
   * The committed candidates of `where` merged with the transaction's own
   * writes to the collection, or undefined if it made none. The answer rests
   * on the committed rows that match and that the transaction has not
   * written itself: those (id and stored text) are checked at commit.
   */
  #merged(collection: string, where: object | undefined, what: string): Document[] | undefined {
    const own = this.#entities.get(collection);
    if (!own || own.size === 0) return undefined;
    this.#reading();
    const texts: DocumentTexts = new Map();
    const stored = this.#base.candidates(collection, where, texts).filter((entity) => !own.has(entity.id));
    const asked = snapshot(where);
    const written = new Set(own.keys());
    const seen = matchingTexts(stored, asked, texts);
    this.#queries.push({
      what,
      holds: () => {
        const again: DocumentTexts = new Map();
        const now = this.#base.candidates(collection, asked, again).filter((entity) => !written.has(entity.id));
        return sameEntries(matchingTexts(now, asked, again), seen);
      },
    });
    for (const entry of own.values()) if (entry !== deleted) stored.push(JSON.parse(entry.json) as Document);
    return stored;
  }

  list(collection: string, options: ListOptions<Document> | undefined): Document[] {
    const merged = this.#merged(collection, options?.where, `a list of ${collection}`);
    if (merged) return applyListOptions(merged, options);
    this.#reading();
    // The answer's documents as stored, in its order: the same texts at
    // commit are the same answer. Ids and revisions would not do: only
    // posts and replies have a revision, and a team member's roles or a
    // strategy's quiet periods change without one.
    const texts: DocumentTexts = new Map();
    const documents = this.#base.list(collection, options, texts);
    const seen = documents.map((document) => texts.get(document)!);
    const asked = snapshot(options);
    this.#queries.push({
      what: `a list of ${collection}`,
      holds: () => {
        const again: DocumentTexts = new Map();
        const now = this.#base.list(collection, asked, again);
        return now.length === seen.length && now.every((document, index) => again.get(document) === seen[index]);
      },
    });
    return documents;
  }

  count(collection: string, where: object | undefined): number {
    const merged = this.#merged(collection, where, `a count of ${collection}`);
    if (merged) return merged.filter((entity) => matchesFilter(entity, where as never)).length;
    this.#reading();
    const counted = this.#base.count(collection, where);
    const asked = snapshot(where);
    // The same number is the same answer, whichever rows make it up.
    this.#queries.push({ what: `a count of ${collection}`, holds: () => this.#base.count(collection, asked) === counted });
    return counted;
  }

  auditHead(): AuditHead | undefined {
    const last = this.#audit[this.#audit.length - 1];
    if (last) return { seq: last.entry.seq, hash: last.entry.hash, at: last.entry.at };
    if (this.#readHead === absent) this.#readHead = this.#base.auditHead();
    return this.#readHead;
  }

  /**
   * The committed entries and the transaction's own under one query. Its
   * own follow the committed head it appended to, so the committed part is
   * read only below the first of them (an entry another connection commits
   * meanwhile at the same seq is not mixed in; the commit refuses the
   * transaction anyway), and only as far as the limit still reaches: newest
   * first, the own entries may fill it alone.
   */
  auditEntries(query: AuditListQuery): AuditEntry[] {
    const first = this.#audit[0];
    if (!first) return this.#base.auditEntries(query);
    const own = selectAuditEntries(
      this.#audit.map(({ entry, json }) => ({ seq: entry.seq, subject: entry.subject, json })),
      query,
    ).map((selected) => JSON.parse(selected.json) as AuditEntry);
    const committedQuery = { ...query, beforeSeq: Math.min(query.beforeSeq ?? first.entry.seq, first.entry.seq) };
    if (query.order === "desc") {
      if (query.limit === undefined) return [...own, ...this.#base.auditEntries(committedQuery)];
      const left = query.limit - own.length;
      return left <= 0 ? own : [...own, ...this.#base.auditEntries({ ...committedQuery, limit: left })];
    }
    const committed = this.#base.auditEntries(committedQuery);
    if (query.limit === undefined) return [...committed, ...own];
    return [...committed, ...own.slice(0, Math.max(0, query.limit - committed.length))];
  }

  metrics(query: MetricQuery | undefined): MetricSample[] {
    this.#reading();
    const own = this.#metrics.length;
    const samples = this.#base.metricsWith(query, this.#metrics);
    const asked = snapshot(query);
    // Stored samples are only ever appended, never changed or removed: as
    // many of them as before is the same answer.
    this.#queries.push({ what: "a metric query", holds: () => this.#base.metricsWith(asked, this.#metrics.slice(0, own)).length === samples.length });
    return samples;
  }

  /** Whether the transaction read anything from the committed data, which its commit must then check. */
  get hasReads(): boolean {
    return this.#since !== undefined;
  }

  /**
   * For the commit, inside its database transaction (so with nobody else
   * committing): throws `CORE_CONFLICT` if an entity read by id (found or
   * absent), a list, a count or a metric query of this transaction would now
   * answer differently. When no other connection has committed since the
   * first read (SQLite's data_version, one cheap pragma), nothing can have
   * changed (this connection's own writes to the tenant wait for the
   * tenant's lock, which the transaction holds) and nothing is asked again;
   * otherwise each read is run again and compared.
   */
  readonly checkReads = (): void => {
    if (this.#since === undefined || this.#base.dataVersion() === this.#since) return;
    for (const [collection, read] of this.#read) {
      for (const [id, seen] of read) {
        if ((seen === absent ? undefined : seen.json) !== this.#base.entity(collection, id)?.json) throw staleRead(`${collection} "${id}"`);
      }
    }
    for (const query of this.#queries) if (!query.holds()) throw staleRead(query.what);
  };

  write(op: WriteOp): boolean {
    checkConditions(op, this);
    let existed = true;
    switch (op.kind) {
      case "put":
        this.#own(op.collection).set(op.document.id, op.document);
        break;
      case "delete":
        existed = this.current(op.collection, op.id).exists;
        if (!existed) return false; // nothing to record: deleting nothing changes nothing
        this.#own(op.collection).set(op.id, deleted);
        break;
      case "audit":
        this.#audit.push({ entry: op.entry, json: op.json });
        break;
      case "metrics":
        for (const sample of op.samples) this.#metrics.push(JSON.parse(sample.json) as MetricSample);
        break;
    }
    this.ops.push(op);
    return existed;
  }
}

function staleRead(what: string): CoreError {
  return new CoreError(
    "CORE_CONFLICT",
    `This transaction read ${what}, and another connection to the database changed it before the transaction committed; nothing of the transaction was stored. Run it again from fresh reads.`,
  );
}

/**
 * A copy of what a list, count or query was asked with, so that the check at
 * commit asks the same even if the caller changed the object meanwhile.
 */
function snapshot<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  try {
    return structuredClone(value);
  } catch {
    return value; // not cloneable (a function in it): the store's filters do not read such values anyway
  }
}

/** The stored text of each document that matches `where`, by id. */
function matchingTexts(documents: readonly Document[], where: object | undefined, texts: DocumentTexts): Map<string, string> {
  const matching = new Map<string, string>();
  for (const document of documents) if (matchesFilter(document, where as never)) matching.set(document.id, texts.get(document)!);
  return matching;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
