import { describe, expect, it } from "vitest";
import { createMemorySecrets } from "./secrets-port.js";

describe("createMemorySecrets", () => {
  const ref = { organisationId: "musterstadt", channelId: "mastodon-main" };

  it("forgets an account's credentials on delete, and a second delete is no error", async () => {
    const secrets = createMemorySecrets([[ref, { accessToken: "token-0123456789" }]]);
    await secrets.delete!(ref);
    expect(await secrets.get(ref)).toBeUndefined();
    await expect(secrets.delete!(ref)).resolves.toBeUndefined();
  });

  it("deletes only the account named", async () => {
    const other = { organisationId: "musterstadt", channelId: "bluesky-main" };
    const secrets = createMemorySecrets([
      [ref, { accessToken: "token-0123456789" }],
      [other, { accessToken: "token-abcdefghij" }],
    ]);
    await secrets.delete!(ref);
    expect(await secrets.get(other)).toEqual({ accessToken: "token-abcdefghij" });
  });
});
