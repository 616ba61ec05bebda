/** Host names that are this machine: plain http is allowed only there (local test servers). */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Whether `value` can be the address of a network's server that an account
 * lives on (a Mastodon instance, a Bluesky PDS, an authorisation server): an
 * https URL (plain http only on the loopback, for local test servers),
 * without user name, password, query or fragment, so that a token sent there
 * cannot travel to another host or carry a stray parameter. Adapters check
 * the addresses kept in channel options with it; the path is left to them.
 *
 * @example
 * ```ts
 * isServerAddress("https://social.bund.de"); // true
 * isServerAddress("http://social.bund.de"); // false: plain http off the loopback
 * isServerAddress("https://user:pw@bsky.social"); // false
 * ```
 */
export function isServerAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname))) && url.username === "" && url.password === "" && url.search === "" && url.hash === "";
}
