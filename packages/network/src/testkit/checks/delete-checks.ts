import { expect } from "vitest";
import type { AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";

/** A deleted post is gone; deleting is safe to repeat. */
export const deleteChecks: AdapterCheckArea = {
  area: "delete",
  checks: (capabilities) =>
    capabilities.delete
      ? [
          {
            name: "a deleted post is gone from the network and is no longer found by lookup",
            async run(harness) {
              const { request, result } = await harness.publish();
              await harness.adapter.delete({ channel: harness.channel, remoteId: result.remoteId }, harness.context());
              const posts = await harness.postsOnNetwork();
              if (posts) expect(posts.map((post) => post.remoteId)).not.toContain(result.remoteId);
              if (capabilities.idempotency !== "none") expect((await harness.lookup(request)).status, "lookup after delete").not.toBe("found");
            },
          },
          {
            name: "deleting a post that is already gone is not an error",
            async run(harness) {
              const { result } = await harness.publish();
              const request = { channel: harness.channel, remoteId: result.remoteId };
              await harness.adapter.delete(request, harness.context());
              await expect(harness.adapter.delete(request, harness.context())).resolves.toBeUndefined();
            },
          },
        ]
      : [
          {
            name: "rejects delete as unsupported (capabilities.delete is false)",
            async run(harness) {
              const { result } = await harness.publish();
              await expectNetworkError(harness.adapter.delete({ channel: harness.channel, remoteId: result.remoteId }, harness.context()), "unsupported", "delete");
            },
          },
        ],
};
