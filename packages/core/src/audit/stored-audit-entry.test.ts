import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { JsonValue } from "./json-value.js";
import { createAuditEntry } from "./create-audit-entry.js";
import { auditEntryShapeProblem, readStoredAuditEntry } from "./stored-audit-entry.js";

const entry = createAuditEntry(undefined, "musterstadt", { actor: { kind: "member", id: "anna", name: "Anna" }, action: "post.approved", subject: { type: "post", id: "p-1" }, reason: "ok", data: { n: 1 } }, 0);

describe("readStoredAuditEntry", () => {
  it("reads back every entry the log writes, as it was", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.option(fc.string({ minLength: 1 }), { nil: undefined }), fc.jsonValue(), (id, to, data) => {
        const made = createAuditEntry(undefined, "musterstadt", { actor: { kind: "plugin", id }, action: "thing.happened", subject: { type: "thing", id }, ...(to === undefined ? {} : { to }), data: data as JsonValue }, 0);
        expect(readStoredAuditEntry(JSON.stringify(made), "musterstadt", 1)).toEqual(JSON.parse(JSON.stringify(made)));
      }),
      { numRuns: 100 },
    );
  });

  it("refuses text that is not JSON, or JSON that is not an entry, with CORE_AUDIT_UNREADABLE naming the seq and what is wrong", () => {
    const cases: [string, RegExp][] = [
      ['{"seq":', /entry 7 of organisation "musterstadt" cannot be read: its stored JSON cannot be parsed/],
      ["null", /it is not an audit entry: it is null, not an object/],
      ["[1]", /it is an array, not an object/],
      [JSON.stringify({ ...entry, hash: 5 }), /hash is missing or of the wrong type/],
      [JSON.stringify({ ...entry, actor: "anna", reason: 1 }), /actor, reason are missing or of the wrong type/],
    ];
    for (const [json, message] of cases) {
      let thrown: unknown;
      try {
        readStoredAuditEntry(json, "musterstadt", 7);
      } catch (error) {
        thrown = error;
      }
      expect(KommuneError.isInstance(thrown, "CORE_AUDIT_UNREADABLE"), json).toBe(true);
      expect((thrown as Error).message, json).toMatch(message);
    }
    expect(auditEntryShapeProblem(entry)).toBeUndefined();
  });
});
