import { createMemoryStore, type TenantStore } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemorySecrets } from "../secrets/index.js";
import { NetworkError } from "../spec/index.js";
import { assertChannelFreeFor, keepConnectedAccount } from "./keep-connected-account.js";

const ORG = "musterstadt";
const ref = { organisationId: ORG, channelId: "kanal" };
const account = (token: string) => ({ network: "mastodon", handle: "@stadt@social.bund.de", credentials: { accessToken: token }, options: { instanceUrl: "https://social.bund.de" }, displayName: "Stadt Musterstadt" });

/** The store, with channel writes failing while `failing.on` is true. */
function flakyStore(): { store: TenantStore; failing: { on: boolean } } {
  const store = createMemoryStore().tenant(ORG);
  const failing = { on: false };
  const channels = new Proxy(store.channels, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if ((key === "save" || key === "insert") && typeof value === "function") {
        return (...args: unknown[]) => (failing.on ? Promise.reject(new Error("disk full")) : (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: new Proxy(store, { get: (target, key, receiver) => (key === "channels" ? channels : Reflect.get(target, key, receiver)) }), failing };
}

describe("keepConnectedAccount", () => {
  it("stores the credentials and creates the channel; connecting again updates it, keeps its other options, switches it on", async () => {
    const store = createMemoryStore().tenant(ORG);
    const secrets = createMemorySecrets();
    await keepConnectedAccount({ store, secrets, channelId: "kanal" }, account("token-erstes-0815"));
    expect(await secrets.get(ref)).toEqual({ accessToken: "token-erstes-0815" });
    const channel = (await store.channels.get("kanal"))!;
    expect(channel).toMatchObject({ network: "mastodon", handle: "@stadt@social.bund.de", displayName: "Stadt Musterstadt", active: true, options: { mastodon: { instanceUrl: "https://social.bund.de" } } });
    await store.channels.save({ ...channel, active: false, options: { ...channel.options, signature: { text: "Ihre Stadt" } } });
    await keepConnectedAccount({ store, secrets, channelId: "kanal" }, account("token-zweites-0815"));
    expect(await secrets.get(ref)).toEqual({ accessToken: "token-zweites-0815" });
    expect(await store.channels.get("kanal")).toMatchObject({ active: true, options: { mastodon: { instanceUrl: "https://social.bund.de" }, signature: { text: "Ihre Stadt" } } });
    expect(JSON.stringify(await store.channels.list())).not.toContain("token-");
  });

  it("never half: a channel that cannot be written leaves the vault as it was, for any order of successes and failures (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), async (failures) => {
        const { store, failing } = flakyStore();
        const secrets = createMemorySecrets();
        let kept: string | undefined;
        for (const [i, fails] of failures.entries()) {
          failing.on = fails;
          const token = `token-nummer-${i}-0815`;
          const outcome = await keepConnectedAccount({ store, secrets, channelId: "kanal" }, account(token)).then(
            () => "kept",
            (error: unknown) => (error as Error).message,
          );
          if (fails) expect(outcome).toBe("disk full");
          else kept = token;
          // The vault holds exactly the last session whose channel was written.
          expect((await secrets.get(ref))?.accessToken).toBe(kept);
          expect((await store.channels.get("kanal")) !== undefined).toBe(kept !== undefined);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a channel of another network before touching anything", async () => {
    const store = createMemoryStore().tenant(ORG);
    const secrets = createMemorySecrets([[ref, { accessToken: "bluesky-token-0815" }]]);
    await store.channels.insert({ id: "kanal", organisationId: ORG, network: "bluesky", handle: "@stadt.bsky.social", options: {}, active: true });
    for (const attempt of [assertChannelFreeFor({ store, secrets, channelId: "kanal" }, "mastodon"), keepConnectedAccount({ store, secrets, channelId: "kanal" }, account("token-neu-0815"))]) {
      const error = await attempt.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(NetworkError.isNetworkError(error) && error.kind).toBe("permanent");
      expect((error as Error).message).toContain("is a bluesky channel");
    }
    expect(await secrets.get(ref)).toEqual({ accessToken: "bluesky-token-0815" });
    expect(await store.channels.get("kanal")).toMatchObject({ network: "bluesky" });
    await expect(assertChannelFreeFor({ store, secrets, channelId: "anderer" }, "mastodon")).resolves.toBeUndefined();
  });
});
