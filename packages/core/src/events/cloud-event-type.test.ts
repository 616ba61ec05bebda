import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TestClock } from "../clock/test-clock.js";
import { KommuneError } from "../errors/kommune-error.js";
import { createKommune } from "../host/create-kommune.js";
import { createMemoryStore } from "../store/memory-store.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { createEventBus } from "./create-event-bus.js";
import type { AnyKommuneEvent } from "./kommune-event.js";

const source = "urn:kommune-sm:ags:09162000";
const clock = new TestClock("2026-08-01T08:00:00Z");

describe("CloudEvents type prefix", () => {
  it("writes <prefix>.<type> on the wire while listeners subscribe and narrow by the catalogue's names", () => {
    const bus = createEventBus({ source, clock, typePrefix: "de.kommune-sm", idPrefix: "t" });
    const seen: AnyKommuneEvent[] = [];
    bus.on("listener.failed", (event) => void seen.push(event));
    bus.onAny((event) => {
      if (event.type === "listener.failed") seen.push(event);
    });
    const event = bus.emit("listener.failed", { eventType: "post.approved", eventId: "e1", listener: "mail", error: { name: "Error", message: "down" } }, { subject: "p1" });
    expect(seen).toHaveLength(2);
    expect(event.type).toBe("listener.failed");
    const wire = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
    expect(wire).toEqual({
      specversion: "1.0",
      id: "t-1",
      source,
      type: "de.kommune-sm.listener.failed",
      time: "2026-08-01T08:00:00.000Z",
      subject: "p1",
      datacontenttype: "application/json",
      data: { eventType: "post.approved", eventId: "e1", listener: "mail", error: { name: "Error", message: "down" } },
    });
    // The envelope's own keys are the CloudEvents attributes, nothing more.
    expect(Object.keys(event)).toEqual(["specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data"]);
    expect(Object.isFrozen(event)).toBe(true);
  });

  it("writes the catalogue's name unchanged without a prefix", () => {
    const bus = createEventBus({ source, clock });
    const event = bus.emit("listener.failed", { eventType: "x", eventId: "e1", listener: "l", error: { name: "Error", message: "m" } });
    expect(JSON.parse(JSON.stringify(event)).type).toBe("listener.failed");
  });

  it("refuses a prefix that is not a reverse-DNS name, saying what is wrong", () => {
    const refused = (typePrefix: unknown) => () => createEventBus({ source, typePrefix: typePrefix as string });
    expect(refused("")).toThrow(/typePrefix.*must not be empty/);
    expect(refused("de.kommune-sm.")).toThrow(/without the dot at the end: the bus adds it/);
    expect(refused("kommune")).toThrow(/at least two labels/);
    expect(refused("De.Kommune-SM")).toThrow(/lower case/);
    expect(refused("de..kommune")).toThrow(/empty label/);
    expect(refused("de.-kommune")).toThrow(/label "-kommune"/);
    expect(refused("de.kommune sm")).toThrow(/label "kommune sm"/);
    expect(refused("1de.kommune")).toThrow(/starts with a letter/);
    expect(refused(42)).toThrow(/must be a string/);
    for (const typePrefix of ["", "de.", "x"]) {
      expect(refused(typePrefix)).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    }
  });

  it("accepts every reverse-DNS name of lower-case labels", () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const prefix = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), fc.array(label, { minLength: 1, maxLength: 4 })).map(([first, rest]) => [first, ...rest].join("."));
    fc.assert(
      fc.property(prefix, (typePrefix) => {
        const bus = createEventBus({ source, clock, typePrefix });
        const event = bus.emit("listener.failed", { eventType: "x", eventId: "e1", listener: "l", error: { name: "Error", message: "m" } });
        expect(JSON.parse(JSON.stringify(event)).type).toBe(`${typePrefix}.listener.failed`);
      }),
    );
  });

  it("is an option of createKommune: the workflow's events go out prefixed, listeners keep the catalogue's names", async () => {
    const ksm = await createKommune({ organisation: fixtureOrganisation("musterstadt"), clock, eventTypePrefix: "de.musterstadt.social" });
    await ksm.store.teamMembers.insert({ id: "anna", organisationId: "musterstadt", name: "Anna", roles: ["editor"], competencies: [], active: true });
    const wire: string[] = [];
    const typed: string[] = [];
    ksm.bus.onAny((event) => void wire.push(JSON.stringify(event)));
    ksm.bus.on("post.created", (event) => void typed.push(event.type));
    const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag" }, "anna");
    expect(created.ok).toBe(true);
    expect(typed).toEqual(["post.created"]);
    expect(JSON.parse(wire[0]!).type).toBe("de.musterstadt.social.post.created");
    await ksm.dispose();
  });

  it("refuses a bad prefix in createKommune before anything is stored", async () => {
    const store = createMemoryStore();
    await expect(createKommune({ organisation: fixtureOrganisation("musterstadt"), store, eventTypePrefix: "Kommune" })).rejects.toSatisfy(
      (error) => KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT") && /eventTypePrefix/.test((error as Error).message),
    );
    expect(await store.organisations.list()).toEqual([]);
  });
});
