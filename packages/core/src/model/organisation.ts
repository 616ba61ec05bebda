import { z } from "zod";
import { LOCALES } from "../i18n/locale.js";
import { issueParams } from "../validation/validate.js";
import { AddressFormSchema } from "./address-form.js";
import { IdSchema, TimeZoneSchema, UrlSchema } from "./common.js";
import { FederalStateSchema, federalStateByAgsPrefix, federalStateByCode } from "./federal-state.js";
import { textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/**
 * The legal kind of a municipality or association of municipalities. The
 * association kinds differ by Land: Amt (SH, MV, BB), Verbandsgemeinde (RP,
 * ST), Samtgemeinde (NI), Verwaltungsgemeinschaft (BY, TH, SN, ST); `bezirk` is
 * a district of a city state or a Bezirk in Bayern.
 */
export const OrganisationKindSchema = z.enum([
  "gemeinde",
  "stadt",
  "kreisfreie-stadt",
  "landkreis",
  "amt",
  "verbandsgemeinde",
  "samtgemeinde",
  "verwaltungsgemeinschaft",
  "bezirk",
  "other",
]);

/** The kind of a Kommune, see {@link OrganisationKindSchema}. */
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

const AGS = /^\d{8}$/;

/**
 * The Amtlicher Gemeindeschlüssel: exactly 8 digits, the first two naming the
 * federal state (01 Schleswig-Holstein to 16 Thüringen). Whether it matches
 * the organisation's `federalState` is checked by {@link OrganisationSchema}.
 */
export const AgsSchema = z.string().superRefine((ags, ctx) => {
  if (!AGS.test(ags)) {
    ctx.addIssue({ code: "custom", input: ags, ...issueParams("ags.format") });
  } else if (federalStateByAgsPrefix(ags.slice(0, 2)) === undefined) {
    ctx.addIssue({ code: "custom", input: ags, ...issueParams("ags.state-unknown", { prefix: ags.slice(0, 2) }) });
  }
});

/** Who must approve what before it goes out. */
export const FourEyesSettingsSchema = z.object({
  /** Posts need approval by someone other than their authors and contributors. Default on. */
  posts: z.boolean().default(true),
  /** Replies to citizens need approval as well. Default off: answering within a day matters more. */
  replies: z.boolean().default(false),
});

/** What the registered checks (e.g. of `@kommune-sm/scoring`) mean for approval. */
export const ChecksGateSettingsSchema = z.object({
  /**
   * Approval of a post or reply is refused while one of its check findings
   * of severity `error` is open (not accepted by an approver with a reason).
   * Default off: findings are advice until the organisation decides.
   */
  blockApprovalOnErrors: z.boolean().default(false),
});

/** Settings of an organisation that change how the SDK behaves for it. */
export const OrganisationSettingsSchema = z.object({
  /** The four-eyes principle; posts on, replies off by default. */
  fourEyes: FourEyesSettingsSchema.default(() => ({ posts: true, replies: false })),
  /** The approval gate of the checks; absent: off. */
  checks: ChecksGateSettingsSchema.optional(),
});

/**
 * A Kommune (municipality, town, county, association of municipalities) that
 * uses the SDK; in a suite, one tenant. Every other entity belongs to one
 * organisation by its `organisationId`.
 *
 * The AGS must be 8 digits whose first two name the organisation's federal
 * state: `"09162000"` (München) goes with `"BY"`, not with `"NW"`.
 *
 * @example
 * ```ts
 * const organisation = validate(OrganisationSchema, {
 *   id: "musterstadt", name: "Stadt Musterstadt", kind: "stadt",
 *   ags: "09999999", federalState: "BY", population: 24_310,
 *   imprintUrl: "https://www.musterstadt.de/impressum",
 * }, { entity: "Organisation" });
 * organisation.timeZone; // "Europe/Berlin"
 * ```
 */
export const OrganisationSchema = z
  .object({
    /** Id of the organisation, the tenant key. */
    id: IdSchema,
    /** Official name as citizens know it, e.g. "Stadt Musterstadt". */
    name: textField(200, 1),
    /** Legal kind. */
    kind: OrganisationKindSchema,
    /** Amtlicher Gemeindeschlüssel, 8 digits, see {@link AgsSchema}. */
    ags: AgsSchema,
    /** The federal state, which decides election dates, holidays and the kinds of association. */
    federalState: FederalStateSchema,
    /** Inhabitants, for KPIs per 1,000 inhabitants. */
    population: z.int().min(0),
    /** IANA time zone in which all calendar questions are answered; default Europe/Berlin. */
    timeZone: TimeZoneSchema.default("Europe/Berlin"),
    /** How citizens are addressed in German; default formal "sie". */
    addressForm: AddressFormSchema.default("sie"),
    /** The imprint (Impressum) that every profile must link to. */
    imprintUrl: UrlSchema,
    /** Language of what the SDK shows to the organisation's staff; default German. */
    locale: z.enum(LOCALES).default("de"),
    /** Behaviour settings; defaults apply as a whole when left out. */
    settings: OrganisationSettingsSchema.default(() => ({ fourEyes: { posts: true, replies: false } })),
  })
  .superRefine(
    (organisation, ctx) => {
      const prefix = organisation.ags.slice(0, 2);
      const agsState = federalStateByAgsPrefix(prefix);
      if (agsState !== undefined && agsState.code !== organisation.federalState) {
        const declared = federalStateByCode(organisation.federalState);
        ctx.addIssue({
          code: "custom",
          path: ["ags"],
          input: organisation.ags,
          ...issueParams("ags.state-mismatch", {
            prefix,
            agsState: agsState.name,
            federalState: `${declared.name} (${declared.code})`,
          }),
        });
      }
    },
    { when: whenFieldsValid("ags", "federalState") },
  );

/** A Kommune as stored, with defaults applied; see {@link OrganisationSchema}. */
export type Organisation = z.infer<typeof OrganisationSchema>;
/** A Kommune as accepted by {@link OrganisationSchema}, before defaults. */
export type OrganisationInput = z.input<typeof OrganisationSchema>;
/** The four-eyes settings, see {@link FourEyesSettingsSchema}. */
export type FourEyesSettings = z.infer<typeof FourEyesSettingsSchema>;
/** The settings of an organisation, see {@link OrganisationSettingsSchema}. */
export type OrganisationSettings = z.infer<typeof OrganisationSettingsSchema>;
