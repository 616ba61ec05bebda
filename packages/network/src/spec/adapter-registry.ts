import { definePlugin, safeValidate, type KommunePlugin, type Registries } from "@kommune-sm/core";
import { networkCapabilitiesV1Schema } from "./capabilities-schema.js";
import { ADAPTER_OPERATIONS_V1, type NetworkAdapterV1 } from "./network-adapter-v1.js";
import { PublishingError } from "./network-error.js";

/** Any adapter of a spec version this package knows. Today that is v1; a v2 will be added here with a shim that wraps v1. */
export type AnyNetworkAdapter = NetworkAdapterV1;

/** The adapter spec the engine works with (the newest). */
export type NetworkAdapter = NetworkAdapterV1;


// Adapters already checked, and what they became: checking the capabilities
// once per adapter object keeps the per-delivery lookup a map access.
const checkedAdapters = new WeakMap<object, NetworkAdapter>();

/**
 * The adapter as the current spec, or an error that says what is wrong with
 * it: an unknown spec version, a missing operation, or capabilities that do
 * not match {@link networkCapabilitiesV1Schema} (`NETWORK_ADAPTER_INVALID`,
 * each field named). This is where a later spec version will upgrade older
 * adapters.
 *
 * @example
 * ```ts
 * toCurrentAdapter({ ...adapter, capabilities: { ...adapter.capabilities, idempotency: "sometimes" } });
 * // throws NETWORK_ADAPTER_INVALID:
 * //   The capabilities of adapter "dorf-app" are not well-formed:
 * //     - idempotency: Invalid option: expected one of "native"|"lookup"|"none"
 * ```
 */
export function toCurrentAdapter(adapter: unknown, id = "(unknown)"): NetworkAdapter {
  const known = typeof adapter === "object" && adapter !== null ? checkedAdapters.get(adapter) : undefined;
  if (known) return known;
  const candidate = adapter as Partial<NetworkAdapterV1> | undefined;
  if (!candidate || candidate.specificationVersion !== "v1") {
    throw new PublishingError(
      "NETWORK_ADAPTER_MISSING",
      `The adapter for "${id}" implements spec version "${String(candidate?.specificationVersion)}"; this version of @kommune-sm/network knows "v1".`,
    );
  }
  const missing = ADAPTER_OPERATIONS_V1.filter((name) => typeof candidate[name] !== "function");
  if (missing.length > 0 || !candidate.capabilities) {
    throw new PublishingError("NETWORK_ADAPTER_MISSING", `The adapter "${id}" lacks ${[...missing, ...(candidate.capabilities ? [] : ["capabilities"])].join(", ")}.`);
  }
  // Scoring, reporting and the engine read the capabilities as data; a
  // misspelt or impossible declaration is refused here, not found later.
  const capabilities = safeValidate(networkCapabilitiesV1Schema, candidate.capabilities, { entity: "capabilities", locale: "en" });
  if (!capabilities.success) {
    const lines = capabilities.error.issues.map((issue) => `  - ${issue.path || "(capabilities)"}: ${issue.message}`);
    throw new PublishingError("NETWORK_ADAPTER_INVALID", `The capabilities of adapter "${id}" are not well-formed:\n${lines.join("\n")}`, { cause: capabilities.error });
  }
  checkedAdapters.set(candidate, candidate as NetworkAdapterV1);
  return candidate as NetworkAdapterV1;
}

/**
 * The registered adapter for a network id, checked against the spec.
 *
 * @example
 * ```ts
 * const adapter = getNetworkAdapter(ksm.registries, channel.network);
 * ```
 */
export function getNetworkAdapter(registries: Registries, network: string): NetworkAdapter {
  const registered = registries.networks.get(network);
  if (!registered) {
    const known = registries.networks.list().map((n) => n.id);
    throw new PublishingError(
      "NETWORK_ADAPTER_MISSING",
      `No adapter is registered for network "${network}" (registered: ${known.length ? known.join(", ") : "none"}); add its plugin to createKommune.`,
    );
  }
  return toCurrentAdapter(registered, network);
}

/**
 * A plugin that registers `adapter` in the networks registry. Adapter
 * packages export a factory that returns this.
 *
 * @example
 * ```ts
 * export const villageApp = (options: VillageAppOptions) => adapterPlugin(createVillageAppAdapter(options));
 * ```
 */
export function adapterPlugin(adapter: NetworkAdapter, version = "0.0.0"): KommunePlugin {
  const checked = toCurrentAdapter(adapter, adapter?.id);
  return definePlugin({
    name: `network:${checked.id}`,
    version,
    setup(ctx) {
      return ctx.registries.networks.register(checked);
    },
  });
}
