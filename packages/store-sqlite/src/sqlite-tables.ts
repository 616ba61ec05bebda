import type { Database, Statement, Transaction } from "better-sqlite3";
import {
  applyListOptions,
  applyMetricQuery,
  CoreError,
  isAboutSubject,
  isWellFormedText,
  matchesFilter,
  readStoredAuditEntry,
  type AuditEntry,
  type AuditHead,
  type AuditListQuery,
  type ListOptions,
  type MetricQuery,
  type MetricSample,
  type Organisation,
} from "@kommune-sm/core";
import { looksLikeJsonText, translateFilter, type TranslatedFilter } from "./filter-to-sql.js";
import { hasWideCodeUnit, jsonPathLiteral, sqlString, valueExpression } from "./json-field.js";
import { AUDIT_SUBJECT_KEY } from "./migrations.js";
import { checkConditions, type WriteConditions, type WriteOp } from "./write-op.js";

/** {@link WriteConditions} within one database transaction, told of each audit entry it appends. */
export interface OpenConditions extends WriteConditions {
  appended(entry: AuditEntry): void;
}

type Row = Record<string, unknown>;
type Document = { id: string } & Record<string, unknown>;

/**
 * Where a read that asks for it gets the stored JSON text of each document it
 * returns (the document object is the key): a transaction keeps the texts of
 * what it read, to compare them with the database at commit.
 */
export type DocumentTexts = Map<object, string>;

/** The documents of `rows`; with `texts`, each document's stored text is kept there. */
function parseDocuments(rows: readonly Row[], texts: DocumentTexts | undefined): Document[] {
  if (texts === undefined) return rows.map((row) => JSON.parse(row.document as string) as Document);
  return rows.map((row) => {
    const document = JSON.parse(row.document as string) as Document;
    texts.set(document, row.document as string);
    return document;
  });
}

// Collection names like these are written into the SQL as literals, so that
// SQLite can use the partial indexes declared for a collection
// (`WHERE collection = 'deliveries'`); other names are bound.
const LITERAL_COLLECTION = /^[A-Za-z0-9_.:-]{1,100}$/;

/** `collection = ...` for a query, and the parameter it needs, if any. */
export function collectionCondition(collection: string): { sql: string; params: string[] } {
  return LITERAL_COLLECTION.test(collection)
    ? { sql: `collection = ${sqlString(collection)}`, params: [] }
    : { sql: "collection = ?", params: [collection] };
}

function sortedQuery(from: { sql: string; params: unknown[] }, sortPath: string | undefined, options: ListOptions<Document>, columns = "document"): { sql: string; params: unknown[] } {
  const direction = options.direction === "desc" ? "DESC" : "ASC";
  const order = sortPath === undefined ? `id ${direction}` : `${valueExpression(sortPath)} ${direction}, id ${direction}`;
  // Written into the SQL rather than bound: with `LIMIT ?` SQLite plans the
  // statement anew on every run (27 µs against 5 µs per indexed lookup,
  // measured). Only safe integers get here; others are paged in JavaScript.
  const limit = options.limit ?? -1;
  const offset = options.offset ?? 0;
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(offset)) throw new TypeError("limit and offset must be safe integers here");
  return { sql: `SELECT ${columns} ${from.sql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, params: from.params };
}

const isSafeCount = (value: number | undefined) => value === undefined || (Number.isSafeInteger(value) && value >= 0);

/** How many list shapes keep their statement (the rest are translated each time). */
const PLAIN_LISTS_KEPT = 256;

/**
 * The shape of an unpaged list whose `where` holds only strings (none that
 * `translateFilter` treats apart: text that could be a JSON literal) and
 * finite numbers: its key, and the values to bind in the filter's order.
 * Lists of one shape have the same SQL; `translateFilter` binds each such
 * value as it is (`field = ?`). Undefined for any other list.
 */
function plainListShape(collection: string, options: ListOptions<Document>): { key: string; values: unknown[] } | undefined {
  if (options.limit !== undefined || (options.offset !== undefined && options.offset !== 0)) return undefined;
  const shape: unknown[] = [collection, options.orderBy ?? null, options.direction === "desc" ? "desc" : "asc"];
  const values: unknown[] = [];
  const where = options.where as Record<string, unknown> | undefined;
  if (where !== undefined) {
    if (typeof where !== "object" || where === null) return undefined;
    for (const field of Object.keys(where)) {
      const value = where[field];
      if (typeof value === "number") {
        if (!Number.isFinite(value)) return undefined;
        shape.push(field, "n");
      } else if (typeof value === "string") {
        // See translateFilter: such text is compared in JavaScript.
        if (looksLikeJsonText(value) || !isWellFormedText(value)) return undefined;
        shape.push(field, "s");
      } else {
        return undefined;
      }
      values.push(value);
    }
  }
  return { key: JSON.stringify(shape), values };
}

/**
 * The statement that reads the audit rows of `query` ("rows": the entries,
 * or with a subject those the subject index finds for it), or, with a
 * subject, the rows whose subject SQLite cannot read ("unknown subject",
 * normally none), which may be about it too. Each is a search of an index
 * — the primary key (organisation_id, seq), or `audit_entries_subject` — in
 * the order asked for, so that neither scans the log nor sorts it.
 *
 * Not exported from the package; {@link SqliteTables.explainAuditEntries} shows the plans.
 */
function auditRowsQuery(organisationId: string, query: AuditListQuery, which: "rows" | "unknown subject"): { readonly sql: string; readonly params: unknown[] } {
  let sql = "SELECT seq, entry FROM audit_entries WHERE organisation_id = ?";
  const params: unknown[] = [organisationId];
  if (query.subject !== undefined) {
    if (which === "rows") {
      sql += ` AND ${AUDIT_SUBJECT_KEY} = json_array(?, ?)`;
      params.push(query.subject.type, query.subject.id);
    } else {
      sql += ` AND ${AUDIT_SUBJECT_KEY} IS NULL`;
    }
  }
  if (query.fromSeq > 1) sql += " AND seq >= ?", params.push(query.fromSeq);
  if (query.beforeSeq !== undefined) sql += " AND seq < ?", params.push(query.beforeSeq);
  sql += query.order === "desc" ? " ORDER BY seq DESC" : " ORDER BY seq";
  // The unknown rows are merged with the found ones before the limit is taken.
  if (query.limit !== undefined && which === "rows") sql += " LIMIT ?", params.push(query.limit);
  return { sql, params };
}

/**
 * The statement that narrows a tenant's metric samples to at least those
 * `query` selects, in insertion order; core's `applyMetricQuery` then gives
 * the exact answer.
 */
function metricRowsQuery(organisationId: string, query: MetricQuery): { readonly sql: string; readonly params: unknown[] } {
  const parts = ["organisation_id = ?"];
  const params: unknown[] = [organisationId];
  if (query.channelId !== undefined) parts.push("channel_id = ?"), params.push(query.channelId);
  // NULL holds both the samples without a post and the few whose postId SQLite could not bind (kept in the JSON only):
  // the latter are dropped in JavaScript, as for every other column.
  if (query.postId === null) parts.push("post_id IS NULL");
  else if (query.postId !== undefined) parts.push("post_id = ?"), params.push(query.postId);
  const metrics = query.metric === undefined ? undefined : typeof query.metric === "string" ? [query.metric] : [...query.metric];
  if (metrics) parts.push(metrics.length === 0 ? "0" : `metric IN (${metrics.map(() => "?").join(", ")})`), params.push(...metrics);
  // Bounds with code units from 0xD800 on are checked in JavaScript only (byte order ≠ code-unit order).
  if (query.from !== undefined && !hasWideCodeUnit(query.from)) parts.push("at >= ?"), params.push(query.from);
  if (query.to !== undefined && !hasWideCodeUnit(query.to)) parts.push("at < ?"), params.push(query.to);
  return { sql: `SELECT sample FROM metric_samples WHERE ${parts.join(" AND ")} ORDER BY seq`, params };
}

/** Two lists of rows, each in `order` of seq, as one. */
function mergeBySeq(a: readonly Row[], b: readonly Row[], order: "asc" | "desc"): Row[] {
  const before = order === "desc" ? (x: Row, y: Row) => (x.seq as number) > (y.seq as number) : (x: Row, y: Row) => (x.seq as number) < (y.seq as number);
  const merged: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && before(a[i]!, b[j]!))) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

/**
 * The committed data of one database connection: every statement the store
 * runs. All synchronous, as better-sqlite3 is. Every method names the
 * organisation, and every statement filters by it.
 */
export class SqliteTables {
  readonly #db: Database;
  readonly #statements = new Map<string, Statement>();
  /**
   * The statements of unpaged lists whose filter holds only plain values, by
   * the filter's shape (see plainListShape): the engine lists a post's
   * deliveries, the sandbox a key's post, with the same SQL every time, and
   * translating the filter and looking its long SQL text up cost more than
   * the query (measured: about 40% of such a list's time in the publishing
   * benchmark).
   */
  readonly #plainLists = new Map<string, { readonly statement: Statement; readonly collectionParams: readonly string[] }>();

  constructor(db: Database) {
    this.#db = db;
    this.#applyOne = this.#makeApplyOne();
    // One commit: every condition checked against what is committed, inside the write lock.
    this.#applyAll = db.transaction((organisationId: string, ops: readonly WriteOp[], beforeWrites: (() => void) | undefined) => {
      beforeWrites?.();
      const conditions = this.conditions(organisationId);
      return ops.map((op) => this.#applyOne(organisationId, op, conditions));
    });
    this.#runInTransaction = db.transaction((work: () => unknown) => work());
    this.#dataVersion = db.prepare("PRAGMA data_version").pluck();
  }

  readonly #dataVersion: Statement;

  /**
   * SQLite's `data_version` of this connection: it changes whenever another
   * connection (another store on the file, another process) has committed
   * since it was last read, and never for this connection's own commits.
   * Inside {@link apply}'s transaction it counts every commit before it.
   */
  dataVersion(): number {
    return this.#dataVersion.get() as number;
  }

  #statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
    return statement;
  }

  #all(sql: string, params: readonly unknown[]): Row[] {
    return this.#statement(sql).all(...params) as Row[];
  }

  #get(sql: string, params: readonly unknown[]): Row | undefined {
    return this.#statement(sql).get(...params) as Row | undefined;
  }

  // --- organisations -------------------------------------------------------

  organisation(id: string): Organisation | undefined {
    const row = this.#get("SELECT document FROM organisations WHERE id = ?", [id]);
    return row && (JSON.parse(row.document as string) as Organisation);
  }

  organisations(): Organisation[] {
    const all = this.#all("SELECT document FROM organisations", []).map((row) => JSON.parse(row.document as string) as Organisation);
    // Sorted here: JavaScript's order of ids (UTF-16 code units) is not always SQLite's (UTF-8 bytes).
    return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  saveOrganisation(id: string, json: string): void {
    this.#notInTransaction();
    this.#statement("INSERT INTO organisations (id, document) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET document = excluded.document").run(id, json);
  }

  // --- entities ------------------------------------------------------------

  /** The stored JSON text and revision column of an entity, in one read. */
  entity(organisationId: string, collection: string, id: string): { json: string; revision: unknown } | undefined {
    // The statement called directly: the most frequent read, without an array of parameters to spread.
    const row = this.#statement("SELECT document, revision FROM entities WHERE organisation_id = ? AND collection = ? AND id = ?").get(organisationId, collection, id) as Row | undefined;
    return row && { json: row.document as string, revision: row.revision ?? undefined };
  }

  #from(organisationId: string, collection: string, filter: TranslatedFilter): { sql: string; params: unknown[] } {
    const inCollection = collectionCondition(collection);
    return {
      sql: `FROM entities WHERE organisation_id = ? AND ${inCollection.sql}${filter.sql}`,
      params: [organisationId, ...inCollection.params, ...filter.params],
    };
  }

  /**
   * Core's `applyListOptions` over the committed entities. SQLite filters,
   * sorts and pages when it gives exactly core's answer; otherwise SQLite
   * narrows the rows by what it can decide and JavaScript does the rest:
   * when a condition is left to JavaScript (see translateFilter), when
   * `limit`/`offset` are not non-negative integers (core pages with `slice`),
   * when the sort field cannot be addressed in SQL, and when a row of the
   * collection has text from code unit 0xD800 on in the sort field or its id
   * (SQLite would order such texts by UTF-8 bytes, core by UTF-16 units).
   */
  list(organisationId: string, collection: string, options: ListOptions<Document> = {}, texts?: DocumentTexts): Document[] {
    const plain = plainListShape(collection, options);
    const known = plain && this.#plainLists.get(plain.key);
    if (known) return this.#unpaged(known.statement.all(organisationId, ...known.collectionParams, ...plain.values) as Row[], options, texts);
    const filter = translateFilter(options.where);
    const from = this.#from(organisationId, collection, filter);
    const sortPath = options.orderBy === undefined ? undefined : jsonPathLiteral(options.orderBy);
    const sortable = filter.exact && (options.orderBy === undefined || sortPath !== undefined);
    if (sortable && options.limit === undefined && (options.offset ?? 0) === 0) {
      // Every matching row, in one query (no snapshot needed).
      const query = sortedQuery(from, sortPath, { direction: options.direction }, "document, wide");
      if (plain && this.#plainLists.size < PLAIN_LISTS_KEPT) {
        this.#plainLists.set(plain.key, { statement: this.#statement(query.sql), collectionParams: collectionCondition(collection).params });
      }
      return this.#unpaged(this.#all(query.sql, query.params), options, texts);
    }
    if (!sortable || !isSafeCount(options.limit) || !isSafeCount(options.offset)) return this.#inJavaScript(from, options, texts);
    // Sorted and paged by SQLite, in one statement (so one consistent read)
    // that also says whether a row of the collection has wide text in the
    // sort field or its id: then SQLite's order may not be core's, and the
    // page is taken again in JavaScript. (An empty page is right either way.)
    const wide = this.#wideCondition(organisationId, collection, options.orderBy);
    const query = sortedQuery(from, sortPath, options, `document, EXISTS (SELECT 1 ${wide.sql}) AS wide_rows`);
    const rows = this.#all(query.sql, [...wide.params, ...query.params]);
    if (rows.length > 0 && rows[0]!.wide_rows === 1) return this.#inJavaScript(from, options, texts);
    return parseDocuments(rows, texts);
  }

  /**
   * The documents of an unpaged list, in SQLite's order, which is core's
   * unless a row has wide text (see #wideCondition); then the rows, all of
   * them here, are sorted again in JavaScript.
   */
  #unpaged(rows: readonly Row[], options: ListOptions<Document>, texts: DocumentTexts | undefined): Document[] {
    const documents = parseDocuments(rows, texts);
    const wide = rows.some((row) => row.wide !== null);
    return wide ? applyListOptions(documents, { ...(options.orderBy === undefined ? {} : { orderBy: options.orderBy }), direction: options.direction ?? "asc" }) : documents;
  }

  /** Every candidate row read, and core's applyListOptions over them. */
  #inJavaScript(from: { sql: string; params: unknown[] }, options: ListOptions<Document>, texts: DocumentTexts | undefined): Document[] {
    const candidates = parseDocuments(this.#all(`SELECT document ${from.sql}`, from.params), texts);
    return applyListOptions(candidates, options);
  }

  /** @internal For tests: SQLite's plan for a list answered in SQL (`EXPLAIN QUERY PLAN`), one line per step. */
  explainList(organisationId: string, collection: string, options: ListOptions<Document>): string[] {
    const from = this.#from(organisationId, collection, translateFilter(options.where));
    const query = sortedQuery(from, options.orderBy === undefined ? undefined : jsonPathLiteral(options.orderBy), options);
    return this.#all(`EXPLAIN QUERY PLAN ${query.sql}`, query.params).map((row) => String(row.detail));
  }

  /** The entities that may match `where` (all that do, perhaps more), for a transaction to merge with its own writes. */
  candidates(organisationId: string, collection: string, where: object | undefined, texts?: DocumentTexts): Document[] {
    const from = this.#from(organisationId, collection, translateFilter(where));
    return parseDocuments(this.#all(`SELECT document ${from.sql}`, from.params), texts);
  }

  /** Core's `matchesFilter` counted over the committed entities. */
  count(organisationId: string, collection: string, where: object | undefined): number {
    const filter = translateFilter(where);
    const from = this.#from(organisationId, collection, filter);
    if (filter.exact) return this.#get(`SELECT count(*) AS n ${from.sql}`, from.params)!.n as number;
    let n = 0;
    for (const row of this.#all(`SELECT document ${from.sql}`, from.params)) {
      if (matchesFilter(JSON.parse(row.document as string) as Document, where as never)) n++;
    }
    return n;
  }

  /**
   * `FROM ... WHERE` the rows of the collection that have wide text in the
   * id or in `field`. Served by the partial index entities_wide: it holds
   * only the rare wide rows. The collection as a literal, like every other
   * query: a bound one keeps SQLite from using the partial index (17 µs
   * against 2 µs, measured).
   */
  #wideCondition(organisationId: string, collection: string, field: string | undefined): { sql: string; params: unknown[] } {
    const inCollection = collectionCondition(collection);
    return {
      sql: `FROM entities WHERE organisation_id = ? AND ${inCollection.sql} AND wide IS NOT NULL AND (instr(wide, '"id"') > 0 OR instr(wide, ?) > 0)`,
      params: [organisationId, ...inCollection.params, JSON.stringify(field ?? "id")],
    };
  }

  // --- audit ---------------------------------------------------------------

  /**
   * The last entry's seq and hash (from their columns) and its `at` (from
   * its JSON, left out when that cannot be read: the head must still be
   * readable when its row is damaged, so that verify can report it).
   */
  auditHead(organisationId: string): AuditHead | undefined {
    const row = this.#get(
      "SELECT seq, hash, CASE WHEN json_valid(entry) THEN json_extract(entry, '$.at') END AS at FROM audit_entries WHERE organisation_id = ? ORDER BY seq DESC LIMIT 1",
      [organisationId],
    );
    if (!row) return undefined;
    return typeof row.at === "string" ? { seq: row.seq as number, hash: row.hash as string, at: row.at } : { seq: row.seq as number, hash: row.hash as string };
  }

  /**
   * The entries `query` selects, in its order (see core's
   * `AuditListOptions`). A row that cannot be read as an entry throws core's
   * `CORE_AUDIT_UNREADABLE` naming its seq when the answer reaches it; with a
   * subject, rows whose subject SQLite cannot read (see
   * {@link AUDIT_SUBJECT_KEY}) are candidates too, so a damaged row is never
   * silently missing from a subject's history.
   */
  auditEntries(organisationId: string, query: AuditListQuery): AuditEntry[] {
    if (query.limit === 0) return [];
    const read = (row: Row) => readStoredAuditEntry(String(row.entry), organisationId, row.seq);
    const { subject } = query;
    const rows = auditRowsQuery(organisationId, query, "rows");
    if (subject === undefined) return this.#all(rows.sql, rows.params).map(read);
    const found = this.#all(rows.sql, rows.params);
    const unknown = auditRowsQuery(organisationId, query, "unknown subject");
    const damaged = this.#all(unknown.sql, unknown.params);
    // The key compares UTF-8 bytes; JavaScript has the last word on equality.
    if (damaged.length === 0) return found.map(read).filter((entry) => isAboutSubject(entry, subject));
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    const entries: AuditEntry[] = [];
    for (const row of mergeBySeq(found, damaged, query.order)) {
      if (entries.length >= limit) break;
      const entry = read(row);
      if (isAboutSubject(entry, subject)) entries.push(entry);
    }
    return entries;
  }

  /**
   * @internal For tests: SQLite's plan (`EXPLAIN QUERY PLAN`) of each
   * statement {@link auditEntries} runs for `query`, one line per step, by
   * statement ("rows", and with a subject "unknown subject").
   */
  explainAuditEntries(organisationId: string, query: AuditListQuery): Record<string, string[]> {
    const plans: Record<string, string[]> = {};
    for (const which of query.subject === undefined ? (["rows"] as const) : (["rows", "unknown subject"] as const)) {
      const statement = auditRowsQuery(organisationId, query, which);
      plans[which] = this.#all(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.params).map((row) => String(row.detail));
    }
    return plans;
  }

  // --- metrics -------------------------------------------------------------

  /**
   * @internal For tests: SQLite's plan (`EXPLAIN QUERY PLAN`) of the
   * statement {@link metrics} runs for `query`, one line per step.
   */
  explainMetrics(organisationId: string, query: MetricQuery = {}): string[] {
    const statement = metricRowsQuery(organisationId, query);
    return this.#all(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.params).map((row) => String(row.detail));
  }

  /** Core's metric query; `extra` are a transaction's own samples, after the stored ones. */
  metrics(organisationId: string, query: MetricQuery = {}, extra: readonly MetricSample[] = []): MetricSample[] {
    const statement = metricRowsQuery(organisationId, query);
    const stored = this.#all(statement.sql, statement.params).map((row) => JSON.parse(row.sample as string) as MetricSample);
    // Stored rows are already filtered by SQL; core's query again in JavaScript
    // is for `from`/`to` left out above and for a transaction's own samples,
    // and orders by time in JavaScript's order (ties in insertion order).
    return applyMetricQuery([...stored, ...extra], query);
  }

  // --- writes --------------------------------------------------------------

  /**
   * Applies writes in ONE `BEGIN IMMEDIATE` transaction: it takes the
   * database's write lock first (waiting up to `busy_timeout` for another
   * connection), then checks every condition against what is committed and
   * writes. Any failed condition throws `CORE_CONFLICT` and rolls back all of
   * it, so two connections racing for the same revision get one winner.
   * Returns, per op, whether a deleted entity existed.
   *
   * `beforeWrites` runs first inside that transaction (a transaction's check
   * of what it read); what it throws rolls everything back. Without ops no
   * write lock is taken: a read transaction gives it one consistent snapshot.
   */
  apply(organisationId: string, ops: readonly WriteOp[], beforeWrites?: () => void): boolean[] {
    this.#notInTransaction();
    return ops.length === 0 ? this.#applyAll.deferred(organisationId, ops, beforeWrites) : this.#applyAll.immediate(organisationId, ops, beforeWrites);
  }

  /** Whether a {@link transaction} is running (its work is synchronous, so only that work itself can ask). */
  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }

  // A write that does not go through the running transaction's view (another
  // organisation's store, the organisations, another transaction) would
  // silently join it and be undone with it: refused, and reported by the
  // transaction, which is then rolled back.
  #refusedInside: CoreError | undefined;

  #notInTransaction(): void {
    if (!this.#db.inTransaction) return;
    const error = new CoreError(
      "CORE_INVALID_ARGUMENT",
      "A write was made through the store while a syncTransaction of the same store was running; make every write of the work through its `tx` (another organisation's data cannot join it). Nothing of the transaction was stored.",
    );
    this.#refusedInside ??= error;
    throw error;
  }

  /**
   * Runs `work` inside one database transaction: BEGIN IMMEDIATE (the write
   * lock first, waiting up to `busy_timeout`), COMMIT when it returns,
   * ROLLBACK when it throws. For a view that writes at once ({@link applyWithin}).
   */
  transaction<R>(work: () => R): R {
    this.#notInTransaction();
    this.#refusedInside = undefined;
    try {
      return this.#runInTransaction.immediate(() => {
        const result = work();
        if (this.#refusedInside) throw this.#refusedInside;
        return result;
      }) as R;
    } finally {
      this.#refusedInside = undefined;
    }
  }

  /**
   * The conditions of writes in one database transaction, read from the
   * database: the audit head is read once and then moved on by each entry
   * appended through {@link applyWithin}.
   */
  conditions(organisationId: string): OpenConditions {
    let head: AuditHead | undefined | null = null;
    return {
      current: (collection, id) => {
        const entity = this.entity(organisationId, collection, id);
        return { exists: entity !== undefined, revision: entity?.revision };
      },
      auditHead: () => (head === null ? (head = this.auditHead(organisationId)) : head),
      appended: (entry) => {
        head = { seq: entry.seq, hash: entry.hash, at: entry.at };
      },
    };
  }

  /**
   * Inside {@link transaction}: applies one write at once, its condition
   * checked in the statement that writes or against `conditions`. For a
   * delete, whether the entity existed.
   */
  applyWithin(organisationId: string, op: WriteOp, conditions: OpenConditions): boolean {
    if (!this.#db.inTransaction) throw new Error("applyWithin needs an open transaction");
    return this.#applyOne(organisationId, op, conditions);
  }

  // Made once: better-sqlite3's transaction() wrapper costs more to build than a small write takes.
  readonly #applyAll: Transaction<(organisationId: string, ops: readonly WriteOp[], beforeWrites: (() => void) | undefined) => boolean[]>;
  readonly #runInTransaction: Transaction<(work: () => unknown) => unknown>;
  readonly #applyOne: (organisationId: string, op: WriteOp, conditions: OpenConditions) => boolean;

  #makeApplyOne() {
    const statement = (sql: string) => () => this.#statement(sql);
    // `wide` is assigned only when it changes: SQLite rewrites an index
    // whenever a column of it is assigned, even to the same value, and the
    // partial index on `wide` would then cost every save a page write. The
    // writes below therefore change a row only while its `wide` stays (NULL
    // for nearly every row) and leave the rare change to `updateWide`. No
    // `RETURNING`: it made each write about twice as slow (measured: 12 µs
    // against 6 µs for an UPDATE).
    const upsert = statement(
      "INSERT INTO entities (organisation_id, collection, id, revision, document, wide) VALUES (?, ?, ?, ?, ?, ?) " +
        "ON CONFLICT (organisation_id, collection, id) DO UPDATE SET revision = excluded.revision, document = excluded.document WHERE wide IS excluded.wide",
    );
    // An insert and a save at an expected revision check their condition in
    // the statement that writes (one statement instead of a read and a write);
    // when it changed nothing, checkConditions below names the conflict.
    const insertNew = statement(
      "INSERT INTO entities (organisation_id, collection, id, revision, document, wide) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (organisation_id, collection, id) DO NOTHING",
    );
    const saveAtRevision = statement(
      "UPDATE entities SET revision = ?, document = ? WHERE organisation_id = ? AND collection = ? AND id = ? AND revision = ? AND wide IS ?",
    );
    const saveAtRevisionWithWide = statement(
      "UPDATE entities SET revision = ?, document = ?, wide = ? WHERE organisation_id = ? AND collection = ? AND id = ? AND revision = ?",
    );
    const updateWide = statement("UPDATE entities SET revision = ?, document = ?, wide = ? WHERE organisation_id = ? AND collection = ? AND id = ?");
    const remove = statement("DELETE FROM entities WHERE organisation_id = ? AND collection = ? AND id = ?");
    const appendAudit = statement("INSERT INTO audit_entries (organisation_id, seq, hash, prev_hash, entry) VALUES (?, ?, ?, ?, ?)");
    const appendSample = statement("INSERT INTO metric_samples (organisation_id, channel_id, post_id, metric, at, sample) VALUES (?, ?, ?, ?, ?, ?)");
    return (organisationId: string, op: WriteOp, conditions: OpenConditions): boolean => {
      switch (op.kind) {
        case "put": {
          const d = op.document;
          if (op.mode === "insert") {
            if (insertNew().run(organisationId, op.collection, d.id, d.revision, d.json, d.wide).changes === 0) checkConditions(op, conditions);
          } else if (op.expectedRevision !== undefined) {
            // Changed nothing: either `wide` changes with this save, or the revision moved on.
            if (
              saveAtRevision().run(d.revision, d.json, organisationId, op.collection, d.id, op.expectedRevision, d.wide).changes === 0 &&
              saveAtRevisionWithWide().run(d.revision, d.json, d.wide, organisationId, op.collection, d.id, op.expectedRevision).changes === 0
            ) {
              checkConditions(op, conditions);
              throw new Error(`${op.collection} "${d.id}" was not saved although its revision is ${op.expectedRevision}.`);
            }
          } else {
            // Changed nothing: the row exists and its `wide` changes with this save.
            if (upsert().run(organisationId, op.collection, d.id, d.revision, d.json, d.wide).changes === 0) {
              updateWide().run(d.revision, d.json, d.wide, organisationId, op.collection, d.id);
            }
          }
          return true;
        }
        case "delete":
          return remove().run(organisationId, op.collection, op.id).changes > 0;
        case "audit":
          checkConditions(op, conditions);
          appendAudit().run(organisationId, op.entry.seq, op.entry.hash, op.entry.prevHash, op.json);
          conditions.appended(op.entry);
          return true;
        case "metrics":
          for (const s of op.samples) appendSample().run(organisationId, sqlValue(s.channelId), sqlValue(s.postId), sqlValue(s.metric), sqlValue(s.at), s.json);
          return true;
      }
    };
  }
}

/** A value for a query column; anything SQLite cannot bind is kept in the JSON only. */
function sqlValue(value: unknown): string | number | null {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) ? value : null;
}
