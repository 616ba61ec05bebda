/**
 * The longest stretch of profile text the imprint check reads, in UTF-16
 * code units. Profile texts are a few hundred characters on every network
 * (Mastodon 500, Instagram 150, X 160); the text comes from the network, so
 * whatever is longer is cut here and its rest is not looked at.
 */
export const MAX_BIO_LENGTH = 20_000;

/** The most links taken from one profile text; further ones are not looked at. */
export const MAX_BIO_LINKS = 200;

/** How far after a label ("Impressum:") its link may begin, in characters: "Impressum und Datenschutz unter https://…" fits. */
export const LABEL_REACH = 80;

/** How far before a label its link may end: "https://… (Impressum)". */
const LABEL_REACH_BEFORE = 3;

/** A link found in profile text. */
export interface BioLink {
  /** As written, trailing punctuation removed; not yet checked to be a valid address. */
  readonly url: string;
  /** True if the text labels it as the imprint. */
  readonly labelled: boolean;
}

// An http(s) address runs until white space, a control or format character
// (zero-width and direction marks included: they would hide what the reader
// sees), or a character that in text marks its end: quotes, angle brackets,
// guillemets, a bar. One character class with `+`: linear, no backtracking.
const URL_IN_TEXT = /https?:\/\/[^\s\p{Cc}\p{Cf}<>"'`«»‹›“”„‘’|\\^{}]+/giu;

// "Impressum", "Impressums", "Imprint", "Anbieterkennzeichnung", as a word of its own ("#Impressum" too).
const LABEL = /(?<![\p{L}\p{N}_])(?:impressums?|imprint|anbieterkennzeichnung)(?![\p{L}\p{N}_])/giu;

const TRAILING = new Set([".", ",", ";", ":", "!", "?", "…", ")", "]", "}", "*"]);

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The http(s) links in a profile text, in order, each marked whether the
 * text labels it as the imprint: the first link that begins at most
 * {@link LABEL_REACH} characters after "Impressum", "Imprint" or
 * "Anbieterkennzeichnung" ("Impressum: https://…", "Impressum unter
 * https://…", "[Impressum](https://…)"), or one that ends right before such
 * a label ("https://… (Impressum)"). A label inside a link's address is no
 * label.
 *
 * The text comes from the network and is treated as hostile: only its first
 * {@link MAX_BIO_LENGTH} characters are read and at most
 * {@link MAX_BIO_LINKS} links taken; every pattern runs in linear time.
 * Anything that is not a string gives no links. Never throws.
 */
export function linksInBio(text: unknown): BioLink[] {
  if (typeof text !== "string" || text === "") return [];
  const bio = text.length > MAX_BIO_LENGTH ? text.slice(0, MAX_BIO_LENGTH) : text;
  const links: Array<Span & { url: string; labelled: boolean }> = [];
  const cut = bio.length < text.length;
  for (const match of bio.matchAll(URL_IN_TEXT)) {
    // An address the cut ran through is not the address written: "…/impressum-archiv" cut to "…/impressum" must not count.
    if (cut && match.index + match[0].length === bio.length) break;
    const url = withoutTrailingPunctuation(match[0]);
    links.push({ url, start: match.index, end: match.index + url.length, labelled: false });
    if (links.length >= MAX_BIO_LINKS) break;
  }
  if (links.length === 0) return [];
  // Links and labels both come in text order: one pass with a pointer into the links.
  let next = 0;
  for (const match of bio.matchAll(LABEL)) {
    const label = { start: match.index, end: match.index + match[0].length };
    while (next < links.length && links[next]!.end <= label.start) next++;
    const current = links[next];
    if (current && current.start < label.end) continue; // the word is part of an address, e.g. /impressum
    if (current && current.start - label.end <= LABEL_REACH) {
      current.labelled = true;
      continue;
    }
    const before = links[next - 1];
    if (before && label.start - before.end <= LABEL_REACH_BEFORE) before.labelled = true;
  }
  return links.map(({ url, labelled }) => ({ url, labelled }));
}

/** Ends a link before the punctuation of the sentence around it; a closing bracket stays when the address opened one (`…/Rathaus_(Musterstadt)`). */
function withoutTrailingPunctuation(candidate: string): string {
  let opened = 0;
  let closed = 0;
  for (let i = 0; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    if (code === 0x28) opened++;
    else if (code === 0x29) closed++;
  }
  let end = candidate.length;
  while (end > 0) {
    const last = candidate[end - 1]!;
    if (!TRAILING.has(last)) break;
    if (last === ")") {
      if (opened >= closed) break;
      closed--;
    }
    end--;
  }
  return candidate.slice(0, end);
}
