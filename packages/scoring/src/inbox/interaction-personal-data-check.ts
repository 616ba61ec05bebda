import { defineCheck, defineMessages, type FindingInput, type FindingSeverity, type InteractionKind } from "@kommune-sm/core";
import { createPersonalDataFinder, type PersonalDataKind } from "../personal-data/index.js";
import type { PersonalDataCheckOptions } from "../checks/personal-data-check.js";

/** What a team reads about personal data a citizen made public. */
export const interactionPersonalDataMessages = defineMessages({
  de: {
    found: "Die Nachricht zeigt öffentlich {what}. Zum Schutz der Person: ausblenden erwägen (mit Begründung) und privat antworten, nie die Daten wiederholen (DSGVO).",
    "what.phone": "eine Telefonnummer",
    "what.email": "eine E-Mail-Adresse",
    "what.iban": "eine Bankverbindung (IBAN)",
    "what.address": "eine Anschrift",
    "what.plate": "ein Kfz-Kennzeichen",
    "what.birthdate": "ein Geburtsdatum",
    suggest: "Ausblenden erwägen und die Person privat anschreiben",
  },
  en: {
    found: "The message shows {what} in public. To protect the person: consider hiding it (with a reason) and answering privately; never repeat the data (GDPR).",
    "what.phone": "a phone number",
    "what.email": "an e-mail address",
    "what.iban": "bank details (an IBAN)",
    "what.address": "a street address",
    "what.plate": "a vehicle registration plate",
    "what.birthdate": "a date of birth",
    suggest: "Consider hiding it and write to the person privately",
  },
});

/** Kinds of message that others can read: a direct message exposes nothing. */
const PUBLIC_KINDS: ReadonlySet<InteractionKind> = new Set<InteractionKind>(["comment", "reply", "mention"]);

/**
 * What identifies a person by itself (bank details, a date of birth) is a
 * warning; the rest a hint: a citizen may post a shop's number on purpose.
 */
const SEVERITY: Readonly<Record<PersonalDataKind, FindingSeverity>> = { iban: "warning", birthdate: "warning", plate: "hint", phone: "hint", email: "hint", address: "hint" };

/**
 * Personal data a citizen made public in a comment, a reply or a mention
 * (their own phone number, bank details, address, date of birth; GDPR):
 * the team sees where, and is advised to consider hiding the message (a
 * person decides, with a reason) and to answer privately. Direct messages
 * are not public and are left alone. What was found is never repeated in
 * the message: the finding's place shows it. Runs where interactions are triaged
 * (`InteractionTriager`), like every registered `interaction` check.
 */
export function interactionPersonalDataCheck(options: PersonalDataCheckOptions = {}) {
  const find = createPersonalDataFinder({ allow: options.allow ?? [] });
  return defineCheck({
    id: "personal-data.interaction",
    target: "interaction",
    languages: ["*"],
    title: { de: "Personenbezogene Daten in Nachrichten", en: "Personal data in messages" },
    run: ({ interaction }) => {
      if (!PUBLIC_KINDS.has(interaction.kind)) return [];
      const findings: FindingInput[] = [];
      for (const match of find(interaction.text)) {
        // Nothing a citizen made public is repeated, only its place is kept:
        // the message is shown in lists and logs far from the text, and a
        // bank account written without its country code reads like a phone
        // number, so a quote could give away what it should protect.
        const message = (locale: "de" | "en") => interactionPersonalDataMessages.format(locale, "found", { what: interactionPersonalDataMessages.format(locale, `what.${match.kind}`) });
        findings.push({
          code: match.kind,
          severity: SEVERITY[match.kind],
          message: { de: message("de"), en: message("en") },
          location: { field: "text", start: match.start, end: match.end },
          suggestion: { message: { de: interactionPersonalDataMessages.format("de", "suggest"), en: interactionPersonalDataMessages.format("en", "suggest") } },
        });
      }
      return findings;
    },
  });
}
