import { describe, expect, expectTypeOf, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { KpiDefinition } from "../model/index.js";
import { MASTODON_COUNTING_RULE } from "../text/counting-rules.js";
import type { CountingRule } from "../text/counting-rule.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { createKommune } from "./create-kommune.js";
import { definePlugin, type PluginContext } from "./plugin.js";
import type { CheckRegistration, NetworkRegistration, Registries, RendererRegistration } from "./registrations.js";
import type { Registry } from "./registry.js";

/** A registry a package declares for itself (the mechanism a plugin package spells `declare module "@kommune-sm/core"`). */
interface TestWidget {
  readonly id: string;
  readonly colour: "red" | "green";
}

declare module "./registrations.js" {
  interface RegistryCatalogue {
    "test.widgets": TestWidget;
  }
}

/** What a reporting package would register as a renderer: more than core knows. */
interface FullRenderer extends RendererRegistration {
  readonly render: (text: string) => number;
}

const organisation = fixtureOrganisation("musterstadt");

describe("registries by name", () => {
  it("gives core's registries by name as the same objects as their properties, in the application and in a plugin", async () => {
    let seen: PluginContext["registries"] | undefined;
    const ksm = await createKommune({ organisation, plugins: [definePlugin({ name: "looker", version: "1.0.0", setup: (ctx) => void (seen = ctx.registries) })] });
    for (const registries of [ksm.registries, seen!]) {
      expect(registries.get("networks")).toBe(registries.networks);
      expect(registries.get("checks")).toBe(registries.checks);
      expect(registries.get("renderers")).toBe(registries.renderers);
      expect(registries.get("kpis")).toBe(registries.kpis);
    }
    expect(ksm.registries.get("kpis").list().map((kpi) => kpi.id)).toContain("engagement-rate");
    await ksm.dispose();
  });

  it("makes a registry a package declared when it is first asked for, and takes a plugin's entries out of it at teardown", async () => {
    const widgets = definePlugin({
      name: "widgets",
      version: "1.0.0",
      setup(ctx) {
        ctx.registries.get("test.widgets").register({ id: "w1", colour: "red" });
      },
    });
    const ksm = await createKommune({ organisation, plugins: [widgets] });
    expect(ksm.registries.names()).toEqual(["networks", "checks", "renderers", "kpis", "test.widgets"]);
    expect(ksm.registries.get("test.widgets").require("w1").colour).toBe("red");
    expect(() => ksm.registries.get("test.widgets").register({ id: "w1", colour: "green" })).toThrow(/already in the test.widgets registry \(registered by plugin "widgets"\)/);
    await ksm.dispose();
    expect(ksm.registries.get("test.widgets").list()).toEqual([]);
  });

  it("keeps the registries of two instances apart", async () => {
    const a = await createKommune({ organisation });
    const b = await createKommune({ organisation });
    a.registries.get("test.widgets").register({ id: "w1", colour: "green" });
    expect(b.registries.get("test.widgets").has("w1")).toBe(false);
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it("refuses a name no registry can have, naming the registries there are", async () => {
    const ksm = await createKommune({ organisation });
    for (const name of ["", "has space", "1st", "__proto__x!", "x".repeat(101), 42, undefined]) {
      let thrown: unknown;
      try {
        ksm.registries.get(name as never);
      } catch (error) {
        thrown = error;
      }
      expect(KommuneError.isInstance(thrown, "CORE_INVALID_ARGUMENT"), String(name)).toBe(true);
      expect((thrown as Error).message).toContain("registries now: networks, checks, renderers, kpis");
    }
    expect(ksm.registries.names()).toEqual(["networks", "checks", "renderers", "kpis"]);
    await ksm.dispose();
  });
});

describe("registry types", () => {
  it("type core's registries with core's types where no package declared more", async () => {
    const ksm = await createKommune({ organisation });
    expectTypeOf(ksm.registries.networks).toEqualTypeOf<Registry<NetworkRegistration>>();
    expectTypeOf(ksm.registries.get("networks")).toEqualTypeOf<Registry<NetworkRegistration>>();
    expectTypeOf(ksm.registries.get("checks")).toEqualTypeOf<Registry<CheckRegistration>>();
    // @kommune-sm/reporting declares the full shape of the renderers (the type check sees every package): it extends core's.
    expectTypeOf<ReturnType<typeof ksm.registries.renderers.require>>().toMatchTypeOf<RendererRegistration>();
    expectTypeOf(ksm.registries.get("kpis")).toEqualTypeOf<Registry<KpiDefinition>>();
    expectTypeOf(ksm.registries.get("test.widgets")).toEqualTypeOf<Registry<TestWidget>>();
    expectTypeOf(ksm.registries.get("test.widgets").require).returns.toEqualTypeOf<TestWidget>();
    // Checked by the type checker only; never run.
    const typeErrors = () => {
      // @ts-expect-error a registry nobody declared is a type error
      ksm.registries.get("chekcs");
      // @ts-expect-error a declared registry takes only its own items
      ksm.registries.get("test.widgets").register({ id: "w2", colour: "blue" });
    };
    void typeErrors;
    await ksm.dispose();
  });

  it("type a registry a package declared with its own item type, by property and by name", () => {
    // `Registries<Catalogue>` is what `Registries` is once a package declared `renderers: FullRenderer`.
    type Declared = Registries<{ renderers: FullRenderer; "scoring.profiles": { readonly id: string; readonly weights: readonly number[] } }>;
    expectTypeOf<Declared["renderers"]>().toEqualTypeOf<Registry<FullRenderer>>();
    const declared = {} as Declared;
    expectTypeOf<ReturnType<typeof declared.get<"renderers">>>().toEqualTypeOf<Registry<FullRenderer>>();
    expectTypeOf<ReturnType<ReturnType<typeof declared.get<"renderers">>["list"]>>().toEqualTypeOf<FullRenderer[]>();
    expectTypeOf<ReturnType<ReturnType<typeof declared.get<"scoring.profiles">>["require"]>["weights"]>().toEqualTypeOf<readonly number[]>();
    expectTypeOf(declared.networks).toEqualTypeOf<Registry<NetworkRegistration>>();
    // An item type without an id cannot be a registry's.
    expectTypeOf<Registries<{ renderers: { readonly mediaType: string } }>["renderers"]>().toEqualTypeOf<Registry<never>>();
  });
});

describe("network capabilities in the registry", () => {
  it("lets any plugin read a network's counting rule and metric names without the network package", async () => {
    const adapter = definePlugin({
      name: "network:village",
      version: "1.0.0",
      setup(ctx) {
        // What an adapter of @kommune-sm/network carries, more than core knows.
        const registered = {
          id: "village",
          specificationVersion: "v1",
          displayName: "Dorf-App",
          capabilities: {
            text: MASTODON_COUNTING_RULE,
            metrics: ["impressions", "likes"],
            interactions: { comments: true, mentions: false, directMessages: false, reply: true },
            profile: false,
            idempotency: "none",
            rateLimits: [],
          },
          publish: async () => ({ remoteId: "1" }),
        };
        return ctx.registries.networks.register(registered);
      },
    });
    let rule: CountingRule | undefined;
    let metrics: readonly string[] | undefined;
    const reader = definePlugin({
      name: "reader",
      version: "1.0.0",
      dependencies: ["network:village"],
      setup(ctx) {
        const capabilities = ctx.registries.networks.get("village")?.capabilities;
        rule = capabilities?.text;
        metrics = capabilities?.metrics;
        expectTypeOf(capabilities?.interactions?.reply).toEqualTypeOf<boolean | undefined>();
      },
    });
    const ksm = await createKommune({ organisation, plugins: [reader, adapter] });
    expect(rule).toBe(MASTODON_COUNTING_RULE);
    expect(metrics).toEqual(["impressions", "likes"]);
    // One registered without capabilities is still a network; its capabilities are unknown.
    ksm.registries.networks.register({ id: "bare", specificationVersion: "v1" });
    expect(ksm.registries.networks.require("bare").capabilities).toBeUndefined();
    await ksm.dispose();
  });
});
