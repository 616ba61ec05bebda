// The monitor's state machine against a model: whatever sequence of results
// the checks bring, an event comes exactly when the stored status changes
// (never for a first "ok"), an unreadable spell keeps the last known finding,
// and "since" survives unreadable spells.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant } from "@kommune-sm/core";
import { nextFinding } from "./finding-transition.js";
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

describe("nextFinding (state machine)", () => {
  it("follows the model for any sequence of results", () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 30 }), (results) => {
        let stored: ImprintFinding | undefined;
        let modelStatus: ImprintStatus | undefined;
        let known: { status: KnownImprintStatus; link?: string; checkedAt: string; since: string } | undefined;
        let unreadableSince: string | undefined;
        results.forEach((r, i) => {
          const checkedAt = formatInstant(start + i * 3_600_000);
          const step = nextFinding(stored, r, { organisationId: "musterstadt", channelId: "c", network: "sandbox", expected: [IMPRINT], checkedAt, code: "X" });
          expect(step).toBeDefined();
          const { finding, event } = step!;
          expect(finding.revision).toBe(i + 1);
          expect(finding.status).toBe(r.status);
          // An event exactly when the status changes; a first "ok" is no news.
          const changed = modelStatus === undefined ? r.status !== "ok" : modelStatus !== r.status;
          expect(event !== undefined).toBe(changed);
          if (event) {
            expect(event.data.status).toBe(r.status);
            expect(event.data.previousStatus).toBe(modelStatus);
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
          stored = finding;
        });
      }),
      { numRuns: 1_000 },
    );
  });

  it("never lets an older check overwrite a newer finding", () => {
    const newer = nextFinding(undefined, { status: "missing" }, { organisationId: "m", channelId: "c", network: "n", expected: [IMPRINT], checkedAt: "2027-01-12T10:00:00.000Z" })!.finding;
    expect(nextFinding(newer, { status: "ok", link: IMPRINT }, { organisationId: "m", channelId: "c", network: "n", expected: [IMPRINT], checkedAt: "2027-01-12T09:59:59.999Z" })).toBeUndefined();
  });
});
