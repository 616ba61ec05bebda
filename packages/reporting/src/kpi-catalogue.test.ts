import { BUILT_IN_KPIS, MUSTERSTADT_STRATEGY, type KpiDefinition, type Strategy } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { kpiCatalogue } from "./kpi-catalogue.js";
import { ReportingError } from "./reporting-error.js";

const portalClicks: KpiDefinition = { id: "portal-clicks", name: "Klicks zum Bürgerservice-Portal", unit: "count", better: "higher", formula: { type: "sum", metric: "clicks" } };
const goal = (kpiId: string) => ({ id: "ziel", statement: "Mehr Klicks", kpiId, baseline: 10, target: 20, deadline: "2027-12-31", ownerId: "anna" });
const strategy = (kpis: KpiDefinition[], goals: ReturnType<typeof goal>[] = []): Pick<Strategy, "kpis" | "goals"> => ({ kpis, goals });

const refusal = (run: () => unknown): ReportingError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportingError);
    return error as ReportingError;
  }
  throw new Error("not refused");
};

describe("kpiCatalogue", () => {
  it("merges core's built-ins, plugins' registrations and the strategy's own KPIs, and says where each comes from", () => {
    const fromPlugin: KpiDefinition = { ...portalClicks, id: "story-views", formula: { type: "sum", metric: "story-views" } };
    // Core registers its built-ins in the registry too: the same definitions again are no clash.
    const catalogue = kpiCatalogue({ registered: [...BUILT_IN_KPIS, fromPlugin], strategy: strategy([portalClicks], [goal("portal-clicks"), goal("engagement-rate")]) });
    expect(catalogue.list().map((entry) => entry.id)).toEqual([...BUILT_IN_KPIS.map((entry) => entry.id), "story-views", "portal-clicks"]);
    expect(catalogue.sourceOf("engagement-rate")).toBe("built-in");
    expect(catalogue.sourceOf("story-views")).toBe("plugin");
    expect(catalogue.sourceOf("portal-clicks")).toBe("strategy");
    expect(catalogue.require("portal-clicks")).toBe(portalClicks);
  });

  it("the same id defined differently is refused, naming the id and both sources", () => {
    const rival = { ...BUILT_IN_KPIS[0]!, formula: { type: "ratio" as const, numerator: "likes", denominator: "impressions" } };
    const error = refusal(() => kpiCatalogue({ strategy: strategy([rival]) }));
    expect(error.code).toBe("REPORTING_KPI_CLASH");
    expect(error.message).toBe(`kpiCatalogue: the KPI "engagement-rate" is defined by core's built-in KPIs and differently by the strategy's kpis[0]; give one of them another id.`);
    expect(refusal(() => kpiCatalogue({ registered: [portalClicks], strategy: strategy([{ ...portalClicks, unit: "percent" }]) })).message).toContain("defined by a plugin's registration and differently by the strategy's kpis[0]");
    // Written in another key order, the same definition is the same KPI.
    const reordered = JSON.parse(JSON.stringify({ formula: portalClicks.formula, better: "higher", unit: "count", name: portalClicks.name, id: portalClicks.id })) as KpiDefinition;
    expect(kpiCatalogue({ registered: [portalClicks], strategy: strategy([reordered]) }).sourceOf("portal-clicks")).toBe("plugin");
  });

  it("a goal whose KPI no source defines is refused, naming the goal and the KPIs there are", () => {
    const error = refusal(() => kpiCatalogue({ strategy: strategy([], [goal("klicks")]) }));
    expect(error.code).toBe("REPORTING_UNKNOWN_KPI");
    expect(error.message).toContain('goals[0] ("ziel") names the KPI "klicks", which is not defined');
    expect(error.message).toContain('"engagement-rate"');
    expect(refusal(() => kpiCatalogue().require("nope")).code).toBe("REPORTING_UNKNOWN_KPI");
  });

  it("Musterstadt's example strategy is accepted as it is", () => {
    const catalogue = kpiCatalogue({ strategy: MUSTERSTADT_STRATEGY });
    for (const entry of MUSTERSTADT_STRATEGY.goals) expect(catalogue.get(entry.kpiId)).toBeDefined();
  });
});
