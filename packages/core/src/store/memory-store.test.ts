import { describe, expect, it } from "vitest";
import { testAuditRepository } from "../audit/audit-repository-conformance.js";
import { testStoreConformance } from "../testkit/store-conformance.js";
import { createMemoryStore } from "./memory-store.js";

testStoreConformance({ name: "memory", create: () => createMemoryStore() });
testAuditRepository("memory store", () => createMemoryStore().tenant("musterstadt"));

describe("memory store metrics", () => {
  it("takes 200,000 samples in one append, outside and inside a transaction", async () => {
    const store = createMemoryStore();
    const tenant = store.tenant("musterstadt");
    const samples = Array.from({ length: 200_000 }, (_, i) => ({ organisationId: "musterstadt", channelId: "kanal", at: new Date(1_777_000_000_000 + i * 1_000).toISOString(), metric: "likes", value: i }));
    await tenant.metrics.append(samples);
    await tenant.syncTransaction!((tx) => tx.metrics.append(samples));
    expect(await tenant.metrics.query({ metric: "likes" })).toHaveLength(400_000);
  });
});
