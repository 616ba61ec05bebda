// The README's quick start, run as a test so that the README cannot drift
// from what the SDK does. Keep the two in step.
import { createKommune, MUSTERSTADT_STRATEGY } from "@kommune-sm/core";
import { expect, it } from "vitest";

it("runs the README quick start", async () => {
  const ksm = await createKommune({
    organisation: {
      id: "musterstadt",
      name: "Stadt Musterstadt",
      kind: "stadt",
      ags: "09999999",
      federalState: "BY",
      population: 24_310,
      imprintUrl: "https://www.musterstadt.example/impressum",
    },
  });

  await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor", "approver"], competencies: [], active: true });
  await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
  await ksm.store.strategies.insert(MUSTERSTADT_STRATEGY);

  const approvals: string[] = [];
  ksm.bus.on("post.approved", (event) => void approvals.push(`${event.data.postId} approved by ${event.data.actorId}`));

  const draft = await ksm.workflow.createPost({ text: "Sperrmüll-Termine 2027 sind online 🚛", pillarId: "service" }, "jonas");
  if (!draft.ok) throw new Error(draft.refusal.message);
  await ksm.workflow.submit(draft.value.id, "jonas");

  const self = await ksm.workflow.approve(draft.value.id, "jonas");
  expect(self).toMatchObject({ ok: false, refusal: { code: "four-eyes", message: expect.stringMatching(/^Vier-Augen-Prinzip: Jonas Weber hat den Beitrag selbst verfasst/) } });

  const approved = await ksm.workflow.approve(draft.value.id, "leyla");
  expect(approved.ok).toBe(true);
  expect(approvals).toEqual([`${draft.value.id} approved by leyla`]);
  expect((await ksm.audit.verify()).ok).toBe(true);
});
