import type { AuditActor, AuditAnchorRecord, AuditEntry, Interaction, JsonValue, Post, Reply } from "@kommune-sm/core";

/** The `format` of every archive's `manifest.json`. */
export const ARCHIVE_FORMAT = "kommune-sm/archive";

/** The version of the archive format this package writes and reads. */
export const ARCHIVE_FORMAT_VERSION = 1;

/**
 * What the manifest's signature covers besides the manifest, so that a
 * signature made with the same key for anything else (an audit anchor) can
 * never pass as a manifest's, and the other way round.
 */
export const ARCHIVE_MANIFEST_PURPOSE = "kommune-sm/archive-manifest/v1";

/** The files of an archive, in the order they are written; `manifest.json` comes last. */
export const ARCHIVE_FILES = Object.freeze(["audit.jsonl", "posts.jsonl", "interactions.jsonl", "replies.jsonl", "index.html", "manifest.json"] as const);

/** One of {@link ARCHIVE_FILES}. */
export type ArchiveFileName = (typeof ARCHIVE_FILES)[number];

/** What a line of an entity file is about: a post, a citizen's interaction or a reply. */
export type ArchiveEntityKind = "post" | "interaction" | "reply";

/** The chained JSON-lines file of each {@link ArchiveEntityKind}. */
export const ARCHIVE_ENTITY_FILES: Readonly<Record<ArchiveEntityKind, ArchiveFileName>> = Object.freeze({
  post: "posts.jsonl",
  interaction: "interactions.jsonl",
  reply: "replies.jsonl",
});

/**
 * One audit entry about the line's entity (or delivery), as `audit.jsonl`
 * holds it, without what the line says already (organisation, subject) and
 * without `prevHash`: who did what when, from which state to which, and why.
 * `seq` and `hash` name the entry in `audit.jsonl`; the verifier checks that
 * the two agree.
 */
export interface ArchiveHistoryItem {
  /** The entry's seq in the organisation's audit log. */
  readonly seq: number;
  /** The entry's hash, as in `audit.jsonl`. */
  readonly hash: string;
  /** When, RFC 3339 UTC. */
  readonly at: string;
  /** What happened, e.g. `"post.approved"` or `"interaction.hidden"`. */
  readonly action: string;
  /** Who did it. */
  readonly actor: AuditActor;
  /** The state before. */
  readonly from?: string;
  /** The state after. */
  readonly to?: string;
  /** Why, in the actor's words (a rejection, a hidden insult, a withdrawal). */
  readonly reason?: string;
  /** The entry's extra detail. */
  readonly data?: JsonValue;
}

/**
 * A delivery of the publishing engine (`@kommune-sm/network`'s outbox) as
 * the archive keeps it: a post put on one channel, its takedown, or a reply
 * sent. Only these fields are kept; leases, idempotency keys and anything a
 * store adds are left out, and fields named like a secret are redacted.
 */
export interface ArchiveDelivery {
  /** The delivery's id in the outbox. */
  readonly id: string;
  /** `"post"`, `"takedown"` or `"reply"`. */
  readonly kind: string;
  /** The organisation it belongs to. */
  readonly organisationId: string;
  /** The post it is for (for a reply: the post the citizen wrote under, if known). */
  readonly postId?: string;
  /** The reply it sends or removes. */
  readonly replyId?: string;
  /** The interaction a reply answers. */
  readonly interactionId?: string;
  /** The channel it goes to. */
  readonly channelId?: string;
  /** The channel's network (adapter id). */
  readonly network?: string;
  /** Where it stands, e.g. `"succeeded"` or `"blocked"`. */
  readonly state?: string;
  /** When it was due. */
  readonly dueAt?: string;
  /** Calls made. */
  readonly attempts?: number;
  /** When it was made. */
  readonly createdAt?: string;
  /** When it last changed. */
  readonly updatedAt?: string;
  /** Its revision in the outbox. */
  readonly revision?: number;
  /** Why it failed, is blocked or uncertain. */
  readonly problem?: JsonValue;
  /** What was sent: the content as approved and frozen at scheduling (a reply's text). */
  readonly payload?: JsonValue;
  /** The approval the payload was made from (revision and content fingerprint). */
  readonly approval?: JsonValue;
  /** The network's id of the post or reply. */
  readonly remoteId?: string;
  /** Its public link. */
  readonly url?: string;
  /** When it went out, by the network's clock. */
  readonly publishedAt?: string;
  /** True when the success was found by a lookup or a person. */
  readonly reconciled?: boolean;
  /** What the adapter could not do as asked. */
  readonly warnings?: JsonValue;
  /** For a takedown: what it removes (the delivery, its remote id and link, the text sent). */
  readonly target?: JsonValue;
  /** For a takedown: when the post was found gone or removed. */
  readonly removedAt?: string;
  /** For a takedown: true when the post had never gone out. */
  readonly notFound?: boolean;
  /** The audit entries about this delivery in the archived period. */
  readonly history: readonly ArchiveHistoryItem[];
}

/** What every line of an entity file has. */
export interface ArchiveLineBase {
  /** The line's number in its file, from 1. */
  readonly line: number;
  /** `hash` of the line before; 64 zeros on line 1. */
  readonly prevHash: string;
  /** `SHA-256(prevHash + canonical JSON of the line without hash)`, lower-case hex. */
  readonly hash: string;
  /** The entity's id. */
  readonly id: string;
  /**
   * False when the store no longer holds the entity (it was deleted, e.g.
   * under retention rules) and only its audit entries tell of it.
   */
  readonly inStore: boolean;
  /**
   * True when the entity had activity in the period (created, changed or
   * audited in it, or in progress across it); false when it is in the
   * archive only because an archived entity refers to it (the post a
   * comment is about, the interaction a reply answers).
   */
  readonly inPeriod: boolean;
  /** The audit entries about it in the archived period, oldest first. */
  readonly history: readonly ArchiveHistoryItem[];
  /** Paths of fields whose values were replaced by `"[redacted]"` because they are, or are named like, secrets. */
  readonly redacted?: readonly string[];
}

/** A line of `posts.jsonl`: a post with its findings, approval and decisions, its deliveries and takedowns. */
export interface ArchivePostLine extends ArchiveLineBase {
  /** Always `"post"`. */
  readonly kind: "post";
  /** The post as stored at the export (with `checks`, `approval`, `rejection`, `withdrawal`); absent when it is not in the store. */
  readonly post?: Post;
  /** Its deliveries to channels. */
  readonly deliveries: readonly ArchiveDelivery[];
  /** The takedowns of its deliveries after it was withdrawn. */
  readonly takedowns: readonly ArchiveDelivery[];
}

/** A line of `interactions.jsonl`: a citizen's message, hidden or not, with the moderation steps taken on it. */
export interface ArchiveInteractionLine extends ArchiveLineBase {
  /** Always `"interaction"`. */
  readonly kind: "interaction";
  /** The interaction as stored at the export (with `hidden` and `closure`); absent when it is not in the store. */
  readonly interaction?: Interaction;
}

/** A line of `replies.jsonl`: a reply to a citizen with its delivery and, if it was taken back, the takedown. */
export interface ArchiveReplyLine extends ArchiveLineBase {
  /** Always `"reply"`. */
  readonly kind: "reply";
  /** The reply as stored at the export; absent when it is not in the store. */
  readonly reply?: Reply;
  /** The deliveries that sent it. */
  readonly deliveries: readonly ArchiveDelivery[];
  /** The takedowns that removed it after it was withdrawn. */
  readonly takedowns: readonly ArchiveDelivery[];
}

/** A line of one of the entity files. */
export type ArchiveEntityLine = ArchivePostLine | ArchiveInteractionLine | ArchiveReplyLine;

/** One file as the manifest lists it. */
export interface ArchiveFileEntry {
  /** The file's name in the archive's folder. */
  readonly path: Exclude<ArchiveFileName, "manifest.json">;
  /** Lower-case hex SHA-256 of its bytes. */
  readonly sha256: string;
  /** Its length in bytes. */
  readonly bytes: number;
  /** For a JSON-lines file: its number of lines. */
  readonly lines?: number;
  /** For a JSON-lines file: the `hash` of its last line (the audit head's hash for `audit.jsonl`); 64 zeros when empty. */
  readonly lastHash?: string;
}

/** A channel (an account of the organisation on a network) as the manifest names it, without its options. */
export interface ArchiveChannel {
  /** The channel's id, as deliveries and interactions name it. */
  readonly id: string;
  /** The network (adapter id). */
  readonly network: string;
  /** The account's handle. */
  readonly handle: string;
  /** The account's display name. */
  readonly displayName?: string;
  /** The profile's public link. */
  readonly profileUrl?: string;
}

/** The manifest's signature, see {@link ARCHIVE_MANIFEST_PURPOSE}. */
export interface ArchiveSignature {
  /** The key that signed; `keys` in the manifest (or the verifier's own keys) give its public half. */
  readonly keyId: string;
  /**
   * Base64 Ed25519 signature over the UTF-8 bytes of the canonical JSON of
   * `{ keyId, manifest, purpose }`, where `manifest` is the manifest without
   * `signature` and `purpose` is {@link ARCHIVE_MANIFEST_PURPOSE}.
   */
  readonly value: string;
}

/** What the archive holds of the audit log, and how its head is anchored. */
export interface ArchiveAuditSummary {
  /** Entries in `audit.jsonl`: every entry dated in the period. */
  readonly entries: number;
  /** Where the archived part of the chain begins; absent when there are no entries. */
  readonly first?: {
    /** The first entry's seq. */
    readonly seq: number;
    /** Its `prevHash`: the hash of the entry before, which the archive does not hold. */
    readonly prevHash: string;
  };
  /** The last entry of the period: the head of the log at the period's end; absent when there are no entries. */
  readonly head?: {
    /** Its seq. */
    readonly seq: number;
    /** Its hash. */
    readonly hash: string;
    /** When it was written. */
    readonly at: string;
  };
  /** The log's head when the archive was made (entries after the period are not in the archive). */
  readonly logHead?: {
    /** Its seq. */
    readonly seq: number;
    /** Its hash. */
    readonly hash: string;
  };
  /** Signed anchor records of entries in the archive (see core's `createAuditAnchor`), by seq; the last names the head when it is anchored. */
  readonly anchors: readonly AuditAnchorRecord[];
}

/** A number per entity file. */
export interface ArchiveKindCounts {
  /** In `posts.jsonl`. */
  readonly posts: number;
  /** In `interactions.jsonl`. */
  readonly interactions: number;
  /** In `replies.jsonl`. */
  readonly replies: number;
}

/** How many records the archive holds. */
export interface ArchiveCounts {
  /** Lines of `posts.jsonl`. */
  readonly posts: number;
  /** Lines of `interactions.jsonl`. */
  readonly interactions: number;
  /** Lines of `replies.jsonl`. */
  readonly replies: number;
  /** Lines of `audit.jsonl`. */
  readonly auditEntries: number;
  /** Lines of each entity file for entities no longer in the store. */
  readonly notInStore: ArchiveKindCounts;
  /** Lines of each entity file for entities included only because an archived entity refers to them. */
  readonly contextOnly: ArchiveKindCounts;
  /** Values replaced by `"[redacted]"`, in all files. */
  readonly redactions: number;
}

/**
 * `manifest.json`: what the archive is (organisation, period, when it was
 * made), each file's SHA-256, byte length and line count, the audit head and
 * its anchors, and, when a key was given, a signature over all of it.
 * Written with sorted keys and two-space indentation; `manifestHash` lets
 * the verifier tell a changed manifest even without a signature.
 */
export interface ArchiveManifest {
  /** Always {@link ARCHIVE_FORMAT}. */
  readonly format: typeof ARCHIVE_FORMAT;
  /** Always {@link ARCHIVE_FORMAT_VERSION}. */
  readonly version: typeof ARCHIVE_FORMAT_VERSION;
  /** Whose archive it is. */
  readonly organisation: {
    /** The organisation's id. */
    readonly id: string;
    /** Its name. */
    readonly name: string;
    /** Its time zone. */
    readonly timeZone: string;
  };
  /** The period archived. */
  readonly period: {
    /** Its first instant, inclusive, RFC 3339 UTC. */
    readonly from: string;
    /** The first instant after it, exclusive. */
    readonly to: string;
    /** The time zone of the index's dates. */
    readonly timeZone: string;
    /** The period's name, if one was given, e.g. `"2026"`. */
    readonly key?: string;
  };
  /** When the archive was made, RFC 3339 UTC. */
  readonly exportedAt: string;
  /** Every file but the manifest, in {@link ARCHIVE_FILES} order. */
  readonly files: readonly ArchiveFileEntry[];
  /** How many records of each kind. */
  readonly counts: ArchiveCounts;
  /** The audit log's part in the archive. */
  readonly audit: ArchiveAuditSummary;
  /** The organisation's channels, so that the channel ids in the files can be read. */
  readonly channels: readonly ArchiveChannel[];
  /** SPKI PEM public keys by key id, of the keys that signed the anchors and the manifest. They are convenient, not proof: check against the organisation's own keys. */
  readonly keys: Readonly<Record<string, string>>;
  /** What the export noticed and could not help (anchor records not trusted, no anchor); empty when all is well. */
  readonly warnings: readonly string[];
  /** SHA-256 of the canonical JSON of the manifest without `manifestHash` and `signature`. */
  readonly manifestHash: string;
  /** The signature, when the export was given a signing key. */
  readonly signature?: ArchiveSignature;
}

/** One piece of an archive file: the files' pieces in order, concatenated per path, are the files. */
export interface ArchiveChunk {
  /** The file the piece belongs to. */
  readonly path: ArchiveFileName;
  /** The text, UTF-8 in the file. */
  readonly text: string;
}

/** An archive file whole, see {@link exportArchiveFiles}. */
export interface ArchiveFile {
  /** The file's name. */
  readonly path: ArchiveFileName;
  /** Its content. */
  readonly content: string;
}

/** The subject type under which the publishing engine audits a delivery of `kind`: `delivery`, `takedown` or `reply-delivery`. */
export function deliverySubjectType(kind: unknown): string {
  return kind === "takedown" ? "takedown" : kind === "reply" ? "reply-delivery" : "delivery";
}

/** An audit entry as the `history` of a line holds it, see {@link ArchiveHistoryItem}. */
export function archiveHistoryItem(entry: AuditEntry): ArchiveHistoryItem {
  return {
    seq: entry.seq,
    hash: entry.hash,
    at: entry.at,
    action: entry.action,
    actor: entry.actor.name === undefined ? { kind: entry.actor.kind, id: entry.actor.id } : { kind: entry.actor.kind, id: entry.actor.id, name: entry.actor.name },
    ...(entry.from === undefined ? {} : { from: entry.from }),
    ...(entry.to === undefined ? {} : { to: entry.to }),
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    ...(entry.data === undefined ? {} : { data: entry.data }),
  };
}
