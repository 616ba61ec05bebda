import { definePlugin, type KommunePlugin } from "@kommune-sm/core";
import { HandoverError, PublishingEngine, type PublishingOptions } from "./publishing-engine.js";

/** What {@link createPublishing} returns: the plugin to pass to createKommune, and the engine once it is set up. */
export interface Publishing {
  /** Add this to `createKommune({ plugins })`. */
  readonly plugin: KommunePlugin;
  /** The engine; throws until the plugin is set up. */
  readonly engine: PublishingEngine;
}

/**
 * The publishing engine as a plugin. It hands over every post that is
 * scheduled, cancels what has not gone out when a post is unscheduled or
 * withdrawn, and works the outbox. One per organisation (instance).
 *
 * @example
 * ```ts
 * const publishing = createPublishing({ secrets: createMemorySecrets([[{ organisationId, channelId }, { accessToken }]]) });
 * const ksm = await createKommune({ organisation, store, plugins: [sandbox(), publishing.plugin] });
 * await ksm.workflow.schedule(postId, "jonas", "2027-01-07T08:00:00Z"); // → deliveries in the outbox
 * publishing.engine.pause("anna", "Unwetterlage: alle geplanten Beiträge anhalten");
 * ```
 */
export function createPublishing(options: PublishingOptions): Publishing {
  let engine: PublishingEngine | undefined;
  const plugin = definePlugin({
    name: "publishing",
    version: "0.0.0",
    async setup(ctx) {
      const current = new PublishingEngine(ctx, options);
      engine = current;
      const handOver = async (postId: string) => {
        try {
          await current.handOver(postId);
        } catch (error) {
          const code = error instanceof HandoverError ? error.code : "NETWORK_INVALID_DELIVERY";
          const message = error instanceof Error ? error.message : String(error);
          ctx.logger.warn("post could not be handed over", { postId, code });
          ctx.bus.emit("publishing.handover-failed", { postId, code, message }, { subject: postId });
        }
      };
      const unsubscribe = [
        ctx.bus.on("post.scheduled", (event) => handOver(event.data.postId)),
        ctx.bus.on("post.unscheduled", (event) => current.cancelForPost(event.data.postId, "the post was unscheduled")),
        ctx.bus.on("post.withdrawn", (event) => current.cancelForPost(event.data.postId, "the post was withdrawn")),
      ];
      if (options.autoStart ?? true) await current.start();
      return async () => {
        for (const off of unsubscribe) off();
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
  };
}
