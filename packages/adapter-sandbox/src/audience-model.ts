import { countGraphemes, findUrls, instantToZonedTime } from "@kommune-sm/core";
import {
  CITIZEN_COMMENTS,
  CITIZENS,
  FOLLOW_UP_COMMENTS,
  STREET_NAME,
  TOPIC_KEYWORDS,
  type CommentTone,
  type CommentTopic,
} from "./citizen-comments.js";
import type { SandboxAuthor } from "./sandbox-entities.js";
import { createSeededRandom, type SeededRandom } from "./seeded-random.js";

/** What the simulated audience reacts to: the features of one published post. */
export interface PostFeatures {
  /** The account; part of the seed, so two accounts' audiences differ. */
  readonly channelId: string;
  /** As published. */
  readonly text: string;
  /** When it was published (epoch ms). */
  readonly publishedAtMs: number;
  /** Kinds of the attached media, in order; empty: text only. */
  readonly mediaKinds: readonly string[];
  /** Hashtags without "#" (from the request; those in the text are counted too). */
  readonly hashtags: readonly string[];
  /** Number of links in the request (links in the text are counted too). */
  readonly links: number;
  /** The content pillar, if the engine passed one. */
  readonly pillar?: string;
}

/** The audience of one account. */
export interface AudienceSettings {
  /** Seed of the simulation: same seed and same post → same numbers and comments. */
  readonly seed: string | number;
  /** IANA time zone in which the time of day is judged; default Europe/Berlin. */
  readonly timeZone: string;
  /** Followers of the account before any post. */
  readonly followers: number;
}

/** A metric of a post that grows over time. */
export type PostMetricName = "impressions" | "reach" | "likes" | "shares" | "comments" | "clicks";

/** A comment the audience will write, `offsetMs` after publication. */
export interface SimulatedComment {
  /** When it arrives, in milliseconds after publication. */
  readonly offsetMs: number;
  /** As the citizen writes it. */
  readonly text: string;
  /** Polite, a question, impolite or urgent. */
  readonly tone: CommentTone;
  /** Who writes it. */
  readonly author: Required<SandboxAuthor>;
}

/** Why a post does as well as it does: each factor multiplies its reach (1 = neutral). */
export interface AudienceFactors {
  /** Local hour of publication: low at night, peaks in the morning, at noon and in the evening. */
  readonly timeOfDay: number;
  /** Weekends are a little quieter. */
  readonly weekday: number;
  /** Pictures and videos are seen more than text alone. */
  readonly media: number;
  /** Very short and very long texts do worse than 40–280 graphemes. */
  readonly length: number;
  /** One to three hashtags help, more than five hurt. */
  readonly hashtags: number;
  /** Some pillars interest people more than others (stable per seed and pillar). */
  readonly pillar: number;
  /** Warnings and closures are shared more. */
  readonly urgency: number;
  /** What no model explains. */
  readonly chance: number;
}

/** How a post will do: final numbers, how fast it gets there, and its comments. */
export interface AudienceForecast {
  /** The numbers the post approaches (comments: the number of `comments`). */
  readonly final: Readonly<Record<PostMetricName, number>>;
  /** Time constant of the growth (ms): after it, 63 % of the final numbers are reached. */
  readonly growthMs: number;
  /** Comments in the order they arrive. */
  readonly comments: readonly SimulatedComment[];
  /** Why: the factors that multiply its reach. */
  readonly factors: AudienceFactors;
  /** The topic the comments are about. */
  readonly topic: CommentTopic;
}

const hour = 3_600_000;
/** Comments later than this after publication do not come any more. */
const commentWindowMs = 72 * hour;

// Relative activity by local hour (0–23), shaped like the usage curves that
// social-media guides for public bodies show: quiet at night, peaks at 7–9,
// noon and 18–21.
const hourFactors = [
  0.2, 0.15, 0.1, 0.1, 0.15, 0.25, 0.5, 0.9, 1.1, 1.0, 0.9, 0.95, 1.15, 1.05, 0.85, 0.85, 0.95, 1.1, 1.25, 1.3, 1.2, 1.0, 0.6, 0.35,
];
// Sunday to Saturday.
const weekdayFactors = [0.95, 1, 1, 1, 1, 0.97, 0.85];
const mediaFactors: Readonly<Record<string, number>> = { video: 1.6, image: 1.35, gif: 1.2 };

const toneWeights: Readonly<Record<"calm" | "urgent", readonly (readonly [CommentTone, number])[]>> = {
  calm: [
    ["polite", 0.55],
    ["question", 0.27],
    ["impolite", 0.12],
    ["urgent", 0.06],
  ],
  urgent: [
    ["polite", 0.35],
    ["question", 0.4],
    ["impolite", 0.12],
    ["urgent", 0.13],
  ],
};

/** The topic of a post's text, for fitting comments. */
export function topicOf(text: string): CommentTopic {
  for (const [topic, pattern] of TOPIC_KEYWORDS) if (pattern.test(text)) return topic;
  return "general";
}

/**
 * How the simulated audience will react to a post. Deterministic: the same
 * settings and features give exactly the same forecast. The random numbers
 * come from 32-bit integer arithmetic; `Math.exp`, `Math.log` and `Math.cos`
 * are V8's own ports of fdlibm, so the results are also the same on every
 * platform Node.js runs on.
 *
 * @example
 * ```ts
 * const forecast = forecastAudience(features, { seed: 7, timeZone: "Europe/Berlin", followers: 2400 });
 * metricsAt(forecast, 2 * 3_600_000).likes; // likes two hours after publication
 * ```
 */
export function forecastAudience(features: PostFeatures, settings: AudienceSettings): AudienceForecast {
  const random = createSeededRandom(
    settings.seed,
    "audience",
    features.channelId,
    features.text,
    features.publishedAtMs,
    features.mediaKinds.join(","),
    features.hashtags.join(","),
    features.links,
    features.pillar ?? "",
  );
  const local = instantToZonedTime(features.publishedAtMs, settings.timeZone);
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  const graphemes = countGraphemes(features.text);
  const hashtagCount = new Set([...features.hashtags.map((tag) => tag.toLowerCase()), ...hashtagsIn(features.text)]).size;
  const linkCount = features.links + findUrls(features.text).length;
  const topic = topicOf(features.text);
  const urgent = topic === "crisis" || /gesperrt|sperrung|warnung|achtung|dringend/i.test(features.text);

  const factors: AudienceFactors = {
    timeOfDay: hourFactors[local.hour] ?? 1,
    weekday: weekdayFactors[weekday] ?? 1,
    media: Math.max(1, ...features.mediaKinds.map((kind) => mediaFactors[kind] ?? 1)),
    length: graphemes < 40 ? 0.85 : graphemes <= 280 ? 1.1 : graphemes <= 400 ? 1 : 0.85,
    hashtags: hashtagCount === 0 ? 0.95 : hashtagCount <= 3 ? 1.1 : hashtagCount <= 5 ? 1 : 0.8,
    pillar: features.pillar === undefined ? 1 : 0.85 + 0.35 * createSeededRandom(settings.seed, "pillar", features.pillar).next(),
    urgency: urgent ? 1.5 : 1,
    chance: Math.exp(0.25 * random.normal()),
  };
  const multiplier = Object.values(factors).reduce((product, factor) => product * factor, 1);

  const reach = Math.round(settings.followers * 0.35 * multiplier);
  const impressions = Math.round(reach * (1.25 + 0.5 * random.next()));
  const engagementRate = 0.025 * (features.mediaKinds.length > 0 ? 1.3 : 1) * Math.sqrt(factors.timeOfDay) * Math.exp(0.2 * random.normal());
  const likes = Math.round(reach * engagementRate);
  const shares = Math.round(likes * (0.08 + 0.15 * random.next()) * (urgent ? 2 : 1));
  const clicks = Math.round(reach * (linkCount > 0 ? 0.02 + 0.03 * random.next() : 0.003 + 0.004 * random.next()));
  const asks = /\?/.test(features.text) ? 1.5 : 1;
  const commentCount = Math.min(15, Math.round(reach * (0.0015 + 0.003 * random.next()) * asks * (urgent ? 1.5 : 1)));
  // Posts in the evening or at night are seen over the next morning: slower growth.
  const growthMs = (local.hour >= 22 || local.hour < 6 ? 6 : 2.5) * hour;

  const comments = simulateComments(createSeededRandom(settings.seed, "comments", features.channelId, features.text, features.publishedAtMs), {
    count: commentCount,
    topic,
    urgent,
    street: STREET_NAME.exec(features.text)?.[1],
    growthMs,
  });
  return {
    final: { impressions, reach, likes, shares, clicks, comments: comments.length },
    growthMs,
    comments,
    factors,
    topic,
  };
}

/**
 * The post's numbers `elapsedMs` after publication: they grow as
 * `final · (1 − e^(−t/τ))`, never down; `comments` counts the comments that
 * have arrived by then.
 */
export function metricsAt(forecast: AudienceForecast, elapsedMs: number): Record<PostMetricName, number> {
  const share = elapsedMs <= 0 ? 0 : 1 - Math.exp(-elapsedMs / forecast.growthMs);
  const grown = (value: number) => Math.floor(value * share);
  return {
    impressions: grown(forecast.final.impressions),
    reach: grown(forecast.final.reach),
    likes: grown(forecast.final.likes),
    shares: grown(forecast.final.shares),
    clicks: grown(forecast.final.clicks),
    comments: forecast.comments.filter((comment) => comment.offsetMs <= elapsedMs).length,
  };
}

/**
 * The citizen's answer to a reply of the team, if one comes: six in ten
 * answer, most of them thankfully, 20 minutes to 5 hours later.
 */
export function forecastFollowUp(seed: string | number, reply: { readonly remoteId: string; readonly text: string }): SimulatedComment | undefined {
  const random = createSeededRandom(seed, "follow-up", reply.remoteId, reply.text);
  if (!random.chance(0.6)) return undefined;
  const tone = random.chance(0.8) ? "polite" : "impolite";
  return {
    offsetMs: random.integer(20 * 60_000, 5 * hour),
    text: random.pick(FOLLOW_UP_COMMENTS[tone]),
    tone,
    author: random.pick(CITIZENS),
  };
}

function simulateComments(
  random: SeededRandom,
  plan: { count: number; topic: CommentTopic; urgent: boolean; street: string | undefined; growthMs: number },
): SimulatedComment[] {
  const used = new Set<string>();
  const comments: SimulatedComment[] = [];
  for (let index = 0; index < plan.count; index++) {
    let tone = weighted(random, toneWeights[plan.urgent ? "urgent" : "calm"]);
    // Nobody writes the same sentence twice under one post: when a tone's
    // comments are used up, a polite one or a question comes instead.
    const fresh = (candidate: CommentTone) => commentsFor(plan, candidate).filter((text) => !used.has(text));
    if (fresh(tone).length === 0) tone = (["polite", "question"] as const).find((other) => fresh(other).length > 0) ?? tone;
    const choices = fresh(tone).length > 0 ? fresh(tone) : commentsFor(plan, tone);
    // Exponential arrival times, slower than the growth of the counts: comments trickle in.
    const offsetMs = Math.min(commentWindowMs, Math.round(-plan.growthMs * 1.3 * Math.log(1 - random.next())));
    const text = random.pick(choices);
    used.add(text);
    comments.push({ offsetMs, text, tone, author: random.pick(CITIZENS) });
  }
  return comments.sort((a, b) => a.offsetMs - b.offsetMs);
}

function commentsFor(plan: { topic: CommentTopic; street: string | undefined }, tone: CommentTone): string[] {
  return [...CITIZEN_COMMENTS[plan.topic][tone], ...(plan.topic === "general" ? [] : CITIZEN_COMMENTS.general[tone])]
    .filter((template) => plan.street !== undefined || !template.includes("{street}"))
    .map((template) => template.replaceAll("{street}", plan.street ?? ""));
}

function weighted<T>(random: SeededRandom, choices: readonly (readonly [T, number])[]): T {
  let draw = random.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    draw -= weight;
    if (draw < 0) return choice;
  }
  return choices[choices.length - 1]![0];
}

function hashtagsIn(text: string): string[] {
  return [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((match) => match[1]!.toLowerCase());
}
