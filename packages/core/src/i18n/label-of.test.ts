import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InteractionStatusSchema, POST_STATES, REPLY_STATES, ROLES } from "../model/index.js";
import { POST_TRANSITIONS } from "../workflow/post-transitions.js";
import { REFUSAL_CODES } from "../workflow/refusal.js";
import { INTERACTION_TRANSITIONS } from "../workflow/interaction-transitions.js";
import { REPLY_TRANSITIONS } from "../workflow/reply-transitions.js";
import { KNOWN_AUDIT_ACTIONS } from "./audit-action-labels.js";
import { hasLabel, LABEL_KINDS, labelOf, labelsOf, type LabelKind } from "./label-of.js";
import { LOCALES } from "./locale.js";

// The SDK's own lists of values. A value added to one of them without words
// in German and English fails here.
const SDK_VALUES: { readonly [K in LabelKind]: readonly string[] } = {
  "post-state": POST_STATES,
  "post-action": Object.keys(POST_TRANSITIONS),
  "reply-state": REPLY_STATES,
  "reply-action": Object.keys(REPLY_TRANSITIONS),
  "interaction-status": InteractionStatusSchema.options,
  "interaction-action": Object.keys(INTERACTION_TRANSITIONS),
  "audit-action": KNOWN_AUDIT_ACTIONS,
  "refusal-code": REFUSAL_CODES,
  role: ROLES,
};

describe("labelOf", () => {
  it.each(LABEL_KINDS)("has words in German and English for every %s the SDK knows", (kind) => {
    for (const value of SDK_VALUES[kind]) {
      expect(hasLabel(kind, value), `${kind} ${value}`).toBe(true);
      for (const locale of LOCALES) {
        const label = labelOf(kind, value as never, locale);
        expect(label.trim(), `${kind} ${value} (${locale})`).not.toBe("");
        expect(label, `${kind} ${value} (${locale})`).not.toMatch(/[{}]/);
      }
    }
    // No words for values the SDK does not have (a renamed state would leave its old words behind).
    expect(labelsOf(kind).map((entry) => entry.value).sort()).toEqual([...SDK_VALUES[kind]].sort());
  });

  it("words values in German by default and in English on request", () => {
    expect(labelOf("post-state", "in-review")).toBe("in Prüfung");
    expect(labelOf("post-state", "in-review", "en")).toBe("in review");
    expect(labelOf("role", "approver")).toBe("Freigabe");
    expect(labelOf("role", "admin", "en")).toBe("administrator");
    expect(labelOf("reply-state", "sent")).toBe("gesendet");
    expect(labelOf("interaction-status", "answered", "en")).toBe("answered");
    expect(labelOf("interaction-status", "hidden")).toBe("ausgeblendet");
    expect(labelOf("interaction-action", "hide")).toBe("Nachricht ausblenden");
    expect(labelOf("interaction-action", "mark-answered", "en")).toBe("Mark as answered");
    expect(labelOf("refusal-code", "four-eyes")).toBe("Vier-Augen-Prinzip");
    expect(labelOf("post-action", "approve")).toBe("Freigeben");
    expect(labelOf("reply-action", "discard", "en")).toBe("Discard reply");
    expect(labelOf("audit-action", "post.approved")).toBe("Beitrag freigegeben");
    expect(labelOf("audit-action", "takedown.succeeded", "en")).toBe("post removed from the network");
  });

  it("gives back an audit action without words (a plugin's own) as it is, whatever it is", () => {
    expect(labelOf("audit-action", "poll.closed")).toBe("poll.closed");
    expect(hasLabel("audit-action", "poll.closed")).toBe(false);
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...LABEL_KINDS), fc.constantFrom(...LOCALES), (value, kind, locale) => {
        const label = labelOf(kind, value as never, locale);
        expect(typeof label).toBe("string");
        if (!hasLabel(kind, value)) expect(label).toBe(value);
      }),
    );
    // Names that every object inherits are no labels either.
    for (const value of ["toString", "constructor", "__proto__"]) expect(labelOf("post-state", value as never)).toBe(value);
  });

  it("lists every value with its words, in the SDK's order, for select boxes", () => {
    expect(labelsOf("role")).toEqual([
      { value: "editor", label: "Redaktion" },
      { value: "approver", label: "Freigabe" },
      { value: "admin", label: "Administration" },
      { value: "viewer", label: "Lesezugriff" },
    ]);
    expect(labelsOf("post-state", "en").map((entry) => entry.value)).toEqual([...POST_STATES]);
  });

  it("refuses a kind it does not know, naming the known ones", () => {
    expect(() => labelOf("post-status" as LabelKind, "draft" as never)).toThrow(/unknown kind "post-status"; known: post-state/);
    expect(() => labelsOf("toString" as LabelKind)).toThrow(/unknown kind "toString"/);
  });

  it("makes an unknown value of a closed kind a type error", () => {
    // Checked by the type checker; at run time the values come back as they are.
    // @ts-expect-error -- no such post state
    expect(labelOf("post-state", "deleted")).toBe("deleted");
    // @ts-expect-error -- "system" is no role of a team member
    expect(labelOf("role", "system")).toBe("system");
    // @ts-expect-error -- no such kind
    expect(() => labelOf("colour", "red")).toThrow();
    // Audit actions stay open: plugins write their own.
    expect(labelOf("audit-action", "poll.closed" as string)).toBe("poll.closed");
  });
});
