import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isValidationError, type ValidationError } from "../validation/validate.js";
import { KommuneError } from "../errors/kommune-error.js";
import { AUDIT_GENESIS_HASH, type AuditEntryInput } from "./audit-entry.js";
import { createAuditEntry } from "./create-audit-entry.js";
import { hashAuditEntry } from "./hash-audit-entry.js";

const submitted: AuditEntryInput = {
  actor: { kind: "member", id: "m-1" },
  action: "post.submitted",
  subject: { type: "post", id: "p-1" },
  from: "draft",
  to: "in-review",
};
const at = Date.UTC(2026, 0, 1);

function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("createAuditEntry", () => {
  it("never dates an entry before the head it is given: a clock behind the head's is raised to the head's instant", () => {
    const first = createAuditEntry(undefined, "musterstadt", submitted, at);
    const head = { seq: first.seq, hash: first.hash, at: first.at };
    const behind = createAuditEntry(head, "musterstadt", submitted, at - 90_000);
    expect(behind.at).toBe(first.at);
    expect(hashAuditEntry(behind)).toBe(behind.hash);
    expect(createAuditEntry(head, "musterstadt", submitted, at + 1).at).toBe("2026-01-01T00:00:00.001Z");
    // A head recorded elsewhere, with seq and hash only, is followed as before.
    expect(createAuditEntry({ seq: first.seq, hash: first.hash }, "musterstadt", submitted, at - 90_000).at).toBe("2025-12-31T23:58:30.000Z");
  });

  it("makes entry 1 on an empty log, linked to the genesis hash, at the given instant in UTC", () => {
    const entry = createAuditEntry(undefined, "musterstadt", submitted, at);
    expect(entry).toMatchObject({ organisationId: "musterstadt", seq: 1, at: "2026-01-01T00:00:00.000Z", prevHash: AUDIT_GENESIS_HASH, ...submitted });
    expect(AUDIT_GENESIS_HASH).toBe("0".repeat(64));
  });

  it("hashes SHA-256 over prevHash followed by the RFC 8785 JSON of the entry without hash (the documented recipe)", () => {
    const entry = createAuditEntry(undefined, "musterstadt", submitted, at);
    const canonical =
      '{"action":"post.submitted","actor":{"id":"m-1","kind":"member"},"at":"2026-01-01T00:00:00.000Z","from":"draft",' +
      `"organisationId":"musterstadt","prevHash":"${AUDIT_GENESIS_HASH}","seq":1,"subject":{"id":"p-1","type":"post"},"to":"in-review"}`;
    const expected = createHash("sha256").update(AUDIT_GENESIS_HASH + canonical).digest("hex");
    expect(entry.hash).toBe(expected);
    expect(hashAuditEntry(entry)).toBe(expected);
  });

  it("chains the next entry to the head it is given", () => {
    const first = createAuditEntry(undefined, "musterstadt", submitted, at);
    const second = createAuditEntry({ seq: first.seq, hash: first.hash }, "musterstadt", { ...submitted, action: "post.approved", from: "in-review", to: "approved" }, at + 1);
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
  });

  it("leaves absent optional fields out, so an explicit undefined hashes the same", () => {
    const plain = createAuditEntry(undefined, "musterstadt", { actor: { kind: "system", id: "scheduler" }, action: "post.published", subject: { type: "post", id: "p" } }, at);
    const withUndefined = createAuditEntry(
      undefined,
      "musterstadt",
      { actor: { kind: "system", id: "scheduler", name: undefined }, action: "post.published", subject: { type: "post", id: "p" }, reason: undefined, data: undefined },
      at,
    );
    expect(Object.keys(withUndefined)).not.toContain("reason");
    expect(withUndefined.hash).toBe(plain.hash);
  });

  it("copies data, so changing the caller's object afterwards changes nothing that was hashed", () => {
    const data = { channels: ["mastodon"], nested: { count: 1 } };
    const entry = createAuditEntry(undefined, "musterstadt", { ...submitted, data }, at);
    data.channels.push("bluesky");
    data.nested.count = 2;
    expect(entry.data).toEqual({ channels: ["mastodon"], nested: { count: 1 } });
    expect(hashAuditEntry(entry)).toBe(entry.hash);
  });

  it("keeps an own __proto__ key in data as data (as JSON.parse makes it)", () => {
    const data = JSON.parse('{"__proto__":{"polluted":true},"k":1}') as { k: number };
    const entry = createAuditEntry(undefined, "musterstadt", { ...submitted, data }, at);
    expect(Object.keys(entry.data as object)).toEqual(["__proto__", "k"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const without = createAuditEntry(undefined, "musterstadt", { ...submitted, data: { k: 1 } }, at);
    expect(entry.hash).not.toBe(without.hash);
  });

  it("refuses an action that does not read like an event type, in the locale asked for", () => {
    for (const action of ["approve", "Post.Approved", "post approved", "post.", ".approved", "post..approved", "post_approved.x"]) {
      const error = validationError(() => createAuditEntry(undefined, "musterstadt", { ...submitted, action }, at, { locale: "en" }));
      expect(error.issues.map((issue) => issue.path)).toEqual(["action"]);
      expect(error.issues[0]!.message).toContain(`"${action}" is not an event type`);
    }
    const german = validationError(() => createAuditEntry(undefined, "musterstadt", { ...submitted, action: "Freigabe" }, at));
    expect(german.issues[0]!.message).toContain("ist kein Ereignistyp");
    for (const action of ["post.approved", "quiet-period.overridden", "delivery.retry.scheduled", "post2.published"]) {
      expect(createAuditEntry(undefined, "musterstadt", { ...submitted, action }, at).action).toBe(action);
    }
  });

  it("names every wrong field: missing subject id, unknown actor kind, unknown field, blank reason", () => {
    const error = validationError(() =>
      createAuditEntry(
        undefined,
        "musterstadt",
        { actor: { kind: "robot", id: "r" }, action: "post.approved", subject: { type: "post", id: "" }, reason: "   ", reasn: "typo" } as unknown as AuditEntryInput,
        at,
        { locale: "en" },
      ),
    );
    expect(error.entity).toBe("AuditEntryInput");
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(["", "actor.kind", "reason", "subject.id"]);
    expect(error.issues.find((issue) => issue.path === "")!.message).toContain("reasn");
  });

  it("refuses data that is not JSON, naming the path into data", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const cases: [unknown, string, string][] = [
      [{ when: new Date(0) }, "data.when", "An instance of Date"],
      [{ list: [1, () => 1] }, "data.list[1]", "A function"],
      [{ n: Number.NaN }, "data.n", "NaN is not a finite number"],
      [{ big: 1n }, "data.big", "A bigint"],
      [[1, undefined], "data[1]", "undefined in an array"],
      [{ text: "broken \ud800" }, "data.text", "lone UTF-16 surrogate"],
      [cyclic, "data.self", "contains itself"],
    ];
    for (const [data, path, found] of cases) {
      const error = validationError(() => createAuditEntry(undefined, "musterstadt", { ...submitted, data } as AuditEntryInput, at, { locale: "en" }));
      expect(error.issues.map((issue) => issue.path)).toEqual([path]);
      expect(error.issues[0]!.message).toContain(found);
    }
    let deep: unknown = 1;
    for (let level = 0; level < 100; level++) deep = [deep];
    expect(validationError(() => createAuditEntry(undefined, "musterstadt", { ...submitted, data: deep } as AuditEntryInput, at)).issues[0]!.code).toBe("custom");
  });

  it("refuses a lone surrogate anywhere in the text fields, since it cannot be hashed", () => {
    const error = validationError(() => createAuditEntry(undefined, "musterstadt", { ...submitted, reason: "x\udc00" }, at));
    expect(error.issues.map((issue) => issue.path)).toEqual(["reason"]);
  });

  it("drops undefined object members in data and turns -0 into 0, as JSON would", () => {
    const entry = createAuditEntry(undefined, "musterstadt", { ...submitted, data: { a: undefined, b: -0 } as unknown as AuditEntryInput["data"] }, at);
    expect(entry.data).toEqual({ b: 0 });
    expect(Object.is((entry.data as { b: number }).b, 0)).toBe(true);
  });

  it("refuses an instant that RFC 3339 cannot express, a malformed head and an empty organisation", () => {
    const invalid = (run: () => unknown) => expect(run).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    invalid(() => createAuditEntry(undefined, "musterstadt", submitted, Number.NaN));
    invalid(() => createAuditEntry(undefined, "musterstadt", submitted, Date.UTC(10000, 0, 1)));
    invalid(() => createAuditEntry(undefined, "musterstadt", submitted, 9e15));
    invalid(() => createAuditEntry({ seq: 0, hash: AUDIT_GENESIS_HASH }, "musterstadt", submitted, at));
    invalid(() => createAuditEntry({ seq: 1, hash: "abc" }, "musterstadt", submitted, at));
    invalid(() => createAuditEntry(undefined, "", submitted, at));
    expect(KommuneError.isInstance(captured(() => createAuditEntry(undefined, "", submitted, at)))).toBe(true);
  });
});

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
