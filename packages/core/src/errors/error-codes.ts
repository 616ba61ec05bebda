/**
 * A package's error code table: code → short description for developers.
 * Codes are `UPPER_SNAKE_CASE` and start with the package prefix, which the
 * type checks at compile time, so two packages cannot hand out the same code.
 *
 * @example
 * ```ts
 * export const NETWORK_ERROR_CODES = defineErrorCodes("NETWORK", {
 *   NETWORK_RATE_LIMITED: "The network asked us to slow down.",
 * });
 * ```
 */
export function defineErrorCodes<
  const Prefix extends string,
  const Table extends Record<`${Prefix}_${string}`, string>,
>(prefix: Prefix, table: Table & Record<Exclude<keyof Table, `${Prefix}_${string}`>, never>): Table {
  for (const code of Object.keys(table)) {
    if (!code.startsWith(`${prefix}_`) || !/^[A-Z][A-Z0-9_]*$/.test(code)) {
      throw new TypeError(`Error code "${code}" must be UPPER_SNAKE_CASE and start with "${prefix}_".`);
    }
  }
  return table;
}

/** The codes of a table made by {@link defineErrorCodes}. */
export type ErrorCode<Table> = Extract<keyof Table, string>;
