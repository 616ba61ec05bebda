import { generateKeyPairSync, sign } from "node:crypto";
import fc from "fast-check";
import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { AuditAnchorRecord, AuditAnchorSink } from "./audit-anchor.js";
import { staticAuditAnchorKeys } from "./audit-anchor-keys.js";
import { auditAnchorSigningText } from "./audit-anchor-signature.js";
import { createAuditAnchor } from "./create-audit-anchor.js";
import { createMemoryAuditAnchorSink } from "./memory-audit-anchor-sink.js";

const organisationId = "musterstadt";
const hash = (c: string) => c.repeat(64);

function setup() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const sink = createMemoryAuditAnchorSink();
  const clock = new TestClock("2026-03-29T07:00:00Z");
  const anchor = createAuditAnchor({ sink, keys: staticAuditAnchorKeys({ keyId: "k1", privateKey }), clock });
  return { privateKey, publicKey, sink, clock, anchor };
}

describe("createAuditAnchor", () => {
  it("signs a head with Ed25519 over the documented canonical text, keeps it in the sink, and reads it back trusted", async () => {
    const { publicKey, sink, anchor } = setup();
    const record = await anchor.record(organisationId, { seq: 3, hash: hash("a") });
    expect(record).toMatchObject({ organisationId, seq: 3, hash: hash("a"), anchoredAt: "2026-03-29T07:00:00.000Z", keyId: "k1" });
    // The recipe an auditor follows with any Ed25519 implementation.
    const text = canonicalize({ anchoredAt: record.anchoredAt, hash: record.hash, keyId: "k1", organisationId, purpose: "kommune-sm/audit-anchor/v1", seq: 3 })!;
    expect(auditAnchorSigningText(record)).toBe(text);
    const { verify } = await import("node:crypto");
    expect(verify(null, Buffer.from(text), publicKey, Buffer.from(record.signature, "base64"))).toBe(true);
    expect(sink.records).toEqual([record]);
    expect(await anchor.read(organisationId)).toEqual({ trusted: [record], newest: record, problems: [] });
  });

  it("names the newest anchored head by seq", async () => {
    const { anchor, clock } = setup();
    await anchor.record(organisationId, { seq: 2, hash: hash("b") });
    await clock.advanceBy(1000);
    const newest = await anchor.record(organisationId, { seq: 9, hash: hash("c") });
    await anchor.record(organisationId, { seq: 5, hash: hash("d") });
    expect((await anchor.read(organisationId)).newest).toEqual(newest);
  });

  it("reports every record it cannot trust, with where it is, and never trusts it", async () => {
    const { anchor, sink, privateKey } = setup();
    const good = await anchor.record(organisationId, { seq: 4, hash: hash("a") });
    const stranger = generateKeyPairSync("ed25519").privateKey;
    const signedBy = (record: Omit<AuditAnchorRecord, "signature">, key = privateKey): AuditAnchorRecord => ({
      ...record,
      signature: sign(null, Buffer.from(auditAnchorSigningText(record)), key).toString("base64"),
    });
    sink.records.push(
      { ...good, seq: 40 }, // changed after signing
      signedBy({ ...good, seq: 41, keyId: "k1" }, stranger), // forged with another key under a known id
      signedBy({ ...good, seq: 42, keyId: "k-unknown" }), // a key the source does not know
      { ...good, hash: "nicht hex" }, // malformed
      "kaputt", // not a record at all
      { ...signedBy({ ...good, seq: 43 }), organisationId: undefined }, // names no organisation
    );
    const reading = await anchor.read(organisationId);
    expect(reading.trusted).toEqual([good]);
    expect(reading.newest).toEqual(good);
    expect(reading.problems.map((problem) => `${problem.where}: ${problem.kind}`)).toEqual([
      "record 2: bad-signature",
      "record 3: bad-signature",
      "record 4: unknown-key",
      "record 5: malformed",
      "record 6: malformed",
      "record 7: malformed",
    ]);
    expect(reading.problems[0]!.message).toMatch(/changed or forged; it is not trusted/);
  });

  it("reports a record of another organisation handed over by a sink, and a record moved to another organisation fails its signature", async () => {
    const { anchor, privateKey, clock } = setup();
    const foreign = await anchor.record("beispielhausen", { seq: 1, hash: hash("e") });
    const leaky: AuditAnchorSink = { kind: "leaky", append: async () => {}, read: async () => [{ where: "row 1", record: foreign }] };
    const reading = await createAuditAnchor({ sink: leaky, keys: staticAuditAnchorKeys({ keyId: "k1", privateKey }), clock }).read(organisationId);
    expect(reading).toMatchObject({ trusted: [], problems: [{ kind: "wrong-organisation", where: "row 1" }] });
    const moved: AuditAnchorSink = { kind: "moved", append: async () => {}, read: async () => [{ where: "row 1", record: { ...foreign, organisationId } }] };
    expect((await createAuditAnchor({ sink: moved, keys: staticAuditAnchorKeys({ keyId: "k1", privateKey }), clock }).read(organisationId)).problems).toMatchObject([
      { kind: "bad-signature" },
    ]);
  });

  it("reports an unreadable item and two trusted records that disagree about one entry", async () => {
    const { anchor, sink, privateKey } = setup();
    await anchor.record(organisationId, { seq: 2, hash: hash("a") });
    await anchor.record(organisationId, { seq: 2, hash: hash("b") });
    const reading = await createAuditAnchor({
      sink: { ...sink, read: async (id) => [...(await sink.read(id)), { where: "line 9", unreadable: "the line is not JSON" }] },
      keys: staticAuditAnchorKeys({ keyId: "k1", privateKey }),
    }).read(organisationId);
    expect(reading.problems.map((problem) => `${problem.where}: ${problem.kind}`)).toEqual(["line 9: unreadable", "memory, entry 2: conflicting"]);
    expect(reading.trusted).toHaveLength(2);
  });

  it("still trusts records of a retired key whose public key the source keeps", async () => {
    const { anchor, sink, publicKey } = setup();
    const old = await anchor.record(organisationId, { seq: 1, hash: hash("a") });
    const rotated = createAuditAnchor({ sink, keys: staticAuditAnchorKeys({ keyId: "k2", privateKey: generateKeyPairSync("ed25519").privateKey, retired: { k1: publicKey } }) });
    const fresh = await rotated.record(organisationId, { seq: 2, hash: hash("b") });
    expect(await rotated.read(organisationId)).toMatchObject({ trusted: [old, fresh], newest: fresh, problems: [] });
  });

  it("refuses keys that are no Ed25519 private keys, and heads that are none", async () => {
    const isInvalid = (error: unknown) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT");
    expect(() => staticAuditAnchorKeys({ keyId: "rsa", privateKey: generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey })).toThrow(/must be an Ed25519 private key/);
    expect(() => staticAuditAnchorKeys({ keyId: "pub", privateKey: generateKeyPairSync("ed25519").publicKey })).toThrow(/Ed25519 private key/);
    expect(() => staticAuditAnchorKeys({ keyId: "pem", privateKey: "-----BEGIN NONSENSE-----" })).toThrow(/cannot be read/);
    const { anchor } = setup();
    await expect(anchor.record(organisationId, { seq: 0, hash: hash("a") })).rejects.toSatisfy(isInvalid);
    await expect(anchor.record(organisationId, { seq: 1, hash: "x" })).rejects.toSatisfy(isInvalid);
  });

  it("accepts PEM keys", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const sink = createMemoryAuditAnchorSink();
    const record = await createAuditAnchor({ sink, keys: staticAuditAnchorKeys({ keyId: "pem", privateKey: pem }) }).record(organisationId, { seq: 1, hash: hash("a") });
    const keys = { signingKey: async () => ({ keyId: "pem", privateKey: pem }), verificationKey: async () => publicKey.export({ type: "spki", format: "pem" }).toString() };
    expect(await createAuditAnchor({ sink, keys }).read(organisationId)).toMatchObject({ trusted: [record], problems: [] });
  });

  it("trusts no record in which any field was changed after signing (property)", async () => {
    const { anchor, privateKey } = setup();
    const record = await anchor.record(organisationId, { seq: 7, hash: hash("a") });
    const unchanged = createMemoryAuditAnchorSink();
    unchanged.records.push(record);
    expect((await createAuditAnchor({ sink: unchanged, keys: staticAuditAnchorKeys({ keyId: "k1", privateKey }) }).read(organisationId)).trusted).toEqual([record]);
    const change = fc.oneof(
      fc.record({ field: fc.constant("seq" as const), value: fc.integer({ min: 1, max: 1000 }).filter((seq) => seq !== 7) }),
      fc.record({ field: fc.constant("hash" as const), value: fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }).filter((h) => h !== record.hash) }),
      fc.record({ field: fc.constant("anchoredAt" as const), value: fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms).toISOString()).filter((at) => at !== record.anchoredAt) }),
    );
    await fc.assert(
      fc.asyncProperty(change, async ({ field, value }) => {
        const sink = createMemoryAuditAnchorSink();
        sink.records.push({ ...record, [field]: value });
        const reading = await createAuditAnchor({ sink, keys: staticAuditAnchorKeys({ keyId: "k1", privateKey }) }).read(organisationId);
        expect(reading.trusted).toEqual([]);
        expect(reading.problems).toHaveLength(1);
      }),
      { numRuns: 50 },
    );
  });
});
