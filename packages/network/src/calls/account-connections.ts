import { formatInstant, KommuneError, type Clock, type EventBus, type Logger, type TenantStore } from "@kommune-sm/core";
import type { NetworkErrorKind } from "../spec/index.js";
import type { CallOperation } from "./rate-budgets.js";

/** The name of the store collection of {@link AccountConnection}s. */
export const ACCOUNT_CONNECTIONS = "account-connections";

/**
 * A channel whose account must be connected again: the network refused its
 * credentials (expired, revoked, scopes taken away) and they could not be
 * refreshed. Kept in the store collection `account-connections` (id =
 * channel id) until a call with the channel's credentials works again (a
 * person connected the account anew). This is the "reconnect" task a
 * cockpit shows; the engine never retries such a failure by itself.
 */
export interface AccountConnection {
  /** The channel's id. */
  readonly id: string;
  readonly organisationId: string;
  readonly channelId: string;
  /** The channel's network (adapter id). */
  readonly network: string;
  /** Always `reconnect-needed` (the only state kept: a working account has no entry). */
  readonly status: "reconnect-needed";
  /** RFC 3339: the first refused call. */
  readonly since: string;
  /** What the refused call was for. */
  readonly operation: CallOperation;
  /** The error's code, e.g. `NETWORK_AUTHENTICATION`. */
  readonly code: string;
  /** The network's refusal, scrubbed of every secret. */
  readonly message: string;
}

/** What the account events carry. */
export interface AccountConnectionEventData {
  readonly channelId: string;
  readonly network: string;
  /** For `account.reconnect-needed`: what was refused, and why (scrubbed). */
  readonly operation?: CallOperation;
  readonly message?: string;
}

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** Channels whose account must be connected again (see `AccountConnection`). */
    "account-connections": AccountConnection;
  }
  interface EventCatalogue {
    /** A channel's credentials were refused and could not be refreshed: a person must connect the account again. Once per spell. */
    "account.reconnect-needed": AccountConnectionEventData;
    /** A channel that needed reconnecting works again. */
    "account.reconnected": AccountConnectionEventData;
  }
}

/** What happened to one call, as the call service reports it. */
export interface CallOutcome {
  readonly channelId: string;
  readonly network: string;
  readonly operation: CallOperation;
  /** Undefined when the call worked; else the final failure (after any refresh). */
  readonly authenticationFailure?: { readonly code: string; readonly message: string };
  /** True when the call got an answer from the network (worked, or failed for another reason than the credentials). */
  readonly credentialsAccepted: boolean;
  /** How the network refused the call, when it failed with a `NetworkError`. */
  readonly failureKind?: NetworkErrorKind;
}

/**
 * Keeps {@link AccountConnection}s from the outcomes of calls: a call
 * refused for its credentials marks the channel (and emits
 * `account.reconnect-needed` once), a later call whose credentials the
 * network accepted clears it (`account.reconnected`). Writes only on a
 * change: the channels marked are known in memory after the first look.
 */
export class AccountConnections {
  readonly #store: TenantStore;
  readonly #bus: Pick<EventBus, "emit">;
  readonly #clock: Clock;
  readonly #logger: Logger;
  #marked: Promise<Set<string>> | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: { readonly store: TenantStore; readonly bus: Pick<EventBus, "emit">; readonly clock: Clock; readonly logger: Logger }) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#clock = options.clock;
    this.#logger = options.logger;
  }

  /** Every channel that needs its account connected again. */
  list(): Promise<AccountConnection[]> {
    return this.#store.collection(ACCOUNT_CONNECTIONS).list();
  }

  /** Records a call's outcome; never throws (a store failure is logged), changes are applied in order. */
  note(outcome: CallOutcome): Promise<void> {
    this.#queue = this.#queue.then(() => this.#apply(outcome)).catch((error: unknown) => {
      this.#logger.error("could not record an account's connection state", { channelId: outcome.channelId, error: error instanceof Error ? error.name : typeof error });
    });
    return this.#queue;
  }

  /** Resolves when every outcome noted so far is applied (tests, shutdown). */
  idle(): Promise<void> {
    return this.#queue;
  }

  async #apply(outcome: CallOutcome): Promise<void> {
    const marked = await (this.#marked ??= this.#store
      .collection(ACCOUNT_CONNECTIONS)
      .list()
      .then((entries) => new Set(entries.map((entry) => entry.id))));
    const connections = this.#store.collection(ACCOUNT_CONNECTIONS);
    if (outcome.authenticationFailure) {
      if (marked.has(outcome.channelId)) return;
      const entry: AccountConnection = {
        id: outcome.channelId,
        organisationId: this.#store.organisationId,
        channelId: outcome.channelId,
        network: outcome.network,
        status: "reconnect-needed",
        since: formatInstant(this.#clock.now()),
        operation: outcome.operation,
        code: outcome.authenticationFailure.code,
        message: outcome.authenticationFailure.message.slice(0, 500),
      };
      try {
        await connections.insert(entry);
      } catch (error) {
        // Another worker marked it first: it told.
        if (!KommuneError.isInstance(error, "CORE_CONFLICT")) throw error;
        marked.add(outcome.channelId);
        return;
      }
      marked.add(outcome.channelId);
      this.#bus.emit("account.reconnect-needed", { channelId: outcome.channelId, network: outcome.network, operation: outcome.operation, message: entry.message }, { subject: outcome.channelId });
      return;
    }
    if (!outcome.credentialsAccepted || !marked.has(outcome.channelId)) return;
    marked.delete(outcome.channelId);
    const existed = await connections.get(outcome.channelId);
    if (!existed) return;
    await connections.delete(outcome.channelId);
    this.#bus.emit("account.reconnected", { channelId: outcome.channelId, network: outcome.network }, { subject: outcome.channelId });
  }
}
