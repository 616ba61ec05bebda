import type { Interaction } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodOfDay } from "./periods.js";
import { censoredQuantile, responseTimes, type ResponseWait } from "./response-times.js";

const HOUR = 3_600_000;
const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const start = Date.parse("2027-03-02T08:00:00Z");
let next = 0;

/** A message received `at` hours after 2 March 09:00 (Berlin), answered `answer` hours later, or in `status`. */
function message(channelId: string, at: number, answer: number | undefined, status: Interaction["status"] = answer === undefined ? "open" : "answered"): Interaction {
  const receivedAt = new Date(start + at * HOUR).toISOString();
  return {
    id: `i${++next}`,
    organisationId: "musterstadt",
    channelId,
    kind: "comment",
    remoteId: `r${next}`,
    author: { handle: "buergerin", displayName: "Bürgerin" },
    text: "Wann wird die Straße wieder frei?",
    receivedAt,
    ...(answer === undefined ? {} : { firstResponseAt: new Date(start + (at + answer) * HOUR).toISOString() }),
    status,
  };
}

describe("responseTimes", () => {
  it("median, 90th percentile and share within 24 hours, per channel and overall", () => {
    const interactions = [
      message("fb", 0, 2),
      message("fb", 1, 5),
      message("fb", 2, 30),
      message("fb", 3, 1),
      message("mastodon", 0, 10),
      message("mastodon", 5, 50),
      // Closed without an answer (a thank-you) and hidden (an insult): not counted.
      message("fb", 4, undefined, "closed"),
      message("mastodon", 6, undefined, "hidden"),
      // Received in February: another period's.
      { ...message("fb", 0, 1), receivedAt: "2027-02-28T22:59:59Z", firstResponseAt: "2027-02-28T23:30:00Z" },
    ];
    const report = responseTimes(interactions, { period: march, now: "2027-04-15T00:00:00Z" });
    expect(report.overall).toMatchObject({ received: 6, answered: 6, waiting: 0, leftOut: 2, pending: 0 });
    // Sorted: 1 2 5 10 30 50. Three of six answered after 5 hours: the median is 5 (the first time half are answered).
    expect(report.overall.median).toEqual({ hours: 5, atLeast: false });
    expect(report.overall.p90).toEqual({ hours: 50, atLeast: false });
    expect(report.overall.shareWithin).toBeCloseTo(4 / 6, 12);
    expect(report.byChannel.fb).toMatchObject({ received: 4, answered: 4, leftOut: 1, median: { hours: 2, atLeast: false }, shareWithin: 0.75 });
    expect(report.byChannel.mastodon).toMatchObject({ received: 2, median: { hours: 10, atLeast: false }, shareWithin: 0.5 });
  });

  it("messages still waiting count as 'at least as long as they waited', never as answered and never left out", () => {
    const interactions = [message("fb", 0, 1), message("fb", 0, 2), message("fb", 0, undefined), message("fb", 0, undefined)];
    // Made 40 hours after they came in: two answered within two hours, two still waiting after 40.
    const report = responseTimes(interactions, { period: march, now: start + 40 * HOUR });
    expect(report.overall).toMatchObject({ received: 4, answered: 2, waiting: 2, pending: 0, shareWithin: 0.5 });
    expect(report.overall.median).toEqual({ hours: 2, atLeast: false });
    expect(report.overall.p90).toEqual({ hours: 40, atLeast: true });
    // Made an hour after: the two waiting ones may still be answered within a day, so the share leaves them out for now.
    const early = responseTimes(interactions, { period: march, now: start + 2 * HOUR });
    expect(early.overall).toMatchObject({ pending: 2, shareWithin: 1 });
  });

  it("an answer given after the report's moment is not known then", () => {
    const report = responseTimes([message("fb", 0, 30)], { period: march, now: start + 10 * HOUR });
    expect(report.overall).toMatchObject({ answered: 0, waiting: 1, median: { hours: 10, atLeast: true } });
  });

  it("only the messages that need an answer, on the channels asked for; a channel asked for without messages is there, with nothing", () => {
    const interactions = [message("fb", 0, 1), message("fb", 0, 80), message("insta", 0, 3)];
    const report = responseTimes(interactions, { period: march, now: "2027-05-01T00:00:00Z", channelIds: ["fb", "x"], counts: (interaction) => interaction.id !== interactions[1]!.id });
    expect(Object.keys(report.byChannel)).toEqual(["fb", "x"]);
    expect(report.overall).toMatchObject({ received: 1, shareWithin: 1 });
    expect(report.byChannel.x).toEqual({ received: 0, answered: 0, waiting: 0, leftOut: 0, median: undefined, p90: undefined, shareWithin: undefined, pending: 0 });
  });

  it("refuses what cannot be meant, naming it", () => {
    expect(() => responseTimes([], { period: march, now: "gestern" })).toThrow("`now` must be epoch milliseconds or an RFC 3339 instant");
    expect(() => responseTimes([], { period: march, now: 0, withinHours: 0 })).toThrow("`withinHours` must be a positive number");
    expect(() => responseTimes([{ ...message("fb", 0, 1), receivedAt: "2027-03-02" }], { period: march, now: 0 })).toThrow("`interactions[0].receivedAt` must be");
  });

  const waits = fc.array(fc.record({ hours: fc.integer({ min: 0, max: 200 }), answered: fc.boolean() }), { minLength: 1, maxLength: 60 });
  const q = fc.constantFrom(0.1, 0.25, 0.5, 0.75, 0.9, 1);

  it("property: with every message answered, the quantile is the empirical one (the ⌈q·n⌉-th smallest time)", () => {
    fc.assert(
      fc.property(waits, q, (given, share) => {
        const answered = given.map((wait) => ({ ...wait, answered: true }));
        const sorted = answered.map((wait) => wait.hours).sort((a, b) => a - b);
        expect(censoredQuantile(answered, share)).toEqual({ hours: sorted[Math.ceil(share * sorted.length) - 1], atLeast: false });
      }),
    );
  });

  it("property: where every waiting message has waited longer than any answer took, the quantile is the empirical one with the waiting as 'longer', or 'more than' the longest wait", () => {
    fc.assert(
      fc.property(waits, q, (given, share) => {
        const answers = given.filter((wait) => wait.answered).map((wait) => wait.hours).sort((a, b) => a - b);
        const longest = Math.max(0, ...answers);
        const waiting: ResponseWait[] = given.filter((wait) => !wait.answered).map((wait) => ({ hours: longest + 1 + wait.hours, answered: false }));
        const all = [...given.filter((wait) => wait.answered), ...waiting];
        const rank = Math.ceil(share * all.length);
        const expected = rank <= answers.length ? { hours: answers[rank - 1], atLeast: false } : { hours: Math.max(...all.map((wait) => wait.hours)), atLeast: true };
        expect(censoredQuantile(all, share)).toEqual(expected);
      }),
    );
  });

  it("property: every message received in the period is answered, waiting or left out, and the share's known and pending ones add up", () => {
    const entry = fc.record({
      channel: fc.constantFrom("fb", "mastodon"),
      at: fc.integer({ min: -100, max: 800 }),
      answer: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      status: fc.constantFrom("open", "closed", "hidden") as fc.Arbitrary<Interaction["status"]>,
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 900 }), (entries, nowHours) => {
        const interactions = entries.map((item) => message(item.channel, item.at, item.answer, item.answer === undefined ? item.status : "answered"));
        const report = responseTimes(interactions, { period: march, now: start + nowHours * HOUR });
        // Received in the period and by the report's moment.
        const inPeriod = interactions.filter((interaction) => interaction.receivedAt >= march.from && interaction.receivedAt < march.to && Date.parse(interaction.receivedAt) <= start + nowHours * HOUR);
        const figures = report.overall;
        expect(figures.received + figures.leftOut).toBe(inPeriod.length);
        expect(figures.answered + figures.waiting).toBe(figures.received);
        const perChannel = Object.values(report.byChannel).reduce((sum, own) => sum + own.received, 0);
        expect(perChannel).toBe(figures.received);
        if (figures.shareWithin !== undefined) expect(figures.shareWithin).toBeGreaterThanOrEqual(0);
        expect(figures.pending).toBeLessThanOrEqual(figures.waiting);
        if (figures.median !== undefined && figures.p90 !== undefined) expect(figures.median.hours).toBeLessThanOrEqual(figures.p90.hours);
      }),
    );
  });
});
