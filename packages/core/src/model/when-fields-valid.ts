import type { z } from "zod";

/**
 * A `when` condition for cross-field refinements: run the refinement only if
 * the input is an object and none of the named fields has an issue yet.
 *
 * zod skips an object's refinements as soon as any field fails. That would
 * hide a cross-field problem (end before start) behind an unrelated one (a
 * missing label); with this condition each rule runs as soon as the fields it
 * reads are sound, so the user sees all problems at once.
 *
 * Internal to the model; not exported from the package.
 *
 * @example
 * ```ts
 * z.object({ ... }).superRefine(checkDateRange, { when: whenFieldsValid("startDate", "endDate") });
 * ```
 */
export function whenFieldsValid(...fields: readonly string[]): (payload: z.core.ParsePayload) => boolean {
  return (payload) => {
    const value = payload.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    for (const issue of payload.issues) {
      const head = issue.path?.[0];
      // An issue without a path is about the object itself (wrong type): nothing to compare.
      if (head === undefined || fields.includes(head as string)) return false;
    }
    return true;
  };
}
