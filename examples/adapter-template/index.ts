/**
 * A network adapter for the Dorf-App, a fictional municipal app: the
 * template to copy for your own adapter (see README.md and
 * docs/guides/write-an-adapter.md).
 *
 * @packageDocumentation
 */
import { adapterPlugin } from "@kommune-sm/network";
import { createDorfAppAdapter, type DorfAppOptions } from "./dorf-app-adapter.js";

export { createDorfAppAdapter, DORF_APP_BASE_URL, type DorfAppOptions } from "./dorf-app-adapter.js";
export { DORF_APP_CAPABILITIES, DORF_APP_COUNTING_RULE, DORF_APP_KEY_RETENTION_MS } from "./dorf-app-capabilities.js";

/**
 * The Dorf-App as a kommune-sm plugin: registers the adapter under the
 * network id `"dorf-app"`, which channels name in `network`.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, plugins: [dorfApp(), publishing({ secrets })] });
 * ```
 */
export function dorfApp(options: DorfAppOptions = {}) {
  return adapterPlugin(createDorfAppAdapter(options), "0.0.0");
}
