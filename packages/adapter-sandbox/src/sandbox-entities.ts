import type { InteractionV1 } from "@kommune-sm/network";

/** A media item as the sandbox keeps it: what the audience and the checks need, not the file. */
export interface SandboxMediaSummary {
  /** Image, video, GIF or document. */
  readonly kind: "image" | "video" | "gif" | "document";
  /** Its alternative text, as given. */
  readonly altText?: string;
  /** True for a purely decorative image (no alt text needed). */
  readonly decorative?: boolean;
}

/** Who wrote an interaction, as the sandbox shows them. */
export interface SandboxAuthor {
  /** Handle on the sandbox, e.g. `"@erika_m"`. */
  readonly handle: string;
  /** Name shown, e.g. `"Erika M."`. */
  readonly displayName?: string;
}

/**
 * A post (or a team reply) on the sandbox timeline, as stored in the
 * collection `"sandbox-posts"`. Its `id` is its remote id. Never holds
 * credentials.
 */
export interface SandboxPost {
  /** The remote id: sorts by publication time. */
  readonly id: string;
  /** The organisation (tenant) whose sandbox it is. */
  readonly organisationId: string;
  /** `"post"` from publish, `"reply"` from reply. */
  readonly kind: "post" | "reply";
  /** The kommune-sm channel (the account) it was published on. */
  readonly channelId: string;
  /** The account's handle on the sandbox. */
  readonly handle: string;
  /** The key it was published with; the sandbox never makes a second post for it. */
  readonly idempotencyKey: string;
  /** As written. */
  readonly text: string;
  /** The content warning shown before the text (`PublishRequestV1.contentWarning`), as written; absent: none. */
  readonly contentWarning?: string;
  /** BCP 47 language of the text. */
  readonly language: string;
  /** The attached media, without the files. */
  readonly media: readonly SandboxMediaSummary[];
  /** Links of the request. */
  readonly links: readonly string[];
  /** Hashtags of the request, without "#". */
  readonly hashtags: readonly string[];
  /** Content pillar from `PublishRequestV1.options.pillar`, if given. */
  readonly pillar?: string;
  /** For a reply: the post or interaction it answers. */
  readonly inReplyToRemoteId?: string;
  /** RFC 3339 (UTC), from the call context's clock. */
  readonly publishedAt: string;
  /** RFC 3339 (UTC) when it was deleted; deleted posts stay so that their key is remembered. */
  readonly deletedAt?: string;
}

/**
 * A citizen's comment, mention or message that a test or a trainer put into
 * the sandbox (`control.receiveInteraction`), as stored in the collection
 * `"sandbox-interactions"`. Simulated comments are not stored: they follow
 * from the seed and the posts.
 */
export interface SandboxInteraction {
  /** The remote id: sorts by `receivedAt`. */
  readonly id: string;
  /** The organisation (tenant) whose sandbox it is. */
  readonly organisationId: string;
  /** The channel it came in on; absent: shown on every channel of the sandbox. */
  readonly channelId?: string;
  /** Comment, reply, mention or direct message. */
  readonly kind: InteractionV1["kind"];
  /** The post or interaction it answers. */
  readonly inReplyToRemoteId?: string;
  /** Who wrote it. */
  readonly author: SandboxAuthor;
  /** As written; never escaped or changed by the sandbox. */
  readonly text: string;
  /** BCP 47 language of the text, if given. */
  readonly language?: string;
  /** RFC 3339 (UTC) when it arrived. */
  readonly receivedAt: string;
}

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** The sandbox network's timeline: posts and team replies (`@kommune-sm/adapter-sandbox`). */
    "sandbox-posts": SandboxPost;
    /** Interactions put into the sandbox by hand or by a test (`@kommune-sm/adapter-sandbox`). */
    "sandbox-interactions": SandboxInteraction;
  }
}
