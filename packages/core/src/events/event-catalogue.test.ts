import { describe, expect, expectTypeOf, it } from "vitest";
import { createEventBus } from "./create-event-bus.js";
import type { EventCatalogue, EventType, ListenerFailedData } from "./event-catalogue.js";
import type { AnyKommuneEvent, KommuneEvent } from "./kommune-event.js";
import { TestClock } from "../clock/test-clock.js";

// The mechanism a plugin package uses (there spelt `declare module "@kommune-sm/core"`):
// merging into the interface where it is declared ...
declare module "./event-catalogue.js" {
  interface EventCatalogue {
    "catalogue-test.pinged": { readonly count: number };
  }
}
// ... and through a module that only re-exports it, as the package index does.
declare module "./index.js" {
  interface EventCatalogue {
    "catalogue-test.relayed": { readonly note: string };
  }
}

const bus = () => createEventBus({ source: "urn:kommune-sm:test", clock: new TestClock() });

describe("the event catalogue", () => {
  it("knows core's own event and the events merged in by declaration", () => {
    expectTypeOf<"listener.failed">().toExtend<EventType>();
    expectTypeOf<"catalogue-test.pinged">().toExtend<EventType>();
    expectTypeOf<"catalogue-test.relayed">().toExtend<EventType>();
    expectTypeOf<"catalogue-test.unknown">().not.toExtend<EventType>();
    expectTypeOf<EventCatalogue["listener.failed"]>().toEqualTypeOf<ListenerFailedData>();
  });

  it("types emit and listeners by the event type", () => {
    const b = bus();
    const seen: number[] = [];
    b.on("catalogue-test.pinged", (event) => {
      expectTypeOf(event).toEqualTypeOf<KommuneEvent<"catalogue-test.pinged">>();
      expectTypeOf(event.data).toEqualTypeOf<{ readonly count: number }>();
      seen.push(event.data.count);
    });
    const event = b.emit("catalogue-test.pinged", { count: 3 });
    expectTypeOf(event.type).toEqualTypeOf<"catalogue-test.pinged">();
    expect(seen).toEqual([3]);
    expect(b.emit("catalogue-test.relayed", { note: "via the barrel" }).data.note).toBe("via the barrel");
  });

  it("rejects an unknown event type and wrong data at compile time", () => {
    const b = bus();
    // @ts-expect-error an event type nobody declared
    b.emit("catalogue-test.unknown", { count: 1 });
    // @ts-expect-error an event type nobody declared
    b.on("catalogue-test.unknown", () => {});
    // @ts-expect-error data of the wrong type
    b.emit("catalogue-test.pinged", { count: "1" });
    // @ts-expect-error data that lacks a field
    b.emit("catalogue-test.pinged", {});
    // @ts-expect-error data of another event
    b.emit("catalogue-test.pinged", { note: "x" });
    // @ts-expect-error a listener for other data
    b.on("catalogue-test.pinged", (event: KommuneEvent<"catalogue-test.relayed">) => void event.data.note);
    expect(b.listenerCount()).toBeGreaterThan(0); // the lines above ran; only their types were wrong
  });

  it("narrows any event's data by its type", () => {
    const b = bus();
    const notes: string[] = [];
    b.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<AnyKommuneEvent>();
      if (event.type === "catalogue-test.relayed") {
        expectTypeOf(event.data).toEqualTypeOf<{ readonly note: string }>();
        notes.push(event.data.note);
      }
    });
    b.emit("catalogue-test.pinged", { count: 1 });
    b.emit("catalogue-test.relayed", { note: "narrowed" });
    expect(notes).toEqual(["narrowed"]);
  });
});
