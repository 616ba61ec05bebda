import { applyListOptions, matchesFilter, type AuditEntry, type AuditHead, type AuditListOptions, type ListOptions, type MetricQuery, type MetricSample } from "@kommune-sm/core";
import type { OpenConditions, SqliteTables } from "./sqlite-tables.js";
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
  auditEntries(options: AuditListOptions): AuditEntry[];
  metrics(query: MetricQuery | undefined): MetricSample[];
  /** Applies (or, in a transaction, records) one write; for a delete, whether the entity existed. */
  write(op: WriteOp): boolean;
}

/** The committed view also hands a transaction the rows it merges with its own writes. */
export interface CommittedView extends TenantView {
  /** An entity's stored JSON and revision column in one read; undefined if there is none. */
  entity(collection: string, id: string): { readonly json: string; readonly revision: unknown } | undefined;
  candidates(collection: string, where: object | undefined): Document[];
  metricsWith(query: MetricQuery | undefined, extra: readonly MetricSample[]): MetricSample[];
}

/**
 * The committed data of one tenant. `run` wraps every database call: it
 * checks that the store is open and turns database errors into the SDK's.
 */
export function committedView(tables: SqliteTables, organisationId: string, run: <R>(call: () => R) => R): CommittedView {
  return {
    document: (collection, id) => run(() => tables.entity(organisationId, collection, id)?.json),
    entity: (collection, id) => run(() => tables.entity(organisationId, collection, id)),
    list: (collection, options) => run(() => tables.list(organisationId, collection, options)),
    count: (collection, where) => run(() => tables.count(organisationId, collection, where)),
    candidates: (collection, where) => run(() => tables.candidates(organisationId, collection, where)),
    auditHead: () => run(() => tables.auditHead(organisationId)),
    auditEntries: (options) => run(() => tables.auditEntries(organisationId, options)),
    metrics: (query) => run(() => tables.metrics(organisationId, query)),
    metricsWith: (query, extra) => run(() => tables.metrics(organisationId, query, extra)),
    write: (op) => run(() => tables.apply(organisationId, [op])[0]!),
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

  auditEntries(options: AuditListOptions): AuditEntry[] {
    return this.#run(() => this.#tables.auditEntries(this.#organisationId, options));
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
 */
export class TransactionView implements TenantView, WriteConditions {
  readonly #base: CommittedView;
  readonly #entities = new Map<string, Map<string, StoredDocument | typeof deleted>>();
  readonly #audit: { entry: AuditEntry; json: string }[] = [];
  readonly #metrics: MetricSample[] = [];
  /** Entities read from the committed data, by collection and id (`absent`: there was none). */
  readonly #read = new Map<string, Map<string, { readonly json: string; readonly revision: unknown } | typeof absent>>();
  #readHead: AuditHead | undefined | typeof absent = absent;
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

  /** The committed entity, read once per transaction. */
  #committed(collection: string, id: string): { readonly json: string; readonly revision: unknown } | undefined {
    let read = this.#read.get(collection);
    if (!read) this.#read.set(collection, (read = new Map()));
    let entity = read.get(id);
    if (entity === undefined) read.set(id, (entity = this.#base.entity(collection, id) ?? absent));
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

  #merged(collection: string, where: object | undefined): Document[] | undefined {
    const own = this.#entities.get(collection);
    if (!own || own.size === 0) return undefined;
    const stored = this.#base.candidates(collection, where).filter((entity) => !own.has(entity.id));
    for (const entry of own.values()) if (entry !== deleted) stored.push(JSON.parse(entry.json) as Document);
    return stored;
  }

  list(collection: string, options: ListOptions<Document> | undefined): Document[] {
    const merged = this.#merged(collection, options?.where);
    return merged ? applyListOptions(merged, options) : this.#base.list(collection, options);
  }

  count(collection: string, where: object | undefined): number {
    const merged = this.#merged(collection, where);
    return merged ? merged.filter((entity) => matchesFilter(entity, where as never)).length : this.#base.count(collection, where);
  }

  auditHead(): AuditHead | undefined {
    const last = this.#audit[this.#audit.length - 1];
    if (last) return { seq: last.entry.seq, hash: last.entry.hash };
    if (this.#readHead === absent) this.#readHead = this.#base.auditHead();
    return this.#readHead;
  }

  auditEntries(options: AuditListOptions): AuditEntry[] {
    if (this.#audit.length === 0) return this.#base.auditEntries(options);
    const all = [...this.#base.auditEntries({ fromSeq: options.fromSeq }), ...this.#audit.map((own) => JSON.parse(own.json) as AuditEntry)];
    const selected = all.filter((entry) => entry.seq >= (options.fromSeq ?? 1));
    return options.limit === undefined ? selected : selected.slice(0, options.limit);
  }

  metrics(query: MetricQuery | undefined): MetricSample[] {
    return this.#base.metricsWith(query, this.#metrics);
  }

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
