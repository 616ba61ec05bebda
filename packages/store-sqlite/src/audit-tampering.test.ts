import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import {
  AUDIT_GENESIS_HASH,
  createAuditAnchor,
  createKommune,
  hashAuditEntry,
  KommuneError,
  MUSTERSTADT_ORGANISATION,
  openFileAuditAnchorSink,
  silentLogger,
  staticAuditAnchorKeys,
  TestClock,
  type AuditAnchor,
  type AuditEntry,
  type Logger,
} from "@kommune-sm/core";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { openRawDatabase, TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const organisationId = MUSTERSTADT_ORGANISATION.id;
const keys = staticAuditAnchorKeys({ keyId: "anchor-2026", privateKey: generateKeyPairSync("ed25519").privateKey });

/** A SQLite file with a log of `entries` entries (the creation of the organisation among them), anchored or not. */
async function loggedFile(options: { readonly entries: number; readonly anchored: boolean }) {
  const folder = temp.folder();
  const file = join(folder, "ksm.db");
  const anchorFile = join(folder, "anchors.jsonl");
  const clock = new TestClock("2026-05-01T08:00:00Z");
  const auditAnchor = createAuditAnchor({ sink: await openFileAuditAnchorSink({ file: anchorFile }), keys, clock });
  const store = createSqliteStore({ file });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, clock, ...(options.anchored ? { auditAnchor } : {}) });
  for (let n = 2; n <= options.entries; n++) {
    await clock.advanceBy(60_000);
    await ksm.audit.append({ actor: { kind: "member", id: "anna" }, action: "post.approved", subject: { type: "post", id: `p-${n}` }, from: "in-review", to: "approved" });
  }
  await ksm.dispose(); // anchors the head when anchored
  await store.close();
  return { file, anchorFile, auditAnchor };
}

/** Opens the file again as the SDK would, verifies, and closes it. */
async function verify(file: string, auditAnchor?: AuditAnchor, logger: Logger = silentLogger) {
  const store = createSqliteStore({ file });
  try {
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, clock: new TestClock("2026-06-01T08:00:00Z"), logger, ...(auditAnchor ? { auditAnchor } : {}) });
    const result = await ksm.audit.verify();
    await ksm.dispose();
    return result;
  } finally {
    await store.close();
  }
}

/** What an attacker with write access to the file does: drops the append-only triggers and changes the rows. */
function tamper(file: string, change: (db: Database.Database, entries: AuditEntry[]) => void): void {
  const db = openRawDatabase(file);
  try {
    db.exec("DROP TRIGGER audit_entries_append_only_update; DROP TRIGGER audit_entries_append_only_delete;");
    const entries = db
      .prepare("SELECT entry FROM audit_entries WHERE organisation_id = ? ORDER BY seq")
      .all(organisationId)
      .map((row) => JSON.parse((row as { entry: string }).entry) as AuditEntry);
    db.transaction(() => change(db, entries))();
  } finally {
    db.close();
  }
}

/** Replaces the rows from position `from` (0-based) on with `entries`, each chained anew and hashed: the forger knows the recipe. */
function rewriteRows(db: Database.Database, kept: readonly AuditEntry[], replacement: readonly AuditEntry[]): void {
  db.prepare("DELETE FROM audit_entries WHERE organisation_id = ? AND seq > ?").run(organisationId, kept.length);
  let previous = kept[kept.length - 1];
  const insert = db.prepare("INSERT INTO audit_entries (organisation_id, seq, hash, prev_hash, entry) VALUES (?, ?, ?, ?, ?)");
  for (const entry of replacement) {
    const { hash: _old, ...rest } = { ...entry, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? AUDIT_GENESIS_HASH };
    const rechained: AuditEntry = { ...rest, hash: hashAuditEntry(rest) };
    insert.run(organisationId, rechained.seq, rechained.hash, rechained.prevHash, JSON.stringify(rechained));
    previous = rechained;
  }
}

const attacks: Record<string, (db: Database.Database, entries: AuditEntry[]) => void> = {
  "the tail cut off": (db) => void db.prepare("DELETE FROM audit_entries WHERE organisation_id = ? AND seq > 4").run(organisationId),
  "the log re-hashed from entry 3 on": (db, entries) => rewriteRows(db, entries.slice(0, 2), [{ ...entries[2]!, to: "draft", reason: "Abgelehnt." }, ...entries.slice(3)]),
  "a forged entry inserted at 3": (db, entries) =>
    rewriteRows(db, entries.slice(0, 2), [{ ...entries[2]!, action: "post.approved", subject: { type: "post", id: "p-fake" } }, ...entries.slice(2)]),
};

describe("an audit log in a SQLite file rewritten by someone with write access to the file", () => {
  for (const [what, attack] of Object.entries(attacks)) {
    it(`passes verify() without an anchor: ${what}`, async () => {
      const { file } = await loggedFile({ entries: 6, anchored: false });
      tamper(file, attack);
      expect(await verify(file)).toMatchObject({ ok: true });
    });

    it(`is found by verify() once an anchor lies past the change, and is never anchored: ${what}`, async () => {
      const { file, anchorFile, auditAnchor } = await loggedFile({ entries: 6, anchored: true });
      const anchoredBefore = readFileSync(anchorFile, "utf8");
      // Anchored by the timer while entries were appended, and on dispose.
      expect(JSON.parse(anchoredBefore.trim().split("\n").at(-1)!)).toMatchObject({ organisationId, seq: 6 });
      expect(await verify(file, auditAnchor)).toMatchObject({ ok: true, entries: 6, anchor: { newest: { seq: 6 }, problems: [] } });
      tamper(file, attack);
      const errors: string[] = [];
      const logger: Logger = { ...silentLogger, error: (message, fields) => void errors.push(`${message}: ${String(fields?.code)}`), child: () => logger };
      const result = await verify(file, auditAnchor, logger);
      expect(result).toMatchObject({ ok: false, problem: "head-mismatch", anchor: { newest: { seq: 6 } } });
      expect(!result.ok && result.message).toMatch(/(is not the one|was) anchored on 2026-05-01T08:0\d:00.000Z/);
      // The dispose after it tried to anchor the rewritten log, and refused.
      expect(errors).toEqual(["audit anchoring failed: CORE_AUDIT_CHAIN_BROKEN"]);
      expect(readFileSync(anchorFile, "utf8")).toBe(anchoredBefore);
    });
  }
});

describe("a SQLite file with a damaged audit row", () => {
  const damages: Record<string, string> = { "JSON that cannot be parsed": '{"organisationId":"musterstadt","seq":3,', "JSON that is not an entry": "[1,2,3]", "an entry without its hash": '{"seq":3}' };
  for (const [what, json] of Object.entries(damages)) {
    it(`reports ${what} as the problem unreadable at its seq, instead of throwing`, async () => {
      const { file } = await loggedFile({ entries: 5, anchored: false });
      tamper(file, (db) => void db.prepare("UPDATE audit_entries SET entry = ? WHERE organisation_id = ? AND seq = 3").run(json, organisationId));
      expect(await verify(file)).toMatchObject({ ok: false, problem: "unreadable", seq: 3, entries: 2, message: expect.stringMatching(/Entry 3 cannot be read: Audit entry 3 of organisation "musterstadt" cannot be read/) });
      const store = createSqliteStore({ file });
      try {
        const audit = store.tenant(organisationId).audit;
        await expect(audit.list()).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_AUDIT_UNREADABLE"));
        expect((await audit.list({ limit: 2 })).map((entry) => entry.seq)).toEqual([1, 2]);
        expect((await audit.head())?.seq).toBe(5);
      } finally {
        await store.close();
      }
    });
  }

  it("still reads the head when the last row is damaged, and verify reports it", async () => {
    const { file } = await loggedFile({ entries: 3, anchored: false });
    tamper(file, (db) => void db.prepare("UPDATE audit_entries SET entry = 'kaputt' WHERE organisation_id = ? AND seq = 3").run(organisationId));
    expect(await verify(file)).toMatchObject({ ok: false, problem: "unreadable", seq: 3 });
  });
});
