import { randomUUID } from "node:crypto";
import type { Media, MediaKind } from "@kommune-sm/core";
import { expect } from "vitest";
import type { NetworkCapabilitiesV1 } from "../spec/capabilities-v1.js";
import { ADAPTER_OPERATIONS_V1, type NetworkAdapterV1 } from "../spec/network-adapter-v1.js";
import { NetworkError } from "../spec/network-error.js";
import type { AdapterCallContextV1, ChannelRefV1, LookupRequestV1, LookupResultV1, PublishRequestV1, PublishResultV1 } from "../spec/requests-v1.js";
import type { AdapterTestControl, NetworkPostRecord } from "./adapter-test-control.js";
import type { AdapterTestSetup } from "./adapter-test-options.js";
import { preview } from "./expect-network-error.js";
import { createRecordingLogger } from "./recording-logger.js";
import { findSecretIn, findSecretInError } from "./secret-leaks.js";
import { defaultTestMedia } from "./test-media.js";


/** What a publish in a check may set; the rest is filled in. */
export interface PublishDraft {
  readonly text?: string;
  readonly media?: readonly Media[];
  readonly idempotencyKey?: string;
  /** A content warning to send (only to a network that declares `contentWarnings`). */
  readonly contentWarning?: string;
}

/**
 * One test's view of the adapter under test: every call goes through a guard
 * that fails the test when a result or error carries the access token or a
 * rejection is not a `NetworkError`, and the adapter logs into a recording
 * logger that is searched for the token when the test ends.
 */
export interface AdapterTestHarness {
  /** The adapter behind the guard. */
  readonly adapter: NetworkAdapterV1;
  readonly capabilities: NetworkCapabilitiesV1;
  readonly channel: ChannelRefV1;
  readonly control: AdapterTestControl | undefined;
  /** Runs of each fast-check property. */
  readonly numRuns: number;
  /** The network's clock, epoch ms. */
  now(): number;
  /** A fresh call context (credentials, signal, clock, recording logger). */
  context(): AdapterCallContextV1;
  /** The control, or a failure that says to provide one or skip `area`. */
  requireControl(area: string): AdapterTestControl;
  /** A key never used before in this process. */
  key(label?: string): string;
  /** A text prefix never used before, ASCII, ending in a space. */
  tag(): string;
  /** A media item of `kind` the adapter can publish. */
  media(kind: MediaKind, index?: number): Media;
  /** A complete publish request. */
  publishRequest(draft?: PublishDraft): PublishRequestV1;
  /** Publishes and checks the result's form. */
  publish(draft?: PublishDraft): Promise<{ readonly request: PublishRequestV1; readonly result: PublishResultV1 }>;
  /** A lookup of `request` in a window from the start of the test to a minute from now. */
  lookup(request: Pick<PublishRequestV1, "idempotencyKey" | "text">): Promise<LookupResultV1>;
  /** What the network holds, if there is a control. */
  postsOnNetwork(): Promise<readonly NetworkPostRecord[] | undefined>;
  /** Fails if the network holds a post it did not hold `before`, or (without control) if a lookup finds `request`. */
  expectNothingPublished(before: readonly NetworkPostRecord[] | undefined, request: PublishRequestV1): Promise<void>;
  /** Fails if a line the adapter logged holds a credential. */
  expectNoCredentialInLogs(): void;
  /** Aborts the context's signal and runs the setup's cleanup. */
  close(): Promise<void>;
}

let sequence = 0;
const run = randomUUID().slice(0, 8);

/** Opens a harness over a setup from `create`. */
export function openHarness(setup: AdapterTestSetup, numRuns: number): AdapterTestHarness {
  const { credentials, channel, control } = setup;
  if (typeof credentials?.accessToken !== "string" || credentials.accessToken.length < 12) {
    throw new Error("The setup's credentials.accessToken must be a distinctive string of at least 12 characters (16 or more random ones are best): the kit searches results, errors and logs for it.");
  }
  const secrets = [credentials.accessToken, ...(credentials.refreshToken && credentials.refreshToken.length >= 12 ? [credentials.refreshToken] : [])];
  const lines: string[] = [];
  const logger = createRecordingLogger(lines);
  const aborter = new AbortController();
  const now = setup.now ?? (() => Date.now());
  const startedAt = now();
  const adapter = guard(setup.adapter, secrets);
  const media = setup.media ?? defaultTestMedia;

  const harness: AdapterTestHarness = {
    adapter,
    capabilities: setup.adapter.capabilities,
    channel,
    control,
    numRuns,
    now,
    context: () => ({ credentials, signal: aborter.signal, now, logger, ...(setup.mediaStore ? { media: setup.mediaStore } : {}) }),
    requireControl(area) {
      if (!control) {
        throw new Error(`The area "${area}" drives the network and needs \`control\` (an AdapterTestControl) in the setup; provide one, or skip the area with a reason.`);
      }
      return control;
    },
    key: (label = "key") => `kit-${run}-${label}-${++sequence}`,
    tag: () => `[kit ${run} ${++sequence}] `,
    media: (kind, index = 0) => media(kind, index),
    publishRequest(draft = {}) {
      const idempotencyKey = draft.idempotencyKey ?? harness.key("publish");
      return {
        deliveryId: `delivery-${idempotencyKey}`,
        idempotencyKey,
        channel,
        text: draft.text ?? `${harness.tag()}Die Sperrmüll-Termine 2027 sind online 🚛`,
        ...(draft.contentWarning === undefined ? {} : { contentWarning: draft.contentWarning }),
        language: "de",
        media: draft.media ?? [],
        links: [],
        hashtags: [],
        options: {},
      };
    },
    async publish(draft) {
      const request = harness.publishRequest(draft);
      const result = await adapter.publish(request, harness.context());
      expectPublishResult(result, "publish");
      return { request, result };
    },
    lookup(request) {
      return adapter.lookup(
        {
          channel,
          idempotencyKey: request.idempotencyKey,
          text: request.text,
          notBefore: new Date(startedAt - 60_000).toISOString(),
          notAfter: new Date(now() + 60_000).toISOString(),
        } satisfies LookupRequestV1,
        harness.context(),
      );
    },
    postsOnNetwork: async () => (control ? control.published() : undefined),
    async expectNothingPublished(before, request) {
      if (before) {
        const known = new Set(before.map((post) => post.remoteId));
        const added = (await harness.requireControl("publish").published()).filter((post) => !known.has(post.remoteId));
        expect(added, "a refused publish must leave nothing on the network").toEqual([]);
      } else if (harness.capabilities.idempotency !== "none") {
        expect((await harness.lookup(request)).status, "a refused publish must not be found by lookup").not.toBe("found");
      }
    },
    expectNoCredentialInLogs() {
      const leak = findSecretIn(lines, secrets, "the log");
      expect(leak, `the adapter logged a credential (${leak}): ${leak ? lines.find((line) => secrets.some((secret) => line.includes(secret)))?.slice(0, 120) : ""}`).toBeUndefined();
    },
    async close() {
      aborter.abort();
      await setup.cleanup?.();
    },
  };
  return harness;
}

/** The adapter with every operation checked for leaks and for the error type. */
function guard(adapter: NetworkAdapterV1, secrets: readonly string[]): NetworkAdapterV1 {
  const guarded: Record<string, unknown> = {
    specificationVersion: adapter.specificationVersion,
    id: adapter.id,
    displayName: adapter.displayName,
    capabilities: adapter.capabilities,
  };
  for (const name of [...ADAPTER_OPERATIONS_V1, "refreshCredentials", "capabilitiesFor"] as const) {
    const operation = adapter[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof operation !== "function") continue;
    guarded[name] = async (...args: unknown[]) => {
      let result: unknown;
      try {
        result = await operation.apply(adapter, args);
      } catch (error) {
        expect(NetworkError.isNetworkError(error), `${name} must reject with a NetworkError, not ${preview(error)}`).toBe(true);
        const leak = findSecretInError(error, secrets, `the error of ${name}`);
        expect(leak, `a credential appears in ${leak}`).toBeUndefined();
        throw error;
      }
      if (name !== "refreshCredentials") {
        const leak = findSecretIn(result, secrets, `the result of ${name}`);
        expect(leak, `a credential appears in ${leak}`).toBeUndefined();
      }
      return result;
    };
  }
  return guarded as unknown as NetworkAdapterV1;
}

/** Checks the form of a publish (or reply) result. */
export function expectPublishResult(result: PublishResultV1, what: string): void {
  expect(typeof result?.remoteId === "string" && result.remoteId.length > 0, `${what} must return a non-empty remoteId, got ${preview(result)}`).toBe(true);
  if (result.url !== undefined) expectLink(result.url, `${what}: url`);
  if (result.publishedAt !== undefined) expectInstant(result.publishedAt, `${what}: publishedAt`);
  for (const warning of result.warnings ?? []) {
    expect(["unsupported-feature", "content-adjusted", "other"], `${what}: warning type`).toContain(warning.type);
    expect(typeof warning.message, `${what}: warning message`).toBe("string");
  }
}

/**
 * Checks that `value` is an absolute URL that is safe to show as a link: any
 * scheme (a sandbox may use its own, so that a practice post is never taken
 * for a real one) except those that run code or read local files.
 */
export function expectLink(value: unknown, what: string): void {
  let scheme = "";
  try {
    scheme = typeof value === "string" && !/\s/.test(value) ? new URL(value).protocol : "";
  } catch {
    // not a URL: scheme stays empty
  }
  expect(scheme !== "" && !["javascript:", "data:", "vbscript:", "file:"].includes(scheme), `${what} must be an absolute URL that is safe to open, got ${preview(value)}`).toBe(true);
}

const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

/** Checks that `value` is an RFC 3339 instant with an offset. */
export function expectInstant(value: unknown, what: string): void {
  expect(typeof value === "string" && rfc3339.test(value) && Number.isFinite(Date.parse(value)), `${what} must be an RFC 3339 instant with offset, got ${preview(value)}`).toBe(true);
}
