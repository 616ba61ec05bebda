import type { Media, MediaKind } from "@kommune-sm/core";
import type { MediaStore } from "../media/media-store.js";
import type { NetworkAdapterV1 } from "../spec/network-adapter-v1.js";
import type { ChannelRefV1, CredentialsV1 } from "../spec/requests-v1.js";
import type { AdapterTestControl } from "./adapter-test-control.js";

/** The areas of the conformance kit; each can be skipped with a reason. */
export const ADAPTER_TEST_AREAS = [
  "capabilities",
  "publish",
  "idempotency",
  "media",
  "delete",
  "errors",
  "metrics",
  "interactions",
  "lookup",
  "reply",
  "profile",
] as const;

/** An area of the conformance kit, see {@link ADAPTER_TEST_AREAS}. */
export type AdapterTestArea = (typeof ADAPTER_TEST_AREAS)[number];

/** What `create` hands the kit for one test: an adapter, an account on the network, and how to drive the network. */
export interface AdapterTestSetup {
  /** The adapter under test, configured for this network. */
  readonly adapter: NetworkAdapterV1;
  /**
   * Credentials of the test account. Use a distinctive, random access token
   * (16 characters or more): the kit fails if it shows up in a result, an
   * error or a log line.
   */
  readonly credentials: CredentialsV1;
  /** The test account the kit publishes to. */
  readonly channel: ChannelRefV1;
  /** Drives the network (failures, incoming interactions, what it holds); needed by the areas `errors`, `interactions` and `reply`. */
  readonly control?: AdapterTestControl;
  /** The network's clock (epoch ms) when it is simulated; default `Date.now`. Passed to the adapter as `context.now`. */
  readonly now?: () => number;
  /** A media item of `kind` that the adapter can publish (e.g. served by the fake network); default: an https URL on example.org. */
  readonly media?: (kind: MediaKind, index: number) => Media;
  /**
   * The media store the adapter reads uploads from (`context.media`), for
   * networks that take the files themselves: hold the bytes of every medium
   * `media` returns under its `storageKey`.
   */
  readonly mediaStore?: MediaStore;
  /** Stops servers and removes what `create` made; runs after every test. */
  cleanup?(): void | Promise<void>;
}

/**
 * Options of `testAdapter`.
 *
 * @example
 * ```ts
 * testAdapter({
 *   name: "village-app",
 *   create: async () => {
 *     const fake = await startFakeVillageApp();
 *     return { adapter: createVillageAppAdapter({ baseUrl: fake.url }), credentials: fake.credentials, channel, control: fake.control, cleanup: fake.close };
 *   },
 *   skip: { metrics: "the test instance has no statistics service" },
 * });
 * ```
 */
export interface AdapterTestOptions {
  /** Shown in the test names, e.g. `"mastodon"`. */
  readonly name: string;
  /** A fresh setup for each test (and one more, while collecting, to read the capabilities). */
  readonly create: () => Promise<AdapterTestSetup>;
  /** Areas not to run, each with the reason why (shown in the test name). */
  readonly skip?: Partial<Record<AdapterTestArea, string>>;
  /** Runs of each fast-check property; default 15. */
  readonly numRuns?: number;
  /** Timeout of each test in milliseconds; default 30,000. */
  readonly timeoutMs?: number;
}
