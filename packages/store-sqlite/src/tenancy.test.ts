import { createAuditEntry, KommuneError, type CollectionName, type Store } from "@kommune-sm/core";
import { fixtureOrganisation, fixturePost, fixtureSample } from "@kommune-sm/core/testkit";
import { afterAll, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const organisations = Array.from({ length: 20 }, (_, i) => `gemeinde-${String(i + 1).padStart(2, "0")}`);

async function fill(store: Store, organisationId: string, index: number): Promise<void> {
  await store.organisations.save(fixtureOrganisation(organisationId));
  await store.tenant(organisationId).transaction(async (tx) => {
    // The same ids in every organisation, and a different number of posts each.
    for (let p = 0; p <= index; p++) await tx.posts.insert(fixturePost(organisationId, `post-${p}`, { text: `Beitrag von ${organisationId}` }));
    await tx.collection("deliveries" as CollectionName).insert({ id: "delivery-1", organisationId, state: "due" } as never);
    await tx.audit.append(createAuditEntry(undefined, organisationId, { actor: { kind: "member", id: "anna" }, action: "post.submitted", subject: { type: "post", id: "post-0" } }, Date.UTC(2026, 4, 1)));
    await tx.metrics.append([fixtureSample(organisationId, "2026-05-01T08:00:00.000Z", "likes", index)]);
  });
}

it("keeps 20 organisations in one file apart: each sees only its own rows, through any connection", async () => {
  const file = temp.file();
  const writer = createSqliteStore({ file });
  await Promise.all(organisations.map((id, index) => fill(writer, id, index)));
  const reader = createSqliteStore({ file }); // a second connection sees the same isolation
  try {
    for (const store of [writer, reader]) {
      expect((await store.organisations.list()).map((o) => o.id)).toEqual(organisations);
      for (const [index, id] of organisations.entries()) {
        const tenant = store.tenant(id);
        const posts = await tenant.posts.list();
        expect(posts).toHaveLength(index + 1);
        expect(posts.every((post) => post.organisationId === id && post.text === `Beitrag von ${id}`)).toBe(true);
        expect(await tenant.posts.count({ text: `Beitrag von ${id}` })).toBe(index + 1);
        expect(await tenant.posts.count({ text: `Beitrag von ${organisations[(index + 1) % 20]}` })).toBe(0);
        expect(await tenant.collection("deliveries" as CollectionName).list()).toEqual([{ id: "delivery-1", organisationId: id, state: "due" }]);
        expect((await tenant.audit.list()).map((entry) => entry.organisationId)).toEqual([id]);
        expect((await tenant.metrics.query()).map((sample) => [sample.organisationId, sample.value])).toEqual([[id, index]]);
      }
    }
    // Writing another organisation's entity, or deleting by its id, does not reach it.
    const first = writer.tenant(organisations[0]!);
    const refused = await first.posts.save(fixturePost(organisations[1]!, "post-0", { text: "übernommen" })).catch((error: unknown) => error);
    expect(KommuneError.isInstance(refused, "CORE_TENANT_MISMATCH")).toBe(true);
    expect(await first.posts.delete("post-1")).toBe(false);
    expect((await reader.tenant(organisations[1]!).posts.require("post-1")).text).toBe(`Beitrag von ${organisations[1]}`);
  } finally {
    await writer.close();
    await reader.close();
  }
});
