import { createKommune, KommuneError, MUSTERSTADT_ORGANISATION, type KommunePlugin } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { createReferenceNetwork } from "../testkit/reference-network.js";
import { adapterPlugin, getNetworkAdapter, toCurrentAdapter } from "./adapter-registry.js";
import type { NetworkAdapterV1 } from "./network-adapter-v1.js";

const adapter = (): NetworkAdapterV1 => createReferenceNetwork().adapter;

function codeOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (KommuneError.isInstance(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("did not throw");
}

describe("adapter registration", () => {
  it("refuses malformed capabilities when the plugin is made, naming every field", () => {
    const wrong = adapter();
    const broken = {
      ...wrong,
      capabilities: {
        ...wrong.capabilities,
        idempotency: "sometimes",
        rateLimits: [{ requests: 0, perMilliseconds: 1000, scope: "account" }],
        media: { ...wrong.capabilities.media, kinds: ["image", "hologram"] },
        threds: true,
      },
    } as unknown as NetworkAdapterV1;
    const { code, message } = codeOf(() => adapterPlugin(broken));
    expect(code).toBe("NETWORK_ADAPTER_INVALID");
    expect(message).toContain(`adapter "${wrong.id}"`);
    for (const field of ["idempotency", "rateLimits[0].requests", "media.kinds[1]", "Unrecognized key: \"threds\""]) expect(message).toContain(field);
  });

  it("refuses an adapter registered past adapterPlugin when the engine looks it up", async () => {
    const wrong = adapter();
    const broken = { ...wrong, capabilities: { ...wrong.capabilities, text: { ...wrong.capabilities.text, limits: [] } } } as unknown as NetworkAdapterV1;
    const direct: KommunePlugin = { name: "direct", version: "1.0.0", setup: (ctx) => ctx.registries.networks.register(broken) };
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [direct] });
    expect(codeOf(() => getNetworkAdapter(ksm.registries, wrong.id)).code).toBe("NETWORK_ADAPTER_INVALID");
    await ksm.dispose();
  });

  it("checks an adapter once: the lookup for each delivery hands back the same object", () => {
    const good = adapter();
    expect(toCurrentAdapter(good, good.id)).toBe(good);
    expect(toCurrentAdapter(good, good.id)).toBe(good);
    expect(codeOf(() => toCurrentAdapter({ ...good, specificationVersion: "v0" }, good.id)).code).toBe("NETWORK_ADAPTER_MISSING");
  });

  it("lets plugins read a registered adapter's counting rule and metrics through core, without importing this package", async () => {
    const good = adapter();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [adapterPlugin(good)] });
    const registered = ksm.registries.networks.get(good.id);
    expect(registered?.capabilities?.text).toEqual(good.capabilities.text);
    expect(registered?.capabilities?.metrics).toEqual(good.capabilities.metrics);
    await ksm.dispose();
  });
});
