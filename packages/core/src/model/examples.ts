import { deepFreeze } from "../internal/deep-freeze.js";
import { validate } from "../validation/validate.js";
import { ChannelSchema, type Channel } from "./channel.js";
import { OrganisationSchema, type Organisation } from "./organisation.js";
import { StrategySchema, type Strategy } from "./strategy.js";
import { TeamMemberSchema, type TeamMember } from "./team-member.js";

// The examples are shared by the demo and many tests; freezing them turns an
// accidental mutation into an error instead of a test that passes by luck.

/**
 * Stadt Musterstadt, a fictional town of 24,310 inhabitants in Bayern, for
 * demos, documentation and tests. Its AGS 09999999 has Bayern's prefix 09 but
 * a Regierungsbezirk (9) that does not exist, so it can never be mistaken for
 * a real municipality. Deeply frozen: copy it to change it.
 *
 * @example
 * ```ts
 * const organisation = validate(OrganisationSchema, { ...MUSTERSTADT_ORGANISATION, id: "test-town" });
 * ```
 */
export const MUSTERSTADT_ORGANISATION: Organisation = deepFreeze(
  validate(
    OrganisationSchema,
    {
      id: "musterstadt",
      name: "Stadt Musterstadt",
      kind: "stadt",
      ags: "09999999",
      federalState: "BY",
      population: 24_310,
      timeZone: "Europe/Berlin",
      addressForm: "sie",
      imprintUrl: "https://www.musterstadt.example/impressum",
      locale: "de",
      settings: { fourEyes: { posts: true, replies: false } },
    },
    { locale: "en", entity: "Organisation" },
  ),
);

/**
 * The social-media team of Musterstadt: the head of the press office (admin
 * and approver), two editors, one of whom may also approve, and the mayor's
 * office, which reads along. Deeply frozen.
 */
export const MUSTERSTADT_TEAM: readonly TeamMember[] = deepFreeze(
  [
    {
      id: "anna-becker",
      name: "Anna Becker",
      email: "anna.becker@musterstadt.example",
      roles: ["admin", "approver"],
      competencies: ["Krisenkommunikation", "Presserecht"],
    },
    {
      id: "jonas-weber",
      name: "Jonas Weber",
      email: "jonas.weber@musterstadt.example",
      roles: ["editor"],
      competencies: ["Fotografie", "Community-Management"],
    },
    {
      id: "leyla-yilmaz",
      name: "Leyla Yılmaz",
      email: "leyla.yilmaz@musterstadt.example",
      roles: ["editor", "approver"],
      competencies: ["Video", "Leichte Sprache"],
    },
    { id: "thomas-huber", name: "Thomas Huber", roles: ["viewer"] },
  ].map((member) => validate(TeamMemberSchema, { ...member, organisationId: "musterstadt" }, { locale: "en", entity: "TeamMember" })),
);

/** Musterstadt's accounts on Mastodon, Instagram and Facebook. Deeply frozen. */
export const MUSTERSTADT_CHANNELS: readonly Channel[] = deepFreeze(
  [
    {
      id: "mastodon-main",
      network: "mastodon",
      handle: "@musterstadt@social.musterstadt.example",
      displayName: "Stadt Musterstadt",
      profileUrl: "https://social.musterstadt.example/@musterstadt",
      options: { mastodon: { visibility: "public" } },
    },
    {
      id: "instagram-main",
      network: "instagram",
      handle: "@stadt.musterstadt",
      displayName: "Stadt Musterstadt",
    },
    {
      id: "facebook-main",
      network: "facebook",
      handle: "StadtMusterstadt",
      displayName: "Stadt Musterstadt",
    },
  ].map((channel) => validate(ChannelSchema, { ...channel, organisationId: "musterstadt" }, { locale: "en", entity: "Channel" })),
);

/**
 * Musterstadt's strategy for 2027/28: three SMART goals (answer citizens within
 * a day, reach young adults on Instagram, more interaction), two audiences,
 * three content pillars, a brand voice, one custom KPI and the quiet period
 * before the (fictional) mayoral election in March 2027, which holds back
 * posts of the pillar "Rathaus & Politik" and posts naming the office or the
 * election. Deeply frozen.
 */
export const MUSTERSTADT_STRATEGY: Strategy = deepFreeze(
  validate(
    StrategySchema,
    {
      id: "strategie-2027",
      organisationId: "musterstadt",
      name: "Social-Media-Strategie 2027/28",
      validFrom: "2027-01-01",
      validUntil: "2028-12-31",
      goals: [
        {
          id: "antworten-binnen-eines-tages",
          statement: "Anfragen von Bürgerinnen und Bürgern in den sozialen Medien binnen 24 Stunden beantworten",
          kpiId: "share-answered-within-24h",
          baseline: 0.62,
          target: 0.9,
          deadline: "2027-12-31",
          ownerId: "anna-becker",
        },
        {
          id: "junge-erwachsene-erreichen",
          statement: "Junge Erwachsene über Instagram besser erreichen",
          kpiId: "reach-per-1000-inhabitants",
          baseline: 180,
          target: 300,
          deadline: "2027-12-31",
          ownerId: "leyla-yilmaz",
          channelIds: ["instagram-main"],
        },
        {
          id: "mehr-interaktion",
          statement: "Mehr Austausch unter den Beiträgen, statt nur zu senden",
          kpiId: "engagement-rate",
          baseline: 2.1,
          target: 3.5,
          deadline: "2028-06-30",
          ownerId: "jonas-weber",
        },
      ],
      audiences: [
        {
          id: "junge-erwachsene",
          name: "Junge Erwachsene",
          ageBands: [{ min: 16, max: 29 }],
          interests: ["Ausbildung", "Freizeit", "Veranstaltungen", "Wohnen"],
          preferredNetworks: ["instagram", "tiktok"],
          estimatedSize: 3_900,
        },
        {
          id: "familien",
          name: "Familien mit Kindern",
          ageBands: [{ min: 30, max: 49 }],
          interests: ["Kita", "Schule", "Spielplätze", "Baustellen"],
          preferredNetworks: ["facebook", "instagram", "whatsapp"],
          estimatedSize: 6_200,
        },
      ],
      channelIds: ["mastodon-main", "instagram-main", "facebook-main"],
      pillars: [
        {
          id: "service",
          name: "Service & Verwaltung",
          description: "Öffnungszeiten, Fristen, Online-Dienste, Baustellen, Müllabfuhr.",
          share: 0.4,
        },
        {
          id: "leben",
          name: "Leben in Musterstadt",
          description: "Veranstaltungen, Vereine, Menschen, schöne Orte.",
          share: 0.35,
        },
        {
          id: "rathaus",
          name: "Rathaus & Politik",
          description: "Beschlüsse des Stadtrats, Beteiligung, Termine der Bürgermeisterin.",
          share: 0.25,
        },
      ],
      brandVoice: {
        tonality: [
          "Kurze Sätze, aktiv formuliert",
          "Freundlich und auf Augenhöhe, nie flapsig",
          "Fachbegriffe vermeiden oder erklären",
          "Höchstens zwei Emojis je Beitrag",
        ],
        wordsToAvoid: [
          { word: "zeitnah", instead: "ein Datum nennen" },
          { word: "seitens der Verwaltung", instead: "die Stadt" },
          { word: "Inaugenscheinnahme", instead: "Besichtigung" },
        ],
        signature: "Ihr Social-Media-Team der Stadt Musterstadt",
        addressForm: "sie",
      },
      quietPeriods: [
        {
          id: "buergermeisterwahl-2027",
          kind: "election-neutrality",
          label: "Bürgermeisterwahl 2027 (Neutralitätsgebot)",
          startDate: "2027-01-11",
          endDate: "2027-03-28",
          blocks: { scheduling: true, publishing: true },
          matches: { pillarIds: ["rathaus"], keywords: ["Bürgermeister", "Stadtrat", "Wahl"] },
          note: "Wahltag 14. März 2027, mögliche Stichwahl 28. März 2027. Sachinformationen bleiben erlaubt, Selbstdarstellung der Amtsinhaberin nicht.",
        },
      ],
      kpis: [
        {
          id: "portal-clicks",
          name: "Klicks zum Bürgerservice-Portal",
          description: "Wie oft Beiträge Menschen zu den Online-Diensten der Stadt führen.",
          unit: "count",
          better: "higher",
          formula: { type: "sum", metric: "clicks" },
        },
      ],
    },
    { locale: "en", entity: "Strategy" },
  ),
);
