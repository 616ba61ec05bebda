import { describe, expect, it } from "vitest";
import { CampaignSchema } from "./campaign.js";
import { expectCatalogueIssue, issueAt, parsed, validCampaign } from "./test-support.js";

describe("CampaignSchema", () => {
  it("accepts a campaign and defaults its lists", () => {
    expect(parsed(CampaignSchema, validCampaign)).toEqual({ ...validCampaign, goalIds: [] });
  });

  it("allows an open start or end", () => {
    const { endDate: _, ...openEnded } = validCampaign;
    expect(parsed(CampaignSchema, openEnded).endDate).toBeUndefined();
  });

  it("rejects an end before the start, on endDate", () => {
    expectCatalogueIssue(CampaignSchema, { ...validCampaign, endDate: "2027-05-14" }, "endDate", "date-range.order", {
      start: "2027-05-15",
      end: "2027-05-14",
    });
  });

  it("rejects an empty name", () => {
    expect(issueAt(CampaignSchema, { ...validCampaign, name: "" }, "name").en.message).toMatch(/Too small/);
  });
});
