import type { MetricSample, Organisation, Post } from "../model/index.js";

/** A valid organisation for store tests; `id` and `ags` vary per tenant. */
export function fixtureOrganisation(id: string, overrides: Partial<Organisation> = {}): Organisation {
  return {
    id,
    name: `Gemeinde ${id}`,
    kind: "gemeinde",
    ags: "09162000",
    federalState: "BY",
    population: 12_000,
    timeZone: "Europe/Berlin",
    addressForm: "sie",
    imprintUrl: `https://${id}.example/impressum`,
    locale: "de",
    settings: { fourEyes: { posts: true, replies: false } },
    ...overrides,
  } as Organisation;
}

/** A valid draft post for store tests. */
export function fixturePost(organisationId: string, id: string, overrides: Partial<Post> = {}): Post {
  return {
    id,
    organisationId,
    state: "draft",
    authorId: "author-1",
    contributorIds: [],
    text: `Beitrag ${id}: Sperrmüll am Samstag in der Lindenstraße.`,
    language: "de",
    media: [],
    links: [],
    hashtags: [],
    variants: [],
    createdAt: "2026-05-01T08:00:00.000Z",
    updatedAt: "2026-05-01T08:00:00.000Z",
    revision: 1,
    ...overrides,
  } as Post;
}

/** A metric sample for store tests. */
export function fixtureSample(organisationId: string, at: string, metric: string, value: number, extra: Partial<MetricSample> = {}): MetricSample {
  return { organisationId, channelId: "channel-1", at, metric, value, ...extra } as MetricSample;
}
