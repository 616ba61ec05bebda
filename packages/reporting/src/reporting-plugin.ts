import {
  definePlugin,
  KommuneError,
  StrategySchema,
  validate,
  type Channel,
  type Goal,
  type KpiDefinition,
  type MetricSample,
  type KommunePlugin,
  type MetricKindDeclarations,
  type PluginContext,
  type SaveOptions,
  type Store,
  type Strategy,
  type StrategyInput,
} from "@kommune-sm/core";
import { reportFromData, type RECOMMENDATION_RULES, type ReportContentOptions, type ReportData } from "./build-report.js";
import { compareFromStore } from "./compare.js";
import type { Report } from "./report.js";
import { checkCombinations, evaluateKpi, metricsOfKpi, STANDARD_METRIC_COMBINATIONS, type MetricCombination, type ReportChannel } from "./evaluate-kpi.js";
import { goalProgress, type GoalPoint, type GoalProgress } from "./goal-progress.js";
import { kpiCatalogue, type KpiCatalogue } from "./kpi-catalogue.js";
import { PERIOD_UNITS, parsePeriod, periodContaining, previousPeriod, type PeriodUnit, type ReportPeriod } from "./periods.js";
import { HTML_RENDERER } from "./render-html.js";
import { PDF_RENDERER } from "./render-pdf.js";
import { TEXT_RENDERERS } from "./render-text.js";
import { ReportingError } from "./reporting-error.js";

/** What `goal.at-risk` carries: the goal, its target and the forecast that misses it. */
export interface GoalAtRiskData {
  /** The strategy the goal belongs to. */
  readonly strategyId: string;
  /** The goal. */
  readonly goalId: string;
  /** The KPI that measures it. */
  readonly kpiId: string;
  /** The goal's target. */
  readonly target: number;
  /** The goal's deadline, a day `YYYY-MM-DD` in the organisation's time zone. */
  readonly deadline: string;
  /** The latest value, if any. */
  readonly current?: number;
  /** The forecast at the deadline. */
  readonly forecast: number;
  /** The forecast interval's lower end. */
  readonly low: number;
  /** The forecast interval's upper end. */
  readonly high: number;
  /** The interval's level, e.g. 0.8. */
  readonly level: number;
}

declare module "@kommune-sm/core" {
  interface EventCatalogue {
    /** A goal's forecast to its deadline misses the target; emitted by `checkGoals()` of `@kommune-sm/reporting` for each goal it finds at risk. */
    "goal.at-risk": GoalAtRiskData;
  }
}

/** Options of {@link reporting}. */
export interface ReportingOptions {
  /** The periods a goal's KPI is evaluated in for its trend; `month` by default. */
  readonly goalPeriod?: PeriodUnit;
  /** How many whole periods back a goal's trend reaches when its strategy has no `validFrom`; 12 by default. */
  readonly goalHistory?: number;
  /** The forecast interval's level; 0.8 by default. */
  readonly level?: number;
  /** Metrics combined from others (see `evaluateKpi`); the standard ones by default. */
  readonly combinations?: readonly MetricCombination[];
  /** Kinds of the metrics adapters bring beyond the standard ones (e.g. `{ quotes: "counter" }`), for KPIs over them. */
  readonly kinds?: MetricKindDeclarations;
}

/** One goal as {@link ReportingPlugin.checkGoals} found it. */
export interface GoalCheck {
  /** The strategy the goal belongs to. */
  readonly strategyId: string;
  /** The goal. */
  readonly goal: Goal;
  /** Where it stands; undefined when it could not be assessed (see `problem`). */
  readonly progress: GoalProgress | undefined;
  /** Why it could not be assessed (a KPI per inhabitants without a population, say); the other goals are still checked. */
  readonly problem: string | undefined;
}

/** The reporting plugin: the KPIs in force, strategies saved only with goals that name one, goal checks, reports, and the report renderers (HTML, PDF, Markdown, CSV, JSON) in core's `renderers` registry. */
export interface ReportingPlugin extends KommunePlugin {
  /** The KPIs in force for a strategy: core's built-ins, the plugins' registrations and its own. Throws before setup. */
  kpis(strategy?: Pick<Strategy, "kpis" | "goals">): KpiCatalogue;
  /**
   * Saves a strategy after checking it: the schema, then its KPIs against
   * the built-ins and the plugins' (`REPORTING_KPI_CLASH`) and its goals'
   * `kpiId`s (`REPORTING_UNKNOWN_KPI`). A refused strategy is not stored,
   * and the one stored before stays as it was.
   */
  saveStrategy(input: StrategyInput, options?: SaveOptions): Promise<Strategy>;
  /**
   * Assesses every goal of every stored strategy from the collected metrics:
   * its KPI per whole period (`goalPeriod`) up to now, then attainment,
   * trend and forecast ({@link goalProgress}). Emits `goal.at-risk` for each
   * goal whose forecast misses its target, each time it runs (the event's
   * subject is the goal's id, so a listener can tell repeats).
   */
  checkGoals(): Promise<GoalCheck[]>;
  /**
   * Writes the report of a period from the store: the KPIs in force (or
   * `kpiIds`) with the period before, the goals as they stand now, the
   * response times, the posts that worked best and least with their check
   * findings, a comparison with other towns if asked for, and
   * recommendations by {@link RECOMMENDATION_RULES}. By default the last
   * whole month in the organisation's time zone, in its language. Render it
   * with any renderer of `ctx.registries.renderers`. Emits no events.
   */
  buildReport(options?: BuildReportOptions): Promise<Report>;
}

/** Options of {@link ReportingPlugin.buildReport}. */
export interface BuildReportOptions extends Omit<ReportContentOptions, "period" | "combinations" | "kinds"> {
  /** The period: a `ReportPeriod` or its key ("2027-03", "2027-W12", "2027-Q1", "2027", "2027-03-28"); the last whole month by default. */
  readonly period?: ReportPeriod | string;
  /** The KPIs reported, in order; every KPI in force by default. */
  readonly kpiIds?: readonly string[];
  /**
   * Compare the organisation with others of a store (a county's or a
   * suite's) on one KPI; `reach-per-1000-inhabitants` by default. Each
   * town's figure is read through its own tenant.
   */
  readonly compareWith?: {
    /** The store holding the towns (this organisation among them). */
    readonly store: Pick<Store, "organisations" | "tenant">;
    /** The other towns' organisation ids. */
    readonly organisationIds: readonly string[];
    /** The KPI compared. */
    readonly kpiId?: string;
  };
}

/**
 * The reporting plugin for `createKommune`.
 *
 * @example
 * ```ts
 * const reports = reporting();
 * const ksm = await createKommune({ organisation, plugins: [reports] });
 * await reports.saveStrategy(strategy); // refused if a goal names no KPI
 * ksm.bus.on("goal.at-risk", (event) => notify(event.data.goalId));
 * await reports.checkGoals();
 * ```
 */
export function reporting(options: ReportingOptions = {}): ReportingPlugin {
  const goalPeriod = options.goalPeriod ?? "month";
  const goalHistory = options.goalHistory ?? 12;
  // Every option checked here, so that a wrong one fails when the plugin is made, not months later in checkGoals.
  if (!(PERIOD_UNITS as readonly unknown[]).includes(goalPeriod)) throw new ReportingError("REPORTING_INVALID_REQUEST", `reporting: \`goalPeriod\` must be one of ${PERIOD_UNITS.join(", ")}, got ${JSON.stringify(goalPeriod)}.`);
  if (!Number.isInteger(goalHistory) || goalHistory < 1 || goalHistory > 1000) {
    throw new ReportingError("REPORTING_INVALID_REQUEST", `reporting: \`goalHistory\` must be a whole number from 1 to 1000, got ${String(goalHistory)}.`);
  }
  if (options.level !== undefined && !(options.level > 0 && options.level < 1)) throw new ReportingError("REPORTING_INVALID_REQUEST", `reporting: \`level\` must be above 0 and below 1, got ${String(options.level)}.`);
  // The combinations and kinds, checked by the same rules evaluateKpi applies.
  checkCombinations(options.combinations ?? STANDARD_METRIC_COMBINATIONS, options.kinds);
  let context: PluginContext | undefined;
  const ctx = (): PluginContext => {
    if (context === undefined) throw new ReportingError("REPORTING_INVALID_REQUEST", "The reporting plugin has not been set up by createKommune yet (or was disposed).");
    return context;
  };
  const plugin = definePlugin({
    name: "reporting",
    version: "0.0.0",
    setup(given) {
      // One plugin object serves one instance: a second would make it read the second organisation's data.
      if (context !== undefined) throw new ReportingError("REPORTING_INVALID_REQUEST", `This reporting plugin already serves the organisation "${context.organisation.id}"; call reporting() once per instance.`);
      context = given;
      const unregister = [HTML_RENDERER, PDF_RENDERER, ...TEXT_RENDERERS].map((renderer) => given.registries.renderers.register(renderer));
      return () => {
        for (const remove of unregister) remove();
        context = undefined;
      };
    },
  });
  const kpis = (strategy?: Pick<Strategy, "kpis" | "goals">): KpiCatalogue => kpiCatalogue({ registered: ctx().registries.kpis.list(), ...(strategy === undefined ? {} : { strategy }) });

  const assessGoals = async (emit: boolean, read?: readonly MetricSample[]): Promise<GoalCheck[]> => {
    const current = ctx();
    const now = current.clock.now();
    const zone = current.organisation.timeZone;
    const strategies = await current.store.strategies.list();
    const channels = await current.store.channels.list();
    const samples = read ?? (await current.store.metrics.query({ to: new Date(now).toISOString() }));
    const reportChannels: ReportChannel[] = channels.map((channel) => {
      const metrics = current.registries.networks.get(channel.network)?.capabilities?.metrics;
      return metrics === undefined ? { id: channel.id } : { id: channel.id, metrics };
    });
    const population = current.organisation.population;
    const checks: GoalCheck[] = [];
    for (const strategy of strategies) {
      let catalogue: KpiCatalogue;
      try {
        catalogue = kpis({ kpis: strategy.kpis, goals: [] });
      } catch (error) {
        // A plugin added since the strategy was saved may define one of its KPIs differently: its goals cannot be assessed, the other strategies' can.
        if (!KommuneError.isInstance(error)) throw error;
        for (const goal of strategy.goals) checks.push({ strategyId: strategy.id, goal, progress: undefined, problem: error.message });
        continue;
      }
      // The whole periods before now, back to the strategy's start or `goalHistory` periods.
      const periods: ReportPeriod[] = [];
      let period = previousPeriod(periodContaining(goalPeriod, now, zone));
      while (periods.length < goalHistory && (strategy.validFrom === undefined || period.lastDay >= strategy.validFrom)) {
        periods.unshift(period);
        period = previousPeriod(period);
      }
      for (const goal of strategy.goals) {
        try {
          const kpi = catalogue.require(goal.kpiId);
          const scoped = goal.channelIds ?? (strategy.channelIds.length > 0 ? strategy.channelIds : undefined);
          const known = new Set(reportChannels.map((channel) => channel.id));
          const unknown = scoped?.filter((id) => !known.has(id)) ?? [];
          if (unknown.length > 0) throw new ReportingError("REPORTING_INVALID_REQUEST", `the goal "${goal.id}" names the channel${unknown.length > 1 ? "s" : ""} ${unknown.map((id) => `"${id}"`).join(", ")}, which the store does not hold.`);
          const channelIds = scoped;
          const points: GoalPoint[] = [];
          // Only the samples of the KPI's metrics, and for each period only those before its end: the same value, read from less.
          const needed = metricsOfKpi(kpi, options.combinations);
          const relevant = samples.filter((sample) => needed.has(sample.metric)).map((sample) => ({ sample, ms: Date.parse(sample.at) }));
          // Stores give samples in time order; a store that did not would make the slices below wrong, so check.
          if (relevant.some((entry, index) => index > 0 && entry.ms < relevant[index - 1]!.ms)) relevant.sort((a, b) => a.ms - b.ms);
          let end = 0;
          for (const each of periods) {
            const to = Date.parse(each.to);
            while (end < relevant.length && relevant[end]!.ms < to) end++;
            const result = evaluateKpi(kpi, {
              samples: relevant.slice(0, end).map((entry) => entry.sample),
              channels: reportChannels,
              period: each,
              ...(channelIds === undefined ? {} : { scope: { channelIds } }),
              ...(population > 0 ? { inhabitants: population } : {}),
              ...(options.combinations === undefined ? {} : { combinations: options.combinations }),
              ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
            });
            if (result.status === "value") points.push({ at: each.to, value: result.value });
          }
          const progress = goalProgress(goal, kpi, points, { now, timeZone: zone, ...(options.level === undefined ? {} : { level: options.level }) });
          checks.push({ strategyId: strategy.id, goal, progress, problem: undefined });
          if (emit && progress.status === "at-risk" && progress.forecast !== undefined) {
            current.bus.emit(
              "goal.at-risk",
              {
                strategyId: strategy.id,
                goalId: goal.id,
                kpiId: kpi.id,
                target: goal.target,
                deadline: goal.deadline,
                ...(progress.current === undefined ? {} : { current: progress.current.value }),
                forecast: progress.forecast.value,
                low: progress.forecast.low,
                high: progress.forecast.high,
                level: progress.forecast.level,
              },
              { subject: goal.id },
            );
          }
        } catch (error) {
          if (!KommuneError.isInstance(error)) throw error;
          current.logger.warn("goal not assessed", { strategyId: strategy.id, goalId: goal.id, code: error.code });
          checks.push({ strategyId: strategy.id, goal, progress: undefined, problem: error.message });
        }
      }
    }
    return checks;
};


  const buildReport = async (request: BuildReportOptions = {}): Promise<Report> => {
    const current = ctx();
    if (typeof request !== "object" || request === null) throw new ReportingError("REPORTING_INVALID_REQUEST", "buildReport: give an options object, e.g. { period: \"2027-03\" }.");
    const zone = current.organisation.timeZone;
    const now = current.clock.now();
    const period = request.period === undefined ? previousPeriod(periodContaining("month", now, zone)) : typeof request.period === "string" ? parsePeriod(request.period, zone) : request.period;
    if (request.locale !== undefined && request.locale !== "de" && request.locale !== "en") throw new ReportingError("REPORTING_INVALID_REQUEST", `buildReport: \`locale\` must be "de" or "en", got ${JSON.stringify(request.locale)}.`);
    const strategies = await current.store.strategies.list();
    // The KPIs in force: core's, the plugins' and every stored strategy's own (a strategy whose KPIs clash is left out here; checkGoals names it).
    const inForce = new Map<string, KpiDefinition>();
    for (const kpi of kpis().list()) inForce.set(kpi.id, kpi);
    for (const strategy of strategies) {
      try {
        for (const kpi of kpis({ kpis: strategy.kpis, goals: [] }).list()) if (!inForce.has(kpi.id)) inForce.set(kpi.id, kpi);
      } catch (error) {
        if (!KommuneError.isInstance(error)) throw error;
      }
    }
    const require = (id: string): KpiDefinition => {
      const found = inForce.get(id);
      if (found === undefined) throw new ReportingError("REPORTING_UNKNOWN_KPI", `buildReport: no KPI "${id}" is in force; known: ${[...inForce.keys()].join(", ")}.`);
      return found;
    };
    const reported = request.kpiIds === undefined ? [...inForce.values()] : request.kpiIds.map(require);
    const channels = await current.store.channels.list();
    const metricsOf = (channel: Channel) => current.registries.networks.get(channel.network)?.capabilities?.metrics;
    const reportChannels: ReportChannel[] = channels.map((channel) => {
      const metrics = metricsOf(channel);
      return metrics === undefined ? { id: channel.id } : { id: channel.id, metrics };
    });
    // Read once, up to now: the goals need it all, the report's figures ignore what lies after the period.
    const samples = await current.store.metrics.query({ to: new Date(Math.max(now, Date.parse(period.to))).toISOString() });
    const checks = await assessGoals(false, samples.filter((sample) => Date.parse(sample.at) < now));
    const goals = checks.flatMap((check) => {
      const kpi = inForce.get(check.goal.kpiId);
      return check.progress === undefined || kpi === undefined ? [] : [{ statement: check.goal.statement, kpi, progress: check.progress }];
    });
    let comparison: ReportData["comparison"];
    if (request.compareWith !== undefined) {
      const kpi = require(request.compareWith.kpiId ?? "reach-per-1000-inhabitants");
      const others = request.compareWith.organisationIds.filter((id) => id !== current.organisation.id);
      comparison = {
        kpi,
        comparison: await compareFromStore(request.compareWith.store, kpi, {
          period,
          organisationIds: [current.organisation.id, ...others],
          metricsOf,
          ...(options.combinations === undefined ? {} : { combinations: options.combinations }),
        }),
      };
    }
    const data: ReportData = {
      organisation: current.organisation,
      channels: reportChannels,
      samples,
      posts: await current.store.posts.list(),
      interactions: await current.store.interactions.list(),
      kpis: reported,
      goals,
      ...(comparison === undefined ? {} : { comparison }),
      now,
    };
    const { period: _given, kpiIds: _kpiIds, compareWith: _compare, ...content } = request;
    return reportFromData(data, {
      ...content,
      period,
      locale: request.locale ?? (current.organisation.locale === "en" ? "en" : "de"),
      ...(options.combinations === undefined ? {} : { combinations: options.combinations }),
      ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
    });
  };

  return {
    ...plugin,
    kpis,
    async saveStrategy(input, saveOptions) {
      const current = ctx();
      const strategy = validate(StrategySchema, input, { locale: current.locale, entity: "Strategy" });
      const catalogue = kpis(strategy);
      // A goal whose target lies on the worse side of its baseline would count as achieved on the first day.
      const backwards = strategy.goals.flatMap((goal, at) => {
        const better = catalogue.require(goal.kpiId).better;
        return (better === "higher" ? goal.target < goal.baseline : goal.target > goal.baseline)
          ? [`goals[${at}] ("${goal.id}") aims from ${goal.baseline} to ${goal.target}, but for the KPI "${goal.kpiId}" ${better} is better`]
          : [];
      });
      if (backwards.length > 0) throw new ReportingError("REPORTING_INVALID_REQUEST", `saveStrategy: ${backwards.join("; ")}; swap baseline and target or choose the KPI that measures the goal.`);
      await current.store.strategies.save(strategy, saveOptions);
      return strategy;
    },
    async checkGoals() {
      return assessGoals(true);
    },
    buildReport,
  };
}
