import { definePlugin, type KommunePlugin } from "@kommune-sm/core";
import { PublishingEngine, type PublishingOptions } from "./publishing-engine.js";

/** What {@link createPublishing} returns: the plugin to pass to createKommune, and the engine once it is set up. */
export interface Publishing {
  /** Add this to `createKommune({ plugins })`. */
  readonly plugin: KommunePlugin;
  /** The engine; throws until the plugin is set up. */
  readonly engine: PublishingEngine;
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
export function createPublishing(options: PublishingOptions): Publishing {
  let engine: PublishingEngine | undefined;
  const plugin = definePlugin({
    name: "publishing",
    version: "0.0.0",
    async setup(ctx) {
      const current = new PublishingEngine(ctx, options);
      engine = current;
      const removeHook = ctx.workflow.addStepHook(current.stepHook());
      if (options.autoStart ?? true) await current.start();
      return async () => {
        removeHook();
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
