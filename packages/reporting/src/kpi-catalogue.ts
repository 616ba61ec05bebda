import { BUILT_IN_KPIS, KommuneError, KpiDefinitionSchema, validate, type KpiDefinition, type Strategy } from "@kommune-sm/core";
import { ReportingError } from "./reporting-error.js";

/** Where a KPI definition comes from: core's built-ins, a plugin's registration (core's `kpis` registry), or the strategy's own `kpis`. */
export type KpiSource = "built-in" | "plugin" | "strategy";

/** The KPIs in force for an organisation, each once, with where it comes from. */
export interface KpiCatalogue {
  /** The KPI with this id, or undefined. */
  get(id: string): KpiDefinition | undefined;
  /** The KPI with this id; throws `REPORTING_UNKNOWN_KPI` naming the ids there are. */
  require(id: string): KpiDefinition;
  /** Every KPI, built-ins first, then plugins', then the strategy's, each in its source's order. */
  list(): readonly KpiDefinition[];
  /** Where the KPI with this id comes from. */
  sourceOf(id: string): KpiSource | undefined;
}

/** What {@link kpiCatalogue} merges. */
export interface KpiCatalogueSources {
  /** Core's built-in KPIs; `BUILT_IN_KPIS` by default. */
  readonly builtIn?: readonly KpiDefinition[];
  /**
   * KPIs registered by plugins, e.g. `ctx.registries.kpis.list()`. Core
   * registers its built-ins there too; a registered KPI equal to a built-in
   * counts as that built-in.
   */
  readonly registered?: Iterable<KpiDefinition>;
  /** The organisation's strategy, whose `kpis` join and whose goals must each name a KPI of the catalogue. */
  readonly strategy?: Pick<Strategy, "kpis" | "goals">;
}

/** JSON with keys sorted, so that two definitions written in another key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const sourceName: Record<KpiSource, string> = { "built-in": "core's built-in KPIs", plugin: "a plugin's registration", strategy: "the strategy's kpis" };

/**
 * Merges the KPIs in force: core's built-ins, plugins' registrations and the
 * strategy's own. The same id defined twice in the same way is one KPI; the
 * same id defined differently is refused (`REPORTING_KPI_CLASH`, naming the
 * id and both sources), because a report must not silently show one of two
 * formulas under one name. A goal of the strategy whose `kpiId` names no
 * KPI of the result is refused (`REPORTING_UNKNOWN_KPI`, naming the goal).
 *
 * @example
 * ```ts
 * const kpis = kpiCatalogue({ registered: ctx.registries.kpis.list(), strategy });
 * kpis.require("engagement-rate").formula; // { type: "ratio", numerator: "engagements", … }
 * ```
 */
export function kpiCatalogue(sources: KpiCatalogueSources = {}): KpiCatalogue {
  const entries = new Map<string, { definition: KpiDefinition; source: KpiSource; text: string }>();
  const add = (definition: KpiDefinition, source: KpiSource, where: string): void => {
    if (typeof definition !== "object" || definition === null || typeof definition.id !== "string") {
      throw new ReportingError("REPORTING_INVALID_REQUEST", `kpiCatalogue: ${where} is not a KPI definition (an object with an id, a name, a unit and a formula).`);
    }
    const text = canonical(definition);
    const known = entries.get(definition.id);
    if (known === undefined) {
      entries.set(definition.id, { definition, source, text });
      return;
    }
    if (known.text === text) return;
    throw new ReportingError(
      "REPORTING_KPI_CLASH",
      `kpiCatalogue: the KPI "${definition.id}" is defined by ${sourceName[known.source]} and differently by ${where}; give one of them another id.`,
    );
  };
  (sources.builtIn ?? BUILT_IN_KPIS).forEach((definition, index) => add(definition, "built-in", `built-in KPI ${index}`));
  let index = 0;
  for (const registered of sources.registered ?? []) {
    const where = `registered KPI ${index++} ("${String(registered?.id)}")`;
    // Checked and completed by the schema like the strategy's own, so that a plugin's KPI without `per` or with a factor of NaN
    // is refused here, not shown as NaN, and the same definition written with and without its defaults is one KPI.
    let definition: KpiDefinition;
    try {
      definition = validate(KpiDefinitionSchema, registered, { locale: "en", entity: "KpiDefinition" });
    } catch (error) {
      if (!KommuneError.isInstance(error)) throw error;
      throw new ReportingError("REPORTING_INVALID_REQUEST", `kpiCatalogue: ${where} is not a valid KPI definition: ${error.message}`);
    }
    add(definition, "plugin", where);
  }
  const strategy = sources.strategy;
  (strategy?.kpis ?? []).forEach((definition, at) => add(definition, "strategy", `the strategy's kpis[${at}]`));
  const list = Object.freeze([...entries.values()].map((entry) => entry.definition));
  const ids = (): string => [...entries.keys()].map((id) => `"${id}"`).join(", ");
  const catalogue: KpiCatalogue = {
    get: (id) => entries.get(id)?.definition,
    require: (id) => {
      const found = entries.get(id);
      // entries is a Map: "__proto__" or "constructor" find nothing that was not added.
      if (found === undefined) throw new ReportingError("REPORTING_UNKNOWN_KPI", `No KPI "${id}" is defined; there are ${ids()}.`);
      return found.definition;
    },
    list: () => list,
    sourceOf: (id) => entries.get(id)?.source,
  };
  const unknown = (strategy?.goals ?? []).flatMap((goal, at) => (entries.has(goal.kpiId) ? [] : [`goals[${at}] ("${goal.id}") names the KPI "${goal.kpiId}"`]));
  if (unknown.length > 0) {
    throw new ReportingError("REPORTING_UNKNOWN_KPI", `kpiCatalogue: ${unknown.join("; ")}, which is not defined; define it in the strategy's kpis or use one of ${ids()}.`);
  }
  return Object.freeze(catalogue);
}
