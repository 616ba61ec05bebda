import { defineCheck, type FindingInput, type FindingInputLocation, type FindingSeverity } from "@kommune-sm/core";
import { createPersonalDataFinder, type PersonalDataKind } from "../personal-data/index.js";
import { both } from "../scoring-messages.js";
import { at, postTexts } from "./post-texts.js";
import { excerpt } from "../text/message-excerpt.js";

/** Tunable parts of the personal-data check. */
export interface PersonalDataCheckOptions {
  /**
   * What the organisation publishes on purpose and is not reported: its
   * hotlines, office e-mail addresses, its own IBAN, the Rathaus's address.
   */
  readonly allow?: readonly string[];
}

/**
 * How much each kind weighs in a post of the administration: what
 * identifies a person by itself (an IBAN, a date of birth, a plate) is an
 * error; phone numbers, e-mail and street addresses are most often the
 * office's own or a public place's, so they are warnings to look at.
 */
const SEVERITY: Readonly<Record<PersonalDataKind, FindingSeverity>> = { iban: "error", birthdate: "error", plate: "error", phone: "warning", email: "warning", address: "warning" };

/** Reports what `find` finds in `text`, at `location`. */
function findIn(text: string, location: FindingInputLocation, find: ReturnType<typeof createPersonalDataFinder>, findings: FindingInput[]): void {
  const matches = find(text);
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    // An IBAN and a date of birth are not repeated in the message, which is shown in lists far from the post.
    const shown: Record<string, string> = match.kind === "iban" || match.kind === "birthdate" ? {} : { text: excerpt(match.text) };
    findings.push({
      code: match.kind,
      severity: SEVERITY[match.kind],
      message: both(`personal-data.${match.kind}`, shown),
      location: at(location, match.start, match.end),
      suggestion: { message: both("suggest-remove-personal-data") },
    });
  }
}

/**
 * Personal data in a post (GDPR): phone numbers, e-mail addresses, IBANs
 * (with a valid checksum), private street addresses, vehicle plates and
 * dates of birth, with their places. What the organisation publishes on
 * purpose goes into `allow`. Emergency and service numbers (110, 112, 115,
 * 116 117) are never reported.
 */
export function personalDataCheck(options: PersonalDataCheckOptions = {}) {
  const find = createPersonalDataFinder({ allow: options.allow ?? [] });
  return defineCheck({
    id: "personal-data",
    target: "post",
    languages: ["*"],
    title: { de: "Personenbezogene Daten", en: "Personal data" },
    run: ({ post }) => {
      const findings: FindingInput[] = [];
      const texts = postTexts(post);
      for (let index = 0; index < texts.length; index++) findIn(texts[index]!.text, texts[index]!.location, find, findings);
      const { media } = post;
      for (let index = 0; index < media.length; index++) {
        const alt = media[index]!.altText;
        if (alt) findIn(alt, { field: "altText", index }, find, findings);
      }
      return findings;
    },
  });
}

/** {@link personalDataCheck} for replies to citizens: never repeat a citizen's data in public. */
export function replyPersonalDataCheck(options: PersonalDataCheckOptions = {}) {
  const find = createPersonalDataFinder({ allow: options.allow ?? [] });
  return defineCheck({
    id: "personal-data.reply",
    target: "reply",
    languages: ["*"],
    title: { de: "Personenbezogene Daten (Antworten)", en: "Personal data (replies)" },
    run: ({ text }) => {
      const findings: FindingInput[] = [];
      findIn(text, { field: "text" }, find, findings);
      return findings;
    },
  });
}
