import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { CoreError } from "../errors/core-errors.js";
import { KommuneError } from "../errors/kommune-error.js";
import { isValidationError } from "../validation/validate.js";
import type { AuditEntry, AuditEntryInput, AuditSubject } from "./audit-entry.js";
import { parseAuditJsonLines } from "./audit-json-lines.js";
import { AuditLog } from "./audit-log.js";
import { AUDIT_LIST_MAX_LIMIT, type AuditListOptions, type AuditRepository } from "./audit-repository.js";
import { createMemoryAuditRepository } from "./memory-audit-repository.js";
import { verifyAuditChain } from "./verify-audit-chain.js";

const organisationId = "musterstadt";

function input(n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return { actor: { kind: "member", id: `m-${n % 3}` }, action: "post.submitted", subject: { type: "post", id: `p-${n}` }, from: "draft", to: "in-review", ...overrides };
}

function setup(repository: AuditRepository = createMemoryAuditRepository()) {
  const clock = new TestClock("2026-03-29T07:00:00Z");
  return { clock, repository, log: new AuditLog({ organisationId, repository, clock }) };
}

/** A repository whose reads an attacker with database access has changed. */
function tampered(repository: AuditRepository, change: (entries: AuditEntry[]) => AuditEntry[]): AuditRepository {
  return {
    append: (entry) => repository.append(entry),
    head: () => repository.head(),
    async list(options = {}) {
      const all = change(structuredClone(await repository.list()));
      const from = all.findIndex((entry) => entry.seq >= (options.fromSeq ?? 1));
      return from < 0 ? [] : all.slice(from, options.limit === undefined ? undefined : from + options.limit);
    },
  };
}

const isCode = (code: string) => (error: unknown) => KommuneError.isInstance(error, code);

describe("AuditLog", () => {
  it("appends entries with seq, the clock's time and a link to the previous one; lists them and reports the head", async () => {
    const { clock, log } = setup();
    expect(await log.head()).toBeUndefined();
    const first = await log.append(input(1));
    await clock.advanceBy(90_000);
    const second = await log.append(input(2, { action: "post.approved", from: "in-review", to: "approved" }));

    expect(first).toMatchObject({ organisationId, seq: 1, at: "2026-03-29T07:00:00.000Z", ...input(1) });
    expect(second).toMatchObject({ seq: 2, at: "2026-03-29T07:01:30.000Z", prevHash: first.hash, action: "post.approved" });
    expect(await log.entries()).toEqual([first, second]);
    expect(await log.entries({ fromSeq: 2 })).toEqual([second]);
    expect(await log.head()).toEqual({ seq: 2, hash: second.hash, at: second.at });
    expect(await log.verify()).toEqual({ ok: true, entries: 2, head: { seq: 2, hash: second.hash } });
  });

  it("refuses bad input with a ValidationError and appends nothing", async () => {
    const { log } = setup();
    await expect(log.append(input(1, { action: "Freigegeben" }))).rejects.toSatisfy(isValidationError);
    await expect(log.append({ ...input(1), data: { token: () => "secret" } } as unknown as AuditEntryInput)).rejects.toSatisfy(isValidationError);
    expect(await log.entries()).toEqual([]);
    expect(await log.head()).toBeUndefined();
  });

  it("does not let a failed append hold up the appends queued behind it", async () => {
    const { log } = setup();
    const results = await Promise.allSettled([log.append(input(1)), log.append(input(2, { action: "nope" })), log.append(input(3))]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((await log.entries()).map((entry) => entry.subject.id)).toEqual(["p-1", "p-3"]);
  });

  it("never forks the chain when two instances append to one repository at the same time", async () => {
    const repository = createMemoryAuditRepository();
    const clock = new TestClock("2026-03-29T07:00:00Z");
    const a = new AuditLog({ organisationId, repository, clock });
    const b = new AuditLog({ organisationId, repository, clock });
    const appended = await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 === 0 ? a : b).append(input(n))));

    const entries = await repository.list();
    expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(new Set(entries.map((entry) => entry.subject.id))).toEqual(new Set(appended.map((entry) => entry.subject.id)));
    expect(new Set(entries.map((entry) => entry.subject.id)).size).toBe(40);
    expect(entries).toEqual([...appended].sort((x, y) => x.seq - y.seq));
    expect((await a.verify()).ok).toBe(true);
  });

  it("never forks the chain under any interleaving of two writers' reads and writes (fc.scheduler)", async () => {
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), async (s, countA, countB) => {
        const memory = createMemoryAuditRepository();
        // Every read and write of the store completes in an order the scheduler picks.
        const repository: AuditRepository = {
          head: s.scheduleFunction(() => memory.head()),
          append: s.scheduleFunction((entry: AuditEntry) =>
            memory.append(entry).catch((error: unknown) => {
              conflicts++;
              throw error;
            }),
          ),
          list: (options) => memory.list(options),
        };
        const clock = new TestClock();
        const a = new AuditLog({ organisationId, repository, clock, maxAttempts: 3 });
        const b = new AuditLog({ organisationId, repository, clock, maxAttempts: 3 });
        const calls = [
          ...Array.from({ length: countA }, (_, n) => a.append(input(n, { subject: { type: "post", id: `a-${n}` } }))),
          ...Array.from({ length: countB }, (_, n) => b.append(input(n, { subject: { type: "post", id: `b-${n}` } }))),
        ];
        // waitFor keeps releasing store calls until every append has settled,
        // also those the log makes later (a queued append, a retry).
        const results = await s.waitFor(Promise.allSettled(calls));

        const entries = await memory.list();
        expect(verifyAuditChain(entries, { organisationId }).ok).toBe(true);
        // What was reported as appended is in the log exactly once; what failed is not in it at all.
        const written = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
        expect(entries).toEqual([...written].sort((x, y) => x.seq - y.seq));
        for (const result of results) {
          if (result.status === "rejected") expect(KommuneError.isInstance(result.reason, "CORE_CONFLICT")).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    // The interleavings did make writers collide, so the retry path was exercised.
    expect(conflicts).toBeGreaterThan(0);
  }, 30_000);

  it("gives up with CORE_CONFLICT after maxAttempts, and does not retry other errors", async () => {
    const memory = createMemoryAuditRepository();
    let heads = 0;
    const alwaysBehind: AuditRepository = {
      ...memory,
      head: async () => (heads++, memory.head()),
      append: async () => {
        throw new CoreError("CORE_CONFLICT", "someone else was faster");
      },
    };
    const log = new AuditLog({ organisationId, repository: alwaysBehind, clock: new TestClock(), maxAttempts: 4 });
    await expect(log.append(input(1))).rejects.toSatisfy(isCode("CORE_CONFLICT"));
    expect(heads).toBe(4);

    heads = 0;
    const broken: AuditRepository = {
      ...alwaysBehind,
      append: async () => {
        throw new CoreError("CORE_STORE_FAILED", "disk full");
      },
    };
    const other = new AuditLog({ organisationId, repository: broken, clock: new TestClock() });
    await expect(other.append(input(1))).rejects.toSatisfy(isCode("CORE_STORE_FAILED"));
    expect(heads).toBe(1);
  });

  it("refuses an empty organisationId and a nonsense maxAttempts", () => {
    const repository = createMemoryAuditRepository();
    const clock = new TestClock();
    expect(() => new AuditLog({ organisationId: "", repository, clock })).toThrow(expect.toSatisfy(isCode("CORE_INVALID_ARGUMENT")));
    expect(() => new AuditLog({ organisationId, repository, clock, maxAttempts: 0 })).toThrow(expect.toSatisfy(isCode("CORE_INVALID_ARGUMENT")));
  });

  it("finds entries changed in the store", async () => {
    const { log: writer, repository, clock } = setup();
    for (let n = 1; n <= 5; n++) await writer.append(input(n));
    const changed = tampered(repository, (entries) => {
      entries[2] = { ...entries[2]!, to: "published" };
      return entries;
    });
    const result = await new AuditLog({ organisationId, repository: changed, clock }).verify();
    expect(result).toMatchObject({ ok: false, problem: "hash-mismatch", seq: 3 });
  });

  it("finds a cut-off tail against the repository's own head, and against a head kept elsewhere", async () => {
    const { log: writer, repository, clock } = setup();
    for (let n = 1; n <= 5; n++) await writer.append(input(n));
    const recorded = await writer.head();
    const cut = tampered(repository, (entries) => entries.slice(0, 3));
    const result = await new AuditLog({ organisationId, repository: cut, clock }).verify();
    expect(result).toMatchObject({ ok: false, problem: "head-mismatch", seq: 5 });

    // A store whose head was cut too is found only against a head kept elsewhere.
    const cutHead = { ...cut, head: async () => ({ seq: 3, hash: (await repository.list())[2]!.hash }) };
    const log = new AuditLog({ organisationId, repository: cutHead, clock });
    expect((await log.verify()).ok).toBe(true);
    expect(await log.verify({ expectedHead: recorded! })).toMatchObject({ ok: false, problem: "head-mismatch", seq: 5 });
  });

  it("verifies and exports a log longer than one page", async () => {
    const { log } = setup();
    for (let n = 1; n <= 1203; n++) await log.append(input(n));
    expect(await log.verify()).toMatchObject({ ok: true, entries: 1203 });
    const lines = await log.exportJsonLines();
    const copy = parseAuditJsonLines(lines);
    expect(copy).toEqual(await log.entries());
    expect(verifyAuditChain(copy, { expectedHead: (await log.head())! }).ok).toBe(true);
  });

  it("exports a log with an entry missing to its end, so the copy shows the gap", async () => {
    const { log: writer, repository, clock } = setup();
    for (let n = 1; n <= 4; n++) await writer.append(input(n));
    const holed = tampered(repository, (entries) => entries.filter((entry) => entry.seq !== 2));
    const exported = await new AuditLog({ organisationId, repository: holed, clock }).exportJsonLines();
    const copy = parseAuditJsonLines(exported);
    expect(copy.map((entry) => entry.seq)).toEqual([1, 3, 4]);
    expect(verifyAuditChain(copy)).toMatchObject({ ok: false, problem: "sequence-gap", seq: 2 });
  });

  it("exports one canonical JSON object per line, each ending in a line break", async () => {
    const { log } = setup();
    expect(await log.exportJsonLines()).toBe("");
    await log.append(input(1, { data: { z: 1, a: [true, null] } }));
    await log.append(input(2));
    const text = await log.exportJsonLines();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    // Keys sorted, no white space: the form RFC 8785 fixes.
    expect(lines[0]).toMatch(/^\{"action":"post\.submitted","actor":\{"id":"m-1","kind":"member"\},"at":"2026-03-29T07:00:00\.000Z","data":\{"a":\[true,null\],"z":1\},"from":"draft","hash":"[0-9a-f]{64}"/);
  });
});

describe("AuditLog for a cockpit: latest, page, forSubject", () => {
  /** A log of `count` entries; entry n is about post p-(n % 3). */
  async function filled(count: number) {
    const { clock, log, repository } = setup();
    const written: AuditEntry[] = [];
    for (let n = 1; n <= count; n++) {
      written.push(await log.append(input(n, { subject: { type: "post", id: `p-${n % 3}` } })));
      await clock.advanceBy(60_000);
    }
    return { log, repository, written };
  }

  it("shows the newest entries first with latest(n)", async () => {
    const { log, written } = await filled(5);
    expect(await log.latest(2)).toEqual([written[4], written[3]]);
    expect(await log.latest(9)).toEqual([...written].reverse());
    expect(await log.latest(0)).toEqual([]);
  });

  it("pages backwards with page({ beforeSeq, limit }), each entry once, newest first", async () => {
    const { log, written } = await filled(7);
    const seen: AuditEntry[] = [];
    let page = await log.page({ limit: 3 });
    while (page.length > 0) {
      seen.push(...page);
      page = await log.page({ limit: 3, beforeSeq: page.at(-1)!.seq });
    }
    expect(seen).toEqual([...written].reverse());
    expect((await log.page({ limit: 2, beforeSeq: 7, subject: { type: "post", id: "p-1" } })).map((entry) => entry.seq)).toEqual([4, 1]);
  });

  it("tells one post's history with forSubject, oldest first unless asked otherwise", async () => {
    const { log } = await filled(7);
    const p1 = { type: "post", id: "p-1" };
    expect((await log.forSubject(p1)).map((entry) => [entry.seq, entry.subject.id])).toEqual([[1, "p-1"], [4, "p-1"], [7, "p-1"]]);
    expect((await log.forSubject(p1, { order: "desc", limit: 2 })).map((entry) => entry.seq)).toEqual([7, 4]);
    expect((await log.forSubject(p1, { fromSeq: 2, beforeSeq: 7 })).map((entry) => entry.seq)).toEqual([4]);
    expect(await log.forSubject({ type: "reply", id: "p-1" })).toEqual([]);
  });

  it("refuses a bad n, page or subject with CORE_INVALID_ARGUMENT naming the option", async () => {
    const { log } = await filled(2);
    const naming = (option: string) => (error: unknown) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT") && error.message.includes(option);
    await expect(log.latest(-1)).rejects.toSatisfy(naming("limit"));
    await expect(log.latest(1.5)).rejects.toSatisfy(naming("limit"));
    await expect(log.latest(AUDIT_LIST_MAX_LIMIT + 1)).rejects.toSatisfy(naming("limit"));
    await expect(log.page({ limit: 10, beforeSeq: 0 })).rejects.toSatisfy(naming("beforeSeq"));
    await expect(log.forSubject({ type: "post", id: "" })).rejects.toSatisfy(naming("subject.id"));
    await expect(log.forSubject(undefined as unknown as AuditSubject)).rejects.toSatisfy(naming("subject"));
  });

  it("asks the repository once, with the options it was given (latest and page always newest first)", async () => {
    const asked: (AuditListOptions | undefined)[] = [];
    const repository = createMemoryAuditRepository();
    const { log } = setup({ ...repository, list: (options) => (asked.push(options), repository.list(options)) });
    const subject = { type: "post", id: "p-1" };
    await log.latest(5);
    await log.page({ limit: 10, beforeSeq: 40, subject });
    await log.forSubject(subject, { order: "desc", limit: 3, fromSeq: 2 });
    await log.forSubject(subject, { subject: { type: "post", id: "other" } } as AuditListOptions);
    expect(asked).toEqual([
      { order: "desc", limit: 5 },
      { order: "desc", limit: 10, beforeSeq: 40, subject },
      { order: "desc", limit: 3, fromSeq: 2, subject },
      { subject },
    ]);
  });
});
