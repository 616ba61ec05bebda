import type { z } from "zod";
import { issueParams } from "../validation/validate.js";

/**
 * Builds a refinement that reports `end` before `start` on the `end` field.
 * Both fields hold `YYYY-MM-DD` dates, which compare correctly as strings; a
 * missing bound leaves the range open and passes.
 *
 * Internal to the model; not exported from the package.
 */
export function checkDateOrder<Start extends string, End extends string>(
  start: Start,
  end: End,
): (value: { [K in Start | End]?: string | undefined }, ctx: z.core.$RefinementCtx<unknown>) => void {
  return (value, ctx) => {
    const from = value[start];
    const until = value[end];
    if (from !== undefined && until !== undefined && until < from) {
      ctx.addIssue({ code: "custom", path: [end], input: until, ...issueParams("date-range.order", { start: from, end: until }) });
    }
  };
}
