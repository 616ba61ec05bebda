// The conformance kit, every area, against the adapter talking HTTP to a
// stateful fake Mastodon on the loopback whose every request and answer is
// checked against the Mastodon OpenAPI description.
import { testAdapter } from "@kommune-sm/network/testkit";
import { expect } from "vitest";
import { createMastodonAdapter } from "./mastodon-adapter.js";
import { startFakeMastodon } from "./test-support/fake-mastodon.js";
import { contractTest } from "./test-support/mastodon-contract-test.js";

testAdapter({
  name: "mastodon (fake instance on the loopback, contract-checked)",
  create: async () => {
    const fake = await startFakeMastodon({ mediaProcessingPolls: 1 });
    return {
      adapter: createMastodonAdapter({ mediaPolling: { intervalMs: 20, maxIntervalMs: 50, timeoutMs: 5_000 } }),
      credentials: fake.credentials,
      channel: fake.channel,
      control: fake.control,
      mediaStore: fake.mediaStore,
      media: (kind, index) => fake.media(kind, index),
      cleanup: async () => {
        const problems = fake.contractProblems();
        await fake.close();
        expect(problems, "requests and answers that break the Mastodon API contract").toEqual([]);
      },
    };
  },
});

// Without the contract file the fake cannot check traffic: say so, visibly.
contractTest("the fake checks every request and answer against the Mastodon OpenAPI description", () => {});
