import { EventEmitter } from "eventemitter3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { createEventBus } from "./create-event-bus.js";

declare module "./event-catalogue.js" {
  interface EventCatalogue {
    "emitter-test.pinged": { readonly n: number };
  }
}

const bus = (idPrefix: string) => createEventBus({ source: "urn:kommune-sm:emitter-test", clock: new TestClock(), idPrefix });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createEventBus: dispatch through eventemitter3", () => {
  it("hands every event to an eventemitter3 emitter of its own, one per bus", () => {
    const emit = vi.spyOn(EventEmitter.prototype, "emit");
    const a = bus("a");
    const b = bus("b");
    const seen: string[] = [];
    a.on("emitter-test.pinged", (event) => void seen.push(event.id));
    b.on("emitter-test.pinged", (event) => void seen.push(event.id));
    const first = a.emit("emitter-test.pinged", { n: 1 });
    const second = b.emit("emitter-test.pinged", { n: 2 });
    expect(seen).toEqual(["a-1", "b-1"]);
    const calls = emit.mock.calls.map((call, index) => ({ type: call[0], event: call[1], emitter: emit.mock.contexts[index] }));
    const ofFirst = calls.filter((call) => call.event === first);
    const ofSecond = calls.filter((call) => call.event === second);
    expect(ofFirst.map((call) => call.type)).toContain("emitter-test.pinged");
    expect(ofSecond.map((call) => call.type)).toContain("emitter-test.pinged");
    expect(new Set(ofFirst.map((call) => call.emitter)).size).toBe(1);
    expect(ofFirst[0]!.emitter).toBeInstanceOf(EventEmitter);
    expect(ofSecond[0]!.emitter).not.toBe(ofFirst[0]!.emitter);
  });

  it("registers one guarded listener with the emitter per registration and removes it again", () => {
    const on = vi.spyOn(EventEmitter.prototype, "on");
    const off = vi.spyOn(EventEmitter.prototype, "removeListener");
    const b = bus("b");
    const listener = () => {};
    const unsubscribe = b.on("emitter-test.pinged", listener);
    b.on("emitter-test.pinged", listener);
    expect(on).toHaveBeenCalledTimes(2);
    const [first, second] = on.mock.calls.map((call) => call[1]);
    expect(first).not.toBe(listener);
    expect(first).not.toBe(second);
    unsubscribe();
    unsubscribe();
    expect(off).toHaveBeenCalledTimes(1);
    expect(off.mock.calls[0]![1]).toBe(first);
    expect(b.listenerCount("emitter-test.pinged")).toBe(1);
  });

  it("iterates the listeners an emit started with: one added during the emit waits for the next, with one listener before and with several", () => {
    for (const before of [1, 3]) {
      const b = bus("b");
      const calls: string[] = [];
      for (let index = 0; index < before; index++) {
        b.on("emitter-test.pinged", (event) => {
          calls.push(`old ${index}@${event.data.n}`);
          if (index === 0 && event.data.n === 1) b.on("emitter-test.pinged", (later) => void calls.push(`new@${later.data.n}`));
        });
      }
      b.emit("emitter-test.pinged", { n: 1 });
      b.emit("emitter-test.pinged", { n: 2 });
      const old = (n: number) => Array.from({ length: before }, (_, index) => `old ${index}@${n}`);
      expect(calls).toEqual([...old(1), ...old(2), "new@2"]);
    }
  });

  it("calls no further listener of an emit under way once removeAllListeners ran, and works on for new ones", () => {
    const b = bus("b");
    const calls: string[] = [];
    b.on("emitter-test.pinged", () => {
      calls.push("first");
      b.removeAllListeners();
    });
    b.on("emitter-test.pinged", () => void calls.push("second"));
    b.onAny(() => void calls.push("any"));
    b.emit("emitter-test.pinged", { n: 1 });
    expect(calls).toEqual(["first"]);
    expect(b.listenerCount()).toBe(0);
    b.on("emitter-test.pinged", () => void calls.push("again"));
    b.emit("emitter-test.pinged", { n: 2 });
    expect(calls).toEqual(["first", "again"]);
  });
});
