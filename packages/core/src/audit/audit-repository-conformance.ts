import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { AuditEntry, AuditEntryInput } from "./audit-entry.js";
import type { AuditRepository } from "./audit-repository.js";
import { createAuditEntry } from "./create-audit-entry.js";

const organisationId = "musterstadt";
const start = Date.UTC(2026, 2, 29, 7, 0, 0);

function input(n: number): AuditEntryInput {
  return { actor: { kind: "member", id: `m-${n}` }, action: "post.submitted", subject: { type: "post", id: `p-${n}` }, from: "draft", to: "in-review" };
}

async function appendMany(repository: AuditRepository, count: number): Promise<AuditEntry[]> {
  const written: AuditEntry[] = [];
  for (let n = 1; n <= count; n++) {
    const entry = createAuditEntry(await repository.head(), organisationId, input(n), start + n * 1000);
    await repository.append(entry);
    written.push(entry);
  }
  return written;
}

/**
 * The behaviour every {@link AuditRepository} must show, as a vitest suite. A
 * store package calls it once with a factory of fresh, empty repositories for
 * the organisation `"musterstadt"`.
 *
 * @example
 * ```ts
 * testAuditRepository("sqlite", async () => (await openTestStore()).tenant("musterstadt").audit);
 * ```
 */
export function testAuditRepository(name: string, create: () => AuditRepository | Promise<AuditRepository>): void {
  describe(`AuditRepository conformance: ${name}`, () => {
    it("starts empty", async () => {
      const repository = await create();
      expect(await repository.head()).toBeUndefined();
      expect(await repository.list()).toEqual([]);
    });

    it("returns what was appended, in ascending seq, and the last entry as head", async () => {
      const repository = await create();
      const written = await appendMany(repository, 3);
      expect(await repository.list()).toEqual(written);
      expect(await repository.head()).toEqual({ seq: 3, hash: written[2]!.hash });
    });

    it("pages with fromSeq and limit", async () => {
      const repository = await create();
      const written = await appendMany(repository, 5);
      expect(await repository.list({ fromSeq: 2, limit: 2 })).toEqual(written.slice(1, 3));
      expect(await repository.list({ fromSeq: 4 })).toEqual(written.slice(3));
      expect(await repository.list({ fromSeq: 6 })).toEqual([]);
      expect(await repository.list({ limit: 0 })).toEqual([]);
    });

    it("refuses an entry that does not follow the head with CORE_CONFLICT, and keeps the log unchanged", async () => {
      const repository = await create();
      const [first] = await appendMany(repository, 1);
      const head = await repository.head();
      const second = createAuditEntry(head, organisationId, input(2), start + 2000);
      const replayed = createAuditEntry(undefined, organisationId, input(9), start + 3000); // seq 1 again
      const skipping = createAuditEntry({ seq: 2, hash: second.hash }, organisationId, input(3), start + 3000); // seq 3
      const forked = createAuditEntry({ seq: 1, hash: "f".repeat(64) }, organisationId, input(4), start + 3000); // seq 2, wrong link
      for (const entry of [replayed, skipping, forked]) {
        await expect(repository.append(entry)).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_CONFLICT"));
      }
      expect(await repository.list()).toEqual([first]);
      await repository.append(second);
      expect(await repository.head()).toEqual({ seq: 2, hash: second.hash });
    });

    it("refuses a first entry whose prevHash is not the genesis hash", async () => {
      const repository = await create();
      const entry = createAuditEntry(undefined, organisationId, input(1), start);
      await expect(repository.append({ ...entry, prevHash: "1".repeat(64) })).rejects.toSatisfy((error) =>
        KommuneError.isInstance(error, "CORE_CONFLICT"),
      );
      expect(await repository.head()).toBeUndefined();
    });

    it("lets exactly one of two writers that read the same head append", async () => {
      const repository = await create();
      await appendMany(repository, 1);
      const head = await repository.head();
      const a = createAuditEntry(head, organisationId, input(2), start + 2000);
      const b = createAuditEntry(head, organisationId, { ...input(3), reason: "second writer" }, start + 2000);
      const results = await Promise.allSettled([repository.append(a), repository.append(b)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const entries = await repository.list();
      expect(entries).toHaveLength(2);
      expect([a.hash, b.hash]).toContain(entries[1]!.hash);
    });
  });
}
