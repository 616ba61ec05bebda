import { z } from "zod";
import { issueParams } from "../validation/validate.js";

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
 * Options for particular network adapters, namespaced by adapter id, so that
 * the domain model stays generic: each adapter reads only its own entry and
 * validates it itself. Never put credentials here; they go through the
 * secrets port.
 *
 * @example
 * ```ts
 * const options: AdapterOptions = {
 *   mastodon: { visibility: "unlisted" },
 *   bluesky: { langs: ["de"] },
 * };
 * ```
 */
export const AdapterOptionsSchema = z.record(AdapterIdSchema, z.record(z.string(), z.unknown()));

/** Adapter options by adapter id, see {@link AdapterOptionsSchema}. */
export type AdapterOptions = z.infer<typeof AdapterOptionsSchema>;
