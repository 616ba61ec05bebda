// A collector for the collector crash test (collector-crash.test.ts), run in
// a child process that the test kills with SIGKILL at random moments. The
// network is generated: interaction i of a channel has remote id i (padded)
// and text "Nachricht i", and run r sees the first 800·(r+1) of them, so
// every run finds new work and the test knows exactly what the network
// holds. Each call takes 8 ms of real time, so kills land mid-run.
//
//   node --import tsx tests/reliability/collector-crash-worker.ts <file> <run> [--final]
import { COUNTING_RULES, createKommune, MUSTERSTADT_ORGANISATION, systemClock } from "@kommune-sm/core";
import { adapterPlugin, createMemorySecrets, createPublishing, type NetworkAdapterV1 } from "@kommune-sm/network";
import { createSqliteStore } from "@kommune-sm/store-sqlite";

export const CHANNELS = ["kanal-1", "kanal-2"];
export const PER_RUN = 800;
export const remoteIdOf = (i: number): string => String(i).padStart(10, "0");
export const textOf = (channelId: string, i: number): string => `Nachricht ${i} an ${channelId}`;

const [file, runArg, flag] = process.argv.slice(2);
if (!file || runArg === undefined) throw new Error("usage: collector-crash-worker.ts <file> <run> [--final]");
const run = Number(runArg);
const available = PER_RUN * (run + 1);
const wait = () => new Promise((resolve) => setTimeout(resolve, 8));

const adapter: NetworkAdapterV1 = {
  specificationVersion: "v1",
  id: "generated",
  displayName: "Generated network",
  capabilities: {
    text: COUNTING_RULES.mastodon,
    media: { kinds: [], maxItems: 0, altText: "unsupported" },
    threads: false, nativeScheduling: false, edit: false, delete: false,
    metrics: ["followers"],
    interactions: { comments: true, mentions: true, directMessages: false, reply: false },
    idempotency: "native",
    rateLimits: [],
    profile: false,
  },
  publish: () => Promise.reject(new Error("not used")),
  delete: () => Promise.reject(new Error("not used")),
  lookup: () => Promise.reject(new Error("not used")),
  reply: () => Promise.reject(new Error("not used")),
  readProfile: () => Promise.reject(new Error("not used")),
  async fetchMetrics() {
    await wait();
    const now = Date.now();
    return [{ at: new Date(now).toISOString(), metric: "followers", value: 1_000 + (now % 97) }];
  },
  async fetchInteractions(request) {
    await wait();
    const from = request.cursor === undefined ? 0 : Number(request.cursor) + 1;
    const to = Math.min(available, from + (request.limit ?? 40));
    const channelId = request.channel.id;
    const interactions = [];
    for (let i = from; i < to; i++) {
      interactions.push({ remoteId: remoteIdOf(i), kind: "mention" as const, author: { handle: `@buerger${i % 50}@social.example` }, text: textOf(channelId, i), receivedAt: new Date(1_777_000_000_000 + i * 1_000).toISOString() });
    }
    return interactions.length === 0 ? { interactions } : { interactions, nextCursor: remoteIdOf(to - 1) };
  },
};

const store = createSqliteStore({ file });
const publishing = createPublishing({
  secrets: createMemorySecrets(CHANNELS.map((channelId) => [{ organisationId: "musterstadt", channelId }, { accessToken: "generated-token-0815" }] as const)),
  pollIntervalMs: 0,
  collector: { interactionsMs: 50, freshInteractionsMs: 50, metricsMs: 40, freshMetricsMs: 40, maxPagesPerRun: 4, pageSize: 40, concurrency: 2, channelsPollMs: 1_000 },
});
const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: systemClock, store, plugins: [adapterPlugin(adapter), publishing.plugin] });
for (const id of CHANNELS) {
  if (!(await ksm.store.channels.get(id))) await ksm.store.channels.insert({ id, organisationId: "musterstadt", network: "generated", handle: `@${id}@generated.example`, options: {}, active: true });
}
await publishing.collector.start();
// The test times its kill from here: a fast machine must not finish the run before it is killed.
process.stdout.write("started\n");
const cursors = store.tenant("musterstadt").collection("collector-cursors");
const last = remoteIdOf(available - 1);
for (;;) {
  const done = await Promise.all(CHANNELS.map(async (id) => (await cursors.get(id))?.interactions.cursor === last));
  if (done.every(Boolean)) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
await ksm.dispose();
await store.close();
process.stdout.write(`done ${flag ?? ""}\n`);
process.exit(0);
