// Breaking the imprint check from outside: spellings the guide promises to
// accept, look-alikes that must never pass, hostile profiles, and the
// monitor's promises (one event per change, no stale answers, nothing left
// running after stop). A failing test here is a defect to fix in the code, not
// in the test.
import { ChannelSchema, createEventBus, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock, validate, type Channel, type ChannelInput, type EventBus, type KommuneEvent, type TenantStore } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inboxNetwork, setupCollector } from "../collector/collector-test-support.js";
import { PublishingError, type NetworkAdapterV1, type ProfileV1 } from "../spec/index.js";
import { createRecordingLogger } from "../testkit/recording-logger.js";
import { MAX_BIO_LENGTH } from "./bio-links.js";
import { findImprintLink } from "./find-imprint-link.js";
import type { ImprintEventType } from "./imprint-events.js";
import { ImprintMonitor, type ImprintMonitorOptions } from "./imprint-monitor.js";
import { normaliseUrl, sameUrl } from "./normalise-url.js";

const IMPRINT = "https://musterstadt.de/impressum";
const HOUR = 3_600_000;

const ok = (profile: unknown, expected = [IMPRINT]) => findImprintLink(profile, expected).status;
const inLinks = (link: string): ProfileV1 => ({ handle: "@musterstadt", links: [link] });
const inBio = (link: string): ProfileV1 => ({ handle: "@musterstadt", bio: `Offizielles Konto der Stadt. Impressum: ${link}`, links: [] });

describe("normaliseUrl and findImprintLink: what the guide promises (held)", () => {
  // Every row of the guide's table "When two addresses are the same", applied to the imprint.
  const promised = [
    "http://musterstadt.de/impressum",
    "HTTPS://MUSTERSTADT.DE/impressum",
    "https://musterstadt.de:443/impressum",
    "http://musterstadt.de:80/impressum",
    "https://musterstadt.de/impressum/",
    "https://musterstadt.de/rathaus/../impressum",
    "https://musterstadt.de/%69mpressum",
    "https://musterstadt.de/impressum#kontakt",
    "https://musterstadt.de/impressum?utm_source=instagram&fbclid=abc",
    "https://musterstadt.de/impressum?UTM_Campaign=x",
  ];

  it.each(promised)("accepts %s, in the links and in the bio", (spelling) => {
    expect(ok(inLinks(spelling))).toBe("ok");
    expect(ok(inBio(spelling))).toBe("ok");
  });

  it("accepts an internationalised host however it is spelt", () => {
    expect(ok(inLinks("https://xn--mnchen-3ya.de/impressum"), ["https://münchen.de/impressum"])).toBe("ok");
    expect(ok(inBio("https://MÜNCHEN.de/impressum"), ["https://xn--mnchen-3ya.de/impressum"])).toBe("ok");
  });

  // Links that lead somewhere else, however close they look.
  const lookAlikes = [
    "https://musterstadt.de.evil.example/impressum",
    "https://evil.example/musterstadt.de/impressum",
    "https://musterstadt-de.example/impressum",
    "https://xn--mustrstadt-q4a.de/impressum", // a punycode look-alike
    "https://musterstadt.dе/impressum", // Cyrillic "е"
    "https://musterstadt.de@evil.example/impressum",
    "https://user:pass@musterstadt.de/impressum",
    "https://evil.example\\@musterstadt.de/impressum",
    "//musterstadt.de/impressum",
    "https://musterstadt.de/impressum/../login",
    "https://musterstadt.de/impressum/%2e%2e/login",
    "https://musterstadt.de/impressum%2F..%2Flogin",
    "https://musterstadt.de/impressum?redirect=https://evil.example",
    "https://musterstadt.de/Impressum",
    "https://musterstadt.de:8443/impressum",
    "https://musterstadt.de:80/impressum", // https on port 80 is another server
    "https://www.musterstadt.de/impressum",
    "https://evil.example/?u=https://musterstadt.de/impressum",
  ];

  it.each(lookAlikes)("never takes %s for the imprint", (link) => {
    expect(ok(inLinks(link))).not.toBe("ok");
    expect(ok(inBio(link))).not.toBe("ok");
  });

  // As an entry of `links` (in a bio, the address inside them is text a network links by itself).
  it.each(["javascript:location='https://musterstadt.de/impressum'", "data:text/html,https://musterstadt.de/impressum", "ftp://musterstadt.de/impressum"])(
    "never takes the link %s for the imprint",
    (link) => {
      expect(ok(inLinks(link))).not.toBe("ok");
    },
  );

  it("never takes a look-alike host for the imprint (property)", () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(label, fc.constantFrom("prefix", "suffix", "sibling"), (extra, where) => {
        fc.pre(extra !== "");
        const host = where === "prefix" ? `${extra}.musterstadt.de` : where === "suffix" ? `musterstadt.de.${extra}.example` : `musterstadt${extra}.de`;
        expect(sameUrl(`https://${host}/impressum`, IMPRINT)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent on the spellings above", () => {
    for (const link of [...promised, ...lookAlikes]) {
      const once = normaliseUrl(link);
      if (once !== undefined) expect(normaliseUrl(once), link).toBe(once);
    }
  });
});

describe("findImprintLink on hostile profiles (held)", () => {
  it("answers a huge bio, thousands of links and control characters in bounded time, without throwing", () => {
    const junk = "https://evil.example/\u0000\u202e\u200b ".repeat(50_000) + `Impressum: ${IMPRINT}`;
    const links = Array.from({ length: 100_000 }, (_, i) => `https://evil.example/${i}\u0007`);
    const started = performance.now();
    expect(findImprintLink({ handle: "@x", bio: junk, links }, [IMPRINT]).status).toBe("missing");
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(findImprintLink({ handle: "@x", bio: "x".repeat(5_000_000), links: sparse }, [IMPRINT]).status).toBe("missing");
    const trap = new Proxy([], { get: () => { throw new Error("trap"); } });
    expect(findImprintLink({ handle: "@x", links: trap }, [IMPRINT]).status).toBe("unreadable");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("findImprintLink: defects", () => {
  it("never reports ok for a link that a cut through a long bio turned into the imprint's address", () => {
    // The bio links "/impressum-archiv-2019" (a dead page); the cut at MAX_BIO_LENGTH
    // falls right after "/impressum", which the check then takes for the imprint.
    const link = `${IMPRINT}-archiv-2019`;
    const padding = "Willkommen beim offiziellen Konto der Stadt. ".repeat(Math.ceil(MAX_BIO_LENGTH / 45)).slice(0, MAX_BIO_LENGTH - IMPRINT.length);
    const bio = padding + link;
    expect(bio.indexOf(link) + IMPRINT.length).toBe(MAX_BIO_LENGTH);
    const result = findImprintLink({ handle: "@musterstadt", bio, links: [] }, [IMPRINT]);
    expect(result.status).not.toBe("ok");
  });

  it("finds the imprint in every link the adapter spec lets a profile have (up to 100)", () => {
    // profileV1Schema allows 100 links; a link hub with 60 entries and the imprint near the end is a valid profile.
    const links = [...Array.from({ length: 60 }, (_, i) => `https://musterstadt.de/themen/${i}`), IMPRINT];
    expect(findImprintLink({ handle: "@musterstadt", links }, [IMPRINT]).status).toBe("ok");
  });
});

// ---- the monitor ----

type Answer = ProfileV1 | Error | "hang" | Promise<ProfileV1>;
type ImprintEvent = KommuneEvent<ImprintEventType>;

function channel(input: Partial<ChannelInput> & { id: string }): Channel {
  return validate(ChannelSchema, { organisationId: "musterstadt", network: "sandbox", handle: `@${input.id}`, ...input }, { locale: "en", entity: "Channel" });
}

const ORG_IMPRINT = MUSTERSTADT_ORGANISATION.imprintUrl;
const withImprint: ProfileV1 = { handle: "@musterstadt", bio: `Impressum: ${ORG_IMPRINT}`, links: [] };
const withoutImprint: ProfileV1 = { handle: "@musterstadt", bio: "Offizielles Konto.", links: [] };

async function monitorOver(options: Partial<ImprintMonitorOptions> & { store?: TenantStore; clock?: TestClock; bus?: Pick<EventBus, "emit"> } = {}) {
  const clock = options.clock ?? new TestClock("2027-01-12T08:00:00Z");
  const store = options.store ?? createMemoryStore().tenant("musterstadt");
  if (!options.store) await store.channels.insert(channel({ id: "sandbox-main" }));
  const realBus = createEventBus({ source: "urn:kommune-sm:ags:09999999", clock, idPrefix: "t" });
  const events: ImprintEvent[] = [];
  realBus.onAny((event) => void (event.type.startsWith("imprint.") && events.push(event as ImprintEvent)));
  const lines: string[] = [];
  const answers = new Map<string, Answer>();
  const reads: string[] = [];
  const monitor = new ImprintMonitor({
    organisation: MUSTERSTADT_ORGANISATION,
    store,
    bus: options.bus ?? realBus,
    clock,
    logger: createRecordingLogger(lines),
    async readProfile(c, signal) {
      reads.push(c.id);
      const answer = answers.get(c.id) ?? withImprint;
      if (answer === "hang") return new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
      if (answer instanceof Error) throw answer;
      return answer;
    },
    adapterFor: (network) => {
      if (network === "sandbox") return { capabilities: { profile: true } };
      throw new PublishingError("NETWORK_ADAPTER_MISSING", `No adapter is registered for network "${network}".`);
    },
    ...options,
  });
  const settle = async (ms = 0) => {
    await clock.advanceBy(ms);
    await monitor.idle();
  };
  return { clock, store, events, lines, answers, reads, monitor, settle };
}

describe("ImprintMonitor: what held", () => {
  it("reports a change once when two monitors check at once, again and again", async () => {
    const one = await monitorOver();
    const two = await monitorOver({ store: one.store, clock: one.clock });
    for (const [status, answer] of [["missing", withoutImprint], ["ok", withImprint], ["missing", withoutImprint]] as const) {
      one.answers.set("sandbox-main", answer);
      two.answers.set("sandbox-main", answer);
      await one.clock.advanceBy(HOUR);
      const found = await Promise.all([one.monitor.checkNow("sandbox-main"), two.monitor.checkNow("sandbox-main"), one.monitor.checkNow("sandbox-main")]);
      expect(found.map((f) => f.status)).toEqual([status, status, status]);
    }
    expect([...one.events, ...two.events].map((e) => e.type).sort()).toEqual(["imprint.missing", "imprint.missing", "imprint.restored"]);
  });

  it("leaves no timer behind when stopped in the middle of a read", async () => {
    const { monitor, answers, clock } = await monitorOver();
    answers.set("sandbox-main", "hang");
    await monitor.start();
    await clock.advanceBy(0);
    await monitor.stop();
    monitor.afterFailure("sandbox-main");
    expect(clock.pendingTimers).toBe(0);
  });
});

describe("ImprintMonitor: defects", () => {
  it("'Jetzt prüfen' answers with what it just read, also when another worker's clock runs a minute ahead", async () => {
    // Worker A's clock is one minute ahead of worker B's (no NTP is perfect).
    const a = await monitorOver({ clock: new TestClock("2027-01-12T08:01:00Z") });
    const b = await monitorOver({ store: a.store, clock: new TestClock("2027-01-12T08:00:00Z") });
    a.answers.set("sandbox-main", withoutImprint);
    expect(await a.monitor.checkNow("sandbox-main")).toMatchObject({ status: "missing" });
    // The press office puts the link back and presses "Jetzt prüfen" on worker B, 30 seconds later.
    await b.clock.advanceBy(30_000);
    b.answers.set("sandbox-main", withImprint);
    const found = await b.monitor.checkNow("sandbox-main");
    expect(b.reads).toEqual(["sandbox-main"]);
    expect(found.status).toBe("ok");
    expect(await b.monitor.finding("sandbox-main")).toMatchObject({ status: "ok" });
  });

  it("announces a missing imprint even when the worker died between storing the finding and emitting the event", async () => {
    const store = createMemoryStore().tenant("musterstadt");
    await store.channels.insert(channel({ id: "sandbox-main" }));
    const clock = new TestClock("2027-01-12T08:00:00Z");
    // The first worker stores the finding, then dies before the event goes out.
    const dying = await monitorOver({ store, clock, bus: { emit: () => { throw new Error("worker died"); } } });
    dying.answers.set("sandbox-main", withoutImprint);
    await dying.monitor.checkNow("sandbox-main").catch(() => undefined);
    expect(await dying.monitor.finding("sandbox-main")).toMatchObject({ status: "missing" });
    // Restarted, it checks again: the imprint is still missing, and nobody has been told yet.
    const restarted = await monitorOver({ store, clock });
    restarted.answers.set("sandbox-main", withoutImprint);
    await clock.advanceBy(HOUR);
    await restarted.monitor.checkNow("sandbox-main");
    expect(restarted.events.map((e) => e.type)).toEqual(["imprint.missing"]);
  });

  it("emits the event a stopped worker owed as soon as the next monitor starts, without waiting for a check", async () => {
    const store = createMemoryStore().tenant("musterstadt");
    await store.channels.insert(channel({ id: "sandbox-main" }));
    const clock = new TestClock("2027-01-12T08:00:00Z");
    const dying = await monitorOver({ store, clock, bus: { emit: () => { throw new Error("worker died"); } } });
    dying.answers.set("sandbox-main", withoutImprint);
    await dying.monitor.checkNow("sandbox-main").catch(() => undefined);
    const restarted = await monitorOver({ store, clock });
    await restarted.monitor.start();
    await restarted.settle();
    expect(restarted.reads).toEqual([]); // the next check is due in a day
    expect(restarted.events.map((e) => [e.type, e.data.status, e.data.previousStatus])).toEqual([["imprint.missing", "missing", undefined]]);
    expect((await restarted.monitor.finding("sandbox-main"))?.pendingEvent).toBeUndefined();
    // Once told, not again: a later sync and a later check of the same status stay quiet.
    await restarted.settle(HOUR);
    restarted.answers.set("sandbox-main", withoutImprint);
    await restarted.monitor.checkNow("sandbox-main");
    expect(restarted.events).toHaveLength(1);
    await restarted.monitor.stop();
  });

  it("tells that the imprint is back after a missing imprint a stopped worker owed: the missing may have gone out", async () => {
    const store = createMemoryStore().tenant("musterstadt");
    await store.channels.insert(channel({ id: "sandbox-main" }));
    const clock = new TestClock("2027-01-12T08:00:00Z");
    const first = await monitorOver({ store, clock });
    await first.monitor.checkNow("sandbox-main"); // ok: no news
    const dying = await monitorOver({ store, clock, bus: { emit: () => { throw new Error("worker died"); } } });
    dying.answers.set("sandbox-main", withoutImprint);
    await clock.advanceBy(HOUR);
    await dying.monitor.checkNow("sandbox-main").catch(() => undefined);
    await clock.advanceBy(HOUR);
    await first.monitor.checkNow("sandbox-main"); // the link is back
    // Nobody knows whether "missing" went out before the worker stopped: "restored" is told, to be sure.
    expect(first.events.map((e) => [e.type, e.data.previousStatus])).toEqual([["imprint.restored", "missing"]]);
    expect(await first.monitor.finding("sandbox-main")).toMatchObject({ status: "ok" });
    expect((await first.monitor.finding("sandbox-main"))?.pendingEvent).toBeUndefined();
  });

  it("stops promptly when a person's check was waiting behind a scheduled one", async () => {
    const { monitor, answers, clock, reads } = await monitorOver();
    answers.set("sandbox-main", "hang");
    await monitor.start();
    await clock.advanceBy(0);
    expect(reads).toEqual(["sandbox-main"]);
    // "Jetzt prüfen" while the scheduled read hangs: it waits for it.
    const asked = monitor.checkNow("sandbox-main").catch((error: unknown) => error);
    const stopped = monitor.stop().then(() => "stopped");
    // stop() gives up the scheduled read; the person's check then starts a read of its own after the stop,
    // which nothing aborts: stop() waits for its deadline (a minute, on a clock that may never move).
    const outcome = await Promise.race([stopped, new Promise((resolve) => setTimeout(() => resolve("still waiting"), 300))]);
    expect(outcome).toBe("stopped");
    expect(reads).toEqual(["sandbox-main"]);
    await clock.advanceBy(60_000);
    await asked;
  });

  it("does not keep listing the finding of a channel that was deleted", async () => {
    const { monitor, store, answers, settle } = await monitorOver({ syncIntervalMs: HOUR });
    answers.set("sandbox-main", withoutImprint);
    await monitor.start();
    await settle();
    expect((await monitor.findings()).map((f) => [f.channelId, f.status])).toEqual([["sandbox-main", "missing"]]);
    await store.channels.delete("sandbox-main");
    await settle(HOUR);
    // An overview of every channel's imprint would show an alarm for an account that is gone, forever.
    expect((await monitor.findings()).map((f) => f.channelId)).toEqual([]);
    await monitor.stop();
  });

  it("tells about a missing imprint of a new account that took over a deleted channel's id", async () => {
    const { monitor, store, answers, events } = await monitorOver();
    answers.set("sandbox-main", withoutImprint);
    await monitor.checkNow("sandbox-main");
    expect(events.map((e) => e.type)).toEqual(["imprint.missing"]);
    // The old account is deleted; a new account is connected under the same id.
    await store.channels.delete("sandbox-main");
    await store.channels.insert(channel({ id: "sandbox-main", network: "sandbox", handle: "@neues-konto" }));
    const found = await monitor.checkNow("sandbox-main");
    expect(found.status).toBe("missing");
    // The new account's missing imprint is news; its `since` is not the old account's.
    expect(events.map((e) => e.type)).toEqual(["imprint.missing", "imprint.missing"]);
  });
});

describe("the imprint check in the publishing plugin: defects", () => {
  it("gives up the profile read under way when the check is stopped", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const network = inboxNetwork({ clock });
    // The network does not answer; the read ends when its signal aborts.
    const hanging: NetworkAdapterV1 = {
      ...network.adapter,
      readProfile: (_request, context) => new Promise<never>((_, reject) => context.signal.addEventListener("abort", () => reject(context.signal.reason))),
    };
    const { ksm, publishing } = await setupCollector({ clock, network: { ...network, adapter: hanging }, plugin: { collector: false } });
    const checking = publishing.imprint.checkNow("kanal-1").catch((error: unknown) => error);
    await clock.advanceBy(0);
    expect(publishing.engine.callService.running().map((call) => call.operation)).toEqual(["profile"]);
    await publishing.imprint.stop();
    await checking;
    // Stopped, the check holds no call open on the network (and no deadline timer for it).
    expect(publishing.engine.callService.running()).toEqual([]);
    await ksm.dispose();
  });
});
