/** The kinds of personal data that {@link findPersonalData} looks for. */
export const PERSONAL_DATA_KINDS = ["phone", "email", "iban", "address", "plate", "birthdate"] as const;

/**
 * A kind of personal data:
 * - `phone`: a German (or international) telephone number,
 * - `email`: an e-mail address,
 * - `iban`: an IBAN whose check digits are right,
 * - `address`: a street address with house number (and postal code and town when given),
 * - `plate`: a German vehicle registration plate,
 * - `birthdate`: a date that the text says is someone's date of birth.
 */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One piece of personal data found in a text. */
export interface PersonalDataMatch {
  /** What was found. */
  readonly kind: PersonalDataKind;
  /** UTF-16 offset of the first character in the text that was searched. */
  readonly start: number;
  /** UTF-16 offset just after the last character (exclusive). */
  readonly end: number;
  /** The text found: always `text.slice(start, end)`. */
  readonly text: string;
}

/** Options of {@link findPersonalData} and {@link createPersonalDataFinder}. */
export interface PersonalDataOptions {
  /**
   * Text the organisation publishes on purpose: its own phone numbers, e-mail
   * addresses, IBAN, street addresses (Rathaus, Bürgerbüro). A match equal to
   * one of these (compared after normalising spaces, dashes and case) is not
   * reported. Entries are read like any text, so one entry may hold several
   * items (`"Rathaus, Am Markt 1, 72070 Tübingen, Tel. 07071 204-0"`); a phone
   * number matches in every notation (`+49 7071 2040` = `07071 204-0`), an
   * address by street and house number whatever postal code and town follow,
   * and an entry `"@musterstadt.de"` allows every e-mail address at that
   * domain and its subdomains.
   */
  readonly allow?: readonly string[];
  /** Kinds to look for; default all of {@link PERSONAL_DATA_KINDS}. */
  readonly kinds?: readonly PersonalDataKind[];
}

/**
 * A match as the detectors hand it over: where it is, and the key under which
 * the allow list knows it (digits of a phone number in national form,
 * electronic IBAN, lower-case e-mail address, street and number of an address).
 */
export interface RawMatch {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  readonly key: string;
}
