import { createAuditEntry, KommuneError, validateAuditListOptions, type AuditEntry, type AuditListOptions, type AuditSubject } from "@kommune-sm/core";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-database.js";
import { SqliteTables } from "./sqlite-tables.js";
import { openRawDatabase, TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const organisationId = "musterstadt";
const start = Date.parse("2026-05-01T08:00:00Z");
const post = (id: string): AuditSubject => ({ type: "post", id });

/** Entries about `subjects`, chained from the start of a log. */
function entriesAbout(subjects: readonly AuditSubject[], organisation = organisationId): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const subject of subjects) {
    const head = entries.at(-1);
    entries.push(createAuditEntry(head, organisation, { actor: { kind: "member", id: "anna" }, action: "post.approved", subject }, start + entries.length * 60_000));
  }
  return entries;
}

/** A closed store file whose log holds entries about `subjects`. */
async function fileWith(subjects: readonly AuditSubject[]): Promise<string> {
  const file = temp.file();
  const store = createSqliteStore({ file });
  for (const entry of entriesAbout(subjects)) await store.tenant(organisationId).audit.append(entry);
  await store.close();
  return file;
}

/** What an attacker (or a failing disk) does to a row: the append-only triggers dropped, the row's JSON replaced. */
function damageRow(file: string, seq: number, json: string): void {
  const db = openRawDatabase(file);
  try {
    db.exec("DROP TRIGGER audit_entries_append_only_update; DROP TRIGGER audit_entries_append_only_delete;");
    db.prepare("UPDATE audit_entries SET entry = ? WHERE organisation_id = ? AND seq = ?").run(json, organisationId, seq);
  } finally {
    db.close();
  }
}

async function withAudit<R>(file: string, body: (audit: ReturnType<ReturnType<typeof createSqliteStore>["tenant"]>["audit"]) => Promise<R>): Promise<R> {
  const store = createSqliteStore({ file });
  try {
    return await body(store.tenant(organisationId).audit);
  } finally {
    await store.close();
  }
}

const seqs = (entries: readonly AuditEntry[]) => entries.map((entry) => entry.seq);
const unreadableAt = (seq: number) => (error: unknown) => KommuneError.isInstance(error, "CORE_AUDIT_UNREADABLE") && error.message.includes(`Audit entry ${seq} `);

describe("audit lists on SQLite: query plans", () => {
  // The shapes a cockpit asks for: the newest entries, a page further back,
  // a post's history either way round, from a seq on.
  const shapes: Record<string, AuditListOptions> = {
    "latest(20)": { order: "desc", limit: 20 },
    "a page backwards": { order: "desc", limit: 20, beforeSeq: 700 },
    "a page forwards": { fromSeq: 300, limit: 20 },
    "a window": { fromSeq: 300, beforeSeq: 400 },
    "forSubject": { subject: post("p-7") },
    "forSubject, newest 5": { subject: post("p-7"), order: "desc", limit: 5 },
    "forSubject, a page backwards": { subject: post("p-7"), order: "desc", limit: 5, beforeSeq: 500 },
    "forSubject, a window": { subject: post("p-7"), fromSeq: 100, beforeSeq: 600 },
  };

  async function plans(analysed: boolean): Promise<Record<string, Record<string, string[]>>> {
    // 1000 entries about 50 posts, and another organisation's log beside them.
    const file = temp.file();
    const store = createSqliteStore({ file, synchronous: "normal" });
    const subjects = Array.from({ length: 1000 }, (_, n) => post(`p-${n % 50}`));
    await store.tenant(organisationId).transaction(async (tx) => {
      for (const entry of entriesAbout(subjects)) await tx.audit.append(entry);
    });
    await store.tenant("beispielhausen").transaction(async (tx) => {
      for (const entry of entriesAbout(subjects.slice(0, 300), "beispielhausen")) await tx.audit.append(entry);
    });
    await store.close();
    const db = openDatabase({ file });
    try {
      if (analysed) db.exec("ANALYZE");
      const tables = new SqliteTables(db);
      return Object.fromEntries(Object.entries(shapes).map(([name, options]) => [name, tables.explainAuditEntries(organisationId, validateAuditListOptions(options))]));
    } finally {
      db.close();
    }
  }

  for (const analysed of [false, true]) {
    it(`answers every list from an index, in the order asked, without scanning or sorting the log${analysed ? " (after ANALYZE)" : ""}`, async () => {
      for (const [name, byStatement] of Object.entries(await plans(analysed))) {
        for (const [statement, plan] of Object.entries(byStatement)) {
          const text = plan.join("\n");
          const what = `${name}, ${statement}: ${text}`;
          expect(text, what).toMatch(/^SEARCH audit_entries USING /);
          expect(text, what).not.toMatch(/SCAN|TEMP B-TREE/);
          expect(text, what).toMatch(name.startsWith("forSubject") ? /USING INDEX audit_entries_subject \(organisation_id=\? AND <expr>=\?/ : /USING PRIMARY KEY \(organisation_id=\?/);
        }
      }
    });
  }
});

describe("audit lists on SQLite: the subject index", () => {
  it("is added to a file of schema 1 by migration 2, for the entries it already holds", async () => {
    const file = temp.file();
    const subjects = [post("p-1"), post("p-2"), { type: "reply", id: "p-1" }, post("p-1")];
    const old = openDatabase({ file }, MIGRATIONS.slice(0, 1));
    const insert = old.prepare("INSERT INTO audit_entries (organisation_id, seq, hash, prev_hash, entry) VALUES (?, ?, ?, ?, ?)");
    for (const entry of entriesAbout(subjects)) insert.run(organisationId, entry.seq, entry.hash, entry.prevHash, JSON.stringify(entry));
    expect(old.pragma("user_version", { simple: true })).toBe(1);
    old.close();

    await withAudit(file, async (audit) => {
      expect(seqs(await audit.list({ subject: post("p-1") }))).toEqual([1, 4]);
      expect(seqs(await audit.list({ subject: post("p-1"), order: "desc", limit: 1 }))).toEqual([4]);
      expect(seqs(await audit.list({ subject: { type: "reply", id: "p-1" } }))).toEqual([3]);
    });
    const db = openRawDatabase(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'audit_entries' AND sql IS NOT NULL").pluck().all()).toEqual(["audit_entries_subject"]);
    db.close();
  });

  it("indexes rows written by hand, around the store, like the store's own", async () => {
    const file = await fileWith([post("p-1")]);
    const [, second] = entriesAbout([post("p-1"), post("p-2")]);
    const db = openRawDatabase(file);
    db.prepare("INSERT INTO audit_entries (organisation_id, seq, hash, prev_hash, entry) VALUES (?, ?, ?, ?, ?)").run(organisationId, 2, second!.hash, second!.prevHash, JSON.stringify(second));
    db.close();
    await withAudit(file, async (audit) => expect(await audit.list({ subject: post("p-2") })).toEqual([second]));
  });
});

describe("audit lists on SQLite: a damaged row", () => {
  // seq:          1       2       3       4       5
  const subjects = [post("p-1"), post("p-2"), post("p-1"), post("p-2"), post("p-1")];

  it("that cannot be parsed is not left out of any list that reaches it, newest first or by subject", async () => {
    const file = await fileWith(subjects);
    damageRow(file, 3, '{"organisationId":"musterstadt","seq":3,');
    await withAudit(file, async (audit) => {
      await expect(audit.list({ order: "desc", limit: 3 })).rejects.toSatisfy(unreadableAt(3));
      expect(seqs(await audit.list({ order: "desc", limit: 2 }))).toEqual([5, 4]);
      expect(seqs(await audit.list({ order: "desc", beforeSeq: 3 }))).toEqual([2, 1]);
      // Its subject cannot be read, so it may be any post's entry.
      await expect(audit.list({ subject: post("p-1") })).rejects.toSatisfy(unreadableAt(3));
      await expect(audit.list({ subject: post("p-2") })).rejects.toSatisfy(unreadableAt(3));
      await expect(audit.list({ subject: post("p-404") })).rejects.toSatisfy(unreadableAt(3));
      expect(seqs(await audit.list({ subject: post("p-1"), order: "desc", limit: 1 }))).toEqual([5]);
      expect(seqs(await audit.list({ subject: post("p-2"), order: "desc", limit: 1 }))).toEqual([4]);
      expect(seqs(await audit.list({ subject: post("p-1"), fromSeq: 4 }))).toEqual([5]);
      expect(seqs(await audit.list({ subject: post("p-2"), beforeSeq: 3 }))).toEqual([2]);
    });
  });

  it("that still names its subject but is no entry is not left out of that subject's list, and does not stop another's", async () => {
    const file = await fileWith(subjects);
    damageRow(file, 3, '{"seq":3,"subject":{"type":"post","id":"p-1"}}');
    await withAudit(file, async (audit) => {
      await expect(audit.list({ subject: post("p-1") })).rejects.toSatisfy(unreadableAt(3));
      await expect(audit.list({ subject: post("p-1"), order: "desc", limit: 2 })).rejects.toSatisfy(unreadableAt(3));
      expect(seqs(await audit.list({ subject: post("p-1"), order: "desc", limit: 1 }))).toEqual([5]);
      expect(seqs(await audit.list({ subject: post("p-2") }))).toEqual([2, 4]);
    });
  });

  it("is found by a transaction's list too, under its own uncommitted entries", async () => {
    const file = await fileWith(subjects);
    damageRow(file, 3, "kaputt");
    const store = createSqliteStore({ file });
    try {
      const tenant = store.tenant(organisationId);
      const head = await tenant.audit.head();
      const sixth = createAuditEntry(head, organisationId, { actor: { kind: "member", id: "anna" }, action: "post.approved", subject: post("p-1") }, start + 3_600_000);
      const error = await tenant
        .transaction(async (tx) => {
          await tx.audit.append(sixth);
          expect(seqs(await tx.audit.list({ subject: post("p-1"), order: "desc", limit: 2 }))).toEqual([6, 5]);
          expect(seqs(await tx.audit.list({ order: "desc", limit: 3 }))).toEqual([6, 5, 4]);
          await tx.audit.list({ subject: post("p-1"), order: "desc", limit: 3 });
        })
        .catch((caught: unknown) => caught);
      expect(unreadableAt(3)(error), String(error)).toBe(true);
      expect((await tenant.audit.head())?.seq).toBe(5);
    } finally {
      await store.close();
    }
  });
});
