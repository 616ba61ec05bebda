import { letterWords, type LetterWords } from "../text/letter-words.js";

/** A word in capitals that reads as shouting: UTF-16 offsets, end exclusive. */
export interface ShoutedWord {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** Short words in capitals that are shouting, not acronyms ("NEU:", "JETZT sichern"). */
const SHOUTED_WORDS: ReadonlySet<string> = new Set(["NEU", "JETZT", "HEUTE", "GRATIS", "BITTE", "NUR", "ALLE", "MEHR", "AUCH", "LIVE", "SALE", "TOP", "ENDLICH", "DRINGEND", "ACHTUNG", "WICHTIG", "KOSTENLOS"]);

// Letters faked from mathematical symbols have no case of their own; they are reported as such, not as capitals.
const MATHEMATICAL = /[\u{1D400}-\u{1D7FF}]/u;

/**
 * Is word `index` written in capitals: three letters or more, its upper
 * case itself, and not caseless? A small letter of Latin-1 (a–z, ß, à–ÿ)
 * anywhere in it says no at once: its upper case differs. That spares
 * upper- and lower-casing every word of a text (the capitals took a quarter
 * of the accessibility check).
 */
function inCapitals(words: LetterWords, index: number): boolean {
  const start = words.starts[index]!;
  const end = words.ends[index]!;
  if (end - start < 3) return false;
  const text = words.text;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7)) return false;
  }
  const word = words.word(index);
  return word === word.toUpperCase() && word !== words.lower(index) && !MATHEMATICAL.test(word);
}

/**
 * The words of `text` (runs of letters) in capitals that read as shouting:
 * long ones (six letters or more), known ones ("NEU", "WICHTIG") and those
 * next to another word in capitals. Acronyms (ÖPNV, DSGVO) are short and
 * alone, and left out.
 */
export function shoutedWords(text: string): ShoutedWord[] {
  const words = letterWords(text);
  const shouted: ShoutedWord[] = [];
  let previous = false;
  let current = words.count > 0 && inCapitals(words, 0);
  for (let index = 0; index < words.count; index++) {
    const next = index + 1 < words.count && inCapitals(words, index + 1);
    if (current) {
      const word = words.word(index);
      if (word.length >= 6 || SHOUTED_WORDS.has(word) || previous || next) shouted.push({ start: words.starts[index]!, end: words.ends[index]!, word });
    }
    previous = current;
    current = next;
  }
  return shouted;
}
