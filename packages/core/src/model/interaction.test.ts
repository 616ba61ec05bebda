import { describe, expect, it } from "vitest";
import { InteractionSchema } from "./interaction.js";
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
