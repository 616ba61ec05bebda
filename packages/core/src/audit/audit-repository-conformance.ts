import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { SyncAuditRepository, TenantStore } from "../store/store-port.js";
import { formatInstant } from "../time/format-instant.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditEntryInput, type AuditHead, type AuditSubject } from "./audit-entry.js";
import { AUDIT_LIST_MAX_LIMIT, type AuditListOptions, type AuditRepository } from "./audit-repository.js";
import { createAuditEntry } from "./create-audit-entry.js";
import { hashAuditEntry } from "./hash-audit-entry.js";

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

/** An entry made by hand after `head`, hashed correctly: what a forger with the recipe makes. */
function forged(head: AuditHead | undefined, changes: Partial<Omit<AuditEntry, "hash" | "seq" | "prevHash">>, n = 99): AuditEntry {
  const unhashed = {
    organisationId,
    seq: (head?.seq ?? 0) + 1,
    at: formatInstant(start + n * 1000),
    prevHash: head?.hash ?? AUDIT_GENESIS_HASH,
    ...input(n),
    ...changes,
  };
  return { ...unhashed, hash: hashAuditEntry(unhashed) };
}

/** The entries that a store must refuse after `head`, each with the code it must refuse it with. */
function refusals(head: AuditHead): { readonly what: string; readonly entry: AuditEntry; readonly code: string }[] {
  const honest = createAuditEntry(head, organisationId, input(7), start + 3_600_000);
  const earlier = formatInstant(Date.parse(head.at!) - 1);
  return [
    { what: "a changed entry (its hash no longer matches)", entry: { ...honest, reason: "nachträglich eingefügt" }, code: "CORE_AUDIT_HASH_MISMATCH" },
    { what: "an entry with a made-up hash", entry: { ...honest, hash: "a".repeat(64) }, code: "CORE_AUDIT_HASH_MISMATCH" },
    { what: "a hashed entry of another organisation", entry: createAuditEntry(head, "beispielhausen", input(7), start + 3_600_000), code: "CORE_TENANT_MISMATCH" },
    { what: "a hashed, backdated entry", entry: forged(head, { at: earlier }), code: "CORE_AUDIT_BACKDATED" },
    { what: "a hashed entry whose at is no instant", entry: forged(head, { at: "gestern" }), code: "CORE_INVALID_ARGUMENT" },
    { what: "a stale entry (seq taken)", entry: forged({ seq: head.seq - 1, hash: head.hash }, {}), code: "CORE_CONFLICT" },
  ];
}

function codeOf(error: unknown): string {
  return KommuneError.isInstance(error) ? error.code : `not a KommuneError: ${String(error)}`;
}

async function refusedWith(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "accepted",
    (error: unknown) => codeOf(error),
  );
}

function syncRefusedWith(append: () => void): string {
  try {
    append();
    return "accepted";
  } catch (error) {
    return codeOf(error);
  }
}

const isTenantStore = (value: AuditRepository | TenantStore): value is TenantStore => typeof (value as TenantStore).transaction === "function";

// Subjects of the listing cases: one id under two types, an id that is a
// prefix of another, and text with quotes, a backslash, umlauts and a
// character beyond the BMP, which a store must match exactly.
const subjects: readonly AuditSubject[] = [
  { type: "post", id: "p-1" },
  { type: "reply", id: "p-1" },
  { type: "post", id: "p-1 " },
  { type: "post", id: "p-2" },
  { type: "post", id: `Grüße "aus" \\ Köln 🎉` },
];
const unknownSubject: AuditSubject = { type: "post", id: "p-404" };

/** An entry about `subject` following `head`, the `n`th minute after start. */
function entryAbout(head: AuditHead | undefined, subject: AuditSubject, n: number): AuditEntry {
  return createAuditEntry(head, organisationId, { ...input(n), subject }, start + n * 60_000);
}

/** Appends one entry about each of `about`, in order. */
async function appendAbout(repository: AuditRepository, about: readonly AuditSubject[]): Promise<AuditEntry[]> {
  const written: AuditEntry[] = [];
  for (const subject of about) {
    const entry = entryAbout(await repository.head(), subject, written.length + 1);
    await repository.append(entry);
    written.push(entry);
  }
  return written;
}

/**
 * What `list(options)` must return, worked out the long way from the whole
 * log in ascending seq: filter by the bounds and the subject, sort, cut.
 */
function model(ascending: readonly AuditEntry[], options: AuditListOptions): AuditEntry[] {
  const kept = ascending.filter(
    (entry) =>
      entry.seq >= (options.fromSeq ?? 1) &&
      (options.beforeSeq === undefined || entry.seq < options.beforeSeq) &&
      (options.subject === undefined || (entry.subject.type === options.subject.type && entry.subject.id === options.subject.id)),
  );
  const sorted = [...kept].sort((a, b) => (options.order === "desc" ? b.seq - a.seq : a.seq - b.seq));
  return options.limit === undefined ? sorted : sorted.slice(0, options.limit);
}

const subjectArbitrary = fc.constantFrom(...subjects);
const logArbitrary = fc.array(subjectArbitrary, { maxLength: 24 });
// Each option is left out half of the time (or given as undefined, which
// must mean the same), so that most answers are not empty; limits are mostly
// small, so that they cut.
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const listOptionsArbitrary: fc.Arbitrary<AuditListOptions> = fc
  .record({
    fromSeq: sometimes(fc.integer({ min: 1, max: 28 })),
    beforeSeq: sometimes(fc.integer({ min: 1, max: 28 })),
    limit: sometimes(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 28 }))),
    order: sometimes(fc.constantFrom("asc" as const, "desc" as const)),
    subject: sometimes(fc.constantFrom(...subjects, unknownSubject)),
    leaveOut: fc.boolean(),
  })
  .map(({ leaveOut, ...options }) =>
    leaveOut ? (Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as AuditListOptions) : options,
  );

/** The random `asked` options, and the newest and oldest n entries for every n up to past the log's length. */
function withEveryLimit(asked: readonly AuditListOptions[], length: number): AuditListOptions[] {
  const limits = Array.from({ length: length + 2 }, (_, n) => n);
  return [...asked, ...limits.map((limit) => ({ order: "desc" as const, limit })), ...limits.map((limit) => ({ limit }))];
}

/** Options each store must refuse with CORE_INVALID_ARGUMENT, and the option the message must name. */
const badListOptions: readonly { readonly options: unknown; readonly names: string }[] = [
  { options: { fromSeq: 0 }, names: "fromSeq" },
  { options: { fromSeq: -1 }, names: "fromSeq" },
  { options: { fromSeq: 1.5 }, names: "fromSeq" },
  { options: { fromSeq: Number.NaN }, names: "fromSeq" },
  { options: { fromSeq: "2" }, names: "fromSeq" },
  { options: { beforeSeq: -3 }, names: "beforeSeq" },
  { options: { beforeSeq: 2.5 }, names: "beforeSeq" },
  { options: { beforeSeq: Number.NaN }, names: "beforeSeq" },
  { options: { beforeSeq: Number.POSITIVE_INFINITY }, names: "beforeSeq" },
  { options: { limit: -1 }, names: "limit" },
  { options: { limit: 0.5 }, names: "limit" },
  { options: { limit: Number.NaN }, names: "limit" },
  { options: { limit: Number.POSITIVE_INFINITY }, names: "limit" },
  { options: { limit: AUDIT_LIST_MAX_LIMIT + 1 }, names: "limit" },
  { options: { order: "newest" }, names: "order" },
  { options: { order: "DESC" }, names: "order" },
  { options: { subject: null }, names: "subject" },
  { options: { subject: "post:p-1" }, names: "subject" },
  { options: { subject: { type: "post" } }, names: "subject.id" },
  { options: { subject: { type: "", id: "p-1" } }, names: "subject.type" },
  { options: { subject: { type: "post", id: 42 } }, names: "subject.id" },
  { options: { subject: { type: "post", id: "p-\ud800" } }, names: "subject.id" },
  { options: null, names: "options" },
];

function invalidArgumentNaming(names: string): (error: unknown) => boolean {
  return (error) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT") && error.message.includes(names);
}

/**
 * The behaviour every {@link AuditRepository} must show, as a vitest suite. A
 * store package calls it once with a factory of fresh, empty repositories for
 * the organisation `"musterstadt"` — or of tenant stores of `"musterstadt"`:
 * then the rules of appending are also checked inside `transaction` and,
 * where the store offers it, `syncTransaction`.
 *
 * It checks `list` with every option against a model worked out the long
 * way (filter, sort, cut the whole log) — newest first, seq bounds, paging
 * backwards, one subject's entries, refused options — also for entries a
 * transaction appended and has not committed yet.
 *
 * Besides list, head and the chain's link it holds every store to
 * {@link assertAuditAppend}: an entry with a wrong hash, of another
 * organisation, backdated, or with an `at` of another form is refused with
 * its own code, nothing of it is stored, and the log stays appendable.
 *
 * @example
 * ```ts
 * testAuditRepository("sqlite", async () => (await openTestStore()).tenant("musterstadt"));
 * ```
 */
export function testAuditRepository(name: string, create: () => AuditRepository | TenantStore | Promise<AuditRepository | TenantStore>): void {
  const repository = async () => {
    const made = await create();
    return isTenantStore(made) ? made.audit : made;
  };
  describe(`AuditRepository conformance: ${name}`, () => {
    it("starts empty", async () => {
      const audit = await repository();
      expect(await audit.head()).toBeUndefined();
      expect(await audit.list()).toEqual([]);
    });

    it("returns what was appended, in ascending seq, and the last entry as head, with its at", async () => {
      const audit = await repository();
      const written = await appendMany(audit, 3);
      expect(await audit.list()).toEqual(written);
      expect(await audit.head()).toEqual({ seq: 3, hash: written[2]!.hash, at: written[2]!.at });
    });

    it("pages with fromSeq and limit", async () => {
      const audit = await repository();
      const written = await appendMany(audit, 5);
      expect(await audit.list({ fromSeq: 2, limit: 2 })).toEqual(written.slice(1, 3));
      expect(await audit.list({ fromSeq: 4 })).toEqual(written.slice(3));
      expect(await audit.list({ fromSeq: 6 })).toEqual([]);
      expect(await audit.list({ limit: 0 })).toEqual([]);
    });

    it("lists newest first with order desc, and pages backwards with beforeSeq", async () => {
      const audit = await repository();
      const written = await appendMany(audit, 5);
      const seqs = async (options: AuditListOptions) => (await audit.list(options)).map((entry) => entry.seq);
      expect(await audit.list({ order: "desc" })).toEqual([...written].reverse());
      expect(await seqs({ order: "desc", limit: 2 })).toEqual([5, 4]);
      expect(await seqs({ order: "desc", limit: 2, beforeSeq: 4 })).toEqual([3, 2]);
      expect(await seqs({ order: "desc", limit: 2, beforeSeq: 2 })).toEqual([1]);
      expect(await seqs({ order: "desc", limit: 2, beforeSeq: 1 })).toEqual([]);
      expect(await seqs({ order: "desc", fromSeq: 2, beforeSeq: 5 })).toEqual([4, 3, 2]);
      expect(await seqs({ order: "asc", beforeSeq: 3 })).toEqual([1, 2]);
      expect(await seqs({ beforeSeq: 99 })).toEqual([1, 2, 3, 4, 5]);
      expect(await seqs({ fromSeq: 4, beforeSeq: 4 })).toEqual([]);
      expect(await seqs({ fromSeq: 5, beforeSeq: 2 })).toEqual([]);
      expect(await seqs({ order: "desc", limit: 0 })).toEqual([]);
      expect(await seqs({ order: "desc", limit: AUDIT_LIST_MAX_LIMIT })).toEqual([5, 4, 3, 2, 1]);
    });

    it("lists only the entries about a subject: same type and same id, matched exactly", async () => {
      const audit = await repository();
      const written = await appendAbout(audit, [subjects[0]!, subjects[1]!, subjects[0]!, subjects[2]!, subjects[4]!, subjects[0]!, subjects[3]!]);
      const seqs = async (options: AuditListOptions) => (await audit.list(options)).map((entry) => entry.seq);
      expect(await audit.list({ subject: { type: "post", id: "p-1" } })).toEqual([written[0], written[2], written[5]]);
      expect(await seqs({ subject: { type: "post", id: "p-1" }, order: "desc", limit: 2 })).toEqual([6, 3]);
      expect(await seqs({ subject: { type: "post", id: "p-1" }, order: "desc", beforeSeq: 6 })).toEqual([3, 1]);
      expect(await seqs({ subject: { type: "post", id: "p-1" }, fromSeq: 2, beforeSeq: 6 })).toEqual([3]);
      expect(await seqs({ subject: { type: "reply", id: "p-1" } })).toEqual([2]);
      expect(await seqs({ subject: { type: "post", id: "p-1 " } })).toEqual([4]);
      expect(await seqs({ subject: subjects[4]! })).toEqual([5]);
      expect(await seqs({ subject: { type: "Post", id: "p-1" } })).toEqual([]);
      expect(await seqs({ subject: unknownSubject })).toEqual([]);
    });

    it("refuses bad list options with CORE_INVALID_ARGUMENT naming the option, on an empty log and a filled one", async () => {
      const audit = await repository();
      for (const round of ["empty", "filled"]) {
        for (const { options, names } of badListOptions) {
          await expect(audit.list(options as AuditListOptions), `${round}: ${String(JSON.stringify(options))}`).rejects.toSatisfy(invalidArgumentNaming(names));
        }
        if (round === "empty") await appendMany(audit, 3);
      }
      expect(await audit.list({ fromSeq: 1, beforeSeq: 1, limit: 0, order: "asc", subject: unknownSubject })).toEqual([]);
    });

    it("answers any list options as filtering, sorting and cutting the whole log would (property)", async () => {
      await fc.assert(
        fc.asyncProperty(logArbitrary, fc.array(listOptionsArbitrary, { minLength: 1, maxLength: 20 }), async (log, asked) => {
          const audit = await repository();
          const written = await appendAbout(audit, log);
          const ascending = await audit.list();
          expect(ascending).toEqual(written);
          for (const options of withEveryLimit(asked, ascending.length)) expect(await audit.list(options), JSON.stringify(options)).toEqual(model(ascending, options));
        }),
        { numRuns: 15 },
      );
    });

    it("pages backwards through the whole log, or one subject's entries, each entry exactly once, newest first (property)", async () => {
      await fc.assert(
        fc.asyncProperty(
          logArbitrary,
          fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 30 }),
          fc.option(subjectArbitrary, { nil: undefined }),
          async (log, sizes, subject) => {
            const audit = await repository();
            const written = await appendAbout(audit, log);
            const expected = model(written, { order: "desc", ...(subject ? { subject } : {}) });
            const seen: AuditEntry[] = [];
            let beforeSeq: number | undefined;
            for (let page = 0; ; page++) {
              const limit = sizes[page % sizes.length]!;
              const entries = await audit.list({ order: "desc", limit, ...(beforeSeq === undefined ? {} : { beforeSeq }), ...(subject ? { subject } : {}) });
              expect(entries.length).toBeLessThanOrEqual(limit);
              seen.push(...entries);
              if (entries.length < limit) break;
              beforeSeq = entries.at(-1)!.seq;
            }
            expect(seen).toEqual(expected);
            expect(new Set(seen.map((entry) => entry.seq)).size).toBe(seen.length);
          },
        ),
        { numRuns: 15 },
      );
    });

    it("refuses an entry that does not follow the head with CORE_CONFLICT, and keeps the log unchanged", async () => {
      const audit = await repository();
      const [first] = await appendMany(audit, 1);
      const head = await audit.head();
      const second = createAuditEntry(head, organisationId, input(2), start + 2000);
      const replayed = createAuditEntry(undefined, organisationId, input(9), start + 3000); // seq 1 again
      const skipping = createAuditEntry({ seq: 2, hash: second.hash }, organisationId, input(3), start + 3000); // seq 3
      const forked = createAuditEntry({ seq: 1, hash: "f".repeat(64) }, organisationId, input(4), start + 3000); // seq 2, wrong link
      for (const entry of [replayed, skipping, forked]) {
        await expect(audit.append(entry)).rejects.toSatisfy((error) => KommuneError.isInstance(error, "CORE_CONFLICT"));
      }
      expect(await audit.list()).toEqual([first]);
      await audit.append(second);
      expect(await audit.head()).toMatchObject({ seq: 2, hash: second.hash });
    });

    it("refuses a first entry whose prevHash is not the genesis hash", async () => {
      const audit = await repository();
      const entry = createAuditEntry(undefined, organisationId, input(1), start);
      await expect(audit.append({ ...entry, prevHash: "1".repeat(64) })).rejects.toSatisfy((error) =>
        KommuneError.isInstance(error, "CORE_CONFLICT"),
      );
      expect(await audit.head()).toBeUndefined();
    });

    it("lets exactly one of two writers that read the same head append", async () => {
      const audit = await repository();
      await appendMany(audit, 1);
      const head = await audit.head();
      const a = createAuditEntry(head, organisationId, input(2), start + 2000);
      const b = createAuditEntry(head, organisationId, { ...input(3), reason: "second writer" }, start + 2000);
      const results = await Promise.allSettled([audit.append(a), audit.append(b)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const entries = await audit.list();
      expect(entries).toHaveLength(2);
      expect([a.hash, b.hash]).toContain(entries[1]!.hash);
    });

    it("refuses a wrong hash, another organisation, a backdated entry and an at of another form, each with its code; stores nothing and stays appendable", async () => {
      const audit = await repository();
      const written = await appendMany(audit, 2);
      const head = (await audit.head())!;
      for (const { what, entry, code } of refusals(head)) {
        expect(await refusedWith(audit.append(entry)), what).toBe(code);
        expect(await audit.list(), what).toEqual(written);
        expect(await audit.head(), what).toEqual(head);
      }
      const next = createAuditEntry(head, organisationId, input(3), start + 3_600_000);
      await audit.append(next);
      expect(await audit.list()).toEqual([...written, next]);
    });

    it("accepts an entry dated at the head's instant, and one whose clock read earlier once createAuditEntry dated it at the head", async () => {
      const audit = await repository();
      const [first] = await appendMany(audit, 1);
      const same = forged(await audit.head(), { at: first!.at }, 2);
      await audit.append(same);
      const late = createAuditEntry(await audit.head(), organisationId, input(3), Date.parse(first!.at) - 5_000); // a clock 5 s behind
      expect(late.at).toBe(first!.at);
      await audit.append(late);
      expect((await audit.list()).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    });

    it("keeps exactly the honest entries of any mix of honest and refused appends (property)", async () => {
      type Op = { kind: "honest"; skewMs: number } | { kind: "refused"; which: number };
      const op: fc.Arbitrary<Op> = fc.oneof(
        fc.record({ kind: fc.constant("honest" as const), skewMs: fc.integer({ min: -120_000, max: 120_000 }) }),
        fc.record({ kind: fc.constant("refused" as const), which: fc.nat({ max: 5 }) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
          const audit = await repository();
          const kept: AuditEntry[] = [];
          let now = start;
          for (const step of ops) {
            const head = await audit.head();
            if (step.kind === "honest" || !head) {
              now += 60_000;
              const entry = createAuditEntry(head, organisationId, input(kept.length + 1), now + (step.kind === "honest" ? step.skewMs : 0));
              await audit.append(entry);
              kept.push(entry);
            } else {
              const refusal = refusals(head)[step.which]!;
              expect(await refusedWith(audit.append(refusal.entry)), refusal.what).toBe(refusal.code);
            }
          }
          expect(await audit.list()).toEqual(kept);
          const last = kept[kept.length - 1]!;
          expect(await audit.head()).toEqual({ seq: last.seq, hash: last.hash, at: last.at });
        }),
        { numRuns: 20 },
      );
    });

    it("(tenant stores) lists a transaction's own, uncommitted entries with the committed ones under any options, in transaction and syncTransaction (property)", async (context) => {
      if (!isTenantStore(await create())) return context.skip();
      const rolledBack = new Error("rolled back on purpose");
      await fc.assert(
        fc.asyncProperty(
          fc.array(subjectArbitrary, { minLength: 2, maxLength: 24 }),
          fc.nat(),
          fc.array(listOptionsArbitrary, { minLength: 1, maxLength: 20 }),
          fc.nat({ max: badListOptions.length - 1 }),
          async (log, split, asked, bad) => {
            const made = (await create()) as TenantStore;
            const committed = await appendAbout(made.audit, log.slice(0, split % (log.length + 1)));
            const own = log.slice(committed.length);
            const refused = badListOptions[bad]!;
            // The async transaction is rolled back at the end, so that the
            // synchronous one appends the same entries over the same log.
            const inTransaction = made.transaction(async (tx) => {
              const all = [...committed];
              for (const subject of own) {
                const entry = entryAbout(await tx.audit.head(), subject, all.length + 1);
                await tx.audit.append(entry);
                all.push(entry);
              }
              for (const options of withEveryLimit(asked, all.length)) expect(await tx.audit.list(options), `transaction: ${JSON.stringify(options)}`).toEqual(model(all, options));
              await expect(tx.audit.list(refused.options as AuditListOptions)).rejects.toSatisfy(invalidArgumentNaming(refused.names));
              throw rolledBack;
            });
            await expect(inTransaction).rejects.toBe(rolledBack);
            expect(await made.audit.list()).toEqual(committed);
            if (!made.syncTransaction) return;
            const all = [...committed];
            await made.syncTransaction((tx) => {
              for (const subject of own) {
                const entry = entryAbout(tx.audit.head(), subject, all.length + 1);
                tx.audit.append(entry);
                all.push(entry);
              }
              for (const options of withEveryLimit(asked, all.length)) expect(tx.audit.list(options), `syncTransaction: ${JSON.stringify(options)}`).toEqual(model(all, options));
              expect(() => tx.audit.list(refused.options as AuditListOptions)).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
            });
            expect(await made.audit.list()).toEqual(all);
            for (const options of asked) expect(await made.audit.list(options), `committed: ${JSON.stringify(options)}`).toEqual(model(all, options));
          },
        ),
        { numRuns: 20 },
      );
    });

    it("(tenant stores) refuses the same entries inside transaction: at once, nothing of them committed, honest ones after them kept", async (context) => {
      const made = await create();
      if (!isTenantStore(made)) return context.skip();
      const written = await appendMany(made.audit, 2);
      const head = (await made.audit.head())!;
      const next = await made.transaction(async (tx) => {
        expect(await tx.audit.head()).toEqual(head);
        for (const { what, entry, code } of refusals(head)) expect(await refusedWith(tx.audit.append(entry)), what).toBe(code);
        const honest = createAuditEntry(await tx.audit.head(), organisationId, input(3), start + 3_600_000);
        await tx.audit.append(honest);
        expect(await tx.audit.head()).toEqual({ seq: 3, hash: honest.hash, at: honest.at });
        for (const { what, entry, code } of refusals((await tx.audit.head())!)) expect(await refusedWith(tx.audit.append(entry)), what).toBe(code);
        return honest;
      });
      expect(await made.audit.list()).toEqual([...written, next]);
      // A refusal the work lets through rolls the transaction back; the log stays appendable.
      const [bad] = refusals((await made.audit.head())!);
      expect(await refusedWith(made.transaction(async (tx) => tx.audit.append(bad!.entry)))).toBe(bad!.code);
      await appendMany(made.audit, 1);
      expect((await made.audit.list()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
    });

    it("(tenant stores) refuses the same entries inside syncTransaction, where it is offered", async (context) => {
      const made = await create();
      if (!isTenantStore(made) || !made.syncTransaction) return context.skip();
      const written = await appendMany(made.audit, 2);
      const head = (await made.audit.head())!;
      const check = (audit: SyncAuditRepository, at: AuditHead) => {
        for (const { what, entry, code } of refusals(at)) expect(syncRefusedWith(() => audit.append(entry)), what).toBe(code);
      };
      const next = await made.syncTransaction((tx) => {
        expect(tx.audit.head()).toEqual(head);
        check(tx.audit, head);
        const honest = createAuditEntry(tx.audit.head(), organisationId, input(3), start + 3_600_000);
        tx.audit.append(honest);
        check(tx.audit, tx.audit.head()!);
        return honest;
      });
      expect(await made.audit.list()).toEqual([...written, next]);
      const [, bad] = refusals((await made.audit.head())!);
      expect(await refusedWith(made.syncTransaction((tx) => tx.audit.append(bad!.entry)))).toBe(bad!.code);
      await appendMany(made.audit, 1);
      expect((await made.audit.list()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
    });
  });
}
