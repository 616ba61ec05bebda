import { AdapterIdSchema } from "@kommune-sm/core";
import { expect } from "vitest";
import { toCurrentAdapter } from "../../spec/adapter-registry.js";
import type { AdapterCheckArea } from "../adapter-check.js";
import { networkCapabilitiesV1Schema } from "../../spec/capabilities-schema.js";
import { channelCapabilitiesChecks } from "./channel-capabilities-checks.js";

/** The adapter's identity and capabilities are well-formed data; so is its answer per account (`capabilitiesFor`), where it has one. */
export const capabilitiesChecks: AdapterCheckArea = {
  area: "capabilities",
  checks: (_capabilities, adapter) => [
    {
      name: "implements spec v1 with a lowercase id, a display name and every operation",
      async run({ adapter }) {
        expect(adapter.specificationVersion).toBe("v1");
        expect(AdapterIdSchema.safeParse(adapter.id).success, `id "${adapter.id}" must be lowercase letters, digits and hyphens, starting with a letter`).toBe(true);
        expect(typeof adapter.displayName === "string" && adapter.displayName.trim().length > 0, "displayName must not be empty").toBe(true);
        expect(() => toCurrentAdapter(adapter, adapter.id)).not.toThrow();
      },
    },
    {
      name: "declares well-formed capabilities (counting rule, positive limits, known media kinds, metric names, rate limits)",
      async run({ capabilities }) {
        const result = networkCapabilitiesV1Schema.safeParse(capabilities);
        const issues = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
        if (issues.length > 0) expect.unreachable(`the capabilities are not well-formed: ${issues.join("; ")}`);
      },
    },
    ...channelCapabilitiesChecks(adapter),
  ],
};
