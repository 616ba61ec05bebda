import { describe, it } from "vitest";
import type { NetworkCapabilitiesV1 } from "../spec/capabilities-v1.js";
import type { AdapterCheck, AdapterCheckArea, AdapterFeatures } from "./adapter-check.js";
import { ADAPTER_TEST_AREAS, type AdapterTestArea, type AdapterTestOptions } from "./adapter-test-options.js";
import { capabilitiesChecks } from "./checks/capabilities-checks.js";
import { deleteChecks } from "./checks/delete-checks.js";
import { errorChecks } from "./checks/error-checks.js";
import { idempotencyChecks } from "./checks/idempotency-checks.js";
import { interactionsChecks } from "./checks/interactions-checks.js";
import { lookupChecks } from "./checks/lookup-checks.js";
import { mediaChecks } from "./checks/media-checks.js";
import { metricsChecks } from "./checks/metrics-checks.js";
import { profileChecks } from "./checks/profile-checks.js";
import { publishChecks } from "./checks/publish-checks.js";
import { replyChecks } from "./checks/reply-checks.js";
import { openHarness } from "./harness.js";

/** Every area of the kit, in the order they run. */
export const adapterCheckAreas: readonly AdapterCheckArea[] = [
  capabilitiesChecks,
  publishChecks,
  idempotencyChecks,
  mediaChecks,
  deleteChecks,
  errorChecks,
  metricsChecks,
  interactionsChecks,
  lookupChecks,
  replyChecks,
  profileChecks,
];

/** The checks of `area` for `capabilities` (and the optional operations of `adapter`); a capability the kit cannot read becomes one failing check instead of a crash while collecting. */
export function checksOf(area: AdapterCheckArea, capabilities: NetworkCapabilitiesV1, adapter?: AdapterFeatures): readonly AdapterCheck[] {
  try {
    return area.checks(capabilities, adapter);
  } catch (error) {
    return [
      {
        name: "derives its checks from the declared capabilities",
        run: () => Promise.reject(new Error(`The capabilities cannot be read for the area "${area.area}": ${error instanceof Error ? error.message : String(error)}`)),
      },
    ];
  }
}

function checkSkips(skip: Partial<Record<string, string>>): void {
  for (const [area, reason] of Object.entries(skip)) {
    if (!(ADAPTER_TEST_AREAS as readonly string[]).includes(area)) {
      throw new Error(`testAdapter: unknown area "${area}" in skip; the areas are ${ADAPTER_TEST_AREAS.join(", ")}.`);
    }
    if (typeof reason !== "string" || reason.trim() === "") throw new Error(`testAdapter: skipping "${area}" needs a reason.`);
  }
}

/**
 * The conformance suite every network adapter runs: capabilities, publish
 * and text limits, idempotent retry, media limits, delete, error
 * classification, metrics, interactions, reconciliation lookup, reply and
 * profile. The checks follow the declared capabilities: an operation the
 * adapter declares it does not offer must reject with a `NetworkError` of
 * kind `"unsupported"`; content warnings (`contentWarnings`), expiring keys
 * (`idempotencyWindowMs`) and per-account capabilities (`capabilitiesFor`)
 * are checked where the adapter declares or has them. Every call is also checked for leaked credentials
 * (in results, errors and log lines) and for rejections that are not a
 * `NetworkError`.
 *
 * Call it at the top level of a test file. `create` runs once while the
 * tests are collected (to read the capabilities) and once before every test.
 *
 * @example
 * ```ts
 * import { testAdapter } from "@kommune-sm/network/testkit";
 *
 * testAdapter({
 *   name: "dorf-app",
 *   create: async () => {
 *     const fake = await startFakeDorfApp();
 *     return { adapter: createDorfAppAdapter({ baseUrl: fake.url }), credentials: fake.credentials, channel, control: fake.control, cleanup: fake.close };
 *   },
 * });
 * ```
 */
export function testAdapter(options: AdapterTestOptions): void {
  const skip: Partial<Record<AdapterTestArea, string>> = options.skip ?? {};
  checkSkips(skip);
  const numRuns = options.numRuns ?? 15;
  const timeout = options.timeoutMs ?? 30_000;

  describe(`adapter conformance: ${options.name}`, async () => {
    // The checks depend on what the adapter declares, so read it once up front.
    const probe = await options.create();
    const { capabilities } = probe.adapter;
    const features: AdapterFeatures = typeof probe.adapter.capabilitiesFor === "function" ? { capabilitiesFor: probe.adapter.capabilitiesFor } : {};
    await probe.cleanup?.();

    for (const area of adapterCheckAreas) {
      const reason = skip[area.area];
      if (reason !== undefined) {
        it.skip(`${area.area}: skipped — ${reason}`, () => {});
        continue;
      }
      describe(area.area, () => {
        for (const check of checksOf(area, capabilities, features)) {
          it(
            check.name,
            async () => {
              const setup = await options.create();
              let harness;
              try {
                harness = openHarness(setup, numRuns);
              } catch (error) {
                await setup.cleanup?.();
                throw error;
              }
              try {
                await check.run(harness);
                harness.expectNoCredentialInLogs();
              } finally {
                await harness.close();
              }
            },
            timeout,
          );
        }
      });
    }
  });
}
