// The world of the model-based test: Musterstadt with the workflow, the
// publishing engine and two sandbox networks (one that deletes, one that
// cannot), a store (memory or a SQLite file), and the recorders that the
// invariants read. See publishing.model.test.ts for the commands.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandboxNetwork, type SandboxNetwork } from "@kommune-sm/adapter-sandbox";
import {
  createKommune,
  createMemoryStore,
  MUSTERSTADT_ORGANISATION,
  TestClock,
  type AnyKommuneEvent,
  type Kommune,
  type Logger,
  type QuietPeriod,
  type Store,
} from "@kommune-sm/core";
import {
  adapterPlugin,
  createMemorySecrets,
  createPublishing,
  NetworkError,
  type CredentialsV1,
  type NetworkAdapterV1,
  type Publishing,
  type SecretsPort,
} from "@kommune-sm/network";
import { createSqliteStore } from "@kommune-sm/store-sqlite";

export const ORG = MUSTERSTADT_ORGANISATION.id;
/** Channels: two on the sandbox (which deletes), one on a sandbox that cannot delete. */
export const CHANNELS = [
  { id: "kanal-a", network: "sandbox" },
  { id: "kanal-b", network: "sandbox" },
  { id: "kanal-c", network: "sandbox-ohne-loeschen" },
] as const;
export const TEAM = [
  { id: "eddi", name: "Eddi Editor", roles: ["editor"] },
  { id: "anne", name: "Anne Approver", roles: ["approver"] },
  { id: "ada", name: "Ada Admin", roles: ["admin", "approver", "editor"] },
] as const;

/** A fault the wrapper plays on the next publish call. */
export type WrapperFault =
  | { readonly kind: "malformed"; readonly value: unknown }
  | { readonly kind: "retry-after"; readonly ms: number }
  | { readonly kind: "auth" }
  | { readonly kind: "leaky"; readonly form: "raw" | "url" | "json" };

/** One network call that started, as the wrapper saw it. */
export interface CallRecord {
  readonly operation: "publish" | "lookup" | "delete";
  readonly channelId: string;
  readonly key?: string;
  readonly at: number;
  /** The model's crisis switch when the call started. */
  readonly paused: boolean;
}

/** A post that went online (seen on a sandbox timeline at some point). */
export interface OnlineRecord {
  readonly key: string;
  readonly channelId: string;
  readonly text: string;
  readonly publishedAt: number;
  readonly remoteId: string;
}

/** One worker: an instance of the organisation with its own publishing engine. */
export interface Worker {
  readonly ksm: Kommune;
  readonly publishing: Publishing;
}

export interface World {
  /** The first worker's instance (every worker sees the same store). */
  readonly ksm: Kommune;
  readonly clock: TestClock;
  /** The first worker's publishing. */
  readonly publishing: Publishing;
  /** Every worker: one, or two over one store (two processes on one database). */
  readonly workers: readonly Worker[];
  readonly sandboxes: readonly SandboxNetwork[];
  readonly secrets: SecretsPort;
  readonly store: Store;
  readonly calls: CallRecord[];
  /** Keys published twice while already online. */
  readonly duplicates: string[];
  /** Every post ever seen online, by key. */
  readonly everOnline: Map<string, OnlineRecord>;
  readonly events: AnyKommuneEvent[];
  readonly logs: string[];
  /** Mutations of an event that a listener managed to make (must stay empty). */
  readonly mutated: string[];
  /** Every token ever handed to the engine. */
  readonly tokens: Set<string>;
  /** Faults the wrapper plays on the next publish calls, per network. */
  readonly faults: Map<string, WrapperFault[]>;
  /** True between pause() resolving and resume() being called. */
  paused: boolean;
  /** Which worker the current command acts through (an index into `workers`, taken modulo their number). */
  via: number;
  /** Quiet periods in force, with the instant each was added. */
  readonly quietPeriods: { period: QuietPeriod; addedAt: number; callsBefore: number }[];
  dispose(): Promise<void>;
}

/** Every form in which a token could leak. */
export function tokenForms(token: string): string[] {
  return [token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1), Buffer.from(token).toString("base64").replace(/=+$/, "")];
}

export async function createWorld(kind: "memory" | "sqlite", seed: number, workerCount: 1 | 2 = 1): Promise<World> {
  const clock = new TestClock("2027-01-04T07:00:00Z");
  let dir: string | undefined;
  let store: Store;
  // Each worker's store: one memory store shared, or a connection of its own to one SQLite file.
  const stores: Store[] = [];
  if (kind === "sqlite") {
    dir = mkdtempSync(join(tmpdir(), "ksm-model-"));
    for (let i = 0; i < workerCount; i++) stores.push(createSqliteStore({ file: join(dir, "model.db"), synchronous: "normal" }));
    store = stores[0]!;
  } else {
    store = createMemoryStore();
    for (let i = 0; i < workerCount; i++) stores.push(store);
  }
  const tenant = store.tenant(ORG);
  const tokens = new Set<string>();
  const initial: [{ organisationId: string; channelId: string }, CredentialsV1][] = CHANNELS.map((c, i) => {
    const token = `tok-${c.id}-"\\/?&=+${seed}-${i}`;
    tokens.add(token);
    tokens.add(`refresh-${c.id}-${seed}`);
    return [{ organisationId: ORG, channelId: c.id }, { accessToken: token, refreshToken: `refresh-${c.id}-${seed}` }];
  });
  const secrets = createMemorySecrets(initial);
  const world: Partial<World> & { calls: CallRecord[]; duplicates: string[]; everOnline: Map<string, OnlineRecord>; events: AnyKommuneEvent[]; logs: string[]; mutated: string[]; faults: Map<string, WrapperFault[]>; quietPeriods: World["quietPeriods"] } = {
    clock,
    store,
    secrets,
    tokens,
    calls: [],
    duplicates: [],
    everOnline: new Map(),
    events: [],
    logs: [],
    mutated: [],
    faults: new Map(),
    paused: false,
    via: 0,
    quietPeriods: [],
  };
  const deleting = createSandboxNetwork({ store: tenant, clock, seed: `model-${seed}`, rateLimit: false });
  // Its own (memory) timeline: the two networks share nothing.
  const nonDeleting = createSandboxNetwork({ organisationId: ORG, clock, seed: `model-nd-${seed}`, rateLimit: false });
  const sandboxes = [deleting, nonDeleting];
  const revoked = new Set<string>();
  const wrap = (inner: NetworkAdapterV1, id: string, canDelete: boolean): NetworkAdapterV1 => {
    const sandbox = id === "sandbox" ? deleting : nonDeleting;
    const record = (operation: CallRecord["operation"], channelId: string, at: number, key?: string) =>
      void world.calls.push({ operation, channelId, at, paused: world.paused!, ...(key ? { key } : {}) });
    return {
      ...inner,
      id,
      displayName: id === "sandbox" ? "Übungsnetz" : "Übungsnetz ohne Löschen",
      // "lookup", not the sandbox's "native": the engine must ask before it sends again.
      capabilities: { ...inner.capabilities, idempotency: "lookup", delete: canDelete },
      async publish(request, context) {
        record("publish", request.channel.id, context.now(), request.idempotencyKey);
        await snapshot(world as World);
        if (world.everOnline.has(request.idempotencyKey)) world.duplicates.push(request.idempotencyKey);
        if (revoked.has(context.credentials.accessToken)) throw new NetworkError({ kind: "authentication", status: 401, message: `token ${context.credentials.accessToken} revoked` });
        const fault = world.faults.get(id)?.shift();
        const token = context.credentials.accessToken;
        if (fault?.kind === "auth") {
          revoked.add(token);
          throw new NetworkError({ kind: "authentication", status: 401, message: `401 for Bearer ${token}` });
        }
        if (fault?.kind === "retry-after") {
          const error = new NetworkError({ kind: "rate-limited", status: 429, message: `slow down, ${encodeURIComponent(token)}` });
          // Set after construction, as a careless adapter might: any number reaches the engine.
          (error as { retryAfterMs?: number }).retryAfterMs = fault.ms;
          throw error;
        }
        if (fault?.kind === "leaky") {
          const form = fault.form === "raw" ? token : fault.form === "url" ? encodeURIComponent(token) : JSON.stringify({ token }).slice(1, -1);
          throw new NetworkError({ kind: "retryable", status: 503, message: `upstream said ${form}`, networkReason: `token=${form}` });
        }
        const result = await inner.publish(request, context);
        if (fault?.kind === "malformed") return fault.value as never;
        return result;
      },
      async lookup(request, context) {
        record("lookup", request.channel.id, context.now(), request.idempotencyKey);
        return inner.lookup(request, context);
      },
      async delete(request, context) {
        record("delete", request.channel.id, context.now());
        if (!canDelete) throw new NetworkError({ kind: "unsupported", message: "cannot delete" });
        return inner.delete(request, context);
      },
      async refreshCredentials(credentials) {
        const fresh = `${credentials.accessToken.slice(0, 40)}-neu${tokens.size}`;
        tokens.add(fresh);
        return { accessToken: fresh };
      },
    };
  };
  const logger: Logger = {
    debug: (m, f) => void world.logs.push(`${m} ${safeJson(f)}`),
    info: (m, f) => void world.logs.push(`${m} ${safeJson(f)}`),
    warn: (m, f) => void world.logs.push(`${m} ${safeJson(f)}`),
    error: (m, f) => void world.logs.push(`${m} ${safeJson(f)}`),
    child: () => logger,
  };
  // With two workers, each also polls: what the other scheduled or released reaches it.
  const pollIntervalMs = workerCount > 1 ? 60_000 : 0;
  const workers: Worker[] = [];
  for (let i = 0; i < workerCount; i++) {
    // The model is about publishing: the collector and the imprint check (tested on their own, the collector by a model of its own) stay off, so that
    // every run spends its steps on deliveries.
    const publishing = createPublishing({ secrets, workerId: `worker-${i}`, pollIntervalMs, random: () => 0.5, callTimeoutMs: 10_000, retry: { maxAttempts: 5, baseMs: 1_000, maxMs: 60_000 }, stopTimeoutMs: 1_000, collector: false, imprint: false });
    const ksm = await createKommune({
      organisation: MUSTERSTADT_ORGANISATION,
      clock,
      store: stores[i]!,
      logger,
      plugins: [adapterPlugin(wrap(deleting.adapter, "sandbox", true)), adapterPlugin(wrap(nonDeleting.adapter, "sandbox-ohne-loeschen", false)), publishing.plugin],
    });
    // A plugin's listener that tries to change every event it sees: none of it may stick.
    ksm.bus.onAny((event) => {
      world.events.push(event);
      const data = event.data as Record<string, unknown>;
      for (const attempt of [() => ((event as { type: string }).type = "x.y"), () => (data["postId"] = "gefälscht"), () => (data["state"] = "succeeded")]) {
        try {
          attempt();
          world.mutated.push(event.type);
        } catch {
          // frozen, as it should be
        }
      }
    });
    workers.push({ ksm, publishing });
  }
  const { ksm, publishing } = workers[0]!;
  for (const member of TEAM) await ksm.store.teamMembers.insert({ ...member, roles: [...member.roles], organisationId: ORG, competencies: [], active: true });
  for (const channel of CHANNELS) await ksm.store.channels.insert({ id: channel.id, organisationId: ORG, network: channel.network, handle: `@${channel.id}`, options: {}, active: true });
  Object.assign(world, {
    ksm,
    publishing,
    workers,
    sandboxes,
    async dispose() {
      for (const worker of workers) await worker.ksm.dispose();
      for (const each of new Set(stores)) await each.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  });
  return world as World;
}

/** The worker the current command acts through. */
export function acting(world: World): Worker {
  return world.workers[world.via % world.workers.length]!;
}

/** Adds what the sandboxes have online now to `everOnline`. */
export async function snapshot(world: World): Promise<void> {
  for (const sandbox of world.sandboxes) {
    for (const post of await sandbox.control.published()) {
      if (post.kind !== "post" || world.everOnline.has(post.idempotencyKey)) continue;
      world.everOnline.set(post.idempotencyKey, { key: post.idempotencyKey, channelId: post.channelId, text: post.text, publishedAt: Date.parse(post.publishedAt), remoteId: post.remoteId });
    }
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}
