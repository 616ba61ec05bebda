// Reliability test 3: bad input gets clear errors, and nothing is half-stored
// — neither a malformed post nor scheduling a post with one bad channel among
// good ones leaves a trace in the store.
import { isValidationError, TestClock } from "@kommune-sm/core";
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
  await ksm.workflow.submit(created.value.id, "jonas");
  await ksm.workflow.approve(created.value.id, "leyla");
  const entries = (await ksm.audit.entries()).length;
  const scheduled = await ksm.workflow.schedule(created.value.id, "jonas", "2027-02-01T08:00:00Z");
  expect(scheduled.ok).toBe(false);
  if (scheduled.ok) return;
  const problems = (scheduled.refusal.details as { problems: { channelId: string; problem: string; message: string }[] }).problems;
  expect(problems.map((p) => `${p.channelId}: ${p.problem}`).sort()).toEqual([
    "gibt-es-nicht: unknown-channel",
    "zweiter-kanal: alt-text-missing",
    "zweiter-kanal: text-too-long",
  ]);
  expect(problems.map((p) => p.message).join(" ")).toMatch(/needs an alt text/);
  expect(scheduled.refusal.message).toMatch(/braucht für .* einen Alternativtext/);
  expect(await publishing.engine.deliveries()).toEqual([]);
  expect((await ksm.store.posts.require(created.value.id)).state).toBe("approved");
  expect(await ksm.audit.entries()).toHaveLength(entries);
  await ksm.dispose();
});
