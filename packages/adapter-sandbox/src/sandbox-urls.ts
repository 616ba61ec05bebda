/**
 * Addresses in the sandbox. Every one has the scheme `sandbox:`, so that no
 * link to a practice post can be mistaken for, or opened as, a real web
 * address: `sandbox://musterstadt/posts/0mf3k2x1c-1a2b3c4`.
 */
export const sandboxUrls = {
  /** A post or a team reply. */
  post: (organisationId: string, remoteId: string) => `sandbox://${encodeURIComponent(organisationId)}/posts/${encodeURIComponent(remoteId)}`,
  /** A citizen's comment under a post. */
  comment: (organisationId: string, postRemoteId: string, remoteId: string) =>
    `${sandboxUrls.post(organisationId, postRemoteId)}/comments/${encodeURIComponent(remoteId)}`,
  /** An interaction put in by hand (a mention or a comment from `control.receiveInteraction`). */
  interaction: (organisationId: string, remoteId: string) => `sandbox://${encodeURIComponent(organisationId)}/interactions/${encodeURIComponent(remoteId)}`,
  /** An account's profile. */
  profile: (organisationId: string, handle: string) => `sandbox://${encodeURIComponent(organisationId)}/profiles/${encodeURIComponent(handle)}`,
  /**
   * The imprint link of a practice profile when none is configured: an
   * address under `.example`, which is reserved (RFC 2606) and never
   * resolves, like the one of core's Musterstadt fixture. It is a link on
   * the profile (what a municipality would enter there), so it is http(s).
   */
  imprint: (organisationId: string) => `https://www.${organisationId.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "kommune"}.example/impressum`,
} as const;
