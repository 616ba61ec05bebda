import { defineCheck, type AddressForm, type CheckContext, type FindingInput, type FindingInputLocation } from "@kommune-sm/core";
import { bothWith, formatMessage } from "../scoring-messages.js";
import { addressUses } from "./address-form.js";
import { postTexts } from "./post-texts.js";

/** The form the organisation chose: its strategy's brand voice, else the organisation's. */
function expectedForm(context: CheckContext): AddressForm {
  return context.strategies.find((s) => s.brandVoice.addressForm)?.brandVoice.addressForm ?? context.organisation.addressForm;
}

function judge(text: string, location: FindingInputLocation, expected: AddressForm, findings: FindingInput[]): void {
  const uses = addressUses(text);
  if (uses.length === 0) return;
  const mixed = uses.some((u) => u.form === "sie") && uses.some((u) => u.form === "du");
  for (const use of uses) {
    if (use.form === expected) continue;
    findings.push({
      code: mixed ? "mixed" : "other-form",
      severity: "warning",
      message: bothWith(mixed ? "address-form-mixed" : "address-form-other", (locale) => ({
        word: use.word,
        expected: formatMessage(locale, `form.${expected}`),
        found: formatMessage(locale, `form.${use.form}`),
      })),
      location: { ...location, start: use.start, end: use.end },
      values: { expected, found: use.form },
    });
  }
}

/**
 * The form of address (Sie or du) against the organisation's choice (its
 * brand voice's `addressForm`, else the organisation's): every place that
 * uses the other form, and a mix of both in one text.
 */
export function addressFormCheck() {
  return defineCheck({
    id: "address-form",
    target: "post",
    languages: ["de"],
    title: { de: "Anrede (Sie/du)", en: "Form of address (Sie/du)" },
    run: ({ post }, context) => {
      const expected = expectedForm(context);
      const findings: FindingInput[] = [];
      for (const { text, location } of postTexts(post)) judge(text, location, expected, findings);
      return findings;
    },
  });
}

/** {@link addressFormCheck} for replies. */
export function replyAddressFormCheck() {
  return defineCheck({
    id: "address-form.reply",
    target: "reply",
    languages: ["de"],
    title: { de: "Anrede (Antworten)", en: "Form of address (replies)" },
    run: ({ text }, context) => {
      const findings: FindingInput[] = [];
      judge(text, { field: "text" }, expectedForm(context), findings);
      return findings;
    },
  });
}
