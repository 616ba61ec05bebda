import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { AuditSubject } from "./audit-entry.js";
import { selectAuditEntries, validateAuditListOptions } from "./audit-list-options.js";
import { AUDIT_LIST_MAX_LIMIT, type AuditListOptions } from "./audit-repository.js";

describe("validateAuditListOptions", () => {
  it("fills in the defaults: the whole log, oldest first", () => {
    const whole = { fromSeq: 1, beforeSeq: undefined, limit: undefined, order: "asc", subject: undefined };
    expect(validateAuditListOptions(undefined)).toEqual(whole);
    expect(validateAuditListOptions({})).toEqual(whole);
    expect(validateAuditListOptions({ fromSeq: undefined, limit: undefined, order: undefined, subject: undefined })).toEqual(whole);
  });

  it("keeps a copy of the subject, so a caller who changes its object later changes nothing", () => {
    const subject = { type: "post", id: "p-1" };
    const query = validateAuditListOptions({ subject });
    subject.id = "p-2";
    expect(query.subject).toEqual({ type: "post", id: "p-1" });
  });

  it("either refuses any value with CORE_INVALID_ARGUMENT or returns a query within the bounds, never another error (property)", () => {
    const option = fc.oneof(fc.anything(), fc.integer({ min: -5, max: AUDIT_LIST_MAX_LIMIT + 5 }), fc.constantFrom("asc", "desc", Number.NaN, Number.POSITIVE_INFINITY, -0));
    const options = fc.oneof(
      fc.anything(),
      fc.record({ fromSeq: option, beforeSeq: option, limit: option, order: option, subject: fc.oneof(option, fc.record({ type: option, id: option })) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(options, (value) => {
        let query;
        try {
          query = validateAuditListOptions(value as AuditListOptions);
        } catch (error) {
          expect(KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT"), String(error)).toBe(true);
          expect((error as Error).message).toMatch(/^Audit list option (fromSeq|beforeSeq|limit|order|subject|subject\.type|subject\.id|options) must be/);
          return;
        }
        expect(Number.isSafeInteger(query.fromSeq) && query.fromSeq >= 1).toBe(true);
        expect(query.beforeSeq === undefined || (Number.isSafeInteger(query.beforeSeq) && query.beforeSeq >= 1)).toBe(true);
        expect(query.limit === undefined || (Number.isSafeInteger(query.limit) && query.limit >= 0 && query.limit <= AUDIT_LIST_MAX_LIMIT)).toBe(true);
        expect(["asc", "desc"]).toContain(query.order);
        if (query.subject) expect(typeof query.subject.type === "string" && query.subject.type !== "" && typeof query.subject.id === "string" && query.subject.id !== "").toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("selectAuditEntries", () => {
  const subjects: AuditSubject[] = [
    { type: "post", id: "a" },
    { type: "post", id: "b" },
    { type: "reply", id: "a" },
  ];

  it("answers like filtering, sorting and cutting, also over a part of a log with gaps in seq (property)", () => {
    const entries = fc
      .uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 30 })
      .chain((seqs) => fc.tuple(...[...seqs].sort((a, b) => a - b).map((seq) => fc.constantFrom(...subjects).map((subject) => ({ seq, subject })))));
    const options: fc.Arbitrary<AuditListOptions> = fc.record(
      {
        fromSeq: fc.integer({ min: 1, max: 65 }),
        beforeSeq: fc.integer({ min: 1, max: 65 }),
        limit: fc.integer({ min: 0, max: 35 }),
        order: fc.constantFrom("asc" as const, "desc" as const),
        subject: fc.constantFrom(...subjects),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(entries, options, (ascending, asked) => {
        const expected = ascending
          .filter((entry) => entry.seq >= (asked.fromSeq ?? 1) && entry.seq < (asked.beforeSeq ?? Number.POSITIVE_INFINITY))
          .filter((entry) => !asked.subject || (entry.subject.type === asked.subject.type && entry.subject.id === asked.subject.id))
          .sort((a, b) => (asked.order === "desc" ? b.seq - a.seq : a.seq - b.seq))
          .slice(0, asked.limit ?? ascending.length);
        expect(selectAuditEntries(ascending, validateAuditListOptions(asked))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
