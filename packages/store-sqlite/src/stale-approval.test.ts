import { createKommune, type Kommune, type Store, type TeamMember, type TenantRepositories, type TenantStore } from "@kommune-sm/core";
import { fixtureOrganisation, TestClock } from "@kommune-sm/core/testkit";
import { afterAll, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

// Two instances of kommune-sm (two workers or processes) over one SQLite file.
// An approver's role is revoked through the second one exactly between the
// workflow's read of the approver and its commit on the first: the approval
// rests on a stale read, and must not be stored.

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const ORG = "musterstadt";
const member = (id: string, roles: TeamMember["roles"]) => ({ id, organisationId: ORG, name: id, roles, competencies: [], active: true }) as TeamMember;

/**
 * `store`, whose transactions of `ORG` call `between` once, the first time
 * their work reads the team member `actor`, after the read and before it
 * resolves; counts the transactions.
 */
function interceptedStore(store: Store, actor: string, between: () => Promise<void>): { store: Store; transactions: () => number } {
  let fired = false;
  let transactions = 0;
  const wrapTx = (tx: TenantRepositories): TenantRepositories =>
    new Proxy(tx, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== "teamMembers") return value;
        const members = value as TenantRepositories["teamMembers"];
        return {
          ...members,
          get: async (id: string) => {
            const read = await members.get(id);
            if (id === actor && !fired) {
              fired = true;
              await between();
            }
            return read;
          },
        };
      },
    });
  return {
    transactions: () => transactions,
    store: {
      kind: store.kind,
      organisations: store.organisations,
      close: () => store.close(),
      tenant(organisationId) {
        const tenant = store.tenant(organisationId);
        if (organisationId !== ORG) return tenant;
        const wrapped: TenantStore = {
          ...tenant,
          transaction: (work) => {
            transactions++;
            return tenant.transaction((tx) => work(wrapTx(tx)));
          },
        };
        delete (wrapped as { syncTransaction?: unknown }).syncTransaction; // the workflow's steps go through transaction()
        return wrapped;
      },
    },
  };
}

it("refuses an approval whose approver lost the role through another connection between the workflow's read and its commit", async () => {
  const file = temp.file();
  const first = createSqliteStore({ file });
  const second = createSqliteStore({ file });
  const clock = new TestClock("2026-05-04T08:00:00Z");
  let other: Kommune | undefined;
  const intercepted = interceptedStore(first, "bernd", async () => {
    // The other instance revokes the role and commits, on its own connection.
    const bernd = await other!.store.teamMembers.require("bernd");
    await other!.store.teamMembers.save({ ...bernd, roles: ["viewer"] });
  });
  try {
    const ksm = await createKommune({ organisation: fixtureOrganisation(ORG), store: intercepted.store, clock });
    other = await createKommune({ organisation: fixtureOrganisation(ORG), store: second, clock });
    await ksm.store.teamMembers.insert(member("anna", ["editor"]));
    await ksm.store.teamMembers.insert(member("bernd", ["approver"]));
    const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag" }, "anna");
    if (!created.ok) throw new Error(created.refusal.message);
    expect((await ksm.workflow.submit(created.value.id, "anna")).ok).toBe(true);
    const before = intercepted.transactions();

    const result = await ksm.workflow.approve(created.value.id, "bernd");

    expect(result).toMatchObject({ ok: false, refusal: { code: "role-not-allowed" } });
    // The first attempt judged on the stale read and was refused at commit; the retry read afresh.
    expect(intercepted.transactions() - before).toBe(2);
    expect((await other.store.posts.require(created.value.id)).state).toBe("in-review");
    const actions = (await other.audit.entries()).map((entry) => entry.action);
    expect(actions).not.toContain("post.approved");
    expect((await other.store.teamMembers.require("bernd")).roles).toEqual(["viewer"]);
    await ksm.dispose();
    await other.dispose();
  } finally {
    await first.close();
    await second.close();
  }
});
