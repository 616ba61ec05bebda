import { createKommune, MUSTERSTADT_ORGANISATION, TestClock } from "@kommune-sm/core";
import { expect, it } from "vitest";
import { responseTime } from "./response-time.js";

it("measures the first response to a citizen and announces it", async () => {
  const clock = new TestClock("2027-01-05T09:00:00Z");
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, plugins: [responseTime({ targetHours: 4 })] });
  await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
  await ksm.store.interactions.insert({
    id: "i1",
    organisationId: "musterstadt",
    channelId: "mastodon-main",
    kind: "comment",
    remoteId: "109",
    author: { handle: "@anwohnerin@social.example" },
    text: "Wann ist die Lindenstraße wieder frei?",
    receivedAt: "2027-01-05T03:00:00.000Z",
    status: "open",
  });
  const measured: unknown[] = [];
  ksm.bus.on("response-time.measured", (event) => void measured.push(event.data));

  const reply = await ksm.workflow.draftReply("i1", "Ab Freitag, 12 Uhr. Danke für Ihre Geduld!", "jonas");
  await ksm.workflow.markReplySent(reply.ok ? reply.value.id : "", "jonas");
  await clock.advanceBy(3_600_000);
  const second = await ksm.workflow.draftReply("i1", "Nachtrag: die Umleitung ist ausgeschildert.", "jonas");
  await ksm.workflow.markReplySent(second.ok ? second.value.id : "", "jonas");
  await ksm.bus.settled();

  expect(measured).toEqual([{ interactionId: "i1", hours: 6, withinDay: false }]);
  expect(await ksm.store.metrics.query({ metric: "first-response-hours" })).toEqual([
    { organisationId: "musterstadt", channelId: "mastodon-main", at: "2027-01-05T09:00:00.000Z", metric: "first-response-hours", value: 6 },
  ]);
  await ksm.dispose();
  expect(ksm.bus.listenerCount()).toBe(0);
});
