import { SandboxError } from "./sandbox-error.js";

/** What a trainer did to the imprint link of the practice profiles. */
type ImprintChange =
  | { readonly kind: "removed" }
  | { readonly kind: "replaced"; readonly url: string }
  /** Back to what the options say, for one channel while all others stay changed. */
  | { readonly kind: "as-configured" };

/**
 * The imprint link as the trainer changed it at run time (removed, pointed
 * elsewhere, restored), for all accounts or for one. Kept in memory only,
 * like revoked tokens: a new sandbox shows the profile as configured again.
 * @internal
 */
export interface SandboxImprintChanges {
  /** Removes the link from one account's profile, or from every account's. */
  remove(channelId?: string): void;
  /** Points the link elsewhere, on one account's profile or on every account's. */
  replace(url: string, channelId?: string): void;
  /** Undoes `remove` and `replace`, for one account or for all. */
  restore(channelId?: string): void;
  /** The link the account's profile shows: `configured` unless changed; null for none. */
  linkOf(channelId: string, configured: string | null): string | null;
}

/** @internal */
export function createSandboxImprintChanges(): SandboxImprintChanges {
  let forAll: ImprintChange | undefined;
  const byChannel = new Map<string, ImprintChange>();
  const set = (change: ImprintChange, channelId: string | undefined) => {
    if (channelId === undefined) {
      forAll = change;
      byChannel.clear();
    } else {
      checkChannelId(channelId);
      byChannel.set(channelId, change);
    }
  };
  return {
    remove(channelId) {
      set({ kind: "removed" }, channelId);
    },
    replace(url, channelId) {
      if (typeof url !== "string" || url.trim() === "") throw new SandboxError("SANDBOX_INVALID_OPTION", "replaceImprintLink needs the address to show instead, a non-empty string.");
      set({ kind: "replaced", url }, channelId);
    },
    restore(channelId) {
      if (channelId === undefined) {
        forAll = undefined;
        byChannel.clear();
        return;
      }
      checkChannelId(channelId);
      // With a change for all accounts in force, this one account goes back to its configuration alone.
      if (forAll) byChannel.set(channelId, { kind: "as-configured" });
      else byChannel.delete(channelId);
    },
    linkOf(channelId, configured) {
      const change = byChannel.get(channelId) ?? forAll;
      if (!change || change.kind === "as-configured") return configured;
      return change.kind === "removed" ? null : change.url;
    },
  };
}

function checkChannelId(channelId: unknown): void {
  if (typeof channelId !== "string" || channelId === "") throw new SandboxError("SANDBOX_INVALID_OPTION", "The channel id must be a non-empty string; leave it out to change every account's profile.");
}
