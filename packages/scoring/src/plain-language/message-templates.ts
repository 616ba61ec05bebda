import type { LocalizedText } from "@kommune-sm/core";
import { both, formatMessage, type ScoringMessageKey } from "../scoring-messages.js";

/*
 * The plain-language check's messages, filled by joining each template's
 * text with the values, in both languages.
 *
 * The catalogue looks each message up by its key in both tables and each
 * value up by its name, every time: a finding's message cost more than
 * the rest of the check's work on a short post (about 0.5 µs for "hard to
 * read"). A template is taken from the catalogue itself, once, by
 * formatting the message with a marker for each value; filling it in gives
 * the catalogue's text exactly (the property tests hold it to `both`).
 * Values are strings: a whole number is given as `String(n)`, which is
 * how the catalogue writes one.
 */

/** Fills a message's values, given in the order of the names the template was made with. */
export type MessageFiller = (values: readonly string[]) => LocalizedText;

/** What stands for value `index` while a template is taken apart: noncharacters, which no message contains. */
const marker = (index: number): string => `\uFDD0${index}\uFDD1`;

/** The text between the values of one language's message, and which value comes after each piece. */
interface Pieces {
  readonly texts: readonly string[];
  readonly slots: readonly number[];
}

/**
 * A {@link MessageFiller} for the message `key` with the placeholders
 * `names`. Falls back to `both` if the catalogue's text cannot be taken
 * apart (a template that contains a marker itself).
 */
export function messageTemplate(key: ScoringMessageKey, names: readonly string[]): MessageFiller {
  const markers: Record<string, string> = {};
  names.forEach((name, index) => (markers[name] = marker(index)));
  const de = piecesOf(formatMessage("de", key, markers), names.length);
  const en = piecesOf(formatMessage("en", key, markers), names.length);
  const slow: MessageFiller = (values) => both(key, valuesByName(names, values));
  if (de === undefined || en === undefined) return slow;
  const fill: MessageFiller = (values) => ({ de: join(de, values), en: join(en, values) });
  // The catalogue's own answer for sample values must come out: otherwise the slow way serves.
  const sample = names.map((name, index) => `‹${name}${index}›`);
  const expected = both(key, valuesByName(names, sample));
  const got = fill(sample);
  return got.de === expected.de && got.en === expected.en ? fill : slow;
}

/** The message of `key` without values, in both languages: a new object each time, from strings made once. */
export function fixedMessage(key: ScoringMessageKey): () => LocalizedText {
  const { de, en } = both(key);
  return () => ({ de, en });
}

function valuesByName(names: readonly string[], values: readonly string[]): Record<string, string> {
  const byName: Record<string, string> = {};
  names.forEach((name, index) => (byName[name] = values[index]!));
  return byName;
}

/** `formatted` cut at its markers, or `undefined` if a marker is malformed or names no value. */
function piecesOf(formatted: string, count: number): Pieces | undefined {
  const texts: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (;;) {
    const open = formatted.indexOf("\uFDD0", from);
    if (open === -1) break;
    const close = formatted.indexOf("\uFDD1", open);
    if (close === -1) return undefined;
    const index = Number(formatted.slice(open + 1, close));
    if (!Number.isInteger(index) || index < 0 || index >= count || formatted.slice(open + 1, close) !== String(index)) return undefined;
    texts.push(formatted.slice(from, open));
    slots.push(index);
    from = close + 1;
  }
  if (formatted.indexOf("\uFDD1", from) !== -1) return undefined;
  texts.push(formatted.slice(from));
  return { texts, slots };
}

function join({ texts, slots }: Pieces, values: readonly string[]): string {
  let text = texts[0]!;
  for (let index = 0; index < slots.length; index++) text += values[slots[index]!]! + texts[index + 1]!;
  return text;
}
