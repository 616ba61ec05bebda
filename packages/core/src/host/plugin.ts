import type { AuditLog } from "../audit/index.js";
import type { Clock } from "../clock/clock.js";
import type { EventBus } from "../events/index.js";
import type { Locale } from "../i18n/locale.js";
import type { Logger } from "../logger/logger.js";
import type { Organisation } from "../model/index.js";
import type { TenantStore } from "../store/store-port.js";
import type { EditorialWorkflow } from "../workflow/editorial-workflow.js";
import type { Registries } from "./registrations.js";

/** Undoes what a plugin's setup did; may be async. */
export type Teardown = () => void | Promise<void>;

/**
 * What a plugin gets in its setup: the instance's parts, bound to one
 * organisation. The logger is already named after the plugin and redacts
 * secrets; what the plugin registers is removed again at its teardown.
 */
export interface PluginContext {
  /** The organisation (tenant) this instance serves. */
  readonly organisation: Organisation;
  /** The instance's event bus, shared by all plugins; plugins talk to each other through it. */
  readonly bus: EventBus;
  /** The organisation's data; never another organisation's. */
  readonly store: TenantStore;
  /** Where to read the current time, so that tests can set it. */
  readonly clock: Clock;
  /** A logger bound to the plugin's name, redacting secrets. */
  readonly logger: Logger;
  /** Language of what is shown to people in the town hall. */
  readonly locale: Locale;
  /** Where the plugin registers what it brings; removed again at teardown. */
  readonly registries: Registries;
  /** The organisation's hash-chained audit log. */
  readonly audit: AuditLog;
  /** The organisation's editorial workflow, e.g. for a publishing engine to mark posts published. */
  readonly workflow: EditorialWorkflow;
}

/**
 * A plugin: a name, a version, and a setup that plugs it into an instance.
 * Plugins never import each other; they talk through the bus and the
 * registries. Use {@link definePlugin} to write one with full type help.
 *
 * @example
 * ```ts
 * export function greeter(options: { greeting: string }) {
 *   return definePlugin({
 *     name: "greeter",
 *     version: "1.0.0",
 *     setup(ctx) {
 *       return ctx.bus.on("post.published", (event) => ctx.logger.info(options.greeting, { postId: event.data.postId }));
 *     },
 *   });
 * }
 * ```
 */
export interface KommunePlugin {
  /** Unique within an instance, e.g. `"mastodon"` or `"@acme/village-app"`. */
  readonly name: string;
  /** The plugin's own version (semver). */
  readonly version: string;
  /** Plugins that must be set up before this one; a missing one is an error. */
  readonly dependencies?: readonly string[];
  /** Plugins that, if present, must be set up before this one. */
  readonly optionalDependencies?: readonly string[];
  /** Plugs the plugin in. May return a teardown, called by `dispose()` in reverse order. */
  setup(context: PluginContext): void | Teardown | Promise<void | Teardown>;
}

/** Returns `plugin` unchanged; it exists so that an object literal is checked as a {@link KommunePlugin}. */
export function definePlugin<const Plugin extends KommunePlugin>(plugin: Plugin): Plugin {
  return plugin;
}
