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
  // Each template split at its placeholders once, when first used: messages
  // are filled for every finding of every check, and a regex with a
  // callback per call cost five times the rest of it.
  const compiled: Record<Locale, Map<string, readonly string[]>> = { de: new Map(), en: new Map() };
  return {
    format(locale, key, values) {
      // Own keys only: an inherited one ("toString", "constructor") would give a function.
      const own = ownEntry(byLocale[locale], key) !== undefined ? locale : ownEntry(byLocale.en, key) !== undefined ? "en" : undefined;
      if (own === undefined) return values ? interpolate(splitTemplate(key), values) : key;
      const template = byLocale[own]![key]!;
      if (!values) return template;
      let parts = compiled[own].get(key);
      if (parts === undefined) {
        parts = splitTemplate(template);
        compiled[own].set(key, parts);
      }
      return interpolate(parts, values);
    },
    has(key): key is Key {
      return Object.hasOwn(tables.de, key);
    },
  };
}

function ownEntry(table: Record<string, string> | undefined, key: string): string | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A template as text and placeholder names in turn: `"a {x} b"` → `["a ", "x", " b"]`. */
function splitTemplate(template: string): readonly string[] {
  return template.split(PLACEHOLDER);
}
const PLACEHOLDER = /\{(\w+)\}/;

/** The template's parts with each `{name}` filled from `values`; one without a value stays as it is. */
function interpolate(parts: readonly string[], values: MessageValues): string {
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    const value = values[name];
    text += (value === undefined ? `{${name}}` : typeof value === "number" ? formatNumber(value) : value) + parts[index + 1]!;
  }
  return text;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
