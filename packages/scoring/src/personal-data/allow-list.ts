import { emailDomainOf } from "./find-emails.js";
import type { PersonalDataKind, RawMatch } from "./personal-data-match.js";

/** The form in which any match and any allow-list entry are compared: lower case, no white space, no dashes. */
export function plainForm(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[\s\-‐‑‒–—]/gu, "");
}

/** An allow list made ready for quick look-ups; see {@link compileAllowList}. */
export interface AllowList {
  /** True when the organisation publishes this match on purpose. */
  allows(match: RawMatch, text: string): boolean;
}

/**
 * Prepares the allow list once. Each entry is searched with the detectors
 * themselves (`detect`), so that one entry may hold several items and that
 * each item is known by its kind's key: a phone number by its digits in
 * national form, an IBAN in electronic form, an address by street and house
 * number. Besides, every entry is known as a whole in {@link plainForm}.
 */
export function compileAllowList(entries: readonly string[], detect: (text: string) => RawMatch[]): AllowList {
  const plain = new Set<string>();
  const keys = new Map<PersonalDataKind, Set<string>>();
  const domains = new Set<string>();
  for (const entry of entries) {
    plain.add(plainForm(entry.trim()));
    const domain = emailDomainOf(entry);
    if (domain !== null) domains.add(domain);
    for (const found of detect(entry)) {
      let set = keys.get(found.kind);
      if (set === undefined) keys.set(found.kind, (set = new Set()));
      set.add(found.key);
      plain.add(plainForm(entry.slice(found.start, found.end)));
    }
  }
  if (plain.size === 0) return { allows: () => false };
  return {
    allows(match: RawMatch, text: string): boolean {
      if (keys.get(match.kind)?.has(match.key) === true) return true;
      if (plain.has(plainForm(text.slice(match.start, match.end)))) return true;
      if (match.kind === "email" && domains.size > 0) {
        let domain = match.key.slice(match.key.lastIndexOf("@") + 1);
        for (;;) {
          if (domains.has(domain)) return true;
          const dot = domain.indexOf(".");
          if (dot === -1) return false;
          domain = domain.slice(dot + 1);
        }
      }
      return false;
    },
  };
}
