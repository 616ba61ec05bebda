import { describe, expect, it, vi } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { CoreError } from "../errors/core-errors.js";
import { KommuneError } from "../errors/kommune-error.js";
import { createEventBus, type EventBusOptions } from "./create-event-bus.js";
import type { AnyKommuneEvent, KommuneEvent } from "./kommune-event.js";

declare module "./event-catalogue.js" {
  interface EventCatalogue {
    "bus-test.pinged": { readonly n: number };
    "bus-test.ponged": { readonly n: number };
  }
}

const source = "urn:kommune-sm:ags:09162000";

function setup(options: Partial<EventBusOptions> = {}) {
  const clock = new TestClock("2026-03-29T00:30:00Z");
  const bus = createEventBus({ source, clock, idPrefix: "bus", ...options });
  const failures: KommuneEvent<"listener.failed">[] = [];
  bus.on("listener.failed", (event) => void failures.push(event));
  return { clock, bus, failures };
}

describe("createEventBus: the envelope", () => {
  it("wraps data in a CloudEvents 1.0 envelope and returns it", () => {
    const { bus } = setup();
    const event = bus.emit("bus-test.pinged", { n: 1 });
    expect(event).toEqual({
      specversion: "1.0",
      id: "bus-1",
      source,
      type: "bus-test.pinged",
      time: "2026-03-29T00:30:00.000Z",
      datacontenttype: "application/json",
      data: { n: 1 },
    });
    expect("subject" in event).toBe(false);
  });

  it("serialises to a CloudEvents JSON event, with the subject when one is given", () => {
    const { bus } = setup();
    const json = JSON.parse(JSON.stringify(bus.emit("bus-test.pinged", { n: 2 }, { subject: "post-7" })));
    expect(json).toEqual({
      specversion: "1.0",
      id: "bus-1",
      source,
      type: "bus-test.pinged",
      time: "2026-03-29T00:30:00.000Z",
      subject: "post-7",
      datacontenttype: "application/json",
      data: { n: 2 },
    });
    for (const attribute of ["specversion", "id", "source", "type"]) expect(json[attribute]).toMatch(/.+/);
  });

  it("takes the time from the clock, also after the clock has moved on", async () => {
    const { bus, clock } = setup();
    expect(bus.emit("bus-test.pinged", { n: 1 }).time).toBe("2026-03-29T00:30:00.000Z");
    expect(bus.emit("bus-test.pinged", { n: 2 }).time).toBe("2026-03-29T00:30:00.000Z");
    await clock.advanceBy(1);
    expect(bus.emit("bus-test.pinged", { n: 3 }).time).toBe("2026-03-29T00:30:00.001Z");
    await clock.advanceBy(2 * 3_600_000);
    expect(bus.emit("bus-test.pinged", { n: 4 }).time).toBe("2026-03-29T02:30:00.001Z");
  });

  it("counts ids up per bus, past every thousand", () => {
    const { bus } = setup({ idPrefix: "tenant-a" });
    const ids = Array.from({ length: 2_501 }, (_, n) => bus.emit("bus-test.pinged", { n }).id);
    expect(ids).toEqual(Array.from({ length: 2_501 }, (_, n) => `tenant-a-${n + 1}`));
  });

  it("draws a random id prefix per bus when none is given", () => {
    const first = createEventBus({ source }).emit("bus-test.pinged", { n: 1 }).id;
    const second = createEventBus({ source }).emit("bus-test.pinged", { n: 1 }).id;
    expect(first).toMatch(/^[0-9a-f-]{36}-1$/);
    expect(second).toMatch(/^[0-9a-f-]{36}-1$/);
    expect(first).not.toBe(second);
  });

  it("keeps two buses apart: listeners and counters are their own", () => {
    const a = createEventBus({ source: "urn:a", idPrefix: "a" });
    const b = createEventBus({ source: "urn:b", idPrefix: "b" });
    const seenByA: string[] = [];
    a.on("bus-test.pinged", (event) => void seenByA.push(event.id));
    a.emit("bus-test.pinged", { n: 1 });
    a.emit("bus-test.pinged", { n: 2 });
    expect(b.emit("bus-test.pinged", { n: 1 }).id).toBe("b-1");
    expect(seenByA).toEqual(["a-1", "a-2"]);
    expect(b.listenerCount()).toBe(0);
  });

  it("refuses an empty source or id prefix", () => {
    expect(() => createEventBus({ source: "" })).toThrow(CoreError);
    expect(() => createEventBus({ source, idPrefix: "" })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
  });
});

describe("createEventBus: listeners", () => {
  it("calls the listeners of a type in registration order, then the onAny listeners", () => {
    const { bus } = setup();
    const calls: string[] = [];
    bus.onAny(() => void calls.push("any"));
    bus.on("bus-test.pinged", () => void calls.push("first"));
    bus.on("bus-test.ponged", () => void calls.push("other type"));
    bus.on("bus-test.pinged", () => void calls.push("second"));
    const event = bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual(["first", "second", "any"]);
    expect(bus.emit("bus-test.ponged", { n: 1 }).id).not.toBe(event.id);
  });

  it("hands every listener the same envelope that emit returns", () => {
    const { bus } = setup();
    const seen: unknown[] = [];
    bus.on("bus-test.pinged", (event) => void seen.push(event));
    bus.onAny((event) => void seen.push(event));
    const event = bus.emit("bus-test.pinged", { n: 1 });
    expect(seen).toHaveLength(2);
    for (const received of seen) expect(received).toBe(event);
  });

  it("returns an unsubscribe from on that removes only that registration, and may be called twice", () => {
    const { bus } = setup();
    const calls: number[] = [];
    const listener = (event: KommuneEvent<"bus-test.pinged">) => void calls.push(event.data.n);
    const first = bus.on("bus-test.pinged", listener);
    bus.on("bus-test.pinged", listener);
    first();
    first();
    bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual([1]);
    expect(bus.listenerCount("bus-test.pinged")).toBe(1);
  });

  it("off removes every registration of a listener for the type, those made with once too", () => {
    const { bus } = setup();
    const calls: number[] = [];
    const listener = (event: KommuneEvent<"bus-test.pinged">) => void calls.push(event.data.n);
    bus.on("bus-test.pinged", listener);
    bus.once("bus-test.pinged", listener);
    bus.on("bus-test.ponged", listener as never);
    bus.off("bus-test.pinged", listener);
    bus.emit("bus-test.pinged", { n: 1 });
    bus.emit("bus-test.ponged", { n: 2 });
    expect(calls).toEqual([2]);
    expect(bus.listenerCount("bus-test.pinged")).toBe(0);
  });

  it("once fires a single time, also when the listener emits the same type again", () => {
    const { bus } = setup();
    const calls: number[] = [];
    bus.once("bus-test.pinged", (event) => {
      calls.push(event.data.n);
      bus.emit("bus-test.pinged", { n: event.data.n + 1 });
    });
    bus.emit("bus-test.pinged", { n: 1 });
    bus.emit("bus-test.pinged", { n: 10 });
    expect(calls).toEqual([1]);
    expect(bus.listenerCount("bus-test.pinged")).toBe(0);
  });

  it("once fires a single time when another listener emits re-entrantly before it", () => {
    const { bus } = setup();
    const calls: number[] = [];
    bus.on("bus-test.pinged", (event) => {
      if (event.data.n === 1) bus.emit("bus-test.pinged", { n: 2 });
    });
    bus.once("bus-test.pinged", (event) => void calls.push(event.data.n));
    bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual([2]);
  });

  it("the unsubscribe of once removes it before it fires", () => {
    const { bus } = setup();
    const calls: number[] = [];
    const unsubscribe = bus.once("bus-test.pinged", () => void calls.push(1));
    unsubscribe();
    bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual([]);
  });

  it("does not call a listener that an earlier listener removed during the same emit", () => {
    const { bus } = setup();
    const calls: string[] = [];
    let offLater = () => {};
    let offAnyLater = () => {};
    bus.on("bus-test.pinged", () => {
      calls.push("first");
      offLater();
      offAnyLater();
    });
    offLater = bus.on("bus-test.pinged", () => void calls.push("removed"));
    offAnyLater = bus.onAny(() => void calls.push("removed any"));
    bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual(["first"]);
  });

  it("onAny sees every event, listener.failed included, until offAny", () => {
    const { bus } = setup();
    const types: string[] = [];
    const bridge = (event: AnyKommuneEvent) => void types.push(event.type);
    bus.onAny(bridge);
    bus.on("bus-test.ponged", () => {
      throw new Error("boom");
    });
    bus.emit("bus-test.pinged", { n: 1 });
    bus.emit("bus-test.ponged", { n: 2 });
    bus.offAny(bridge);
    bus.emit("bus-test.pinged", { n: 3 });
    expect(types).toEqual(["bus-test.pinged", "listener.failed", "bus-test.ponged"]);
  });

  it("counts listeners per type and in all, and removes them all", () => {
    const { bus } = setup(); // setup registers one listener.failed listener
    bus.on("bus-test.pinged", () => {});
    bus.once("bus-test.pinged", () => {});
    bus.onAny(() => {});
    expect(bus.listenerCount("bus-test.pinged")).toBe(2);
    expect(bus.listenerCount("bus-test.ponged")).toBe(0);
    expect(bus.listenerCount()).toBe(4);
    bus.removeAllListeners();
    expect(bus.listenerCount()).toBe(0);
    const calls: number[] = [];
    bus.on("bus-test.pinged", () => void calls.push(1));
    bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual([1]);
  });
});

describe("createEventBus: failing listeners", () => {
  it("turns a throwing listener into a listener.failed event; emit and the other listeners go on", () => {
    const { bus, failures } = setup();
    const calls: string[] = [];
    bus.on("bus-test.pinged", function sendsNewsletter() {
      calls.push("thrower");
      throw new KommuneError({ code: "NEWSLETTER_DOWN", message: "Newsletter service unreachable" });
    });
    bus.on("bus-test.pinged", () => void calls.push("next"));
    const event = bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual(["thrower", "next"]);
    expect(failures).toHaveLength(1); // synchronously, before emit returned
    expect(failures[0]).toMatchObject({
      type: "listener.failed",
      source,
      id: "bus-2",
      data: {
        eventType: "bus-test.pinged",
        eventId: event.id,
        listener: "sendsNewsletter",
        error: { name: "KommuneError", message: "Newsletter service unreachable", code: "NEWSLETTER_DOWN" },
      },
    });
  });

  it("turns a rejected async listener into a listener.failed event once settled", async () => {
    const { bus, failures } = setup();
    const calls: string[] = [];
    bus.on("bus-test.pinged", async function postsToMastodon() {
      await Promise.resolve();
      throw new TypeError("fetch failed");
    });
    bus.on("bus-test.pinged", async () => void calls.push("next"));
    const event = bus.emit("bus-test.pinged", { n: 1 });
    expect(calls).toEqual(["next"]);
    expect(failures).toHaveLength(0);
    await bus.settled();
    expect(failures.map((f) => f.data)).toEqual([
      { eventType: "bus-test.pinged", eventId: event.id, listener: "postsToMastodon", error: { name: "TypeError", message: "fetch failed" } },
    ]);
  });

  it("names a listener without a function name anonymous", () => {
    const { bus, failures } = setup();
    bus.on("bus-test.pinged", () => {
      throw new Error("x");
    });
    bus.emit("bus-test.pinged", { n: 1 });
    expect(failures[0]?.data.listener).toBe("anonymous");
  });

  it("keeps only name, message and code of the error, never what else it carries", () => {
    const { bus, failures } = setup();
    const leaky = Object.assign(new Error("401 from graph API"), {
      code: "E_AUTH",
      config: { headers: { authorization: "Bearer s3cr3t-token" } },
    });
    bus.on("bus-test.pinged", () => {
      throw leaky;
    });
    bus.emit("bus-test.pinged", { n: 1 });
    expect(failures[0]?.data.error).toEqual({ name: "Error", message: "401 from graph API", code: "E_AUTH" });
    expect(JSON.stringify(failures[0])).not.toContain("s3cr3t");
  });

  it("hands a failing listener.failed listener to onUnhandledError once, instead of a new event", async () => {
    const onUnhandledError = vi.fn();
    const { bus, failures } = setup({ onUnhandledError });
    const broken = new Error("logger down");
    bus.on("listener.failed", function brokenLogger() {
      throw broken;
    });
    bus.on("listener.failed", async function brokenAsyncLogger() {
      throw new Error("async logger down");
    });
    bus.on("bus-test.pinged", () => {
      throw new Error("first failure");
    });
    bus.emit("bus-test.pinged", { n: 1 });
    await bus.settled();
    expect(failures).toHaveLength(1);
    expect(onUnhandledError).toHaveBeenCalledTimes(2);
    expect(onUnhandledError).toHaveBeenNthCalledWith(1, broken, { event: failures[0], listener: "brokenLogger" });
    expect(onUnhandledError.mock.calls[1]?.[1]).toEqual({ event: failures[0], listener: "brokenAsyncLogger" });
  });

  it("stops an onAny listener that fails on every event after one listener.failed", () => {
    const onUnhandledError = vi.fn();
    const { bus, failures } = setup({ onUnhandledError });
    bus.onAny(function failsAlways() {
      throw new Error("bridge down");
    });
    bus.emit("bus-test.pinged", { n: 1 });
    expect(failures).toHaveLength(1);
    expect(onUnhandledError).toHaveBeenCalledTimes(1);
  });

  it("ignores a hook that throws, and by default reports nothing to the console", () => {
    const errorSpy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (const options of [{}, { onUnhandledError: () => { throw new Error("hook down"); } }]) {
        const { bus } = setup(options);
        bus.on("listener.failed", () => {
          throw new Error("handler down");
        });
        bus.on("bus-test.pinged", () => {
          throw new Error("x");
        });
        expect(() => bus.emit("bus-test.pinged", { n: 1 })).not.toThrow();
      }
      expect(errorSpy).not.toHaveBeenCalled();
    } finally {
      errorSpy.mockRestore();
    }
  });
});

describe("createEventBus: settled", () => {
  it("resolves at once when no async listener runs", async () => {
    const { bus } = setup();
    bus.emit("bus-test.pinged", { n: 1 });
    await expect(bus.settled()).resolves.toBeUndefined();
  });

  it("waits for async listeners, and for the async listener.failed listeners their rejections start", async () => {
    const { bus, clock } = setup();
    const done: string[] = [];
    const after = (ms: number) => new Promise<void>((resolve) => clock.setTimer(clock.now() + ms, resolve));
    bus.on("bus-test.pinged", async () => {
      await after(1_000);
      done.push("slow");
    });
    bus.on("bus-test.pinged", async () => {
      await after(1_000);
      throw new Error("rejected");
    });
    bus.on("listener.failed", async (event) => {
      await after(1_000);
      done.push(`reported ${event.data.error.message}`);
    });
    bus.emit("bus-test.pinged", { n: 1 });
    let isSettled = false;
    const settled = bus.settled().then(() => {
      isSettled = true;
    });
    await clock.advanceBy(1_000);
    expect(done).toEqual(["slow"]);
    expect(isSettled).toBe(false); // the report started by the rejection is still running
    await clock.advanceBy(1_000);
    await settled;
    expect(done).toEqual(["slow", "reported rejected"]);
  });
});
