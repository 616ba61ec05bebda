/*
 * What a sentence of a comment does, as bits of one number per sentence:
 * found while looking for the needs-answer signals, read by the sentiment
 * (praise in a question is a question; "endlich" in a request is
 * impatience).
 */

/** The sentence asks something (a "?", a question word at its start, a verb-first question). */
export const ASKS = 1;
/** The sentence asks for something ("bitte", "könnten Sie"). */
export const REQUESTS = 2;
