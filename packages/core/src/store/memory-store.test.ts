import { testAuditRepository } from "../audit/audit-repository-conformance.js";
import { testStoreConformance } from "../testkit/store-conformance.js";
import { createMemoryStore } from "./memory-store.js";

testStoreConformance({ name: "memory", create: () => createMemoryStore() });
testAuditRepository("memory store", () => createMemoryStore().tenant("musterstadt"));
