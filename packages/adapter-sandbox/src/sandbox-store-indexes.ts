/**
 * Indexes that make the sandbox fast on a store that takes them (the
 * `indexes` option of `createSqliteStore`): every publish looks its key up
 * by channel, and metrics and interactions list a channel's posts.
 *
 * @example
 * ```ts
 * createSqliteStore({ file: "demo/musterstadt.db", indexes: { ...SANDBOX_STORE_INDEXES, deliveries: [...] } });
 * ```
 */
export const SANDBOX_STORE_INDEXES: Readonly<Record<"sandbox-posts", readonly (string | readonly string[])[]>> = {
  "sandbox-posts": [["channelId", "idempotencyKey"], "channelId"],
};
