import { z } from "zod";
import { IdSchema } from "./common.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";

/**
 * What a team member may do in the editorial workflow:
 * - `editor` writes and submits posts and replies;
 * - `approver` approves or rejects what others wrote (four eyes);
 * - `admin` manages channels, team and strategy, and may override a quiet period with a reason;
 * - `viewer` reads, e.g. the mayor's office or the data-protection officer.
 */
export const ROLES = ["editor", "approver", "admin", "viewer"] as const;

/** One of {@link ROLES}. */
export const RoleSchema = z.enum(ROLES);

/** A role, see {@link ROLES}. */
export type Role = z.infer<typeof RoleSchema>;

/**
 * A person in the town hall who works on social media. Holds no login data:
 * authentication belongs to the application that embeds the SDK, which maps
 * its users to team member ids.
 */
export const TeamMemberSchema = z.object({
  /** Id of the team member; the application maps its user accounts to it. */
  id: IdSchema,
  /** The organisation the member works for. */
  organisationId: IdSchema,
  /** Full name, shown in the audit log and in approval requests. */
  name: textField(200, 1),
  /** Work e-mail address for notifications; optional. */
  email: z.email().max(254).optional(),
  /** What the member may do; at least one role. */
  roles: limitedList(z.array(RoleSchema).min(1), LIST_LIMITS.tags),
  /** Free-form skills for staffing and training plans, e.g. "video", "Leichte Sprache". */
  competencies: limitedList(z.array(textField(100, 1)), LIST_LIMITS.tags).default(() => []),
  /** Inactive members keep their history but can do nothing. Default true. */
  active: z.boolean().default(true),
});

/** A team member as stored, with defaults applied; see {@link TeamMemberSchema}. */
export type TeamMember = z.infer<typeof TeamMemberSchema>;
/** A team member as accepted by {@link TeamMemberSchema}, before defaults. */
export type TeamMemberInput = z.input<typeof TeamMemberSchema>;
