import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import type { Locale } from "../i18n/locale.js";
import type { Channel, CheckSettings, FindingField, FindingSeverity, FindingSuggestion, Interaction, LocalizedText, Organisation, PostContent, Strategy } from "../model/index.js";

/** What a check looks at: a post's content, a reply to a citizen, or a citizen's interaction. */
export const CHECK_TARGETS = ["post", "reply", "interaction"] as const;

/** One of {@link CHECK_TARGETS}. */
export type CheckTarget = (typeof CHECK_TARGETS)[number];

/** A post's content as a check sees it: what the editor wrote, and when it is to go out if scheduled. */
export interface PostCheckInput {
  /** Always `"post"`. */
  readonly target: "post";
  /** The content (text, variants per channel, media, hashtags, links, language). */
  readonly post: PostContent & {
    /** When it is to go out, if it is scheduled. */
    readonly scheduledAt?: string;
  };
}

/** A reply as a check sees it: its text and the interaction it answers. */
export interface ReplyCheckInput {
  /** Always `"reply"`. */
  readonly target: "reply";
  /** The reply's text. */
  readonly text: string;
  /** The citizen's message answered, if it is still stored. */
  readonly interaction?: Interaction;
}

/** A citizen's interaction as a check sees it. */
export interface InteractionCheckInput {
  /** Always `"interaction"`. */
  readonly target: "interaction";
  /** The interaction, with its text. */
  readonly interaction: Interaction;
}

/** The input of a check of `Target`. */
export type CheckInputOf<Target extends CheckTarget> = Target extends "post" ? PostCheckInput : Target extends "reply" ? ReplyCheckInput : InteractionCheckInput;

/** Any check input. */
export type CheckInput = PostCheckInput | ReplyCheckInput | InteractionCheckInput;

/** A channel a post or reply goes to, with what its network can do (absent: not known). */
export interface CheckChannel {
  /** The channel as stored. */
  readonly channel: Channel;
  /** What its network declared (counting rule, media limits), from the network registry. */
  readonly capabilities?: NetworkRegistrationCapabilities;
}

/**
 * What a check knows besides its input, read for it by the workflow in the
 * step's transaction: nothing a check needs comes from anywhere else, so a
 * check is a pure function of its input and this context.
 */
export interface CheckContext {
  /** The organisation (its address form, time zone, name). */
  readonly organisation: Organisation;
  /** The strategies in force today (brand voice, quiet periods, pillars). */
  readonly strategies: readonly Strategy[];
  /** The checks settings of those strategies, merged. */
  readonly settings: CheckSettings;
  /** For a post, the channels of its variants; for a reply or an interaction, its channel. Channels not stored are left out. */
  readonly channels: readonly CheckChannel[];
  /** The instant of the run, epoch ms. */
  readonly now: number;
  /** The instance's locale. */
  readonly locale: Locale;
}

/**
 * Where a finding is, as a check reports it: the field, the channel of a
 * variant, an index, and the UTF-16 range in that field's text (see
 * `FindingLocationSchema`); the workflow adds the grapheme range.
 */
export interface FindingInputLocation {
  /** Which part of the content. */
  readonly field: FindingField;
  /** The variant's channel, or the channel a `post` finding is about. */
  readonly channelId?: string;
  /** Index of the media item, hashtag or link. */
  readonly index?: number;
  /** Start in UTF-16 code units of the field's text. */
  readonly start?: number;
  /** End (exclusive) in UTF-16 code units. */
  readonly end?: number;
}

/** What a check reports; the workflow adds the id, the check's id, the grapheme range and the organisation's severity. */
export interface FindingInput {
  /** Stable code within the check, e.g. `"long-sentence"`: lowercase letters, digits and `-`. */
  readonly code: string;
  /** The check's own severity; the organisation's settings may change it. */
  readonly severity: FindingSeverity;
  /** What was found, in German and English. */
  readonly message: LocalizedText;
  /** Where; absent: the whole post, reply or interaction. */
  readonly location?: FindingInputLocation;
  /** How to fix it. */
  readonly suggestion?: FindingSuggestion;
  /** Facts for programs (counts, limits). */
  readonly values?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * A check: an id, what it looks at, the languages it understands, and a
 * pure, synchronous `run` that returns findings. Register checks in
 * `ctx.registries.checks`; the workflow runs every registered post check
 * when a post is edited, submitted and approved, and every reply check when
 * a reply is drafted and approved, and stores what they found. Checks of
 * `interaction`s run where messages are triaged: the triage of
 * `@kommune-sm/scoring` runs every registered one when a message arrives.
 *
 * `run` must not read anything but its arguments, nor keep state between
 * runs, nor take long: it runs inside the step's transaction. It gets
 * frozen copies of its input and context: writing to them throws. A check
 * that throws or returns something malformed is reported as an `error`
 * finding of its own (`check-failed`), never as "nothing found".
 *
 * @example
 * ```ts
 * ctx.registries.checks.register(defineCheck({
 *   id: "acme/no-shouting",
 *   target: "post",
 *   languages: ["*"],
 *   title: { de: "Kein Geschrei", en: "No shouting" },
 *   run: ({ post }) => post.text.includes("!!!")
 *     ? [{ code: "exclamations", severity: "hint", message: { de: "Drei Ausrufezeichen", en: "Three exclamation marks" } }]
 *     : [],
 * }));
 * ```
 */
export interface Check<Target extends CheckTarget = CheckTarget> {
  /** Unique among the checks, e.g. `"plain-language"` or `"acme/spelling"` (see `CheckIdSchema`). */
  readonly id: string;
  /** What it looks at. */
  readonly target: Target;
  /** Primary language subtags it understands (`["de"]`), or `["*"]` for any language. */
  readonly languages: readonly string[];
  /** Its name for people. */
  readonly title: LocalizedText;
  /** Finds what it looks for. */
  run(input: CheckInputOf<Target>, context: CheckContext): readonly FindingInput[];
}

/** A check of any target, as the checks registry holds them. */
export type AnyCheck = Check<"post"> | Check<"reply"> | Check<"interaction">;

/**
 * Returns `check`, frozen with its title and languages; it exists so that an
 * object literal is checked as a {@link Check} with its input typed by
 * `target`. The runner reads a frozen check once and keeps what it read,
 * instead of reading (and validating) it again at every run; a check that
 * is not frozen is read afresh each time.
 */
export function defineCheck<const Target extends CheckTarget>(check: Check<Target>): Check<Target> {
  Object.freeze(check.languages);
  Object.freeze(check.title);
  return Object.freeze(check);
}

/** The severity a finding gets after the organisation's settings: a code's setting, else its check's, else its own. */
export function settledSeverity(settings: CheckSettings, checkId: string, code: string, own: FindingSeverity): FindingSeverity {
  // Own keys only: a check named "constructor" must not get Object.prototype's.
  const { severities } = settings;
  const byCode = `${checkId}/${code}`;
  if (Object.hasOwn(severities, byCode)) return severities[byCode]!;
  if (Object.hasOwn(severities, checkId)) return severities[checkId]!;
  return own;
}
