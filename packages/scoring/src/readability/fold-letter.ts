/*
 * Folding a letter to what the German syllable patterns know: a–z, ä, ö, ü,
 * ß (and ſ). Upper case becomes lower case, so ALL-CAPS words syllabify like
 * any other; accented Latin letters of loan words and names (Café, Crème,
 * Łódź) lose their accent; ligatures become two letters. Everything else
 * (Greek, Cyrillic, CJK, …) cannot be folded.
 */

const special: Readonly<Record<number, string>> = {
  0xc4: "ä",
  0xe4: "ä",
  0xd6: "ö",
  0xf6: "ö",
  0xdc: "ü",
  0xfc: "ü",
  0xdf: "ß",
  0x1e9e: "ß",
  0x17f: "ſ",
  0xc6: "ae",
  0xe6: "ae",
  0x152: "oe",
  0x153: "oe",
  0xd8: "o",
  0xf8: "o",
  0x141: "l",
  0x142: "l",
  0x110: "d",
  0x111: "d",
  0xd0: "d",
  0xf0: "d",
  0x131: "i",
  0x126: "h",
  0x127: "h",
  0xde: "th",
  0xfe: "th",
  0x166: "t",
  0x167: "t",
  0x13f: "l",
  0x140: "l",
};

const memo = new Map<number, string | null>();

/**
 * The folded form of the letter `code` (a UTF-16 code unit that is a
 * letter), or `undefined` when the syllable patterns cannot read it.
 */
export function foldLetter(code: number): string | undefined {
  if (code >= 0x61 && code <= 0x7a) return String.fromCharCode(code);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code < 0xaa) return undefined;
  let folded = memo.get(code);
  if (folded === undefined) {
    folded = foldSlow(code);
    memo.set(code, folded);
  }
  return folded ?? undefined;
}

function foldSlow(code: number): string | null {
  const fixed = special[code];
  if (fixed !== undefined) return fixed;
  // Only Latin letters are worth decomposing; the table stays small.
  const latin = (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
  if (!latin) return null;
  const base = String.fromCharCode(code).normalize("NFD").charAt(0).toLowerCase();
  const baseCode = base.charCodeAt(0);
  return baseCode >= 0x61 && baseCode <= 0x7a ? base : null;
}
