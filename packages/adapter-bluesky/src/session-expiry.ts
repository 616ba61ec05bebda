/**
 * When a session token expires: the `exp` claim of a JWT (the PDS's
 * `accessJwt`), as an RFC 3339 instant; undefined for anything that is not
 * a JWT with a numeric `exp`. Only read, never trusted for anything else:
 * the PDS checks the token.
 */
export function expiryOf(jwt: string): string | undefined {
  const payload = jwt.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown };
    return typeof claims.exp === "number" && Number.isFinite(claims.exp) && claims.exp > 0 && claims.exp < 7_258_118_400 ? new Date(claims.exp * 1000).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

/** The `scope` claim of a JWT (the PDS's `accessJwt`: `com.atproto.access`, or `com.atproto.appPass` for an app password). */
export function scopeOf(jwt: string): string | undefined {
  const payload = jwt.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { scope?: unknown };
    return typeof claims.scope === "string" ? claims.scope : undefined;
  } catch {
    return undefined;
  }
}
