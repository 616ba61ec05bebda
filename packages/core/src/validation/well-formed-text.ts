/**
 * True if `text` is well-formed Unicode: no lone UTF-16 surrogate, i.e. no
 * half of a character such as an emoji that was cut in two (by a `slice`, a
 * broken copy and paste or a malicious client).
 *
 * Such text cannot be encoded as UTF-8 without loss: a database, a JSON
 * encoder with replacement or a network's API turns the half into U+FFFD
 * (or refuses the request), so what is read back differs from what was
 * checked and approved. The model's schemas therefore refuse it in every
 * text field, with the catalogue message `text.ill-formed`.
 *
 * Uses `String.prototype.isWellFormed` (Node 20 and later), which runs in
 * native code and costs next to nothing even for long texts.
 *
 * @example
 * ```ts
 * isWellFormedText("Stadtfest 🎉"); // true
 * isWellFormedText("Stadtfest \uD83C"); // false: the first half of 🎉 alone
 * ```
 */
export function isWellFormedText(text: string): boolean {
  // The project's TypeScript library (ES2023) does not declare the ES2024 method yet.
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}
