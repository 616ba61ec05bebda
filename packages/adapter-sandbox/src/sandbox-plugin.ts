import { definePlugin, type KommunePlugin } from "@kommune-sm/core";
import { createSandboxNetwork, type SandboxNetwork, type SandboxNetworkOptions } from "./create-sandbox-network.js";
import { SandboxError } from "./sandbox-error.js";

/** Options of the {@link sandbox} plugin: those of `createSandboxNetwork` that the instance does not provide. */
export type SandboxPluginOptions = Omit<SandboxNetworkOptions, "store" | "organisationId">;

/** The sandbox plugin, with handles to steer the network it sets up. */
export interface SandboxPlugin extends KommunePlugin {
  /**
   * The sandbox set up for an organisation (by `createKommune`); without an
   * id, the only one. Throws `SANDBOX_NOT_SET_UP` before setup.
   */
  network(organisationId?: string): SandboxNetwork;
}

/** The version this plugin reports to the host. */
const pluginVersion = "0.0.0";

/**
 * A kommune-sm plugin that registers the sandbox network (`"sandbox"`) for
 * the instance's organisation: its timeline lives in the instance's store,
 * its clock and time zone are the instance's, and the profile's imprint link
 * is the organisation's imprint address.
 *
 * @example
 * ```ts
 * const practice = sandbox({ seed: "schulung-2027" });
 * const ksm = await createKommune({ organisation, store, plugins: [practice] });
 * practice.network().faults.inject({ kind: "server-error", operation: "publish" });
 * ```
 */
export function sandbox(options: SandboxPluginOptions = {}): SandboxPlugin {
  const networks = new Map<string, SandboxNetwork>();
  const plugin = definePlugin({
    name: "network:sandbox",
    version: pluginVersion,
    setup(ctx) {
      const network = createSandboxNetwork({
        ...options,
        store: ctx.store,
        organisationId: ctx.organisation.id,
        clock: options.clock ?? ctx.clock,
        timeZone: options.timeZone ?? ctx.organisation.timeZone,
        profile: {
          displayName: ctx.organisation.name,
          imprintUrl: ctx.organisation.imprintUrl,
          ...options.profile,
        },
      });
      const unregister = ctx.registries.networks.register(network.adapter);
      networks.set(ctx.organisation.id, network);
      return () => {
        unregister();
        networks.delete(ctx.organisation.id);
      };
    },
  });
  return {
    ...plugin,
    network(organisationId) {
      const network = organisationId === undefined ? (networks.size === 1 ? [...networks.values()][0] : undefined) : networks.get(organisationId);
      if (!network) {
        throw new SandboxError(
          "SANDBOX_NOT_SET_UP",
          organisationId === undefined && networks.size > 1
            ? `The sandbox plugin serves ${networks.size} organisations; name one.`
            : `The sandbox plugin is not set up${organisationId === undefined ? "" : ` for "${organisationId}"`}; pass it to createKommune first.`,
        );
      }
      return network;
    },
  };
}
