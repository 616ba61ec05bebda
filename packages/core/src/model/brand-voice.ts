import { z } from "zod";
import { AddressFormSchema } from "./address-form.js";

/** A word the organisation avoids, with what to say instead. */
export const AvoidedWordSchema = z.object({
  /** The word or phrase to avoid, e.g. "Antragsteller". */
  word: z.string().min(1).max(200),
  /** What to write instead, e.g. "Antragstellende". */
  instead: z.string().min(1).max(200).optional(),
});

/** A word to avoid, see {@link AvoidedWordSchema}. */
export type AvoidedWord = z.infer<typeof AvoidedWordSchema>;

/**
 * How the organisation sounds: tonality rules, words to avoid, a signature
 * and the form of address. Scoring checks drafts against it.
 */
export const BrandVoiceSchema = z.object({
  /** Rules of tone, one per entry, e.g. "Kurze Sätze, aktiv formuliert". */
  tonality: z.array(z.string().min(1).max(500)),
  /** Words to avoid, e.g. officialese, with replacements. */
  wordsToAvoid: z.array(AvoidedWordSchema),
  /** Closing line of replies, e.g. "Ihr Social-Media-Team der Stadt Musterstadt". */
  signature: z.string().max(200).optional(),
  /** Form of address in posts and replies; the organisation's `addressForm` when left out. */
  addressForm: AddressFormSchema.optional(),
});

/** A brand voice, see {@link BrandVoiceSchema}. */
export type BrandVoice = z.infer<typeof BrandVoiceSchema>;
