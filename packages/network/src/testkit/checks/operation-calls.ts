import type { NetworkCapabilitiesV1 } from "../../spec/capabilities-v1.js";
import type { InteractionV1 } from "../../spec/requests-v1.js";
import type { AdapterOperation, AdapterTestControl } from "../adapter-test-control.js";
import type { AdapterTestHarness } from "../harness.js";

/** A call of one operation with valid arguments, prepared (a post to delete, a comment to answer) and ready to make, again and again. */
export interface OperationCall {
  readonly operation: AdapterOperation;
  /**
   * Whether an answer may come without a network request: a `lookup` that
   * answers "unknown" because the network offers no way to look a post up
   * (allowed with native idempotency). Such an answer is no failure to pass on.
   */
  readonly answersOffline?: (value: unknown) => boolean;
  prepare(harness: AdapterTestHarness): Promise<() => Promise<unknown>>;
}

/** The kind of interaction the kit makes arrive: the first one the network lets the adapter fetch. */
export function interactionKindFor(capabilities: NetworkCapabilitiesV1): InteractionV1["kind"] | undefined {
  const { comments, mentions, directMessages } = capabilities.interactions;
  return comments ? "comment" : mentions ? "mention" : directMessages ? "direct-message" : undefined;
}

/** Whether the network lets the adapter fetch any interactions. */
export function fetchesInteractions(capabilities: NetworkCapabilitiesV1): boolean {
  return interactionKindFor(capabilities) !== undefined;
}

/** The control's `receiveInteraction`, or a clear error for the integrator when the setup has none. */
export function requireReceiver(harness: AdapterTestHarness, area: string): NonNullable<AdapterTestControl["receiveInteraction"]> {
  const control = harness.requireControl(area);
  if (typeof control.receiveInteraction !== "function") {
    throw new Error(`The area "${area}" makes citizens' interactions arrive and needs \`control.receiveInteraction\` in the setup, since the adapter declares interactions; provide it, or skip the area with a reason.`);
  }
  return (interaction) => control.receiveInteraction!(interaction);
}

/** Makes a citizen's interaction arrive on a fresh post; resolves to the post's and the interaction's remote ids. */
export async function receiveOnNewPost(harness: AdapterTestHarness, area: string, text: string): Promise<{ readonly postId: string; readonly interactionId: string }> {
  const receive = requireReceiver(harness, area);
  const kind = interactionKindFor(harness.capabilities) ?? "comment";
  const { result } = await harness.publish();
  const { remoteId } = await receive({
    kind,
    text,
    ...(kind === "direct-message" ? {} : { inReplyToRemoteId: result.remoteId }),
    author: { handle: "@anwohnerin", displayName: "Anna Anwohnerin" },
  });
  return { postId: result.remoteId, interactionId: remoteId };
}

/** The operations the adapter declares it supports, each with a valid call. */
export function supportedCalls(capabilities: NetworkCapabilitiesV1): OperationCall[] {
  const calls: OperationCall[] = [
    {
      operation: "publish",
      prepare: async (harness) => {
        const request = harness.publishRequest();
        return () => harness.adapter.publish(request, harness.context());
      },
    },
  ];
  if (capabilities.delete) {
    calls.push({
      operation: "delete",
      prepare: async (harness) => {
        const { result } = await harness.publish();
        return () => harness.adapter.delete({ channel: harness.channel, remoteId: result.remoteId }, harness.context());
      },
    });
  }
  if (capabilities.idempotency !== "none") {
    calls.push({
      operation: "lookup",
      ...(capabilities.idempotency === "native" ? { answersOffline: (value: unknown) => (value as { status?: unknown } | undefined)?.status === "unknown" } : {}),
      prepare: async (harness) => {
        const { request } = await harness.publish();
        return () => harness.lookup(request);
      },
    });
  }
  if (capabilities.metrics.length > 0) {
    calls.push({
      operation: "fetchMetrics",
      prepare: async (harness) => {
        const { result } = await harness.publish();
        const since = new Date(harness.now() - 60_000).toISOString();
        return () => harness.adapter.fetchMetrics({ channel: harness.channel, since, remoteIds: [result.remoteId] }, harness.context());
      },
    });
  }
  if (fetchesInteractions(capabilities)) {
    calls.push({
      operation: "fetchInteractions",
      prepare: async (harness) => () => harness.adapter.fetchInteractions({ channel: harness.channel, limit: 5 }, harness.context()),
    });
  }
  if (capabilities.interactions.reply) {
    calls.push({
      operation: "reply",
      prepare: async (harness) => {
        const { interactionId } = await receiveOnNewPost(harness, "errors", "Wann wird die Straße wieder frei?");
        const request = { channel: harness.channel, inReplyToRemoteId: interactionId, text: "Ab Freitag, 12 Uhr.", idempotencyKey: harness.key("reply") };
        return () => harness.adapter.reply(request, harness.context());
      },
    });
  }
  if (capabilities.profile) {
    calls.push({
      operation: "readProfile",
      prepare: async (harness) => () => harness.adapter.readProfile({ channel: harness.channel }, harness.context()),
    });
  }
  return calls;
}
