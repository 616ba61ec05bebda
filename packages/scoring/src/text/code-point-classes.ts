/*
 * Unicode property tests without a property pattern on the hot path. A
 * pattern like /\p{L}/u over a text, or one test of it a character, cost
 * more than the rest of the scanners that ask. The answer for each code
 * point is kept as it is first asked: 0 not yet asked, 1 yes, 2 no; bounded
 * by Unicode (the Basic and the Supplementary Multilingual Plane, 64 KiB
 * each); code points of other planes are asked each time.
 */

/** A test of code points against `pattern` (one character, Unicode flag), each answer kept. */
export function codePointTest(pattern: RegExp): (codePoint: number) => boolean {
  const basic = new Uint8Array(0x10000);
  const supplementary = new Uint8Array(0x10000);
  const ask = (codePoint: number) => pattern.test(String.fromCodePoint(codePoint));
  return (codePoint) => {
    const table = codePoint < 0x10000 ? basic : codePoint < 0x20000 ? supplementary : undefined;
    if (table === undefined) return ask(codePoint);
    const index = codePoint & 0xffff;
    let known = table[index]!;
    if (known === 0) {
      known = ask(codePoint) ? 1 : 2;
      table[index] = known;
    }
    return known === 1;
  };
}

/** Is the code point a letter (`\p{L}`)? A lone surrogate is none. */
export const isLetterCode = codePointTest(/^\p{L}$/u);

/** Is the code point a number (`\p{N}`)? */
export const isNumberCode = codePointTest(/^\p{N}$/u);
