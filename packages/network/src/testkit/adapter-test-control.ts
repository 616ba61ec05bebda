import type { AdapterOperationV1 } from "../spec/network-adapter-v1.js";
import type { InteractionV1 } from "../spec/requests-v1.js";

/** An operation of `NetworkAdapterV1` that the kit can make fail. */
export type AdapterOperation = AdapterOperationV1;

/**
 * A failure the kit asks the simulated network to answer with:
 * - `"retryable"`: a passing failure (HTTP 500 or 503, a reset connection);
 * - `"rate-limited"`: HTTP 429 with Retry-After;
 * - `"authentication"`: HTTP 401, the token is expired or revoked.
 */
export type InjectedFailureKind = "retryable" | "rate-limited" | "authentication";

/** Details of an injected failure. */
export interface InjectedFailureOptions {
  /** For `"rate-limited"`: the wait the network asks for, in milliseconds (a whole number of seconds). */
  readonly retryAfterMs?: number;
}

/** A citizen's comment, mention or message that the kit makes arrive on the network. */
export interface SimulatedInteraction {
  /** How the citizen reaches the account (comment, mention, ...). */
  readonly kind: InteractionV1["kind"];
  /** As the citizen wrote it; the adapter must hand it back unchanged. */
  readonly text: string;
  /** The remote id of the post (or interaction) it answers. */
  readonly inReplyToRemoteId?: string;
  /** Who wrote it, as the network will show them. */
  readonly author: {
    /** The author's handle on the network. */
    readonly handle: string;
    /** The name the author shows, if set. */
    readonly displayName?: string
  };
}

/** A post as the network holds it: what the kit counts to prove "exactly once". */
export interface NetworkPostRecord {
  /** The network's id of the post. */
  readonly remoteId: string;
  /** The text as the network stored it. */
  readonly text: string;
  /** The idempotency key the post was published with, if the network keeps it. */
  readonly idempotencyKey?: string;
  /**
   * The content warning as the network stored it (Mastodon's
   * `spoiler_text`); absent or empty: none. A control of a network that
   * declares `contentWarnings: true` reports it, so that the kit can check
   * that the warning reaches the network as sent.
   */
  readonly contentWarning?: string;
}

/** An answer the account posted to an interaction, as the network holds it. */
export interface NetworkReplyRecord {
  /** The network's id of the answer. */
  readonly remoteId: string;
  /** The remote id of the interaction (or post) it answers. */
  readonly inReplyToRemoteId: string;
  /** The text as the network stored it. */
  readonly text: string;
}

/**
 * How the kit drives a fake or simulated network behind an adapter. A fake
 * HTTP server in the adapter's tests or a sandbox implements it; without it
 * the kit runs only the areas that need no control.
 *
 * @example
 * ```ts
 * const control: AdapterTestControl = {
 *   failNext: (operation, kind, options) => server.failNext(routesOf[operation], kind, options),
 *   receiveInteraction: (interaction) => server.addComment(interaction),
 *   published: async () => server.posts().map((p) => ({ remoteId: p.id, text: p.text, idempotencyKey: p.key })),
 * };
 * ```
 */
export interface AdapterTestControl {
  /**
   * The next network request that `operation` makes fails as `kind`; later
   * requests succeed again. Requests of other operations are not affected.
   * What it returns is ignored (a promise is awaited).
   */
  failNext(operation: AdapterOperation, kind: InjectedFailureKind, options?: InjectedFailureOptions): unknown;
  /**
   * Makes an interaction arrive on the network; resolves to its remote id, as
   * the adapter will report it. Needed only when the network declares
   * interactions (`capabilities.interactions`).
   */
  receiveInteraction?(interaction: SimulatedInteraction): Promise<{
    /** The interaction's id on the network, as the adapter will report it. */
    readonly remoteId: string
  }>;
  /** Every post the network holds now (deleted ones not), in any order. */
  published(): Promise<readonly NetworkPostRecord[]>;
  /**
   * Every answer the account has posted to interactions, in any order. With
   * it the kit also checks the network's side of `reply`: the answer is there
   * once, under the interaction it answers, with the text sent.
   */
  replies?(): Promise<readonly NetworkReplyRecord[]>;
  /** Moves the network's simulated time forward (a sandbox with a test clock); leave out for real time. */
  advance?(ms: number): Promise<void>;
}
