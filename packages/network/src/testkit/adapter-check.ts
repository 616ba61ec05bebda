import type { NetworkCapabilitiesV1 } from "../spec/capabilities-v1.js";
import type { NetworkAdapterV1 } from "../spec/network-adapter-v1.js";
import type { AdapterTestArea } from "./adapter-test-options.js";
import type { AdapterTestHarness } from "./harness.js";

/** One test of the kit: a name that says the behaviour, and the body. */
export interface AdapterCheck {
  readonly name: string;
  run(harness: AdapterTestHarness): Promise<void>;
}

/** What the kit knows of the adapter, besides its capabilities, when it chooses the checks: which optional operations it has. */
export type AdapterFeatures = Pick<NetworkAdapterV1, "capabilitiesFor">;

/** The checks of one area, chosen by what the adapter declares (and which optional operations it has). */
export interface AdapterCheckArea {
  readonly area: AdapterTestArea;
  checks(capabilities: NetworkCapabilitiesV1, adapter?: AdapterFeatures): readonly AdapterCheck[];
}
