import { hasLabel, KNOWN_AUDIT_ACTIONS, LOCALES } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { ACTIVE_DELIVERY_STATES, FINAL_DELIVERY_STATES, WAITING_DELIVERY_STATES, type DeliveryKind, type DeliveryState } from "./delivery.js";
import { deliveryKindLabel, deliveryStateLabel, deliveryStateLabels, postDeliveryStates } from "./delivery-labels.js";
import { DELIVERY_TRANSITIONS, deliveryAuditAction, type DeliveryAction } from "./delivery-transitions.js";

// Every state is active, final or waiting. (That every state of the type
// has words in both languages, the type checker sees in delivery-labels.ts.)
const STATES = [...ACTIVE_DELIVERY_STATES, ...FINAL_DELIVERY_STATES, ...WAITING_DELIVERY_STATES];
const KINDS: readonly DeliveryKind[] = ["post", "takedown", "reply"];

describe("delivery labels", () => {
  it("has words in German and English for every delivery state, of either kind", () => {
    expect(deliveryStateLabels().map((entry) => entry.value).sort()).toEqual([...STATES].sort());
    for (const state of STATES) {
      expect(postDeliveryStates.has(state), state).toBe(true);
      for (const kind of KINDS) {
        for (const locale of LOCALES) expect(deliveryStateLabel(state, locale, kind).trim(), `${kind} ${state} (${locale})`).not.toBe("");
        // German words, not the id.
        expect(deliveryStateLabel(state, "de", kind)).not.toBe(state);
      }
    }
  });

  it("words states as the demo's outbox does, a takedown's success as removal", () => {
    expect(deliveryStateLabel("in-flight")).toBe("wird gesendet");
    expect(deliveryStateLabel("retrying", "en")).toBe("retry planned");
    expect(deliveryStateLabel("succeeded")).toBe("veröffentlicht");
    expect(deliveryStateLabel("succeeded", "de", "takedown")).toBe("entfernt");
    expect(deliveryStateLabel("succeeded", "en", "takedown")).toBe("removed");
    expect(deliveryStateLabel("failed", "de", "takedown")).toBe("fehlgeschlagen");
    expect(deliveryStateLabels("de", "takedown").find((entry) => entry.value === "succeeded")?.label).toBe("entfernt");
    expect(deliveryKindLabel("takedown")).toBe("Löschung");
    expect(deliveryKindLabel("post", "en")).toBe("post");
  });

  it("gives back a state without words as it is", () => {
    expect(deliveryStateLabel("archived" as DeliveryState)).toBe("archived");
    expect(deliveryStateLabel("toString" as DeliveryState, "de", "takedown")).toBe("toString");
  });

  it("has core's words for every audit action the publishing engine writes", () => {
    // What the outbox's audited steps write, for both kinds, what creating a
    // takedown writes, and the publishing switch.
    const audited = (Object.keys(DELIVERY_TRANSITIONS) as DeliveryAction[]).filter((action) => DELIVERY_TRANSITIONS[action].audited);
    const written = new Set([
      ...KINDS.flatMap((kind) => audited.map((action) => deliveryAuditAction(kind, action, DELIVERY_TRANSITIONS[action].to))),
      "takedown.scheduled",
      "takedown.blocked",
      "reply-delivery.scheduled",
      "publishing.paused",
      "publishing.resumed",
    ]);
    for (const action of written) {
      expect(hasLabel("audit-action", action), action).toBe(true);
      expect(KNOWN_AUDIT_ACTIONS as readonly string[]).toContain(action);
    }
  });
});
