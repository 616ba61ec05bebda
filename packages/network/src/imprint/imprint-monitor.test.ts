import { ChannelSchema, createEventBus, createMemoryStore, KommuneError, MUSTERSTADT_ORGANISATION, TestClock, validate, type Channel, type ChannelInput, type KommuneEvent, type TenantStore } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { NetworkError, PublishingError, type ProfileV1 } from "../spec/index.js";
import { createRecordingLogger } from "../testkit/recording-logger.js";
import { describeImprintFinding } from "./describe-imprint-finding.js";
import type { ImprintEventType } from "./imprint-events.js";
import { ImprintMonitor, type ImprintMonitorOptions } from "./imprint-monitor.js";

const IMPRINT = MUSTERSTADT_ORGANISATION.imprintUrl;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TOKEN = "tok-geheim-4711-imprint";
const CITIZEN_TEXT = "Offizielles Konto der Stadt Musterstadt. Hier antwortet das Presseamt, Mo–Fr.";

type Answer = ProfileV1 | Error | "hang";
type ImprintEvent = KommuneEvent<ImprintEventType>;

function channel(input: Partial<ChannelInput> & { id: string }): Channel {
  return validate(ChannelSchema, { organisationId: "musterstadt", network: "sandbox", handle: `@${input.id}`, ...input }, { locale: "en", entity: "Channel" });
}

const withImprint = (link = IMPRINT): ProfileV1 => ({ handle: "@musterstadt", bio: `${CITIZEN_TEXT} Impressum: ${link}`, links: [] });
const withoutImprint: ProfileV1 = { handle: "@musterstadt", bio: CITIZEN_TEXT, links: ["https://www.musterstadt.example/"] };

async function setup(options: Partial<ImprintMonitorOptions> & { channels?: Channel[]; store?: TenantStore; clock?: TestClock } = {}) {
  const clock = options.clock ?? new TestClock("2027-01-12T08:00:00Z");
  const store = options.store ?? createMemoryStore().tenant("musterstadt");
  if (!options.store) {
    for (const c of options.channels ?? [
      channel({ id: "sandbox-main" }),
      channel({ id: "sandbox-youth", handle: "@jugend" }),
      channel({ id: "sandbox-old", active: false }),
      channel({ id: "mastodon-main", network: "noprofile" }),
      channel({ id: "orphan", network: "unknown" }),
    ]) {
      await store.channels.insert(c);
    }
  }
  const bus = createEventBus({ source: "urn:kommune-sm:ags:09999999", clock, idPrefix: "t" });
  const events: ImprintEvent[] = [];
  bus.onAny((event) => void (event.type.startsWith("imprint.") && events.push(event as ImprintEvent)));
  const lines: string[] = [];
  const answers = new Map<string, Answer>();
  const reads: string[] = [];
  const monitor = new ImprintMonitor({
    organisation: MUSTERSTADT_ORGANISATION,
    store,
    bus,
    clock,
    logger: createRecordingLogger(lines),
    async readProfile(c, signal) {
      reads.push(c.id);
      const answer = answers.get(c.id) ?? withImprint();
      if (answer === "hang") return new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
      if (answer instanceof Error) throw answer;
      return answer;
    },
    adapterFor: (network) => {
      if (network === "sandbox") return { capabilities: { profile: true } };
      if (network === "noprofile") return { capabilities: { profile: false } };
      throw new PublishingError("NETWORK_ADAPTER_MISSING", `No adapter is registered for network "${network}".`);
    },
    ...options,
  });
  const settle = async (ms = 0) => {
    await clock.advanceBy(ms);
    await monitor.idle();
  };
  return { clock, store, bus, events, lines, answers, reads, monitor, settle };
}

const types = (events: ImprintEvent[]) => events.map((event) => `${event.type}:${event.subject}`);

describe("ImprintMonitor: the schedule", () => {
  it("reads every active channel whose network can read profiles, then again a day after each one's last check", async () => {
    const { monitor, reads, settle, store } = await setup();
    await monitor.start();
    await settle();
    expect(reads.sort()).toEqual(["sandbox-main", "sandbox-youth"]);
    expect((await monitor.findings()).map((f) => [f.id, f.status])).toEqual([
      ["sandbox-main", "ok"],
      ["sandbox-youth", "ok"],
    ]);
    await settle(DAY - 1);
    expect(reads).toHaveLength(2);
    await settle(1);
    expect(reads).toHaveLength(4);
    expect(await store.collection("imprint-findings").get("sandbox-main")).toMatchObject({ revision: 2, checkedAt: "2027-01-13T08:00:00.000Z", since: "2027-01-12T08:00:00.000Z" });
    await monitor.stop();
  });

  it("checks what is due at once for a one-shot run", async () => {
    const { monitor, reads } = await setup();
    await monitor.start();
    await monitor.runDue();
    expect(reads.sort()).toEqual(["sandbox-main", "sandbox-youth"]);
    await monitor.runDue();
    expect(reads).toHaveLength(2);
    await monitor.stop();
  });

  it("does not read every profile again after a restart: each is due a day after its stored check", async () => {
    const first = await setup();
    await first.monitor.start();
    await first.settle();
    await first.monitor.stop();
    expect(first.reads).toHaveLength(2);

    await first.clock.advanceBy(2 * HOUR);
    const second = await setup({ store: first.store, clock: first.clock });
    await second.monitor.start();
    await second.settle(DAY - 2 * HOUR - 1);
    expect(second.reads).toEqual([]);
    await second.settle(1);
    expect(second.reads.sort()).toEqual(["sandbox-main", "sandbox-youth"]);
    await second.monitor.stop();
  });

  it("picks up new channels and forgets switched-off ones at the next listing", async () => {
    const { monitor, reads, settle, store } = await setup({ channels: [channel({ id: "sandbox-main" })], syncIntervalMs: HOUR });
    await monitor.start();
    await settle();
    expect(reads).toEqual(["sandbox-main"]);
    await store.channels.insert(channel({ id: "sandbox-new" }));
    const main = await store.channels.require("sandbox-main");
    await store.channels.save({ ...main, active: false });
    await settle(HOUR);
    expect(reads).toEqual(["sandbox-main", "sandbox-new"]);
    await settle(2 * DAY);
    expect(reads.filter((id) => id === "sandbox-main")).toHaveLength(1);
    await monitor.stop();
  });

  it("gives up a read that hangs as a timeout, without holding up the other channels", async () => {
    const { monitor, answers, reads, settle, clock } = await setup({ concurrency: 1, readTimeoutMs: 30_000 });
    answers.set("sandbox-main", "hang");
    await monitor.start();
    await clock.advanceBy(29_999);
    expect(reads).toEqual(["sandbox-main"]);
    await settle(1);
    expect(reads).toEqual(["sandbox-main", "sandbox-youth"]);
    expect(await monitor.finding("sandbox-main")).toMatchObject({ status: "unreadable", reason: "timeout" });
    expect(await monitor.finding("sandbox-youth")).toMatchObject({ status: "ok" });
    await monitor.stop();
  });

  it("stops: gives up the reads under way and stores nothing for them", async () => {
    const { monitor, answers, clock } = await setup();
    answers.set("sandbox-main", "hang");
    await monitor.start();
    await clock.advanceBy(0);
    await monitor.stop();
    expect(await monitor.finding("sandbox-main")).toBeUndefined();
    expect(await monitor.finding("sandbox-youth")).toMatchObject({ status: "ok" });
  });
});

describe("ImprintMonitor: findings and events", () => {
  it("stores the finding per channel and emits an event only when the status changes", async () => {
    const { monitor, answers, events, clock } = await setup();
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ id: "sandbox-main", channelId: "sandbox-main", organisationId: "musterstadt", network: "sandbox", status: "ok", link: IMPRINT, expected: [IMPRINT], revision: 1 });
    expect(events).toEqual([]); // a first finding that is ok is no news

    answers.set("sandbox-main", withoutImprint);
    await clock.advanceBy(HOUR);
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ status: "missing", since: "2027-01-12T09:00:00.000Z", revision: 3 });
    // Stored with its event, then again once the event was out: nothing is owed.
    expect((await monitor.finding("sandbox-main"))?.pendingEvent).toBeUndefined();
    await clock.advanceBy(HOUR);
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ status: "missing", since: "2027-01-12T09:00:00.000Z", revision: 4 });

    answers.set("sandbox-main", withImprint("https://www.alte-seite.example/impressum"));
    const wrong = await monitor.checkNow("sandbox-main");
    expect(wrong).toMatchObject({ status: "wrong", link: "https://www.alte-seite.example/impressum", expected: [IMPRINT] });

    answers.set("sandbox-main", { handle: "@musterstadt", links: ["http://WWW.MUSTERSTADT.example/impressum/?utm_source=mastodon"] });
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ status: "ok", link: IMPRINT });

    expect(types(events)).toEqual(["imprint.missing:sandbox-main", "imprint.wrong:sandbox-main", "imprint.restored:sandbox-main"]);
    expect(events[0]!.data).toEqual({ channelId: "sandbox-main", network: "sandbox", status: "missing", previousStatus: "ok", previousKnownStatus: "ok", expected: [IMPRINT], checkedAt: "2027-01-12T09:00:00.000Z" });
    expect(events[2]!.data).toMatchObject({ status: "ok", previousStatus: "wrong", link: IMPRINT });
  });

  it("takes the channel's own imprint as well as the organisation's", async () => {
    const own = "https://www.stadtwerke-musterstadt.example/impressum";
    const { monitor, answers } = await setup({ channels: [channel({ id: "stadtwerke", imprintUrl: own })] });
    answers.set("stadtwerke", withImprint(own));
    expect(await monitor.checkNow("stadtwerke")).toMatchObject({ status: "ok", link: own, expected: [IMPRINT, own] });
    answers.set("stadtwerke", withImprint());
    expect(await monitor.checkNow("stadtwerke")).toMatchObject({ status: "ok", link: IMPRINT });
  });

  it("keeps what was last known when the profile cannot be read, reads it again within the hour, and says when it is readable again", async () => {
    const { monitor, answers, events, reads, settle } = await setup({ channels: [channel({ id: "sandbox-main" })] });
    answers.set("sandbox-main", withoutImprint);
    await monitor.start();
    await settle();
    expect(await monitor.finding("sandbox-main")).toMatchObject({ status: "missing", checkedAt: "2027-01-12T08:00:00.000Z" });

    await settle(DAY);
    answers.set("sandbox-main", new NetworkError({ kind: "retryable", status: 503, message: "readProfile failed with HTTP 503" }));
    await settle(DAY);
    const unreadable = await monitor.finding("sandbox-main");
    expect(unreadable).toMatchObject({
      status: "unreadable",
      reason: "retryable",
      code: "NETWORK_RETRYABLE",
      since: "2027-01-14T08:00:00.000Z",
      lastKnown: { status: "missing", checkedAt: "2027-01-13T08:00:00.000Z", since: "2027-01-12T08:00:00.000Z" },
    });
    expect(unreadable).not.toHaveProperty("link");
    // What a person reads: why not, and that the imprint was missing at the last readable check.
    expect(describeImprintFinding(unreadable!, "de")).toBe(
      "Das Profil konnte bei der Prüfung am 14.01.2027, 09:00 nicht gelesen werden: das Netzwerk war vorübergehend nicht erreichbar; die Prüfung wird wiederholt. " +
        "Bei der letzten gelungenen Prüfung am 13.01.2027, 09:00 fehlte der Link zum Impressum; das ist vermutlich noch so.",
    );

    const readsBefore = reads.length;
    await settle(HOUR - 1);
    expect(reads).toHaveLength(readsBefore);
    await settle(1);
    expect(reads).toHaveLength(readsBefore + 1);
    expect(await monitor.finding("sandbox-main")).toMatchObject({ status: "unreadable", since: "2027-01-14T08:00:00.000Z" });

    answers.set("sandbox-main", withoutImprint);
    await settle(HOUR);
    expect(await monitor.finding("sandbox-main")).toMatchObject({ status: "missing", since: "2027-01-12T08:00:00.000Z" });
    expect(events.map((e) => [e.type, e.data.previousStatus, e.data.previousKnownStatus])).toEqual([
      ["imprint.missing", undefined, undefined],
      ["imprint.unreadable", "missing", "missing"],
      // Readable again, and still missing: previousKnownStatus tells it is no new problem.
      ["imprint.missing", "unreadable", "missing"],
    ]);
    await monitor.stop();
  });

  it("tells apart why a profile could not be read", async () => {
    const { monitor, answers } = await setup();
    answers.set("sandbox-main", new NetworkError({ kind: "authentication", status: 401, message: "token revoked" }));
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ status: "unreadable", reason: "authentication", code: "NETWORK_AUTHENTICATION" });
    answers.set("sandbox-main", new PublishingError("NETWORK_CREDENTIALS_MISSING", "No credentials are stored for channel sandbox-main."));
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ status: "unreadable", reason: "credentials-missing" });
    answers.set("sandbox-main", { handle: "@m" } as unknown as ProfileV1);
    expect(await monitor.checkNow("sandbox-main")).toMatchObject({ status: "unreadable", reason: "malformed-profile" });
    expect(await monitor.checkNow("mastodon-main")).toMatchObject({ status: "unreadable", reason: "unsupported" });
    expect(await monitor.checkNow("orphan")).toMatchObject({ status: "unreadable", reason: "no-adapter" });
  });

  it("never logs or stores a credential, or the profile's text", async () => {
    const { monitor, answers, lines, events, store } = await setup();
    answers.set("sandbox-main", new Error(`401 Unauthorized for Bearer ${TOKEN}; body: ${CITIZEN_TEXT}`));
    await monitor.checkNow("sandbox-main");
    answers.set("sandbox-main", new NetworkError({ kind: "permanent", message: `refused with access_token=${TOKEN}`, networkReason: `account locked (${TOKEN})` }));
    await monitor.checkNow("sandbox-main");
    answers.set("sandbox-main", { handle: "@musterstadt", bio: `${CITIZEN_TEXT} Impressum: https://user:${TOKEN}@www.musterstadt.example/impressum https://www.alte-seite.example/impressum?mc_eid=${TOKEN}#${TOKEN}`, links: [] });
    await monitor.checkNow("sandbox-main");
    const everything = JSON.stringify({ lines, events, findings: await store.collection("imprint-findings").list() });
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain("Presseamt");
    expect(lines.join("\n")).toContain("imprint check could not read the profile");
  });
});

describe("ImprintMonitor: checkNow and afterFailure", () => {
  it("checks a channel on request, also a switched-off one; refuses a channel that does not exist", async () => {
    const { monitor } = await setup();
    expect(await monitor.checkNow("sandbox-old")).toMatchObject({ status: "ok" });
    const error = await monitor.checkNow("nope").catch((e: unknown) => e);
    expect(KommuneError.isInstance(error, "CORE_NOT_FOUND")).toBe(true);
  });

  it("stores nothing when the read did not happen for reasons of this side (publishing paused)", async () => {
    const { monitor, answers } = await setup();
    answers.set("sandbox-main", new PublishingError("NETWORK_PAUSED", "Publishing is paused."));
    await expect(monitor.checkNow("sandbox-main")).rejects.toMatchObject({ code: "NETWORK_PAUSED" });
    expect(await monitor.finding("sandbox-main")).toBeUndefined();
  });

  it("reads the profile soon after a failure, once for a burst, and never later than planned", async () => {
    const { monitor, reads, settle } = await setup({ afterFailureDelayMs: 60_000 });
    await monitor.start();
    await settle();
    expect(reads).toHaveLength(2);
    for (let i = 0; i < 5; i++) monitor.afterFailure("sandbox-main");
    monitor.afterFailure("nope");
    monitor.afterFailure("sandbox-old");
    await settle(59_999);
    expect(reads).toHaveLength(2);
    await settle(1);
    expect(reads.slice(2)).toEqual(["sandbox-main"]);
    expect(await monitor.finding("nope")).toBeUndefined();
    expect(await monitor.finding("sandbox-old")).toBeUndefined();
    // The daily check of the other channel stays where it was.
    await settle(DAY - 60_000);
    expect(reads.slice(3).sort()).toEqual(["sandbox-youth"]);
    await settle(60_000);
    expect(reads.slice(4)).toEqual(["sandbox-main"]);
    await monitor.stop();
  });

  it("two monitors over one store report a change once", async () => {
    const one = await setup({ channels: [channel({ id: "sandbox-main" })] });
    one.answers.set("sandbox-main", withoutImprint);
    const two = await setup({ store: one.store, clock: one.clock });
    two.answers.set("sandbox-main", withoutImprint);
    await Promise.all([one.monitor.checkNow("sandbox-main"), two.monitor.checkNow("sandbox-main")]);
    expect([...one.events, ...two.events].map((e) => e.type)).toEqual(["imprint.missing"]);
    expect(await one.monitor.finding("sandbox-main")).toMatchObject({ status: "missing" });
    expect((await one.monitor.finding("sandbox-main"))?.pendingEvent).toBeUndefined();
  });

  it("refuses options that are no durations", async () => {
    for (const bad of [{ intervalMs: 0 }, { intervalMs: Number.NaN }, { readTimeoutMs: -1 }, { afterFailureDelayMs: Infinity }]) {
      const error = await setup(bad).catch((e: unknown) => e);
      expect(KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT"), JSON.stringify(bad)).toBe(true);
    }
  });
});
