export { isServerAddress } from "./server-address.js";
export { primaryLanguageSubtag } from "./language-subtag.js";
export { assertChannelFreeFor, keepConnectedAccount, type ConnectedAccount, type ConnectedAccountTarget } from "./keep-connected-account.js";
