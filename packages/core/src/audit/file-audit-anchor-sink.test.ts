import { generateKeyPairSync } from "node:crypto";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import { staticAuditAnchorKeys } from "./audit-anchor-keys.js";
import { createAuditAnchor } from "./create-audit-anchor.js";
import { AUDIT_ANCHOR_FILE_HEADER, openFileAuditAnchorSink } from "./file-audit-anchor-sink.js";

const folders: string[] = [];
const file = (name = "anchors.jsonl") => {
  const folder = mkdtempSync(join(tmpdir(), "ksm-anchors-"));
  folders.push(folder);
  return join(folder, name);
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const keys = staticAuditAnchorKeys({ keyId: "k1", privateKey: generateKeyPairSync("ed25519").privateKey });
const hash = (c: string) => c.repeat(64);
const isInvalid = (error: unknown) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT");

describe("openFileAuditAnchorSink", () => {
  it("creates the file with its header and appends one canonical JSON line per record", async () => {
    const path = file();
    const sink = await openFileAuditAnchorSink({ file: path });
    expect(readFileSync(path, "utf8")).toBe(`${AUDIT_ANCHOR_FILE_HEADER}\n`);
    const anchor = createAuditAnchor({ sink, keys });
    const a = await anchor.record("musterstadt", { seq: 1, hash: hash("a") });
    const b = await anchor.record("beispielhausen", { seq: 3, hash: hash("b") });
    const lines = readFileSync(path, "utf8").split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(1, 3).map((line) => JSON.parse(line))).toEqual([a, b]);
    expect(sink.kind).toBe(`file:${path}`);
    // Each organisation reads its own; the file is shared.
    expect((await anchor.read("musterstadt")).trusted).toEqual([a]);
    expect((await anchor.read("beispielhausen")).trusted).toEqual([b]);
  });

  it("opens a file of its own again, and keeps what is in it", async () => {
    const path = file();
    const first = createAuditAnchor({ sink: await openFileAuditAnchorSink({ file: path }), keys });
    const record = await first.record("musterstadt", { seq: 2, hash: hash("c") });
    const again = createAuditAnchor({ sink: await openFileAuditAnchorSink({ file: path }), keys });
    expect((await again.read("musterstadt")).newest).toEqual(record);
  });

  it("refuses a file that is not its own and leaves it unchanged", async () => {
    const notes = file("notes.txt");
    writeFileSync(notes, "Einkaufsliste\nMilch\n");
    await expect(openFileAuditAnchorSink({ file: notes })).rejects.toSatisfy(isInvalid);
    await expect(openFileAuditAnchorSink({ file: notes })).rejects.toThrow(/is not an audit anchor file of kommune-sm.*left unchanged/);
    expect(readFileSync(notes, "utf8")).toBe("Einkaufsliste\nMilch\n");
    const database = file("ksm.db");
    writeFileSync(database, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(100)]));
    await expect(openFileAuditAnchorSink({ file: database })).rejects.toSatisfy(isInvalid);
    await expect(openFileAuditAnchorSink({ file: "" })).rejects.toSatisfy(isInvalid);
  });

  it("reports a line a crash left half written, and appends after it on a fresh line", async () => {
    const path = file();
    const anchor = createAuditAnchor({ sink: await openFileAuditAnchorSink({ file: path }), keys });
    const before = await anchor.record("musterstadt", { seq: 1, hash: hash("a") });
    appendFileSync(path, '{"organisationId":"musterstadt","seq":2,"ha');
    const after = await anchor.record("musterstadt", { seq: 3, hash: hash("d") });
    const reading = await anchor.read("musterstadt");
    expect(reading.trusted).toEqual([before, after]);
    expect(reading.problems).toMatchObject([{ kind: "unreadable", where: `line 3 of ${path}` }]);
  });

  it("fails to read a file whose header was replaced, so that the anchor reports it as unavailable", async () => {
    const path = file();
    const sink = await openFileAuditAnchorSink({ file: path });
    writeFileSync(path, "something else\n");
    await expect(sink.read("musterstadt")).rejects.toSatisfy(isInvalid);
  });

  it("takes over an empty file", async () => {
    const path = file();
    writeFileSync(path, "");
    await openFileAuditAnchorSink({ file: path });
    expect(readFileSync(path, "utf8")).toBe(`${AUDIT_ANCHOR_FILE_HEADER}\n`);
  });
});
