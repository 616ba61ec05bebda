// An account on an instance with its own limit: a trainer sets it, the
// sandbox enforces it, capabilitiesFor tells the engine, and scheduling
// measures posts against it.
import { createKommune, KommuneError, MUSTERSTADT_ORGANISATION, TestClock } from "@kommune-sm/core";
import { checkChannelCapabilities, createMemorySecrets, createPublishing, NetworkError, type ChannelCapabilitiesV1 } from "@kommune-sm/network";
import { describe, expect, it } from "vitest";
import { createSandboxNetwork } from "./create-sandbox-network.js";
import { SANDBOX_COUNTING_RULE } from "./sandbox-capabilities.js";
import { sandbox } from "./sandbox-plugin.js";
import { CHANNEL, callContext, publishRequest, SECRET_TOKEN, settle, TUESDAY_MORNING } from "./test-support.js";

const OTHER = { ...CHANNEL, id: "sandbox-jugend", handle: "@musterstadt_jugend" };

function setup(options: Parameters<typeof createSandboxNetwork>[0] = {}) {
  const clock = new TestClock(TUESDAY_MORNING);
  const network = createSandboxNetwork({ clock, rateLimit: false, ...options });
  const context = (overrides: Parameters<typeof callContext>[1] = {}) => callContext(clock, overrides);
  const ask = async (channel = CHANNEL): Promise<ChannelCapabilitiesV1> => checkChannelCapabilities("sandbox", await network.adapter.capabilitiesFor!({ channel }, context()));
  let sequence = 0;
  const publish = (length: number, channel = CHANNEL) => settle(network.adapter.publish(publishRequest({ channel, idempotencyKey: `key-${++sequence}`, text: "a".repeat(length) }), context()));
  return { ...network, clock, context, ask, publish };
}

const limitOf = (answer: ChannelCapabilitiesV1) => answer.text?.limits[0]?.max;

describe("sandbox: an account with its own character limit", () => {
  it("answers capabilitiesFor with the sandbox's rule, counting content warnings, for five minutes", async () => {
    const { ask } = setup();
    const answer = await ask();
    expect(answer).toEqual({ text: SANDBOX_COUNTING_RULE, maxAgeMs: 300_000 });
  });

  it("enforces a limit a trainer sets for one account, tells it through capabilitiesFor, and goes back to 500", async () => {
    const { control, ask, publish } = setup();
    expect((await publish(501)).error).toMatchObject({ kind: "rejected-content" });

    control.setCharacterLimit(1_000, CHANNEL.id);
    expect(limitOf(await ask())).toBe(1_000);
    expect((await ask()).text).toMatchObject({ urlLength: 23, contentWarningCounts: true });
    expect((await publish(1_000)).error).toBeUndefined();
    expect((await publish(1_001)).error).toMatchObject({ kind: "rejected-content", networkReason: expect.stringContaining("1001 von höchstens 1000") });
    // Another account keeps 500.
    expect(limitOf(await ask(OTHER))).toBe(500);
    expect((await publish(501, OTHER)).error).toMatchObject({ kind: "rejected-content" });

    control.restoreCharacterLimit(CHANNEL.id);
    expect(limitOf(await ask())).toBe(500);
    expect((await publish(501)).error).toMatchObject({ kind: "rejected-content" });
  });

  it("holds replies to the account's limit, and counts the content warning against it", async () => {
    const { adapter, control, context } = setup();
    control.setCharacterLimit(100, CHANNEL.id);
    const { remoteId } = await adapter.publish(publishRequest({ text: "a".repeat(90), contentWarning: "Sperrung" }), context());
    expect((await settle(adapter.publish(publishRequest({ idempotencyKey: "zu-lang", text: "a".repeat(93), contentWarning: "Sperrung" }), context()))).error).toMatchObject({ kind: "rejected-content" });
    const reply = (text: string, key: string) => settle(adapter.reply({ channel: CHANNEL, inReplyToRemoteId: remoteId, text, idempotencyKey: key }, context()));
    expect((await reply("a".repeat(100), "r1")).error).toBeUndefined();
    expect((await reply("a".repeat(101), "r2")).error).toMatchObject({ kind: "rejected-content" });
  });

  it("sets a limit for every account, and restores one of them (or all)", async () => {
    const { control, ask } = setup({ channelCharacterLimits: { [OTHER.id]: 2_000 } });
    expect(limitOf(await ask(OTHER))).toBe(2_000);
    control.setCharacterLimit(300);
    expect([limitOf(await ask()), limitOf(await ask(OTHER))]).toEqual([300, 300]);
    control.restoreCharacterLimit(OTHER.id);
    expect([limitOf(await ask()), limitOf(await ask(OTHER))]).toEqual([300, 2_000]);
    control.restoreCharacterLimit();
    expect([limitOf(await ask()), limitOf(await ask(OTHER))]).toEqual([500, 2_000]);
  });

  it("refuses a limit that is not a whole number from 1 to 100,000, naming it", () => {
    const { control } = setup();
    for (const wrong of [0, -5, 1.5, 100_001, Number.NaN, "1000" as unknown as number]) {
      expect(() => control.setCharacterLimit(wrong, CHANNEL.id)).toThrow(/whole number from 1 to 100000/);
    }
    expect(() => control.setCharacterLimit(1_000, "")).toThrow(/channel id must be a non-empty string/);
    const error = (() => {
      try {
        createSandboxNetwork({ channelCharacterLimits: { [CHANNEL.id]: 0 } });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(KommuneError.isInstance(error, "SANDBOX_INVALID_OPTION")).toBe(true);
    expect((error as Error).message).toMatch(/channelCharacterLimits\.sandbox-main/);
  });

  it("makes no call with an aborted signal, wants a valid token, and never answers with it", async () => {
    const { adapter, context, control } = setup();
    const aborted = new AbortController();
    aborted.abort();
    const { error } = await settle(adapter.capabilitiesFor!({ channel: CHANNEL }, context({ signal: aborted.signal })));
    expect(error).toMatchObject({ kind: "retryable" });
    expect(NetworkError.isNetworkError(error)).toBe(true);
    expect(JSON.stringify(await adapter.capabilitiesFor!({ channel: CHANNEL }, context()))).not.toContain(SECRET_TOKEN);
    control.revokeAccessToken(SECRET_TOKEN);
    expect((await settle(adapter.capabilitiesFor!({ channel: CHANNEL }, context()))).error).toMatchObject({ kind: "authentication" });
  });

  it("lets the engine schedule a post as long as the instance allows, once it has asked the account", async () => {
    const clock = new TestClock(TUESDAY_MORNING);
    const practice = sandbox({ seed: "instanz", rateLimit: false });
    const publishing = createPublishing({
      secrets: createMemorySecrets([[{ organisationId: MUSTERSTADT_ORGANISATION.id, channelId: CHANNEL.id }, { accessToken: SECRET_TOKEN }]]),
      collector: false,
      imprint: false,
    });
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, plugins: [practice, publishing.plugin] });
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
    await ksm.store.channels.insert({ id: CHANNEL.id, organisationId: "musterstadt", network: "sandbox", handle: CHANNEL.handle, options: {}, active: true });
    const schedule700 = async () => {
      const created = await ksm.workflow.createPost({ text: "Bürgerbeteiligung Radverkehr: ".padEnd(700, "x"), variants: [{ channelId: CHANNEL.id }] }, "jonas");
      if (!created.ok) throw new Error(created.refusal.message);
      await ksm.workflow.submit(created.value.id, "jonas");
      await ksm.workflow.approve(created.value.id, "leyla");
      return ksm.workflow.schedule(created.value.id, "jonas", clock.now() + 60_000);
    };
    expect((await schedule700()).ok).toBe(false);
    practice.network().control.setCharacterLimit(1_000, CHANNEL.id);
    await publishing.calls.refreshCapabilities(CHANNEL.id);
    expect((await schedule700()).ok).toBe(true);
    await ksm.dispose();
  });
});
