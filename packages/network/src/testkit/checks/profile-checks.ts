import { expect } from "vitest";
import type { AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import { expectLink } from "../harness.js";

const bare = (handle: string) => handle.replace(/^@/, "").toLowerCase();

/** The profile is readable for the imprint check. */
export const profileChecks: AdapterCheckArea = {
  area: "profile",
  checks: (capabilities) =>
    capabilities.profile
      ? [
          {
            name: "reads the account's profile: the channel's handle, its links as http(s) URLs (the imprint check follows them)",
            async run(harness) {
              const profile = await harness.adapter.readProfile({ channel: harness.channel }, harness.context());
              expect(bare(profile.handle), "profile handle (compared without a leading @, ignoring case)").toBe(bare(harness.channel.handle));
              expect(Array.isArray(profile.links)).toBe(true);
              for (const link of profile.links) expect(link).toMatch(/^https?:\/\/\S+$/);
              if (profile.url !== undefined) expectLink(profile.url, "profile url");
            },
          },
        ]
      : [
          {
            name: "rejects readProfile as unsupported (capabilities.profile is false)",
            async run(harness) {
              await expectNetworkError(harness.adapter.readProfile({ channel: harness.channel }, harness.context()), "unsupported", "readProfile");
            },
          },
        ],
};
