import type { KpiDefinition } from "../model/index.js";
import type { Registry } from "./registry.js";

/**
 * What core knows of a network adapter: enough to list and find it.
 * `@kommune-sm/network` defines the full adapter spec (`NetworkAdapterV1`),
 * which has these fields, and gives typed access to registered adapters.
 */
export interface NetworkRegistration {
  /** Adapter id, e.g. `"mastodon"`; the `network` of a channel refers to it. */
  readonly id: string;
  /** Version of the adapter spec the adapter implements, e.g. `"v1"`. */
  readonly specificationVersion: string;
  /** Name to show, e.g. `"Mastodon"`. */
  readonly displayName?: string;
}

/**
 * What core knows of a check (`@kommune-sm/scoring` defines the full shape):
 * an id and what it looks at.
 */
export interface CheckRegistration {
  /** Check id, unique among the checks. */
  readonly id: string;
  /** What the check looks at, e.g. `"post"` or `"interaction"`. */
  readonly target: string;
}

/** What core knows of a report renderer (`@kommune-sm/reporting` defines the full shape). */
export interface RendererRegistration {
  /** Renderer id, unique among the renderers. */
  readonly id: string;
  /** IANA media type of the output, e.g. `"text/markdown"`. */
  readonly mediaType: string;
}

/** The registries of one kommune-sm instance. */
export interface Registries<
  Network extends NetworkRegistration = NetworkRegistration,
  Check extends CheckRegistration = CheckRegistration,
  Renderer extends RendererRegistration = RendererRegistration,
> {
  /** Network adapters, by adapter id. */
  readonly networks: Registry<Network>;
  /** Checks of posts and interactions, e.g. from `@kommune-sm/scoring`. */
  readonly checks: Registry<Check>;
  /** Report renderers, e.g. from `@kommune-sm/reporting`. */
  readonly renderers: Registry<Renderer>;
  /** KPI definitions; core registers its built-in KPIs here. */
  readonly kpis: Registry<KpiDefinition>;
}
