import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { createEventBus } from "./create-event-bus.js";
import type { EventListener } from "./event-bus.js";
import type { KommuneEvent } from "./kommune-event.js";

declare module "./event-catalogue.js" {
  interface EventCatalogue {
    "property-test.emitted": { readonly n: number };
  }
}

type Behaviour = "returns" | "throws" | "resolves" | "rejects";
const behaviours: readonly Behaviour[] = ["returns", "throws", "resolves", "rejects"];

/** A listener with a function name, so that listener.failed can be traced back to it. */
function named(name: string, body: EventListener<"property-test.emitted">): EventListener<"property-test.emitted"> {
  return Object.defineProperty(body, "name", { value: name });
}

describe("EventBus properties", () => {
  it("calls every listener once in order, returns the envelope, and reports each failing listener exactly once", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...behaviours), { maxLength: 24 }),
        fc.integer(),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        async (plan, n, subject) => {
          const bus = createEventBus({ source: "urn:kommune-sm:property", clock: new TestClock(), idPrefix: "p" });
          const failures: KommuneEvent<"listener.failed">[] = [];
          bus.on("listener.failed", (event) => void failures.push(event));
          const calls: number[] = [];
          const received: unknown[] = [];
          plan.forEach((behaviour, index) => {
            bus.on(
              "property-test.emitted",
              named(`listener${index}`, (event) => {
                calls.push(index);
                received.push(event);
                switch (behaviour) {
                  case "returns":
                    return;
                  case "throws":
                    throw new Error(`thrown by ${index}`);
                  case "resolves":
                    return Promise.resolve();
                  case "rejects":
                    return Promise.reject(new Error(`rejected by ${index}`));
                }
              }),
            );
          });

          const event = bus.emit("property-test.emitted", { n }, subject === undefined ? undefined : { subject });

          expect(calls).toEqual(plan.map((_, index) => index));
          expect(event).toMatchObject({ specversion: "1.0", source: "urn:kommune-sm:property", type: "property-test.emitted", data: { n } });
          expect(event.subject).toBe(subject);
          for (const seen of received) expect(seen).toBe(event);
          const failing = (kinds: readonly Behaviour[]) => plan.flatMap((b, index) => (kinds.includes(b) ? [`listener${index}`] : []));
          // A throw is reported before emit returns, a rejection only later.
          expect(failures.map((f) => f.data.listener)).toEqual(failing(["throws"]));

          await bus.settled();
          expect(failures.map((f) => f.data.listener).sort()).toEqual(failing(["throws", "rejects"]).sort());
          for (const failure of failures) {
            expect(failure.data.eventId).toBe(event.id);
            expect(failure.data.eventType).toBe("property-test.emitted");
          }
          expect(new Set([event.id, ...failures.map((f) => f.id)]).size).toBe(failures.length + 1);
        },
      ),
    );
  });

  // Any sequence of on / once / off / unsubscribe / emit against a model: a
  // list of live registrations in registration order, once ones dropped when fired.
  it("delivers exactly what a model of live registrations predicts", () => {
    const command = fc.oneof(
      fc.record({ kind: fc.constant("on" as const), listener: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("once" as const), listener: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("off" as const), listener: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant("unsubscribe" as const), registration: fc.nat() }),
      fc.record({ kind: fc.constant("emit" as const), reentrant: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const bus = createEventBus({ source: "urn:kommune-sm:model", clock: new TestClock(), idPrefix: "m" });
        const actual: string[] = [];
        let reentrant = false;
        const listeners = [0, 1, 2, 3].map((key) => (event: KommuneEvent<"property-test.emitted">) => {
          actual.push(`${key}@${event.data.n}`);
          // The first listener of a re-entrant emit emits once more from inside.
          if (reentrant) {
            reentrant = false;
            bus.emit("property-test.emitted", { n: event.data.n + 1_000 });
          }
        });
        type Model = { key: number; once: boolean; live: boolean; unsubscribe: () => void };
        const model: Model[] = [];
        const expected: string[] = [];
        let emits = 0;
        const fire = (n: number, nested: boolean) => {
          // What a listener sees is fixed when it is its turn: a nested emit runs
          // to its end in between, and may use up once registrations.
          for (const registration of model) {
            if (!registration.live) continue;
            if (registration.once) registration.live = false;
            expected.push(`${registration.key}@${n}`);
            if (nested) {
              nested = false;
              fire(n + 1_000, false);
            }
          }
        };

        for (const c of commands) {
          if (c.kind === "on" || c.kind === "once") {
            const registration: Model = { key: c.listener, once: c.kind === "once", live: true, unsubscribe: () => {} };
            const unsubscribe = bus[c.kind]("property-test.emitted", listeners[c.listener]!);
            registration.unsubscribe = () => {
              unsubscribe();
              registration.live = false;
            };
            model.push(registration);
          } else if (c.kind === "off") {
            bus.off("property-test.emitted", listeners[c.listener]!);
            for (const registration of model) if (registration.key === c.listener) registration.live = false;
          } else if (c.kind === "unsubscribe") {
            if (model.length > 0) model[c.registration % model.length]!.unsubscribe();
          } else {
            emits++;
            reentrant = c.reentrant;
            fire(emits, c.reentrant);
            bus.emit("property-test.emitted", { n: emits });
            reentrant = false;
          }
          expect(bus.listenerCount("property-test.emitted")).toBe(model.filter((r) => r.live).length);
        }
        expect(actual).toEqual(expected);
      }),
    );
  });
});
