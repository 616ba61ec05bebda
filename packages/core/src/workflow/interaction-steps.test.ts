import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { KommuneEvent } from "../events/index.js";
import { InteractionSchema, type Interaction, type TeamMember } from "../model/index.js";
import { isValidationError } from "../validation/validate.js";
import { setupWorkflow } from "./workflow-test-setup.js";

type Setup = Awaited<ReturnType<typeof setupWorkflow>>;

/** A workflow with one open interaction "i1" (received 07:00Z, the clock at 08:00Z) and a record of every event. */
async function withInteraction(overrides: Partial<Interaction> = {}): Promise<Setup & { events: KommuneEvent[] }> {
  const setup = await setupWorkflow();
  await setup.ksm.store.interactions.insert(
    InteractionSchema.parse({
      id: "i1",
      organisationId: "musterstadt",
      channelId: "mastodon",
      kind: "comment",
      remoteId: "r1",
      author: { handle: "@erika@social.example" },
      text: "Wann wird die Lindenstraße wieder geöffnet?",
      receivedAt: "2026-08-01T07:00:00.000Z",
      revision: 1,
      ...overrides,
    }),
  );
  const events: KommuneEvent[] = [];
  setup.ksm.bus.onAny((event) => void events.push(event));
  return { ...setup, events };
}

const stored = (ksm: Setup["ksm"]) => ksm.store.interactions.require("i1");
const lastEntry = async (ksm: Setup["ksm"]) => (await ksm.audit.forSubject({ type: "interaction", id: "i1" })).at(-1);
const names = (members: readonly TeamMember[]) => members.map((member) => member.id).sort();

describe("assignInteraction", () => {
  it("assigns an open interaction to a team member who may answer, audited and announced", async () => {
    const { ksm, events } = await withInteraction();
    const assigned = await ksm.workflow.assignInteraction("i1", "anna", "bernd");
    expect(assigned).toMatchObject({ ok: true, value: { status: "open", assignedTo: "bernd", revision: 2 } });
    expect(await stored(ksm)).toMatchObject({ assignedTo: "bernd", revision: 2 });
    expect(await lastEntry(ksm)).toMatchObject({
      action: "interaction.assigned",
      actor: { kind: "member", id: "anna", name: "Anna Schreiber" },
      subject: { type: "interaction", id: "i1" },
      from: "open",
      to: "open",
      data: { assignedTo: "bernd" },
    });
    expect(events.map((event) => [event.type, event.subject, event.data])).toEqual([
      ["interaction.assigned", "i1", { interactionId: "i1", actorId: "anna", from: "open", to: "open", revision: 2, assignedTo: "bernd" }],
    ]);
  });

  it("takes the assignment away with undefined, naming who had it", async () => {
    const { ksm, events } = await withInteraction({ assignedTo: "bernd" });
    const taken = await ksm.workflow.assignInteraction("i1", "carla", undefined);
    expect(taken.ok && taken.value.assignedTo).toBeUndefined();
    expect((await stored(ksm)).assignedTo).toBeUndefined();
    expect(events[0]!.data).toEqual({ interactionId: "i1", actorId: "carla", from: "open", to: "open", revision: 2, previousAssignee: "bernd" });
  });

  it("lets automatic routing assign as the SDK", async () => {
    const { ksm } = await withInteraction();
    expect(await ksm.workflow.assignInteraction("i1", { system: "router" }, "emil")).toMatchObject({ ok: true, value: { assignedTo: "emil" } });
    expect(await lastEntry(ksm)).toMatchObject({ actor: { kind: "system", id: "router" } });
  });

  it("refuses an assignee who is no member, no longer active, or may not answer citizens", async () => {
    const { ksm, events } = await withInteraction();
    const unknown = await ksm.workflow.assignInteraction("i1", "anna", "zoe");
    expect(unknown).toMatchObject({ ok: false, refusal: { code: "assignee-unavailable", details: { assigneeId: "zoe", why: "unknown" } } });
    expect(!unknown.ok && unknown.refusal.message).toBe("„zoe“ ist kein Mitglied des Teams dieser Organisation; die Nachricht kann nur jemandem aus dem Team zugewiesen werden.");
    const inactive = await ksm.workflow.assignInteraction("i1", "anna", "frieda");
    expect(inactive).toMatchObject({ ok: false, refusal: { code: "assignee-unavailable", details: { why: "inactive" } } });
    const viewer = await ksm.workflow.assignInteraction("i1", "anna", "dieter");
    expect(!viewer.ok && viewer.refusal.message).toBe("Dieter Liest darf Bürgerinnen und Bürgern nicht antworten; zuweisen lässt sich eine Nachricht nur an: Redaktion, Freigabe, Administration.");
    expect(await stored(ksm)).toMatchObject({ revision: 1 });
    expect(await ksm.audit.forSubject({ type: "interaction", id: "i1" })).toEqual([]);
    expect(events).toEqual([]);
  });

  it("refuses readers, and interactions that are not open", async () => {
    const { ksm } = await withInteraction();
    const reader = await ksm.workflow.assignInteraction("i1", "dieter", "anna");
    expect(reader).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    expect(!reader.ok && reader.refusal.message).toBe("Dieter Liest darf den Schritt „Nachricht zuweisen“ nicht ausführen; nötig ist eine dieser Rollen: Redaktion, Freigabe, Administration, System (automatisch).");
    await ksm.workflow.closeInteraction("i1", "anna");
    const closed = await ksm.workflow.assignInteraction("i1", "anna", "bernd");
    expect(!closed.ok && closed.refusal.message).toBe("„Nachricht zuweisen“ ist im Zustand „ohne Antwort geschlossen“ nicht möglich (nur aus: offen).");
  });
});

describe("closeInteraction", () => {
  it("closes an open interaction without answer, keeping who, when and the reason", async () => {
    const { ksm, events } = await withInteraction();
    const closed = await ksm.workflow.closeInteraction("i1", "bernd", "  Spam  ");
    expect(closed).toMatchObject({ ok: true, value: { status: "closed", closure: { by: "bernd", at: "2026-08-01T08:00:00.000Z", reason: "Spam" }, revision: 2 } });
    expect(await lastEntry(ksm)).toMatchObject({ action: "interaction.closed", from: "open", to: "closed", reason: "Spam" });
    expect(events[0]).toMatchObject({ type: "interaction.closed", data: { from: "open", to: "closed", reason: "Spam" } });
  });

  it("closes without a reason too, and refuses to close twice", async () => {
    const { ksm } = await withInteraction();
    const closed = await ksm.workflow.closeInteraction("i1", "anna");
    expect(closed.ok && closed.value.closure).toEqual({ by: "anna", at: "2026-08-01T08:00:00.000Z" });
    expect(await ksm.workflow.closeInteraction("i1", "anna")).toMatchObject({ ok: false, refusal: { code: "invalid-state", details: { state: "closed" } } });
  });

  it("refuses an unknown interaction, an unknown actor and a reader", async () => {
    const { ksm } = await withInteraction();
    expect(await ksm.workflow.closeInteraction("nope", "anna")).toMatchObject({ ok: false, refusal: { code: "not-found", details: { entity: "Interaction", id: "nope" } } });
    expect(await ksm.workflow.closeInteraction("i1", "stranger")).toMatchObject({ ok: false, refusal: { code: "unknown-actor" } });
    expect(await ksm.workflow.closeInteraction("i1", "frieda")).toMatchObject({ ok: false, refusal: { code: "actor-inactive" } });
    expect(await ksm.workflow.closeInteraction("i1", "dieter")).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    expect(await ksm.workflow.closeInteraction("i1", { system: "spam-filter" })).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
  });
});

describe("hideInteraction", () => {
  it("hides an interaction with a reason: status hidden, data kept, the reason in the audit log but not in the event", async () => {
    const { ksm, events } = await withInteraction();
    const hidden = await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung mit Klarnamen");
    expect(hidden).toMatchObject({ ok: true, value: { status: "hidden", hidden: { by: "anna", at: "2026-08-01T08:00:00.000Z", reason: "Beleidigung mit Klarnamen" } } });
    expect((await stored(ksm)).text).toBe("Wann wird die Lindenstraße wieder geöffnet?");
    expect(await lastEntry(ksm)).toMatchObject({ action: "interaction.hidden", from: "open", to: "hidden", reason: "Beleidigung mit Klarnamen" });
    expect(events[0]!.data).toEqual({ interactionId: "i1", actorId: "anna", from: "open", to: "hidden", revision: 2 });
    // An inbox filtering on the status no longer lists it.
    expect(await ksm.store.interactions.list({ where: { status: "open" } })).toEqual([]);
  });

  it("needs a reason, and hides closed and answered interactions too, but not twice", async () => {
    const { ksm } = await withInteraction();
    const refused = await ksm.workflow.hideInteraction("i1", "anna", "   ");
    expect(refused).toMatchObject({ ok: false, refusal: { code: "reason-required" } });
    expect(!refused.ok && refused.refusal.message).toBe("Für „Nachricht ausblenden“ ist eine Begründung nötig.");
    await ksm.workflow.closeInteraction("i1", "anna", "Spam");
    const hidden = await ksm.workflow.hideInteraction("i1", "anna", "Telefonnummer im Text");
    // Leaving "closed" takes the closure along; the audit log keeps it.
    expect(hidden.ok && hidden.value.closure).toBeUndefined();
    expect(await ksm.workflow.hideInteraction("i1", "carla", "doppelt")).toMatchObject({ ok: false, refusal: { code: "invalid-state" } });
  });
});

describe("reopenInteraction", () => {
  it("opens closed and answered interactions again, dropping the closure but keeping the first response", async () => {
    const { ksm, events } = await withInteraction();
    await ksm.workflow.closeInteraction("i1", "anna", "Spam");
    const reopened = await ksm.workflow.reopenInteraction("i1", "bernd");
    expect(reopened).toMatchObject({ ok: true, value: { status: "open", revision: 3 } });
    expect(reopened.ok && reopened.value.closure).toBeUndefined();
    await ksm.workflow.markInteractionAnswered("i1", { at: "2026-08-01T07:30:00Z" });
    expect(await ksm.workflow.reopenInteraction("i1", "anna")).toMatchObject({ ok: true, value: { status: "open", firstResponseAt: "2026-08-01T07:30:00.000Z" } });
    expect(events.map((event) => event.type)).toEqual(["interaction.closed", "interaction.reopened", "interaction.answered", "interaction.reopened"]);
    expect(await ksm.workflow.reopenInteraction("i1", "anna")).toMatchObject({ ok: false, refusal: { code: "invalid-state" } });
  });

  it("brings a hidden interaction back for admins only", async () => {
    const { ksm } = await withInteraction();
    await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung");
    const editor = await ksm.workflow.reopenInteraction("i1", "anna");
    expect(!editor.ok && editor.refusal.message).toBe("Anna Schreiber darf den Schritt „Wieder öffnen“ nicht ausführen; nötig ist eine dieser Rollen: Administration.");
    const admin = await ksm.workflow.reopenInteraction("i1", "carla", { reason: "Versehentlich ausgeblendet" });
    expect(admin).toMatchObject({ ok: true, value: { status: "open" } });
    expect(admin.ok && admin.value.hidden).toBeUndefined();
    expect(await lastEntry(ksm)).toMatchObject({ action: "interaction.reopened", from: "hidden", to: "open", reason: "Versehentlich ausgeblendet" });
  });
});

describe("markInteractionAnswered", () => {
  it("is the SDK's step: sets answered and the first response from the network's time, once", async () => {
    const { ksm, events } = await withInteraction();
    expect(await ksm.workflow.markInteractionAnswered("i1", { at: "2026-08-01T07:45:00Z", actor: "carla" })).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    const first = await ksm.workflow.markInteractionAnswered("i1", { at: "2026-08-01T09:45:00+02:00" });
    expect(first).toMatchObject({ ok: true, value: { status: "answered", firstResponseAt: "2026-08-01T07:45:00.000Z", revision: 2 } });
    expect(await lastEntry(ksm)).toMatchObject({ action: "interaction.answered", actor: { kind: "system", id: "network" }, from: "open", to: "answered", data: { at: "2026-08-01T07:45:00.000Z", firstResponseAt: "2026-08-01T07:45:00.000Z" } });
    // A second confirmed reply is recorded, but the first response stays.
    const second = await ksm.workflow.markInteractionAnswered("i1", { at: new Date("2026-08-01T10:00:00Z"), actor: { system: "publishing-engine" } });
    expect(second).toMatchObject({ ok: true, value: { status: "answered", firstResponseAt: "2026-08-01T07:45:00.000Z", revision: 3 } });
    expect(events.map((event) => event.data)).toEqual([
      { interactionId: "i1", actorId: "system:network", from: "open", to: "answered", revision: 2, firstResponseAt: "2026-08-01T07:45:00.000Z" },
      { interactionId: "i1", actorId: "system:publishing-engine", from: "answered", to: "answered", revision: 3 },
    ]);
  });

  it("does not take a response time from before the message came in", async () => {
    const { ksm } = await withInteraction();
    const answered = await ksm.workflow.markInteractionAnswered("i1", { at: "2026-08-01T06:59:59.999Z" });
    expect(answered).toMatchObject({ ok: true, value: { status: "answered" } });
    expect(answered.ok && answered.value.firstResponseAt).toBeUndefined();
    expect(InteractionSchema.safeParse(await stored(ksm)).success).toBe(true);
  });

  it("answers a closed interaction, leaves a hidden one hidden, and needs a valid instant", async () => {
    const { ksm } = await withInteraction();
    await ksm.workflow.closeInteraction("i1", "anna");
    expect(await ksm.workflow.markInteractionAnswered("i1", { at: Date.parse("2026-08-01T07:10:00Z") })).toMatchObject({ ok: true, value: { status: "answered" } });
    await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung");
    expect(await ksm.workflow.markInteractionAnswered("i1", { at: "2026-08-01T07:20:00Z" })).toMatchObject({ ok: false, refusal: { code: "invalid-state" } });
    for (const at of ["2026-08-01T07:20:00", "gestern", Number.NaN, undefined]) {
      const thrown = await ksm.workflow.markInteractionAnswered("i1", { at: at as never }).catch((error: unknown) => error);
      expect(KommuneError.isInstance(thrown, "CORE_INVALID_ARGUMENT"), String(at)).toBe(true);
    }
  });
});

describe("interaction steps and revisions", () => {
  it("refuse a step at another revision than the one the person saw", async () => {
    const { ksm } = await withInteraction();
    await ksm.workflow.assignInteraction("i1", "anna", "bernd");
    const stale = await ksm.workflow.closeInteraction("i1", "bernd", "Spam", { expectedRevision: 1 });
    expect(stale).toMatchObject({ ok: false, refusal: { code: "conflict", details: { expected: 1, actual: 2 } } });
    expect(!stale.ok && stale.refusal.message).toBe("Die Nachricht wurde inzwischen geändert (Version 2 statt 1). Bitte neu laden.");
    expect(await ksm.workflow.closeInteraction("i1", "bernd", "Spam", { expectedRevision: 2 })).toMatchObject({ ok: true, value: { revision: 3 } });
  });

  it("count a stored interaction without a revision as revision 1", async () => {
    const { ksm } = await withInteraction({ revision: undefined });
    expect((await stored(ksm)).revision).toBeUndefined();
    expect(await ksm.workflow.assignInteraction("i1", "anna", "anna", { expectedRevision: 2 })).toMatchObject({ ok: false, refusal: { code: "conflict", details: { actual: 1 } } });
    expect(await ksm.workflow.assignInteraction("i1", "anna", "anna", { expectedRevision: 1 })).toMatchObject({ ok: true, value: { revision: 2 } });
    expect((await stored(ksm)).revision).toBe(2);
  });

  it("refuse an unknown action, naming the known ones", async () => {
    const { ksm } = await withInteraction();
    await expect(ksm.workflow.transitionInteraction("i1", "delete" as never, "carla")).rejects.toThrow(/Unknown interaction action "delete"; known: assign, close, reopen, hide, mark-answered/);
  });
});

describe("whoMayInteraction", () => {
  it("names the active members whose roles allow the step from the interaction's status", async () => {
    const { ksm } = await withInteraction();
    expect(names(await ksm.workflow.whoMayInteraction("i1", "close"))).toEqual(["anna", "bernd", "carla", "emil"]);
    expect(await ksm.workflow.whoMayInteraction("i1", "reopen")).toEqual([]);
    expect(await ksm.workflow.whoMayInteraction("i1", "mark-answered")).toEqual([]);
    await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung");
    expect(names(await ksm.workflow.whoMayInteraction("i1", "reopen"))).toEqual(["carla"]);
    await expect(ksm.workflow.whoMayInteraction("nope", "close")).rejects.toThrow(/no interaction "nope"/);
  });
});

describe("setInteractionTriage", () => {
  it("files a producer's triage on the interaction, recorded under the producer and announced without its data", async () => {
    const { ksm, events } = await withInteraction();
    const triaged = await ksm.workflow.setInteractionTriage("i1", "scoring", { labels: ["question", "traffic"], score: 0.2, data: { model: "v3", spans: [[0, 4]] } });
    expect(triaged).toMatchObject({ ok: true, value: { status: "open", revision: 2, triage: { scoring: { at: "2026-08-01T08:00:00.000Z", labels: ["question", "traffic"], score: 0.2, data: { model: "v3", spans: [[0, 4]] } } } } });
    expect(await stored(ksm)).toEqual(triaged.ok ? triaged.value : undefined);
    const entry = await lastEntry(ksm);
    expect(entry).toMatchObject({ action: "interaction.triaged", actor: { kind: "plugin", id: "scoring" }, data: { producer: "scoring", labels: ["question", "traffic"], score: 0.2 } });
    expect(entry!.data).not.toHaveProperty("data");
    expect(events.map((event) => [event.type, event.data])).toEqual([["interaction.triaged", { interactionId: "i1", producer: "scoring", revision: 2, labels: ["question", "traffic"], score: 0.2 }]]);
  });

  it("keeps each producer's result apart, works in any status, and removes one with null", async () => {
    const { ksm } = await withInteraction();
    await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung");
    await ksm.workflow.setInteractionTriage("i1", "scoring", { labels: ["insult"], at: "2026-08-01T07:59:00+00:00" });
    await ksm.workflow.setInteractionTriage("i1", "@acme/language", { labels: ["de"] });
    expect(Object.keys((await stored(ksm)).triage!).sort()).toEqual(["@acme/language", "scoring"]);
    expect((await stored(ksm)).triage!.scoring!.at).toBe("2026-08-01T07:59:00.000Z");
    await ksm.workflow.setInteractionTriage("i1", "scoring", null);
    await ksm.workflow.setInteractionTriage("i1", "@acme/language", null);
    expect(await stored(ksm)).toMatchObject({ status: "hidden", revision: 6 });
    expect((await stored(ksm)).triage).toBeUndefined();
    expect(await lastEntry(ksm)).toMatchObject({ data: { producer: "@acme/language", removed: true } });
  });

  it("refuses what it cannot keep with a ValidationError naming the field, and changes nothing", async () => {
    const { ksm, events } = await withInteraction();
    const failure = async (run: () => Promise<unknown>) => {
      const error = await run().then(() => undefined, (thrown: unknown) => thrown);
      if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    };
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "Scoring Plugin", {}))).toEqual([expect.stringMatching(/^: .*Muster/)]);
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "scoring", { lables: ["x"] } as never))).toEqual([expect.stringContaining("lables")]);
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "scoring", { labels: Array.from({ length: 33 }, (_, i) => `l${i}`) }))).toEqual([
      "labels: „labels“ hat 33 Einträge; erlaubt sind höchstens 32.",
    ]);
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "scoring", { data: { text: "x".repeat(4_001) } }))).toEqual([
      "data: „data“ ist zu groß oder zu tief verschachtelt: erlaubt sind höchstens 200 Einträge, 4000 Zeichen Text und 6 Ebenen.",
    ]);
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "scoring", { data: { when: new Date() } }))).toEqual([expect.stringContaining("nicht als JSON speichern")]);
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "scoring", { score: Number.POSITIVE_INFINITY }))).toEqual([expect.stringMatching(/^score: /)]);
    for (let i = 0; i < 16; i++) expect((await ksm.workflow.setInteractionTriage("i1", `producer-${i}`, {})).ok).toBe(true);
    expect(await failure(() => ksm.workflow.setInteractionTriage("i1", "one-too-many", { score: 1 }))).toEqual(["triage: „triage“ hat 17 Einträge; erlaubt sind höchstens 16."]);
    expect(await stored(ksm)).toMatchObject({ revision: 17 });
    expect(events).toHaveLength(16);
  });

  it("refuses an unknown interaction and a stale revision", async () => {
    const { ksm } = await withInteraction();
    expect(await ksm.workflow.setInteractionTriage("nope", "scoring", {})).toMatchObject({ ok: false, refusal: { code: "not-found" } });
    expect(await ksm.workflow.setInteractionTriage("i1", "scoring", {}, { expectedRevision: 5 })).toMatchObject({ ok: false, refusal: { code: "conflict" } });
  });
});

describe("sending a reply", () => {
  it("marks the interaction answered one revision higher, and leaves a hidden one hidden", async () => {
    const { ksm } = await withInteraction();
    const draft = await ksm.workflow.draftReply("i1", "Am Freitag.", "anna");
    expect((await ksm.workflow.markReplySent(draft.ok ? draft.value.id : "", "anna")).ok).toBe(true);
    expect(await stored(ksm)).toMatchObject({ status: "answered", firstResponseAt: "2026-08-01T08:00:00.000Z", revision: 2 });
    await ksm.workflow.hideInteraction("i1", "anna", "Beleidigung im Nachgang");
    const late = await ksm.workflow.draftReply("i1", "Nachtrag.", "anna");
    expect((await ksm.workflow.markReplySent(late.ok ? late.value.id : "", "anna")).ok).toBe(true);
    expect(await stored(ksm)).toMatchObject({ status: "hidden", revision: 4 });
    expect((await ksm.audit.entries()).at(-1)).toMatchObject({ action: "reply.sent", data: { interactionId: "i1", interactionStatus: "hidden" } });
  });
});
