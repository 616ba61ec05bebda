import { CoreError } from "../errors/core-errors.js";
import type { Registries } from "./registrations.js";

/** Removes what was registered. Calling it twice is harmless. */
export type Unregister = () => void;

/**
 * A named collection that plugins fill in their setup (networks, checks,
 * renderers, KPI definitions). Ids are unique within a registry; what a plugin
 * registered is removed again when the plugin is torn down.
 */
export interface Registry<
  T extends {
    /** Unique within the registry. */
    readonly id: string;
  },
> {
  /** What the registry holds, e.g. `"networks"`. */
  readonly name: string;
  /** Adds `item`; throws `CORE_REGISTRY_DUPLICATE` if its id is taken. */
  register(item: T): Unregister;
  /** The item with this id, or undefined. */
  get(id: string): T | undefined;
  /** Like {@link get}, but throws `CORE_NOT_FOUND`, listing what is registered. */
  require(id: string): T;
  /** True if something with this id is registered. */
  has(id: string): boolean;
  /** Everything registered, in registration order. */
  list(): T[];
}

/**
 * Who registered something: a plugin (by name), or the host itself (a symbol,
 * so that no plugin name can stand for it and take its entries away).
 */
export type RegistryOwner = string | symbol;

interface Entry<T> {
  readonly item: T;
  readonly owner: RegistryOwner;
}

const ownerName = (owner: RegistryOwner) => (typeof owner === "symbol" ? (owner.description ?? "the host") : `plugin "${owner}"`);

/** A registry that remembers which plugin registered what, so the host can undo it. */
export class OwnedRegistry<T extends { readonly id: string }> implements Registry<T> {
  readonly #items = new Map<string, Entry<T>>();

  constructor(
    readonly name: string,
    private readonly owner: RegistryOwner = Symbol("the application"),
  ) {}

  /** The same registry, registering on behalf of `owner`. */
  as(owner: RegistryOwner): Registry<T> {
    return {
      name: this.name,
      register: (item) => this.#register(item, owner),
      get: (id) => this.get(id),
      require: (id) => this.require(id),
      has: (id) => this.has(id),
      list: () => this.list(),
    };
  }

  register(item: T): Unregister {
    return this.#register(item, this.owner);
  }

  get(id: string): T | undefined {
    return this.#items.get(id)?.item;
  }

  require(id: string): T {
    const entry = this.#items.get(id);
    if (!entry) {
      const known = [...this.#items.keys()];
      throw new CoreError("CORE_NOT_FOUND", `Nothing with id "${id}" in the ${this.name} registry (registered: ${known.length ? known.join(", ") : "none"}).`);
    }
    return entry.item;
  }

  has(id: string): boolean {
    return this.#items.has(id);
  }

  list(): T[] {
    return [...this.#items.values()].map((entry) => entry.item);
  }

  /** Removes everything `owner` registered. */
  removeOwnedBy(owner: RegistryOwner): void {
    for (const [id, entry] of this.#items) if (entry.owner === owner) this.#items.delete(id);
  }

  #register(item: T, owner: RegistryOwner): Unregister {
    if (typeof item?.id !== "string" || item.id.length === 0) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `Only items with a non-empty string id can be registered in the ${this.name} registry.`);
    }
    const existing = this.#items.get(item.id);
    if (existing) {
      throw new CoreError(
        "CORE_REGISTRY_DUPLICATE",
        `"${item.id}" is already in the ${this.name} registry (registered by ${ownerName(existing.owner)}); ${ownerName(owner)} cannot register it again.`,
      );
    }
    const entry = { item, owner };
    this.#items.set(item.id, entry);
    return () => {
      if (this.#items.get(item.id) === entry) this.#items.delete(item.id);
    };
  }
}

/** What a registry's name looks like: letters, digits and `. _ -`, starting with a letter, e.g. `"checks"` or `"scoring.profiles"`. */
const REGISTRY_NAME = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;

/** The registries core has from the start; others are made when a package first asks for them. */
const CORE_REGISTRIES = ["networks", "checks", "renderers", "kpis"] as const;

type AnyRegistry = OwnedRegistry<{ readonly id: string }>;

/**
 * Every registry of one instance, by name: core's four from the start, and
 * any a package declared in `RegistryCatalogue`, made empty the first time
 * it is asked for. The host hands out views that register on behalf of the
 * application or of one plugin, and takes a plugin's entries out of every
 * registry at its teardown.
 */
export class RegistryHost {
  readonly #registries = new Map<string, AnyRegistry>();

  constructor() {
    for (const name of CORE_REGISTRIES) this.#registries.set(name, new OwnedRegistry(name));
  }

  /** The registry of this name, made if it is not there yet; throws `CORE_INVALID_ARGUMENT` for a name no registry can have. */
  registry(name: string): AnyRegistry {
    const known = this.#registries.get(name);
    if (known) return known;
    if (typeof name !== "string" || !REGISTRY_NAME.test(name)) {
      throw new CoreError(
        "CORE_INVALID_ARGUMENT",
        `${typeof name === "string" ? `"${name}"` : String(name)} is no registry name: use letters, digits and . _ - starting with a letter, at most 100 characters (e.g. "scoring.profiles"); registries now: ${this.names().join(", ")}.`,
      );
    }
    const made = new OwnedRegistry<{ readonly id: string }>(name);
    this.#registries.set(name, made);
    return made;
  }

  /** The names of the registries there are now, core's first. */
  names(): string[] {
    return [...this.#registries.keys()];
  }

  /** Removes everything `owner` registered, in every registry. */
  removeOwnedBy(owner: RegistryOwner): void {
    for (const registry of this.#registries.values()) registry.removeOwnedBy(owner);
  }

  /**
   * The registries as {@link Registries}, registering on behalf of `owner`
   * (a plugin's name), or of the application when `owner` is left out.
   * Each registry's view is made once, so that `view.checks` and
   * `view.get("checks")` are the same object.
   */
  view(owner?: RegistryOwner): Registries {
    const views = new Map<string, Registry<{ readonly id: string }>>();
    const viewOf = (name: string) => {
      let view = views.get(name);
      if (!view) {
        const registry = this.registry(name);
        view = owner === undefined ? registry : registry.as(owner);
        views.set(name, view);
      }
      return view;
    };
    const registries = {
      networks: viewOf("networks"),
      checks: viewOf("checks"),
      renderers: viewOf("renderers"),
      kpis: viewOf("kpis"),
      get: (name: string) => viewOf(name),
      names: () => this.names(),
    };
    // The item types are the catalogue's; at run time a registry holds whatever has an id.
    return Object.freeze(registries) as unknown as Registries;
  }
}
