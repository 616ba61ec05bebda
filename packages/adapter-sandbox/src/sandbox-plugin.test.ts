import { createKommune, createMemoryStore, MUSTERSTADT_ORGANISATION, silentLogger, TestClock } from "@kommune-sm/core";
import { getNetworkAdapter } from "@kommune-sm/network";
import { describe, expect, it } from "vitest";
import { SANDBOX_DISPLAY_NAME } from "./create-sandbox-network.js";
import { SandboxError } from "./sandbox-error.js";
import { sandbox } from "./sandbox-plugin.js";
import { CHANNEL, publishRequest, SECRET_TOKEN, TUESDAY_MORNING } from "./test-support.js";

describe("sandbox plugin", () => {
  it("registers the sandbox, keeps its timeline in the instance's store, and uses the organisation's imprint", async () => {
    const store = createMemoryStore();
    const clock = new TestClock(TUESDAY_MORNING);
    const practice = sandbox({ seed: "schulung" });
    expect(() => practice.network()).toThrow(SandboxError);
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, clock, plugins: [practice] });
    const adapter = getNetworkAdapter(ksm.registries, "sandbox");
    expect(adapter.displayName).toBe(SANDBOX_DISPLAY_NAME);
    expect(practice.network()).toBe(practice.network("musterstadt"));
    expect(practice.network().adapter).toBe(adapter);

    const context = { credentials: { accessToken: SECRET_TOKEN }, signal: new AbortController().signal, now: () => clock.now(), logger: silentLogger };
    const { remoteId, url } = await adapter.publish(publishRequest(), context);
    expect(url).toBe(`sandbox://musterstadt/posts/${remoteId}`);
    expect(await store.tenant("musterstadt").collection("sandbox-posts").get(remoteId)).toMatchObject({ organisationId: "musterstadt" });
    expect(await store.tenant("other").collection("sandbox-posts").list()).toEqual([]);

    const profile = await adapter.readProfile({ channel: CHANNEL }, context);
    expect(profile).toMatchObject({ displayName: "Stadt Musterstadt", links: [MUSTERSTADT_ORGANISATION.imprintUrl] });

    // Latency waits on the instance's clock.
    practice.network().faults.inject({ kind: "latency", ms: 1_000 });
    let done = false;
    const slow = adapter.readProfile({ channel: CHANNEL }, context).then(() => (done = true));
    await clock.advanceBy(999);
    expect(done).toBe(false);
    await clock.advanceBy(1);
    await slow;

    await ksm.dispose();
    expect(ksm.registries.networks.has("sandbox")).toBe(false);
    expect(() => practice.network()).toThrow(/not set up/);
  });

  it("serves several organisations, each with its own timeline and faults", async () => {
    const store = createMemoryStore();
    const practice = sandbox();
    const other = { ...MUSTERSTADT_ORGANISATION, id: "beispieldorf", name: "Gemeinde Beispieldorf", ags: "09999998" };
    const one = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store, plugins: [practice] });
    const two = await createKommune({ organisation: other, store, plugins: [practice] });
    expect(() => practice.network()).toThrow(/name one/);
    expect(practice.network("beispieldorf").organisationId).toBe("beispieldorf");
    expect(practice.network("beispieldorf").faults).not.toBe(practice.network("musterstadt").faults);
    await one.dispose();
    await two.dispose();
  });
});
