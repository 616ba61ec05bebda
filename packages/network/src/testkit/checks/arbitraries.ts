import fc from "fast-check";

/** Texts that trip up careless code: markup, entities, format strings, emoji sequences, combining marks, line breaks. */
export const trickyTexts = [
  "<script>alert('Rathaus')</script>",
  "&amp; &lt;b&gt;fett&lt;/b&gt; <b>fett</b>",
  "Grüße aus Müllheim 👋🏽 — „Danke“!",
  "👩‍👩‍👧‍👦 🇩🇪 1️⃣",
  "Zeile 1\nZeile 2\n\nZeile 4",
  "%s %d {{name}} ${name} \\n",
  "Cafe\u0301 und Café",
  "¯\\_(ツ)_/¯ \"zitiert\" 'so' `so`",
  "مرحبا שלום 你好",
] as const;

/**
 * What a person might write: printable graphemes of any script mixed with
 * {@link trickyTexts}, without white space at either end (networks trim it),
 * never empty.
 */
export const citizenText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }), fc.constantFrom(...trickyTexts)), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(" ").trim())
  .filter((text) => text.length > 0);
