import { TestClock } from "@kommune-sm/core";
import { testAdapter } from "@kommune-sm/network/testkit";
import { createSandboxNetwork } from "./create-sandbox-network.js";

const channel = { id: "sandbox-main", handle: "@musterstadt", options: {} };

// The conformance kit of @kommune-sm/network against the sandbox, driven by
// the sandbox's own control object and a test clock.
testAdapter({
  name: "sandbox",
  create: async () => {
    const clock = new TestClock("2027-01-12T08:00:00Z");
    const { adapter, control } = createSandboxNetwork({ clock, seed: "conformance" });
    return {
      adapter,
      credentials: { accessToken: "sandbox-conformance-token-9f3b2c7e" },
      channel,
      control: { ...control, advance: (ms: number) => clock.advanceBy(ms) },
      now: () => clock.now(),
    };
  },
});

// An account on an instance that allows 1,000 characters: capabilitiesFor
// must say so, and the sandbox must take exactly that. The other areas hold
// an account to the adapter's own 500 and run above.
const elsewhere = "checked above on an account with the sandbox's own limit; this run is about the account's own limit";
testAdapter({
  name: "sandbox, an account whose instance allows 1,000 characters",
  create: async () => {
    const clock = new TestClock("2027-01-12T08:00:00Z");
    const { adapter, control } = createSandboxNetwork({ clock, seed: "conformance", channelCharacterLimits: { [channel.id]: 1_000 } });
    return { adapter, credentials: { accessToken: "sandbox-conformance-token-9f3b2c7e" }, channel, control, now: () => clock.now() };
  },
  skip: { publish: elsewhere, idempotency: elsewhere, media: elsewhere, delete: elsewhere, errors: elsewhere, metrics: elsewhere, interactions: elsewhere, lookup: elsewhere, reply: elsewhere, profile: elsewhere },
});
