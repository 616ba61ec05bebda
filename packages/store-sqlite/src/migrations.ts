import type { Database } from "better-sqlite3";

/**
 * `PRAGMA application_id` of every kommune-sm database: "KSM1" in ASCII. It
 * tells a kommune-sm file from another application's SQLite file (`file(1)`
 * and the SQLite tools show it too).
 */
export const KOMMUNE_SM_APPLICATION_ID = 0x4b534d31;

/**
 * One step of the schema, applied in its own transaction together with
 * `PRAGMA user_version = version`.
 *
 * @internal Exported for the package's own tests.
 */
export interface Migration {
  /** 1, 2, 3, ... without gaps; the file's `user_version` after this step. */
  readonly version: number;
  /** What the step changes, for error messages. */
  readonly description: string;
  /** Changes the schema; runs inside the migration's transaction. */
  up(db: Database): void;
}

/**
 * What an audit row is about, computed by SQLite from its stored JSON: the
 * JSON array `["<subject.type>","<subject.id>"]`, or NULL when the row is not
 * JSON or its subject is not two strings (a damaged row). `json_array`
 * quotes both strings as JSON does, so no two subjects share a key.
 * Migration 2 indexes exactly this expression, and every query by subject
 * writes it verbatim, which is what lets SQLite answer the query from that
 * index.
 *
 * Part of a released migration: never change it. A different key needs a new
 * migration with a new index, and a new constant for it.
 *
 * @internal
 */
export const AUDIT_SUBJECT_KEY =
  "(CASE WHEN json_valid(entry) THEN (CASE WHEN json_type(entry, '$.subject.type') = 'text' AND json_type(entry, '$.subject.id') = 'text' " +
  "THEN json_array(json_extract(entry, '$.subject.type'), json_extract(entry, '$.subject.id')) END) END)";

/**
 * The schema, oldest step first. Never change a released step: add one.
 *
 * Entities of every collection (core's and those that plugins declare) are
 * JSON documents in one table, so a plugin needs no schema change of its own;
 * the revision has its own column for optimistic concurrency. The audit log
 * and metric samples are append-only tables with their query fields as
 * columns. Every table has `organisation_id`, and every query names it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "organisations, entities, audit entries and metric samples",
    up(db) {
      db.exec(`
        CREATE TABLE organisations (
          id TEXT NOT NULL PRIMARY KEY,
          document TEXT NOT NULL
        );

        CREATE TABLE entities (
          organisation_id TEXT NOT NULL,
          collection TEXT NOT NULL,
          id TEXT NOT NULL,
          revision INTEGER,
          document TEXT NOT NULL,
          -- JSON array of the top-level fields (and "id") whose text has UTF-16
          -- code units >= 0xD800; NULL for nearly every row. SQLite orders
          -- text by UTF-8 bytes, JavaScript by UTF-16 code units, and the two
          -- differ only there: such rows make a sorted list fall back to JS.
          wide TEXT,
          PRIMARY KEY (organisation_id, collection, id)
        );
        CREATE INDEX entities_wide ON entities (organisation_id, collection) WHERE wide IS NOT NULL;

        CREATE TABLE audit_entries (
          organisation_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          hash TEXT NOT NULL,
          prev_hash TEXT NOT NULL,
          entry TEXT NOT NULL,
          PRIMARY KEY (organisation_id, seq)
        ) WITHOUT ROWID;
        CREATE TRIGGER audit_entries_append_only_update BEFORE UPDATE ON audit_entries
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_entries_append_only_delete BEFORE DELETE ON audit_entries
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

        CREATE TABLE metric_samples (
          seq INTEGER PRIMARY KEY,
          organisation_id TEXT NOT NULL,
          channel_id TEXT,
          post_id TEXT,
          metric TEXT,
          at TEXT,
          sample TEXT NOT NULL
        );
        CREATE INDEX metric_samples_at ON metric_samples (organisation_id, at);
        CREATE INDEX metric_samples_channel ON metric_samples (organisation_id, channel_id, at);
        CREATE INDEX metric_samples_post ON metric_samples (organisation_id, post_id, at);
        CREATE INDEX metric_samples_metric ON metric_samples (organisation_id, metric, at);
        CREATE TRIGGER metric_samples_append_only BEFORE UPDATE ON metric_samples
          BEGIN SELECT RAISE(ABORT, 'metric samples are never changed'); END;
      `);
    },
  },
  {
    version: 2,
    description: "an index of audit entries by subject",
    up(db) {
      // An expression index rather than columns: the append-only table keeps
      // its rows as they are (no backfill through its triggers), and the
      // index follows whatever the row holds, also rows written by hand. The
      // newest entries need no index of their own: the primary key
      // (organisation_id, seq) is read backwards for them.
      db.exec(`CREATE INDEX audit_entries_subject ON audit_entries (organisation_id, ${AUDIT_SUBJECT_KEY}, seq);`);
    },
  },
  {
    version: 3,
    description: "an index of the channels' own metric samples",
    up(db) {
      // A query for a channel's own series (`postId: null`: followers, a
      // profile's impressions) looking back from an instant. Without it,
      // SQLite without statistics picks the (metric, at) index and walks the
      // metric's history of every post of every channel to find the few
      // rows without a post. Partial: only those rows are in it, so it stays
      // small and costs the posts' samples nothing when they are appended.
      db.exec("CREATE INDEX metric_samples_channel_own ON metric_samples (organisation_id, channel_id, metric, at) WHERE post_id IS NULL;");
    },
  },
];
