import { CoreError } from "../errors/core-errors.js";
import type { KommunePlugin } from "./plugin.js";

/**
 * The order in which to set plugins up: every plugin after its dependencies,
 * otherwise in the order given. Refuses duplicate names, missing required
 * dependencies and cycles, naming the plugins involved.
 */
export function orderPlugins(plugins: readonly KommunePlugin[]): KommunePlugin[] {
  const byName = new Map<string, { plugin: KommunePlugin; index: number }>();
  plugins.forEach((plugin, index) => {
    if (byName.has(plugin.name)) {
      throw new CoreError("CORE_PLUGIN_DUPLICATE", `Two plugins are named "${plugin.name}"; plugin names must be unique within an instance.`);
    }
    byName.set(plugin.name, { plugin, index });
  });

  const requires = new Map<string, string[]>();
  for (const plugin of plugins) {
    for (const dependency of plugin.dependencies ?? []) {
      if (!byName.has(dependency)) {
        throw new CoreError(
          "CORE_PLUGIN_DEPENDENCY",
          `Plugin "${plugin.name}" depends on "${dependency}", which is not among the plugins (${[...byName.keys()].join(", ")}).`,
        );
      }
    }
    const present = (plugin.optionalDependencies ?? []).filter((name) => byName.has(name));
    requires.set(plugin.name, [...new Set([...(plugin.dependencies ?? []), ...present])]);
  }

  // Kahn's algorithm, always taking the earliest-given ready plugin, so that
  // the order is stable and predictable for plugins without dependencies.
  const done = new Set<string>();
  const ordered: KommunePlugin[] = [];
  while (ordered.length < plugins.length) {
    const next = plugins.find((p) => !done.has(p.name) && requires.get(p.name)!.every((d) => done.has(d)));
    if (!next) {
      const stuck = plugins.filter((p) => !done.has(p.name)).map((p) => `${p.name} → ${requires.get(p.name)!.filter((d) => !done.has(d)).join(", ")}`);
      throw new CoreError("CORE_PLUGIN_DEPENDENCY", `Plugins depend on each other in a cycle: ${stuck.join("; ")}.`);
    }
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}
