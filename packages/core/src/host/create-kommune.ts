import canonicalize from "canonicalize";
import { AuditLog, type AuditAnchor, type AuditEntryInput, type JsonValue } from "../audit/index.js";
import { AuditAnchoring, type AuditAnchoringFailedData, type AuditAnchoringOptions } from "../audit/audit-anchoring.js";
import { changedFields } from "../audit/changed-fields.js";
import { systemClock, type Clock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { createEventBus, type EventBus } from "../events/index.js";
import { assertEventTypePrefix } from "../events/cloud-event-type.js";
import type { Locale } from "../i18n/locale.js";
import { redactText, silentLogger, withRedaction, type Logger } from "../logger/logger.js";
import { BUILT_IN_KPIS, OrganisationSchema, type Organisation, type OrganisationInput } from "../model/index.js";
import { createMemoryStore } from "../store/memory-store.js";
import type { Store, TenantStore } from "../store/store-port.js";
import { safeValidate, validate } from "../validation/validate.js";
import { EditorialWorkflow } from "../workflow/editorial-workflow.js";
import type { KommunePlugin, PluginContext, Teardown } from "./plugin.js";
import { orderPlugins } from "./plugin-order.js";
import type { Registries } from "./registrations.js";
import { RegistryHost } from "./registry.js";

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
   * A reverse-DNS prefix of the CloudEvents `type` of this instance's events
   * on the wire, e.g. `"de.kommune-sm"`: `JSON.stringify(event)` then writes
   * `"de.kommune-sm.post.approved"`, while listeners keep subscribing by the
   * catalogue's names (`ksm.bus.on("post.approved", ...)`). Checked before
   * anything is stored; see `typePrefix` of `createEventBus`. Default: none.
   */
  readonly eventTypePrefix?: string;
  /**
   * How long `dispose()` waits for async listeners still running before it
   * tears the plugins down anyway (milliseconds of real time); default 5,000.
   */
  readonly disposeTimeoutMs?: number;
  /**
   * Applies a change of an organisation that is stored already, recorded in
   * the audit log: who changes it (the id of an active admin of the
   * organisation, when the store holds team members of it) and why. Without
   * it, an organisation that differs from the stored one is refused with
   * `CORE_ORGANISATION_MISMATCH`, naming each differing field; a stored
   * organisation is never replaced silently. Ignored when nothing differs.
   */
  readonly organisationUpdate?: OrganisationUpdate;
  /**
   * Where the heads of the audit log are anchored, outside the store (see
   * `createAuditAnchor`): the instance then anchors the head by itself —
   * every `auditAnchoring.intervalMs` when it moved, when
   * `ksm.audit.anchor()` is called, and on `dispose()` — and
   * `ksm.audit.verify()` checks the log against the anchored heads. A failed
   * anchoring never fails a workflow step: it is logged and emitted as
   * `audit.anchoring-failed`, and tried again at the next interval.
   */
  readonly auditAnchor?: AuditAnchor;
  /** When heads are anchored by themselves; needs `auditAnchor`. */
  readonly auditAnchoring?: AuditAnchoringOptions;
}

/** Who changes a stored organisation through {@link createKommune}, and why; recorded in the audit log. */
export interface OrganisationUpdate {
  /** The team member who changes it: an active admin of the organisation (checked when the store holds team members of it). */
  readonly by: string;
  /** Why, in that person's words; recorded in the audit log. */
  readonly reason: string;
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
  /** Networks, checks, renderers and KPI definitions, and the registries packages declared, as the plugins registered them. */
  readonly registries: Registries;
  /**
   * The organisation's hash-chained audit log. With `auditAnchor`, its heads
   * are anchored outside the store and `audit.verify()` checks against them;
   * `audit.anchor()` anchors the current head at once.
   */
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
 * The organisation is stored the first time, recorded in the audit log as
 * `organisation.created`. Given again unchanged, nothing is written. Given
 * with other values than the stored one, it is refused with
 * `CORE_ORGANISATION_MISMATCH` naming each differing field, unless
 * `organisationUpdate` names the admin who changes it and why: then it is
 * stored and recorded as `organisation.updated`, with each changed field
 * from/to. A stored organisation is never replaced silently.
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
  if (options.eventTypePrefix !== undefined) assertEventTypePrefix(options.eventTypePrefix, "createKommune: `eventTypePrefix`");
  if (options.auditAnchoring !== undefined && options.auditAnchor === undefined) {
    throw new CoreError("CORE_INVALID_ARGUMENT", "auditAnchoring needs auditAnchor: pass the anchor whose heads it is to record (see createAuditAnchor).");
  }
  const tenant = store.tenant(organisation.id);
  const audit = new AuditLog({ organisationId: organisation.id, repository: tenant.audit, clock, ...(options.auditAnchor ? { anchor: options.auditAnchor } : {}) });
  // Made (and its options checked) before anything is written; started once the instance is set up.
  const anchoring =
    options.auditAnchor &&
    new AuditAnchoring({
      log: audit,
      clock,
      sink: options.auditAnchor.kind,
      intervalMs: options.auditAnchoring?.intervalMs,
      onFailure: (failure, error) => {
        logger.error("audit anchoring failed", { ...failure, error });
        emitAnchoringFailed(bus, failure);
      },
    });
  await storeOrganisation(store, tenant, audit, organisation, options.organisationUpdate);
  const bus = createEventBus({
    source: options.eventSource ?? `/kommune-sm/organisations/${encodeURIComponent(organisation.id)}`,
    clock,
    ...(options.eventTypePrefix === undefined ? {} : { typePrefix: options.eventTypePrefix }),
    // A listener of listener.failed that fails itself has nobody left to tell but the log.
    onUnhandledError: (error, context) => logger.error("a listener.failed listener failed", { listener: context.listener, error }),
  });
  const registryHost = new RegistryHost();
  const registries = registryHost.view();
  const coreKpis = registryHost.registry("kpis").as(coreOwner);
  for (const kpi of BUILT_IN_KPIS) coreKpis.register(kpi);
  let disposing = false;
  const assertActive = () => {
    if (disposing) throw new CoreError("CORE_DISPOSED", `The kommune-sm instance of "${organisation.id}" was disposed; create a new one.`);
  };
  const workflow = new EditorialWorkflow({
    organisation,
    store: tenant,
    bus,
    clock,
    locale,
    assertActive,
    logger: logger.child({ part: "workflow" }),
    // Read when a reply is approved: the network registered by then (plugins are set up before any step).
    countingRuleFor: (network) => registries.networks.get(network)?.capabilities?.text,
    checks: () => registries.checks.list(),
    capabilitiesFor: (network) => registries.networks.get(network)?.capabilities,
  });

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
      registryHost.removeOwnedBy(name);
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
      registries: registryHost.view(plugin.name),
    };
    try {
      const teardown = await plugin.setup(context);
      teardowns.push({ name: plugin.name, ...(typeof teardown === "function" ? { teardown } : {}) });
    } catch (error) {
      registryHost.removeOwnedBy(plugin.name);
      await tearDown();
      bus.removeAllListeners();
      // The cause keeps the original; the message is redacted, as it may reach logs.
      const reason = redactText(error instanceof Error ? error.message : String(error));
      throw new CoreError("CORE_PLUGIN_SETUP_FAILED", `The setup of plugin "${plugin.name}" failed: ${reason}`, { cause: error });
    }
  }

  anchoring?.start();
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
        // After the teardown, which may still append (a plugin pausing its
        // work), and before the listeners go, so that a failure is still heard.
        await anchoring?.stop();
        bus.removeAllListeners();
        if (failures.length > 0) {
          throw new CoreError("CORE_PLUGIN_TEARDOWN_FAILED", `${failures.length} plugin teardown(s) failed; the others were torn down.`, { cause: failures[0] });
        }
      })();
      return disposed;
    },
  };
}

// `audit.anchoring-failed` is not (yet) in the typed event catalogue of
// core; the bus carries any type, so it is emitted through a wider signature.
function emitAnchoringFailed(bus: EventBus, failure: AuditAnchoringFailedData): void {
  bus.emit("audit.anchoring-failed", failure);
}

const systemActor = { kind: "system", id: "create-kommune" } as const;

/**
 * Stores the organisation the first time (audited as `organisation.created`),
 * leaves an identical one alone, applies a changed one only with
 * `organisationUpdate` (audited as `organisation.updated` with each changed
 * field from/to) and refuses it otherwise.
 */
async function storeOrganisation(store: Store, tenant: TenantStore, audit: AuditLog, organisation: Organisation, update: OrganisationUpdate | undefined): Promise<void> {
  if (update !== undefined) {
    if (typeof update?.by !== "string" || update.by === "" || typeof update.reason !== "string" || !/\S/.test(update.reason)) {
      throw new CoreError("CORE_INVALID_ARGUMENT", "organisationUpdate needs `by`, the id of an active admin of the organisation, and `reason`, why the organisation changes.");
    }
  }
  const stored = await store.organisations.get(organisation.id);
  const given = organisation as unknown as Record<string, JsonValue>;
  if (!stored) {
    const actor = update ? await updatingAdmin(tenant, organisation.id, update) : systemActor;
    // The entry first: an organisation stored without its entry would be a change nobody can trace.
    await audit.append({ actor, action: "organisation.created", subject: { type: "organisation", id: organisation.id }, data: { organisation: given } });
    await store.organisations.save(organisation);
    return;
  }
  // The stored one read with today's schema, so that a default added since
  // does not count as a change; one that no longer validates is compared as it is.
  const normalised = safeValidate(OrganisationSchema, stored);
  const current = (normalised.success ? normalised.data : stored) as unknown as Record<string, JsonValue>;
  if (canonicalize(current) === canonicalize(given)) return;
  const changes = changedFields(current, given);
  if (!update) {
    const show = (value: JsonValue | undefined) => (value === undefined ? "(none)" : truncate(JSON.stringify(value)));
    throw new CoreError(
      "CORE_ORGANISATION_MISMATCH",
      `createKommune was given organisation "${organisation.id}" with other values than the one stored: ${changes.map((change) => `${change.path} (stored ${show(change.from)}, given ${show(change.to)})`).join("; ")}. ` +
        `Nothing was changed: a stored organisation is never replaced silently. To apply the change, pass organisationUpdate: { by: "<id of an active admin>", reason: "<why>" } to createKommune; it is recorded in the audit log as organisation.updated. ` +
        `To keep the stored organisation, pass it as stored (await store.organisations.get(${JSON.stringify(organisation.id)})).`,
    );
  }
  const actor = await updatingAdmin(tenant, organisation.id, update);
  const recorded: Record<string, JsonValue> = {};
  for (const change of changes) recorded[change.path] = { ...(change.from === undefined ? {} : { from: change.from }), ...(change.to === undefined ? {} : { to: change.to }) };
  await audit.append({ actor, action: "organisation.updated", subject: { type: "organisation", id: organisation.id }, reason: update.reason, data: { changes: recorded } });
  await store.organisations.save(organisation);
}

const truncate = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** The audit actor of `update.by`; when the store holds team members of the organisation, it must be an active admin among them. */
async function updatingAdmin(tenant: TenantStore, organisationId: string, update: OrganisationUpdate): Promise<AuditEntryInput["actor"]> {
  if ((await tenant.teamMembers.count()) === 0) return { kind: "member", id: update.by };
  const member = await tenant.teamMembers.get(update.by);
  if (!member || member.active === false || !member.roles.includes("admin")) {
    const what = !member ? "is no team member" : member.active === false ? "is not active" : `is not an admin (roles: ${member.roles.join(", ")})`;
    throw new CoreError(
      "CORE_INVALID_ARGUMENT",
      `organisationUpdate.by "${update.by}" ${what} of organisation "${organisationId}"; only an active admin may change the stored organisation. Nothing was changed.`,
    );
  }
  return { kind: "member", id: member.id, name: member.name };
}
