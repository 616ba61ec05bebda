import { createMemoryStore, formatInstant, instantToZonedTime, systemClock, type Clock, type Media, type TenantStore } from "@kommune-sm/core";
import {
  NetworkError,
  type AdapterCallContextV1,
  type ChannelCapabilitiesV1,
  type ChannelRefV1,
  type InteractionsPageV1,
  type LookupResultV1,
  type MetricSampleV1,
  type NetworkAdapterV1,
  type NetworkErrorKind,
  type ProfileV1,
  type PublishResultV1,
} from "@kommune-sm/network";
import { abortedError, waitForAbort, waitOnClock } from "./call-guards.js";
import { checkContent } from "./check-content.js";
import { createFaultPlan, type AcceptPhase, type SandboxFault, type SandboxFaults, type SandboxOperation, type TransientFailureOptions } from "./fault-plan.js";
import { createSlidingWindowLimiter } from "./rate-limiter.js";
import { SANDBOX_DEFAULT_RATE_LIMIT, sandboxCapabilities, type SandboxRateLimit } from "./sandbox-capabilities.js";
import { createSandboxCharacterLimits } from "./sandbox-character-limits.js";
import { createSandboxControl, type SandboxControl } from "./sandbox-control.js";
import type { SandboxPost } from "./sandbox-entities.js";
import { SandboxError } from "./sandbox-error.js";
import { createSandboxImprintChanges } from "./sandbox-imprint.js";
import { createSandboxTimeline, type SandboxPostDraft } from "./sandbox-timeline.js";
import { sandboxUrls } from "./sandbox-urls.js";

/** The adapter id of the sandbox; channels with `network: "sandbox"` publish to it. */
export const SANDBOX_ADAPTER_ID = "sandbox";

/** The name the sandbox shows, so that nobody mistakes it for a real network. */
export const SANDBOX_DISPLAY_NAME = "Sandbox (Übungsnetz – nichts wird öffentlich)";

/** What a crash point hands to {@link SandboxNetworkOptions.onCrash}. */
export interface SandboxCrash {
  /** Before the sandbox stored the post, or after. */
  readonly point: AcceptPhase;
  /** The call it struck. */
  readonly operation: SandboxOperation;
  /** The delivery of a publish, if the crash struck one. */
  readonly deliveryId?: string;
  /** The key of the publish or reply it struck. */
  readonly idempotencyKey?: string;
}

/** The account's profile as the sandbox shows it (for the imprint check). */
export interface SandboxProfileOptions {
  /** Default: the handle. */
  readonly displayName?: string;
  /** Default: a German text that says it is a practice account, with the imprint link. */
  readonly bio?: string;
  /**
   * The imprint link on the profile. The plugin uses the organisation's
   * `imprintUrl`; standalone default: `https://www.<organisation>.example/impressum`
   * (`.example` never resolves).
   * `null`: no imprint link, to practise what the imprint check finds.
   */
  readonly imprintUrl?: string | null;
}

/** Options of {@link createSandboxNetwork}; all optional. */
export interface SandboxNetworkOptions {
  /**
   * Where the timeline is kept (collections `"sandbox-posts"` and
   * `"sandbox-interactions"`). The plugin passes the instance's store, so a
   * demo on the SQLite store keeps the sandbox in the same file. Default: a
   * new in-memory store for `organisationId`.
   */
  readonly store?: TenantStore;
  /** Used in `sandbox:` URLs and for the default store; default: the store's organisation, else `"musterstadt"`. */
  readonly organisationId?: string;
  /** Seed of the simulated audience and of the fault chances; default `"kommune-sm-sandbox"`. */
  readonly seed?: string | number;
  /** IANA zone in which the audience lives (time of day of a post); default `"Europe/Berlin"`. */
  readonly timeZone?: string;
  /**
   * What latencies, timeouts and hangs wait on, and what `control.receiveInteraction`
   * dates interactions with. Give the engine's clock (the plugin gives the
   * instance's). Default: the system clock. Post times come from each call's `now()`.
   */
  readonly clock?: Clock;
  /** Followers of every account before its first post; default 2,400 (a town of 25,000). */
  readonly followers?: number;
  /** Followers by channel id, for accounts of different sizes. */
  readonly channelFollowers?: Readonly<Record<string, number>>;
  /**
   * Character limits by channel id, for accounts on instances that allow
   * more or less than 500 (whole numbers from 1 to 100,000); see
   * `control.setCharacterLimit` to change them at run time.
   */
  readonly channelCharacterLimits?: Readonly<Record<string, number>>;
  /** Enforced per account (channel); default 300 calls per 5 minutes; `false`: no limit. */
  readonly rateLimit?: SandboxRateLimit | false;
  /** Tokens that count as revoked: calls with them fail with kind `"authentication"`. Kept only in memory. */
  readonly revokedAccessTokens?: Iterable<string>;
  /** Share of calls (0–1) that fail with a passing failure, e.g. 0.3; see {@link transientFailures} for the details. */
  readonly transientFailureRate?: number;
  /** The passing failures in full (wins over `transientFailureRate`). */
  readonly transientFailures?: TransientFailureOptions;
  /** Called at a crash point. Default: `process.kill(process.pid, "SIGKILL")`. If it returns, the call never settles unless aborted, as if the process were gone. */
  readonly onCrash?: (crash: SandboxCrash) => void;
  /**
   * How `lookup` searches: `"key"` (default) by idempotency key, which the
   * sandbox always knows; `"content"` by text and time window only, like a
   * network without keys, to practise reconciliation that must say `"unknown"`.
   */
  readonly lookupBy?: "key" | "content";
  /** The profile every account shows; a channel's `options` (`displayName`, `bio`, `imprintUrl`) override it. */
  readonly profile?: SandboxProfileOptions;
}

/** A sandbox network: the adapter, and the handles to steer it from outside. */
export interface SandboxNetwork {
  /** Register it (or use the `sandbox()` plugin), or call it directly. */
  readonly adapter: NetworkAdapterV1;
  /** Fault injection. */
  readonly faults: SandboxFaults;
  /** For tests, trainers and the conformance kit. */
  readonly control: SandboxControl;
  /** Where the timeline is kept. */
  readonly store: TenantStore;
  /** The organisation in its `sandbox:` addresses. */
  readonly organisationId: string;
  /** The seed of its audience and fault chances. */
  readonly seed: string | number;
}

const defaultSeed = "kommune-sm-sandbox";
/**
 * How long an answer of `capabilitiesFor` holds: short, so that a limit a
 * trainer changes reaches scheduling within minutes (a real instance's limit
 * rarely changes, and the engine's default is a day).
 */
const capabilitiesMaxAgeMs = 5 * 60_000;
/** Without `remoteIds`, metrics cover the posts of the last 30 days, like most networks' insights. */
const recentPostsMs = 30 * 24 * 3_600_000;
const statusOfKind: Readonly<Record<NetworkErrorKind, number | undefined>> = {
  retryable: 503,
  "rate-limited": 429,
  authentication: 401,
  "rejected-content": 422,
  "not-found": 404,
  unsupported: undefined,
  permanent: 403,
};

const killProcess = () => {
  process.kill(process.pid, "SIGKILL");
};

/**
 * Creates a sandbox network: a local practice network that keeps its
 * timeline in the store, simulates a German town's audience (metrics and
 * comments that grow over simulated time, the same for the same seed), and
 * fails on request. Nothing leaves the machine.
 *
 * @example
 * ```ts
 * const { adapter, faults, control } = createSandboxNetwork({ seed: 42 });
 * faults.inject({ kind: "server-error", operation: "publish" });
 * await adapter.publish(request, context); // rejects: retryable, HTTP 500
 * await adapter.publish(request, context); // { remoteId, url: "sandbox://musterstadt/posts/…" }
 * ```
 */
export function createSandboxNetwork(options: SandboxNetworkOptions = {}): SandboxNetwork {
  const organisationId = options.store?.organisationId ?? options.organisationId ?? "musterstadt";
  if (options.store && options.organisationId !== undefined && options.organisationId !== options.store.organisationId) {
    throw new SandboxError("SANDBOX_INVALID_OPTION", `organisationId "${options.organisationId}" differs from the store's organisation "${options.store.organisationId}".`);
  }
  const store = options.store ?? createMemoryStore().tenant(organisationId);
  const seed = options.seed ?? defaultSeed;
  const timeZone = options.timeZone ?? "Europe/Berlin";
  const clock = options.clock ?? systemClock;
  const rateLimit = options.rateLimit ?? SANDBOX_DEFAULT_RATE_LIMIT;
  if (rateLimit !== false && !(Number.isInteger(rateLimit.requests) && rateLimit.requests >= 1 && rateLimit.perMilliseconds > 0)) {
    throw new SandboxError("SANDBOX_INVALID_OPTION", "rateLimit needs requests ≥ 1 (whole number) and perMilliseconds > 0.");
  }
  try {
    instantToZonedTime(0, timeZone);
  } catch {
    throw new SandboxError("SANDBOX_INVALID_OPTION", `timeZone "${timeZone}" is not an IANA time zone.`);
  }
  const followers = options.followers ?? 2_400;
  for (const [name, value] of [["followers", followers], ...Object.entries(options.channelFollowers ?? {})] as const) {
    if (!(Number.isFinite(value) && value >= 0)) throw new SandboxError("SANDBOX_INVALID_OPTION", `followers of ${name} must be a finite number ≥ 0, got ${String(value)}.`);
  }
  const followersOf = (channelId: string) => options.channelFollowers?.[channelId] ?? followers;
  const transient = options.transientFailures ?? (options.transientFailureRate === undefined ? undefined : { rate: options.transientFailureRate });
  const faults = createFaultPlan(seed, transient);
  const limiter = rateLimit === false ? undefined : createSlidingWindowLimiter(rateLimit);
  const revoked = new Set(options.revokedAccessTokens ?? []);
  const onCrash = options.onCrash ?? killProcess;
  const timeline = createSandboxTimeline(store, { seed, timeZone });
  const capabilities = sandboxCapabilities(rateLimit);
  const imprint = createSandboxImprintChanges();
  const characterLimits = createSandboxCharacterLimits(options.channelCharacterLimits);
  let latestCallTime = Number.NEGATIVE_INFINITY;

  const strike = async (fault: SandboxFault, operation: SandboxOperation, context: AdapterCallContextV1, crash: Omit<SandboxCrash, "point" | "operation">) => {
    const prefix = `sandbox ${operation}`;
    switch (fault.kind) {
      case "latency":
        return waitOnClock(clock, fault.ms, context.signal, operation);
      case "rate-limited": {
        const retryAfterMs = fault.retryAfterMs ?? 30_000;
        throw new NetworkError({ kind: "rate-limited", status: 429, retryAfterMs, message: `${prefix} failed with HTTP 429 (injected): retry after ${retryAfterMs} ms` });
      }
      case "server-error": {
        const status = fault.status ?? 500;
        throw new NetworkError({ kind: "retryable", status, message: `${prefix} failed with HTTP ${status} (injected)` });
      }
      case "timeout": {
        const afterMs = fault.afterMs ?? 10_000;
        await waitOnClock(clock, afterMs, context.signal, operation);
        throw new NetworkError({ kind: "retryable", message: `${prefix} timed out after ${afterMs} ms (injected)` });
      }
      case "hang":
        return waitForAbort(context.signal, operation);
      case "crash":
        onCrash({ point: fault.point, operation, ...crash });
        // Still here: a test stands in for the dead process. Nobody will answer this call.
        return waitForAbort(context.signal, operation);
      case "error": {
        const status = fault.status ?? statusOfKind[fault.errorKind];
        throw new NetworkError({
          kind: fault.errorKind,
          message: `${prefix} failed${status === undefined ? "" : ` with HTTP ${status}`} (injected ${fault.errorKind})`,
          ...(status === undefined ? {} : { status }),
          ...(fault.retryAfterMs === undefined ? {} : { retryAfterMs: fault.retryAfterMs }),
          ...(fault.networkReason === undefined ? {} : { networkReason: fault.networkReason }),
        });
      }
    }
  };

  /** Every call: abort, credentials, rate limit, faults before, the work, faults after. */
  const serve = async <T>(
    operation: SandboxOperation,
    channel: ChannelRefV1 | undefined,
    context: AdapterCallContextV1,
    work: () => Promise<T>,
    crash: Omit<SandboxCrash, "point" | "operation"> = {},
  ): Promise<T> => {
    if (context.signal.aborted) throw abortedError(operation, context.signal);
    const now = context.now();
    latestCallTime = Math.max(latestCallTime, now);
    checkCredentials(operation, context, revoked);
    if (!channel || typeof channel.id !== "string" || channel.id === "") {
      throw new NetworkError({ kind: "permanent", message: `sandbox ${operation} needs a channel with an id` });
    }
    const waitMs = limiter?.take(channel.id, now) ?? 0;
    if (waitMs > 0) {
      throw new NetworkError({
        kind: "rate-limited",
        status: 429,
        retryAfterMs: waitMs,
        message: `sandbox ${operation} failed with HTTP 429: more than ${rateLimit === false ? 0 : rateLimit.requests} calls within ${rateLimit === false ? 0 : rateLimit.perMilliseconds} ms for this account`,
        networkReason: "Zu viele Anfragen für dieses Konto; bitte später erneut versuchen.",
      });
    }
    const plan = faults.planCall(operation);
    for (const fault of plan.beforeAccept) await strike(fault, operation, context, crash);
    const result = await work();
    for (const fault of plan.afterAccept) await strike(fault, operation, context, crash);
    return result;
  };

  // A post that was published and deleted since is not on the network, but
  // sending again would bring back what a person removed: a person decides.
  const foundOrDeleted = (post: SandboxPost): LookupResultV1 =>
    post.deletedAt === undefined
      ? { status: "found", remoteId: post.id, url: sandboxUrls.post(organisationId, post.id) }
      : { status: "unknown", reason: `published as ${post.id} at ${post.publishedAt} and deleted at ${post.deletedAt}` };

  const resultOf = (post: SandboxPost): PublishResultV1 => ({
    remoteId: post.id,
    url: sandboxUrls.post(organisationId, post.id),
    publishedAt: post.publishedAt,
  });

  const accept = async (operation: "publish" | "reply", draft: SandboxPostDraft, media: readonly Media[], context: AdapterCallContextV1) => {
    // Native idempotency: a key seen before gives the post it made, never a
    // second one (and is not checked again). One transaction, so that
    // concurrent calls with one key cannot both insert.
    const content = { text: draft.text, ...(draft.contentWarning === undefined ? {} : { contentWarning: draft.contentWarning }), media };
    const outcome = await timeline.insertOnce(draft, () => checkContent(content, capabilities, operation, characterLimits.ruleOf(draft.channelId)));
    if ("refusal" in outcome) throw outcome.refusal;
    const { post, created } = outcome;
    if (created) context.logger.debug(`sandbox ${operation}: stored`, { remoteId: post.id, channelId: post.channelId });
    return resultOf(post);
  };

  const adapter: NetworkAdapterV1 = {
    specificationVersion: "v1",
    id: SANDBOX_ADAPTER_ID,
    displayName: SANDBOX_DISPLAY_NAME,
    capabilities,

    publish(request, context) {
      return serve(
        "publish",
        request?.channel,
        context,
        async () => {
          requireString("publish", "idempotencyKey", request.idempotencyKey);
          requireString("publish", "text", request.text, true);
          if (request.contentWarning !== undefined) requireString("publish", "contentWarning", request.contentWarning, true);
          // Sent as written, in a field of its own; an empty one is none, as on Mastodon.
          const contentWarning = request.contentWarning || undefined;
          const media = Array.isArray(request.media) ? request.media : [];
          const pillar = stringOption(request.options, "pillar") ?? stringOption(request.options, "pillarId");
          return accept(
            "publish",
            {
              kind: "post",
              channelId: request.channel.id,
              handle: request.channel.handle,
              idempotencyKey: request.idempotencyKey,
              text: request.text,
              ...(contentWarning === undefined ? {} : { contentWarning }),
              language: request.language ?? "de",
              media: media.map((item) => ({
                kind: item.kind,
                ...(item.altText === undefined ? {} : { altText: item.altText }),
                ...(item.decorative === undefined ? {} : { decorative: item.decorative }),
              })),
              links: Array.isArray(request.links) ? [...request.links] : [],
              hashtags: Array.isArray(request.hashtags) ? [...request.hashtags] : [],
              ...(pillar === undefined ? {} : { pillar }),
              publishedAt: formatInstant(context.now()),
            },
            media,
            context,
          );
        },
        { deliveryId: request?.deliveryId, idempotencyKey: request?.idempotencyKey },
      );
    },

    reply(request, context) {
      return serve(
        "reply",
        request?.channel,
        context,
        async () => {
          requireString("reply", "idempotencyKey", request.idempotencyKey);
          requireString("reply", "inReplyToRemoteId", request.inReplyToRemoteId);
          requireString("reply", "text", request.text, true);
          const earlier = await timeline.findByKey(request.channel.id, request.idempotencyKey);
          if (!earlier && !(await knownOnChannel(request.channel.id, request.inReplyToRemoteId, context.now()))) {
            throw new NetworkError({
              kind: "not-found",
              status: 404,
              message: `sandbox reply: nothing with remote id "${request.inReplyToRemoteId}" on this account`,
              networkReason: "Der Beitrag oder Kommentar, auf den geantwortet werden soll, existiert nicht (mehr).",
            });
          }
          return accept(
            "reply",
            {
              kind: "reply",
              channelId: request.channel.id,
              handle: request.channel.handle,
              idempotencyKey: request.idempotencyKey,
              text: request.text,
              language: "de",
              media: [],
              links: [],
              hashtags: [],
              inReplyToRemoteId: request.inReplyToRemoteId,
              publishedAt: formatInstant(context.now()),
            },
            [],
            context,
          );
        },
        { idempotencyKey: request?.idempotencyKey },
      );
    },

    delete(request, context) {
      return serve("delete", request?.channel, context, async () => {
        requireString("delete", "remoteId", request.remoteId);
        const post = await timeline.get(request.remoteId);
        if (!post || post.deletedAt !== undefined) return; // already gone: not an error
        if (post.channelId !== request.channel.id) {
          throw new NetworkError({
            kind: "permanent",
            status: 403,
            message: `sandbox delete: post "${request.remoteId}" belongs to another account`,
            networkReason: "Dieser Beitrag gehört zu einem anderen Konto.",
          });
        }
        await timeline.markDeleted(post, new Date(context.now()).toISOString());
      });
    },

    lookup(request, context) {
      return serve("lookup", request?.channel, context, async (): Promise<LookupResultV1> => {
        const notBefore = instant("lookup", "notBefore", request.notBefore);
        const notAfter = instant("lookup", "notAfter", request.notAfter);
        if ((options.lookupBy ?? "key") === "key") {
          requireString("lookup", "idempotencyKey", request.idempotencyKey);
          const found = await timeline.findByKey(request.channel.id, request.idempotencyKey);
          // The sandbox keeps every key it ever accepted, so "not-found" is certain.
          return found ? foundOrDeleted(found) : { status: "not-found" };
        }
        const candidates = (await timeline.posts(request.channel.id)).filter((post) => {
          const at = Date.parse(post.publishedAt);
          return post.kind === "post" && post.text === request.text && at >= notBefore && at <= notAfter;
        });
        if (candidates.length === 1) return foundOrDeleted(candidates[0]!);
        if (candidates.length > 1) return { status: "unknown", reason: `${candidates.length} posts with this text in the window; cannot tell which, if any, is this delivery's` };
        // Only a closed window is a promise: a publish still in flight may land in an open one.
        return notAfter <= context.now() ? { status: "not-found" } : { status: "unknown", reason: "the time window has not closed yet" };
      });
    },

    fetchMetrics(request, context) {
      return serve("fetchMetrics", request?.channel, context, async (): Promise<MetricSampleV1[]> => {
        const since = instant("fetchMetrics", "since", request.since);
        const now = context.now();
        if (since > now) return [];
        const at = new Date(now).toISOString();
        const channelFollowers = followersOf(request.channel.id);
        const live = (await timeline.posts(request.channel.id)).filter(
          (post) => post.kind === "post" && post.deletedAt === undefined && Date.parse(post.publishedAt) <= now,
        );
        const wanted = request.remoteIds === undefined ? undefined : new Set(request.remoteIds);
        const samples: MetricSampleV1[] = [];
        let grownFollowers = channelFollowers;
        const metrics = await timeline.metricsOf(live, channelFollowers, now);
        for (const post of live) {
          const values = metrics.get(post.id)!;
          // Some of those reached follow the account.
          grownFollowers += Math.floor(values.reach * 0.004);
          const included = wanted ? wanted.has(post.id) : Date.parse(post.publishedAt) >= now - recentPostsMs;
          if (!included) continue;
          for (const [metric, value] of Object.entries(values)) samples.push({ remoteId: post.id, at, metric, value });
        }
        if (!wanted) samples.push({ at, metric: "followers", value: grownFollowers });
        return samples;
      });
    },

    fetchInteractions(request, context) {
      return serve("fetchInteractions", request?.channel, context, async (): Promise<InteractionsPageV1> => {
        const limit = Math.min(200, Math.max(1, Math.floor(request.limit ?? 40)));
        const all = await timeline.interactions(request.channel.id, context.now(), followersOf(request.channel.id));
        const cursor = request.cursor;
        const after = cursor === undefined ? all : all.filter((interaction) => interaction.remoteId > cursor);
        const page = after.slice(0, limit);
        // Every non-empty page says where to go on (also to poll later); an empty one has nothing to add.
        return page.length > 0 ? { interactions: page, nextCursor: page[page.length - 1]!.remoteId } : { interactions: page };
      });
    },

    readProfile(request, context) {
      return serve("readProfile", request?.channel, context, async (): Promise<ProfileV1> => {
        const { channel } = request;
        const own = channel.options ?? {};
        const displayName = stringOption(own, "displayName") ?? options.profile?.displayName ?? channel.handle;
        const configured =
          own.imprintUrl === null ? null : (stringOption(own, "imprintUrl") ?? (options.profile?.imprintUrl === undefined ? sandboxUrls.imprint(organisationId) : options.profile.imprintUrl));
        // What a trainer removed or pointed elsewhere (control.removeImprintLink) wins over the options.
        const imprintUrl = imprint.linkOf(channel.id, configured);
        const bio =
          stringOption(own, "bio") ??
          options.profile?.bio ??
          `Übungskonto von ${displayName} im Sandbox-Netz von kommune-sm. Nichts hier ist öffentlich.${imprintUrl ? ` Impressum: ${imprintUrl}` : ""}`;
        return { handle: channel.handle, displayName, bio, links: imprintUrl ? [imprintUrl] : [], url: sandboxUrls.profile(organisationId, channel.handle) };
      });
    },

    // What a Mastodon instance reports in /api/v2/instance: public and
    // cached there, so neither rate-limited nor struck by injected faults
    // here; but an aborted call is not made, and the token must be valid.
    async capabilitiesFor(request, context): Promise<ChannelCapabilitiesV1> {
      if (context.signal.aborted) throw abortedError("capabilitiesFor", context.signal);
      checkCredentials("capabilitiesFor", context, revoked);
      const channelId = request?.channel?.id;
      if (typeof channelId !== "string" || channelId === "") throw new NetworkError({ kind: "permanent", message: "sandbox capabilitiesFor needs a channel with an id" });
      return { text: characterLimits.ruleOf(channelId), maxAgeMs: capabilitiesMaxAgeMs };
    },
  };

  async function knownOnChannel(channelId: string, remoteId: string, now: number): Promise<boolean> {
    const post = await timeline.get(remoteId);
    if (post) return post.channelId === channelId && post.deletedAt === undefined;
    return (await timeline.interactions(channelId, now, followersOf(channelId))).some((interaction) => interaction.remoteId === remoteId);
  }

  const control = createSandboxControl({ timeline, faults, clock, latestCallTime: () => latestCallTime, revoked, followersOf, imprint, characterLimits });
  return { adapter, faults, control, store, organisationId, seed };
}

function checkCredentials(operation: string, context: AdapterCallContextV1, revoked: ReadonlySet<string>): void {
  const token = context.credentials?.accessToken;
  // The messages never contain the token, not even a part of it.
  if (typeof token !== "string" || token.trim() === "") {
    throw new NetworkError({ kind: "authentication", status: 401, message: `sandbox ${operation}: no access token; connect the account`, networkReason: "Kein Zugangsschlüssel: Konto bitte verbinden." });
  }
  if (revoked.has(token)) {
    throw new NetworkError({
      kind: "authentication",
      status: 401,
      message: `sandbox ${operation}: the access token was revoked; a person must reconnect the account`,
      networkReason: "Der Zugang wurde widerrufen: Konto bitte neu verbinden.",
    });
  }
}

function requireString(operation: string, field: string, value: unknown, emptyAllowed = false): asserts value is string {
  if (typeof value !== "string" || (!emptyAllowed && value === "")) {
    throw new NetworkError({ kind: "permanent", status: 400, message: `sandbox ${operation}: ${field} must be a${emptyAllowed ? "" : " non-empty"} string` });
  }
}

function instant(operation: string, field: string, value: unknown): number {
  const parsed = typeof value === "string" && /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(parsed)) {
    throw new NetworkError({ kind: "permanent", status: 400, message: `sandbox ${operation}: ${field} must be an RFC 3339 instant with offset` });
  }
  return parsed;
}

function stringOption(options: Readonly<Record<string, unknown>> | undefined, name: string): string | undefined {
  const value = options?.[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}
