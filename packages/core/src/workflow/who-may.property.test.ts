import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import { InteractionSchema, POST_STATES, REPLY_STATES, ROLES, type Post, type Reply, type TeamMember } from "../model/index.js";
import { fixtureOrganisation, fixturePost } from "../testkit/store-fixtures.js";
import { POST_TRANSITIONS, type PostAction } from "./post-transitions.js";
import type { RefusalCode, WorkflowResult } from "./refusal.js";
import { REPLY_TRANSITIONS, type ReplyAction } from "./reply-transitions.js";

// The refusals that are about who takes a step (and the state it needs),
// which whoMay answers; any other refusal here would be a check whoMay does not know.
const ABOUT_WHO: readonly RefusalCode[] = ["role-not-allowed", "four-eyes", "invalid-state", "actor-inactive", "approval-required"];

const team = fc.array(fc.record({ roles: fc.subarray([...ROLES], { minLength: 1 }), active: fc.boolean() }), { minLength: 1, maxLength: 5 });

/** A member's index into the team; one past it is somebody who left the team's records. */
const someone = fc.oneof({ weight: 4, arbitrary: fc.nat(4) }, { weight: 1, arbitrary: fc.constant(5) });

const memberId = (index: number) => `m${index}`;

const postActionAndState = fc
  .constantFrom(...(Object.keys(POST_TRANSITIONS) as PostAction[]))
  .chain((action) => fc.tuple(fc.constant(action), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...POST_TRANSITIONS[action].from) }, { weight: 1, arbitrary: fc.constantFrom(...POST_STATES) })));

const replyActionAndState = fc
  .constantFrom(...(Object.keys(REPLY_TRANSITIONS) as ReplyAction[]))
  .chain((action) => fc.tuple(fc.constant(action), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...REPLY_TRANSITIONS[action].from) }, { weight: 1, arbitrary: fc.constantFrom(...REPLY_STATES) })));

interface Seed {
  readonly members: readonly { roles: TeamMember["roles"]; active: boolean }[];
  readonly fourEyesPosts: boolean;
  readonly fourEyesReplies: boolean;
  readonly post?: Post;
  readonly reply?: Reply;
}

/** A new instance on a new store holding the seed: a copy for each attempt, so that no attempt sees another's step. */
async function instanceOf(seed: Seed): Promise<Kommune> {
  const ksm = await createKommune({
    organisation: fixtureOrganisation("musterstadt", { settings: { fourEyes: { posts: seed.fourEyesPosts, replies: seed.fourEyesReplies } } }),
    clock: new TestClock("2026-08-01T08:00:00Z"),
  });
  for (const [index, member] of seed.members.entries()) {
    await ksm.store.teamMembers.insert({ id: memberId(index), organisationId: "musterstadt", name: `Mitglied ${index}`, roles: member.roles, competencies: [], active: member.active });
  }
  if (seed.post) await ksm.store.posts.insert(seed.post);
  if (seed.reply) {
    await ksm.store.interactions.insert(
      InteractionSchema.parse({
        id: "i1",
        organisationId: "musterstadt",
        channelId: "c1",
        kind: "comment",
        remoteId: "r1",
        author: { handle: "@buerger@social.example" },
        text: "Frage",
        receivedAt: "2026-08-01T07:00:00.000Z",
      }),
    );
    await ksm.store.replies.insert(seed.reply);
  }
  return ksm;
}

/** The members whose real attempt was taken; fails on a refusal that is not about who. */
async function takenBy(seed: Seed, attempt: (ksm: Kommune, id: string) => Promise<WorkflowResult<unknown>>): Promise<string[]> {
  const taken: string[] = [];
  for (const index of seed.members.keys()) {
    const ksm = await instanceOf(seed);
    const result = await attempt(ksm, memberId(index));
    if (result.ok) taken.push(memberId(index));
    else expect(ABOUT_WHO, `${memberId(index)}: ${result.refusal.message}`).toContain(result.refusal.code);
    await ksm.dispose();
  }
  return taken;
}

describe("whoMay (properties)", () => {
  it("names exactly the members whose attempt of the post step is not refused for who they are", async () => {
    await fc.assert(
      fc.asyncProperty(
        team,
        fc.boolean(),
        // Mostly a state the step starts from, so that who takes it is what decides.
        postActionAndState,
        someone,
        fc.uniqueArray(someone, { maxLength: 3 }),
        async (members, fourEyesPosts, [action, state], author, contributors) => {
          const post = fixturePost("musterstadt", "p1", { state, authorId: memberId(author), contributorIds: contributors.map(memberId) });
          const seed: Seed = { members, fourEyesPosts, fourEyesReplies: false, post };
          const ksm = await instanceOf(seed);
          const named = (await ksm.workflow.whoMay("p1", action)).map((member) => member.id);
          await ksm.dispose();
          // Everything a step needs besides the person is given, so that only who they are decides.
          const taken = await takenBy(seed, (copy, id) => copy.workflow.transition("p1", action, id, { reason: "Grund", scheduledAt: "2026-08-02T08:00:00Z" }));
          expect(named).toEqual(taken);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("names exactly the members whose attempt of the reply step is not refused for who they are", async () => {
    const steps: Record<ReplyAction, (ksm: Kommune, replyId: string, actor: string) => Promise<WorkflowResult<Reply>>> = {
      approve: (ksm, replyId, actor) => ksm.workflow.approveReply(replyId, actor),
      send: (ksm, replyId, actor) => ksm.workflow.markReplySent(replyId, actor),
      discard: (ksm, replyId, actor) => ksm.workflow.discardReply(replyId, actor),
      withdraw: (ksm, replyId, actor) => ksm.workflow.withdrawReply(replyId, actor, "Falsches Datum genannt"),
    };
    await fc.assert(
      fc.asyncProperty(
        team,
        fc.boolean(),
        replyActionAndState,
        someone,
        async (members, fourEyesReplies, [action, state], author) => {
          const reply: Reply = {
            id: "r1",
            organisationId: "musterstadt",
            interactionId: "i1",
            text: "Antwort",
            authorId: memberId(author),
            state,
            createdAt: "2026-08-01T07:30:00.000Z",
            updatedAt: "2026-08-01T07:30:00.000Z",
            revision: 1,
          };
          const seed: Seed = { members, fourEyesPosts: true, fourEyesReplies, reply };
          const ksm = await instanceOf(seed);
          const named = (await ksm.workflow.whoMayReply("r1", action)).map((member) => member.id);
          await ksm.dispose();
          const taken = await takenBy(seed, (copy, id) => steps[action](copy, "r1", id));
          expect(named).toEqual(taken);
        },
      ),
      { numRuns: 100 },
    );
  });
});
