// A process that claims deliveries the way the publishing engine will: read
// one, save it at the revision it read. Started by two-processes.test.ts.
// Prints {"won": [...], "lost": n, "failed": [...]} as the last line.
import { KommuneError, type CollectionName, type Repository, type TenantEntity } from "@kommune-sm/core";
import { createSqliteStore } from "./create-sqlite-store.js";

type Delivery = TenantEntity & { state: string; revision: number; claimedBy?: string };

const [file, worker, countText] = process.argv.slice(2);
const store = createSqliteStore({ file: file!, busyTimeoutMs: 10_000 });
const deliveries = store.tenant("musterstadt").collection("deliveries" as CollectionName) as unknown as Repository<Delivery>;
const won: string[] = [];
const failed: string[] = [];
let lost = 0;
for (let i = 0; i < Number(countText); i++) {
  const id = `d${i}`;
  const seen = await deliveries.require(id);
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
