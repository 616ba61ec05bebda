import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { isValidationError, type ValidationError } from "../validation/validate.js";
import type { AuditEntryInput } from "./audit-entry.js";
import { auditEntryToJsonLine, parseAuditJsonLines } from "./audit-json-lines.js";
import { AuditLog } from "./audit-log.js";
import { createMemoryAuditRepository } from "./memory-audit-repository.js";
import { verifyAuditChain } from "./verify-audit-chain.js";

const organisationId = "musterstadt";

async function exportedLog(): Promise<{ log: AuditLog; text: string }> {
  const clock = new TestClock("2026-05-04T08:00:00Z");
  const log = new AuditLog({ organisationId, repository: createMemoryAuditRepository(), clock });
  const post = { type: "post", id: "p-7" };
  const editor = { kind: "member", id: "m-1", name: "Erika Mustermann" } as const;
  const approver = { kind: "member", id: "m-2", name: "Max Muster" } as const;
  const steps: AuditEntryInput[] = [
    { actor: editor, action: "post.created", subject: post, to: "draft" },
    { actor: editor, action: "post.submitted", subject: post, from: "draft", to: "in-review" },
    { actor: approver, action: "post.approved", subject: post, from: "in-review", to: "approved" },
    { actor: { kind: "system", id: "scheduler" }, action: "post.scheduled", subject: post, from: "approved", to: "scheduled", data: { at: "2026-05-05T07:00:00Z" } },
  ];
  for (const step of steps) {
    await log.append(step);
    await clock.advanceBy(60_000);
  }
  return { log, text: await log.exportJsonLines() };
}

function parseError(text: string, locale?: "de" | "en"): ValidationError {
  try {
    parseAuditJsonLines(text, locale ? { locale } : {});
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("parseAuditJsonLines", () => {
  it("reads an export back into the same entries, which verify", async () => {
    const { log, text } = await exportedLog();
    const copy = parseAuditJsonLines(text);
    expect(copy).toEqual(await log.entries());
    expect(verifyAuditChain(copy, { organisationId, expectedHead: (await log.head())! })).toMatchObject({ ok: true, entries: 4 });
  });

  it("fails verification of a copy whose `to` was edited by hand, at the seq of the edited line", async () => {
    const { text } = await exportedLog();
    const lines = text.split("\n");
    lines[2] = lines[2]!.replace('"to":"approved"', '"to":"scheduled"');
    expect(lines[2]).toContain('"to":"scheduled"');
    const result = verifyAuditChain(parseAuditJsonLines(lines.join("\n")));
    expect(result).toMatchObject({ ok: false, problem: "hash-mismatch", seq: 3, entries: 2 });
  });

  it("fails verification of a copy with a line deleted, or two lines swapped", async () => {
    const { text } = await exportedLog();
    const lines = text.split("\n");
    const deleted = [lines[0], lines[2], lines[3]].join("\n");
    expect(verifyAuditChain(parseAuditJsonLines(deleted))).toMatchObject({ ok: false, problem: "sequence-gap", seq: 2 });
    const swapped = [lines[0], lines[2], lines[1], lines[3]].join("\n");
    expect(verifyAuditChain(parseAuditJsonLines(swapped))).toMatchObject({ ok: false, problem: "sequence-gap", seq: 2 });
  });

  it("accepts Windows line ends and blank lines, as a copy opened in an editor may have", async () => {
    const { log, text } = await exportedLog();
    const edited = `\r\n${text.split("\n").join("\r\n")}\r\n\r\n`;
    expect(parseAuditJsonLines(edited)).toEqual(await log.entries());
    expect(parseAuditJsonLines("")).toEqual([]);
  });

  it("names the line that is not JSON", async () => {
    const { text } = await exportedLog();
    const lines = text.split("\n");
    lines[1] = lines[1]!.slice(0, -1);
    const error = parseError(lines.join("\n"), "en");
    expect(error.entity).toBe("audit entry on line 2");
    expect(error.message).toContain("line 2");
    expect(error.issues[0]!.message).toContain("not valid JSON");
  });

  it("names the line and the fields of an entry that is not well-formed", async () => {
    const { text } = await exportedLog();
    const lines = text.split("\n");
    const entry = JSON.parse(lines[3]!) as Record<string, unknown>;
    delete entry.hash;
    entry.seq = "4";
    entry.extra = true;
    lines[3] = JSON.stringify(entry);
    const error = parseError(lines.join("\n"), "en");
    expect(error.entity).toBe("audit entry on line 4");
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(["", "hash", "seq"]);
  });

  it("refuses a line whose instant or hash is not in the form the log writes", async () => {
    const { text } = await exportedLog();
    const first = JSON.parse(text.split("\n")[0]!) as Record<string, unknown>;
    for (const [field, value] of [
      ["at", "2026-05-04T10:00:00+02:00"],
      ["at", "2026-02-30T00:00:00.000Z"],
      ["hash", "ABC"],
      ["prevHash", "0".repeat(63)],
    ] as const) {
      const error = parseError(JSON.stringify({ ...first, [field]: value }));
      expect(error.entity).toBe("audit entry on line 1");
      expect(error.issues.map((issue) => issue.path)).toEqual([field]);
    }
  });

  it("round-trips any chain: export, read back, verify", () => {
    const text = fc.string({ minLength: 1, maxLength: 10 }).filter((value) => /\S/.test(value));
    const inputs = fc.array(
      fc.record(
        {
          actor: fc.record({ kind: fc.constantFrom("member", "system", "plugin"), id: text }),
          action: fc.constantFrom("post.approved", "quiet-period.overridden", "delivery.failed"),
          subject: fc.record({ type: fc.constant("post"), id: text }),
          reason: text,
          data: fc.jsonValue({ maxDepth: 3 }),
        },
        { requiredKeys: ["actor", "action", "subject"] },
      ),
      { minLength: 1, maxLength: 15 },
    );
    return fc.assert(
      fc.asyncProperty(inputs, async (steps) => {
        const log = new AuditLog({ organisationId, repository: createMemoryAuditRepository(), clock: new TestClock() });
        for (const step of steps) await log.append(step as AuditEntryInput);
        const entries = await log.entries();
        const exported = entries.map((entry) => `${auditEntryToJsonLine(entry)}\n`).join("");
        expect(exported).toBe(await log.exportJsonLines());
        const copy = parseAuditJsonLines(exported);
        expect(copy).toEqual(entries);
        expect(verifyAuditChain(copy, { organisationId, expectedHead: (await log.head())! }).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
