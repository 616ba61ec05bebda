import { createHash, randomBytes } from "node:crypto";
import { silentLogger, type TenantStore } from "@kommune-sm/core";
import { assertChannelFreeFor, keepConnectedAccount, NetworkError, type SecretsPort } from "@kommune-sm/network";
import { z } from "zod";
import { callMastodon, type MastodonCallContext } from "./mastodon-http.js";
import { mastodonChannelOptions } from "./mastodon-channel.js";
import { mastodonCredentialAccountSchema, mastodonInstanceSchema } from "./mastodon-responses.js";

/**
 * The scopes kommune-sm asks for, and why (Mastodon's granular scopes,
 * https://docs.joinmastodon.org/api/oauth-scopes/): nothing to follow,
 * block, or read direct conversations beyond the mentions.
 */
export const MASTODON_SCOPES = {
  "read:accounts": "the account's own profile (imprint check) and follower count",
  "read:statuses": "the account's own statuses (counts, finding a post after a crash)",
  "read:notifications": "mentions and replies of citizens",
  "write:statuses": "publishing, answering and deleting statuses",
  "write:media": "uploading images and videos",
} as const;

const SCOPE = Object.keys(MASTODON_SCOPES).join(" ");

/** The redirect URI that makes the instance show the code for the person to copy. */
const OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";

/** An app registered on one instance (`POST /api/v1/apps`); the secret is a credential of the suite, not of an account. */
export interface MastodonApp {
  readonly instanceUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** The scopes the app was registered with; an app of other scopes (an older version's) is registered again. */
  readonly scopes?: string;
}

/** Where registered apps are kept, one per instance; the default keeps them in memory. Back it with the suite's vault. */
export interface MastodonAppStore {
  get(instanceUrl: string): Promise<MastodonApp | undefined>;
  set(app: MastodonApp): Promise<void>;
}

/** Options of {@link createMastodonConnector}. */
export interface MastodonConnectorOptions {
  /** The app's name on the instance, shown to the person who authorises it, e.g. "Rathaus-Cockpit Musterstadt". */
  readonly clientName: string;
  /** Where the instance sends the person back with the code; `urn:ietf:wg:oauth:2.0:oob` shows the code to copy instead. */
  readonly redirectUri: string;
  /** The suite's web site, shown on the instance. */
  readonly website?: string;
  /** Where registered apps are kept; default: in memory, for this process. */
  readonly apps?: MastodonAppStore;
  /** Aborts the connector's calls; default: never. */
  readonly signal?: AbortSignal;
  /** The longest a call to the instance may take, in ms; default 30 s. */
  readonly timeoutMs?: number;
}

/** What to keep between sending a person to the instance and their coming back (server side: it holds the PKCE verifier). */
export interface PendingMastodonAuthorisation {
  readonly instanceUrl: string;
  readonly state: string;
  readonly codeVerifier: string;
}

/** Where a connected account ends up. */
export interface MastodonAccountTarget {
  /** The organisation's store: the channel is created or updated there. */
  readonly store: TenantStore;
  /** The secrets port: the token is stored there, under the channel. */
  readonly secrets: SecretsPort;
  /** The channel's id, e.g. "mastodon-main". */
  readonly channelId: string;
}

/**
 * Connects Mastodon accounts of any instance to channels: registers the app
 * on the instance once (cached per instance), sends a person to the
 * instance to authorise it (authorisation code with PKCE, S256), exchanges
 * the code for a token, stores the token in the secrets port and the
 * channel (handle, instance, account id) in the store; and disconnects
 * (revokes the token, forgets it, switches the channel off).
 *
 * Mastodon's tokens do not expire and there is no refresh: a revoked token
 * makes calls fail as `authentication`, the engine does not retry them, and
 * a person connects the account again.
 *
 * @example
 * ```ts
 * const connector = createMastodonConnector({ clientName: "Rathaus-Cockpit", redirectUri: "https://cockpit.example/mastodon/callback" });
 * const { authoriseUrl, pending } = await connector.beginAuthorisation("https://social.bund.de");
 * // keep `pending` in the server-side session, send the person to authoriseUrl; back at the callback:
 * await connector.completeAuthorisation(pending, { code, state }, { store: ksm.store, secrets, channelId: "mastodon-main" });
 * ```
 */
export function createMastodonConnector(options: MastodonConnectorOptions) {
  const apps = options.apps ?? memoryApps();
  const timeoutMs = options.timeoutMs ?? 30_000;
  // A fresh deadline for every call (AbortSignal.any: Node 20.3 and later).
  const context: MastodonCallContext = {
    get signal() {
      const deadline = AbortSignal.timeout(timeoutMs);
      return options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    },
    now: () => Date.now(),
    logger: silentLogger,
  };

  async function appFor(instanceUrl: string): Promise<MastodonApp> {
    const known = await apps.get(instanceUrl);
    if (known && known.redirectUri === options.redirectUri && known.scopes === SCOPE) return known;
    const { data } = await callMastodon(
      instanceUrl,
      {
        method: "POST",
        path: "/api/v1/apps",
        body: { client_name: options.clientName, redirect_uris: options.redirectUri, scopes: SCOPE, ...(options.website ? { website: options.website } : {}) },
        schema: z.looseObject({ client_id: z.string().min(1), client_secret: z.string().min(1) }),
      },
      context,
    );
    const app: MastodonApp = { instanceUrl, clientId: data.client_id, clientSecret: data.client_secret, redirectUri: options.redirectUri, scopes: SCOPE };
    await apps.set(app);
    return app;
  }

  return {
    /** The scopes asked for, with why. */
    scopes: MASTODON_SCOPES,

    /**
     * Step 1: the address to send a person to (on the instance, where they
     * log in and allow access), and what to keep until they come back.
     */
    async beginAuthorisation(instance: string): Promise<{ readonly authoriseUrl: string; readonly pending: PendingMastodonAuthorisation }> {
      const instanceUrl = checkedInstanceUrl(instance);
      const app = await appFor(instanceUrl);
      const codeVerifier = randomBytes(48).toString("base64url");
      const state = randomBytes(24).toString("base64url");
      const url = new URL("/oauth/authorize", instanceUrl);
      url.search = new URLSearchParams({
        client_id: app.clientId,
        redirect_uri: app.redirectUri,
        response_type: "code",
        scope: SCOPE,
        state,
        code_challenge: createHash("sha256").update(codeVerifier).digest("base64url"),
        code_challenge_method: "S256",
        // Another account of the same instance may be logged in in this browser: ask.
        force_login: "true",
      }).toString();
      return { authoriseUrl: url.toString(), pending: { instanceUrl, state, codeVerifier } };
    },

    /**
     * Step 2: the person came back with `code` (and `state`, which must be
     * the one sent; out of band, with `urn:ietf:wg:oauth:2.0:oob`, the person
     * copies only the code). Exchanges the code, checks the account, stores the
     * token under the channel and creates or updates the channel. Resolves
     * with the channel's handle.
     */
    async completeAuthorisation(pending: PendingMastodonAuthorisation, answer: { readonly code: string; readonly state?: string }, target: MastodonAccountTarget): Promise<{ readonly handle: string; readonly accountId: string }> {
      // With a redirect, the state that comes back must be the one sent (another site cannot slip in its own code). Out of
      // band, the person copies only the code from the instance's page: there is no state to compare.
      const outOfBand = options.redirectUri === OUT_OF_BAND;
      if ((!outOfBand || answer.state !== undefined) && (typeof answer.state !== "string" || answer.state !== pending.state)) {
        throw new NetworkError({ kind: "permanent", message: "The authorisation came back with another state than was sent: start connecting the account again." });
      }
      if (typeof answer.code !== "string" || answer.code.trim() === "") throw new NetworkError({ kind: "permanent", message: "The authorisation came back without a code." });
      // Before the code is spent: a channel of another network is never turned into a Mastodon channel.
      await assertChannelFreeFor(target, "mastodon");
      const app = await appFor(pending.instanceUrl);
      const { data: token } = await callMastodon(
        pending.instanceUrl,
        {
          method: "POST",
          path: "/oauth/token",
          body: { grant_type: "authorization_code", code: answer.code.trim(), client_id: app.clientId, client_secret: app.clientSecret, redirect_uri: app.redirectUri, code_verifier: pending.codeVerifier, scope: SCOPE },
          schema: z.looseObject({ access_token: z.string().min(8), scope: z.string().optional() }),
        },
        context,
      ).catch((error: unknown) => {
        if (NetworkError.isNetworkError(error) && (error.status === 400 || error.status === 401)) {
          throw new NetworkError({
            kind: "permanent",
            status: error.status,
            message: `The instance refused the authorisation code (${error.networkReason ?? `HTTP ${error.status}`}): it was wrong, already used, older than 10 minutes, or issued to another app registration. Start connecting the account again.`,
          });
        }
        throw error;
      });
      const accessToken = token.access_token;
      const ref = { organisationId: target.store.organisationId, channelId: target.channelId };
      const before = await target.secrets.get(ref);
      try {
        return await keep(accessToken, app, pending.instanceUrl, target);
      } catch (error) {
        // Obtained but not kept: revoked, so that no token lives on that nobody holds. Mastodon hands out the same token
        // again for the same account and app, so a token this channel already holds is left alone.
        if (before?.accessToken !== accessToken) await revoke(pending.instanceUrl, app, accessToken).catch(() => false);
        throw error;
      }
    },

    /**
     * Disconnects the channel's account: revokes the token at the instance
     * (`POST /oauth/revoke`), forgets it in the secrets port and switches the
     * channel off. The token is forgotten even when the instance cannot be
     * reached (`revoked: false`): then revoke it in the account's settings
     * ("Authorised apps"). A token another active channel holds too (the
     * same account connected twice: Mastodon hands out one token per account
     * and app) is not revoked, so that the other channel keeps working.
     */
    async disconnect(target: MastodonAccountTarget): Promise<{ readonly revoked: boolean }> {
      if (typeof target.secrets.delete !== "function") {
        throw new NetworkError({ kind: "permanent", message: "The secrets port cannot delete credentials (SecretsPort.delete); the token would stay behind." });
      }
      const ref = { organisationId: target.store.organisationId, channelId: target.channelId };
      const channel = await target.store.channels.get(target.channelId);
      const credentials = await target.secrets.get(ref);
      let revoked = false;
      try {
        if (channel && credentials && !(await sharedWithAnotherChannel(credentials.accessToken, target))) {
          const { instanceUrl } = mastodonChannelOptions({ id: channel.id, handle: channel.handle, options: (channel.options["mastodon"] as Record<string, unknown> | undefined) ?? {} });
          const clientId = credentials.extra?.["clientId"];
          const clientSecret = credentials.extra?.["clientSecret"];
          if (clientId !== undefined && clientSecret !== undefined) revoked = await revoke(instanceUrl, { clientId, clientSecret }, credentials.accessToken);
        }
      } catch {
        // A channel set up wrongly, a vault that fails: the token is forgotten below all the same.
        revoked = false;
      }
      await target.secrets.delete(ref);
      if (channel && channel.active) await target.store.channels.save({ ...channel, active: false });
      return { revoked };
    },
  };

  /** Stores the token and the channel; resolves with the handle. */
  async function keep(accessToken: string, app: MastodonApp, instanceUrl: string, target: MastodonAccountTarget): Promise<{ readonly handle: string; readonly accountId: string }> {
    const [{ data: account }, { data: instance }] = await Promise.all([
      callMastodon(instanceUrl, { method: "GET", path: "/api/v1/accounts/verify_credentials", accessToken, schema: mastodonCredentialAccountSchema }, context),
      callMastodon(instanceUrl, { method: "GET", path: "/api/v2/instance", schema: mastodonInstanceSchema }, context),
    ]);
    const domain = instance.domain ?? new URL(instanceUrl).hostname;
    const handle = `@${account.username}@${domain}`;
    await keepConnectedAccount(target, {
      network: "mastodon",
      handle,
      credentials: { accessToken, extra: { clientId: app.clientId, clientSecret: app.clientSecret } },
      options: { instanceUrl, accountId: account.id },
      ...(account.display_name ? { displayName: account.display_name } : {}),
      ...(account.url ? { profileUrl: account.url } : {}),
    });
    return { handle, accountId: account.id };
  }

  /** Revokes a token at the instance; false when the instance could not be reached or refused. */
  function revoke(instanceUrl: string, app: Pick<MastodonApp, "clientId" | "clientSecret">, token: string): Promise<boolean> {
    return callMastodon(instanceUrl, { method: "POST", path: "/oauth/revoke", body: { client_id: app.clientId, client_secret: app.clientSecret, token }, schema: z.unknown() }, context).then(
      () => true,
      () => false,
    );
  }

  /** Whether another active Mastodon channel of the organisation holds the same token (the same account connected twice). */
  async function sharedWithAnotherChannel(token: string, target: MastodonAccountTarget): Promise<boolean> {
    for (const channel of await target.store.channels.list()) {
      if (channel.id === target.channelId || channel.network !== "mastodon" || !channel.active) continue;
      const held = await target.secrets.get({ organisationId: target.store.organisationId, channelId: channel.id });
      if (held?.accessToken === token) return true;
    }
    return false;
  }
}

/** A Mastodon connector, see {@link createMastodonConnector}. */
export type MastodonConnector = ReturnType<typeof createMastodonConnector>;

function checkedInstanceUrl(instance: string): string {
  const candidate = typeof instance === "string" && /^[a-z][a-z0-9+.-]*:\/\//i.test(instance) ? instance : `https://${String(instance)}`;
  try {
    return mastodonChannelOptions({ id: "(new)", handle: "", options: { instanceUrl: candidate } }).instanceUrl;
  } catch {
    throw new NetworkError({ kind: "permanent", message: `"${String(instance).slice(0, 200)}" is no Mastodon instance address; give its https address or domain, e.g. social.bund.de.` });
  }
}

function memoryApps(): MastodonAppStore {
  const apps = new Map<string, MastodonApp>();
  return {
    async get(instanceUrl) {
      return apps.get(instanceUrl);
    },
    async set(app) {
      apps.set(app.instanceUrl, app);
    },
  };
}
