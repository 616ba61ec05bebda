// Type-checked with `moduleResolution: node16` as an ES module, so every
// import below resolves through the "import" condition to the built .d.ts.
import { CoreError, KommuneError, TestClock, isValidationError, safeValidate, validate, type Clock, type Locale } from "@kommune-sm/core";
import { TestClock as TestkitClock } from "@kommune-sm/core/testkit";
import { z } from "zod";

const clock: Clock = new TestClock("2026-01-01T00:00:00Z");
const fromTestkit: Clock = new TestkitClock(0);
await (fromTestkit as TestkitClock).advanceBy(1_000);
export const instants: number[] = [clock.now(), fromTestkit.now()];

const error: unknown = new CoreError("CORE_NOT_FOUND", "Post 42 does not exist.");
if (KommuneError.isInstance(error, "CORE_NOT_FOUND")) {
  const code: "CORE_NOT_FOUND" = error.code;
  instants.push(code.length);
}
// @ts-expect-error an unknown code does not type-check
new CoreError("CORE_NO_SUCH_CODE", "x");

export const kommune = validate(z.object({ name: z.string(), ags: z.string() }), { name: "Musterstadt", ags: "09162000" });
export const name: string = kommune.name;
const result = safeValidate(z.number(), "7");
if (!result.success && isValidationError(result.error)) {
  const paths: readonly string[] = result.error.issues.map((issue) => issue.path);
  instants.push(paths.length);
}

export const locale: Locale = "de";
// @ts-expect-error only "de" and "en" are locales
export const french: Locale = "fr";
