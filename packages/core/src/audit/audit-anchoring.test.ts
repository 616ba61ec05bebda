import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import type { AuditAnchorSink } from "./audit-anchor.js";
import { staticAuditAnchorKeys } from "./audit-anchor-keys.js";
import { AuditAnchoring, type AuditAnchoringFailedData } from "./audit-anchoring.js";
import type { AuditEntryInput } from "./audit-entry.js";
import { AuditLog } from "./audit-log.js";
import { createAuditAnchor } from "./create-audit-anchor.js";
import { createMemoryAuditAnchorSink } from "./memory-audit-anchor-sink.js";
import { createMemoryAuditRepository } from "./memory-audit-repository.js";

const input: AuditEntryInput = { actor: { kind: "system", id: "scheduler" }, action: "post.scheduled", subject: { type: "post", id: "p-1" } };
const keys = staticAuditAnchorKeys({ keyId: "k1", privateKey: generateKeyPairSync("ed25519").privateKey });

function setup(sink: AuditAnchorSink = createMemoryAuditAnchorSink()) {
  const clock = new TestClock("2026-03-29T07:00:00Z");
  const log = new AuditLog({ organisationId: "musterstadt", repository: createMemoryAuditRepository(), clock, anchor: createAuditAnchor({ sink, keys, clock }) });
  const failures: AuditAnchoringFailedData[] = [];
  const anchoring = new AuditAnchoring({ log, clock, sink: sink.kind, intervalMs: 10_000, onFailure: (failure) => void failures.push(failure) });
  return { clock, log, anchoring, failures };
}

describe("AuditAnchoring", () => {
  it("anchors the head every interval when it moved, and once more when stopped", async () => {
    const sink = createMemoryAuditAnchorSink();
    const { clock, log, anchoring } = setup(sink);
    anchoring.start();
    await log.append(input);
    await log.append(input);
    expect(sink.records).toHaveLength(0); // appending costs nothing extra
    await clock.advanceBy(10_000);
    await anchoring.anchorNow();
    expect(sink.records).toMatchObject([{ seq: 2 }]);
    await clock.advanceBy(10_000);
    await clock.advanceBy(10_000);
    expect(sink.records).toHaveLength(1); // the head did not move
    await log.append(input);
    await anchoring.stop();
    expect(sink.records).toMatchObject([{ seq: 2 }, { seq: 3 }]);
    await log.append(input);
    await clock.advanceBy(60_000);
    expect(sink.records).toHaveLength(2); // stopped
  });

  it("reports a failing sink once until it works again, never throwing, and anchors later", async () => {
    const inner = createMemoryAuditAnchorSink();
    let down = true;
    const flaky: AuditAnchorSink = { kind: "flaky", read: (id) => inner.read(id), append: async (record) => (down ? Promise.reject(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" })) : inner.append(record)) };
    const { clock, log, anchoring, failures } = setup(flaky);
    anchoring.start();
    await log.append(input);
    await anchoring.anchorNow();
    await clock.advanceBy(10_000);
    await anchoring.anchorNow();
    expect(failures).toEqual([{ organisationId: "musterstadt", sink: "flaky", code: "ENOSPC", message: "ENOSPC: no space left on device" }]);
    down = false;
    await clock.advanceBy(10_000);
    await anchoring.anchorNow();
    expect(inner.records).toMatchObject([{ seq: 1 }]);
    await anchoring.stop();
  });

  it("refuses an interval below a second", () => {
    const { log, clock } = setup();
    expect(() => new AuditAnchoring({ log, clock, sink: "memory", intervalMs: 10, onFailure: () => {} })).toThrow(/1000 or more/);
  });
});
