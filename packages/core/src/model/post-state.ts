import { z } from "zod";

/**
 * The states of a post in the editorial workflow:
 * `draft → in-review → approved → scheduled → publishing → published`, with
 * `rejected` (sent back with a reason, edited again as a draft) and
 * `withdrawn` (taken back, before or after publishing). Which transitions are
 * allowed, and for which roles, is the workflow's business.
 */
export const POST_STATES = ["draft", "in-review", "approved", "scheduled", "publishing", "published", "rejected", "withdrawn"] as const;

/** One of {@link POST_STATES}. */
export const PostStateSchema = z.enum(POST_STATES);

/** A post state, see {@link POST_STATES}. */
export type PostState = z.infer<typeof PostStateSchema>;
