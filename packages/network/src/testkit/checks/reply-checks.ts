import { expect } from "vitest";
import type { AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import { expectPublishResult } from "../harness.js";
import { textsOverLimit } from "../text-at-limit.js";
import { receiveOnNewPost } from "./operation-calls.js";

/** Answering a citizen works like publishing: an id back, limits held, repeats safe. */
export const replyChecks: AdapterCheckArea = {
  area: "reply",
  checks: (capabilities) =>
    capabilities.interactions.reply
      ? [
          {
            name: `answers an interaction and returns the answer's remote id${capabilities.idempotency === "native" ? "; a repeat with the same idempotency key returns the same one, another key a new one" : ""}; with control.replies, the answer is on the network once, under the interaction`,
            async run(harness) {
              const { interactionId } = await receiveOnNewPost(harness, "reply", "Ist das Bürgerbüro am Samstag geöffnet?");
              const request = { channel: harness.channel, inReplyToRemoteId: interactionId, text: "Ja, von 9 bis 12 Uhr. 😊", idempotencyKey: harness.key("reply") };
              const answer = await harness.adapter.reply(request, harness.context());
              expectPublishResult(answer, "reply");
              if (capabilities.idempotency === "native") {
                expect((await harness.adapter.reply(request, harness.context())).remoteId, "the repeated reply").toBe(answer.remoteId);
                const another = await harness.adapter.reply({ ...request, idempotencyKey: harness.key("reply") }, harness.context());
                expect(another.remoteId).not.toBe(answer.remoteId);
              }
              const onNetwork = await harness.control?.replies?.();
              if (onNetwork) {
                // The network's side: the answer is there once, under the interaction, with the text sent.
                expect(onNetwork.filter((reply) => reply.remoteId === answer.remoteId), "the answer on the network").toEqual([
                  { remoteId: answer.remoteId, inReplyToRemoteId: interactionId, text: request.text },
                ]);
              }
            },
          },
          {
            name: "refuses an answer over the text limit as rejected-content",
            async run(harness) {
              const { interactionId } = await receiveOnNewPost(harness, "reply", "Frage");
              const [text] = textsOverLimit(capabilities.text, 0, harness.tag());
              expect(text).toBeDefined();
              const request = { channel: harness.channel, inReplyToRemoteId: interactionId, text: text ?? "", idempotencyKey: harness.key("reply") };
              const before = await harness.control?.replies?.();
              await expectNetworkError(harness.adapter.reply(request, harness.context()), "rejected-content", "a reply over the limit");
              if (before) expect(await harness.control!.replies!(), "a refused answer must leave nothing on the network").toHaveLength(before.length);
            },
          },
          {
            name: "answering an interaction that does not exist fails with a NetworkError that a retry will not fix",
            async run(harness) {
              const request = { channel: harness.channel, inReplyToRemoteId: `missing-${harness.key("interaction")}`, text: "Danke!", idempotencyKey: harness.key("reply") };
              const before = await harness.control?.replies?.();
              const error = await expectNetworkError(harness.adapter.reply(request, harness.context()), ["not-found", "rejected-content", "permanent"], "a reply to nothing");
              expect(error.isRetryable).toBe(false);
              if (before) expect(await harness.control!.replies!(), "a refused answer must leave nothing on the network").toHaveLength(before.length);
            },
          },
        ]
      : [
          {
            name: "rejects reply as unsupported (capabilities.interactions.reply is false)",
            async run(harness) {
              const request = { channel: harness.channel, inReplyToRemoteId: "1", text: "Danke!", idempotencyKey: harness.key("reply") };
              await expectNetworkError(harness.adapter.reply(request, harness.context()), "unsupported", "reply");
            },
          },
        ],
};
