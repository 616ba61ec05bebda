export { isServerAddress } from "./server-address.js";
export { primaryLanguageSubtag } from "./language-subtag.js";
