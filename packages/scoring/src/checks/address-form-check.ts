import { defineCheck, type AddressForm, type CheckContext, type FindingInput, type FindingInputLocation, type LocalizedText } from "@kommune-sm/core";
import { formatMessage } from "../scoring-messages.js";
import { addressUses } from "./address-form.js";
import { at, postTexts } from "./post-texts.js";

/** The form the organisation chose: its strategy's brand voice, else the organisation's. */
function expectedForm(context: CheckContext): AddressForm {
  for (const strategy of context.strategies) if (strategy.brandVoice.addressForm) return strategy.brandVoice.addressForm;
  return context.organisation.addressForm;
}

// The messages come in eight kinds (mixed or not, the form expected, the
// form found), which differ only in the word they quote: each kind is
// formatted once with a stand-in for the word, and a finding's message is
// that text with its word in the stand-in's place, the same text as
// formatting it anew. Formatting two messages for every finding cost a
// third of the check on a post with one.
const WORD = "\u0000word\u0000";

/** A kind of message in one language, in pieces to join with the word. */
type MessagePieces = readonly string[];

// By kind: 4 if mixed, 2 if "du" is expected, 1 if "du" is found.
const pieces: ({ readonly de: MessagePieces; readonly en: MessagePieces } | undefined)[] = [];

function piecesOf(mixed: boolean, expected: AddressForm, found: AddressForm): { readonly de: MessagePieces; readonly en: MessagePieces } {
  const kind = (mixed ? 4 : 0) + (expected === "du" ? 2 : 0) + (found === "du" ? 1 : 0);
  let known = pieces[kind];
  if (!known) {
    const key = mixed ? "address-form-mixed" : "address-form-other";
    const inLanguage = (locale: "de" | "en") => formatMessage(locale, key, { word: WORD, expected: formatMessage(locale, `form.${expected}`), found: formatMessage(locale, `form.${found}`) }).split(WORD);
    known = { de: inLanguage("de"), en: inLanguage("en") };
    pieces[kind] = known;
  }
  return known;
}

/** @internal The finding's message: the word, the form expected and the form found, in both languages. */
export function addressFormMessage(mixed: boolean, word: string, expected: AddressForm, found: AddressForm): LocalizedText {
  const { de, en } = piecesOf(mixed, expected, found);
  return { de: de.length === 2 ? de[0]! + word + de[1]! : de.join(word), en: en.length === 2 ? en[0]! + word + en[1]! : en.join(word) };
}

function judge(text: string, location: FindingInputLocation, expected: AddressForm, findings: FindingInput[]): void {
  const uses = addressUses(text);
  if (uses.length === 0) return;
  let sie = false;
  let du = false;
  for (const use of uses) {
    if (use.form === "sie") sie = true;
    else du = true;
  }
  const mixed = sie && du;
  for (const use of uses) {
    if (use.form === expected) continue;
    findings.push({
      code: mixed ? "mixed" : "other-form",
      severity: "warning",
      message: addressFormMessage(mixed, use.word, expected, use.form),
      location: at(location, use.start, use.end),
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
