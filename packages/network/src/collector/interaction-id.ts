import { createHash } from "node:crypto";

/**
 * The SDK's id of an interaction, derived from where it came from: the same
 * (channel, remote id) always gives the same id, so an interaction read
 * twice — by two workers, or again after a crash — is one entity, kept
 * unique by the store's key rather than by a lookup that could race.
 */
export function interactionIdFor(channelId: string, remoteId: string): string {
  // JSON keeps the two apart ("a|b" + "c" vs "a" + "b|c" cannot collide).
  return `ia-${createHash("sha256").update(JSON.stringify([channelId, remoteId])).digest("hex").slice(0, 40)}`;
}
