import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import { testAuditRepository } from "./audit-repository-conformance.js";
import { createAuditEntry } from "./create-audit-entry.js";
import { createMemoryAuditRepository } from "./memory-audit-repository.js";

testAuditRepository("memory", () => createMemoryAuditRepository());

const input = { actor: { kind: "system", id: "scheduler" }, action: "post.scheduled", subject: { type: "post", id: "p-1" } } as const;
const isCode = (code: string) => (error: unknown) => KommuneError.isInstance(error, code);

describe("createMemoryAuditRepository", () => {
  it("refuses an entry whose hash does not match its content, so a bad entry never becomes permanent", async () => {
    const repository = createMemoryAuditRepository();
    const entry = createAuditEntry(undefined, "musterstadt", input, 0);
    await expect(repository.append({ ...entry, to: "published" })).rejects.toSatisfy(isCode("CORE_AUDIT_HASH_MISMATCH"));
    expect(await repository.head()).toBeUndefined();
  });

  it("refuses an entry of another organisation", async () => {
    const pinned = createMemoryAuditRepository({ organisationId: "musterstadt" });
    await expect(pinned.append(createAuditEntry(undefined, "beispielhausen", input, 0))).rejects.toSatisfy(isCode("CORE_TENANT_MISMATCH"));

    const firstDecides = createMemoryAuditRepository();
    const first = createAuditEntry(undefined, "musterstadt", input, 0);
    await firstDecides.append(first);
    await expect(firstDecides.append(createAuditEntry(first, "beispielhausen", input, 1))).rejects.toSatisfy(isCode("CORE_TENANT_MISMATCH"));
  });

  it("keeps its own frozen copy: neither the appended object nor a listed one can change history", async () => {
    const repository = createMemoryAuditRepository();
    const entry = createAuditEntry(undefined, "musterstadt", { ...input, data: { channels: ["mastodon"] } }, 0);
    await repository.append(entry);
    (entry.data as { channels: string[] }).channels.push("bluesky");
    const [stored] = await repository.list();
    expect(stored!.data).toEqual({ channels: ["mastodon"] });
    expect(() => {
      (stored as { reason?: string }).reason = "changed";
    }).toThrow(TypeError);
    expect(() => (stored!.data as { channels: string[] }).channels.push("x")).toThrow(TypeError);
  });

  it("refuses nonsense paging options", async () => {
    const repository = createMemoryAuditRepository();
    await expect(repository.list({ fromSeq: 0 })).rejects.toSatisfy(isCode("CORE_INVALID_ARGUMENT"));
    await expect(repository.list({ limit: -1 })).rejects.toSatisfy(isCode("CORE_INVALID_ARGUMENT"));
    await expect(repository.list({ fromSeq: 1.5 })).rejects.toSatisfy(isCode("CORE_INVALID_ARGUMENT"));
  });
});
