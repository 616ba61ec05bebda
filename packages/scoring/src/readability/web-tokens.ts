import { ASCII_CLASSES, classAt, DIGIT, LETTER, MARK, NEWLINE, PAIR, PARAGRAPH, SPACE } from "./char-classes.js";
import { TOP_LEVEL_DOMAINS } from "./abbreviations.js";

/*
 * Things in a post that are not words although they contain letters: links,
 * e-mail addresses, @handles and #hashtags. Each function gets the offset at
 * which such a thing may start and returns where it ends (exclusive), or -1
 * when there is none. All of them scan forward once, without regular
 * expressions, so a hostile text costs time in proportion to its length.
 */

const URL_STOPPERS = new Set([0x22, 0x27, 0xab, 0xbb, 0x2039, 0x203a, 0x201e, 0x201c, 0x201d, 0x201a, 0x2018, 0x2019, 0x3c, 0x3e]);
const URL_TRAILING = new Set([0x2e, 0x2c, 0x3a, 0x3b, 0x21, 0x3f, 0x2026]);

/** What an ASCII character does in a link: 0 nothing, {@link ENDS} ends it, {@link BRACKET} is counted. */
const URL_ASCII = new Uint8Array(0x80);
const ENDS = 1;
const BRACKET = 2;
for (let code = 0; code < 0x80; code++) {
  const kind = ASCII_CLASSES[code]!;
  const blank = kind === SPACE || kind === NEWLINE || kind === PARAGRAPH;
  if (URL_STOPPERS.has(code) || blank) URL_ASCII[code] = ENDS;
  else if (code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d) URL_ASCII[code] = BRACKET;
}

/** Openers stripped before a chunk is checked for an e-mail address or a domain. */
const CHUNK_OPENERS = new Set([0x28, 0x5b, 0x7b, 0x22, 0x27, 0x201e, 0x201c, 0x201a, 0x2018, 0xab, 0xbb, 0x2039, 0x203a, 0x3c]);
/** Closers and punctuation stripped after a chunk before it is checked. */
const CHUNK_CLOSERS = new Set([
  0x29, 0x5d, 0x7d, 0x22, 0x27, 0x201c, 0x201d, 0x2019, 0x2018, 0xbb, 0xab, 0x203a, 0x2039, 0x3e, 0x2e, 0x2c, 0x3a, 0x3b, 0x21, 0x3f,
  0x2026,
]);

function isBreak(text: string, index: number): boolean {
  const kind = classAt(text, index) & 15;
  return kind === SPACE || kind === NEWLINE || kind === PARAGRAPH;
}

function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

function startsWithAscii(text: string, index: number, prefix: string): boolean {
  if (index + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    if (lower(text.charCodeAt(index + k)) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether a letter or digit ends just before `index` (then no link, handle or hashtag starts there). */
function glued(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  }
  const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  const kind = classAt(text, start) & 15;
  return kind === LETTER || kind === MARK || kind === DIGIT;
}

/**
 * The end of a link with a scheme ("https://…") or starting with "www."
 * at `index`, the way networks link them: up to white space or a quotation
 * mark, without trailing sentence punctuation and without a closing bracket
 * that has no opening one in the link.
 */
export function linkEnd(text: string, index: number): number {
  // Cheap test first: most words starting with h or w are no link.
  const second = lower(text.charCodeAt(index + 1));
  if (second !== 0x74 && second !== 0x77) return -1;
  if (glued(text, index)) return -1;
  let body: number;
  if (startsWithAscii(text, index, "https://")) body = index + 8;
  else if (startsWithAscii(text, index, "http://")) body = index + 7;
  else if (startsWithAscii(text, index, "www.")) body = index + 4;
  else return -1;
  if (body >= text.length || isBreak(text, body)) return -1;
  // One pass finds the end and counts the brackets, which are then peeled
  // off the end with the counts kept up to date: counting again for each
  // peeled character would take time quadratic in the length of
  // "https://a.de/))))…". ASCII is looked up in a table (a link is ASCII
  // nearly always; a set lookup and a class lookup per character made links
  // the tokenizer's most expensive words).
  let openRound = 0;
  let closeRound = 0;
  let openSquare = 0;
  let closeSquare = 0;
  let openCurly = 0;
  let closeCurly = 0;
  let end = body;
  const length = text.length;
  for (; end < length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0x80) {
      if (URL_STOPPERS.has(code) || isBreak(text, end)) break;
      continue;
    }
    const role = URL_ASCII[code]!;
    if (role === 0) continue;
    if (role === ENDS) break;
    if (code === 0x28) openRound++;
    else if (code === 0x29) closeRound++;
    else if (code === 0x5b) openSquare++;
    else if (code === 0x5d) closeSquare++;
    else if (code === 0x7b) openCurly++;
    else closeCurly++;
  }
  while (end > index) {
    const last = text.charCodeAt(end - 1);
    if (URL_TRAILING.has(last)) end--;
    else if (last === 0x29 && openRound < closeRound) {
      closeRound--;
      end--;
    } else if (last === 0x5d && openSquare < closeSquare) {
      closeSquare--;
      end--;
    } else if (last === 0x7d && openCurly < closeCurly) {
      closeCurly--;
      end--;
    } else break;
  }
  return end;
}

/** The end of a #hashtag at `index` (the "#" and the letters, digits and underscores after it). */
export function hashtagEnd(text: string, index: number): number {
  if (text.charCodeAt(index) !== 0x23 || glued(text, index)) return -1;
  let end = index + 1;
  const length = text.length;
  while (end < length) {
    const info = classAt(text, end);
    const kind = info & 15;
    if (kind === LETTER || kind === MARK || kind === DIGIT) end += info & PAIR ? 2 : 1;
    else if (text.charCodeAt(end) === 0x5f) end++;
    else break;
  }
  return end > index + 1 ? end : -1;
}

/** Whether the character at `index` may be part of a handle or domain label. */
function isHandleCharacter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  if (text.charCodeAt(index) === 0x5f) return true;
  const kind = classAt(text, index) & 15;
  return kind === LETTER || kind === MARK || kind === DIGIT;
}

/**
 * The end of an @handle at `index`: "@rathaus", "@rathaus@social.musterstadt.de",
 * "@musterstadt.bsky.social" (inner dots and hyphens allowed).
 */
export function mentionEnd(text: string, index: number): number {
  if (text.charCodeAt(index) !== 0x40 || glued(text, index) || !isHandleCharacter(text, index + 1)) return -1;
  let end = handlePartEnd(text, index + 1);
  if (text.charCodeAt(end) === 0x40 && isHandleCharacter(text, end + 1)) end = handlePartEnd(text, end + 1);
  return end;
}

function handlePartEnd(text: string, index: number): number {
  let end = index;
  const length = text.length;
  while (end < length) {
    if (isHandleCharacter(text, end)) {
      end += (classAt(text, end) & PAIR) !== 0 ? 2 : 1;
      continue;
    }
    const code = text.charCodeAt(end);
    if ((code === 0x2e || code === 0x2d) && isHandleCharacter(text, end + 1)) {
      end++;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Checks the chunk of non-blank text starting at `start` for an e-mail
 * address ("info@musterstadt.de") or a domain without scheme
 * ("musterstadt.de", "buergerservice.musterstadt.de/abfall"). Returns where
 * the address lies within the chunk, or `undefined`. Opening brackets and
 * quotes before it, and closing ones or punctuation after it, are not part
 * of it.
 */
export function addressInChunk(text: string, start: number): { start: number; end: number } | undefined {
  const length = text.length;
  let chunkEnd = start;
  while (chunkEnd < length) {
    const code = text.charCodeAt(chunkEnd);
    // ASCII fast path; anything else asks for its class.
    if (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : isBreak(text, chunkEnd)) break;
    chunkEnd++;
  }
  let coreStart = start;
  while (coreStart < chunkEnd && CHUNK_OPENERS.has(text.charCodeAt(coreStart))) coreStart++;
  let coreEnd = chunkEnd;
  while (coreEnd > coreStart && CHUNK_CLOSERS.has(text.charCodeAt(coreEnd - 1))) coreEnd--;
  if (coreEnd - coreStart < 4) return undefined;
  // Most chunks are plain words: without "." or "@" inside there is nothing to check.
  let dotOrAt = false;
  for (let k = coreStart + 1; k < coreEnd - 1 && !dotOrAt; k++) {
    const code = text.charCodeAt(k);
    dotOrAt = code === 0x2e || code === 0x40;
  }
  if (!dotOrAt) return undefined;

  let at = -1;
  let hostEnd = coreEnd;
  for (let k = coreStart; k < coreEnd; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x40) {
      if (at !== -1) return undefined;
      at = k;
    } else if (at === -1 && (code === 0x2f || code === 0x3a || code === 0x3f || code === 0x23)) {
      hostEnd = k;
      break;
    }
  }
  if (at > coreStart) {
    // local@domain: the domain must have a dot and only label characters.
    return isDomain(text, at + 1, coreEnd, false) ? { start: coreStart, end: coreEnd } : undefined;
  }
  if (at !== -1) return undefined;
  return isDomain(text, coreStart, hostEnd, true) ? { start: coreStart, end: coreEnd } : undefined;
}

/**
 * Whether `text.slice(start, end)` is a domain: two or more labels of
 * letters, digits and inner hyphens, separated by dots. With `knownTld`, the
 * last label must be one of {@link TOP_LEVEL_DOMAINS}, written in lower case
 * (so that "Rathaus.Die" typed without a space stays two words).
 */
function isDomain(text: string, start: number, end: number, knownTld: boolean): boolean {
  let labels = 0;
  let labelStart = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 0x2e) {
      if (k === labelStart) return false;
      labels++;
      if (k === end && knownTld && !TOP_LEVEL_DOMAINS.has(text.slice(labelStart, end))) return false;
      labelStart = k + 1;
    } else if (!isHandleCharacter(text, k) && text.charCodeAt(k) !== 0x2d) {
      // Low surrogates of an astral letter were checked with their pair.
      const code = text.charCodeAt(k);
      if (!(code >= 0xdc00 && code <= 0xdfff)) return false;
    }
  }
  return labels >= 2;
}
