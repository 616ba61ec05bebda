import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { AuditChainVerifier, auditAnchorSigningText, auditEntryShapeProblem, auditEntryToJsonLine, type AuditAnchorRecord, type AuditEntry } from "@kommune-sm/core";
import { archiveManifestSigningText } from "./archive.js";
import {
  ARCHIVE_ENTITY_FILES,
  ARCHIVE_FILES,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  archiveHistoryItem,
  deliverySubjectType,
  type ArchiveCounts,
  type ArchiveEntityKind,
  type ArchiveFileEntry,
  type ArchiveManifest,
} from "./archive-format.js";
import { canonicalJson, LINE_GENESIS_HASH, lineHash, sha256Hex } from "./archive-json.js";
import { ReportingError } from "./reporting-error.js";

/** Options of {@link verifyArchive}. */
export interface VerifyArchiveOptions {
  /**
   * Ed25519 public keys the organisation trusts (SPKI PEM text or
   * `KeyObject`s), e.g. the public half of its audit-anchor key from its
   * vault. Given, the manifest must be signed and every signature (the
   * manifest's, each anchor's) must check out with one of them. Left out,
   * signatures are checked with the keys the manifest names, which proves
   * only that the archive is as its signer made it, not who the signer
   * was; the result says so in `warnings`.
   */
  readonly keys?: readonly (KeyObject | string)[];
}

/**
 * What is wrong with an archive:
 * - `missing-file`: a file of the archive is not there;
 * - `manifest`: `manifest.json` is not a manifest of this format, or was changed;
 * - `signature`: the manifest's signature does not check out (or is missing when keys were given);
 * - `anchor`: an anchor record is not of this organisation, names no entry of the archive, or its signature does not check out;
 * - `file`: a file's bytes do not match its SHA-256, size or line count in the manifest;
 * - `line`: a line is not valid UTF-8, not JSON, not written as the export writes it, out of place, or changed (its hash);
 * - `audit`: the audit log's chain is broken, or does not reach the head and anchors the manifest names;
 * - `history`: an entity's history disagrees with `audit.jsonl`, or an audit entry about an entity is in no line;
 * - `organisation`: a line holds something of another organisation.
 */
export type ArchiveProblem = "missing-file" | "manifest" | "signature" | "anchor" | "file" | "line" | "audit" | "history" | "organisation";

/** How a signature was checked: with a key the caller trusts, with a key only the archive names, or not at all. */
export type ArchiveKeyCheck = "trusted-key" | "archive-key" | "unchecked";

/** The outcome of {@link verifyArchive}. */
export type ArchiveVerification =
  | {
      /** Every check passed. */
      readonly ok: true;
      /** The archive's organisation. */
      readonly organisationId: string;
      /** The period archived. */
      readonly period: ArchiveManifest["period"];
      /** When it was made. */
      readonly exportedAt: string;
      /** What it holds. */
      readonly counts: ArchiveCounts;
      /** The audit log's part. */
      readonly audit: {
        /** Entries verified. */
        readonly entries: number;
        /** The entry they end in; absent when there are none. */
        readonly head?: {
          /** Its seq. */
          readonly seq: number;
          /** Its hash. */
          readonly hash: string;
        };
      };
      /** The anchor records. */
      readonly anchors: {
        /** How many were checked. */
        readonly count: number;
        /** Whether the audit head itself is among them. */
        readonly headAnchored: boolean;
        /** How their signatures were checked. */
        readonly checkedWith: ArchiveKeyCheck;
      };
      /** How the manifest's signature was checked; `unchecked` when it is not signed. */
      readonly signature: ArchiveKeyCheck;
      /** What passed but deserves a look (no anchor, no signature, signatures checked only against the archive's own keys, extra files). */
      readonly warnings: readonly string[];
    }
  | {
      /** A check failed: the archive was changed, cut or is incomplete. */
      readonly ok: false;
      /** What kind of damage it is. */
      readonly problem: ArchiveProblem;
      /** The file where it shows. */
      readonly file: string;
      /** The line (1-based) where it shows, for a line of a JSON-lines file. */
      readonly line?: number;
      /** The problem explained for people, in English, with the file and line. */
      readonly message: string;
      /** What was noticed before the failure. */
      readonly warnings: readonly string[];
    };

type Failure = Extract<ArchiveVerification, { ok: false }>;

class Stop {
  constructor(readonly failure: Failure) {}
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isHex = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** What keeps `value` from being a manifest this verifier reads, or undefined. */
function manifestProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "it is not a JSON object";
  if (value.format !== ARCHIVE_FORMAT) return `its format is ${JSON.stringify(value.format)}, not "${ARCHIVE_FORMAT}"`;
  if (value.version !== ARCHIVE_FORMAT_VERSION) return `its version is ${JSON.stringify(value.version)}; this verifier reads version ${ARCHIVE_FORMAT_VERSION}`;
  const wrong: string[] = [];
  const organisation = value.organisation;
  if (!isObject(organisation) || typeof organisation.id !== "string" || organisation.id === "") wrong.push("organisation");
  const period = value.period;
  if (!isObject(period) || typeof period.from !== "string" || typeof period.to !== "string") wrong.push("period");
  if (typeof value.exportedAt !== "string") wrong.push("exportedAt");
  const files = value.files;
  if (!Array.isArray(files) || !files.every((f) => isObject(f) && typeof f.path === "string" && isHex(f.sha256) && isCount(f.bytes) && (f.lines === undefined || isCount(f.lines)))) wrong.push("files");
  if (!isObject(value.counts)) wrong.push("counts");
  const audit = value.audit;
  if (
    !isObject(audit) ||
    !isCount(audit.entries) ||
    !Array.isArray(audit.anchors) ||
    (audit.entries > 0 && (!isObject(audit.first) || !isCount(audit.first.seq) || !isHex(audit.first.prevHash) || !isObject(audit.head) || !isCount(audit.head.seq) || !isHex(audit.head.hash)))
  ) {
    wrong.push("audit");
  }
  if (!isObject(value.keys) || !Object.values(value.keys).every((key) => typeof key === "string")) wrong.push("keys");
  if (!Array.isArray(value.warnings)) wrong.push("warnings");
  if (!isHex(value.manifestHash)) wrong.push("manifestHash");
  if (value.signature !== undefined && (!isObject(value.signature) || typeof value.signature.keyId !== "string" || typeof value.signature.value !== "string")) wrong.push("signature");
  return wrong.length === 0 ? undefined : `${wrong.join(", ")} ${wrong.length === 1 ? "is" : "are"} missing or of the wrong form`;
}

function publicKeyOf(key: KeyObject | string): KeyObject | undefined {
  try {
    const object = typeof key === "string" ? createPublicKey(key) : key.type === "private" ? createPublicKey(key) : key;
    return object.type === "public" && object.asymmetricKeyType === "ed25519" ? object : undefined;
  } catch {
    return undefined;
  }
}

function signatureValid(text: string, signature: string, key: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(text, "utf8"), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads `file` line by line while hashing its bytes, hands each line (the
 * text between line breaks, as UTF-8) to `onLine`, and returns the file's
 * SHA-256, size and lines. A problem of a line stops the reading.
 */
async function readLines(file: string, name: string, onLine: (text: string, line: number) => void): Promise<{ sha256: string; bytes: number; lines: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  let lines = 0;
  let rest: Buffer[] = [];
  const take = (piece: Buffer) => {
    const whole = rest.length === 0 ? piece : Buffer.concat([...rest, piece]);
    rest = [];
    lines += 1;
    let text: string;
    try {
      text = decoder.decode(whole);
    } catch {
      throw new Stop(lineFailure("line", name, lines, "the line is not valid UTF-8: it was changed"));
    }
    onLine(text, lines);
  };
  const stream = createReadStream(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      let start = 0;
      for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
        take(chunk.subarray(start, end));
        start = end + 1;
      }
      if (start < chunk.length) rest.push(chunk.subarray(start));
    }
  } finally {
    stream.destroy();
  }
  if (rest.length > 0) {
    throw new Stop(lineFailure("line", name, lines + 1, "the file ends in the middle of this line (no line break after it): it was cut off or appended to"));
  }
  return { sha256: hash.digest("hex"), bytes, lines };
}

function lineFailure(problem: ArchiveProblem, file: string, line: number, detail: string): Failure {
  return { ok: false, problem, file, line, message: `${file}, line ${line}: ${detail.replace(/\.$/, "")}.`, warnings: [] };
}

function fileFailure(problem: ArchiveProblem, file: string, detail: string): Failure {
  return { ok: false, problem, file, message: `${file}: ${detail.replace(/\.$/, "")}.`, warnings: [] };
}

function parseLine(text: string, file: string, line: number): Record<string, unknown> {
  if (text === "") throw new Stop(lineFailure("line", file, line, "the line is empty; the export writes no empty lines"));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Stop(lineFailure("line", file, line, `the line is not JSON (${error instanceof Error ? error.message : String(error)}): it was changed`));
  }
  if (!isObject(value)) throw new Stop(lineFailure("line", file, line, "the line is not a JSON object"));
  return value;
}

/** The audit entries the archive holds, by seq: a digest of each as a history item and what it is about. */
interface AuditIndex {
  readonly bySeq: Map<number, { readonly digest: string; readonly subject: string }>;
  /** Entries about posts, interactions and replies not yet found in a line's history. */
  readonly uncovered: Set<number>;
  readonly firstSeq: number;
}

const subjectKey = (type: string, id: string) => JSON.stringify([type, id]);
const digestOf = (item: unknown) => sha256Hex(canonicalJson(item)).slice(0, 32);

/**
 * Checks an archive written by `writeArchive`, offline: nothing but the
 * directory (and the keys, if given) is read.
 *
 * 1. `manifest.json`: its form, that it is laid out as written, its
 *    `manifestHash`, and its signature (see {@link VerifyArchiveOptions.keys}).
 * 2. The anchors: each of the organisation, within the archived entries,
 *    and signed (checked against the given keys, or the manifest's).
 * 3. `audit.jsonl`: every line an audit entry in canonical form, the chain
 *    checked with core's `AuditChainVerifier` from the manifest's `first`
 *    entry on; it must reach the manifest's head and hold every anchored head.
 * 4. `posts.jsonl`, `interactions.jsonl`, `replies.jsonl`: every line
 *    canonical JSON, numbered, linked to the line before and matching its
 *    hash; of the organisation; every history item equal to its entry in
 *    `audit.jsonl`; and every audit entry about a post, interaction or
 *    reply in the history of its line.
 * 5. Every file's SHA-256, size and line count against the manifest.
 *
 * The first problem is reported with its file and line. A directory that
 * is not there, or keys that are no Ed25519 public keys, throw
 * `REPORTING_INVALID_REQUEST`: those are the caller's mistakes, not the
 * archive's.
 *
 * @example
 * ```ts
 * const result = await verifyArchive("/srv/archiv/musterstadt-2026", { keys: [await readFile("anchor-2026.pub.pem", "utf8")] });
 * if (!result.ok) console.error(result.message); // "posts.jsonl, line 3: the line was changed after the export: …"
 * ```
 */
export async function verifyArchive(directory: string, options: VerifyArchiveOptions = {}): Promise<ArchiveVerification> {
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new ReportingError("REPORTING_INVALID_REQUEST", `${directory} is not a directory; give the directory an archive was written to.`);
  const trusted: KeyObject[] = [];
  for (const [index, key] of (options.keys ?? []).entries()) {
    const object = publicKeyOf(key);
    if (!object) throw new ReportingError("REPORTING_INVALID_REQUEST", `Key ${index + 1} of the keys to check with is no Ed25519 public key (SPKI PEM).`);
    trusted.push(object);
  }
  const warnings: string[] = [];
  try {
    const result = await check(directory, trusted, warnings);
    return result;
  } catch (error) {
    if (error instanceof Stop) return { ...error.failure, warnings };
    throw error;
  }
}

async function check(directory: string, trusted: readonly KeyObject[], warnings: string[]): Promise<ArchiveVerification> {
  // 1. The manifest.
  let raw: Buffer;
  try {
    raw = await readFile(join(directory, "manifest.json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Stop(fileFailure("missing-file", "manifest.json", "the file is missing; without it nothing can be checked (was the archive written completely?)"));
    throw error;
  }
  let text: string;
  let parsed: unknown;
  try {
    text = decoder.decode(raw);
    parsed = JSON.parse(text);
  } catch {
    throw new Stop(fileFailure("manifest", "manifest.json", "the file is not JSON in UTF-8: it was changed"));
  }
  const malformed = manifestProblem(parsed);
  if (malformed !== undefined) throw new Stop(fileFailure("manifest", "manifest.json", `not a manifest of an archive: ${malformed}`));
  const manifest = parsed as ArchiveManifest;
  if (`${canonicalJson(manifest, 2)}\n` !== text) throw new Stop(fileFailure("manifest", "manifest.json", "the file is not laid out as the export writes it (sorted keys, two spaces): it was changed"));
  const { manifestHash, signature, ...content } = manifest;
  if (sha256Hex(canonicalJson(content)) !== manifestHash) throw new Stop(fileFailure("manifest", "manifest.json", "the file was changed after the export: its content does not match its manifestHash"));
  const archiveKey = (keyId: string): KeyObject | undefined => {
    const pem = Object.hasOwn(manifest.keys, keyId) ? manifest.keys[keyId] : undefined;
    return pem === undefined ? undefined : publicKeyOf(pem);
  };
  /** Checks one signature: against the trusted keys if there are any, else against the archive's key of that id. */
  const checkSignature = (signed: string, value: string, keyId: string): ArchiveKeyCheck | "invalid" | "no-key" => {
    if (trusted.length > 0) return trusted.some((key) => signatureValid(signed, value, key)) ? "trusted-key" : "invalid";
    const key = archiveKey(keyId);
    if (!key) return "no-key";
    return signatureValid(signed, value, key) ? "archive-key" : "invalid";
  };
  let signatureCheck: ArchiveKeyCheck = "unchecked";
  if (signature === undefined) {
    if (trusted.length > 0) throw new Stop(fileFailure("signature", "manifest.json", "the manifest is not signed, but keys were given to check it with"));
    warnings.push("The manifest is not signed: a manifest rewritten together with the files it lists cannot be told.");
  } else {
    const outcome = checkSignature(archiveManifestSigningText({ ...content, manifestHash }, signature.keyId), signature.value, signature.keyId);
    if (outcome === "invalid") {
      throw new Stop(fileFailure("signature", "manifest.json", trusted.length > 0 ? "the signature does not check out with any of the keys given: the manifest was changed, or signed by another key" : `the signature does not check out with key "${signature.keyId}": the manifest was changed`));
    }
    // The export puts the signing key's public half into `keys`: one missing was taken out, or the key id changed.
    if (outcome === "no-key") throw new Stop(fileFailure("signature", "manifest.json", `the signature names key "${signature.keyId}", which manifest.json does not hold: the manifest was changed (give --key to check with the organisation's key)`));
    signatureCheck = outcome;
  }
  if (signatureCheck === "archive-key") warnings.push("Signatures were checked with the keys the archive names itself; check against the organisation's own public key (--key) to know who signed it.");

  const organisationId = manifest.organisation.id;
  const expected = ARCHIVE_FILES.filter((path) => path !== "manifest.json");
  const entries = new Map<string, ArchiveFileEntry>();
  for (const entry of manifest.files) {
    if (!(expected as readonly string[]).includes(entry.path) || entries.has(entry.path)) throw new Stop(fileFailure("manifest", "manifest.json", `it lists ${JSON.stringify(entry.path)}, which is no file of an archive or listed twice`));
    entries.set(entry.path, entry);
  }
  for (const path of expected) if (!entries.has(path)) throw new Stop(fileFailure("manifest", "manifest.json", `it does not list ${path}`));
  const present = new Set(await readdir(directory));
  for (const path of expected) if (!present.has(path)) throw new Stop(fileFailure("missing-file", path, "the file is missing"));
  for (const name of [...present].sort()) if (!(ARCHIVE_FILES as readonly string[]).includes(name)) warnings.push(`${name} is in the directory but no file of the archive; it was not checked.`);

  const compare = (path: string, found: { sha256: string; bytes: number; lines?: number }) => {
    const listed = entries.get(path)!;
    if (listed.lines !== undefined && found.lines !== listed.lines) {
      throw new Stop(fileFailure("file", path, `the file has ${found.lines} lines, but manifest.json says ${listed.lines}: lines were ${(found.lines ?? 0) < listed.lines ? "removed (or the file cut off)" : "added"}`));
    }
    if (found.bytes !== listed.bytes || found.sha256 !== listed.sha256) throw new Stop(fileFailure("file", path, `the file does not match its SHA-256 in manifest.json (${found.bytes} bytes, manifest says ${listed.bytes}): it was changed`));
  };

  // 2. The anchors.
  const audit = manifest.audit;
  const firstSeq = audit.first?.seq ?? 0;
  const headSeq = audit.head?.seq ?? 0;
  let anchorCheck: ArchiveKeyCheck = "unchecked";
  for (const [index, anchor] of (audit.anchors as readonly unknown[]).entries()) {
    const where = `anchor ${index + 1} in manifest.json`;
    if (!isObject(anchor) || typeof anchor.keyId !== "string" || typeof anchor.signature !== "string" || !isCount(anchor.seq) || !isHex(anchor.hash) || typeof anchor.anchoredAt !== "string") {
      throw new Stop(fileFailure("anchor", "manifest.json", `${where} is not an anchor record`));
    }
    const record = anchor as unknown as AuditAnchorRecord;
    if (record.organisationId !== organisationId) throw new Stop(fileFailure("anchor", "manifest.json", `${where} is of organisation "${String(record.organisationId)}", not "${organisationId}"`));
    if (record.seq < firstSeq || record.seq > headSeq) throw new Stop(fileFailure("anchor", "manifest.json", `${where} names entry ${record.seq}, which is not in audit.jsonl (entries ${firstSeq} to ${headSeq})`));
    const outcome = checkSignature(auditAnchorSigningText(record), record.signature, record.keyId);
    if (outcome === "invalid") throw new Stop(fileFailure("anchor", "manifest.json", `the signature of ${where} (entry ${record.seq}) does not check out${trusted.length > 0 ? " with any of the keys given" : ` with key "${record.keyId}"`}: it was changed or forged`));
    if (outcome === "no-key") warnings.push(`The signature of ${where} (entry ${record.seq}) could not be checked: no public key "${record.keyId}"; give the organisation's key.`);
    else if (anchorCheck !== "archive-key") anchorCheck = outcome;
  }
  const headAnchored = audit.head !== undefined && audit.anchors.some((anchor) => anchor.seq === audit.head!.seq && anchor.hash === audit.head!.hash);
  if (audit.entries > 0 && !headAnchored) warnings.push("The audit head of the archive is not anchored: entries rewritten with their hashes recomputed after the last anchor cannot be told.");

  // 3. The audit log.
  const index: AuditIndex = { bySeq: new Map(), uncovered: new Set(), firstSeq };
  const verifier = new AuditChainVerifier({
    organisationId,
    ...(audit.first ? { after: { seq: audit.first.seq - 1, hash: audit.first.prevHash } } : {}),
    heads: [
      ...(audit.head ? [{ seq: audit.head.seq, hash: audit.head.hash, recordedAs: "named as head in manifest.json" }] : []),
      ...audit.anchors.map((anchor) => ({ seq: anchor.seq, hash: anchor.hash, recordedAs: `anchored on ${anchor.anchoredAt}` })),
    ],
  });
  const lineOfSeq = (seq: number) => seq - firstSeq + 1;
  const auditFound = await readLines(join(directory, "audit.jsonl"), "audit.jsonl", (text, line) => {
    const value = parseLine(text, "audit.jsonl", line);
    const shape = auditEntryShapeProblem(value);
    if (shape !== undefined) throw new Stop(lineFailure("line", "audit.jsonl", line, `the line is not an audit entry: ${shape}`));
    const entry = value as unknown as AuditEntry;
    let canonical: string | undefined;
    try {
      canonical = auditEntryToJsonLine(entry);
    } catch {
      canonical = undefined;
    }
    if (canonical !== text) throw new Stop(lineFailure("line", "audit.jsonl", line, "the line is not written as the audit log's export writes it (canonical JSON of the entry's fields): it was changed"));
    const failure = verifier.push(entry);
    if (failure) throw new Stop(lineFailure("audit", "audit.jsonl", lineOfSeq(failure.seq), failure.message));
    const subject = subjectKey(entry.subject.type, entry.subject.id);
    index.bySeq.set(entry.seq, { digest: digestOf(archiveHistoryItem(entry)), subject });
    if (entry.subject.type === "post" || entry.subject.type === "interaction" || entry.subject.type === "reply") index.uncovered.add(entry.seq);
  });
  const verdict = verifier.finish();
  if (!verdict.ok) throw new Stop(lineFailure("audit", "audit.jsonl", lineOfSeq(verdict.seq), verdict.message));
  // The verifier counts from the start of the log; the archive holds the entries from `first` on.
  const verified = verdict.entries - (firstSeq > 0 ? firstSeq - 1 : 0);
  if (verified !== audit.entries) {
    // The chain holds every head named; a count that differs means lines beyond the head.
    throw new Stop(fileFailure("audit", "audit.jsonl", `the file holds ${verified} entries, but manifest.json says ${audit.entries}`));
  }
  compare("audit.jsonl", auditFound);

  // 4. The entity files.
  for (const kind of Object.keys(ARCHIVE_ENTITY_FILES) as ArchiveEntityKind[]) {
    const file = ARCHIVE_ENTITY_FILES[kind];
    const found = await checkEntityFile(join(directory, file), file, kind, organisationId, index);
    compare(file, found);
  }
  const [missed] = [...index.uncovered].sort((a, b) => a - b);
  if (missed !== undefined) {
    const subject = JSON.parse(index.bySeq.get(missed)!.subject) as [string, string];
    const file = ARCHIVE_ENTITY_FILES[subject[0] as ArchiveEntityKind];
    throw new Stop(
      lineFailure("history", "audit.jsonl", lineOfSeq(missed), `entry ${missed} is about ${subject[0]} "${subject[1]}", but no line of ${file} holds it in its history: a line was removed or its history shortened`),
    );
  }

  // 5. The index.
  const html = await readLines(join(directory, "index.html"), "index.html", () => undefined);
  compare("index.html", html);

  return {
    ok: true,
    organisationId,
    period: manifest.period,
    exportedAt: manifest.exportedAt,
    counts: manifest.counts,
    audit: { entries: verified, ...(verdict.head ? { head: verdict.head } : {}) },
    anchors: { count: audit.anchors.length, headAnchored, checkedWith: anchorCheck },
    signature: signatureCheck,
    warnings,
  };
}

async function checkEntityFile(path: string, file: string, kind: ArchiveEntityKind, organisationId: string, index: AuditIndex): Promise<{ sha256: string; bytes: number; lines: number }> {
  let lastHash = LINE_GENESIS_HASH;
  const ids = new Set<string>();
  return readLines(path, file, (text, line) => {
    const fail = (problem: ArchiveProblem, detail: string) => new Stop(lineFailure(problem, file, line, detail));
    const value = parseLine(text, file, line);
    if (canonicalJson(value) !== text) throw fail("line", "the line is not written as the export writes it (canonical JSON): it was changed");
    const { hash, ...body } = value;
    if (body.line !== line) {
      throw fail("line", `the line says it is line ${JSON.stringify(body.line)}: a line was removed, moved or duplicated before it`);
    }
    if (body.prevHash !== lastHash) throw fail("line", "the line does not link to the line before it (prevHash differs): a line was removed, moved or changed");
    if (typeof hash !== "string" || lineHash(lastHash, body) !== hash) throw fail("line", "the line was changed after the export: its content does not match its hash");
    lastHash = hash;
    if (body.kind !== kind) throw fail("line", `the line holds a ${JSON.stringify(body.kind)}, not a ${kind}`);
    const id = body.id;
    if (typeof id !== "string" || id === "") throw fail("line", "the line has no id");
    if (ids.has(id)) throw fail("line", `${kind} "${id}" is in the file twice`);
    ids.add(id);
    const entity = body[kind];
    if (body.inStore !== (entity !== undefined)) throw fail("line", `inStore says ${JSON.stringify(body.inStore)}, but the line ${entity === undefined ? "holds no" : "holds the"} ${kind}`);
    if (entity !== undefined) {
      if (!isObject(entity) || entity.id !== id) throw fail("line", `the ${kind} it holds is not ${kind} "${id}"`);
      if (entity.organisationId !== organisationId) throw fail("organisation", `${kind} "${id}" belongs to organisation "${String(entity.organisationId)}", not "${organisationId}"`);
    }
    checkHistory(body.history, kind, id, `the history of ${kind} "${id}"`, index, fail);
    if (kind !== "interaction") {
      for (const field of ["deliveries", "takedowns"] as const) {
        const list = body[field];
        if (!Array.isArray(list)) throw fail("line", `${field} is missing`);
        for (const delivery of list) {
          if (!isObject(delivery) || typeof delivery.id !== "string") throw fail("line", `an entry of ${field} is not a delivery`);
          if (delivery.organisationId !== organisationId) throw fail("organisation", `delivery "${delivery.id}" belongs to organisation "${String(delivery.organisationId)}", not "${organisationId}"`);
          checkHistory(delivery.history, deliverySubjectType(delivery.kind), delivery.id, `the history of delivery "${delivery.id}"`, index, fail);
        }
      }
    }
  });
}

function checkHistory(history: unknown, type: string, id: string, what: string, index: AuditIndex, fail: (problem: ArchiveProblem, detail: string) => Stop): void {
  if (!Array.isArray(history)) throw fail("line", `${what} is missing`);
  const subject = subjectKey(type, id);
  let previous = 0;
  for (const item of history) {
    const seq = isObject(item) ? item.seq : undefined;
    if (!isCount(seq) || seq <= previous) throw fail("history", `${what} is not a list of audit entries in ascending seq`);
    previous = seq;
    const known = index.bySeq.get(seq);
    if (!known) throw fail("history", `${what} names audit entry ${seq}, which is not in audit.jsonl`);
    if (known.subject !== subject) throw fail("history", `${what} names audit entry ${seq}, which is about something else`);
    if (digestOf(item) !== known.digest) throw fail("history", `${what} holds audit entry ${seq} differently from audit.jsonl (line ${seq - index.firstSeq + 1})`);
    if (type === "post" || type === "interaction" || type === "reply") index.uncovered.delete(seq);
  }
}
