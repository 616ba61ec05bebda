import { CoreError, definePlugin, type AnyCheck, type KommunePlugin } from "@kommune-sm/core";
import { accessibilityCheck, type AccessibilityOptions } from "./checks/accessibility-check.js";
import { addressFormCheck, replyAddressFormCheck } from "./checks/address-form-check.js";
import { brandVoiceCheck, replyBrandVoiceCheck } from "./checks/brand-voice-check.js";
import { channelFitCheck, type ChannelFitOptions } from "./checks/channel-fit-check.js";
import { neutralityCheck, type NeutralityOptions } from "./checks/neutrality-check.js";
import { personalDataCheck, replyPersonalDataCheck, type PersonalDataCheckOptions } from "./checks/personal-data-check.js";
import { plainLanguageCheck, replyPlainLanguageCheck, type PlainLanguageOptions } from "./plain-language/plain-language-check.js";
import { loadGermanSyllables, type SyllableCounter } from "./readability/index.js";
import { InteractionTriager } from "./inbox/triage-interactions.js";
import { interactionPersonalDataCheck } from "./inbox/interaction-personal-data-check.js";
import type { TriageOptions } from "./triage/index.js";

/** The version this plugin reports to the host. */
const pluginVersion = "0.0.0";

/**
 * Which checks `scoring()` registers, and how each is tuned. Each is on by
 * default; `false` leaves it out. Severities and single codes are tuned per
 * organisation in its strategy (`strategy.checks`), not here.
 */
export interface ScoringChecksOptions {
  /** Plain German: readability, long sentences and words, passive, nominal style, Amtsdeutsch. */
  readonly plainLanguage?: PlainLanguageOptions | false;
  /** Alt texts, captions, CamelCase hashtags, emoji, fake bold, capitals, links. */
  readonly accessibility?: AccessibilityOptions | false;
  /** Length, media and links per channel, as each network declares them. */
  readonly channelFit?: ChannelFitOptions | false;
  /** Quiet periods (election neutrality) and party names. */
  readonly neutrality?: NeutralityOptions | false;
  /** Phone numbers, e-mail and street addresses, IBANs, plates, dates of birth. */
  readonly personalData?: PersonalDataCheckOptions | false;
  /** Sie or du, as the organisation chose. */
  readonly addressForm?: false;
  /** Words to avoid, required hashtags, the replies' signature. */
  readonly brandVoice?: false;
}

/** Options of {@link scoring}. */
export interface ScoringOptions {
  /** The checks to register; all by default. */
  readonly checks?: ScoringChecksOptions;
  /**
   * Triage of citizens' messages as they arrive (`interaction.received` of
   * the collector), with extra sentiment words if given (a lexicon the user
   * supplies, e.g. SentiWS read with `parseSentiWsLines`); `false`: none.
   */
  readonly triage?: TriageOptions | false;
}

/** The scoring plugin, and the triage of each organisation it was set up for. */
export interface ScoringPlugin extends KommunePlugin {
  /**
   * The triage of an organisation's messages (by id; without an id, the only
   * one), to triage messages stored by other means than the collector, or
   * those that came in before the plugin was added. Throws before setup or
   * when triage is turned off.
   */
  triager(organisationId?: string): InteractionTriager;
}

/**
 * The checks of `options`, for posts, replies and citizens' messages (personal data they made public). Exported for tools that
 * run the checks without an instance (a CLI, a preview); the plugin
 * registers exactly these.
 */
export function scoringChecks(syllables: SyllableCounter, options: ScoringChecksOptions = {}): AnyCheck[] {
  const checks: AnyCheck[] = [];
  if (options.plainLanguage !== false) checks.push(plainLanguageCheck(syllables, options.plainLanguage), replyPlainLanguageCheck(syllables, options.plainLanguage));
  if (options.accessibility !== false) checks.push(accessibilityCheck(options.accessibility));
  if (options.channelFit !== false) checks.push(channelFitCheck(options.channelFit));
  if (options.neutrality !== false) checks.push(neutralityCheck(options.neutrality));
  if (options.personalData !== false) checks.push(personalDataCheck(options.personalData), replyPersonalDataCheck(options.personalData), interactionPersonalDataCheck(options.personalData));
  if (options.addressForm !== false) checks.push(addressFormCheck(), replyAddressFormCheck());
  if (options.brandVoice !== false) checks.push(brandVoiceCheck(), replyBrandVoiceCheck());
  return checks;
}

/**
 * The scoring plugin: registers the checks on posts and replies that the
 * editorial workflow runs when a post is edited, submitted and approved and
 * a reply drafted and approved (and that gate approval where the
 * organisation turns `settings.checks.blockApprovalOnErrors` on), and
 * triages every citizen's message the collector stores (see
 * {@link InteractionTriager}). Its setup loads the German syllable patterns
 * once per process.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, store, plugins: [scoring({ checks: { personalData: { allow: ["07071 204-0"] } } })] });
 * const submitted = await ksm.workflow.submit(postId, "anna");
 * submitted.ok && submitted.value.checks?.findings; // what the checks found, with places
 * ```
 */
export function scoring(options: ScoringOptions = {}): ScoringPlugin {
  const triagers = new Map<string, InteractionTriager>();
  const plugin = definePlugin({
    name: "@kommune-sm/scoring",
    version: pluginVersion,
    async setup(ctx) {
      const syllables = await loadGermanSyllables();
      const unregister = scoringChecks(syllables, options.checks).map((check) => ctx.registries.checks.register(check));
      let unsubscribe: (() => void) | undefined;
      if (options.triage !== false) {
        const triager = new InteractionTriager(ctx, options.triage || {});
        triagers.set(ctx.organisation.id, triager);
        // The collector's event (of @kommune-sm/network, which this package does not import): read by name.
        unsubscribe = ctx.bus.onAny(async (event) => {
          if (event.type !== "interaction.received") return;
          const id = (event.data as { interactionId?: unknown }).interactionId;
          if (typeof id !== "string") return;
          try {
            await triager.triage(id);
          } catch (error) {
            ctx.logger.error("triage of an interaction failed", { interactionId: id, error });
          }
        });
      }
      return () => {
        unsubscribe?.();
        triagers.delete(ctx.organisation.id);
        for (const undo of unregister) undo();
      };
    },
  });
  return Object.assign(plugin, {
    triager(organisationId?: string): InteractionTriager {
      const triager = organisationId === undefined ? (triagers.size === 1 ? [...triagers.values()][0] : undefined) : triagers.get(organisationId);
      if (!triager) {
        throw new CoreError(
          "CORE_NOT_FOUND",
          options.triage === false
            ? "The scoring plugin was created with triage: false."
            : `No triage for ${organisationId === undefined ? (triagers.size === 0 ? "any organisation: the plugin is not set up yet" : "one organisation: name it, the plugin serves several") : `organisation "${organisationId}"`}.`,
        );
      }
      return triager;
    },
  });
}
