// A process that claims deliveries the way the publishing engine does: save
// each at the revision it read. Started by two-processes.test.ts.
// Prints "ready" once its store is open, waits for the file `go` to exist (so
// that both workers start together and really race), and prints
// {"won": [...], "lost": n, "failed": [...]} as the last line.
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { KommuneError, type CollectionName, type Repository, type TenantEntity } from "@kommune-sm/core";
import { createSqliteStore } from "./create-sqlite-store.js";

type Delivery = TenantEntity & { state: string; revision: number; claimedBy?: string };

const [file, worker, countText, go, order] = process.argv.slice(2);
const store = createSqliteStore({ file: file!, busyTimeoutMs: 10_000 });
console.log("ready");
while (!existsSync(go!)) await sleep(2);
const deliveries = store.tenant("musterstadt").collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
const won: string[] = [];
const failed: string[] = [];
let lost = 0;
// Everything is read first, then claimed: each worker claims what it saw as
// due, as two engines do that both found a delivery due. Claiming right
// after each read let the worker that started first take nearly everything
// (once claims got faster), so that the compare-and-set was hardly raced.
const seenAll: Delivery[] = [];
for (let i = 0; i < Number(countText); i++) seenAll.push(await deliveries.require(`d${i}`));
// The second worker claims from the other end: the two meet in the middle,
// and each wins some and loses the rest to the other.
if (order === "reverse") seenAll.reverse();
for (const seen of seenAll) {
  const id = seen.id;
  if (seen.state !== "due") continue;
  try {
    await deliveries.save({ ...seen, state: "claimed", claimedBy: worker!, revision: seen.revision + 1 }, { expectedRevision: seen.revision });
    won.push(id);
  } catch (error) {
    if (KommuneError.isInstance(error, "CORE_CONFLICT")) lost++;
    else failed.push(String(error));
  }
}
await store.close();
console.log(JSON.stringify({ won, lost, failed }));
