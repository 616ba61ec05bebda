// Shared setup of the reliability tests: Musterstadt, the sandbox network
// wrapped so that the engine cannot lean on the sandbox's own idempotency
// (it must reconcile by lookup), and a counter of what reached the network.
import { createSandboxNetwork, type SandboxNetworkOptions } from "@kommune-sm/adapter-sandbox";
import { createKommune, MUSTERSTADT_ORGANISATION, type Clock, type Kommune, type Store, type TestClock } from "@kommune-sm/core";
import { adapterPlugin, createMemorySecrets, createPublishing, type NetworkAdapterV1, type Publishing, type PublishingOptions } from "@kommune-sm/network";

export const CHANNEL = "sandbox-main";

export interface ReliabilityRig {
  readonly ksm: Kommune;
  readonly publishing: Publishing;
  readonly network: ReturnType<typeof createSandboxNetwork>;
  /** Publish calls that reached the sandbox, per idempotency key. */
  readonly calls: Map<string, number>;
}

export async function reliabilityRig(options: {
  clock: Clock;
  store?: Store;
  sandbox?: Omit<SandboxNetworkOptions, "store" | "clock">;
  engine?: Partial<PublishingOptions>;
  /** Called before each publish call reaches the sandbox (the crash test logs them to a file). */
  onPublishCall?: (idempotencyKey: string) => void;
  /** Real milliseconds each publish takes on the wire, so that several workers overlap. */
  publishDelayMs?: number;
}): Promise<ReliabilityRig> {
  const store = options.store;
  const ksmStoreTenant = store?.tenant(MUSTERSTADT_ORGANISATION.id);
  const network = createSandboxNetwork({ rateLimit: false, ...options.sandbox, clock: options.clock, ...(ksmStoreTenant ? { store: ksmStoreTenant } : {}) });
  const calls = new Map<string, number>();
  const inner = network.adapter;
  // "lookup" instead of the sandbox's "native": after a doubtful attempt the
  // engine must ask before it sends again, so "never twice" is its own merit.
  const adapter: NetworkAdapterV1 = {
    ...inner,
    capabilities: { ...inner.capabilities, idempotency: "lookup" },
    publish: async (request, context) => {
      calls.set(request.idempotencyKey, (calls.get(request.idempotencyKey) ?? 0) + 1);
      options.onPublishCall?.(request.idempotencyKey);
      if (options.publishDelayMs) await new Promise((resolve) => setTimeout(resolve, options.publishDelayMs));
      return inner.publish(request, context);
    },
  };
  const publishing = createPublishing({
    secrets: createMemorySecrets([[{ organisationId: MUSTERSTADT_ORGANISATION.id, channelId: CHANNEL }, { accessToken: "sandbox-token-0815" }]]),
    pollIntervalMs: 0,
    ...options.engine,
  });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: options.clock, ...(store ? { store } : {}), plugins: [adapterPlugin(adapter), publishing.plugin] });
  if (!(await ksm.store.teamMembers.get("jonas"))) {
    await addEditorialTeam(ksm);
    await ksm.store.channels.insert({ id: CHANNEL, organisationId: "musterstadt", network: "sandbox", handle: "@musterstadt@sandbox", options: {}, active: true });
  }
  return { ksm, publishing, network, calls };
}

/** Jonas (editor) and Leyla (approver), who write and approve the posts of these tests. */
export async function addEditorialTeam(ksm: Kommune): Promise<void> {
  await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
  await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
}

/** Writes, approves and schedules `count` posts for a channel (default the sandbox's) at `at`. */
export async function scheduleMany(ksm: Kommune, count: number, at: string | number, channelId: string = CHANNEL): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await ksm.workflow.createPost({ text: `Meldung ${i + 1}: Die Stadtbücherei hat neue Öffnungszeiten.`, variants: [{ channelId }] }, "jonas");
    if (!created.ok) throw new Error(created.refusal.message);
    const id = created.value.id;
    await ksm.workflow.submit(id, "jonas");
    await ksm.workflow.approve(id, "leyla");
    const scheduled = await ksm.workflow.schedule(id, "jonas", at);
    if (!scheduled.ok) throw new Error(scheduled.refusal.message);
    ids.push(id);
  }
  await ksm.bus.settled();
  return ids;
}

/**
 * Moves the engine's clock on by `ms` in steps of `stepMs` (calling `onStep`
 * before each), working off what is due after each step. Within a step the
 * clock moves in hops of `hopMs` (default: the whole step) and waits for the
 * calls under way after each hop: against a real network, whose answers take
 * real time, use hops of a second, or a clock that raced on through the whole
 * step would fire a call's deadline (ten seconds of engine time) long before
 * the network could answer.
 */
export async function runEngineFor(rig: { readonly clock: TestClock; readonly publishing: Publishing }, ms: number, stepMs: number, options: { readonly hopMs?: number; readonly onStep?: (elapsed: number) => void } = {}): Promise<void> {
  const { clock, publishing } = rig;
  const hopMs = options.hopMs ?? stepMs;
  for (let elapsed = 0; elapsed < ms; elapsed += stepMs) {
    options.onStep?.(elapsed);
    const until = clock.now() + stepMs;
    while (clock.now() < until) {
      await clock.advanceBy(Math.min(hopMs, until - clock.now()));
      if (hopMs < stepMs) await publishing.engine.idle();
    }
    await publishing.engine.runDue();
  }
}
