export { LOCALES, DEFAULT_LOCALE, resolveLocale, type Locale } from "./locale.js";
export { defineMessages, type MessageCatalogue, type MessageValues } from "./message-catalogue.js";
