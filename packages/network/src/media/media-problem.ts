import type { Locale, MediaKind, MessageValues } from "@kommune-sm/core";
import { formatBytes } from "./format-bytes.js";
import { MEDIA_FORMATS } from "./media-format.js";
import { mediaMessages } from "./media-messages.js";

/**
 * A stable key for one reason a medium does not fit a channel, and the
 * values it carries besides `number` and `mediaId`:
 * - `"too-many"`: `count`, `max` (the medium is the first one too many);
 * - `"kind-not-taken"`: `kind`, `allowed` (the kinds taken, comma-separated; empty: none);
 * - `"too-large"`: `kind`, `sizeBytes`, `maxBytes`;
 * - `"alt-text-missing"`, `"alt-text-unsupported"` (a warning): none;
 * - `"alt-text-too-long"`: `length`, `max` (Unicode code points);
 * - `"mixed-kinds"`: `kind`, `firstNumber`, `firstKind`;
 * - `"kind-mismatch"`: `declared` (the medium's kind), `kind` and `mimeType` (found in the file);
 * - `"unknown-format"`, `"not-found"`, `"invalid-key"`, `"not-a-file"`: none (from the media store).
 */
export type MediaProblemKey =
  | "too-many"
  | "kind-not-taken"
  | "too-large"
  | "alt-text-missing"
  | "alt-text-too-long"
  | "alt-text-unsupported"
  | "mixed-kinds"
  | "kind-mismatch"
  | "unknown-format"
  | "not-found"
  | "invalid-key"
  | "not-a-file";

/**
 * One reason the media of a post do not fit a channel. An `"error"` stops
 * the call (the network would refuse it); a `"warning"` does not, but
 * something is lost (alt text on a network that shows none).
 */
export interface MediaProblem {
  /** Position of the medium in the post's list, from 0; for `"too-many"`, the first one too many. */
  readonly index: number;
  /** Id of that medium. */
  readonly mediaId: string;
  /** A stable key, e.g. `"too-large"`. */
  readonly problem: MediaProblemKey;
  /** `"error"`: the network would refuse the post; `"warning"`: it goes out, but something is lost. */
  readonly severity: "error" | "warning";
  /** In English, naming the medium (counted from 1) and the limit (for developers and logs). */
  readonly message: string;
  /**
   * The facts behind it, to word it in another language with
   * {@link describeMediaProblem}: always `number` (index + 1) and `mediaId`;
   * sizes in bytes (`sizeBytes`, `maxBytes`), kinds as `MediaKind`, counts
   * and lengths as numbers.
   */
  readonly values: MessageValues;
}

/** Builds a {@link MediaProblem} with its English message. */
export function mediaProblem(index: number, mediaId: string, problem: MediaProblemKey, values: MessageValues = {}, severity: "error" | "warning" = "error"): MediaProblem {
  const all = { number: index + 1, mediaId, ...values };
  return { index, mediaId, problem, severity, message: wordMediaProblem(problem, all, "en"), values: all };
}

/**
 * A media problem as a person in the town hall reads it, in `locale`, with
 * sizes in kB or MB and kinds in words.
 *
 * @example
 * ```ts
 * describeMediaProblem(problem, "de"); // "Medium 2 („foto-2“) ist 12,4 MB groß; erlaubt sind höchstens 8 MB."
 * ```
 */
export function describeMediaProblem(problem: Pick<MediaProblem, "problem" | "values">, locale: Locale): string {
  return wordMediaProblem(problem.problem, problem.values, locale);
}

function wordMediaProblem(key: MediaProblemKey, values: MessageValues, locale: Locale): string {
  const kind = (value: unknown, set: "kind" | "kinds" | "as"): string => {
    const entry = `${set}.${String(value)}`;
    return mediaMessages.has(entry) ? mediaMessages.format(locale, entry) : String(value);
  };
  const worded: Record<string, string | number> = { ...values };
  if (typeof values["sizeBytes"] === "number") worded["size"] = formatBytes(values["sizeBytes"], locale, "up");
  if (typeof values["maxBytes"] === "number" && key === "too-large") worded["max"] = formatBytes(values["maxBytes"], locale, "down");
  if (values["kind"] !== undefined) worded["kind"] = kind(values["kind"], "kind");
  if (values["firstKind"] !== undefined) worded["firstKind"] = kind(values["firstKind"], "kind");
  if (values["declared"] !== undefined) worded["declared"] = kind(values["declared"], "as");
  let template: string = key;
  if (key === "kind-not-taken") {
    const allowed = String(values["allowed"] ?? "")
      .split(",")
      .filter((entry) => entry !== "");
    if (allowed.length === 0) template = "kind-not-taken.none";
    worded["allowed"] = new Intl.ListFormat(locale, { type: "conjunction" }).format(allowed.map((entry) => kind(entry, "kinds")));
  }
  if (key === "unknown-format") {
    worded["formats"] = new Intl.ListFormat(locale, { type: "conjunction" }).format(Object.values(MEDIA_FORMATS).map((format) => format.name.toUpperCase()));
  }
  return mediaMessages.format(locale, template as Parameters<typeof mediaMessages.format>[1], worded);
}

/** The media kinds as `values.allowed` carries them: comma-separated. */
export function allowedKinds(kinds: readonly MediaKind[]): string {
  return kinds.join(",");
}
