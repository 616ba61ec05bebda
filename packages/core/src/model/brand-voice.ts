import { z } from "zod";
import { AddressFormSchema } from "./address-form.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";

/** A word the organisation avoids, with what to say instead. */
export const AvoidedWordSchema = z.object({
  /** The word or phrase to avoid, e.g. "Antragsteller". */
  word: textField(200, 1),
  /** What to write instead, e.g. "Antragstellende". */
  instead: textField(200, 1).optional(),
});

/** A word to avoid, see {@link AvoidedWordSchema}. */
export type AvoidedWord = z.infer<typeof AvoidedWordSchema>;

/**
 * How the organisation sounds: tonality rules, words to avoid, a signature
 * and the form of address. Scoring checks drafts against it.
 */
export const BrandVoiceSchema = z.object({
  /** Rules of tone, one per entry, e.g. "Kurze Sätze, aktiv formuliert". */
  tonality: limitedList(z.array(textField(500, 1)), LIST_LIMITS.tonality),
  /** Words to avoid, e.g. officialese, with replacements. */
  wordsToAvoid: limitedList(z.array(AvoidedWordSchema), LIST_LIMITS.wordsToAvoid),
  /** Closing line of replies, e.g. "Ihr Social-Media-Team der Stadt Musterstadt". */
  signature: textField(200).optional(),
  /** Hashtags (without "#") every post carries, e.g. "Musterstadt"; the brand-voice check reports a post without them. Default none. */
  requiredHashtags: limitedList(z.array(textField(140, 1)), LIST_LIMITS.hashtags).optional(),
  /** Form of address in posts and replies; the organisation's `addressForm` when left out. */
  addressForm: AddressFormSchema.optional(),
});

/** A brand voice, see {@link BrandVoiceSchema}. */
export type BrandVoice = z.infer<typeof BrandVoiceSchema>;
