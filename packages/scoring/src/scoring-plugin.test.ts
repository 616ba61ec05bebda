import { createKommune, openFindings, TestClock, type Kommune } from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import { describe, expect, it } from "vitest";
import { strategy } from "./checks/check-test-support.js";
import { scoring } from "./scoring-plugin.js";

const TEAM = [
  { id: "anna", organisationId: "musterstadt", name: "Anna Schreiber", roles: ["editor"], competencies: [], active: true },
  { id: "bernd", organisationId: "musterstadt", name: "Bernd Prüfer", roles: ["approver"], competencies: [], active: true },
] as const;

async function setup(): Promise<Kommune> {
  const ksm = await createKommune({
    organisation: fixtureOrganisation("musterstadt", { settings: { fourEyes: { posts: true, replies: false }, checks: { blockApprovalOnErrors: true } } }),
    clock: new TestClock("2026-08-01T08:00:00Z"),
    plugins: [scoring()],
  });
  for (const member of TEAM) await ksm.store.teamMembers.insert({ ...member, roles: [...member.roles], competencies: [] });
  await ksm.store.strategies.insert(strategy());
  return ksm;
}

describe("the scoring plugin", () => {
  it("registers its checks, which the workflow runs on submission and which gate approval", async () => {
    const ksm = await setup();
    expect(ksm.registries.checks.list().map((c) => c.id)).toEqual(
      expect.arrayContaining(["plain-language", "accessibility", "channel-fit", "neutrality", "personal-data", "address-form", "brand-voice", "personal-data.reply"]),
    );
    const created = await ksm.workflow.createPost({ text: "Gefunden: ein Schlüssel. Abholen bei Familie Meier, geb. 12.03.1980.", media: [{ id: "m", kind: "image", url: "https://musterstadt.de/s.jpg" }] }, "anna");
    if (!created.ok) throw new Error(created.refusal.message);
    const submitted = await ksm.workflow.submit(created.value.id, "anna");
    if (!submitted.ok) throw new Error(submitted.refusal.message);
    const errors = openFindings(submitted.value.checks, "error").map((f) => `${f.checkId}/${f.code}`);
    expect(errors.sort()).toEqual(["accessibility/alt-text-missing", "personal-data/birthdate"]);

    const refused = await ksm.workflow.approve(created.value.id, "bernd");
    expect(!refused.ok && refused.refusal.code).toBe("open-findings");

    await ksm.workflow.editPost(created.value.id, { text: "Gefunden: ein Schlüssel. Abholen im Bürgerbüro.", media: [{ id: "m", kind: "image", url: "https://musterstadt.de/s.jpg", altText: "Ein Schlüsselbund mit rotem Anhänger" }] }, "anna");
    await ksm.workflow.submit(created.value.id, "anna");
    const approved = await ksm.workflow.approve(created.value.id, "bernd");
    expect(approved.ok).toBe(true);
    await ksm.dispose();
    expect(ksm.registries.checks.list()).toEqual([]);
  });
});
