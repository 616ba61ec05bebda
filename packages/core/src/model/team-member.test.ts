import { describe, expect, it } from "vitest";
import { TeamMemberSchema } from "./team-member.js";
import { issueAt, parsed, validTeamMember } from "./test-support.js";

describe("TeamMemberSchema", () => {
  it("accepts a member and fills in competencies and active", () => {
    const member = parsed(TeamMemberSchema, validTeamMember);
    expect(member).toMatchObject({ id: "jonas-weber", roles: ["editor"], competencies: [], active: true });
  });

  it("gives every member its own competencies array", () => {
    const { email: _, ...withoutEmail } = validTeamMember;
    expect(parsed(TeamMemberSchema, withoutEmail).competencies).not.toBe(parsed(TeamMemberSchema, withoutEmail).competencies);
  });

  it("requires at least one role", () => {
    const { de, en } = issueAt(TeamMemberSchema, { ...validTeamMember, roles: [] }, "roles");
    expect(de.message).toMatch(/Zu klein/);
    expect(en.message).toMatch(/Too small/);
  });

  it("rejects an unknown role at its index", () => {
    const { de, en } = issueAt(TeamMemberSchema, { ...validTeamMember, roles: ["editor", "mayor"] }, "roles[1]");
    expect(de.message).toMatch(/Ungültige Option/);
    expect(en.message).toMatch(/Invalid option/);
  });

  it("rejects a malformed e-mail address", () => {
    const { de, en } = issueAt(TeamMemberSchema, { ...validTeamMember, email: "jonas.weber(at)musterstadt.example" }, "email");
    expect(de.message).toMatch(/E-Mail/);
    expect(en.message).toMatch(/email/i);
  });
});
