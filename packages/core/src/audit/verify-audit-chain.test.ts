import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { AuditEntry, AuditEntryInput, AuditHead } from "./audit-entry.js";
import { AUDIT_GENESIS_HASH } from "./audit-entry.js";
import { createAuditEntry } from "./create-audit-entry.js";
import { hashAuditEntry } from "./hash-audit-entry.js";
import { verifyAuditChain } from "./verify-audit-chain.js";

const organisationId = "musterstadt";
const start = Date.UTC(2026, 2, 29, 6, 0, 0);

const transitions: AuditEntryInput[] = [
  { actor: { kind: "member", id: "m-1", name: "Erika Mustermann" }, action: "post.created", subject: { type: "post", id: "p-1" }, to: "draft" },
  { actor: { kind: "member", id: "m-1", name: "Erika Mustermann" }, action: "post.submitted", subject: { type: "post", id: "p-1" }, from: "draft", to: "in-review" },
  { actor: { kind: "member", id: "m-2", name: "Max Muster" }, action: "post.rejected", subject: { type: "post", id: "p-1" }, from: "in-review", to: "draft", reason: "Bildbeschreibung fehlt." },
  { actor: { kind: "member", id: "m-1", name: "Erika Mustermann" }, action: "post.submitted", subject: { type: "post", id: "p-1" }, from: "draft", to: "in-review" },
  { actor: { kind: "member", id: "m-2", name: "Max Muster" }, action: "post.approved", subject: { type: "post", id: "p-1" }, from: "in-review", to: "approved" },
  { actor: { kind: "member", id: "m-3" }, action: "quiet-period.overridden", subject: { type: "post", id: "p-1" }, reason: "Unwetterwarnung", data: { quietPeriodId: "wahl-2026" } },
  { actor: { kind: "system", id: "scheduler" }, action: "post.scheduled", subject: { type: "post", id: "p-1" }, from: "approved", to: "scheduled", data: { channels: ["mastodon", "bluesky"] } },
];

/** Builds a chain from inputs, one minute apart, the way the log does. */
function buildChain(inputs: readonly AuditEntryInput[], organisation = organisationId): AuditEntry[] {
  const chain: AuditEntry[] = [];
  for (const input of inputs) {
    const last = chain[chain.length - 1];
    chain.push(createAuditEntry(last && { seq: last.seq, hash: last.hash }, organisation, input, start + chain.length * 60_000));
  }
  return chain;
}

const headOf = (chain: readonly AuditEntry[]): AuditHead => ({ seq: chain[chain.length - 1]!.seq, hash: chain[chain.length - 1]!.hash });
const copy = (chain: readonly AuditEntry[]): AuditEntry[] => structuredClone(chain as AuditEntry[]);
const rehash = (entry: AuditEntry): AuditEntry => ({ ...entry, hash: hashAuditEntry(entry) });

/** Rewrites entries from index `from` on, recomputing every hash and link: what someone with write access to the store could do. */
function rewriteFrom(chain: readonly AuditEntry[], from: number, change: (entry: AuditEntry) => AuditEntry): AuditEntry[] {
  const result = copy(chain.slice(0, from));
  for (const original of chain.slice(from)) {
    const previous = result[result.length - 1];
    const changed = result.length === from ? change(original) : original;
    result.push(rehash({ ...changed, prevHash: previous ? previous.hash : AUDIT_GENESIS_HASH }));
  }
  return result;
}

describe("verifyAuditChain", () => {
  const chain = buildChain(transitions);

  it("accepts an untouched chain and reports its length and head", () => {
    expect(verifyAuditChain(chain, { organisationId })).toEqual({ ok: true, entries: 7, head: headOf(chain) });
    expect(verifyAuditChain(chain, { expectedHead: headOf(chain) }).ok).toBe(true);
  });

  it("accepts an empty chain, which has no head", () => {
    expect(verifyAuditChain([])).toEqual({ ok: true, entries: 0 });
  });

  it.each([
    ["reason", (entry: AuditEntry) => ({ ...entry, reason: "Rechtschreibung" })],
    ["actor", (entry: AuditEntry) => ({ ...entry, actor: { ...entry.actor, id: "m-9" } })],
    ["actor name", (entry: AuditEntry) => ({ ...entry, actor: { kind: entry.actor.kind, id: entry.actor.id } })],
    ["at", (entry: AuditEntry) => ({ ...entry, at: "2026-03-29T05:59:00.000Z" })],
    ["to", (entry: AuditEntry) => ({ ...entry, to: "approved" })],
    ["action", (entry: AuditEntry) => ({ ...entry, action: "post.approved" })],
    ["hash", (entry: AuditEntry) => ({ ...entry, hash: "a".repeat(64) })],
  ])("finds a changed %s as a hash mismatch at that entry", (_field, change) => {
    const tampered = copy(chain);
    tampered[2] = change(tampered[2]!);
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "hash-mismatch", seq: 3, entries: 2 });
  });

  it("finds a change deep inside data", () => {
    const tampered = copy(chain);
    (tampered[6]!.data as { channels: string[] }).channels[1] = "threads";
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "hash-mismatch", seq: 7 });
  });

  it("finds a changed entry whose hash was recomputed: the next entry no longer links to it", () => {
    const tampered = copy(chain);
    tampered[2] = rehash({ ...tampered[2]!, reason: "Sieht gut aus." });
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "broken-link", seq: 4 });
  });

  it("finds a changed prevHash as a broken link", () => {
    const tampered = copy(chain);
    tampered[0] = rehash({ ...tampered[0]!, prevHash: "1".repeat(64) });
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "broken-link", seq: 1, entries: 0 });
  });

  it("finds an entry removed from the middle", () => {
    const tampered = copy(chain);
    tampered.splice(3, 1);
    const result = verifyAuditChain(tampered);
    expect(result).toMatchObject({ ok: false, problem: "sequence-gap", seq: 4, entries: 3 });
    expect(!result.ok && result.message).toContain("found seq 5");
  });

  it("finds a removed entry even after the seq numbers behind it were renumbered", () => {
    const tampered = copy(chain);
    tampered.splice(3, 1);
    for (let index = 3; index < tampered.length; index++) tampered[index] = rehash({ ...tampered[index]!, seq: index + 1 });
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "broken-link", seq: 4 });
  });

  it("finds swapped entries", () => {
    const tampered = copy(chain);
    [tampered[2], tampered[4]] = [tampered[4]!, tampered[2]!];
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "sequence-gap", seq: 3 });
  });

  it("finds an entry of another organisation, also when its hash was recomputed", () => {
    const tampered = copy(chain);
    tampered[1] = rehash({ ...tampered[1]!, organisationId: "beispielhausen" });
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "wrong-organisation", seq: 2 });
    expect(verifyAuditChain(chain, { organisationId: "beispielhausen" })).toMatchObject({ ok: false, problem: "wrong-organisation", seq: 1 });
  });

  it("does not find a cut-off tail on its own, but does against a head kept elsewhere", () => {
    const truncated = chain.slice(0, 5);
    expect(verifyAuditChain(truncated).ok).toBe(true);
    const result = verifyAuditChain(truncated, { expectedHead: headOf(chain) });
    expect(result).toMatchObject({ ok: false, problem: "head-mismatch", seq: 7, entries: 5 });
    expect(!result.ok && result.message).toContain("cut off");
    expect(verifyAuditChain([], { expectedHead: headOf(chain) })).toMatchObject({ ok: false, problem: "head-mismatch", seq: 7 });
  });

  it("finds a log rewritten from some entry on (all hashes recomputed) only against a head kept elsewhere", () => {
    const rewritten = rewriteFrom(chain, 2, (entry) => ({ ...entry, to: "approved", reason: "Passt." }));
    expect(verifyAuditChain(rewritten).ok).toBe(true);
    expect(verifyAuditChain(rewritten, { expectedHead: headOf(chain) })).toMatchObject({ ok: false, problem: "head-mismatch", seq: 7 });
    // A head recorded earlier, at entry 4, is found too: the rewrite started before it.
    expect(verifyAuditChain(rewritten, { expectedHead: { seq: 4, hash: chain[3]!.hash } })).toMatchObject({ ok: false, problem: "head-mismatch", seq: 4 });
  });

  it("accepts a log that grew after the expected head was recorded", () => {
    expect(verifyAuditChain(chain, { expectedHead: { seq: 3, hash: chain[2]!.hash } })).toEqual({ ok: true, entries: 7, head: headOf(chain) });
  });

  it("reports rather than throws for an entry that cannot even be hashed", () => {
    const tampered = copy(chain);
    tampered[1] = { ...tampered[1]!, reason: "\ud800" };
    tampered[2] = { ...tampered[2]!, actor: undefined } as unknown as AuditEntry;
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, problem: "hash-mismatch", seq: 2 });
    expect(verifyAuditChain([chain[0]!, null as unknown as AuditEntry])).toMatchObject({ ok: false, seq: 2, problem: "unreadable" });
    expect(verifyAuditChain([chain[0]!, { seq: 2 } as unknown as AuditEntry])).toMatchObject({ ok: false, seq: 2, problem: "unreadable" });
  });

  it("stops reading at the first problem", () => {
    let read = 0;
    function* entries() {
      for (const entry of [chain[0]!, chain[2]!, ...chain.slice(3)]) {
        read++;
        yield entry;
      }
    }
    expect(verifyAuditChain(entries())).toMatchObject({ ok: false, seq: 2 });
    expect(read).toBe(2);
  });

  it("throws for a malformed expected head, which is a programming error", () => {
    expect(() => verifyAuditChain(chain, { expectedHead: { seq: 0, hash: "x" } })).toThrow(
      expect.toSatisfy((error: unknown) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT")),
    );
  });
});

// ---------------------------------------------------------------------------
// Properties: any single modification of any chain is found.

const text = fc.string({ minLength: 1, maxLength: 12 });
const prose = text.filter((value) => /\S/.test(value));
const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,5})?$/);
const inputArbitrary: fc.Arbitrary<AuditEntryInput> = fc.record(
  {
    actor: fc.record({ kind: fc.constantFrom("member", "system", "plugin"), id: text, name: prose }, { requiredKeys: ["kind", "id"] }),
    action: fc.tuple(kebab, kebab).map(([noun, verb]) => `${noun}.${verb}`),
    subject: fc.record({ type: kebab, id: text }),
    from: kebab,
    to: kebab,
    reason: prose,
    data: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: ["actor", "action", "subject"] },
) as fc.Arbitrary<AuditEntryInput>;

const chainArbitrary = fc.array(inputArbitrary, { minLength: 1, maxLength: 30 }).map((inputs) => buildChain(inputs));

/** Every field of an entry, as a path, with a generator of replacement values (undefined removes the field). */
const fields: readonly { readonly path: readonly string[]; readonly value: fc.Arbitrary<unknown> }[] = [
  { path: ["organisationId"], value: text },
  { path: ["seq"], value: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constant("1")) },
  { path: ["at"], value: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  { path: ["prevHash"], value: fc.stringMatching(/^[0-9a-f]{64}$/) },
  { path: ["hash"], value: fc.stringMatching(/^[0-9a-f]{64}$/) },
  { path: ["actor", "kind"], value: fc.constantFrom("member", "system", "plugin") },
  { path: ["actor", "id"], value: text },
  { path: ["actor", "name"], value: fc.option(text, { nil: undefined }) },
  { path: ["action"], value: fc.oneof(text, fc.constant(undefined)) },
  { path: ["subject", "type"], value: text },
  { path: ["subject", "id"], value: text },
  { path: ["from"], value: fc.option(text, { nil: undefined }) },
  { path: ["to"], value: fc.option(text, { nil: undefined }) },
  { path: ["reason"], value: fc.option(text, { nil: undefined }) },
  { path: ["data"], value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) },
];

/** Compares as the hash sees values: RFC 8785 JSON, where -0 is 0 and an absent field is undefined. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b) && (a === undefined) === (b === undefined);

function getPath(entry: AuditEntry, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], entry);
}

function setPath(entry: AuditEntry, path: readonly string[], value: unknown): AuditEntry {
  const [key, ...rest] = path as [string, ...string[]];
  const updated: Record<string, unknown> = { ...entry };
  if (rest.length > 0) updated[key] = setPath(updated[key] as AuditEntry, rest, value);
  else if (value === undefined) delete updated[key];
  else updated[key] = value;
  return updated as unknown as AuditEntry;
}

type Modification =
  | { kind: "change"; index: number; field: number; value: unknown }
  | { kind: "delete"; index: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "duplicate"; index: number; at: number };

function modificationArbitrary(length: number): fc.Arbitrary<Modification> {
  const index = fc.nat({ max: length - 1 });
  const choices: fc.Arbitrary<Modification>[] = [
    fc.nat({ max: fields.length - 1 }).chain((field) =>
      fc.record({ kind: fc.constant("change" as const), index, field: fc.constant(field), value: fields[field]!.value }),
    ),
    fc.record({ kind: fc.constant("duplicate" as const), index, at: fc.nat({ max: length }) }),
  ];
  if (length >= 2) {
    choices.push(fc.record({ kind: fc.constant("delete" as const), index: fc.nat({ max: length - 2 }) }));
    choices.push(
      fc
        .tuple(index, index)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({ kind: "swap" as const, a, b })),
    );
  }
  return fc.oneof(...choices);
}

function apply(chain: readonly AuditEntry[], modification: Modification): AuditEntry[] {
  const result = copy(chain);
  switch (modification.kind) {
    case "change": {
      const { path } = fields[modification.field]!;
      result[modification.index] = setPath(result[modification.index]!, path, modification.value);
      break;
    }
    case "delete":
      result.splice(modification.index, 1);
      break;
    case "swap":
      [result[modification.a], result[modification.b]] = [result[modification.b]!, result[modification.a]!];
      break;
    case "duplicate":
      result.splice(modification.at, 0, structuredClone(result[modification.index]!));
      break;
  }
  return result;
}

describe("verifyAuditChain properties", () => {
  it("an unmodified chain always verifies, against its own head too", () => {
    fc.assert(
      fc.property(chainArbitrary, (chain) => {
        const result = verifyAuditChain(chain, { organisationId, expectedHead: headOf(chain) });
        expect(result).toEqual({ ok: true, entries: chain.length, head: headOf(chain) });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("any single change, deletion of a non-last entry, swap or duplication is found", () => {
    fc.assert(
      fc.property(
        chainArbitrary.chain((chain) => fc.tuple(fc.constant(chain), modificationArbitrary(chain.length))),
        ([chain, modification]) => {
          if (modification.kind === "change") {
            const before = getPath(chain[modification.index]!, fields[modification.field]!.path);
            fc.pre(!sameJson(before, modification.value));
          }
          const result = verifyAuditChain(apply(chain, modification));
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  it("a chain cut off anywhere is found against the head it had", () => {
    fc.assert(
      fc.property(
        chainArbitrary.filter((chain) => chain.length >= 2).chain((chain) => fc.tuple(fc.constant(chain), fc.nat({ max: chain.length - 1 }))),
        ([chain, keep]) => {
          const truncated = chain.slice(0, keep);
          expect(verifyAuditChain(truncated).ok).toBe(true);
          expect(verifyAuditChain(truncated, { expectedHead: headOf(chain) })).toMatchObject({ ok: false, problem: "head-mismatch" });
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
