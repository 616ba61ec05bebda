// A trainer removes the imprint link from a practice profile (and puts it
// back) to show what the imprint check finds.
import { createKommune, createMemoryStore, KommuneError, MUSTERSTADT_ORGANISATION } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createSandboxNetwork } from "./create-sandbox-network.js";
import { sandbox } from "./sandbox-plugin.js";
import { CHANNEL, callContext, TestClock, TUESDAY_MORNING } from "./test-support.js";

const IMPRINT = "https://www.musterstadt.example/impressum";
const OTHER = { ...CHANNEL, id: "sandbox-jugend", handle: "@musterstadt_jugend" };

function setup() {
  const clock = new TestClock(TUESDAY_MORNING);
  const network = createSandboxNetwork({ clock, rateLimit: false, profile: { imprintUrl: IMPRINT } });
  const read = (channel = CHANNEL) => network.adapter.readProfile({ channel }, callContext(clock));
  return { ...network, read };
}

describe("sandbox: removing and restoring the imprint link", () => {
  it("removes the link from one account's profile, bio included, and restores it", async () => {
    const { control, read } = setup();
    expect(await read()).toMatchObject({ links: [IMPRINT], bio: expect.stringContaining(`Impressum: ${IMPRINT}`) });

    control.removeImprintLink(CHANNEL.id);
    const without = await read();
    expect(without.links).toEqual([]);
    expect(without.bio).not.toContain("Impressum");
    expect(without.bio).not.toContain(IMPRINT);
    expect((await read(OTHER)).links).toEqual([IMPRINT]);

    control.restoreImprintLink(CHANNEL.id);
    expect(await read()).toMatchObject({ links: [IMPRINT], bio: expect.stringContaining(`Impressum: ${IMPRINT}`) });
  });

  it("removes it from every account, and brings back one or all", async () => {
    const { control, read } = setup();
    control.removeImprintLink();
    expect((await read()).links).toEqual([]);
    expect((await read(OTHER)).links).toEqual([]);
    control.restoreImprintLink(OTHER.id);
    expect((await read()).links).toEqual([]);
    expect((await read(OTHER)).links).toEqual([IMPRINT]);
    control.restoreImprintLink();
    expect((await read()).links).toEqual([IMPRINT]);
    expect((await read(OTHER)).links).toEqual([IMPRINT]);
  });

  it("points the link elsewhere, to practise a wrong imprint", async () => {
    const { control, read } = setup();
    control.replaceImprintLink("https://www.alte-seite.example/impressum", CHANNEL.id);
    expect(await read()).toMatchObject({ links: ["https://www.alte-seite.example/impressum"], bio: expect.stringContaining("Impressum: https://www.alte-seite.example/impressum") });
    control.restoreImprintLink(CHANNEL.id);
    expect((await read()).links).toEqual([IMPRINT]);
  });

  it("refuses what is no address or no channel", () => {
    const { control } = setup();
    for (const call of [() => control.replaceImprintLink(""), () => control.removeImprintLink(""), () => control.restoreImprintLink("")]) {
      const error = (() => {
        try {
          call();
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(KommuneError.isInstance(error, "SANDBOX_INVALID_OPTION")).toBe(true);
    }
  });

  it("works through the plugin on the organisation's imprint", async () => {
    const clock = new TestClock(TUESDAY_MORNING);
    const practice = sandbox({ rateLimit: false });
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, store: createMemoryStore(), clock, plugins: [practice] });
    const { adapter, control } = practice.network();
    expect((await adapter.readProfile({ channel: CHANNEL }, callContext(clock))).links).toEqual([MUSTERSTADT_ORGANISATION.imprintUrl]);
    control.removeImprintLink();
    expect((await adapter.readProfile({ channel: CHANNEL }, callContext(clock))).links).toEqual([]);
    control.restoreImprintLink();
    expect((await adapter.readProfile({ channel: CHANNEL }, callContext(clock))).links).toEqual([MUSTERSTADT_ORGANISATION.imprintUrl]);
    await ksm.dispose();
  });
});
