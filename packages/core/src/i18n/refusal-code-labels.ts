import type { RefusalCode } from "../workflow/refusal.js";
import { defineLabels } from "./define-labels.js";

/**
 * Short names of the refusal codes (`REFUSAL_CODES`), e.g. for a filter or a
 * statistic of refused steps. The full explanation of one refusal is its
 * `message`.
 */
export const refusalCodeLabels = defineLabels({
  de: {
    "not-found": "nicht gefunden",
    "unknown-actor": "unbekannte Person",
    "actor-inactive": "nicht mehr aktiv",
    "role-not-allowed": "Rolle fehlt",
    "invalid-state": "im falschen Zustand",
    "four-eyes": "Vier-Augen-Prinzip",
    "reason-required": "Begründung fehlt",
    "schedule-missing": "Zeitpunkt fehlt",
    "schedule-in-past": "Zeitpunkt liegt in der Vergangenheit",
    "quiet-period": "Ruhephase",
    "override-not-allowed": "Übersteuern nicht erlaubt",
    "approval-required": "Freigabe nötig",
    conflict: "inzwischen geändert",
    "nothing-to-override": "nichts zu übersteuern",
    undeliverable: "so nicht veröffentlichbar",
    unsettled: "Zustellungen noch offen",
    "assignee-unavailable": "Zuweisung nicht möglich",
    "open-findings": "offene Prüffehler",
  } satisfies Record<RefusalCode, string>,
  en: {
    "not-found": "not found",
    "unknown-actor": "unknown person",
    "actor-inactive": "no longer active",
    "role-not-allowed": "role missing",
    "invalid-state": "wrong state",
    "four-eyes": "four-eyes principle",
    "reason-required": "reason missing",
    "schedule-missing": "publication time missing",
    "schedule-in-past": "publication time in the past",
    "quiet-period": "quiet period",
    "override-not-allowed": "override not allowed",
    "approval-required": "approval required",
    conflict: "changed in the meantime",
    "nothing-to-override": "nothing to override",
    undeliverable: "cannot be published as it is",
    unsettled: "deliveries still open",
    "assignee-unavailable": "cannot be assigned",
    "open-findings": "open check errors",
  },
});
