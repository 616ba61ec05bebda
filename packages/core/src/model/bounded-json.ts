import { isWellFormedText } from "../validation/well-formed-text.js";

/** What is wrong with a value that must be small JSON. */
export type BoundedJsonProblem = "text.ill-formed" | "options.not-json" | "options.too-large";

/**
 * Walks a value that must be JSON within a budget (entries and text, counted
 * through all levels, and a depth); stops at the first problem. Depth and
 * budget bound the walk, also for cyclic input. Shared by adapter options
 * and triage data.
 */
export function inspectBoundedJson(
  value: unknown,
  depth: number,
  budget: { entries: number; text: number },
  limits: { readonly maxDepth: number; readonly allowUndefined: boolean },
): BoundedJsonProblem | undefined {
  if (budget.entries < 0 || budget.text < 0) return "options.too-large";
  switch (typeof value) {
    case "string":
      budget.text -= value.length;
      return isWellFormedText(value) ? undefined : "text.ill-formed";
    case "number":
      return Number.isFinite(value) ? undefined : "options.not-json";
    case "boolean":
      return undefined;
    case "undefined":
      return limits.allowUndefined ? undefined : "options.not-json";
    case "object": {
      if (value === null) return undefined;
      if (depth > limits.maxDepth) return "options.too-large";
      if (!Array.isArray(value)) {
        const prototype: unknown = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return "options.not-json";
      }
      const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
      for (const [key, item] of entries) {
        budget.entries -= 1;
        if (!Array.isArray(value)) {
          budget.text -= key.length;
          if (!isWellFormedText(key)) return "text.ill-formed";
        }
        const problem = inspectBoundedJson(item, depth + 1, budget, limits);
        if (problem !== undefined) return problem;
      }
      return budget.entries < 0 || budget.text < 0 ? "options.too-large" : undefined;
    }
    default:
      // bigint, symbol, function: nothing a store could keep as JSON.
      return "options.not-json";
  }
}
