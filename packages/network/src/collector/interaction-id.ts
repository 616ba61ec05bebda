import { createHash } from "node:crypto";

/**
 * The SDK's id of an interaction, derived from where it came from: the same
 * (channel, network, remote id) always gives the same id, so an interaction
 * read twice — by two workers, or again after a crash — is one entity, kept
 * unique by the store's key rather than by a lookup that could race. The
 * network is part of it: a channel moved to another network (whose ids may
 * repeat the old one's) starts afresh.
 */
export function interactionIdFor(channelId: string, remoteId: string, network: string): string {
  // JSON keeps the parts apart ("a|b" + "c" vs "a" + "b|c" cannot collide).
  return `ia-${createHash("sha256").update(JSON.stringify([channelId, network, remoteId])).digest("hex").slice(0, 40)}`;
}
