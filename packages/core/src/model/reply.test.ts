import { describe, expect, it } from "vitest";
import { REPLY_STATES, ReplySchema } from "./reply.js";
import { issueAt, parsed, validReply } from "./test-support.js";

describe("ReplySchema", () => {
  it("accepts a reply in every state", () => {
    for (const state of REPLY_STATES) expect(parsed(ReplySchema, { ...validReply, state }).state).toBe(state);
  });

  it("normalises its instants", () => {
    expect(parsed(ReplySchema, { ...validReply, sentAt: "2027-06-10T11:05:00+02:00" }).sentAt).toBe("2027-06-10T09:05:00.000Z");
  });

  it("rejects an unknown state, an empty text and revision 0", () => {
    expect(issueAt(ReplySchema, { ...validReply, state: "published" }, "state").en.message).toMatch(/Invalid option/);
    expect(issueAt(ReplySchema, { ...validReply, text: "" }, "text").de.message).toMatch(/Zu klein/);
    expect(issueAt(ReplySchema, { ...validReply, revision: 0 }, "revision").de.code).toBe("too_small");
  });
});
