// The hand-written fast paths of the audit log against what they stand in for:
// plainAuditEntryInput against the zod schema, and the written-out JCS of
// hashAuditEntry against the canonicalize library. A difference would make
// entries unverifiable or let through what the schema refuses.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditEntry } from "./audit-entry.js";
import { auditEntryInputSchema, plainAuditEntryInput } from "./audit-entry-schema.js";
import { buildAuditEntry } from "./create-audit-entry.js";
import { auditEntryContent, hashAuditEntry } from "./hash-audit-entry.js";

// Texts near every rule: empty, blank, lone surrogates, emoji, ordinary words.
const text = fc.oneof(
  fc.constantFrom("", " ", "\t\n", "a", "Anna Schmidt", "post", "in-review", "\ud800", "x\udc00", "😀", "ä", "Ω≈ç"),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
// Mostly valid parts, so that whole inputs pass often enough to compare.
const goodText = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("a", "Anna Schmidt", "post", "in-review", "😀", "ä") }, { weight: 1, arbitrary: text });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const oddValue = fc.constantFrom<unknown>(undefined, null, 0, Number.NaN, true, [], new Date(0), () => 1, Symbol("s"), 10n);
const json = fc.oneof({ weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: oddValue }, {
  weight: 1,
  arbitrary: fc.dictionary(text, fc.oneof(fc.jsonValue({ maxDepth: 1 }), oddValue), { maxKeys: 3 }),
});
const withExtraKey = <T extends object>(arbitrary: fc.Arbitrary<T>) =>
  fc.tuple(arbitrary, fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("extra", "__proto__", "Name") })).map(([value, key]) =>
    key === undefined ? value : Object.defineProperty({ ...value }, key, { value: 1, enumerable: true }),
  );

const actor = withExtraKey(
  fc.record(
    { kind: fc.oneof({ weight: 6, arbitrary: fc.constantFrom("member", "system", "plugin") }, { weight: 1, arbitrary: fc.constantFrom<unknown>("robot", "", 1) }), id: goodText, name: maybe(goodText) },
    { requiredKeys: ["kind", "id"] },
  ),
);
const action = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("post.approved", "delivery.retry.scheduled", "quiet-period.overridden") },
  { weight: 2, arbitrary: fc.constantFrom("Post.approved", "post", "a..b", "a.b-", "") },
  { weight: 1, arbitrary: text },
);
const subject = withExtraKey(fc.record({ type: goodText, id: goodText }, { requiredKeys: [] }));
const input = fc.oneof(
  {
    weight: 12,
    arbitrary: withExtraKey(
      fc.record(
        {
          actor: fc.oneof({ weight: 8, arbitrary: actor }, { weight: 1, arbitrary: oddValue }),
          action: fc.oneof({ weight: 8, arbitrary: action }, { weight: 1, arbitrary: oddValue }),
          subject: fc.oneof({ weight: 8, arbitrary: subject }, { weight: 1, arbitrary: oddValue }),
          from: maybe(goodText),
          to: maybe(goodText),
          reason: maybe(goodText),
          data: maybe(json),
        },
        { requiredKeys: ["actor", "action", "subject"] },
      ),
    ),
  },
  { weight: 1, arbitrary: oddValue },
);

const head = { seq: 41, hash: "ab".repeat(32) };
const at = Date.UTC(2026, 10, 26, 12, 0, 0);

describe("plainAuditEntryInput", () => {
  it("accepts only what the schema accepts, and makes the same entry of it (property)", () => {
    let plain = 0;
    fc.assert(
      fc.property(input, (value) => {
        const fast = plainAuditEntryInput(value);
        if (fast === undefined) return;
        plain++;
        const parsed = auditEntryInputSchema("de").safeParse(value);
        expect(parsed.success).toBe(true);
        expect(buildAuditEntry(head, "musterstadt", fast, at)).toEqual(buildAuditEntry(head, "musterstadt", parsed.data!, at));
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: a fair share of the generated inputs took the fast path.
    expect(plain).toBeGreaterThan(100);
  });

  it("takes the fast path for what the workflow and the engine write", () => {
    expect(
      plainAuditEntryInput({
        actor: { kind: "system", id: "publishing-engine" },
        action: "delivery.succeeded",
        subject: { type: "delivery", id: "d-1" },
        from: "in-flight",
        to: "succeeded",
        data: { postId: "p-1", channelId: "c-1", attempts: 1, remoteId: "r-1" },
      }),
    ).toBeDefined();
    expect(plainAuditEntryInput({ actor: { kind: "member", id: "m-1", name: "Anna" }, action: "post.rejected", subject: { type: "post", id: "p-1" }, reason: "Bitte Quelle nennen" })).toBeDefined();
  });

  it("copies data, so that changing the caller's object later changes nothing", () => {
    const data = { list: [1, 2] };
    const fast = plainAuditEntryInput({ actor: { kind: "system", id: "x" }, action: "a.b", subject: { type: "t", id: "i" }, data })!;
    data.list.push(3);
    expect(fast.data).toEqual({ list: [1, 2] });
  });
});

describe("hashAuditEntry", () => {
  const reference = (entry: Omit<AuditEntry, "hash">) =>
    createHash("sha256").update(entry.prevHash, "utf8").update(canonicalize(auditEntryContent(entry))!, "utf8").digest("hex");

  it("hashes exactly the RFC 8785 form the canonicalize library makes (property)", () => {
    const entry = fc.record(
      {
        organisationId: text,
        seq: fc.oneof(fc.integer({ min: 1 }), fc.constantFrom(1, 2 ** 53 - 1)),
        at: fc.oneof(fc.constant("2026-11-26T12:00:00.000Z"), text),
        prevHash: fc.oneof(fc.constant("0".repeat(64)), text),
        actor: fc.record({ kind: fc.constantFrom("member", "system", "plugin"), id: text, name: maybe(text) }, { requiredKeys: ["kind", "id"] }),
        action: fc.oneof(action, text),
        subject: fc.record({ type: text, id: text }),
        from: maybe(text),
        to: maybe(text),
        reason: maybe(text),
        data: maybe(
          fc.oneof(
            fc.jsonValue({ maxDepth: 3 }),
            fc.dictionary(fc.string({ unit: "binary", maxLength: 3 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
            // Not plain: serialised through toJSON by the library, so never by the hand-written path.
            fc.date({ noInvalidDate: true }),
            // Flat, as the workflow and the engine write it: the hand-written path.
            fc.dictionary(fc.string({ unit: "binary", maxLength: 3 }), fc.oneof(fc.string({ unit: "binary", maxLength: 4 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 5 }),
            // Keys that objects order apart (array indexes) or hold apart (__proto__).
            fc.dictionary(fc.constantFrom("10", "9", "0", "01", "4294967295", "4294967294", "__proto__", "a", "B", "ä"), fc.oneof(fc.string({ maxLength: 2 }), fc.integer()), { maxKeys: 4 }),
          ),
        ),
      },
      { requiredKeys: ["organisationId", "seq", "at", "prevHash", "actor", "action", "subject"] },
    );
    fc.assert(
      fc.property(entry, (value) => {
        const unhashed = value as Omit<AuditEntry, "hash">;
        // Data JSON cannot hold (±Infinity, NaN) is refused by both alike.
        const outcome = (hash: () => string) => {
          try {
            return hash();
          } catch (error) {
            return `threw ${(error as Error).message}`;
          }
        };
        expect(outcome(() => hashAuditEntry(unhashed))).toBe(outcome(() => reference(unhashed)));
      }),
      { numRuns: 3000 },
    );
  });
});
