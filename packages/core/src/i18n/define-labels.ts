import type { Locale } from "./locale.js";
import { defineMessages, type MessageCatalogue } from "./message-catalogue.js";

/**
 * Words for the values of one kind (post states, roles, ...): a message
 * catalogue whose keys are the values themselves, plus the list of them in
 * the order they were defined, for select boxes and legends.
 */
export interface LabelTable<Value extends string> {
  /** The values that have words, in the order they were defined. */
  readonly values: readonly Value[];
  /** The word for `value` in `locale`; an unknown value is given back as it is. */
  label(locale: Locale, value: string): string;
  /** True if `value` has words here, in German and in English. */
  has(value: string): value is Value;
}

/**
 * Builds a {@link LabelTable} on {@link defineMessages}: German first, and
 * the English table must have exactly the German keys. Labels hold no
 * `{placeholders}`; they are filled into messages, not the other way round.
 *
 * @example
 * ```ts
 * const kinds = defineLabels({
 *   de: { post: "Beitrag", takedown: "Löschung" },
 *   en: { post: "post", takedown: "takedown" },
 * });
 * kinds.label("de", "takedown"); // "Löschung"
 * ```
 */
export function defineLabels<const De extends Record<string, string>>(tables: { de: De; en: { [K in keyof De]: string } }): LabelTable<Extract<keyof De, string>> {
  type Value = Extract<keyof De, string>;
  const catalogue: MessageCatalogue<Value> = defineMessages(tables);
  const values = Object.freeze(Object.keys(tables.de) as Value[]);
  return Object.freeze({
    values,
    label(locale: Locale, value: string): string {
      // The raw value for what has no words, e.g. an audit action a plugin writes.
      return catalogue.has(value) ? catalogue.format(locale, value) : value;
    },
    has(value: string): value is Value {
      return catalogue.has(value) && Object.hasOwn(tables.en, value);
    },
  });
}
