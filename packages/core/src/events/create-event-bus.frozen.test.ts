import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { createEventBus } from "./create-event-bus.js";
import type { KommuneEvent } from "./kommune-event.js";

declare module "./event-catalogue.js" {
  interface EventCatalogue {
    "frozen-test.published": {
      readonly postId: string;
      readonly channels: readonly string[];
      readonly meta: { readonly tags: readonly string[]; readonly nested: { readonly deep: readonly number[] } };
    };
    "frozen-test.anything": { readonly value: unknown };
  }
}

/** A mutable view, for listeners that try what they must not. */
type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };

function setup() {
  const bus = createEventBus({ source: "urn:kommune-sm:frozen-test", clock: new TestClock("2026-03-29T00:30:00Z"), idPrefix: "f" });
  const failures: KommuneEvent<"listener.failed">[] = [];
  bus.on("listener.failed", (event) => void failures.push(event));
  return { bus, failures };
}

const published = () => ({ postId: "post-1", channels: ["mastodon", "instagram"], meta: { tags: ["rathaus"], nested: { deep: [1, 2] } } });

/** Every object and array reachable from `value`, `value` included. */
function reachable(value: unknown, found: object[] = []): object[] {
  if (typeof value === "object" && value !== null) {
    found.push(value);
    for (const member of Object.values(value)) reachable(member, found);
  }
  return found;
}

describe("createEventBus: events are immutable", () => {
  it("turns a listener that rewrites the data into listener.failed; the listeners after it see the original", () => {
    const { bus, failures } = setup();
    const seenByEngine: string[] = [];
    bus.on("frozen-test.published", function rewritesPostId(event) {
      (event.data as Writable<typeof event.data>).postId = "post-666";
    });
    bus.on("frozen-test.published", (event) => void seenByEngine.push(event.data.postId));
    const event = bus.emit("frozen-test.published", published());
    expect(seenByEngine).toEqual(["post-1"]);
    expect(event.data.postId).toBe("post-1");
    expect(failures.map((f) => [f.data.listener, f.data.error.name])).toEqual([["rewritesPostId", "TypeError"]]);
  });

  it("refuses changes to the envelope: a changed, deleted or added attribute fails the listener", () => {
    const { bus, failures } = setup();
    const attempts: ((event: Writable<KommuneEvent<"frozen-test.published">> & Record<string, unknown>) => void)[] = [
      (event) => void (event.type = "post.approved" as never),
      (event) => void (event.subject = "post-2"),
      (event) => void delete (event as Partial<typeof event>).id,
      (event) => void (event.extension = "added"),
      (event) => void (event.data = published()),
    ];
    for (const attempt of attempts) bus.on("frozen-test.published", attempt as never);
    // The onAny listener runs after the others: what it sees is what they left.
    const seen: unknown[] = [];
    bus.onAny((event) => void (event.type === "frozen-test.published" && seen.push(JSON.parse(JSON.stringify(event)))));
    const event = bus.emit("frozen-test.published", published(), { subject: "post-1" });
    expect(failures).toHaveLength(attempts.length);
    expect(Object.isFrozen(event)).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      specversion: "1.0",
      id: "f-1",
      source: "urn:kommune-sm:frozen-test",
      type: "frozen-test.published",
      time: "2026-03-29T00:30:00.000Z",
      subject: "post-1",
      datacontenttype: "application/json",
      data: published(),
    });
  });

  it("freezes the arrays and objects nested in the data", () => {
    const { bus, failures } = setup();
    bus.on("frozen-test.published", (event) => void (event.data.channels as string[]).push("x"));
    bus.on("frozen-test.published", (event) => void ((event.data.meta as Writable<typeof event.data.meta>).tags = []));
    bus.on("frozen-test.published", (event) => void ((event.data.meta.nested.deep as number[])[0] = 9));
    bus.on("frozen-test.published", (event) => void (event.data.meta.tags as string[]).splice(0, 1));
    const event = bus.emit("frozen-test.published", published());
    expect(failures).toHaveLength(4);
    expect(event.data).toEqual(published());
  });

  it("freezes the data object the caller passed in, so a kept reference cannot change the event later", () => {
    const { bus } = setup();
    const data = published();
    const event = bus.emit("frozen-test.published", data);
    expect(event.data).toBe(data);
    expect(() => {
      data.channels.push("x");
    }).toThrow(TypeError);
    expect(() => {
      data.postId = "post-2";
    }).toThrow(TypeError);
  });

  it("freezes deeply also what the caller had frozen only shallowly", () => {
    const { bus } = setup();
    const data = Object.freeze(published());
    bus.emit("frozen-test.published", data);
    for (const value of reachable(data)) expect(Object.isFrozen(value)).toBe(true);
  });

  it("leaves the content as it was and freezes everything reachable, for any JSON data", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, frozenByCaller) => {
        const { bus, failures } = setup();
        const data = { value };
        if (frozenByCaller) Object.freeze(data);
        const before = JSON.stringify(data);
        bus.on("frozen-test.anything", (event) => void ((event.data as { value: unknown }).value = "changed"));
        const event = bus.emit("frozen-test.anything", data);
        expect(JSON.stringify(event.data)).toBe(before);
        for (const member of reachable(event)) expect(Object.isFrozen(member)).toBe(true);
        expect(failures).toHaveLength(1);
      }),
    );
  });

  it("freezes data that refers to one object twice, and data with a cycle", () => {
    const { bus } = setup();
    const shared = { deep: [1] };
    const cyclic: { value: unknown; self?: unknown } = { value: shared };
    cyclic.self = cyclic;
    bus.emit("frozen-test.anything", { value: [shared, shared] });
    bus.emit("frozen-test.anything", cyclic);
    expect(Object.isFrozen(shared.deep)).toBe(true);
    expect(Object.isFrozen(cyclic)).toBe(true);
  });

  it("freezes data nested far deeper than any event needs", () => {
    const { bus } = setup();
    let value: { next?: unknown } = {};
    const innermost = value;
    for (let level = 0; level < 5_000; level++) value = { next: value };
    bus.emit("frozen-test.anything", { value });
    expect(Object.isFrozen(innermost)).toBe(true);
  });

  it("refuses data it cannot freeze with an error naming where, and dispatches nothing", () => {
    const { bus } = setup();
    const calls: unknown[] = [];
    bus.onAny((event) => void calls.push(event));
    expect(() => bus.emit("frozen-test.anything", { value: { photos: [{ bytes: new Uint8Array(2) }] } })).toThrow(
      expect.objectContaining({ code: "CORE_INVALID_ARGUMENT", message: expect.stringContaining("data.value.photos[0].bytes") }),
    );
    expect(calls).toEqual([]);
    expect(bus.emit("frozen-test.anything", { value: 1 }).id).toBe("f-1");
  });
});
