import { createKommune, TestClock, type Interaction, type Kommune } from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import { describe, expect, it } from "vitest";
import { strategy } from "../checks/check-test-support.js";
import { scoring } from "../scoring-plugin.js";
import { byTriagePriority, TRIAGE_PRODUCER } from "./triage-interactions.js";

async function setup(plugin = scoring()): Promise<Kommune> {
  const ksm = await createKommune({ organisation: fixtureOrganisation("musterstadt"), clock: new TestClock("2026-08-01T08:00:00Z"), plugins: [plugin] });
  await ksm.store.strategies.insert(strategy({ pillars: [{ id: "abfall", name: "Abfall", keywords: ["Müllabfuhr", "Sperrmüll", "Tonne"] }] }));
  return ksm;
}

let next = 0;
async function receive(ksm: Kommune, text: string, minutesAgo = 10): Promise<Interaction> {
  const interaction: Interaction = {
    id: `i${++next}`,
    organisationId: "musterstadt",
    channelId: "masto",
    kind: "comment",
    remoteId: `r${next}`,
    author: { handle: "@buerger@social.example" },
    text,
    receivedAt: new Date(Date.parse("2026-08-01T08:00:00Z") - minutesAgo * 60_000).toISOString(),
    status: "open",
  };
  await ksm.store.interactions.insert(interaction);
  // As the collector of @kommune-sm/network announces it.
  (ksm.bus.emit as (type: string, data: unknown, options?: unknown) => unknown)("interaction.received", { interactionId: interaction.id, channelId: "masto", network: "mastodon", kind: "comment", receivedAt: interaction.receivedAt });
  await ksm.bus.settled();
  return (await ksm.store.interactions.get(interaction.id))!;
}

describe("triage of citizens' messages", () => {
  it("files labels, a priority and the details with each message as it arrives, and announces it", async () => {
    const ksm = await setup();
    const triaged: unknown[] = [];
    ksm.bus.on("interaction.triaged", (event) => void triaged.push(event.data));
    const question = await receive(ksm, "Wann kommt die Müllabfuhr diese Woche? Die Tonne steht schon draußen.");
    const result = question.triage?.[TRIAGE_PRODUCER];
    expect(result?.labels).toEqual(expect.arrayContaining(["needs-answer", "needs-answer.question", "topic.abfall"]));
    expect(result?.data).toMatchObject({ needsAnswer: { value: true }, topics: ["abfall"] });
    expect(triaged).toHaveLength(1);
    // The citizen's words stay in the message; the triage keeps places only.
    expect(JSON.stringify(result?.data)).not.toContain("Müllabfuhr");
    await ksm.dispose();
  });

  it("puts a message that may report a danger at the top, with the next step and a reply that asks for the emergency call", async () => {
    const ksm = await setup();
    await receive(ksm, "Danke für die schnelle Reparatur der Laterne!", 60);
    await receive(ksm, "Ihr seid alle unfähig", 50);
    const fire = await receive(ksm, "Es brennt in der Lindenstraße, überall Rauch!!", 5);
    const inbox = (await ksm.store.interactions.list()).sort(byTriagePriority);
    expect(inbox[0]!.id).toBe(fire.id);
    const data = fire.triage?.[TRIAGE_PRODUCER]?.data as { danger: { category: string; emergencyNumbers: string[]; suggestedReply: { de: string } } };
    expect(data.danger.category).toBe("fire");
    expect(data.danger.emergencyNumbers).toContain("112");
    expect(data.danger.suggestedReply.de).toContain("112");
    expect(fire.triage?.[TRIAGE_PRODUCER]?.labels).toEqual(expect.arrayContaining(["danger.fire", "suggest.escalate"]));
    // Nothing is hidden by itself.
    expect((await ksm.store.interactions.list()).every((i) => i.status === "open")).toBe(true);
    await ksm.dispose();
  });

  it("triages what came in before the plugin, and can be turned off", async () => {
    const plugin = scoring();
    const ksm = await setup(plugin);
    await ksm.store.interactions.insert({ id: "old", organisationId: "musterstadt", channelId: "masto", kind: "comment", remoteId: "old", author: { handle: "@a" }, text: "Super Stadtfest!", receivedAt: "2026-07-01T08:00:00Z", status: "open" });
    expect(await plugin.triager().triageUntriaged()).toBe(1);
    expect((await ksm.store.interactions.get("old"))?.triage?.[TRIAGE_PRODUCER]?.labels).toContain("sentiment.positive");
    await ksm.dispose();
    const off = scoring({ triage: false });
    const quiet = await setup(off);
    expect(() => off.triager()).toThrow(/triage: false/);
    expect((await receive(quiet, "Es brennt!")).triage).toBeUndefined();
    await quiet.dispose();
  });
});
