// Shared setup of the check tests (not part of the package's API).
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import {
  COUNTING_RULES,
  PostContentSchema,
  StrategySchema,
  type CheckChannel,
  type CheckContext,
  type FindingInput,
  type NetworkRegistrationCapabilities,
  type PostCheckInput,
  type PostContentInput,
  type Strategy,
  type StrategyInput,
} from "@kommune-sm/core";

export const NOW = Date.parse("2026-08-01T08:00:00Z");

/** A post's content as a check reads it. */
export function postInput(content: PostContentInput & { scheduledAt?: string }): PostCheckInput {
  const { scheduledAt, ...rest } = content;
  return { target: "post", post: { ...PostContentSchema.parse(rest), ...(scheduledAt ? { scheduledAt } : {}) } };
}

/** Musterstadt's strategy with the given parts. */
export function strategy(parts: Partial<StrategyInput> = {}): Strategy {
  return StrategySchema.parse({
    id: "strategie",
    organisationId: "musterstadt",
    name: "Strategie",
    goals: [],
    audiences: [],
    channelIds: [],
    pillars: [{ id: "rathaus", name: "Aus dem Rathaus" }],
    brandVoice: { tonality: [], wordsToAvoid: [] },
    quietPeriods: [],
    ...parts,
  });
}

/** A channel of `network` with the given capabilities. */
export function channel(id: string, network: string, capabilities?: NetworkRegistrationCapabilities): CheckChannel {
  const stored = { id, organisationId: "musterstadt", network, handle: `@stadt@${network}.example`, options: {}, active: true };
  return capabilities ? { channel: stored, capabilities } : { channel: stored };
}

export const MASTODON: NetworkRegistrationCapabilities = {
  text: COUNTING_RULES.mastodon,
  contentWarnings: true,
  media: { kinds: ["image", "video", "gif"], maxItems: 4, altText: "supported", altTextMaxLength: 1500, mixedKinds: false },
};
export const BLUESKY: NetworkRegistrationCapabilities = { text: COUNTING_RULES.bluesky, media: { kinds: ["image", "video"], maxItems: 4, altText: "supported", altTextMaxLength: 2000, mixedKinds: false } };

/** A check context for Musterstadt at {@link NOW}. */
export function contextWith(parts: { strategies?: Strategy[]; channels?: CheckChannel[]; now?: number; addressForm?: "sie" | "du" } = {}): CheckContext {
  return {
    organisation: fixtureOrganisation("musterstadt", parts.addressForm ? { addressForm: parts.addressForm } : {}),
    strategies: parts.strategies ?? [],
    settings: { disabled: [], severities: {} },
    channels: parts.channels ?? [],
    now: parts.now ?? NOW,
    locale: "de",
  };
}

/** `code@field:start-end` of each finding, to compare briefly. */
export function brief(findings: readonly FindingInput[]): string[] {
  return findings.map((f) => `${f.code}${f.location ? `@${f.location.field}${f.location.channelId ? `[${f.location.channelId}]` : ""}${f.location.index !== undefined ? `#${f.location.index}` : ""}${f.location.start !== undefined ? `:${f.location.start}-${f.location.end}` : ""}` : ""}`);
}
