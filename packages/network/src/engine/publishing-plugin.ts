import { definePlugin, type KommunePlugin, type PluginContext } from "@kommune-sm/core";
import type { ChannelCalls } from "../calls/channel-calls.js";
import { describeError } from "../calls/describe-error.js";
import { Collector, type CollectorOptions } from "../collector/collector.js";
import { ImprintMonitor, type ImprintMonitorOptions } from "../imprint/imprint-monitor.js";
import { PublishingEngine, type PublishingOptions } from "./publishing-engine.js";

/** Options of {@link createPublishing}: the engine's, and the collector's. */
export interface PublishingPluginOptions extends PublishingOptions {
  /**
   * The monitoring collector, reading interactions and metrics of every
   * active channel through the same call service; default on with its
   * defaults. `false` turns it off (e.g. a worker that only publishes).
   */
  readonly collector?: CollectorOptions | false;
  /**
   * The imprint check: reads every active channel's profile on a schedule
   * (daily by default) and soon after a post or a reply was refused, or a
   * read of the account failed, for a reason that concerns the account;
   * default on. `false` turns it off.
   */
  readonly imprint?: Pick<ImprintMonitorOptions, "intervalMs" | "unreadableRetryMs" | "afterFailureDelayMs" | "readTimeoutMs" | "syncIntervalMs" | "concurrency"> | false;
}

/** What {@link createPublishing} returns: the plugin to pass to createKommune, and the engine once it is set up. */
export interface Publishing {
  /** Add this to `createKommune({ plugins })`. */
  readonly plugin: KommunePlugin;
  /** The engine; throws until the plugin is set up. */
  readonly engine: PublishingEngine;
  /** The collector; throws until the plugin is set up, or when it was turned off. */
  readonly collector: Collector;
  /** Reading accounts by channel id, for plugins (see `ChannelCalls`); throws until the plugin is set up. */
  readonly calls: ChannelCalls;
  /** The imprint check; throws until the plugin is set up, or when it was turned off. */
  readonly imprint: ImprintMonitor;
}

/** Failures that concern the account (a profile the network no longer accepts, an account gone or locked out) rather than the moment. */
function concernsTheAccount(kind: string): boolean {
  return kind === "permanent" || kind === "not-found" || kind === "authentication";
}

/**
 * Has the imprint check look at a channel's profile soon after a post or a
 * reply was refused, or a read (the collector's, a plugin's profile read)
 * failed, for a reason that concerns the account. The monitor reads each
 * channel once however many failures arrive before its check. Returns what
 * stops listening.
 */
function lookAtProfileAfterFailures(bus: PluginContext["bus"], engine: PublishingEngine, checker: ImprintMonitor): () => void {
  const offPosts = bus.on("delivery.failed", (event) => {
    if (concernsTheAccount(event.data.problem.kind)) checker.afterFailure(event.data.channelId);
  });
  const offReplies = bus.on("reply-delivery.failed", (event) => {
    if (concernsTheAccount(event.data.problem.kind)) checker.afterFailure(event.data.channelId);
  });
  const offReads = engine.onAccountReadFailure((channelId) => checker.afterFailure(channelId));
  return () => {
    offPosts();
    offReplies();
    offReads();
  };
}

/**
 * The publishing engine as a plugin. It takes part in the workflow's post
 * steps (`workflow.addStepHook`): scheduling a post makes its deliveries in
 * the same transaction, or is refused with every reason it cannot go out;
 * editing, unscheduling, withdrawing and aborting cancel what has not gone
 * out (withdrawing also takes down what has). It works the outbox. One per
 * organisation (instance).
 *
 * @example
 * ```ts
 * const publishing = createPublishing({ secrets: createMemorySecrets([[{ organisationId, channelId }, { accessToken }]]) });
 * const ksm = await createKommune({ organisation, store, plugins: [sandbox(), publishing.plugin] });
 * await ksm.workflow.schedule(postId, "jonas", "2027-01-07T08:00:00Z"); // → deliveries in the outbox, or a refusal saying why not
 * const { running } = await publishing.engine.pause("anna", "Unwetterlage: alle geplanten Beiträge anhalten");
 * ```
 */
export function createPublishing(options: PublishingPluginOptions): Publishing {
  let engine: PublishingEngine | undefined;
  let collector: Collector | undefined;
  let imprint: ImprintMonitor | undefined;
  const plugin = definePlugin({
    name: "publishing",
    version: "0.0.0",
    async setup(ctx) {
      const current = new PublishingEngine(ctx, options);
      engine = current;
      const reader = options.collector === false ? undefined : new Collector(ctx, { calls: current.callService, channels: current.calls, adapterFor: (network) => current.adapterFor(network) }, options.collector ?? {});
      collector = reader;
      const checker =
        options.imprint === false
          ? undefined
          : new ImprintMonitor({
              ...options.imprint,
              organisation: ctx.organisation,
              store: ctx.store,
              bus: ctx.bus,
              clock: ctx.clock,
              logger: current.callService.logger,
              readProfile: (channel, signal) => current.calls.readProfile(channel.id, undefined, signal),
              adapterFor: (network) => current.adapterFor(network),
              describe: (error) => current.callService.scrubber.scrub(describeError(error)),
            });
      imprint = checker;
      const offFailures = checker ? lookAtProfileAfterFailures(ctx.bus, current, checker) : undefined;
      const removeHook = ctx.workflow.addStepHook(current.stepHook());
      const removeSource = ctx.workflow.useAccountCapabilities(current.accountCapabilitiesSource());
      if (options.autoStart ?? true) {
        await current.start();
        await reader?.start();
        await checker?.start();
      }
      return async () => {
        removeHook();
        removeSource();
        offFailures?.();
        await checker?.stop();
        await reader?.stop();
        await current.stop();
      };
    },
  });
  return {
    plugin,
    get engine(): PublishingEngine {
      if (!engine) throw new Error("The publishing plugin is not set up yet: pass publishing.plugin to createKommune first.");
      return engine;
    },
    get collector(): Collector {
      if (!engine) throw new Error("The publishing plugin is not set up yet: pass publishing.plugin to createKommune first.");
      if (!collector) throw new Error("The collector is turned off (collector: false).");
      return collector;
    },
    get calls(): ChannelCalls {
      return this.engine.calls;
    },
    get imprint(): ImprintMonitor {
      if (!engine) throw new Error("The publishing plugin is not set up yet: pass publishing.plugin to createKommune first.");
      if (!imprint) throw new Error("The imprint check is turned off (imprint: false).");
      return imprint;
    },
  };
}
