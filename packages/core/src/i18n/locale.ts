/**
 * Languages of what the SDK shows to people in the town hall: German first,
 * English second. Developer-facing text (API docs, error messages of thrown
 * errors) is always English.
 */
export const LOCALES = ["de", "en"] as const;

/** A supported locale. */
export type Locale = (typeof LOCALES)[number];

/** The locale used when none is given. */
export const DEFAULT_LOCALE: Locale = "de";

/** Narrows any BCP 47 tag ("de-DE", "en-GB", "de") to a supported locale; unknown tags give German. */
export function resolveLocale(tag: string | undefined): Locale {
  const language = tag?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? "") ? (language as Locale) : DEFAULT_LOCALE;
}
