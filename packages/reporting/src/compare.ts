import type { Channel, KpiDefinition, MetricSample, Organisation, Store } from "@kommune-sm/core";
import { evaluateKpi, quantile, type KpiResult, type KpiScope, type MetricCombination, type PeriodBounds, type ReportChannel } from "./evaluate-kpi.js";
import { ReportingError } from "./reporting-error.js";

/** A class of municipalities by inhabitants; `from` inclusive, `below` exclusive (open when absent). */
export interface SizeClass {
  /** A stable id, e.g. "kleinstadt". */
  readonly id: string;
  /** The name shown, e.g. "Kleinstadt". */
  readonly name: string;
  /** The fewest inhabitants. */
  readonly from: number;
  /** The first number of inhabitants above the class; absent for the largest. */
  readonly below?: number;
}

/**
 * The size classes of the German federal office for building and regional
 * planning (BBSR, "Stadt- und Gemeindetyp"): Landgemeinde below 5,000
 * inhabitants, Kleinstadt 5,000 to 19,999, Mittelstadt 20,000 to 99,999,
 * Großstadt from 100,000. Towns are compared within their class first: a
 * village's channel is not a city's.
 */
export const SIZE_CLASSES: readonly SizeClass[] = Object.freeze([
  Object.freeze({ id: "landgemeinde", name: "Landgemeinde", from: 0, below: 5_000 }),
  Object.freeze({ id: "kleinstadt", name: "Kleinstadt", from: 5_000, below: 20_000 }),
  Object.freeze({ id: "mittelstadt", name: "Mittelstadt", from: 20_000, below: 100_000 }),
  Object.freeze({ id: "grossstadt", name: "Großstadt", from: 100_000 }),
]);

function invalid(what: string): ReportingError {
  return new ReportingError("REPORTING_INVALID_REQUEST", `compareMunicipalities: ${what}`);
}

/** The class of `population` among `classes` ({@link SIZE_CLASSES} by default); throws when none holds it. */
export function sizeClassOf(population: number, classes: readonly SizeClass[] = SIZE_CLASSES): SizeClass {
  if (!(Number.isFinite(population) && population >= 0)) throw invalid(`a population must be a number of at least 0, got ${String(population)}.`);
  const found = classes.find((entry) => population >= entry.from && (entry.below === undefined || population < entry.below));
  if (found === undefined) throw invalid(`no size class holds ${population} inhabitants; the classes are ${classes.map((entry) => entry.id).join(", ")}.`);
  return found;
}

/** One municipality to compare: who it is, and its own channels and samples. */
export interface MunicipalityInput {
  /** The organisation: its id, name and inhabitants. */
  readonly organisation: Pick<Organisation, "id" | "name" | "population">;
  /** Its metric samples (only its own: a comparison never mixes two towns' data). */
  readonly samples: readonly MetricSample[];
  /** Its channels with the metrics their networks offer. */
  readonly channels: readonly ReportChannel[];
  /** Which of its channels or posts count; all channels by default. */
  readonly scope?: KpiScope;
}

/** One municipality in a comparison. */
export interface ComparisonRow {
  /** The organisation's id. */
  readonly organisationId: string;
  /** The organisation's name. */
  readonly name: string;
  /** Its inhabitants. */
  readonly population: number;
  /** The id of its size class. */
  readonly sizeClass: string;
  /** The KPI as evaluated for it. */
  readonly result: KpiResult;
  /** The figure compared: per 1,000 inhabitants for a count, the value itself otherwise; undefined without a value (or for a count without inhabitants). */
  readonly compared: number | undefined;
  /** Its place among all towns with a figure (1 = best by the KPI's `better`; equal figures share a place). */
  readonly rank: number | undefined;
  /** Its place within its size class. */
  readonly rankInClass: number | undefined;
}

/** A KPI compared across municipalities. */
export interface Comparison {
  /** The KPI. */
  readonly kpiId: string;
  /** How the figures were made comparable: counts per 1,000 inhabitants, other units as they are (rates, shares, hours already are). */
  readonly comparedAs: "per-1000-inhabitants" | "as-is";
  /** One row per municipality, in the order given. */
  readonly rows: readonly ComparisonRow[];
  /** Per size class with at least one town: how many towns, how many with a figure, and the median figure. */
  readonly classes: readonly ClassSummary[];
}

/** A size class in a comparison. */
export interface ClassSummary {
  /** The class's id, e.g. "kleinstadt". */
  readonly id: string;
  /** Its name, e.g. "Kleinstadt". */
  readonly name: string;
  /** How many of the towns compared are in it. */
  readonly towns: number;
  /** How many of those have a figure. */
  readonly withFigure: number;
  /** The median of their figures; undefined when none has one. */
  readonly median: number | undefined;
}

/** Options of {@link compareMunicipalities}. */
export interface CompareOptions {
  /** The period compared. */
  readonly period: PeriodBounds;
  /** The size classes; {@link SIZE_CLASSES} by default. */
  readonly classes?: readonly SizeClass[];
  /** Metrics combined from others (see `evaluateKpi`). */
  readonly combinations?: readonly MetricCombination[];
}

/**
 * A KPI compared across municipalities, as a county or a suite serving many
 * towns needs it: each town's figure from its own data, counts per 1,000
 * inhabitants (a city of 100,000 reaches more people than a village of
 * 3,000, and says nothing by it), a place overall and within the town's
 * size class, and each class's median. A town whose networks do not offer
 * what the KPI needs keeps its row, "not available", without a place.
 *
 * @example
 * ```ts
 * const comparison = compareMunicipalities(kpis.require("reach-per-1000-inhabitants"), towns, { period: march });
 * comparison.rows.map((row) => [row.name, row.compared, row.rankInClass]);
 * ```
 */
export function compareMunicipalities(kpi: KpiDefinition, towns: readonly MunicipalityInput[], options: CompareOptions): Comparison {
  if (!Array.isArray(towns)) throw invalid("`towns` must be an array.");
  if (typeof options !== "object" || options === null) throw invalid("give the `period`.");
  const classes = options.classes ?? SIZE_CLASSES;
  const comparedAs = kpi.unit === "count" ? "per-1000-inhabitants" : "as-is";
  const seen = new Set<string>();
  const rows = towns.map((town, index) => {
    const organisation = town?.organisation;
    if (typeof organisation?.id !== "string") throw invalid(`towns[${index}] must name its organisation (id, name, population).`);
    if (seen.has(organisation.id)) throw invalid(`the organisation "${organisation.id}" is given twice.`);
    seen.add(organisation.id);
    const sizeClass = sizeClassOf(organisation.population, classes);
    const result = evaluateKpi(kpi, {
      samples: town.samples,
      channels: town.channels,
      period: options.period,
      ...(town.scope === undefined ? {} : { scope: town.scope }),
      ...(organisation.population > 0 ? { inhabitants: organisation.population } : {}),
      ...(options.combinations === undefined ? {} : { combinations: options.combinations }),
    });
    let compared: number | undefined;
    if (result.status === "value") compared = comparedAs === "as-is" ? result.value : organisation.population > 0 ? (result.value / organisation.population) * 1000 : undefined;
    return { organisationId: organisation.id, name: organisation.name, population: organisation.population, sizeClass: sizeClass.id, result, compared };
  });
  const ranked = rankAll(rows, kpi.better);
  const byClass = classes.flatMap((entry) => {
    const members = rows.filter((row) => row.sizeClass === entry.id);
    if (members.length === 0) return [];
    const figures = members.flatMap((row) => (row.compared === undefined ? [] : [row.compared]));
    return [{ id: entry.id, name: entry.name, towns: members.length, withFigure: figures.length, median: figures.length === 0 ? undefined : quantile(figures, 0.5) }];
  });
  return { kpiId: kpi.id, comparedAs, rows: ranked, classes: byClass };
}

type Unranked = Omit<ComparisonRow, "rank" | "rankInClass">;

/** Places by the KPI's direction; equal figures share a place and the next one skips ("1, 2, 2, 4"). */
function rankAll(rows: readonly Unranked[], better: "higher" | "lower"): ComparisonRow[] {
  const placeAmong = (figure: number, others: readonly Unranked[]): number =>
    1 + others.filter((other) => other.compared !== undefined && (better === "higher" ? other.compared > figure : other.compared < figure)).length;
  return rows.map((row) => ({
    ...row,
    rank: row.compared === undefined ? undefined : placeAmong(row.compared, rows),
    rankInClass: row.compared === undefined ? undefined : placeAmong(row.compared, rows.filter((other) => other.sizeClass === row.sizeClass)),
  }));
}

/** Options of {@link compareFromStore}. */
export interface CompareFromStoreOptions extends CompareOptions {
  /** The organisations compared; every organisation of the store by default. */
  readonly organisationIds?: readonly string[];
  /** The metrics a channel's network offers, e.g. `(channel) => ctx.registries.networks.get(channel.network)?.capabilities?.metrics`; undefined: not declared. */
  readonly metricsOf?: (channel: Channel) => readonly string[] | undefined;
}

/**
 * {@link compareMunicipalities} for the towns of one store (a county's or a
 * suite's): each town's channels and samples are read through its own
 * tenant, so no town's figure is made from another's data.
 */
export async function compareFromStore(store: Pick<Store, "organisations" | "tenant">, kpi: KpiDefinition, options: CompareFromStoreOptions): Promise<Comparison> {
  const all = await store.organisations.list();
  const wanted = options.organisationIds;
  const organisations =
    wanted === undefined
      ? all
      : wanted.map((id) => {
          const found = all.find((organisation) => organisation.id === id);
          if (found === undefined) throw invalid(`the store has no organisation "${id}".`);
          return found;
        });
  const towns: MunicipalityInput[] = [];
  for (const organisation of organisations) {
    const tenant = store.tenant(organisation.id);
    const channels = await tenant.channels.list();
    const samples = await tenant.metrics.query({ to: options.period.to });
    towns.push({
      organisation,
      samples,
      channels: channels.map((channel) => {
        const metrics = options.metricsOf?.(channel);
        return metrics === undefined ? { id: channel.id } : { id: channel.id, metrics };
      }),
    });
  }
  return compareMunicipalities(kpi, towns, options);
}
