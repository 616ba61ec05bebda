import { defineCheck, type BrandVoice, type CheckContext, type FindingInput } from "@kommune-sm/core";
import { both } from "../scoring-messages.js";
import { postTexts, type PostText } from "./post-texts.js";
import { excerpt } from "../text/message-excerpt.js";

/** The brand voices of the strategies in force, as one: every word to avoid, every required hashtag, the first signature. */
function voiceOf(context: CheckContext): { avoid: BrandVoice["wordsToAvoid"]; hashtags: readonly string[]; signature?: string } {
  const { strategies } = context;
  // One strategy, the usual case: its lists as they are, not copied for every post.
  if (strategies.length === 1) {
    const voice = strategies[0]!.brandVoice;
    const required = voice.requiredHashtags ?? [];
    return { avoid: voice.wordsToAvoid, hashtags: required.length <= 1 ? required : [...new Set(required)], ...(voice.signature ? { signature: voice.signature } : {}) };
  }
  const voices = strategies.map((s) => s.brandVoice);
  const signature = voices.find((v) => v.signature)?.signature;
  return { avoid: voices.flatMap((v) => v.wordsToAvoid), hashtags: [...new Set(voices.flatMap((v) => v.requiredHashtags ?? []))], ...(signature ? { signature } : {}) };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// One pattern per list of words, kept: a strategy's list changes rarely, and
// it may hold a thousand words that would otherwise be compiled for every post.
// Bounded, since the lists come from every tenant of a process. The key is
// the whole list, replacements included and unambiguous (JSON): two tenants
// that avoid the same word with different replacements share nothing.
const patterns = new Map<string, CompiledAvoidList>();

type CompiledAvoidList = { pattern: RegExp; byWord: Map<string, BrandVoice["wordsToAvoid"][number]> };

// The list of the last call, word by word and replacement by replacement,
// and what it compiled to: the next post is mostly checked against the same
// list, which a comparison of its entries tells without the JSON key (a
// tenth of the check). The entries are compared, not the list's identity, so
// that a list changed in place is compiled anew.
let lastList: { words: (string | undefined)[]; compiled: CompiledAvoidList } | undefined;

function sameList(avoid: BrandVoice["wordsToAvoid"], words: readonly (string | undefined)[]): boolean {
  if (words.length !== avoid.length * 2) return false;
  for (let index = 0; index < avoid.length; index++) {
    const entry = avoid[index]!;
    if (entry.word !== words[2 * index] || entry.instead !== words[2 * index + 1]) return false;
  }
  return true;
}

function patternFor(avoid: BrandVoice["wordsToAvoid"]): CompiledAvoidList {
  if (lastList !== undefined && sameList(avoid, lastList.words)) return lastList.compiled;
  const key = JSON.stringify(avoid.map((a) => [a.word, a.instead ?? null]));
  let known = patterns.get(key);
  if (!known) {
    const byWord = new Map<string, BrandVoice["wordsToAvoid"][number]>();
    for (const entry of avoid) if (entry.word.trim()) byWord.set(entry.word.trim().toLocaleLowerCase("de"), byWord.get(entry.word.trim().toLocaleLowerCase("de")) ?? entry);
    const alternatives = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escape);
    known = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})`, "giu"), byWord };
    if (patterns.size >= 256) patterns.clear();
    patterns.set(key, known);
  }
  lastList = { words: avoid.flatMap((a) => [a.word, a.instead]), compiled: known };
  return known;
}

/** Words to avoid, found at the start of a word (so inflected forms count: "Antragsteller", "Antragstellers"), in any case. */
function avoidedWords(texts: readonly PostText[], avoid: BrandVoice["wordsToAvoid"], findings: FindingInput[]): void {
  if (avoid.length === 0) return;
  const { pattern, byWord } = patternFor(avoid);
  if (byWord.size === 0) return;
  for (const { text, location } of texts) {
    for (const match of text.matchAll(pattern)) {
      const instead = byWord.get(match[0].toLocaleLowerCase("de"))?.instead;
      findings.push({
        code: "avoid-word",
        severity: "warning",
        message: instead ? both("avoid-word-instead", { word: excerpt(match[0]), instead }) : both("avoid-word", { word: excerpt(match[0]) }),
        location: { ...location, start: match.index, end: match.index + match[0].length },
        ...(instead ? { suggestion: { message: both("suggest-instead", { instead }), replacement: instead } } : {}),
      });
    }
  }
}

/** Does the (lower-case) text carry `#tag` as a whole hashtag? */
function hasHashtag(lowerText: string, tag: string): boolean {
  const needle = `#${tag}`;
  for (let at = lowerText.indexOf(needle); at !== -1; at = lowerText.indexOf(needle, at + 1)) {
    const next = lowerText[at + needle.length];
    if (next === undefined || !/[\p{L}\p{N}_]/u.test(next)) return true;
  }
  return false;
}

/**
 * The organisation's brand voice (from its strategy): words it avoids, with
 * what to say instead; hashtags every post carries. Replies: the same
 * words, and the signature a reply ends with.
 */
export function brandVoiceCheck() {
  return defineCheck({
    id: "brand-voice",
    target: "post",
    languages: ["*"],
    title: { de: "Markenstimme", en: "Brand voice" },
    run: ({ post }, context) => {
      const voice = voiceOf(context);
      const findings: FindingInput[] = [];
      avoidedWords(postTexts(post, { contentWarnings: false }), voice.avoid, findings);
      if (voice.hashtags.length > 0) {
        const tags = post.hashtags.map((t) => t.toLowerCase());
        const lowerText = post.text.toLowerCase();
        for (const tag of voice.hashtags) {
          const lower = tag.toLowerCase();
          if (!tags.includes(lower) && !hasHashtag(lowerText, lower)) findings.push({ code: "required-hashtag", severity: "warning", message: both("required-hashtag", { tag }), suggestion: { message: both("suggest-add-hashtag", { tag }) } });
        }
      }
      return findings;
    },
  });
}

/** {@link brandVoiceCheck} for replies: words to avoid, and the signature at the end. */
export function replyBrandVoiceCheck() {
  return defineCheck({
    id: "brand-voice.reply",
    target: "reply",
    languages: ["*"],
    title: { de: "Markenstimme (Antworten)", en: "Brand voice (replies)" },
    run: ({ text }, context) => {
      const voice = voiceOf(context);
      const findings: FindingInput[] = [];
      avoidedWords([{ text, location: { field: "text" } }], voice.avoid, findings);
      if (voice.signature && !text.trimEnd().endsWith(voice.signature.trim())) {
        findings.push({ code: "signature-missing", severity: "hint", message: both("signature-missing", { signature: voice.signature }), suggestion: { message: both("suggest-add-signature") } });
      }
      return findings;
    },
  });
}
