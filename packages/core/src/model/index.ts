export {
  IdSchema,
  InstantSchema,
  INSTANT_RANGE,
  isInstantInRange,
  LocalDateSchema,
  LOCAL_DATE_RANGE,
  isLocalDateInRange,
  TimeZoneSchema,
  UrlSchema,
  LanguageSchema,
  type Id,
  type Instant,
  type LocalDate,
  type TimeZone,
  type Url,
  type Language,
} from "./common.js";
export {
  FEDERAL_STATES,
  FederalStateSchema,
  federalStateByCode,
  federalStateByAgsPrefix,
  type FederalStateCode,
  type FederalStateInfo,
} from "./federal-state.js";
export { AddressFormSchema, type AddressForm } from "./address-form.js";
export {
  OrganisationSchema,
  OrganisationKindSchema,
  AgsSchema,
  FourEyesSettingsSchema,
  ChecksGateSettingsSchema,
  OrganisationSettingsSchema,
  type Organisation,
  type OrganisationInput,
  type OrganisationKind,
  type FourEyesSettings,
  type OrganisationSettings,
} from "./organisation.js";
export { ROLES, RoleSchema, TeamMemberSchema, type Role, type TeamMember, type TeamMemberInput } from "./team-member.js";
export {
  QuietPeriodSchema,
  QuietPeriodKindSchema,
  QuietPeriodBlocksSchema,
  QuietPeriodMatchesSchema,
  type QuietPeriod,
  type QuietPeriodKind,
  type QuietPeriodBlocks,
  type QuietPeriodMatches,
} from "./quiet-period.js";
export { GoalSchema, type Goal } from "./goal.js";
export { AudienceSchema, AgeBandSchema, type Audience, type AgeBand } from "./audience.js";
export {
  KpiDefinitionSchema,
  KpiFormulaSchema,
  KpiUnitSchema,
  MetricNameSchema,
  METRIC_NAMES,
  BUILT_IN_KPIS,
  type KpiDefinition,
  type KpiDefinitionInput,
  type KpiFormula,
  type KpiFormulaInput,
  type KpiUnit,
  type MetricName,
  type StandardMetricName,
} from "./kpi-definition.js";
export { ContentPillarSchema, type ContentPillar } from "./content-pillar.js";
export { BrandVoiceSchema, AvoidedWordSchema, type BrandVoice, type AvoidedWord } from "./brand-voice.js";
export { StrategySchema, type Strategy, type StrategyInput } from "./strategy.js";
export { AdapterIdSchema, AdapterOptionsSchema, ADAPTER_OPTIONS_LIMITS, type AdapterId, type AdapterOptions } from "./adapter-options.js";
export { ChannelSchema, type Channel, type ChannelInput } from "./channel.js";
export { MediaSchema, MediaKindSchema, MAX_ALT_TEXT_LENGTH, type Media, type MediaKind } from "./media.js";
export { POST_STATES, PostStateSchema, type PostState } from "./post-state.js";
export {
  PostSchema,
  PostContentSchema,
  PostVariantSchema,
  ReasonedDecisionSchema,
  ReasonSchema,
  MAX_REASON_LENGTH,
  MAX_POST_TEXT_LENGTH,
  MAX_CONTENT_WARNING_LENGTH,
  QuietPeriodOverrideSchema,
  PostApprovalSchema,
  type PostApproval,
  type QuietPeriodOverride,
  type Post,
  type PostInput,
  type PostContent,
  type PostContentInput,
  type PostVariant,
  type ReasonedDecision,
} from "./post.js";
export { CampaignSchema, type Campaign, type CampaignInput } from "./campaign.js";
export {
  InteractionSchema,
  InteractionKindSchema,
  InteractionStatusSchema,
  InteractionAuthorSchema,
  InteractionTriageSchema,
  InteractionTriageResultSchema,
  InteractionClosureSchema,
  TriageProducerSchema,
  INTERACTION_TRIAGE_LIMITS,
  type Interaction,
  type InteractionInput,
  type InteractionKind,
  type InteractionStatus,
  type InteractionAuthor,
  type InteractionTriage,
  type InteractionTriageResult,
  type InteractionClosure,
} from "./interaction.js";
export { REPLY_STATES, ReplyStateSchema, ReplySchema, ReplyDeliveryStateSchema, type Reply, type ReplyState, type ReplyDeliveryState } from "./reply.js";
export { MetricSampleSchema, type MetricSample } from "./metric-sample.js";
export {
  FINDING_SEVERITIES,
  FINDING_FIELDS,
  FINDING_LIMITS,
  FindingSeveritySchema,
  FindingSchema,
  FindingLocationSchema,
  FindingSuggestionSchema,
  FindingAcceptanceSchema,
  FindingCodeSchema,
  CheckIdSchema,
  CheckRecordSchema,
  CheckSettingsSchema,
  LocalizedTextSchema,
  openFindings,
  type Finding,
  type FindingField,
  type FindingLocation,
  type FindingSeverity,
  type FindingSuggestion,
  type FindingAcceptance,
  type CheckRecord,
  type CheckSettings,
  type LocalizedText,
} from "./finding.js";
export { LIST_LIMITS, type ListLimits } from "./limits.js";
export { MUSTERSTADT_ORGANISATION, MUSTERSTADT_TEAM, MUSTERSTADT_CHANNELS, MUSTERSTADT_STRATEGY } from "./examples.js";
