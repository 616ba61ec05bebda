import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KommuneEvent } from "../events/index.js";
import type { Kommune } from "../host/create-kommune.js";
import { InteractionSchema, type Interaction, type InteractionStatus } from "../model/index.js";
import { INTERACTION_TRANSITIONS, ASSIGNABLE_ROLES, type InteractionAction } from "./interaction-transitions.js";
import type { RefusalCode, WorkflowResult } from "./refusal.js";
import type { WorkflowActor } from "./editorial-workflow.js";
import { interactionStepRoles } from "./step-rules.js";
import { setupWorkflow, TEAM } from "./workflow-test-setup.js";
import type { ActorRole } from "./post-transitions.js";

// A model-based test: random sequences of interaction steps (and triage) by
// random members, run against a real instance and against a model that
// knows only INTERACTION_TRANSITIONS and the team. The model predicts
// whether each step is taken or refused, and why; the instance must agree,
// and after every command the store, the audit log and the events must be
// what the step's outcome promises.

const RECEIVED_AT = "2026-08-01T07:00:00.000Z";
const INTERACTIONS = ["i1", "i2"] as const;
const ACTORS = [...TEAM.map((member) => member.id), "stranger", "system"] as const;
const ASSIGNEES = [...TEAM.map((member) => member.id), "zoe"] as const;
const ACTIONS = Object.keys(INTERACTION_TRANSITIONS) as InteractionAction[];

interface ModelInteraction {
  status: InteractionStatus;
  revision: number;
  firstResponseAt?: string;
  producers: Set<string>;
}

interface Model {
  readonly interactions: Map<string, ModelInteraction>;
}

interface Real {
  readonly ksm: Kommune;
  readonly events: KommuneEvent[];
  now(): number;
  advance(ms: number): Promise<void>;
}

type Outcome = { ok: true } | { ok: false; code: RefusalCode };

const rolesOf = (actor: (typeof ACTORS)[number]): readonly ActorRole[] | "unknown" | "inactive" => {
  if (actor === "system") return ["system"];
  const member = TEAM.find((m) => m.id === actor);
  if (!member) return "unknown";
  return member.active ? member.roles : "inactive";
};

const actorOf = (actor: (typeof ACTORS)[number]): WorkflowActor => (actor === "system" ? { system: "model" } : actor);

/** What the real instance holds now, for comparing before and after. */
async function snapshot(real: Real, id: string) {
  return { interaction: await real.ksm.store.interactions.get(id), audit: (await real.ksm.audit.entries()).length, events: real.events.length };
}

/** Checks what every command must leave behind, for the outcome the model predicted. */
async function expectOutcome(
  real: Real,
  id: string,
  before: Awaited<ReturnType<typeof snapshot>>,
  result: WorkflowResult<Interaction>,
  predicted: Outcome,
  event: string,
): Promise<Interaction | undefined> {
  if (!predicted.ok) {
    expect(result, `refused as ${predicted.code}`).toMatchObject({ ok: false, refusal: { code: predicted.code } });
    // A refused step changes nothing: store, audit log, events.
    expect(await real.ksm.store.interactions.get(id)).toEqual(before.interaction);
    expect((await real.ksm.audit.entries()).length).toBe(before.audit);
    expect(real.events.length).toBe(before.events);
    return undefined;
  }
  expect(result.ok, result.ok ? "" : result.refusal.message).toBe(true);
  const stored = await real.ksm.store.interactions.require(id);
  expect(stored).toEqual(result.ok ? result.value : undefined);
  // Every change raises the revision by exactly one (absent counts as 1).
  expect(stored.revision).toBe((before.interaction!.revision ?? 1) + 1);
  // Exactly one audit entry and one event, about this interaction.
  const entries = await real.ksm.audit.entries();
  expect(entries.length).toBe(before.audit + 1);
  expect(entries.at(-1)).toMatchObject({ action: event, subject: { type: "interaction", id } });
  expect(real.events.length).toBe(before.events + 1);
  expect(real.events.at(-1)).toMatchObject({ type: event, subject: id, data: { interactionId: id, revision: stored.revision } });
  // The first response is set at most once, and never before the message came in.
  if (before.interaction!.firstResponseAt !== undefined) expect(stored.firstResponseAt).toBe(before.interaction!.firstResponseAt);
  if (stored.firstResponseAt !== undefined) expect(Date.parse(stored.firstResponseAt)).toBeGreaterThanOrEqual(Date.parse(stored.receivedAt));
  expect(InteractionSchema.safeParse(stored).success).toBe(true);
  return stored;
}

class StepCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly id: (typeof INTERACTIONS)[number],
    readonly action: InteractionAction,
    readonly actor: (typeof ACTORS)[number],
    readonly reason: string | undefined,
    readonly assignee: (typeof ASSIGNEES)[number] | undefined,
    readonly minutesAfterReceipt: number,
    readonly revision: "none" | "current" | "stale",
  ) {}

  check(): boolean {
    return true;
  }

  /** What the table and the team say should happen, in the order the workflow checks. */
  predict(model: Model): Outcome {
    const state = model.interactions.get(this.id)!;
    const rule = INTERACTION_TRANSITIONS[this.action];
    const roles = rolesOf(this.actor);
    if (roles === "unknown") return { ok: false, code: "unknown-actor" };
    if (roles === "inactive") return { ok: false, code: "actor-inactive" };
    if (!rule.from.includes(state.status)) return { ok: false, code: "invalid-state" };
    if (!interactionStepRoles(rule, state.status).some((role) => roles.includes(role))) return { ok: false, code: "role-not-allowed" };
    if (this.revision === "stale") return { ok: false, code: "conflict" };
    if (rule.requiresReason && !this.reason?.trim()) return { ok: false, code: "reason-required" };
    if (this.action === "assign" && this.assignee !== undefined) {
      const member = TEAM.find((m) => m.id === this.assignee);
      if (!member || !member.active || !member.roles.some((role) => ASSIGNABLE_ROLES.includes(role))) return { ok: false, code: "assignee-unavailable" };
    }
    return { ok: true };
  }

  async run(model: Model, real: Real): Promise<void> {
    const state = model.interactions.get(this.id)!;
    const before = await snapshot(real, this.id);
    const at = Date.parse(RECEIVED_AT) + this.minutesAfterReceipt * 60_000;
    const expectedRevision = this.revision === "none" ? undefined : this.revision === "current" ? state.revision : state.revision + 1;
    const result = await real.ksm.workflow.transitionInteraction(this.id, this.action, actorOf(this.actor), {
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.assignee === undefined ? {} : { assigneeId: this.assignee }),
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
      at,
    });
    const predicted = this.predict(model);
    const rule = INTERACTION_TRANSITIONS[this.action];
    const stored = await expectOutcome(real, this.id, before, result, predicted, rule.event);
    if (!stored) return;
    // The stored status always follows the table.
    expect(stored.status).toBe(rule.to);
    expect(await real.ksm.audit.entries().then((entries) => entries.at(-1))).toMatchObject({ from: state.status, to: rule.to });
    if (this.action === "mark-answered" && state.firstResponseAt === undefined && at >= Date.parse(RECEIVED_AT)) {
      expect(stored.firstResponseAt).toBe(new Date(at).toISOString());
    }
    if (this.action === "hide") expect(stored.hidden?.reason).toBe(this.reason?.trim());
    if (this.action === "assign") expect(stored.assignedTo).toBe(this.assignee);
    if (rule.to !== "hidden") expect(stored.hidden).toBeUndefined();
    state.status = rule.to;
    state.revision += 1;
    state.firstResponseAt = stored.firstResponseAt;
  }

  toString(): string {
    return `${this.action}(${this.id}, ${this.actor}, reason=${String(this.reason)}, assignee=${String(this.assignee)}, +${this.minutesAfterReceipt}min, revision=${this.revision})`;
  }
}

class TriageCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly id: (typeof INTERACTIONS)[number],
    readonly producer: string,
    readonly remove: boolean,
    readonly labels: string[],
    readonly stale: boolean,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const state = model.interactions.get(this.id)!;
    const before = await snapshot(real, this.id);
    const result = await real.ksm.workflow.setInteractionTriage(this.id, this.producer, this.remove ? null : { labels: this.labels, score: this.labels.length }, {
      ...(this.stale ? { expectedRevision: state.revision + 1 } : {}),
    });
    // Triage needs no role and works in any status; only a stale revision refuses it.
    const stored = await expectOutcome(real, this.id, before, result, this.stale ? { ok: false, code: "conflict" } : { ok: true }, "interaction.triaged");
    if (!stored) return;
    // Triage never moves the status.
    expect(stored.status).toBe(state.status);
    if (this.remove) state.producers.delete(this.producer);
    else state.producers.add(this.producer);
    expect(Object.keys(stored.triage ?? {}).sort()).toEqual([...state.producers].sort());
    state.revision += 1;
  }

  toString(): string {
    return `triage(${this.id}, ${this.producer}, ${this.remove ? "remove" : JSON.stringify(this.labels)}${this.stale ? ", stale" : ""})`;
  }
}

class WaitCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly minutes: number) {}

  check(): boolean {
    return true;
  }

  async run(_model: Model, real: Real): Promise<void> {
    await real.advance(this.minutes * 60_000);
  }

  toString(): string {
    return `wait(${this.minutes}min)`;
  }
}

const commands = fc.commands(
  [
    fc
      .record({
        id: fc.constantFrom(...INTERACTIONS),
        action: fc.constantFrom(...ACTIONS),
        // The SDK's actor as often as the team's, so that its one step (mark-answered) comes up often enough.
        actor: fc.oneof(fc.constantFrom(...ACTORS), fc.constant("system" as const)),
        reason: fc.constantFrom(undefined, "", "  ", "Spam", "Beleidigung"),
        assignee: fc.option(fc.constantFrom(...ASSIGNEES), { nil: undefined }),
        minutes: fc.integer({ min: -120, max: 600 }),
        revision: fc.constantFrom("none", "none", "current", "stale"),
      })
      .map(({ id, action, actor, reason, assignee, minutes, revision }) => new StepCommand(id, action, actor, reason, assignee, minutes, revision as "none" | "current" | "stale")),
    fc
      .record({
        id: fc.constantFrom(...INTERACTIONS),
        producer: fc.constantFrom("scoring", "@acme/language"),
        remove: fc.boolean(),
        labels: fc.array(fc.constantFrom("insult", "question", "spam"), { maxLength: 3 }),
        stale: fc.boolean(),
      })
      .map(({ id, producer, remove, labels, stale }) => new TriageCommand(id, producer, remove, labels, stale)),
    fc.integer({ min: 1, max: 600 }).map((minutes) => new WaitCommand(minutes)),
  ],
  { maxCommands: 40, size: "max" },
);

async function setup(): Promise<{ model: Model; real: Real }> {
  const { ksm, clock } = await setupWorkflow();
  for (const id of INTERACTIONS) {
    await ksm.store.interactions.insert(
      InteractionSchema.parse({
        id,
        organisationId: "musterstadt",
        channelId: "mastodon",
        kind: "comment",
        remoteId: `r-${id}`,
        author: { handle: "@erika@social.example" },
        text: "Wann kommt der Sperrmüll?",
        receivedAt: RECEIVED_AT,
        // i2 was stored before interactions had revisions.
        ...(id === "i1" ? { revision: 1 } : {}),
      }),
    );
  }
  const events: KommuneEvent[] = [];
  ksm.bus.onAny((event) => void events.push(event));
  const model: Model = { interactions: new Map(INTERACTIONS.map((id) => [id, { status: "open", revision: 1, producers: new Set<string>() }])) };
  return { model, real: { ksm, events, now: () => clock.now(), advance: (ms) => clock.advanceBy(ms) } };
}

describe("interaction steps (model-based)", () => {
  it("follow the table, record each step once, change nothing when refused, and keep revisions and response times straight", async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        let real: Real | undefined;
        await fc.asyncModelRun(async () => {
          const made = await setup();
          real = made.real;
          return made;
        }, cmds);
        expect((await real!.ksm.audit.verify()).ok).toBe(true);
        await real!.ksm.dispose();
      }),
      { numRuns: 100 },
    );
  });
});
