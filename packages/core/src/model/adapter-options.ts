import { z } from "zod";
import { inspectBoundedJson, type BoundedJsonProblem } from "./bounded-json.js";
import { issueParams } from "../validation/validate.js";
import { isWellFormedText } from "../validation/well-formed-text.js";

/**
 * The id of a network adapter: lowercase letters, digits and hyphens, starting
 * with a letter, at most 64 characters, e.g. `"mastodon"`, `"bluesky"`,
 * `"sandbox"`, `"village-app"`.
 */
export const AdapterIdSchema = z
  .string()
  .max(64)
  .refine((value) => ADAPTER_ID.test(value), issueParams("adapter-id.format"));

/** An adapter id, see {@link AdapterIdSchema}. */
export type AdapterId = z.infer<typeof AdapterIdSchema>;

const ADAPTER_ID = /^[a-z][a-z0-9-]*$/;

/**
 * How much one adapter's options may hold: entries (object keys and array
 * items, counted through all levels), characters of text (keys and string
 * values), and levels of nesting. An adapter's options are a few settings
 * (visibility, language tags, a content warning); these bounds leave ample
 * room for that and keep a stored post small.
 */
export const ADAPTER_OPTIONS_LIMITS = Object.freeze({
  /** Object keys and array items, counted through all levels. */
  maxEntries: 1000,
  /** Characters of text, keys and string values together. */
  maxTextLength: 100_000,
  /** Levels of nesting below the option itself. */
  maxDepth: 8,
});

/**
 * Options for particular network adapters, namespaced by adapter id, so that
 * the domain model stays generic: each adapter reads only its own entry and
 * validates it itself. Never put credentials here; they go through the
 * secrets port.
 *
 * What the model checks: each adapter's options are JSON (strings in
 * well-formed Unicode, finite numbers, booleans, null, arrays and plain
 * objects) within {@link ADAPTER_OPTIONS_LIMITS}. A problem is reported at
 * the option that holds it (`options.mastodon.visibility`).
 *
 * @example
 * ```ts
 * const options: AdapterOptions = {
 *   mastodon: { visibility: "unlisted" },
 *   bluesky: { langs: ["de"] },
 * };
 * ```
 */
export const AdapterOptionsSchema = z.record(AdapterIdSchema, z.record(z.string(), z.unknown()).superRefine(checkOptionValues));

function checkOptionValues(options: Record<string, unknown>, ctx: z.core.$RefinementCtx<Record<string, unknown>>): void {
  const budget = { entries: ADAPTER_OPTIONS_LIMITS.maxEntries, text: ADAPTER_OPTIONS_LIMITS.maxTextLength };
  for (const [key, value] of Object.entries(options)) {
    budget.entries -= 1;
    budget.text -= key.length;
    const problem = isWellFormedText(key) ? inspect(value, 1, budget) : "text.ill-formed";
    if (problem === undefined && budget.entries >= 0 && budget.text >= 0) continue;
    const messageKey = problem ?? "options.too-large";
    const values = messageKey === "options.too-large" ? { ...ADAPTER_OPTIONS_LIMITS } : undefined;
    ctx.addIssue({ code: "custom", path: [key], input: value, ...issueParams(messageKey, values) });
    // One issue is enough: after a budget is spent, every later option would be reported too.
    return;
  }
}

/** Walks an option value within the budget; see {@link inspectBoundedJson}. */
function inspect(value: unknown, depth: number, budget: { entries: number; text: number }): BoundedJsonProblem | undefined {
  return inspectBoundedJson(value, depth, budget, { maxDepth: ADAPTER_OPTIONS_LIMITS.maxDepth, allowUndefined: true });
}

/** Adapter options by adapter id, see {@link AdapterOptionsSchema}. */
export type AdapterOptions = z.infer<typeof AdapterOptionsSchema>;
