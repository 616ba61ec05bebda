// What the OAuth tests share: the application's OAuth client as a developer
// sets it up on one machine (a loopback client, no hosted metadata), and an
// account connected the way a person does it in the browser.
import { buildAtprotoLoopbackClientMetadata } from "@atproto/oauth-client-node";
import { createMemoryStore, type TenantStore } from "@kommune-sm/core";
import { createMemorySecrets, type ChannelRefV1, type CredentialsV1, type SecretsPort } from "@kommune-sm/network";
import { BLUESKY_OAUTH_SCOPE, createBlueskyOAuth, type BlueskyOAuth } from "../bluesky-oauth.js";
import type { LocalBluesky, LocalBlueskyAccount } from "./local-bluesky.js";
import { approveOnLocalPds } from "./oauth-consent.js";

/** The channel id and organisation of the connected accounts. */
export const OAUTH_CHANNEL = "bluesky-main";
export const OAUTH_ORGANISATION = "musterstadt";

/** An OAuth client for the local network (its PDS resolves handles, its PLC the DIDs, or `plcDirectoryUrl`; plain http allowed). */
export function localOAuthClient(network: LocalBluesky, options: { readonly plcDirectoryUrl?: string } = {}): BlueskyOAuth {
  return createBlueskyOAuth({
    clientMetadata: buildAtprotoLoopbackClientMetadata({ scope: BLUESKY_OAUTH_SCOPE, redirect_uris: ["http://127.0.0.1/callback"] }),
    handleResolver: network.pdsUrl,
    plcDirectoryUrl: options.plcDirectoryUrl ?? network.plcUrl,
    allowHttp: true,
  });
}

/** An account connected through OAuth, with what the tests look at. */
export interface OAuthConnected {
  readonly oauth: BlueskyOAuth;
  readonly town: LocalBlueskyAccount;
  readonly store: TenantStore;
  readonly secrets: SecretsPort;
  readonly credentials: CredentialsV1;
  /** The channel as the adapter gets it. */
  readonly channel: ChannelRefV1;
}

/**
 * A fresh account connected the way a person does it: the authorise URL,
 * signing in and allowing in the browser (played by approveOnLocalPds),
 * complete(). Waits until the AppView knows the account, so that profile
 * reads work at once.
 */
export async function connectWithOAuth(network: LocalBluesky, name = "musterstadt", oauth: BlueskyOAuth = localOAuthClient(network)): Promise<OAuthConnected> {
  const town = await network.createAccount(name);
  const store = createMemoryStore().tenant(OAUTH_ORGANISATION);
  const secrets = createMemorySecrets();
  const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(town.handle), identifier: town.handle, password: town.password });
  await oauth.complete(back.searchParams, { store, secrets, channelId: OAUTH_CHANNEL });
  await network.processAll();
  const stored = (await store.channels.get(OAUTH_CHANNEL))!;
  const credentials = (await secrets.get({ organisationId: OAUTH_ORGANISATION, channelId: OAUTH_CHANNEL }))!;
  return { oauth, town, store, secrets, credentials, channel: { id: stored.id, handle: stored.handle, options: stored.options["bluesky"] as Record<string, unknown> } };
}

/** Every secret of a stored OAuth session: the tokens and the private part of the DPoP key. */
export function oauthSecretsOf(credentials: CredentialsV1): string[] {
  const jwk = JSON.parse(credentials.extra!["dpopKey"]!) as { d: string };
  return [credentials.accessToken, credentials.refreshToken!, jwk.d];
}
