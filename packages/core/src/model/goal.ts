import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { IdSchema, LocalDateSchema } from "./common.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/**
 * A SMART goal of the social-media strategy: Specific (`statement`),
 * Measurable (`kpiId`, `baseline`, `target`), Achievable and Relevant (for the
 * team to judge), Time-bound (`deadline`), with an owner who answers for it.
 * `target` must differ from `baseline`; whether up or down is better follows
 * from the KPI's `better`.
 *
 * @example
 * ```ts
 * validate(GoalSchema, {
 *   id: "antwortzeit", statement: "Bürgeranfragen schneller beantworten",
 *   kpiId: "median-first-response-hours", baseline: 30, target: 8,
 *   deadline: "2027-12-31", ownerId: "anna-becker",
 * });
 * ```
 */
export const GoalSchema = z
  .object({
    /** Id of the goal. */
    id: IdSchema,
    /** What is to be achieved, in one sentence, e.g. "Mehr jüngere Menschen über Instagram erreichen". */
    statement: textField(500, 1),
    /** Id of the KPI that measures it: a built-in one or one of the strategy's `kpis`. */
    kpiId: IdSchema,
    /** Value of the KPI when the goal was set. */
    baseline: z.number(),
    /** Value of the KPI to reach by the deadline; differs from the baseline. */
    target: z.number(),
    /** Last day, in the organisation's time zone, by which the target is to be reached. */
    deadline: LocalDateSchema,
    /** Team member who answers for the goal. */
    ownerId: IdSchema,
    /** Channels whose numbers count; all channels of the strategy when left out. */
    channelIds: limitedList(z.array(IdSchema), LIST_LIMITS.references).optional(),
  })
  .superRefine(
    (goal, ctx) => {
      if (goal.target === goal.baseline) {
        ctx.addIssue({ code: "custom", path: ["target"], input: goal.target, ...issueParams("goal.target-equals-baseline") });
      }
    },
    { when: whenFieldsValid("baseline", "target") },
  );

/** A SMART goal, see {@link GoalSchema}. */
export type Goal = z.infer<typeof GoalSchema>;
