/**
 * Shared by the model's tests: one valid input per entity, and assertions on
 * the issues that validation reports. Not exported from the package.
 */
import { expect } from "vitest";
import type { z } from "zod";
import type { Locale } from "../i18n/locale.js";
import type { MessageValues } from "../i18n/message-catalogue.js";
import { safeValidate, type ValidationIssue } from "../validation/validate.js";
import { validationMessages, type ValidationMessageKey } from "../validation/validation-messages.js";

/** The issues of an input that must fail; fails the test if it passes. */
export function issuesOf(schema: z.ZodType, input: unknown, locale?: Locale): readonly ValidationIssue[] {
  const result = safeValidate(schema, input, locale === undefined ? {} : { locale });
  if (result.success) throw new Error(`expected the input to be rejected, got ${JSON.stringify(result.data)}`);
  return result.error.issues;
}

/** The one issue at `path`, in German (the default) and in English. */
export function issueAt(schema: z.ZodType, input: unknown, path: string): { de: ValidationIssue; en: ValidationIssue } {
  const de = issuesOf(schema, input).filter((issue) => issue.path === path);
  const en = issuesOf(schema, input, "en").filter((issue) => issue.path === path);
  expect(de, `issues at "${path}"`).toHaveLength(1);
  expect(en, `issues at "${path}"`).toHaveLength(1);
  return { de: de[0]!, en: en[0]! };
}

/**
 * Asserts that validation reports the catalogue message `key` at `path`, in
 * German by default and in English with locale "en".
 */
export function expectCatalogueIssue(schema: z.ZodType, input: unknown, path: string, key: ValidationMessageKey, values?: MessageValues): void {
  const { de, en } = issueAt(schema, input, path);
  expect(de.code).toBe("custom");
  expect(de.message).toBe(validationMessages.format("de", key, values));
  expect(en.message).toBe(validationMessages.format("en", key, values));
}

/** Asserts that the input passes and returns the parsed value. */
export function parsed<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = safeValidate(schema, input);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/** A valid media input, as a client would send it. */
export const validMedia = {
  id: "foto-stadtfest",
  kind: "image",
  storageKey: "2027/06/stadtfest.jpg",
  mimeType: "image/jpeg",
  sizeBytes: 482_113,
  width: 1600,
  height: 1067,
  altText: "Besucherinnen und Besucher auf dem Marktplatz beim Stadtfest, im Hintergrund das Rathaus",
};

/** A valid post content input, as a client would send it. */
export const validPostContent = {
  title: "Stadtfest Ankündigung",
  text: "Am Samstag ist Stadtfest auf dem Marktplatz! Alle Infos: https://www.musterstadt.example/stadtfest",
  pillarId: "leben",
  campaignId: "stadtfest-2027",
  media: [validMedia],
  links: ["https://www.musterstadt.example/stadtfest"],
  hashtags: ["Stadtfest", "Musterstadt"],
  variants: [
    { channelId: "mastodon-main", text: "Samstag ist Stadtfest! https://www.musterstadt.example/stadtfest", options: { mastodon: { visibility: "public" } } },
    { channelId: "instagram-main", media: [{ ...validMedia, id: "foto-hochkant", width: 1080, height: 1350 }] },
  ],
};

/** A valid post input, as a client would send it. */
export const validPost = {
  ...validPostContent,
  id: "post-42",
  organisationId: "musterstadt",
  state: "scheduled",
  authorId: "jonas-weber",
  contributorIds: ["jonas-weber", "leyla-yilmaz"],
  scheduledAt: "2027-06-10T08:00:00+02:00",
  createdAt: "2027-06-01T09:12:00Z",
  updatedAt: "2027-06-03T14:40:00.250Z",
  revision: 4,
};

/** A valid organisation input, as a client would send it. */
export const validOrganisation = {
  id: "muenchen",
  name: "Landeshauptstadt München",
  kind: "kreisfreie-stadt",
  ags: "09162000",
  federalState: "BY",
  population: 1_510_378,
  imprintUrl: "https://stadt.muenchen.de/impressum",
};

/** A valid team member input, as a client would send it. */
export const validTeamMember = {
  id: "jonas-weber",
  organisationId: "musterstadt",
  name: "Jonas Weber",
  email: "jonas.weber@musterstadt.example",
  roles: ["editor"],
};

/** A valid quiet period input, as a client would send it. */
export const validQuietPeriod = {
  id: "wahl-2027",
  kind: "election-neutrality",
  label: "Bürgermeisterwahl 2027",
  startDate: "2027-01-11",
  endDate: "2027-03-28",
  blocks: { scheduling: true, publishing: true },
  matches: { pillarIds: ["rathaus"], keywords: ["Bürgermeister"] },
};

/** A valid goal input, as a client would send it. */
export const validGoal = {
  id: "antwortzeit",
  statement: "Bürgeranfragen schneller beantworten",
  kpiId: "median-first-response-hours",
  baseline: 30,
  target: 8,
  deadline: "2027-12-31",
  ownerId: "anna-becker",
};

/** A valid audience input, as a client would send it. */
export const validAudience = {
  id: "familien",
  name: "Familien mit Kindern",
  ageBands: [{ min: 30, max: 49 }],
  interests: ["Kita", "Schule"],
  preferredNetworks: ["facebook", "instagram"],
  estimatedSize: 6200,
};

/** A valid kpi input, as a client would send it. */
export const validKpi = {
  id: "portal-clicks",
  name: "Klicks zum Bürgerservice-Portal",
  unit: "count",
  better: "higher",
  formula: { type: "sum", metric: "clicks" },
};

/** A valid strategy input, as a client would send it. */
export const validStrategy = {
  id: "strategie-2027",
  organisationId: "musterstadt",
  name: "Social-Media-Strategie 2027",
  validFrom: "2027-01-01",
  validUntil: "2027-12-31",
  goals: [validGoal, { ...validGoal, id: "reichweite", kpiId: "reach-per-1000-inhabitants", baseline: 180, target: 300 }],
  audiences: [validAudience],
  channelIds: ["mastodon-main", "instagram-main"],
  pillars: [
    { id: "service", name: "Service", share: 0.5 },
    { id: "rathaus", name: "Rathaus & Politik", share: 0.5 },
  ],
  brandVoice: { tonality: ["Kurze Sätze"], wordsToAvoid: [{ word: "zeitnah", instead: "ein Datum nennen" }] },
  quietPeriods: [validQuietPeriod],
  kpis: [validKpi],
};

/** A valid channel input, as a client would send it. */
export const validChannel = {
  id: "mastodon-main",
  organisationId: "musterstadt",
  network: "mastodon",
  handle: "@musterstadt@social.musterstadt.example",
  profileUrl: "https://social.musterstadt.example/@musterstadt",
  options: { mastodon: { visibility: "public" } },
};

/** A valid campaign input, as a client would send it. */
export const validCampaign = {
  id: "stadtfest-2027",
  organisationId: "musterstadt",
  name: "Stadtfest 2027",
  startDate: "2027-05-15",
  endDate: "2027-06-12",
  pillarIds: ["leben"],
};

/** A valid interaction input, as a client would send it. */
export const validInteraction = {
  id: "interaction-7",
  organisationId: "musterstadt",
  channelId: "mastodon-main",
  kind: "comment",
  remoteId: "112233445566",
  postId: "post-42",
  author: { handle: "@erika@mastodon.social", displayName: "Erika Mustermann" },
  text: "Gibt es am Stadtfest auch Parkplätze für Menschen mit Behinderung?",
  language: "de",
  receivedAt: "2027-06-10T09:30:00+02:00",
  firstResponseAt: "2027-06-10T11:05:00+02:00",
  status: "answered",
};

/** A valid reply input, as a client would send it. */
export const validReply = {
  id: "reply-7",
  organisationId: "musterstadt",
  interactionId: "interaction-7",
  text: "Ja, am Parkplatz Schulstraße gibt es zwölf Plätze. Ihr Social-Media-Team der Stadt Musterstadt",
  authorId: "jonas-weber",
  state: "sent",
  approvedBy: "anna-becker",
  sentAt: "2027-06-10T09:05:00Z",
  createdAt: "2027-06-10T08:50:00Z",
  updatedAt: "2027-06-10T09:05:00Z",
  revision: 3,
};

/** A valid metric sample input, as a client would send it. */
export const validMetricSample = {
  organisationId: "musterstadt",
  channelId: "mastodon-main",
  postId: "post-42",
  at: "2027-06-11T06:00:00Z",
  metric: "impressions",
  value: 1830,
};
