export { LOCALES, DEFAULT_LOCALE, resolveLocale, type Locale } from "./locale.js";
export { defineMessages, type MessageCatalogue, type MessageValues } from "./message-catalogue.js";
export { defineLabels, type LabelTable } from "./define-labels.js";
export { labelOf, labelsOf, hasLabel, LABEL_KINDS, type LabelKind, type LabelValues } from "./label-of.js";
export { KNOWN_AUDIT_ACTIONS, type KnownAuditAction } from "./audit-action-labels.js";
