import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Post } from "../model/index.js";
import { POST_TRANSITIONS, type PostAction } from "./post-transitions.js";
import type { WorkflowResult } from "./refusal.js";
import { setupWorkflow, TEAM } from "./workflow-test-setup.js";

const actors = [...TEAM.map((m) => m.id), "stranger", "system"] as const;
const actions = Object.keys(POST_TRANSITIONS) as PostAction[];

const command = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("create" as const), actor: fc.constantFrom(...actors), pillar: fc.constantFrom("rathaus", "freizeit") }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("edit" as const), post: fc.nat(4), actor: fc.constantFrom(...actors) }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("transition" as const),
      post: fc.nat(4),
      action: fc.constantFrom(...actions),
      actor: fc.constantFrom(...actors),
      reason: fc.constantFrom(undefined, "", "Begründung"),
      days: fc.integer({ min: -2, max: 60 }),
      override: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 24 * 10 }) }) },
);

describe("editorial workflow (properties)", () => {
  it("never lets an author or contributor approve under four eyes; every applied step is audited; a refused step changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40 }), async (commands) => {
        const { ksm, clock } = await setupWorkflow();
        const ids: string[] = [];
        const actorOf = (name: (typeof actors)[number]) => (name === "system" ? { system: "publishing-engine" } : name);
        for (const c of commands) {
          if (c.kind === "wait") {
            await clock.advanceBy(c.hours * 3_600_000);
            continue;
          }
          const auditBefore = (await ksm.audit.entries()).length;
          const postId = c.kind === "create" ? undefined : ids[c.post % Math.max(ids.length, 1)] ?? "none";
          const before = postId ? await ksm.store.posts.get(postId) : undefined;
          let result: WorkflowResult<Post>;
          if (c.kind === "create") {
            result = await ksm.workflow.createPost({ text: "Beitrag", pillarId: c.pillar }, actorOf(c.actor));
            if (result.ok) ids.push(result.value.id);
          } else if (c.kind === "edit") {
            result = await ksm.workflow.editPost(postId!, { text: `Geändert ${clock.now()}` }, actorOf(c.actor));
          } else {
            result = await ksm.workflow.transition(postId!, c.action, actorOf(c.actor), {
              ...(c.reason === undefined ? {} : { reason: c.reason }),
              scheduledAt: clock.now() + c.days * 86_400_000,
              ...(c.override ? { override: { reason: "Dringend" } } : {}),
            });
            if (result.ok && c.action === "approve") {
              // Four eyes: the approver neither wrote nor edited the approved content.
              expect(result.value.authorId).not.toBe(c.actor);
              expect(result.value.contributorIds).not.toContain(c.actor);
            }
          }
          const entries = await ksm.audit.entries();
          if (result.ok) {
            expect(entries).toHaveLength(auditBefore + 1);
            expect(entries.at(-1)!.subject.id).toBe(result.value.id);
            expect(entries.at(-1)!.to).toBe(result.value.state);
            expect(await ksm.store.posts.require(result.value.id)).toEqual(result.value);
          } else {
            expect(entries).toHaveLength(auditBefore);
            if (postId) expect(await ksm.store.posts.get(postId)).toEqual(before);
          }
        }
        expect((await ksm.audit.verify()).ok).toBe(true);
        await ksm.dispose();
      }),
      { numRuns: 60 },
    );
  });

  it("takes the same steps inside a syncTransaction (transitionWithinSync, given the id or the post read) as transition does: results, posts, audit entries, events", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        const sides = [await setupWorkflow(), await setupWorkflow()];
        const events = sides.map(({ ksm }) => {
          const seen: string[] = [];
          ksm.bus.onAny((event) => void seen.push(`${event.type} ${JSON.stringify({ ...(event.data as object), postId: undefined })}`));
          return seen;
        });
        const ids: string[][] = [[], []];
        const actorOf = (name: (typeof actors)[number]) => (name === "system" ? { system: "publishing-engine" } : name);
        for (const c of commands) {
          if (c.kind === "wait") {
            for (const { clock } of sides) await clock.advanceBy(c.hours * 3_600_000);
            continue;
          }
          const results: WorkflowResult<Post>[] = [];
          for (const [side, { ksm, clock }] of sides.entries()) {
            const postId = c.kind === "create" ? undefined : ids[side]![c.post % Math.max(ids[side]!.length, 1)] ?? "none";
            if (c.kind === "create") {
              const created = await ksm.workflow.createPost({ text: "Beitrag", pillarId: c.pillar }, actorOf(c.actor));
              if (created.ok) ids[side]!.push(created.value.id);
              results.push(created);
            } else if (c.kind === "edit") {
              results.push(await ksm.workflow.editPost(postId!, { text: `Geändert ${clock.now()}` }, actorOf(c.actor)));
            } else {
              const options = {
                ...(c.reason === undefined ? {} : { reason: c.reason }),
                scheduledAt: clock.now() + c.days * 86_400_000,
                ...(c.override ? { override: { reason: "Dringend" } } : {}),
              };
              if (side === 0) results.push(await ksm.workflow.transition(postId!, c.action, actorOf(c.actor), options));
              else {
                // Every other step is given the post as read in the transaction rather than its id.
                const step = await ksm.store.syncTransaction!((tx) => {
                  const read = c.post % 2 === 0 ? tx.posts.get(postId!) : undefined;
                  return ksm.workflow.transitionWithinSync(tx, read ?? postId!, c.action, actorOf(c.actor), options);
                });
                step.emit();
                results.push(step.result);
              }
            }
          }
          const [a, b] = results;
          expect(b!.ok).toBe(a!.ok);
          if (!a!.ok && !b!.ok) expect(b!.refusal.code).toBe(a!.refusal.code);
          if (a!.ok && b!.ok) expect({ ...b!.value, id: "", createdAt: "" }).toEqual({ ...a!.value, id: "", createdAt: "" });
        }
        const trail = async ({ ksm }: (typeof sides)[number]) =>
          (await ksm.audit.entries()).map(({ action, from, to, actor, reason, data }) => ({ action, from, to, actor, reason, data }));
        expect(await trail(sides[1]!)).toEqual(await trail(sides[0]!));
        expect(events[1]).toEqual(events[0]);
        for (const { ksm } of sides) await ksm.dispose();
      }),
      { numRuns: 40 },
    );
  });
});
