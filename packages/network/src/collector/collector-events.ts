import type { InteractionKind } from "@kommune-sm/core";
import type { CollectorLaneName } from "./collector.js";

/** What `interaction.received` carries: where it came from, never its text (read it from the store). */
export interface InteractionReceivedData {
  /** The stored interaction's id. */
  readonly interactionId: string;
  /** The channel it came in on. */
  readonly channelId: string;
  /** The adapter id. */
  readonly network: string;
  /** Comment, reply, mention or direct message. */
  readonly kind: InteractionKind;
  /** Our post it answers, when known. */
  readonly postId?: string;
  /** RFC 3339: when the network received it. */
  readonly receivedAt: string;
}

declare module "@kommune-sm/core" {
  interface EventCatalogue {
    /** A citizen's message was collected and stored; once per interaction, however often it is read. */
    "interaction.received": InteractionReceivedData;
    /** A message the network sent broke the spec's or the model's rules and was left out (the rest of its page was stored); `reason` names it. */
    "interaction.refused": { readonly channelId: string; readonly network: string; readonly reason: string };
    /** A channel's metrics were read and stored. */
    "metrics.collected": { readonly channelId: string; readonly network: string; readonly samples: number; readonly newestAt?: string };
    /** Reading a channel failed; the collector tries again at `nextAt`. `reason` is scrubbed. */
    "collector.failed": { readonly channelId: string; readonly network: string; readonly lane: CollectorLaneName; readonly failures: number; readonly reason: string; readonly nextAt: string };
  }
}

export {};
