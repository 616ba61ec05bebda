// Issue 3, reliability test 3: bad input gets clear errors, and nothing is
// half-stored — neither a malformed post nor a handover with one bad channel
// among good ones leaves a trace in the store.
import { isValidationError, TestClock } from "@kommune-sm/core";
import { HandoverError } from "@kommune-sm/network";
import { expect, it } from "vitest";
import { CHANNEL, reliabilityRig } from "./reliability-setup.js";

it("refuses malformed posts and undeliverable ones with every problem named, storing nothing", async () => {
  const clock = new TestClock("2027-02-01T07:00:00Z");
  const { ksm, publishing } = await reliabilityRig({ clock });
  await ksm.store.channels.insert({ id: "zweiter-kanal", organisationId: "musterstadt", network: "sandbox", handle: "@zweiter@sandbox", options: {}, active: true });

  // Malformed: the workflow's validation names each field; nothing is stored.
  const malformed = await ksm.workflow
    .createPost({ text: "", variants: [{ channelId: CHANNEL }, { channelId: CHANNEL }], media: [{ id: "m", kind: "audio" }] } as never, "jonas")
    .catch((error: unknown) => error);
  expect(isValidationError(malformed)).toBe(true);
  expect((malformed as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(expect.arrayContaining(["text", "variants[1].channelId", "media[0].kind"]));
  expect(await ksm.store.posts.count()).toBe(0);

  // Well-formed but undeliverable on one of two channels: no delivery for either.
  const created = await ksm.workflow.createPost(
    {
      text: "Hochwasser-Info ".repeat(40),
      media: [{ id: "pegel", kind: "image", url: "https://musterstadt.example/pegel.jpg" }],
      variants: [{ channelId: CHANNEL, text: "Kurz und gut.", media: [] }, { channelId: "zweiter-kanal" }, { channelId: "gibt-es-nicht" }],
    },
    "jonas",
  );
  if (!created.ok) throw new Error(created.refusal.message);
  const error = await publishing.engine.handOver(created.value.id).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(HandoverError);
  expect((error as HandoverError).problems.map((p) => `${p.channelId}: ${p.problem}`).sort()).toEqual([
    "gibt-es-nicht: unknown-channel",
    "zweiter-kanal: alt-text-missing",
    "zweiter-kanal: text-too-long",
  ]);
  expect((error as HandoverError).message).toMatch(/needs an alt text/);
  expect(await publishing.engine.deliveries()).toEqual([]);
  await ksm.dispose();
});
