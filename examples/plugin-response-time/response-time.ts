// A complete, small plugin: it reads how long the town hall took to answer a
// citizen — the SDK stores it as a `first-response-hours` sample when a reply
// is sent, in the same transaction (for the KPIs "median first-response time"
// and "share answered within 24 h") — and announces whether the answer came
// within the organisation's goal. docs/guides/write-a-plugin.md walks through it.
import { definePlugin } from "@kommune-sm/core";

// 1. The plugin's own event, added to core's catalogue by declaration merging:
//    emitting it with wrong data, or listening to a misspelt type, does not compile.
declare module "@kommune-sm/core" {
  interface EventCatalogue {
    "response-time.measured": { readonly interactionId: string; readonly hours: number; readonly withinDay: boolean };
  }
}

/** Options of {@link responseTime}. */
export interface ResponseTimeOptions {
  /** Hours within which an answer counts as timely; default 24. */
  readonly targetHours?: number;
}

/** Measures the first-response time of every interaction that gets a reply. */
export function responseTime(options: ResponseTimeOptions = {}) {
  const targetHours = options.targetHours ?? 24;
  return definePlugin({
    name: "response-time",
    version: "1.0.0",
    setup(ctx) {
      // 2. Listen; the returned unsubscribe is the plugin's teardown.
      return ctx.bus.on("reply.sent", async (event) => {
        const interaction = await ctx.store.interactions.get(event.data.interactionId);
        const reply = await ctx.store.replies.get(event.data.replyId);
        // Only the first answer counts: a second reply to the same citizen is no new response time.
        if (!interaction?.firstResponseAt || reply?.sentAt !== interaction.firstResponseAt) return;
        // 3. Read through the tenant store: it only ever sees this organisation. The SDK wrote the sample.
        const [sample] = await ctx.store.metrics.query({ metric: "first-response-hours", channelId: interaction.channelId, from: interaction.firstResponseAt, to: new Date(Date.parse(interaction.firstResponseAt) + 1).toISOString() });
        const hours = sample?.value ?? (Date.parse(interaction.firstResponseAt) - Date.parse(interaction.receivedAt)) / 3_600_000;
        ctx.logger.info("first response measured", { interactionId: interaction.id, hours });
        // 4. Tell whoever listens (a dashboard, the suite's broker via onAny).
        ctx.bus.emit("response-time.measured", { interactionId: interaction.id, hours, withinDay: hours <= targetHours }, { subject: interaction.id });
      });
    },
  });
}
