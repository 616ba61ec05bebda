import { describe, expect, it } from "vitest";
import { describeImprintFinding } from "./describe-imprint-finding.js";
import { imprintMessages } from "./imprint-messages.js";

const expected = ["https://www.musterstadt.example/impressum", "https://www.stadtwerke.example/impressum"];
const checkedAt = "2027-07-01T06:30:00.000Z";

describe("describeImprintFinding", () => {
  it("says in German and English what was found, naming every imprint that would do", () => {
    expect(describeImprintFinding({ status: "missing", expected, checkedAt }, "de")).toBe(
      "Auf dem Profil fehlt der Link zum Impressum. Jedes amtliche Profil muss das Impressum verlinken: bitte https://www.musterstadt.example/impressum oder https://www.stadtwerke.example/impressum im Profil eintragen.",
    );
    expect(describeImprintFinding({ status: "wrong", link: "https://alt.example/impressum", expected: expected.slice(0, 1), checkedAt }, "en")).toBe(
      "The link marked as the imprint on the profile (https://alt.example/impressum) does not lead to the imprint. It should be https://www.musterstadt.example/impressum.",
    );
    expect(describeImprintFinding({ status: "ok", link: expected[0], expected, checkedAt }, "de")).toBe("Das Profil verlinkt das Impressum (https://www.musterstadt.example/impressum).");
  });

  it("says for an unreadable profile why, and what the last readable check found, in local time", () => {
    const unreadable = { status: "unreadable" as const, reason: "authentication" as const, expected, checkedAt, lastKnown: { status: "ok" as const, link: expected[0], checkedAt: "2027-06-30T06:30:00.000Z", since: "2027-01-01T00:00:00.000Z" } };
    expect(describeImprintFinding(unreadable, "de")).toBe(
      "Das Profil konnte bei der Prüfung am 01.07.2027, 08:30 nicht gelesen werden: der Zugang zum Konto ist abgelaufen oder widerrufen; bitte das Konto neu verbinden. " +
        "Bei der letzten gelungenen Prüfung am 30.06.2027, 08:30 war das Impressum verlinkt; ob das noch so ist, ist offen.",
    );
    expect(describeImprintFinding({ ...unreadable, lastKnown: undefined }, "en", { timeZone: "UTC" })).toBe(
      "The profile could not be read at the check on 2027-07-01 06:30: the account's access expired or was revoked; please reconnect the account. " +
        "Whether the profile links the imprint has never been established. Please check it by hand.",
    );
  });

  it("has a text for every reason in both languages", () => {
    for (const reason of ["retryable", "rate-limited", "authentication", "rejected-content", "not-found", "unsupported", "permanent", "timeout", "malformed-profile", "credentials-missing", "credentials-invalid", "adapter-defect", "no-adapter", "failed"]) {
      expect(imprintMessages.has(`reason.${reason}`), reason).toBe(true);
    }
  });
});
