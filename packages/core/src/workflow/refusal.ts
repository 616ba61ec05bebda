import { defineMessages } from "../i18n/message-catalogue.js";

/**
 * Every reason why the workflow (or a plugin's step hook, such as the
 * publishing engine's `undeliverable` and `unsettled`) refuses a step, as
 * stable codes for programs. `labelOf("refusal-code", code)` names each for
 * people.
 */
export const REFUSAL_CODES = [
  "not-found",
  "unknown-actor",
  "actor-inactive",
  "role-not-allowed",
  "invalid-state",
  "four-eyes",
  "reason-required",
  "schedule-missing",
  "schedule-in-past",
  "quiet-period",
  "override-not-allowed",
  "approval-required",
  "conflict",
  "nothing-to-override",
  "undeliverable",
  "unsettled",
  "assignee-unavailable",
  "open-findings",
] as const;

/** Why the workflow refused a step; one of {@link REFUSAL_CODES}. */
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * A refused step: a stable code for programs, a message for people (in the
 * instance's locale) and the facts behind it. Nothing was changed.
 */
export interface Refusal {
  /** Why, as a stable code for programs. */
  readonly code: RefusalCode;
  /** Why, for people in the town hall, in the instance's locale. */
  readonly message: string;
  /** The facts behind it, e.g. the post's state or the blocking quiet periods' ids. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The outcome of a workflow step: the changed entity, or a {@link Refusal}. */
export type WorkflowResult<T> =
  | {
      /** The step was taken. */
      readonly ok: true;
      /** The entity as it is now stored. */
      readonly value: T;
    }
  | {
      /** The step was refused; nothing was changed. */
      readonly ok: false;
      /** Why it was refused. */
      readonly refusal: Refusal;
    };

/**
 * Messages of refusals, shown to people in the town hall. The workflow fills
 * `{roles}`, `{action}`, `{state}` and `{from}` with words (see `labelOf`),
 * never with ids; the refusal's `details` keep the ids for programs.
 */
export const refusalMessages = defineMessages({
  de: {
    "not-found": "{entity} „{id}“ gibt es in dieser Organisation nicht.",
    "unknown-actor": "„{actor}“ ist kein Mitglied des Teams dieser Organisation.",
    "actor-inactive": "{name} ist nicht mehr aktiv im Team.",
    "role-not-allowed": "{name} darf den Schritt „{action}“ nicht ausführen; nötig ist eine dieser Rollen: {roles}.",
    "invalid-state": "„{action}“ ist im Zustand „{state}“ nicht möglich (nur aus: {from}).",
    "four-eyes": "Vier-Augen-Prinzip: {name} hat den Beitrag selbst verfasst oder bearbeitet und darf ihn nicht freigeben.",
    "four-eyes-reply": "Vier-Augen-Prinzip: {name} hat die Antwort selbst verfasst und darf sie nicht freigeben.",
    "reply-too-long": "Die Antwort ist zu lang für den Kanal „{channelId}“ ({over}); bitte kürzen.",
    "reason-required": "Für „{action}“ ist eine Begründung nötig.",
    "schedule-missing": "Zum Planen fehlt der Veröffentlichungszeitpunkt.",
    "schedule-in-past": "Der Veröffentlichungszeitpunkt {at} liegt in der Vergangenheit.",
    "quiet-period": "Gesperrt durch Ruhephase: {periods}. Nur eine Administratorin oder ein Administrator kann mit Begründung übersteuern.",
    "override-not-allowed": "{name} darf die Ruhephase nicht übersteuern; das dürfen nur Administratorinnen und Administratoren.",
    "approval-required": "Vier-Augen-Prinzip für Antworten: die Antwort muss erst freigegeben werden.",
    conflict: "Der Beitrag wurde inzwischen geändert (Version {actual} statt {expected}). Bitte neu laden.",
    "nothing-to-override": "Für diesen Beitrag gilt gerade keine sperrende Ruhephase, die übersteuert werden könnte.",
    undeliverable: "Der Beitrag kann so nicht veröffentlicht werden: {problems}",
    unsettled: "Der Beitrag kann gerade nicht geändert werden: {deliveries}",
    "assignee-unavailable": "Die Nachricht kann {name} nicht zugewiesen werden.",
    "open-findings": "Freigabe gesperrt: {count} Prüfhinweis(e) der Stufe „Fehler“ sind offen ({findings}). Bitte beheben oder mit Begründung akzeptieren.",
    "assignee-unknown": "„{assigneeId}“ ist kein Mitglied des Teams dieser Organisation; die Nachricht kann nur jemandem aus dem Team zugewiesen werden.",
    "assignee-inactive": "{name} ist nicht mehr aktiv im Team; die Nachricht kann nur aktiven Mitgliedern zugewiesen werden.",
    "assignee-role": "{name} darf Bürgerinnen und Bürgern nicht antworten; zuweisen lässt sich eine Nachricht nur an: {roles}.",
    "conflict-interaction": "Die Nachricht wurde inzwischen geändert (Version {actual} statt {expected}). Bitte neu laden.",
  },
  en: {
    "not-found": "{entity} \"{id}\" does not exist in this organisation.",
    "unknown-actor": "\"{actor}\" is not a member of this organisation's team.",
    "actor-inactive": "{name} is no longer active in the team.",
    "role-not-allowed": "{name} may not take the step \"{action}\"; it needs one of these roles: {roles}.",
    "invalid-state": "\"{action}\" is not possible in state \"{state}\" (only from: {from}).",
    "four-eyes": "Four-eyes principle: {name} wrote or edited the post and may not approve it.",
    "four-eyes-reply": "Four-eyes principle: {name} wrote the reply and may not approve it.",
    "reply-too-long": "The reply is too long for channel \"{channelId}\" ({over}); please shorten it.",
    "reason-required": "\"{action}\" needs a reason.",
    "schedule-missing": "Scheduling needs a publication time.",
    "schedule-in-past": "The publication time {at} is in the past.",
    "quiet-period": "Blocked by quiet period: {periods}. Only an admin can override it, with a reason.",
    "override-not-allowed": "{name} may not override the quiet period; only admins may.",
    "approval-required": "Four-eyes principle for replies: the reply must be approved first.",
    conflict: "The post was changed in the meantime (revision {actual} instead of {expected}). Please reload.",
    "nothing-to-override": "No quiet period blocks this post now, so there is nothing to override.",
    undeliverable: "The post cannot be published as it is: {problems}",
    unsettled: "The post cannot be changed right now: {deliveries}",
    "assignee-unavailable": "The message cannot be assigned to {name}.",
    "open-findings": "Approval blocked: {count} check finding(s) of severity “error” are open ({findings}). Fix them or accept them with a reason.",
    "assignee-unknown": "\"{assigneeId}\" is not a member of this organisation's team; a message can only be assigned to someone in the team.",
    "assignee-inactive": "{name} is no longer active in the team; a message can only be assigned to active members.",
    "assignee-role": "{name} may not answer citizens; a message can only be assigned to: {roles}.",
    "conflict-interaction": "The message was changed in the meantime (revision {actual} instead of {expected}). Please reload.",
  },
});
