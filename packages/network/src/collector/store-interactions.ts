import { formatInstant, safeValidate, InteractionSchema, type Interaction } from "@kommune-sm/core";
import type { Delivery } from "../outbox/delivery.js";
import { get, insert, list, save, type TxProgram } from "../outbox/tx-program.js";
import type { CheckedInteractionsPageV1, InteractionsPageV1 } from "../spec/index.js";
import { newCursor, type CollectorCursor } from "./collector-cursor.js";
import { interactionIdFor } from "./interaction-id.js";

/** What storing one page did. */
export type StoredPage =
  | {
      /** The page is stored with the cursor after it. */
      readonly kind: "stored";
      /** The interactions new to the store, in page order. */
      readonly added: readonly Interaction[];
      /** Interactions of the page that were stored already (read before a crash, or by another worker). */
      readonly known: number;
      /** Interactions left out, by the spec's item rules or the model (reported, not stored): remote id and why. */
      readonly refused: readonly string[];
      /** The cursor as stored. */
      readonly cursor: CollectorCursor;
    }
  | {
      /** Another worker moved the cursor since this page was asked for: nothing stored, read again from the new cursor. */
      readonly kind: "stale";
    };

/** Input of {@link storeInteractionsPage}. */
export interface InteractionsPageInput {
  readonly organisationId: string;
  readonly channelId: string;
  readonly network: string;
  /** The cursor's revision when the page was asked for (0: no cursor yet). */
  readonly readRevision: number;
  readonly page: InteractionsPageV1 | CheckedInteractionsPageV1;
  readonly now: number;
}

/**
 * Stores one page of interactions and the cursor after it, in one
 * transaction: new ones are inserted under their derived id, ones already
 * stored are left as they are (their status may have changed since), and
 * each is linked to our post through the delivery that published what it
 * answers — or through the interaction it answers, in a thread.
 */
export function* storeInteractionsPage(input: InteractionsPageInput): TxProgram<StoredPage> {
  const { organisationId, channelId, network, page, now } = input;
  const stored = yield* get("collector-cursors", channelId);
  if ((stored?.revision ?? 0) !== input.readRevision) return { kind: "stale" };
  const at = formatInstant(now);

  // Our posts the page answers: one query for the page, not one per interaction.
  const answered = [...new Set(page.interactions.flatMap((i) => (i.inReplyToRemoteId === undefined ? [] : [i.inReplyToRemoteId])))];
  const postOf = new Map<string, string>();
  if (answered.length > 0) {
    const deliveries = (yield* list("deliveries", { where: { channelId, remoteId: { in: answered } } as never })) as Delivery[];
    for (const delivery of deliveries) if (delivery.kind === "post" && delivery.remoteId !== undefined) postOf.set(delivery.remoteId, delivery.postId);
  }

  const added: Interaction[] = [];
  const refused: string[] = ("refused" in page ? page.refused : []).map((r) => `${r.remoteId ?? "(no readable remote id)"}: ${r.reason}`);
  let known = 0;
  const inPage = new Map<string, Interaction>();
  for (const item of page.interactions) {
    const id = interactionIdFor(channelId, item.remoteId, network);
    if (inPage.has(id) || (yield* get("interactions", id)) !== undefined) {
      known++;
      continue;
    }
    let postId = item.inReplyToRemoteId === undefined ? undefined : postOf.get(item.inReplyToRemoteId);
    if (postId === undefined && item.inReplyToRemoteId !== undefined) {
      // A reply to a citizen's comment under our post belongs to that post too.
      const parentId = interactionIdFor(channelId, item.inReplyToRemoteId, network);
      postId = (inPage.get(parentId) ?? (yield* get("interactions", parentId)))?.postId;
    }
    const candidate = {
      id,
      organisationId,
      channelId,
      kind: item.kind,
      remoteId: item.remoteId,
      ...(postId !== undefined ? { postId } : {}),
      ...(item.inReplyToRemoteId !== undefined ? { inReplyToRemoteId: item.inReplyToRemoteId } : {}),
      author: { handle: item.author.handle, ...(item.author.displayName ? { displayName: item.author.displayName } : {}) },
      text: item.text,
      ...(item.language !== undefined ? { language: item.language } : {}),
      receivedAt: item.receivedAt,
      ...(item.url !== undefined && /^https?:\/\//i.test(item.url) ? { url: item.url } : {}),
      collectedAt: at,
      status: "open",
      revision: 1,
    };
    let checked = safeValidate(InteractionSchema, candidate, { locale: "en", entity: "interaction" });
    if (!checked.success && candidate.language !== undefined && checked.error.issues.every((issue) => issue.path === "language")) {
      // A language tag the model does not know (de-CH-1901) is no reason to lose the message: keep it without.
      const { language: _dropped, ...withoutLanguage } = candidate;
      checked = safeValidate(InteractionSchema, withoutLanguage, { locale: "en", entity: "interaction" });
    }
    if (!checked.success) {
      // One the model cannot take (a language tag it does not know, say) must not hold up the rest of the page.
      refused.push(`${item.remoteId}: ${checked.error.issues.slice(0, 3).map((issue) => `${issue.path} ${issue.message}`).join("; ")}`);
      continue;
    }
    yield* insert("interactions", checked.data);
    inPage.set(id, checked.data);
    added.push(checked.data);
  }

  const base = stored && stored.network === network ? stored : { ...newCursor(organisationId, channelId, network), revision: stored?.revision ?? 0 };
  const cursor: CollectorCursor = {
    ...base,
    network,
    interactions: { ...(page.nextCursor ?? base.interactions.cursor) !== undefined ? { cursor: page.nextCursor ?? base.interactions.cursor } : {}, lastRunAt: at, failures: 0 },
    revision: base.revision + 1,
  };
  if (stored) yield* save("collector-cursors", cursor, stored.revision);
  else yield* insert("collector-cursors", cursor);
  return { kind: "stored", added, known, refused, cursor };
}
