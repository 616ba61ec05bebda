import { describe, expect, it } from "vitest";
import { defineCheck, type FindingInput } from "../checks/check.js";
import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import { createMemoryStore } from "../store/memory-store.js";
import { openFindings, type Strategy } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { STRATEGY, TEAM } from "./workflow-test-setup.js";

// Attacks on the approval gate through the cache of frozen checks: a plugin
// that takes a check away, puts another under the same id, or cuts it off
// between the submission and the approval; one frozen check shared by two
// organisations.

const message = { de: "„Wahl“ im Text", en: "“Wahl” in the text" };

/** An error for every `word` in a post's text, as a new frozen check each time it is called. */
function wordCheck(word: string, id = "test/word") {
  return defineCheck({
    id,
    target: "post",
    languages: ["*"],
    title: { de: "Wort", en: "Word" },
    run: ({ post }) => {
      const found: FindingInput[] = [];
      for (let at = post.text.indexOf(word); at >= 0; at = post.text.indexOf(word, at + 1)) found.push({ code: "word", severity: "error", message, location: { field: "text", start: at, end: at + word.length } });
      return found;
    },
  });
}

async function setup(organisationId = "musterstadt", store = createMemoryStore()): Promise<Kommune> {
  const ksm = await createKommune({
    organisation: fixtureOrganisation(organisationId, { settings: { fourEyes: { posts: true, replies: true }, checks: { blockApprovalOnErrors: true } } }),
    clock: new TestClock("2026-08-01T08:00:00Z"),
    store,
  });
  for (const member of TEAM) await ksm.store.teamMembers.insert({ ...member, organisationId });
  await ksm.store.strategies.insert({ ...STRATEGY, organisationId } as Strategy);
  return ksm;
}

async function submitted(ksm: Kommune, text: string): Promise<string> {
  const created = await ksm.workflow.createPost({ text }, "anna");
  if (!created.ok) throw new Error(created.refusal.message);
  const submit = await ksm.workflow.submit(created.value.id, "anna");
  if (!submit.ok) throw new Error(submit.refusal.message);
  return created.value.id;
}

describe("the approval gate when checks are taken away and put back", () => {
  it("keeps an acceptance when a plugin puts back an equal check under the same id between submission and approval", async () => {
    const ksm = await setup();
    const undo = ksm.registries.checks.register(wordCheck("Wahl"));
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const [finding] = (await ksm.store.posts.get(id))!.checks!.findings;
    expect((await ksm.workflow.acceptFinding(id, finding!.id, "bernd", "Amtliche Bekanntmachung")).ok).toBe(true);
    undo();
    ksm.registries.checks.register(wordCheck("Wahl"));
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(approved.ok).toBe(true);
    expect(approved.ok && openFindings(approved.value.checks, "error")).toEqual([]);
  });

  it("blocks when the check put back under the same id finds another error, however often the old one ran", async () => {
    const ksm = await setup();
    const undo = ksm.registries.checks.register(wordCheck("Wahl"));
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    const [finding] = (await ksm.store.posts.get(id))!.checks!.findings;
    expect((await ksm.workflow.acceptFinding(id, finding!.id, "bernd", "Amtliche Bekanntmachung")).ok).toBe(true);
    undo();
    ksm.registries.checks.register(wordCheck("Sonntag"));
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(!approved.ok && approved.refusal.code).toBe("open-findings");
  });

  it("judges the approval only by the checks registered now, not by a check the plugin took away", async () => {
    const ksm = await setup();
    const undo = ksm.registries.checks.register(wordCheck("Wahl"));
    ksm.registries.checks.register(wordCheck("Sonntag", "test/other"));
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    undo();
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(!approved.ok && approved.refusal.code).toBe("open-findings");
    // What blocks is what the checks registered now find, not the submission's record.
    expect(!approved.ok && approved.refusal.details).toMatchObject({ codes: ["test/other/word"] });
  });

  it("blocks the approval when a registered check was cut off (its proxy revoked) after the submission", async () => {
    const ksm = await setup();
    const { proxy, revoke } = Proxy.revocable(wordCheck("Gemeinderat"), {});
    ksm.registries.checks.register(proxy);
    const id = await submitted(ksm, "Zur Wahl am Sonntag");
    revoke();
    // The check can no longer be read, let alone run: nobody knows what it would find.
    const approved = await ksm.workflow.approve(id, "bernd");
    expect(!approved.ok && approved.refusal.code).toBe("open-findings");
  });
});

describe("one frozen check in two organisations", () => {
  it("gates each organisation's posts by that organisation's own settings", async () => {
    const store = createMemoryStore();
    const check = wordCheck("Wahl");
    const here = await setup("musterstadt", store);
    const there = await setup("nachbarstadt", store);
    here.registries.checks.register(check);
    there.registries.checks.register(check);
    await there.store.strategies.save({ ...STRATEGY, organisationId: "nachbarstadt", checks: { disabled: ["test/word"], severities: {} } } as Strategy);
    for (let round = 0; round < 2; round++) {
      const ours = await submitted(here, "Zur Wahl am Sonntag");
      const theirs = await submitted(there, "Zur Wahl am Sonntag");
      expect(await here.workflow.approve(ours, "bernd").then((r) => !r.ok && r.refusal.code)).toBe("open-findings");
      expect((await there.workflow.approve(theirs, "bernd")).ok).toBe(true);
    }
  });
});
