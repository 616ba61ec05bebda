/**
 * Anything thrown, as one line for a message or a log field: `Name: message`
 * for an Error, else its string form. Never throws: adapters and vaults throw
 * objects whose getters throw, or revoked proxies. Not scrubbed: pass the
 * result through the scrubber before it is stored, emitted or logged.
 */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return "an unreadable error";
  }
}
