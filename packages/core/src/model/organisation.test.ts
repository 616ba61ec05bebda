import { describe, expect, it } from "vitest";
import { FEDERAL_STATES, federalStateByAgsPrefix, federalStateByCode } from "./federal-state.js";
import { OrganisationSchema } from "./organisation.js";
import { expectCatalogueIssue, issueAt, issuesOf, parsed, validOrganisation } from "./test-support.js";

describe("FEDERAL_STATES", () => {
  it("lists the 16 Länder with their AGS prefixes 01 to 16", () => {
    expect(FEDERAL_STATES.map((state) => `${state.agsPrefix} ${state.code}`)).toEqual([
      "01 SH", "02 HH", "03 NI", "04 HB", "05 NW", "06 HE", "07 RP", "08 BW",
      "09 BY", "10 SL", "11 BE", "12 BB", "13 MV", "14 SN", "15 ST", "16 TH",
    ]);
    expect(federalStateByCode("BW").name).toBe("Baden-Württemberg");
    expect(federalStateByAgsPrefix("14")?.name).toBe("Sachsen");
    expect(federalStateByAgsPrefix("17")).toBeUndefined();
  });
});

describe("OrganisationSchema", () => {
  it("accepts a Kommune and fills in the defaults", () => {
    const organisation = parsed(OrganisationSchema, validOrganisation);
    expect(organisation).toMatchObject({ ags: "09162000", federalState: "BY", timeZone: "Europe/Berlin", addressForm: "sie", locale: "de" });
    expect(organisation.settings).toEqual({ fourEyes: { posts: true, replies: false } });
  });

  it("keeps given settings and fills the missing half of fourEyes", () => {
    const organisation = parsed(OrganisationSchema, { ...validOrganisation, settings: { fourEyes: { replies: true } } });
    expect(organisation.settings.fourEyes).toEqual({ posts: true, replies: true });
  });

  it("hands every organisation its own settings object", () => {
    const a = parsed(OrganisationSchema, validOrganisation);
    const b = parsed(OrganisationSchema, validOrganisation);
    expect(a.settings).not.toBe(b.settings);
    expect(a.settings.fourEyes).not.toBe(b.settings.fourEyes);
  });

  it("accepts an AGS whose prefix matches the federal state, for every Land", () => {
    for (const state of FEDERAL_STATES) {
      expect(parsed(OrganisationSchema, { ...validOrganisation, ags: `${state.agsPrefix}123456`, federalState: state.code }).ags).toBe(
        `${state.agsPrefix}123456`,
      );
    }
  });

  it("rejects an AGS of another federal state on the field ags, naming both states", () => {
    const input = { ...validOrganisation, ags: "05162000", federalState: "BY" };
    expectCatalogueIssue(OrganisationSchema, input, "ags", "ags.state-mismatch", {
      prefix: "05",
      agsState: "Nordrhein-Westfalen",
      federalState: "Bayern (BY)",
    });
    const { de, en } = issueAt(OrganisationSchema, input, "ags");
    expect(de.message).toBe("Der AGS beginnt mit 05 (Nordrhein-Westfalen), das Bundesland ist aber Bayern (BY).");
    expect(en.message).toContain("federal state is Bayern (BY)");
  });

  it("rejects an AGS that is not exactly 8 digits", () => {
    for (const ags of ["0916200", "091620000", "09 162 000", "O9162000", ""]) {
      expectCatalogueIssue(OrganisationSchema, { ...validOrganisation, ags }, "ags", "ags.format");
    }
    expect(issueAt(OrganisationSchema, { ...validOrganisation, ags: "0916200" }, "ags").de.message).toBe(
      "Der Amtliche Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.",
    );
  });

  it("rejects an AGS whose prefix is no federal state", () => {
    expectCatalogueIssue(OrganisationSchema, { ...validOrganisation, ags: "17162000" }, "ags", "ags.state-unknown", { prefix: "17" });
    expectCatalogueIssue(OrganisationSchema, { ...validOrganisation, ags: "00000000" }, "ags", "ags.state-unknown", { prefix: "00" });
  });

  it("reports a wrong AGS together with the other wrong fields", () => {
    const issues = issuesOf(OrganisationSchema, { ...validOrganisation, ags: "05162000", name: "", population: -1 });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["ags", "name", "population"]);
  });

  it("does not compare the AGS with a federal state that is itself invalid", () => {
    const issues = issuesOf(OrganisationSchema, { ...validOrganisation, ags: "05162000", federalState: "Bayern" });
    expect(issues.map((issue) => issue.path)).toEqual(["federalState"]);
  });

  it("rejects an unknown time zone, kind, locale and a negative or fractional population", () => {
    expectCatalogueIssue(OrganisationSchema, { ...validOrganisation, timeZone: "Europe/Musterstadt" }, "timeZone", "time-zone.unknown", {
      value: "Europe/Musterstadt",
    });
    expect(issueAt(OrganisationSchema, { ...validOrganisation, kind: "dorf" }, "kind").de.code).toBe("invalid_value");
    expect(issueAt(OrganisationSchema, { ...validOrganisation, locale: "fr" }, "locale").de.code).toBe("invalid_value");
    expect(issueAt(OrganisationSchema, { ...validOrganisation, population: -5 }, "population").de.code).toBe("too_small");
    expect(issueAt(OrganisationSchema, { ...validOrganisation, population: 10.5 }, "population").de.code).toBe("invalid_type");
  });

  it("requires an imprint URL over http(s)", () => {
    const { imprintUrl: _, ...withoutImprint } = validOrganisation;
    const missing = issueAt(OrganisationSchema, withoutImprint, "imprintUrl");
    expect(missing.de.message).toMatch(/erwartet string/);
    expect(missing.en.message).toMatch(/expected string/);
    expect(issueAt(OrganisationSchema, { ...validOrganisation, imprintUrl: "javascript:void(0)" }, "imprintUrl").de.code).toBe("invalid_format");
  });

  it("reports a wrong four-eyes setting with its full path", () => {
    const { de, en } = issueAt(OrganisationSchema, { ...validOrganisation, settings: { fourEyes: { posts: "ja" } } }, "settings.fourEyes.posts");
    expect(de.message).toMatch(/erwartet boolean/);
    expect(en.message).toMatch(/expected boolean/);
  });
});
