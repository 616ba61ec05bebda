import { CoreError } from "@kommune-sm/core";
import { compileAllowList } from "./allow-list.js";
import { findAddresses } from "./find-addresses.js";
import { findBirthdates } from "./find-birthdates.js";
import { findEmails } from "./find-emails.js";
import { findIbans } from "./find-ibans.js";
import { findPhones } from "./find-phones.js";
import { findPlates } from "./find-plates.js";
import { KIND_BIT, kindsThatMayOccur } from "./kinds-in-text.js";
import {
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type PersonalDataMatch,
  type PersonalDataOptions,
  type RawMatch,
} from "./personal-data-match.js";
import { resolveOverlaps } from "./resolve-overlaps.js";

type Detector = (text: string, out: RawMatch[]) => void;

const DETECTORS: Readonly<Record<PersonalDataKind, Detector>> = {
  phone: findPhones,
  email: findEmails,
  iban: findIbans,
  address: findAddresses,
  plate: findPlates,
  birthdate: findBirthdates,
};

/** The detectors of some kinds, in the order of {@link PERSONAL_DATA_KINDS}, each with its kind's bit. */
interface Detectors {
  readonly detectors: readonly Detector[];
  readonly bits: readonly number[];
}

function detectorsOf(kinds: readonly PersonalDataKind[]): Detectors {
  const chosen = PERSONAL_DATA_KINDS.filter((kind) => kinds.includes(kind));
  return { detectors: chosen.map((kind) => DETECTORS[kind]), bits: chosen.map((kind) => KIND_BIT[kind]) };
}

/**
 * Runs the detectors of the kinds the text may hold (see
 * {@link kindsThatMayOccur}: the others would find nothing) and drops
 * overlaps; matches sorted by start.
 */
function detect(text: string, { detectors, bits }: Detectors): RawMatch[] {
  const found: RawMatch[] = [];
  const present = kindsThatMayOccur(text);
  if (present === 0) return found;
  for (let index = 0; index < detectors.length; index++) {
    if ((present & bits[index]!) !== 0) detectors[index]!(text, found);
  }
  return resolveOverlaps(found);
}

const ALL_DETECTORS = detectorsOf(PERSONAL_DATA_KINDS);

/** @internal Every detector on the whole text, without the pre-scan: for tests that compare the two. */
export function detectWithoutPreScan(text: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (const detector of ALL_DETECTORS.detectors) detector(text, found);
  return resolveOverlaps(found);
}

/** @internal {@link detect} with all kinds, for tests. */
export function detectAll(text: string): RawMatch[] {
  return detect(text, ALL_DETECTORS);
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : typeof value;
}

/** Checks the options and returns the detectors to run. Throws `CORE_INVALID_ARGUMENT` naming the wrong field. */
function checkOptions(options: unknown, where: string): { kinds: readonly PersonalDataKind[]; allow: readonly string[] } {
  if (options === undefined) return { kinds: PERSONAL_DATA_KINDS, allow: [] };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: options must be an object, got ${describe(options)}.`);
  }
  const { kinds, allow } = options as { kinds?: unknown; allow?: unknown };
  if (kinds !== undefined) {
    if (!Array.isArray(kinds)) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: options.kinds must be an array, got ${describe(kinds)}.`);
    }
    kinds.forEach((kind: unknown, index) => {
      if (!(PERSONAL_DATA_KINDS as readonly unknown[]).includes(kind)) {
        throw new CoreError(
          "CORE_INVALID_ARGUMENT",
          `${where}: options.kinds[${index}] is ${describe(kind)}; expected one of ${PERSONAL_DATA_KINDS.join(", ")}.`,
        );
      }
    });
  }
  if (allow !== undefined) {
    if (!Array.isArray(allow)) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: options.allow must be an array of strings, got ${describe(allow)}.`);
    }
    allow.forEach((entry: unknown, index) => {
      if (typeof entry !== "string") {
        throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: options.allow[${index}] must be a string, got ${describe(entry)}.`);
      }
    });
  }
  return {
    kinds: (kinds as readonly PersonalDataKind[] | undefined) ?? PERSONAL_DATA_KINDS,
    allow: (allow as readonly string[] | undefined) ?? [],
  };
}

/**
 * Makes a personal-data finder with the options applied once: the allow list
 * is read and normalised here, not on every call. Use it when checking many
 * texts with the same options (every draft of an organisation, a stream of
 * comments). The finder is pure and synchronous, and runs in time linear in
 * the length of the text.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` when an option is malformed (an unknown kind, an entry of `allow` that is no string)
 *
 * @example
 * ```ts
 * const findInDraft = createPersonalDataFinder({
 *   allow: ["Rathaus, Am Markt 1, 72070 Tübingen", "Tel. 07071 204-0", "@tuebingen.de"],
 * });
 * findInDraft("Fragen an Erika Muster, Tel. 0151 23456789, oder an buergerbuero@tuebingen.de");
 * // [{ kind: "phone", start: 29, end: 42, text: "0151 23456789" }]
 * ```
 */
export function createPersonalDataFinder(options?: PersonalDataOptions): (text: string) => PersonalDataMatch[] {
  const { kinds, allow } = checkOptions(options, "createPersonalDataFinder");
  const detectors = detectorsOf(kinds);
  const allowList = compileAllowList(allow, (entry) => detect(entry, ALL_DETECTORS));
  return (text: string): PersonalDataMatch[] => {
    if (typeof text !== "string") {
      throw new CoreError("CORE_INVALID_ARGUMENT", `findPersonalData: text must be a string, got ${describe(text)}.`);
    }
    const matches: PersonalDataMatch[] = [];
    for (const found of detect(text, detectors)) {
      if (allowList.allows(found, text)) continue;
      matches.push({ kind: found.kind, start: found.start, end: found.end, text: text.slice(found.start, found.end) });
    }
    return matches;
  };
}

/**
 * Finds personal data in a German text: phone numbers, e-mail addresses,
 * IBANs, street addresses, vehicle registration plates and dates of birth.
 * For checking a draft before it is published (a post must not give away a
 * citizen's phone number or address) and for citizens' comments.
 *
 * Returns the matches sorted by start, without overlaps; offsets are UTF-16
 * offsets into `text` as given (also after emoji and combining marks), and
 * `match.text === text.slice(match.start, match.end)`. Pure, synchronous and
 * linear in the length of the text; for many texts with the same options,
 * {@link createPersonalDataFinder} reads the options only once.
 *
 * The detectors favour finding over silence only where a German text gives
 * a clear sign; see the finders of each kind for what they do not report.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` when `text` is no string or an option is malformed
 *
 * @example
 * ```ts
 * findPersonalData("Bitte rufen Sie Frau Muster an: 0151 23456789. Sie wohnt Hauptstraße 5.");
 * // [
 * //   { kind: "phone", start: 32, end: 45, text: "0151 23456789" },
 * //   { kind: "address", start: 57, end: 70, text: "Hauptstraße 5" },
 * // ]
 * findPersonalData("Notruf 112, Bereitschaftsdienst 116 117"); // []
 * ```
 */
export function findPersonalData(text: string, options?: PersonalDataOptions): PersonalDataMatch[] {
  if (options === undefined) return (defaultFinder ??= createPersonalDataFinder())(text);
  return createPersonalDataFinder(options)(text);
}

let defaultFinder: ((text: string) => PersonalDataMatch[]) | undefined;
