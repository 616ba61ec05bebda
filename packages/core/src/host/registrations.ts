import type { KpiDefinition, MediaKind } from "../model/index.js";
import type { CountingRule } from "../text/counting-rule.js";
import type { Registry } from "./registry.js";
import type { AnyCheck } from "../checks/check.js";

/**
 * What a network can do, as far as other plugins read it: plain data, the
 * part of `NetworkCapabilitiesV1` (of `@kommune-sm/network`) that scoring,
 * reporting and checks need. An adapter registered through `adapterPlugin`
 * carries its full, checked capabilities, which have all of these fields;
 * so a plugin learns a network's counting rule and metric names from
 * `ctx.registries.networks.get(channel.network)?.capabilities` without
 * importing `@kommune-sm/network` — plugins never import each other.
 *
 * Every field is optional: a network registered by other means may declare
 * less. Read a missing field as "not known", not as "not supported".
 */
export interface NetworkRegistrationCapabilities {
  /** How the network counts text and how much it takes (see `COUNTING_RULES`). */
  readonly text?: CountingRule;
  /** Metric names (see `METRIC_NAMES`) the adapter can fetch; empty: none. */
  readonly metrics?: readonly string[];
  /** What media a post may carry. */
  readonly media?: {
    /** Media kinds the network accepts; empty: text only. */
    readonly kinds?: readonly MediaKind[];
    /** Most media items in one post. */
    readonly maxItems?: number;
    /** Largest file per kind, in bytes, where documented. */
    readonly maxBytes?: Partial<Record<MediaKind, number>>;
    /** Whether alt text is required, possible or impossible. */
    readonly altText?: "required" | "supported" | "unsupported";
    /** Longest alt text the network accepts, in characters. */
    readonly altTextMaxLength?: number;
    /** Whether images and videos may be mixed in one post. */
    readonly mixedKinds?: boolean;
  };
  /** Which interactions can be fetched and answered. */
  readonly interactions?: {
    /** Comments and replies under our posts can be fetched. */
    readonly comments?: boolean;
    /** Mentions of the account elsewhere can be fetched. */
    readonly mentions?: boolean;
    /** Direct messages can be fetched. */
    readonly directMessages?: boolean;
    /** We can reply to an interaction through the adapter. */
    readonly reply?: boolean;
  };
  /** The account's profile can be read (for the imprint check). */
  readonly profile?: boolean;
  /** Posts can be chained into threads. */
  readonly threads?: boolean;
  /** A published post can be edited. */
  readonly edit?: boolean;
  /** A published post can be deleted through the API. */
  readonly delete?: boolean;
  /** The network can hold a post and publish it at a later time itself. */
  readonly nativeScheduling?: boolean;
  /** The network shows a content warning before a post's text (Mastodon's "CW"); absent: it does not. */
  readonly contentWarnings?: boolean;
}

/**
 * What core knows of a network adapter: enough to list and find it, and
 * what it can do. `@kommune-sm/network` defines the full adapter spec
 * (`NetworkAdapterV1`), which has these fields, and gives typed access to
 * registered adapters.
 */
export interface NetworkRegistration {
  /** Adapter id, e.g. `"mastodon"`; the `network` of a channel refers to it. */
  readonly id: string;
  /** Version of the adapter spec the adapter implements, e.g. `"v1"`. */
  readonly specificationVersion: string;
  /** Name to show, e.g. `"Mastodon"`. */
  readonly displayName?: string;
  /**
   * What the network can do, as plain data: the route for plugins (scoring,
   * reporting) to a network's counting rule, metric names and interaction
   * features. See {@link NetworkRegistrationCapabilities}.
   *
   * @example
   * ```ts
   * const rule = ctx.registries.networks.get(channel.network)?.capabilities?.text;
   * if (rule) measureText(post.text, rule);
   * ```
   */
  readonly capabilities?: NetworkRegistrationCapabilities;
}

/**
 * A check as the checks registry holds it: core defines the whole contract
 * (see `Check`), because the editorial workflow runs the checks; packages
 * such as `@kommune-sm/scoring` bring the checks.
 */
export type CheckRegistration = AnyCheck;

/** What core knows of a report renderer (`@kommune-sm/reporting` defines the full shape). */
export interface RendererRegistration {
  /** Renderer id, unique among the renderers. */
  readonly id: string;
  /** IANA media type of the output, e.g. `"text/markdown"`. */
  readonly mediaType: string;
}

/**
 * The registries core itself has, with the item types core knows: where
 * {@link RegistryCatalogue} declares nothing for one of them, this is its
 * item type.
 */
export interface CoreRegistryItems {
  /** Network adapters, by adapter id. */
  networks: NetworkRegistration;
  /** Checks of posts and interactions, e.g. from `@kommune-sm/scoring`. */
  checks: CheckRegistration;
  /** Report renderers, e.g. from `@kommune-sm/reporting`. */
  renderers: RendererRegistration;
  /** KPI definitions; core registers its built-in KPIs here. */
  kpis: KpiDefinition;
}

/**
 * The item type of each registry, as the packages that own them declare it
 * by declaration merging (as {@link EventCatalogue} is for events). Core
 * declares nothing here: its own registries fall back to
 * {@link CoreRegistryItems}. A package that defines the full shape of a
 * registry's items declares it once, and every `get`, `require` and `list`
 * of that registry returns it; a package may also declare a registry of its
 * own, which `registries.get(name)` then gives.
 *
 * Declare only registries your package owns (reporting the renderers): two declarations of one name with different types do not
 * compile. The item type of a core registry should extend core's minimal
 * type (`CheckRegistration`, ...), which other packages rely on.
 *
 * @example
 * ```ts
 * // in @kommune-sm/reporting
 * declare module "@kommune-sm/core" {
 *   interface RegistryCatalogue {
 *     renderers: Renderer;                 // Renderer extends RendererRegistration
 *     "reporting.themes": ReportTheme;     // a registry of its own
 *   }
 * }
 * ctx.registries.renderers.list();           // Renderer[]
 * ctx.registries.get("reporting.themes");    // Registry<ReportTheme>
 * ```
 */
export interface RegistryCatalogue {}

/** The name of a registry: one of core's, or one a package declared in {@link RegistryCatalogue}. */
export type RegistryName = Extract<keyof CoreRegistryItems | keyof RegistryCatalogue, string>;

/**
 * The item type of a registry: what {@link RegistryCatalogue} declares for
 * it, else core's own ({@link CoreRegistryItems}). `Catalogue` is for type
 * tests; leave it out.
 */
export type RegistryItem<Name extends string, Catalogue = RegistryCatalogue> = Name extends keyof Catalogue
  ? Catalogue[Name] extends { readonly id: string }
    ? Catalogue[Name]
    : never
  : Name extends keyof CoreRegistryItems
    ? CoreRegistryItems[Name]
    : never;

/**
 * The registries of one kommune-sm instance, typed by
 * {@link RegistryCatalogue}. `Catalogue` is for type tests; leave it out.
 */
export interface Registries<Catalogue = RegistryCatalogue> {
  /** Network adapters, by adapter id. */
  readonly networks: Registry<RegistryItem<"networks", Catalogue>>;
  /** Checks of posts and interactions, e.g. from `@kommune-sm/scoring`. */
  readonly checks: Registry<RegistryItem<"checks", Catalogue>>;
  /** Report renderers, e.g. from `@kommune-sm/reporting`. */
  readonly renderers: Registry<RegistryItem<"renderers", Catalogue>>;
  /** KPI definitions; core registers its built-in KPIs here. */
  readonly kpis: Registry<RegistryItem<"kpis", Catalogue>>;
  /**
   * A registry by name: one of core's (the same object as the property of
   * that name) or one a package declared in {@link RegistryCatalogue}, made
   * empty the first time it is asked for. Throws `CORE_INVALID_ARGUMENT`
   * for a name that is not a registry's (not a string of letters, digits
   * and `. _ -` starting with a letter, at most 100 characters).
   */
  get<Name extends Extract<keyof CoreRegistryItems | keyof Catalogue, string>>(name: Name): Registry<RegistryItem<Name, Catalogue>>;
  /** The names of the registries there are now: core's, and those asked for by `get`. */
  names(): string[];
}
