import { AuditLog } from "../audit/index.js";
import { systemClock, type Clock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { createEventBus, type EventBus } from "../events/index.js";
import type { Locale } from "../i18n/locale.js";
import { redactText, silentLogger, withRedaction, type Logger } from "../logger/logger.js";
import { BUILT_IN_KPIS, OrganisationSchema, type KpiDefinition, type Organisation, type OrganisationInput } from "../model/index.js";
import { createMemoryStore } from "../store/memory-store.js";
import type { Store, TenantStore } from "../store/store-port.js";
import { validate } from "../validation/validate.js";
import { EditorialWorkflow } from "../workflow/editorial-workflow.js";
import type { KommunePlugin, PluginContext, Teardown } from "./plugin.js";
import { orderPlugins } from "./plugin-order.js";
import type { CheckRegistration, NetworkRegistration, Registries, RendererRegistration } from "./registrations.js";
import { OwnedRegistry } from "./registry.js";

/** Options of {@link createKommune}. */
export interface KommuneOptions {
  /** The Kommune this instance serves; validated (AGS, federal state, time zone, ...). */
  readonly organisation: OrganisationInput;
  /**
   * Where data is kept; default: a new in-memory store. Several instances
   * (municipalities) may share one store: each sees only its own data. The
   * instance does not close the store; whoever created it does.
   */
  readonly store?: Store;
  /** Default: the system clock. Tests pass a `TestClock`. */
  readonly clock?: Clock;
  /** Language of what people in the town hall see; default: the organisation's locale. */
  readonly locale?: Locale;
  /** Default: silent. Whatever is passed is wrapped so that secrets are redacted. */
  readonly logger?: Logger;
  /** Set up in dependency order, otherwise in the order given. */
  readonly plugins?: readonly KommunePlugin[];
  /** CloudEvents `source` of this instance's events; default `/kommune-sm/organisations/<id>`. */
  readonly eventSource?: string;
  /**
   * How long `dispose()` waits for async listeners still running before it
   * tears the plugins down anyway (milliseconds of real time); default 5,000.
   */
  readonly disposeTimeoutMs?: number;
}

// The host's own registrations (core's built-in KPIs) belong to a symbol, so
// that no plugin, whatever its name, takes them away at its teardown.
const coreOwner = Symbol("@kommune-sm/core");

/** A running kommune-sm instance for one organisation. */
export interface Kommune {
  /** The organisation this instance serves, as validated and stored. */
  readonly organisation: Organisation;
  /** The event bus: the workflow's and the plugins' events. */
  readonly bus: EventBus;
  /** The organisation's data. */
  readonly store: TenantStore;
  /** Where the instance reads the current time. */
  readonly clock: Clock;
  /** Language of what people in the town hall see. */
  readonly locale: Locale;
  /** The instance's logger, redacting secrets and bound to the organisation's id. */
  readonly logger: Logger;
  /** Networks, checks, renderers and KPI definitions, as the plugins registered them. */
  readonly registries: Registries;
  /** The organisation's hash-chained audit log. */
  readonly audit: AuditLog;
  /** The editorial workflow: posts from draft to published, and replies to citizens. */
  readonly workflow: EditorialWorkflow;
  /** The plugins, in the order they were set up. */
  readonly plugins: readonly {
    /** The plugin's name. */
    readonly name: string;
    /** The plugin's version. */
    readonly version: string;
  }[];
  /**
   * Waits for running async listeners (at most `disposeTimeoutMs`), tears the
   * plugins down in reverse order and removes every listener. Idempotent.
   * Afterwards every workflow step fails with `CORE_DISPOSED`; the store is
   * not closed (it may serve other organisations).
   */
  dispose(): Promise<void>;
}

/**
 * Creates an instance for one organisation: validates it, stores it, and sets
 * up the plugins. Two instances in one process share nothing but what they are
 * given (a store, a logger).
 *
 * If a plugin's setup throws, the plugins set up before it are torn down in
 * reverse order and the call fails with `CORE_PLUGIN_SETUP_FAILED`.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({
 *   organisation: { id: "musterstadt", name: "Stadt Musterstadt", kind: "stadt", ags: "09162000",
 *     federalState: "BY", population: 48_000, imprintUrl: "https://musterstadt.example/impressum" },
 *   plugins: [myPlugin()],
 * });
 * ksm.bus.on("post.approved", (event) => console.log(event.data.postId));
 * ```
 */
export async function createKommune(options: KommuneOptions): Promise<Kommune> {
  const organisation = validate(OrganisationSchema, options.organisation, { locale: options.locale ?? "de", entity: "Organisation" });
  const locale = options.locale ?? organisation.locale;
  const clock = options.clock ?? systemClock;
  const logger = withRedaction(options.logger ?? silentLogger).child({ organisationId: organisation.id });
  const store = options.store ?? createMemoryStore();
  await store.organisations.save(organisation);
  const tenant = store.tenant(organisation.id);
  const bus = createEventBus({
    source: options.eventSource ?? `/kommune-sm/organisations/${encodeURIComponent(organisation.id)}`,
    clock,
    // A listener of listener.failed that fails itself has nobody left to tell but the log.
    onUnhandledError: (error, context) => logger.error("a listener.failed listener failed", { listener: context.listener, error }),
  });
  const audit = new AuditLog({ organisationId: organisation.id, repository: tenant.audit, clock });
  const registries = {
    networks: new OwnedRegistry<NetworkRegistration>("networks"),
    checks: new OwnedRegistry<CheckRegistration>("checks"),
    renderers: new OwnedRegistry<RendererRegistration>("renderers"),
    kpis: new OwnedRegistry<KpiDefinition>("kpis"),
  };
  for (const kpi of BUILT_IN_KPIS) registries.kpis.as(coreOwner).register(kpi);
  let disposing = false;
  const assertActive = () => {
    if (disposing) throw new CoreError("CORE_DISPOSED", `The kommune-sm instance of "${organisation.id}" was disposed; create a new one.`);
  };
  const workflow = new EditorialWorkflow({ organisation, store: tenant, bus, clock, locale, assertActive });

  const ordered = orderPlugins(options.plugins ?? []);
  const teardowns: { name: string; teardown?: Teardown }[] = [];
  const tearDown = async () => {
    const failures: unknown[] = [];
    for (const { name, teardown } of teardowns.splice(0).reverse()) {
      try {
        await teardown?.();
      } catch (error) {
        failures.push(error);
        logger.error("plugin teardown failed", { plugin: name, error });
      }
      for (const registry of Object.values(registries)) registry.removeOwnedBy(name);
    }
    return failures;
  };

  for (const plugin of ordered) {
    const context: PluginContext = {
      organisation,
      bus,
      store: tenant,
      clock,
      logger: logger.child({ plugin: plugin.name }),
      locale,
      audit,
      workflow,
      registries: {
        networks: registries.networks.as(plugin.name),
        checks: registries.checks.as(plugin.name),
        renderers: registries.renderers.as(plugin.name),
        kpis: registries.kpis.as(plugin.name),
      },
    };
    try {
      const teardown = await plugin.setup(context);
      teardowns.push({ name: plugin.name, ...(typeof teardown === "function" ? { teardown } : {}) });
    } catch (error) {
      for (const registry of Object.values(registries)) registry.removeOwnedBy(plugin.name);
      await tearDown();
      bus.removeAllListeners();
      // The cause keeps the original; the message is redacted, as it may reach logs.
      const reason = redactText(error instanceof Error ? error.message : String(error));
      throw new CoreError("CORE_PLUGIN_SETUP_FAILED", `The setup of plugin "${plugin.name}" failed: ${reason}`, { cause: error });
    }
  }

  let disposed: Promise<void> | undefined;
  return {
    organisation,
    bus,
    store: tenant,
    clock,
    locale,
    logger,
    registries,
    audit,
    workflow,
    plugins: ordered.map(({ name, version }) => ({ name, version })),
    dispose() {
      disposed ??= (async () => {
        disposing = true;
        const timeout = options.disposeTimeoutMs ?? 5_000;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const settled = await Promise.race([
          bus.settled().then(() => true),
          new Promise<false>((resolve) => {
            timer = setTimeout(() => resolve(false), timeout);
          }),
        ]);
        clearTimeout(timer);
        if (!settled) logger.warn("dispose: async listeners still running after the timeout; tearing down anyway", { timeoutMs: timeout });
        const failures = await tearDown();
        bus.removeAllListeners();
        if (failures.length > 0) {
          throw new CoreError("CORE_PLUGIN_TEARDOWN_FAILED", `${failures.length} plugin teardown(s) failed; the others were torn down.`, { cause: failures[0] });
        }
      })();
      return disposed;
    },
  };
}
