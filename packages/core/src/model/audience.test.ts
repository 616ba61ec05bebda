import { describe, expect, it } from "vitest";
import { AudienceSchema } from "./audience.js";
import { expectCatalogueIssue, issueAt, parsed, validAudience } from "./test-support.js";

describe("AudienceSchema", () => {
  it("accepts an audience, also one without age bands", () => {
    expect(parsed(AudienceSchema, validAudience)).toEqual(validAudience);
    expect(parsed(AudienceSchema, { ...validAudience, ageBands: [] }).ageBands).toEqual([]);
  });

  it("rejects an age band whose maximum is below its minimum, on max", () => {
    const input = { ...validAudience, ageBands: [{ min: 14, max: 29 }, { min: 65, max: 50 }] };
    expectCatalogueIssue(AudienceSchema, input, "ageBands[1].max", "age-band.order", { min: 65, max: 50 });
    expect(issueAt(AudienceSchema, input, "ageBands[1].max").de.message).toBe("Das Höchstalter (50) liegt unter dem Mindestalter (65).");
  });

  it("keeps ages within 0 to 120 whole years", () => {
    expect(issueAt(AudienceSchema, { ...validAudience, ageBands: [{ min: 0, max: 121 }] }, "ageBands[0].max").de.code).toBe("too_big");
    expect(issueAt(AudienceSchema, { ...validAudience, ageBands: [{ min: -1, max: 10 }] }, "ageBands[0].min").de.code).toBe("too_small");
    expect(issueAt(AudienceSchema, { ...validAudience, ageBands: [{ min: 17.5, max: 30 }] }, "ageBands[0].min").de.code).toBe("invalid_type");
  });

  it("rejects a negative or fractional estimated size", () => {
    expect(issueAt(AudienceSchema, { ...validAudience, estimatedSize: -1 }, "estimatedSize").en.message).toMatch(/Too small/);
    expect(issueAt(AudienceSchema, { ...validAudience, estimatedSize: 2.5 }, "estimatedSize").de.code).toBe("invalid_type");
  });
});
