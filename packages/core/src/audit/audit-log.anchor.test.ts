import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { AuditAnchorRecord } from "./audit-anchor.js";
import { staticAuditAnchorKeys } from "./audit-anchor-keys.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditEntryInput } from "./audit-entry.js";
import { AuditLog } from "./audit-log.js";
import type { AuditRepository } from "./audit-repository.js";
import { createAuditAnchor } from "./create-audit-anchor.js";
import { hashAuditEntry } from "./hash-audit-entry.js";
import { createMemoryAuditAnchorSink } from "./memory-audit-anchor-sink.js";
import { createMemoryAuditRepository } from "./memory-audit-repository.js";
import { unreadableAuditEntry } from "./stored-audit-entry.js";

const organisationId = "musterstadt";

function input(n: number): AuditEntryInput {
  return { actor: { kind: "member", id: `m-${n % 3}` }, action: "post.submitted", subject: { type: "post", id: `p-${n}` }, from: "draft", to: "in-review" };
}

const rehash = (entry: AuditEntry): AuditEntry => {
  const { hash: _old, ...rest } = entry;
  return { ...rest, hash: hashAuditEntry(rest) };
};

/** What an attacker with write access to the store can make of a log: any list of entries, chained anew from `from` on. */
function rechain(entries: readonly AuditEntry[], from: number): AuditEntry[] {
  const result = structuredClone(entries.slice(0, from)) as AuditEntry[];
  for (const entry of entries.slice(from)) {
    const previous = result[result.length - 1];
    result.push(rehash({ ...entry, seq: result.length + 1, prevHash: previous ? previous.hash : AUDIT_GENESIS_HASH }));
  }
  return result;
}

/** A repository whose rows (and so its head) an attacker with database access has changed. */
function tampered(repository: AuditRepository, change: (entries: AuditEntry[]) => AuditEntry[]): AuditRepository {
  const all = async () => change(structuredClone(await repository.list()));
  return {
    append: (entry) => repository.append(entry),
    async head() {
      const last = (await all()).at(-1);
      return last && { seq: last.seq, hash: last.hash, at: last.at };
    },
    async list(options = {}) {
      const entries = await all();
      const from = entries.findIndex((entry) => entry.seq >= (options.fromSeq ?? 1));
      return from < 0 ? [] : entries.slice(from, options.limit === undefined ? undefined : from + options.limit);
    },
  };
}

async function setup(entries = 6) {
  const clock = new TestClock("2026-03-29T07:00:00Z");
  const repository = createMemoryAuditRepository();
  const sink = createMemoryAuditAnchorSink();
  const keys = staticAuditAnchorKeys({ keyId: "k1", privateKey: generateKeyPairSync("ed25519").privateKey });
  const anchor = createAuditAnchor({ sink, keys, clock });
  const log = new AuditLog({ organisationId, repository, clock, anchor });
  for (let n = 1; n <= entries; n++) {
    await log.append(input(n));
    await clock.advanceBy(60_000);
  }
  const over = (changed: AuditRepository) => new AuditLog({ organisationId, repository: changed, clock, anchor });
  return { clock, repository, sink, anchor, keys, log, over };
}

const isCode = (code: string) => (error: unknown) => KommuneError.isInstance(error, code);

describe("AuditLog with an anchor", () => {
  it("anchors the head, writes nothing while the head has not moved, and nothing for an empty log", async () => {
    const empty = await setup(0);
    expect(await empty.log.anchor()).toBeUndefined();
    expect(empty.sink.records).toEqual([]);

    const { log, sink } = await setup(3);
    const record = await log.anchor();
    expect(record).toMatchObject({ organisationId, seq: 3, hash: (await log.head())!.hash, keyId: "k1" });
    expect(await log.anchor()).toEqual(record);
    expect(sink.records).toHaveLength(1);
    await log.append(input(4));
    expect((await log.anchor())?.seq).toBe(4);
    expect(sink.records).toHaveLength(2);
  });

  it("finds a cut-off tail, a log rewritten from an entry on and an inserted entry once an anchor lies past them", async () => {
    const { log, over } = await setup(6);
    await log.anchor();
    const attacks: Record<string, (entries: AuditEntry[]) => AuditEntry[]> = {
      "tail cut off": (entries) => entries.slice(0, 4),
      "rewritten from entry 3 on": (entries) => rechain([...entries.slice(0, 2), { ...entries[2]!, reason: "Passt schon." }, ...entries.slice(3)], 2),
      "entry inserted at 3": (entries) => rechain([...entries.slice(0, 2), { ...entries[2]!, action: "post.approved" }, ...entries.slice(2)], 2),
    };
    for (const [what, attack] of Object.entries(attacks)) {
      // Without an anchor, each is a valid chain.
      const unanchored = new AuditLog({ organisationId, repository: tampered(createRepositoryOf(await log.entries()), attack), clock: new TestClock() });
      expect((await unanchored.verify()).ok, what).toBe(true);
      const result = await over(tampered(createRepositoryOf(await log.entries()), attack)).verify();
      expect(result, what).toMatchObject({ ok: false, problem: "head-mismatch", anchor: { trusted: 1, problems: [] } });
      expect(!result.ok && result.message, what).toMatch(/anchored on 2026-03-29T07:06:00.000Z/);
    }
  });

  it("does not find what changed after the newest anchored head (the documented limit)", async () => {
    const { log, over } = await setup(4);
    await log.anchor();
    await log.append(input(5));
    await log.append(input(6));
    const cut = over(tampered(createRepositoryOf(await log.entries()), (entries) => entries.slice(0, 5)));
    expect(await cut.verify()).toMatchObject({ ok: true, entries: 5, anchor: { newest: { seq: 4 } } });
    const rewritten = over(tampered(createRepositoryOf(await log.entries()), (entries) => rechain([...entries.slice(0, 4), { ...entries[4]!, reason: "anders" }, entries[5]!], 4)));
    expect((await rewritten.verify()).ok).toBe(true);
  });

  it("never anchors a log that no longer extends its last anchored head", async () => {
    const { log, sink, over } = await setup(5);
    await log.anchor();
    await log.append(input(6));
    const entries = await log.entries();
    const rewritten = over(tampered(createRepositoryOf(entries), (all) => rechain([...all.slice(0, 1), { ...all[1]!, to: "approved" }, ...all.slice(2)], 1)));
    await expect(rewritten.anchor()).rejects.toSatisfy(isCode("CORE_AUDIT_CHAIN_BROKEN"));
    await expect(rewritten.anchor()).rejects.toThrow(/Entry 5: Entry 5 is not the one anchored on/);
    const cut = over(tampered(createRepositoryOf(entries), (all) => all.slice(0, 3)));
    await expect(cut.anchor()).rejects.toThrow(/ends at entry 3, but entry 5 was anchored .*tail was cut off/);
    const changedAfter = over(tampered(createRepositoryOf(entries), (all) => [...all.slice(0, 5), { ...all[5]!, reason: "später geändert" }]));
    await expect(changedAfter.anchor()).rejects.toThrow(/Entry 6 was changed after it was written/);
    expect(sink.records).toHaveLength(1);
  });

  it("reads only what was appended since the last anchored head", async () => {
    const { log, repository, anchor, clock } = await setup(40);
    const read: number[] = [];
    const counting: AuditRepository = {
      ...repository,
      async list(options) {
        const entries = await repository.list(options);
        read.push(...entries.map((entry) => entry.seq));
        return entries;
      },
    };
    const watched = new AuditLog({ organisationId, repository: counting, clock, anchor });
    await watched.anchor();
    expect(read).toHaveLength(40);
    read.length = 0;
    await log.append(input(41));
    await log.append(input(42));
    await watched.anchor();
    expect(read).toEqual([40, 41, 42]);
  });

  it("reports anchor records it cannot trust and a sink it cannot read, and checks against the trusted ones", async () => {
    const { log, sink, anchor, clock } = await setup(3);
    const record = (await log.anchor())!;
    sink.records.push({ ...record, seq: 99 } satisfies AuditAnchorRecord); // a forged head far ahead
    const result = await log.verify();
    expect(result).toMatchObject({ ok: true, entries: 3, anchor: { newest: record, trusted: 1, problems: [{ kind: "bad-signature", where: "record 2" }] } });

    const broken = new AuditLog({
      organisationId,
      repository: createRepositoryOf(await log.entries()),
      clock,
      anchor: { ...anchor, read: async () => Promise.reject(new Error("EACCES: permission denied")) },
    });
    expect(await broken.verify()).toMatchObject({ ok: true, anchor: { trusted: 0, problems: [{ kind: "unavailable", message: expect.stringMatching(/EACCES.*checked without them/) }] } });
  });

  it("reports a stored entry that cannot be read as the problem unreadable at its position, instead of throwing", async () => {
    const { log } = await setup(6);
    const entries = await log.entries();
    for (const bad of [1, 4, 6]) {
      const damaged: AuditRepository = {
        ...createRepositoryOf(entries),
        async list(options = {}) {
          const from = options.fromSeq ?? 1;
          const to = options.limit === undefined ? Number.POSITIVE_INFINITY : from + options.limit - 1;
          if (from <= bad && bad <= to) throw unreadableAuditEntry(organisationId, bad, "its stored JSON cannot be parsed (Unexpected token)");
          return entries.filter((entry) => entry.seq >= from && entry.seq <= to);
        },
      };
      const result = await new AuditLog({ organisationId, repository: damaged, clock: new TestClock() }).verify();
      expect(result, `entry ${bad}`).toMatchObject({ ok: false, problem: "unreadable", seq: bad, entries: bad - 1 });
      expect(!result.ok && result.message).toMatch(new RegExp(`Entry ${bad} cannot be read: Audit entry ${bad} of organisation "musterstadt" cannot be read`));
    }
  });

  it("still throws when the store fails altogether, which is no damage of the log", async () => {
    const { log } = await setup(2);
    const failing: AuditRepository = { ...createRepositoryOf(await log.entries()), list: async () => Promise.reject(new Error("disk gone")) };
    await expect(new AuditLog({ organisationId, repository: failing, clock: new TestClock() }).verify()).rejects.toThrow("disk gone");
  });
});

/** A repository serving exactly `entries` (as an attacker left them), appending nothing. */
function createRepositoryOf(entries: readonly AuditEntry[]): AuditRepository {
  return {
    append: async () => {
      throw new Error("read only");
    },
    head: async () => {
      const last = entries.at(-1);
      return last && { seq: last.seq, hash: last.hash, at: last.at };
    },
    list: async (options = {}) => {
      const from = options.fromSeq ?? 1;
      const selected = entries.filter((entry) => entry.seq >= from);
      return structuredClone(options.limit === undefined ? selected : selected.slice(0, options.limit));
    },
  };
}
