import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { createEventBus, DEFAULT_MAX_EMIT_DEPTH, type EventBusOptions } from "./create-event-bus.js";
import type { KommuneEvent } from "./kommune-event.js";

declare module "./event-catalogue.js" {
  interface EventCatalogue {
    "depth-test.pinged": { readonly n: number };
    "depth-test.ponged": { readonly n: number };
    "depth-test.noted": { readonly n: number };
  }
}

function setup(options: Partial<EventBusOptions> = {}) {
  const bus = createEventBus({ source: "urn:kommune-sm:depth-test", clock: new TestClock("2026-03-29T00:30:00Z"), idPrefix: "d", ...options });
  const failures: KommuneEvent<"listener.failed">[] = [];
  bus.on("listener.failed", (event) => void failures.push(event));
  return { bus, failures };
}

describe("createEventBus: synchronous re-entrant emits", () => {
  it("stops a listener that re-emits its own event: the too-deep emit is not dispatched and is reported once", () => {
    const { bus, failures } = setup();
    const seen: number[] = [];
    bus.on("depth-test.pinged", function echoes(event) {
      seen.push(event.data.n);
      bus.emit("depth-test.pinged", { n: event.data.n + 1 });
    });
    expect(() => bus.emit("depth-test.pinged", { n: 1 })).not.toThrow();
    expect(DEFAULT_MAX_EMIT_DEPTH).toBe(64);
    expect(seen).toEqual(Array.from({ length: DEFAULT_MAX_EMIT_DEPTH }, (_, index) => index + 1));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.data).toMatchObject({
      eventType: "depth-test.pinged",
      eventId: `d-${DEFAULT_MAX_EMIT_DEPTH}`,
      listener: "echoes",
      error: { name: "RangeError", message: expect.stringContaining('"depth-test.pinged"') },
    });
  });

  it("stops two listeners that answer each other's events, and reports the one that emitted too deep", () => {
    const { bus, failures } = setup();
    const seen: string[] = [];
    bus.on("depth-test.pinged", function answersPing(event) {
      seen.push(`ping ${event.data.n}`);
      bus.emit("depth-test.ponged", { n: event.data.n + 1 });
    });
    bus.on("depth-test.ponged", function answersPong(event) {
      seen.push(`pong ${event.data.n}`);
      bus.emit("depth-test.pinged", { n: event.data.n + 1 });
    });
    expect(() => bus.emit("depth-test.pinged", { n: 1 })).not.toThrow();
    expect(seen).toHaveLength(DEFAULT_MAX_EMIT_DEPTH);
    expect(seen.at(-1)).toBe(`pong ${DEFAULT_MAX_EMIT_DEPTH}`);
    expect(failures.map((f) => [f.data.listener, f.data.eventType])).toEqual([["answersPong", "depth-test.ponged"]]);
    expect(failures[0]!.data.error.message).toContain('"depth-test.pinged"');
  });

  it("goes on working normally afterwards: a chain just within the limit runs to its end, another one is stopped again", () => {
    const { bus, failures } = setup({ maxEmitDepth: 5 });
    let stopAt = Infinity;
    const seen: number[] = [];
    bus.on("depth-test.pinged", (event) => {
      seen.push(event.data.n);
      if (event.data.n < stopAt) bus.emit("depth-test.pinged", { n: event.data.n + 1 });
    });
    bus.emit("depth-test.pinged", { n: 1 });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(failures).toHaveLength(1);

    seen.length = 0;
    stopAt = 5;
    bus.emit("depth-test.pinged", { n: 1 });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(failures).toHaveLength(1);

    stopAt = Infinity;
    bus.emit("depth-test.pinged", { n: 1 });
    expect(failures).toHaveLength(2);
    const other: number[] = [];
    bus.on("depth-test.noted", (event) => void other.push(event.data.n));
    bus.emit("depth-test.noted", { n: 7 });
    expect(other).toEqual([7]);
  });

  it("ends a runaway that fans out (every listener emits twice) quickly, with one report", () => {
    const { bus, failures } = setup();
    let calls = 0;
    bus.on("depth-test.pinged", function forksTwice(event) {
      calls++;
      bus.emit("depth-test.pinged", { n: event.data.n + 1 });
      bus.emit("depth-test.pinged", { n: event.data.n + 1 });
    });
    bus.emit("depth-test.pinged", { n: 1 });
    expect(calls).toBeLessThanOrEqual(2 * DEFAULT_MAX_EMIT_DEPTH);
    expect(failures.map((f) => f.data.listener)).toEqual(["forksTwice"]);
  });

  it("still dispatches other events that listeners emit while a runaway chain unwinds", () => {
    const { bus, failures } = setup({ maxEmitDepth: 8 });
    const noted: number[] = [];
    bus.on("depth-test.pinged", (event) => void bus.emit("depth-test.pinged", { n: event.data.n + 1 }));
    bus.on("depth-test.pinged", (event) => void (event.data.n === 3 && bus.emit("depth-test.noted", { n: event.data.n })));
    bus.on("depth-test.noted", (event) => void noted.push(event.data.n));
    bus.emit("depth-test.pinged", { n: 1 });
    expect(noted).toEqual([3]);
    expect(failures).toHaveLength(1);
  });

  it("counts only synchronous nesting: an async listener may re-emit after an await as often as it likes", async () => {
    const { bus, failures } = setup({ maxEmitDepth: 4 });
    const seen: number[] = [];
    bus.on("depth-test.pinged", async (event) => {
      seen.push(event.data.n);
      await Promise.resolve();
      if (event.data.n < 100) bus.emit("depth-test.pinged", { n: event.data.n + 1 });
    });
    bus.emit("depth-test.pinged", { n: 1 });
    for (let turn = 0; turn < 300; turn++) await Promise.resolve();
    await bus.settled();
    expect(seen).toHaveLength(100);
    expect(failures).toEqual([]);
  });

  it("hands a runaway of listener.failed listeners to onUnhandledError once, instead of a new event", () => {
    const onUnhandledError = vi.fn();
    const { bus, failures } = setup({ onUnhandledError, maxEmitDepth: 6 });
    bus.on("listener.failed", function relays(event) {
      bus.emit("listener.failed", event.data);
    });
    bus.emit("listener.failed", { eventType: "x", eventId: "1", listener: "l", error: { name: "Error", message: "m" } });
    expect(failures).toHaveLength(6);
    expect(onUnhandledError).toHaveBeenCalledTimes(1);
    expect(onUnhandledError.mock.calls[0]![0]).toBeInstanceOf(RangeError);
    expect(onUnhandledError.mock.calls[0]![1]).toMatchObject({ listener: "relays", event: { type: "listener.failed" } });
  });

  it("hands a runaway started by a listener of the report to onUnhandledError, instead of reporting forever", () => {
    const onUnhandledError = vi.fn();
    const { bus, failures } = setup({ onUnhandledError, maxEmitDepth: 6 });
    bus.on("depth-test.pinged", function echoes(event) {
      bus.emit("depth-test.pinged", { n: event.data.n + 1 });
    });
    bus.on("listener.failed", function escalates() {
      bus.emit("depth-test.pinged", { n: 1 });
    });
    bus.emit("depth-test.pinged", { n: 1 });
    expect(failures).toHaveLength(1);
    expect(onUnhandledError).toHaveBeenCalledTimes(1);
    expect(onUnhandledError.mock.calls[0]![1]).toMatchObject({ listener: "echoes", event: failures[0] });
  });

  it("refuses a maxEmitDepth that is not a positive whole number", () => {
    for (const maxEmitDepth of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createEventBus({ source: "urn:x", maxEmitDepth })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    }
  });

  it("dispatches a chain of any length up to the limit and reports once beyond it, and the next chain alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: 1, max: 45 }), { minLength: 1, maxLength: 3 }), (maxEmitDepth, types, lengths) => {
        const { bus, failures } = setup({ maxEmitDepth });
        const cycle = (["depth-test.pinged", "depth-test.ponged", "depth-test.noted"] as const).slice(0, types);
        let length = 0;
        let dispatched = 0;
        cycle.forEach((type, index) => {
          bus.on(type, (event) => {
            dispatched++;
            if (event.data.n < length) bus.emit(cycle[(index + 1) % cycle.length]!, { n: event.data.n + 1 });
          });
        });
        let reports = 0;
        for (const chain of lengths) {
          length = chain;
          dispatched = 0;
          expect(() => bus.emit(cycle[0]!, { n: 1 })).not.toThrow();
          expect(dispatched).toBe(Math.min(chain, maxEmitDepth));
          if (chain > maxEmitDepth) reports++;
          expect(failures).toHaveLength(reports);
        }
      }),
    );
  });
});
