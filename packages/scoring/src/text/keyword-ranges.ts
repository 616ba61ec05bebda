import { graphemeStarts, normaliseForMatching } from "@kommune-sm/core";

/** Where a keyword was found: UTF-16 offsets, end exclusive. */
export interface KeywordRange {
  readonly start: number;
  readonly end: number;
}

/** The letters of a matching form, without its separators (" " and " | "). */
function lettersOf(form: string): string {
  return form.replace(/ \| | /g, "");
}

// Between two letters of a found keyword the text may have spaces, hyphens
// and invisible characters (a split or hyphenated compound, "W a h l"), but
// nothing that ends a sentence or a line.
// (A single dot joins only letter spacing like "B.ü.r.g.e.r".)
const JOINING_GAP = /^(?:[ \t\u00A0\u202F]{1,2}|[-\u2010\u2011\u00AD\u200B-\u200D\u2060]{1,2}|[.·])$/;

/**
 * Where `keyword` occurs in `text` in core's matching form (see
 * `quietPeriodMatches`: case, ae/oe/ue/ss, accents, look-alike letters,
 * hyphenated, letter-spaced and split compounds): the source ranges to
 * highlight. Whether a quiet period matches at all is core's decision
 * (`quietPeriodMatches`); this only finds the places, so it is called only
 * for keywords that matched and may cost more than the matching.
 *
 * Each grapheme cluster is brought into matching form on its own, so that
 * every letter of the form knows the cluster it came from.
 */
export function keywordRanges(text: string, keyword: string): KeywordRange[] {
  const needle = lettersOf(normaliseForMatching(keyword));
  if (needle.length === 0) return [];
  const starts = graphemeStarts(text);
  let letters = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!;
    const end = starts[index + 1] ?? text.length;
    const cluster = text.slice(start, end);
    const code = cluster.length === 1 ? cluster.charCodeAt(0) : -1;
    // Plain ASCII letters and digits need no normalising.
    const form = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) ? cluster : (code >= 0x41 && code <= 0x5a) ? cluster.toLowerCase() : lettersOf(normaliseForMatching(cluster));
    for (let k = 0; k < form.length; k++) {
      letters += form[k];
      from.push(start);
      to.push(end);
    }
  }
  const found: KeywordRange[] = [];
  for (let at = letters.indexOf(needle); at !== -1; at = letters.indexOf(needle, at + 1)) {
    let joined = true;
    for (let k = at; k < at + needle.length - 1 && joined; k++) {
      if (from[k + 1]! > to[k]!) joined = JOINING_GAP.test(text.slice(to[k], from[k + 1]));
    }
    if (joined) found.push({ start: from[at]!, end: to[at + needle.length - 1]! });
  }
  return found;
}
