export { countGraphemes, splitGraphemes, graphemeStarts } from "./graphemes.js";
export { countCodePoints, utf8ByteLength } from "./unicode-length.js";
export { COUNTING_UNITS, lengthIn, type CountingUnit } from "./counting-unit.js";
export { countingRuleSchema, defineCountingRule, type CountingLimit, type CountingRule } from "./counting-rule.js";
export {
  COUNTING_RULES,
  MASTODON_COUNTING_RULE,
  BLUESKY_COUNTING_RULE,
  THREADS_COUNTING_RULE,
  INSTAGRAM_COUNTING_RULE,
  FACEBOOK_COUNTING_RULE,
  LINKEDIN_COUNTING_RULE,
  type BuiltInCountingNetwork,
} from "./counting-rules.js";
export { countableText, findUrls, trimUrl, type FoundUrl } from "./countable-text.js";
export { measureText, measurePostText, type LimitUsage, type TextMeasurement } from "./measure-text.js";
export { truncateText, type TruncateOptions } from "./truncate-text.js";
