import type { z } from "zod";
import { issueParams } from "../validation/validate.js";

/**
 * Reports every repeated value in `items` as `id.duplicate`, with the path of
 * the repetition: `[field, index, key]` for arrays of objects keyed by `key`,
 * `[field, index]` for arrays of plain ids. The first occurrence is not
 * reported; later ones are. Tolerates malformed items, since it may run
 * while other fields are still wrong.
 *
 * Internal to the model; not exported from the package.
 */
export function reportDuplicateIds(
  ctx: z.core.$RefinementCtx<unknown>,
  field: string,
  items: unknown,
  key?: string,
): void {
  if (!Array.isArray(items)) return;
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    const id = key === undefined ? item : typeof item === "object" && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof id !== "string") continue;
    if (seen.has(id)) {
      const path = key === undefined ? [field, index] : [field, index, key];
      ctx.addIssue({ code: "custom", path, input: id, ...issueParams("id.duplicate", { id }) });
    } else {
      seen.add(id);
    }
  }
}
