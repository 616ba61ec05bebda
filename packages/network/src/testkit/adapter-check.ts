import type { NetworkCapabilitiesV1 } from "../spec/capabilities-v1.js";
import type { AdapterTestArea } from "./adapter-test-options.js";
import type { AdapterTestHarness } from "./harness.js";

/** One test of the kit: a name that says the behaviour, and the body. */
export interface AdapterCheck {
  readonly name: string;
  run(harness: AdapterTestHarness): Promise<void>;
}

/** The checks of one area, chosen by what the adapter declares. */
export interface AdapterCheckArea {
  readonly area: AdapterTestArea;
  checks(capabilities: NetworkCapabilitiesV1): readonly AdapterCheck[];
}
