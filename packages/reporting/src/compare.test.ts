import { createMemoryStore, MUSTERSTADT_CHANNELS, type KpiDefinition, type MetricSample } from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFromStore, compareMunicipalities, sizeClassOf, type MunicipalityInput } from "./compare.js";
import { periodOfDay } from "./periods.js";

const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const reach: KpiDefinition = { id: "reach-total", name: "Reichweite", unit: "count", better: "higher", formula: { type: "sum", metric: "reach" } };
const responseHours: KpiDefinition = { id: "median-hours", name: "Antwortzeit", unit: "hours", better: "lower", formula: { type: "quantile", metric: "first-response-hours", q: 0.5 } };

const reachSample = (organisationId: string, channelId: string, value: number): MetricSample => ({ organisationId, channelId, postId: "p1", metric: "reach", at: "2027-03-10T10:00:00Z", value });
const town = (id: string, name: string, population: number, reached: number | undefined, metrics?: string[]): MunicipalityInput => ({
  organisation: { id, name, population },
  samples: reached === undefined ? [] : [reachSample(id, "fb", reached)],
  channels: [{ id: "fb", ...(metrics === undefined ? {} : { metrics }) }],
});

describe("comparing municipalities", () => {
  it("size classes are the BBSR's: Landgemeinde, Kleinstadt, Mittelstadt, Großstadt", () => {
    expect([0, 4_999, 5_000, 19_999, 20_000, 99_999, 100_000, 3_700_000].map((population) => sizeClassOf(population).id)).toEqual([
      "landgemeinde",
      "landgemeinde",
      "kleinstadt",
      "kleinstadt",
      "mittelstadt",
      "mittelstadt",
      "grossstadt",
      "grossstadt",
    ]);
    expect(() => sizeClassOf(-1)).toThrow("a population must be a number of at least 0");
  });

  it("counts per 1,000 inhabitants, places overall and within the size class, a median per class, and 'not available' without a place", () => {
    const comparison = compareMunicipalities(
      reach,
      [
        town("musterstadt", "Musterstadt", 24_310, 4_862),
        town("nachbardorf", "Nachbardorf", 3_200, 960),
        town("beispielstadt", "Beispielstadt", 58_000, 8_700),
        town("ohnezahl", "Ohnezahl", 7_000, 500, ["likes"]),
      ],
      { period: march },
    );
    expect(comparison.comparedAs).toBe("per-1000-inhabitants");
    const rows = Object.fromEntries(comparison.rows.map((row) => [row.organisationId, row]));
    expect(rows.musterstadt).toMatchObject({ sizeClass: "mittelstadt", compared: 200, rank: 2, rankInClass: 1 });
    expect(rows.beispielstadt).toMatchObject({ compared: 150, rank: 3, rankInClass: 2 });
    expect(rows.nachbardorf).toMatchObject({ sizeClass: "landgemeinde", compared: 300, rank: 1, rankInClass: 1 });
    expect(rows.ohnezahl).toMatchObject({ sizeClass: "kleinstadt", compared: undefined, rank: undefined, result: { status: "not-available" } });
    expect(comparison.classes).toEqual([
      { id: "landgemeinde", name: "Landgemeinde", towns: 1, withFigure: 1, median: 300 },
      { id: "kleinstadt", name: "Kleinstadt", towns: 1, withFigure: 0, median: undefined },
      { id: "mittelstadt", name: "Mittelstadt", towns: 2, withFigure: 2, median: 175 },
    ]);
  });

  it("hours and rates are compared as they are; lower is better where the KPI says so", () => {
    const hours = (id: string, values: number[]): MunicipalityInput => ({
      organisation: { id, name: id, population: 10_000 },
      samples: values.map((value, index) => ({ organisationId: id, channelId: "fb", metric: "first-response-hours", at: `2027-03-1${index}T10:00:00Z`, value })),
      channels: [{ id: "fb" }],
    });
    const comparison = compareMunicipalities(responseHours, [hours("a", [5, 7, 9]), hours("b", [2, 3, 4]), hours("c", [3])], { period: march });
    expect(comparison.comparedAs).toBe("as-is");
    expect(comparison.rows.map((row) => [row.organisationId, row.compared, row.rank])).toEqual([
      ["a", 7, 3],
      ["b", 3, 1],
      ["c", 3, 1],
    ]);
  });

  it("from one store: each town's figure comes from its own data only, even where two towns name their channels alike", async () => {
    const store = createMemoryStore();
    for (const [id, population, reached] of [
      ["musterstadt", 24_000, 2_400],
      ["nachbarort", 6_000, 3_000],
    ] as const) {
      await store.organisations.save(fixtureOrganisation(id, { population }));
      const tenant = store.tenant(id);
      await tenant.channels.insert({ ...MUSTERSTADT_CHANNELS[2]!, organisationId: id });
      await tenant.metrics.append([reachSample(id, MUSTERSTADT_CHANNELS[2]!.id, reached)]);
    }
    const comparison = await compareFromStore(store, reach, { period: march });
    expect(comparison.rows.map((row) => [row.organisationId, row.compared])).toEqual([
      ["musterstadt", 100],
      ["nachbarort", 500],
    ]);
    const one = await compareFromStore(store, reach, { period: march, organisationIds: ["nachbarort"], metricsOf: () => ["likes"] });
    expect(one.rows.map((row) => row.result.status)).toEqual(["not-available"]);
    await expect(compareFromStore(store, reach, { period: march, organisationIds: ["nirgendwo"] })).rejects.toThrow('the store has no organisation "nirgendwo"');
  });

  it("property: places do not depend on the order of the towns; the best has place 1; a better figure never has a worse place", () => {
    const towns = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), population: fc.integer({ min: 1, max: 400_000 }), reached: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }) }), {
      selector: (entry) => entry.id,
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(towns, fc.boolean(), (given, lowerIsBetter) => {
        const kpi: KpiDefinition = { ...reach, better: lowerIsBetter ? "lower" : "higher" };
        const inputs = given.map((entry) => town(entry.id, entry.id, entry.population, entry.reached));
        const forward = compareMunicipalities(kpi, inputs, { period: march });
        const backward = compareMunicipalities(kpi, [...inputs].reverse(), { period: march });
        const places = (rows: typeof forward.rows) => Object.fromEntries(rows.map((row) => [row.organisationId, [row.rank, row.rankInClass]]));
        expect(places(backward.rows)).toEqual(places(forward.rows));
        const figured = forward.rows.filter((row) => row.compared !== undefined);
        if (figured.length > 0) expect(Math.min(...figured.map((row) => row.rank!))).toBe(1);
        for (const a of figured) {
          for (const b of figured) {
            const aBetter = lowerIsBetter ? a.compared! < b.compared! : a.compared! > b.compared!;
            if (aBetter) expect(a.rank!).toBeLessThan(b.rank!);
            if (a.compared === b.compared) expect(a.rank).toBe(b.rank);
          }
        }
      }),
    );
  });
});
