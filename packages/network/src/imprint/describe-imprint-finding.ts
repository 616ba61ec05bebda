import { instantToZonedTime, type Locale } from "@kommune-sm/core";
import type { ImprintFinding } from "./imprint-finding.js";
import { imprintMessages } from "./imprint-messages.js";

/** What {@link describeImprintFinding} reads of a finding. */
export type DescribableImprintFinding = Pick<ImprintFinding, "status" | "link" | "expected" | "checkedAt" | "reason" | "lastKnown">;

/**
 * A finding as a person in the town hall reads it, in `locale`, with
 * instants as local wall-clock time in `timeZone` (the organisation's;
 * default Europe/Berlin). An `unreadable` finding says why, and what the
 * last check that could read the profile found, with its date: an imprint
 * that was missing then is most likely still missing.
 *
 * @example
 * ```ts
 * describeImprintFinding(finding, "de", { timeZone: organisation.timeZone });
 * // "Auf dem Profil fehlt der Link zum Impressum. Jedes amtliche Profil muss das Impressum verlinken: bitte https://www.musterstadt.example/impressum im Profil eintragen."
 * ```
 */
export function describeImprintFinding(finding: DescribableImprintFinding, locale: Locale, options: { readonly timeZone?: string } = {}): string {
  const timeZone = options.timeZone ?? "Europe/Berlin";
  const expected = finding.expected.join(imprintMessages.format(locale, "or"));
  switch (finding.status) {
    case "ok":
      return imprintMessages.format(locale, "status.ok", { link: finding.link ?? "" });
    case "missing":
      return imprintMessages.format(locale, "status.missing", { expected });
    case "wrong":
      return imprintMessages.format(locale, "status.wrong", { link: finding.link ?? "", expected });
    case "unreadable": {
      const reason = imprintMessages.format(locale, `reason.${finding.reason ?? "failed"}`);
      const now = imprintMessages.format(locale, "status.unreadable", { date: localTime(finding.checkedAt, locale, timeZone), reason });
      const known = finding.lastKnown;
      const before = known
        ? imprintMessages.format(locale, `last-known.${known.status}`, { date: localTime(known.checkedAt, locale, timeZone), link: known.link ?? "" })
        : imprintMessages.format(locale, "last-known.none");
      return `${now} ${before}`;
    }
  }
}

/** "12.01.2027, 09:00" in German, "2027-01-12 09:00" in English; the stored text if it is no instant. */
function localTime(instant: string, locale: Locale, timeZone: string): string {
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) return instant;
  const t = instantToZonedTime(ms, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return locale === "de" ? `${two(t.day)}.${two(t.month)}.${t.year}, ${two(t.hour)}:${two(t.minute)}` : `${t.year}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}`;
}
