import type { Clock } from "@kommune-sm/core";
import type { InteractionV1, NetworkErrorKind } from "@kommune-sm/network";
import type { AudienceForecast } from "./audience-model.js";
import type { SandboxAuthor } from "./sandbox-entities.js";
import type { InjectedFault, SandboxFaults, SandboxOperation } from "./fault-plan.js";
import type { SandboxCharacterLimits } from "./sandbox-character-limits.js";
import type { SandboxImprintChanges } from "./sandbox-imprint.js";
import { interactionOf, type SandboxTimeline } from "./sandbox-timeline.js";
import { sandboxUrls } from "./sandbox-urls.js";

/** A post or team reply on the sandbox timeline, as {@link SandboxControl.published} lists it. */
export interface PublishedRecord {
  /** Its id on the sandbox. */
  readonly remoteId: string;
  /** As published. */
  readonly text: string;
  /** The content warning shown before the text, as published; absent: none. */
  readonly contentWarning?: string;
  /** The key it was published with. */
  readonly idempotencyKey: string;
  /** The account (kommune-sm channel) it is on. */
  readonly channelId: string;
  /** A post, or a reply of the team. */
  readonly kind: "post" | "reply";
  /** RFC 3339. */
  readonly publishedAt: string;
  /** Its `sandbox:` address. */
  readonly url: string;
}

/** An interaction to put into the sandbox, see {@link SandboxControl.receiveInteraction}. */
export interface ReceivedInteractionInput {
  /** Comment, reply, mention or direct message. */
  readonly kind: InteractionV1["kind"];
  /** As the citizen writes it; the sandbox returns it unchanged. */
  readonly text: string;
  /** The post (or interaction) it answers. */
  readonly inReplyToRemoteId?: string;
  /** Who writes it; a string is a handle. */
  readonly author: string | SandboxAuthor;
  /** The channel it comes in on; default: the channel of `inReplyToRemoteId`, else every channel. */
  readonly channelId?: string;
  /** BCP 47 language of the text, if known. */
  readonly language?: string;
  /** RFC 3339; default: now on the sandbox's clock (never before the latest call the adapter served). */
  readonly receivedAt?: string;
}

/** An answer of the account on the sandbox's timeline, as {@link SandboxControl.replies} lists it. */
export interface SandboxReplyRecord {
  /** The answer's id on the sandbox. */
  readonly remoteId: string;
  /** The id of the interaction (comment, mention) it answers. */
  readonly inReplyToRemoteId: string;
  /** The text as sent. */
  readonly text: string;
}

/**
 * What a test, a trainer or the conformance kit does to the sandbox from
 * outside: make the next call fail, let a citizen write, see what was
 * published. Fits the `AdapterTestControl` of `@kommune-sm/network/testkit`.
 *
 * @example
 * ```ts
 * control.failNext("publish", "rate-limited", { retryAfterMs: 30_000 });
 * await control.receiveInteraction({ kind: "comment", text: "Wann wird die Lindenstraße wieder freigegeben?", inReplyToRemoteId, author: "@erika_m" });
 * (await control.published()).length; // posts on the timeline
 * ```
 */
export interface SandboxControl {
  /** The next call of `operation` fails with a NetworkError of `kind` (`times` calls, default 1). */
  failNext(
    operation: SandboxOperation,
    kind: NetworkErrorKind,
    options?: { readonly retryAfterMs?: number; readonly networkReason?: string; readonly status?: number; readonly times?: number },
  ): InjectedFault;
  /** A citizen writes: the interaction is stored and comes back from `fetchInteractions`. */
  receiveInteraction(input: ReceivedInteractionInput): Promise<InteractionV1>;
  /** Posts and replies on the timeline now (deleted ones left out), oldest first. */
  published(): Promise<PublishedRecord[]>;
  /** The account's answers to interactions on the timeline now (deleted ones left out), oldest first. */
  replies(): Promise<SandboxReplyRecord[]>;
  /** From now on, calls with this access token fail with kind `"authentication"` (the token itself is kept only in memory). */
  revokeAccessToken(accessToken: string): void;
  /** Why a post does as it does: its final numbers, growth, comments and the factors behind them. */
  forecast(remoteId: string): Promise<AudienceForecast | undefined>;
  /**
   * Removes the imprint link from the account's profile (`channelId`), or
   * from every account's profile: `readProfile` then lists no imprint link
   * and the default bio no longer names it, as when someone edited the
   * profile on the network. For demos and training of the imprint check.
   * A bio set in the options is shown as written. Kept in memory only.
   */
  removeImprintLink(channelId?: string): void;
  /**
   * The profile's imprint link points to `url` instead (an old site, a
   * typo), on one account or on every account: what the imprint check
   * reports as a wrong imprint. Kept in memory only.
   */
  replaceImprintLink(url: string, channelId?: string): void;
  /** Undoes {@link SandboxControl.removeImprintLink} and {@link SandboxControl.replaceImprintLink}, for one account or for all: the profile shows the configured imprint again. */
  restoreImprintLink(channelId?: string): void;
  /**
   * From now on the account (`channelId`), or every account, is on an
   * instance that allows `maxCharacters` grapheme clusters (1 to 100,000)
   * instead of 500, as Mastodon instances set their own: the sandbox refuses
   * posts and replies over it, and `capabilitiesFor` tells the engine, which
   * measures posts against it at scheduling once it has asked again (the
   * answer holds five minutes; `publishing.calls.refreshCapabilities(channelId)`
   * asks at once). For demos of an instance with another limit. Kept in
   * memory only.
   */
  setCharacterLimit(maxCharacters: number, channelId?: string): void;
  /** Undoes {@link SandboxControl.setCharacterLimit}, for one account or for all: the limit of the options (`channelCharacterLimits`), else 500. */
  restoreCharacterLimit(channelId?: string): void;
}

/** @internal */
export function createSandboxControl(parts: {
  readonly timeline: SandboxTimeline;
  readonly faults: SandboxFaults;
  readonly clock: Clock;
  /** The latest `now()` an adapter call saw, so that interactions put in later sort after what was fetched. */
  readonly latestCallTime: () => number;
  readonly revoked: Set<string>;
  readonly followersOf: (channelId: string) => number;
  readonly imprint: SandboxImprintChanges;
  readonly characterLimits: SandboxCharacterLimits;
}): SandboxControl {
  const { timeline, faults } = parts;
  return {
    failNext(operation, kind, options = {}) {
      return faults.inject({
        kind: "error",
        errorKind: kind,
        operation,
        ...(options.times === undefined ? {} : { times: options.times }),
        ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
        ...(options.networkReason === undefined ? {} : { networkReason: options.networkReason }),
        ...(options.status === undefined ? {} : { status: options.status }),
      });
    },
    async receiveInteraction(input) {
      const author = typeof input.author === "string" ? { handle: input.author } : { ...input.author };
      const target = input.inReplyToRemoteId === undefined ? undefined : await timeline.get(input.inReplyToRemoteId);
      const channelId = input.channelId ?? target?.channelId;
      const receivedAt = input.receivedAt ?? new Date(Math.max(parts.clock.now(), parts.latestCallTime())).toISOString();
      const stored = await timeline.addInteraction({
        kind: input.kind,
        text: input.text,
        author,
        receivedAt,
        ...(channelId === undefined ? {} : { channelId }),
        ...(input.inReplyToRemoteId === undefined ? {} : { inReplyToRemoteId: input.inReplyToRemoteId }),
        ...(input.language === undefined ? {} : { language: input.language }),
      });
      return interactionOf(stored);
    },
    async published() {
      return (await timeline.posts())
        .filter((post) => post.deletedAt === undefined)
        .map((post) => ({
          remoteId: post.id,
          text: post.text,
          ...(post.contentWarning === undefined ? {} : { contentWarning: post.contentWarning }),
          idempotencyKey: post.idempotencyKey,
          channelId: post.channelId,
          kind: post.kind,
          publishedAt: post.publishedAt,
          url: sandboxUrls.post(timeline.organisationId, post.id),
        }));
    },
    async replies() {
      return (await timeline.posts())
        .filter((post) => post.kind === "reply" && post.deletedAt === undefined)
        .map((post) => ({ remoteId: post.id, inReplyToRemoteId: post.inReplyToRemoteId ?? "", text: post.text }));
    },
    revokeAccessToken(accessToken) {
      parts.revoked.add(accessToken);
    },
    async forecast(remoteId) {
      const post = await timeline.get(remoteId);
      return post?.kind === "post" ? timeline.forecast(post, parts.followersOf(post.channelId)) : undefined;
    },
    removeImprintLink(channelId) {
      parts.imprint.remove(channelId);
    },
    replaceImprintLink(url, channelId) {
      parts.imprint.replace(url, channelId);
    },
    restoreImprintLink(channelId) {
      parts.imprint.restore(channelId);
    },
    setCharacterLimit(maxCharacters, channelId) {
      parts.characterLimits.set(maxCharacters, channelId);
    },
    restoreCharacterLimit(channelId) {
      parts.characterLimits.restore(channelId);
    },
  };
}
