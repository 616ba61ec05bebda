import type { Locale } from "./locale.js";

/** Values that can be put into a message: `{name}` in the text is replaced by `values.name`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A message catalogue: the same keys in every locale, checked at compile time.
 * Plugin packages define their own catalogue with {@link defineMessages}.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   de: { "check.too-long": "Der Text ist {count} Zeichen zu lang." },
 *   en: { "check.too-long": "The text is {count} characters too long." },
 * });
 * messages.format("de", "check.too-long", { count: 12 });
 * ```
 */
export interface MessageCatalogue<Key extends string> {
  /** The message for `key` in `locale`, with `{placeholders}` filled from `values`. */
  format(locale: Locale, key: Key, values?: MessageValues): string;
  /** True if `key` is in this catalogue. */
  has(key: string): key is Key;
}

/** Builds a {@link MessageCatalogue}; the English table must have exactly the German keys. */
export function defineMessages<const De extends Record<string, string>>(tables: {
  de: De;
  en: { [K in keyof De]: string };
}): MessageCatalogue<Extract<keyof De, string>> {
  type Key = Extract<keyof De, string>;
  const byLocale: Record<Locale, Record<string, string>> = tables;
  return {
    format(locale, key, values) {
      // Own keys only: an inherited one ("toString", "constructor") would give a function.
      const template = ownEntry(byLocale[locale], key) ?? ownEntry(byLocale.en, key) ?? key;
      return values ? interpolate(template, values) : template;
    },
    has(key): key is Key {
      return Object.hasOwn(tables.de, key);
    },
  };
}

function ownEntry(table: Record<string, string> | undefined, key: string): string | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

function interpolate(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === "number" ? formatNumber(value) : value;
  });
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
