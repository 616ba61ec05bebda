import { defineMessages } from "../i18n/message-catalogue.js";

/**
 * Messages of the audit log's own checks. zod's built-in checks keep zod's
 * German and English messages; these are for rules zod cannot word well
 * (a regular expression would be quoted at the reader).
 */
export const auditMessages = defineMessages({
  de: {
    "action.format":
      "Die Aktion „{value}“ ist kein Ereignistyp. Erwartet wird Substantiv.Verb in der Vergangenheit, klein und mit Bindestrichen, zum Beispiel post.approved oder quiet-period.overridden.",
    "text.blank": "Der Text darf nicht leer sein.",
    "text.lone-surrogate": "Der Text enthält ein einzelnes UTF-16-Surrogat (ein zerbrochenes Zeichen) und kann nicht als JSON gehasht werden.",
    "json.undefined": "undefined ist in einer Liste kein JSON-Wert; null verwenden oder den Eintrag weglassen.",
    "json.function": "Eine Funktion ist kein JSON-Wert.",
    "json.bigint": "Ein BigInt ist kein JSON-Wert; als Text oder Zahl angeben.",
    "json.symbol": "Ein Symbol ist kein JSON-Wert.",
    "json.non-finite": "{detail} ist keine endliche Zahl und darum kein JSON-Wert.",
    "json.class-instance": "Ein Objekt der Klasse {detail} ist kein JSON-Wert; nur einfache Objekte und Listen (ein Datum als ISO-Text).",
    "json.lone-surrogate": "Der Text oder Schlüssel enthält ein einzelnes UTF-16-Surrogat (ein zerbrochenes Zeichen) und kann nicht als JSON gehasht werden.",
    "json.cycle": "Der Wert enthält sich selbst (Zyklus) und ist darum kein JSON.",
    "json.too-deep": "Der Wert ist tiefer als {detail} Ebenen verschachtelt.",
    "at.format": "Der Zeitpunkt muss ein RFC-3339-Zeitstempel in UTC sein, wie ihn das Audit-Log schreibt (zum Beispiel 2026-03-29T07:30:00.000Z).",
    "hash.format": "Ein Hash besteht aus genau 64 Hexadezimalziffern in Kleinbuchstaben.",
    "line.json": "Die Zeile ist kein gültiges JSON ({detail}).",
  },
  en: {
    "action.format":
      "The action \"{value}\" is not an event type. Expected noun.verb in the past tense, lower case with hyphens, for example post.approved or quiet-period.overridden.",
    "text.blank": "The text must not be empty.",
    "text.lone-surrogate": "The text contains a lone UTF-16 surrogate (a broken character) and cannot be hashed as JSON.",
    "json.undefined": "undefined in an array is not a JSON value; use null or leave the element out.",
    "json.function": "A function is not a JSON value.",
    "json.bigint": "A bigint is not a JSON value; give it as a string or a number.",
    "json.symbol": "A symbol is not a JSON value.",
    "json.non-finite": "{detail} is not a finite number and therefore not a JSON value.",
    "json.class-instance": "An instance of {detail} is not a JSON value; only plain objects and arrays (a date as an ISO string).",
    "json.lone-surrogate": "The string or key contains a lone UTF-16 surrogate (a broken character) and cannot be hashed as JSON.",
    "json.cycle": "The value contains itself (a cycle) and therefore is not JSON.",
    "json.too-deep": "The value is nested more than {detail} levels deep.",
    "at.format": "The instant must be an RFC 3339 UTC timestamp as the audit log writes it (for example 2026-03-29T07:30:00.000Z).",
    "hash.format": "A hash is exactly 64 lower-case hexadecimal digits.",
    "line.json": "The line is not valid JSON ({detail}).",
  },
});

/**
 * A key of {@link auditMessages}.
 *
 * @useDeclaredType
 */
export type AuditMessageKey = Parameters<typeof auditMessages.format>[1];
