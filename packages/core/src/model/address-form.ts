import { z } from "zod";

/**
 * How the organisation addresses citizens in German: formal `"sie"` (Sie,
 * Ihnen) or informal `"du"` (du, dir), which some towns use on Instagram or
 * TikTok. Checks and text templates follow it.
 */
export const AddressFormSchema = z.enum(["sie", "du"]);

/** `"sie"` or `"du"`, see {@link AddressFormSchema}. */
export type AddressForm = z.infer<typeof AddressFormSchema>;
