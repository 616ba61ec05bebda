import { describe, expect, it } from "vitest";
import { safeValidate } from "../validation/validate.js";
import fc from "fast-check";
import { INTERACTION_TRIAGE_LIMITS, InteractionSchema, InteractionTriageResultSchema } from "./interaction.js";
import { expectCatalogueIssue, issueAt, parsed, validInteraction } from "./test-support.js";

describe("InteractionSchema", () => {
  it("accepts an interaction, normalises its instants and defaults the status", () => {
    const { status: _, ...withoutStatus } = validInteraction;
    const interaction = parsed(InteractionSchema, withoutStatus);
    expect(interaction.receivedAt).toBe("2027-06-10T07:30:00.000Z");
    expect(interaction.firstResponseAt).toBe("2027-06-10T09:05:00.000Z");
    expect(interaction.status).toBe("open");
  });

  it("accepts a response at the moment of receipt", () => {
    expect(parsed(InteractionSchema, { ...validInteraction, firstResponseAt: "2027-06-10T07:30:00Z" }).firstResponseAt).toBe("2027-06-10T07:30:00.000Z");
  });

  it("rejects a first response before the receipt, comparing instants across offsets", () => {
    // 09:00+02:00 is 07:00Z, before the receipt at 07:30Z, though "09:00" > "07:30" as text.
    const input = { ...validInteraction, firstResponseAt: "2027-06-10T09:00:00+02:00", receivedAt: "2027-06-10T07:30:00Z" };
    expectCatalogueIssue(InteractionSchema, input, "firstResponseAt", "interaction.response-before-receipt", {
      firstResponseAt: "2027-06-10T07:00:00.000Z",
      receivedAt: "2027-06-10T07:30:00.000Z",
    });
  });

  it("rejects an unknown kind and an author without handle", () => {
    expect(issueAt(InteractionSchema, { ...validInteraction, kind: "like" }, "kind").de.code).toBe("invalid_value");
    expect(issueAt(InteractionSchema, { ...validInteraction, author: { displayName: "Erika" } }, "author.handle").de.code).toBe("invalid_type");
  });
});

describe("InteractionSchema: steps and triage", () => {
  it("still reads an interaction stored before revisions, assignments and triage existed", () => {
    const { status: _, ...old } = validInteraction;
    const interaction = parsed(InteractionSchema, { ...old, status: "closed" });
    expect(interaction.revision).toBeUndefined();
    expect(interaction).not.toHaveProperty("hidden");
    expect(interaction).not.toHaveProperty("triage");
  });

  it("keeps a hidden interaction's data with who hid it, when and why", () => {
    const hidden = { by: "anna", at: "2027-06-10T10:00:00+02:00", reason: "Beleidigung" };
    expect(parsed(InteractionSchema, { ...validInteraction, status: "hidden", hidden }).hidden).toEqual({ ...hidden, at: "2027-06-10T08:00:00.000Z" });
    expect(issueAt(InteractionSchema, { ...validInteraction, status: "hidden", hidden: { ...hidden, reason: "" } }, "hidden.reason").de.code).toBe("too_small");
    expect(issueAt(InteractionSchema, { ...validInteraction, status: "deleted" }, "status").de.code).toBe("invalid_value");
  });

  it("takes triage by producer within its limits, with messages naming the field", () => {
    const result = { at: "2027-06-10T10:00:00Z", labels: ["question"], score: 0.4, data: { model: "v3", spans: [[0, 4]], confident: true, note: null } };
    expect(parsed(InteractionSchema, { ...validInteraction, triage: { scoring: result, "@acme/lang": { at: result.at } } }).triage?.scoring?.labels).toEqual(["question"]);
    const many = Object.fromEntries(Array.from({ length: INTERACTION_TRIAGE_LIMITS.producers + 1 }, (_, i) => [`p${i}`, { at: result.at }]));
    expectCatalogueIssue(InteractionSchema, { ...validInteraction, triage: many }, "triage", "list.too-many", { field: "triage", count: 17, max: 16 });
    const deep = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } };
    expectCatalogueIssue(InteractionSchema, { ...validInteraction, triage: { scoring: { ...result, data: deep } } }, "triage.scoring.data", "options.too-large", {
      field: "triage.scoring.data",
      maxEntries: 200,
      maxTextLength: 4000,
      maxDepth: 6,
    });
    expect(issueAt(InteractionSchema, { ...validInteraction, triage: { scoring: { ...result, label: "x" } } }, "triage.scoring").de.code).toBe("unrecognized_keys");
    expect(issueAt(InteractionSchema, { ...validInteraction, triage: { "__proto__x": { at: result.at } } }, "triage.__proto__x").de.code).toBe("invalid_key");
  });

  it("keeps triage data as the store gives it back: -0 as 0 (found by the property below)", () => {
    const checked = safeValidate(InteractionTriageResultSchema, { at: "2027-06-10T10:00:00Z", data: { delta: -0, list: [-0] } });
    expect(checked.success && checked.data.data).toStrictEqual({ delta: 0, list: [0] });
  });

  it("refuses triage data that a store could not keep as JSON, whatever it is", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, maxDepth: 4 }), (data) => {
        const checked = safeValidate(InteractionTriageResultSchema, { at: "2027-06-10T10:00:00Z", data });
        if (!checked.success) return;
        // Whatever passed survives a trip through JSON unchanged.
        expect(JSON.parse(JSON.stringify(checked.data.data ?? null))).toEqual(checked.data.data ?? null);
      }),
    );
  });
});
