// The monitor's state machine against a model: whatever sequence of results
// the checks bring, an event comes exactly when the status differs from what
// people were last told (never for a first "ok"), an event whose worker
// stopped before emitting it stays owed, a check overtaken by another
// worker's is dropped whatever the clocks say, an unreadable spell keeps the
// last known finding, and "since" survives unreadable spells.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant } from "@kommune-sm/core";
import { announced, checkNumberOf, nextFinding, pendingAnnouncement } from "./finding-transition.js";
import type { ImprintCheckResult, ImprintStatus, KnownImprintStatus } from "./imprint-check-result.js";
import type { ImprintFinding } from "./imprint-finding.js";

const IMPRINT = "https://www.musterstadt.example/impressum";
const result: fc.Arbitrary<ImprintCheckResult> = fc.oneof(
  fc.constant<ImprintCheckResult>({ status: "ok", link: IMPRINT }),
  fc.constant<ImprintCheckResult>({ status: "missing" }),
  fc.constantFrom("https://a.example/impressum", "https://b.example/imprint").map((link): ImprintCheckResult => ({ status: "wrong", link, expected: [IMPRINT] })),
  fc.constantFrom("retryable", "authentication", "timeout", "malformed-profile").map((reason): ImprintCheckResult => ({ status: "unreadable", reason })),
);

const start = Date.parse("2027-01-12T08:00:00Z");

// One check: what it found, whether the worker stopped between storing the
// finding and emitting its event, how far its clock is off, and whether
// another worker stored a finding after its read began.
const check = fc.record({
  result,
  emitLost: fc.boolean(),
  clockOffsetMs: fc.integer({ min: -300_000, max: 300_000 }),
  overtaken: fc.boolean(),
  asked: fc.boolean(),
});

describe("nextFinding (state machine)", () => {
  it("follows the model for any sequence of results, lost emits, clock skew and overtaking", () => {
    fc.assert(
      fc.property(fc.array(check, { minLength: 1, maxLength: 30 }), (checks) => {
        let stored: ImprintFinding | undefined;
        let modelStatus: ImprintStatus | undefined;
        // What people were last told (a first "ok" counts as told: it is no news).
        let told: ImprintStatus | undefined;
        // An event stored but perhaps not emitted (its worker stopped).
        let owed: { status: ImprintStatus; previousStatus: ImprintStatus | undefined } | undefined;
        let known: { status: KnownImprintStatus; link?: string; checkedAt: string; since: string } | undefined;
        let unreadableSince: string | undefined;
        checks.forEach(({ result: r, emitLost, clockOffsetMs, overtaken, asked }, i) => {
          const checkedAt = formatInstant(start + i * 3_600_000 + clockOffsetMs);
          const context = { organisationId: "musterstadt", channelId: "c", network: "sandbox", expected: [IMPRINT], checkedAt, code: "X" };
          if (overtaken && stored) {
            // Another finding was stored after this read began: this older look is dropped, whatever the clocks say.
            expect(nextFinding(stored, r, { ...context, checkedAt: formatInstant(start + 10 * 3_600_000 * 30), readFromCheck: checkNumberOf(stored) - 1 })).toBeUndefined();
            return;
          }
          // A person's check is never dropped; a scheduled one read from the stored check.
          const step = nextFinding(stored, r, asked ? context : { ...context, readFromCheck: checkNumberOf(stored) });
          expect(step).toBeDefined();
          const { finding, event } = step!;
          expect(finding.revision).toBe((stored?.revision ?? 0) + 1);
          expect(checkNumberOf(finding)).toBe(checkNumberOf(stored) + 1);
          expect(finding.status).toBe(r.status);
          // An event exactly when the status differs from what people were last told (a first "ok" is no news);
          // and always while an event is owed: it may or may not have gone out.
          const due = owed !== undefined || (told === undefined ? r.status !== "ok" : told !== r.status);
          const previousStatus = owed ? (r.status === owed.status ? owed.previousStatus : owed.status) : told;
          expect(event !== undefined).toBe(due);
          expect(finding.pendingEvent).toEqual(event);
          if (event) {
            expect(event.data.status).toBe(r.status);
            expect(event.data.previousStatus).toBe(previousStatus);
            expect(event.data.previousKnownStatus).toBe(known?.status);
          }
          if (r.status === "unreadable") {
            unreadableSince = modelStatus === "unreadable" ? unreadableSince : checkedAt;
            expect(finding).toMatchObject({ reason: r.reason, code: "X", since: unreadableSince });
            expect(finding.link).toBeUndefined();
            expect(finding.lastKnown).toEqual(known);
          } else {
            const since = known?.status === r.status ? known.since : checkedAt;
            expect(finding.since).toBe(since);
            expect(finding.lastKnown).toBeUndefined();
            expect(finding.link).toBe(r.status === "missing" ? undefined : r.link);
            known = { status: r.status, ...(r.status === "missing" ? {} : { link: r.link }), checkedAt, since };
          }
          modelStatus = r.status;
          if (event && emitLost) {
            // Stored with its event, then the worker stopped: the event is still owed.
            stored = finding;
            expect(pendingAnnouncement(stored)).toEqual(event);
            owed = { status: r.status, previousStatus };
          } else {
            stored = event ? announced(finding) : finding;
            expect(pendingAnnouncement(stored)).toBeUndefined();
            expect(checkNumberOf(stored)).toBe(checkNumberOf(finding));
            told = r.status;
            owed = undefined;
          }
        });
      }),
      { numRuns: 1_000 },
    );
  });

  it("drops a scheduled check whose read began before another worker stored a check, even when its clock is later", () => {
    const base = { organisationId: "m", channelId: "c", network: "n", expected: [IMPRINT] };
    const theirs = nextFinding(undefined, { status: "missing" }, { ...base, checkedAt: "2027-01-12T10:00:00.000Z", readFromCheck: 0 })!.finding;
    expect(nextFinding(theirs, { status: "ok", link: IMPRINT }, { ...base, checkedAt: "2027-01-12T10:05:00.000Z", readFromCheck: 0 })).toBeUndefined();
    // Storing it as announced is no newer look: a check that read from it is not dropped.
    expect(nextFinding(announced(theirs), { status: "ok", link: IMPRINT }, { ...base, checkedAt: "2027-01-12T10:05:00.000Z", readFromCheck: checkNumberOf(theirs) })).toBeDefined();
    // Removed meanwhile (the channel was deleted): dropped.
    expect(nextFinding(undefined, { status: "missing" }, { ...base, checkedAt: "2027-01-12T10:05:00.000Z", readFromCheck: 1 })).toBeUndefined();
  });

  it("takes a check whose read began after the stored finding, and a person's check always, whatever the clocks say", () => {
    const base = { organisationId: "m", channelId: "c", network: "n", expected: [IMPRINT] };
    const theirs = nextFinding(undefined, { status: "missing" }, { ...base, checkedAt: "2027-01-12T10:00:00.000Z", readFromCheck: 0 })!.finding;
    const step = nextFinding(theirs, { status: "ok", link: IMPRINT }, { ...base, checkedAt: "2027-01-12T09:59:00.000Z", readFromCheck: checkNumberOf(theirs) });
    expect(step?.finding).toMatchObject({ status: "ok", revision: 2, check: 2 });
    expect(nextFinding(theirs, { status: "ok", link: IMPRINT }, { ...base, checkedAt: "2027-01-12T09:59:00.000Z" })?.finding).toMatchObject({ status: "ok" });
  });

  it("tells what became of a channel whose account was switched, from what was told of the old one", () => {
    const base = { organisationId: "m", channelId: "c", network: "n", expected: [IMPRINT] };
    const old = announced(nextFinding(undefined, { status: "missing" }, { ...base, handle: "@alt", checkedAt: "2027-01-12T10:00:00.000Z" })!.finding);
    const step = nextFinding(old, { status: "ok", link: IMPRINT }, { ...base, handle: "@neu", checkedAt: "2027-01-12T11:00:00.000Z" });
    expect(step?.event).toMatchObject({ type: "imprint.restored", data: { status: "ok", previousStatus: "missing" } });
    // A fresh start for the new account: its "since" is its own.
    expect(step?.finding.since).toBe("2027-01-12T11:00:00.000Z");
  });
});
