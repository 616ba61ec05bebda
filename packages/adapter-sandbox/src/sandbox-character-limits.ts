import { defineCountingRule, type CountingRule } from "@kommune-sm/core";
import { SANDBOX_COUNTING_RULE } from "./sandbox-capabilities.js";
import { SandboxError } from "./sandbox-error.js";

/** The largest character limit an account may be given: far above any network's, small enough to build texts at it in a test. */
export const SANDBOX_MAX_CHARACTER_LIMIT = 100_000;

/**
 * The sandbox's counting rule with another limit: what an account on an
 * instance that allows `maxCharacters` grapheme clusters counts (Mastodon
 * instances set their own `max_characters`). Links and mentions count as
 * in {@link SANDBOX_COUNTING_RULE}, and so does the content warning.
 */
export function sandboxCountingRuleWith(maxCharacters: number): CountingRule {
  checkLimit(maxCharacters);
  if (maxCharacters === SANDBOX_COUNTING_RULE.limits[0]?.max) return SANDBOX_COUNTING_RULE;
  return defineCountingRule({
    ...SANDBOX_COUNTING_RULE,
    limits: [{ unit: "graphemes", max: maxCharacters }],
    source: `kommune-sm sandbox: an account whose instance allows ${maxCharacters} characters`,
  });
}

/**
 * The character limit of each practice account, as the options set it and a
 * trainer changes it at run time (`control.setCharacterLimit`), so that a
 * demo can show an instance with another limit than 500. Changes are kept in
 * memory only, like the imprint changes. @internal
 */
export interface SandboxCharacterLimits {
  /** From now on the account (or, without an id, every account) allows `maxCharacters`. */
  set(maxCharacters: number, channelId?: string): void;
  /** Back to the limit the options give the account (or every account), else 500. */
  restore(channelId?: string): void;
  /** The counting rule the account's posts and replies are measured by. */
  ruleOf(channelId: string): CountingRule;
}

/** @internal */
export function createSandboxCharacterLimits(configured: Readonly<Record<string, number>> = {}): SandboxCharacterLimits {
  for (const [channelId, max] of Object.entries(configured)) checkLimit(max, `channelCharacterLimits.${channelId}`);
  let forAll: number | undefined;
  const byChannel = new Map<string, number | "as-configured">();
  // One rule per limit: every publish asks, and the same limit gives the same (frozen) rule.
  const rules = new Map<number, CountingRule>();
  const ruleWith = (max: number) => rules.get(max) ?? rules.set(max, sandboxCountingRuleWith(max)).get(max)!;
  return {
    set(maxCharacters, channelId) {
      checkLimit(maxCharacters);
      if (channelId === undefined) {
        forAll = maxCharacters;
        byChannel.clear();
      } else {
        checkChannelId(channelId);
        byChannel.set(channelId, maxCharacters);
      }
    },
    restore(channelId) {
      if (channelId === undefined) {
        forAll = undefined;
        byChannel.clear();
        return;
      }
      checkChannelId(channelId);
      // With a limit for all accounts in force, this one account goes back to its configuration alone.
      if (forAll !== undefined) byChannel.set(channelId, "as-configured");
      else byChannel.delete(channelId);
    },
    ruleOf(channelId) {
      const changed = byChannel.get(channelId) ?? forAll;
      const max = changed === undefined || changed === "as-configured" ? configured[channelId] : changed;
      return max === undefined ? SANDBOX_COUNTING_RULE : ruleWith(max);
    },
  };
}

function checkLimit(value: unknown, name = "The character limit"): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > SANDBOX_MAX_CHARACTER_LIMIT) {
    throw new SandboxError("SANDBOX_INVALID_OPTION", `${name} must be a whole number from 1 to ${SANDBOX_MAX_CHARACTER_LIMIT}, got ${String(value)}.`);
  }
}

function checkChannelId(channelId: unknown): void {
  if (typeof channelId !== "string" || channelId === "") throw new SandboxError("SANDBOX_INVALID_OPTION", "The channel id must be a non-empty string; leave it out to change every account's limit.");
}
