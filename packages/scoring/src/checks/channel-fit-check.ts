import { defineCheck, graphemeStarts, measurePostText, type CheckChannel, type CountingRule, type FindingInput, type FindingInputLocation, type Media, type PostCheckInput } from "@kommune-sm/core";
import { bothWith, formatMessage } from "../scoring-messages.js";
import { clearlyFits } from "./clearly-fits.js";

/** Tunable limits of the channel-fit check. */
export interface ChannelFitOptions {
  /** Share of a limit from which a text is "nearly too long"; default 0.9. */
  readonly nearLimit?: number;
  /**
   * Networks whose posts show links as plain text, by adapter id. Default
   * `["instagram"]`: Instagram does not link URLs in captions.
   */
  readonly linksNotClickable?: readonly string[];
}

/**
 * Whether a post fits each of its channels, as the channel's network
 * declares it (`capabilities` of the network registry): the text's length
 * in the network's own counting (a warning near the limit, an error over it
 * with the place from which it does not fit), the number and kinds of media,
 * alt texts the network cannot take, content warnings it does not show, and
 * links it does not make clickable. A network that declares nothing is not
 * judged.
 */
export function channelFitCheck(options: ChannelFitOptions = {}) {
  const nearLimit = options.nearLimit ?? 0.9;
  const notClickable = new Set(options.linksNotClickable ?? ["instagram"]);
  return defineCheck({
    id: "channel-fit",
    target: "post",
    languages: ["*"],
    title: { de: "Passt zum Kanal", en: "Channel fit" },
    run: ({ post }, context) => {
      const findings: FindingInput[] = [];
      // An index loop: the runner's context is frozen, and a for-of loop over a frozen array cost several times one over a plain one on Node 20.
      const { channels } = context;
      for (let index = 0; index < channels.length; index++) fit(post, channels[index]!, nearLimit, notClickable, findings);
      return findings;
    },
  });
}

/** The post's variant for the channel with id `channelId`, if it has one. */
function variantFor(post: PostCheckInput["post"], channelId: string): PostCheckInput["post"]["variants"][number] | undefined {
  const { variants } = post;
  for (let index = 0; index < variants.length; index++) {
    if (variants[index]!.channelId === channelId) return variants[index];
  }
  return undefined;
}

function fit(post: PostCheckInput["post"], { channel, capabilities }: CheckChannel, nearLimit: number, notClickable: ReadonlySet<string>, findings: FindingInput[]): void {
  const variant = variantFor(post, channel.id);
  if (!variant) return;
  const name = channel.displayName ? `${channel.displayName} (${channel.handle})` : channel.handle;
  const text = variant.text ?? post.text;
  const warning = variant.contentWarning ?? post.contentWarning ?? "";
  const where: FindingInputLocation = { field: "text", channelId: channel.id };
  // A post with a warning for a network that shows none is refused at hand-over: readers would see what it hides.
  const warningShown = capabilities?.contentWarnings === true;
  if (warning && capabilities && !warningShown) {
    findings.push({ code: "content-warning-unsupported", severity: "error", message: bothWith("content-warning-unsupported", () => ({ channel: name })), location: { field: "contentWarning", channelId: channel.id } });
  }
  const rule = capabilities?.text;
  const shown = warningShown ? warning : "";
  // Most posts are a fraction of every limit, which a bound tells without measuring them.
  if (rule && !clearlyFits(text, shown, rule, nearLimit)) {
    const measured = measurePostText(text, shown || undefined, rule);
    for (const limit of measured.limits) {
      const unit = (locale: "de" | "en") => formatMessage(locale, `unit.${limit.unit}` as "unit.graphemes");
      if (limit.exceeded) {
        const cut = firstUnfitting(text, shown, rule);
        findings.push({
          code: "too-long",
          severity: "error",
          message: bothWith("too-long", (locale) => ({ channel: name, used: limit.used, max: limit.max, over: limit.used - limit.max, unit: unit(locale) })),
          location: cut < text.length ? { ...where, start: cut, end: text.length } : where,
          suggestion: { message: bothWith("suggest-cut", () => ({})) },
          values: { used: limit.used, max: limit.max, unit: limit.unit },
        });
      } else if (limit.used >= Math.ceil(limit.max * nearLimit)) {
        findings.push({
          code: "near-limit",
          severity: "warning",
          message: bothWith("near-limit", (locale) => ({ channel: name, used: limit.used, max: limit.max, unit: unit(locale) })),
          location: where,
          values: { used: limit.used, max: limit.max, unit: limit.unit },
        });
      }
    }
  }
  const media = variant.media ?? post.media;
  const declared = capabilities?.media;
  if (declared) mediaFit(media, declared, channel.id, name, findings);
  if (notClickable.has(channel.network) && /https?:\/\//i.test(text)) {
    findings.push({ code: "link-not-clickable", severity: "hint", message: bothWith("link-not-clickable", () => ({ channel: name })), location: where });
  }
}

function mediaFit(media: readonly Media[], declared: NonNullable<NonNullable<CheckChannel["capabilities"]>["media"]>, channelId: string, name: string, findings: FindingInput[]): void {
  if (declared.maxItems !== undefined && media.length > declared.maxItems) {
    findings.push({ code: "too-many-media", severity: "error", message: bothWith("too-many-media", () => ({ channel: name, max: declared.maxItems!, count: media.length })), location: { field: "post", channelId }, values: { count: media.length, max: declared.maxItems } });
  }
  const kinds = declared.kinds;
  media.forEach((item, index) => {
    if (kinds && !kinds.includes(item.kind)) {
      findings.push({ code: "media-kind", severity: "error", message: bothWith("media-kind", () => ({ channel: name, kind: item.kind })), location: { field: "media", channelId, index }, values: { kind: item.kind } });
    }
    const alt = item.altText ?? "";
    if (alt && declared.altText === "unsupported") {
      findings.push({ code: "alt-text-unsupported", severity: "warning", message: bothWith("alt-text-unsupported", () => ({ channel: name })), location: { field: "altText", channelId, index } });
    }
    if (declared.altTextMaxLength !== undefined && alt.length > declared.altTextMaxLength) {
      findings.push({
        code: "alt-text-too-long",
        severity: "error",
        message: bothWith("alt-text-too-long", () => ({ channel: name, index: index + 1, length: alt.length, max: declared.altTextMaxLength! })),
        location: { field: "altText", channelId, index, start: declared.altTextMaxLength, end: alt.length },
      });
    }
  });
  if (declared.mixedKinds === false && media.some((m) => m.kind === "video") && media.some((m) => m.kind !== "video")) {
    findings.push({ code: "mixed-media", severity: "error", message: bothWith("mixed-media", () => ({ channel: name })), location: { field: "post", channelId } });
  }
}

/**
 * The UTF-16 offset from which `text` no longer fits `rule` (with the
 * content warning it is shown with): the longest prefix that fits, cut at
 * grapheme boundaries, found by bisection. Only called for a text that does
 * not fit, so it costs nothing for the usual post.
 */
function firstUnfitting(text: string, warning: string, rule: CountingRule): number {
  const starts = graphemeStarts(text);
  let low = 0; // a prefix of `low` clusters fits (the empty one does, or nothing does)
  let high = starts.length; // the whole text does not
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (measurePostText(text.slice(0, starts[middle]), warning || undefined, rule).fits) low = middle;
    else high = middle;
  }
  return low === 0 ? 0 : (starts[low] ?? text.length);
}
