import { TestClock } from "@kommune-sm/core";
import { testAdapter } from "@kommune-sm/network/testkit";
import { createSandboxNetwork } from "./create-sandbox-network.js";

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
      channel: { id: "sandbox-main", handle: "@musterstadt", options: {} },
      control: { ...control, advance: (ms: number) => clock.advanceBy(ms) },
      now: () => clock.now(),
    };
  },
});
