import type { Logger } from "@kommune-sm/core";
import { classifyHttpFailure, classifyThrown, NetworkError } from "@kommune-sm/network";
import type { z } from "zod";
import { mastodonErrorSchema } from "./mastodon-responses.js";

/** One call of a Mastodon instance's API. */
export interface MastodonCall<Schema extends z.ZodType> {
  readonly method: "GET" | "POST" | "DELETE";
  /** The path without query, e.g. `/api/v1/statuses`; it goes into error messages, so it never holds a secret. */
  readonly path: string;
  /** Query parameters; an array is sent as `name[]=a&name[]=b`, as Mastodon reads it. */
  readonly query?: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** A JSON body, or a form (media uploads). */
  readonly body?: unknown;
  /** Sent as `Idempotency-Key`: Mastodon answers a repeat within the hour with the first status. */
  readonly idempotencyKey?: string;
  /** The access token, sent as `Authorization: Bearer`; none for public endpoints. */
  readonly accessToken?: string;
  /** What a successful answer looks like. */
  readonly schema: Schema;
}

/** What every call needs from the adapter's call context. */
export interface MastodonCallContext {
  readonly signal: AbortSignal;
  now(): number;
  readonly logger: Logger;
}

/** A parsed answer, with its status and headers (paging links, rate limits). */
export interface MastodonAnswer<T> {
  readonly status: number;
  readonly data: T;
  readonly headers: Headers;
}

/**
 * Calls a Mastodon instance and returns the parsed answer, or throws a
 * classified `NetworkError`. Never retries by itself: backoff and rate
 * limits are the engine's.
 *
 * Written on `fetch` rather than on the `masto` client: masto loses the
 * status code of a non-JSON error (a proxy's 502 page becomes a TypeError,
 * which would read as permanent), its media polling ignores the caller's
 * abort signal, and it renames every field, so its answers could not be
 * checked against Mastodon's documented shapes.
 *
 * How answers are classified (Mastodon's `Api::ErrorHandling` and
 * Rack::Attack): 401 is an expired or revoked token; 403 "outside the
 * authorized scopes" too (a person must reconnect with the right scopes),
 * other 403s are final; 422 is refused content; 429 carries no Retry-After,
 * only `X-RateLimit-Reset` (an ISO 8601 instant), which is used instead;
 * 5xx (also the 503 of two requests racing for one idempotency key) and
 * anything thrown on the way are worth retrying. Error bodies are read as
 * `{ error }` JSON when they are; a proxy's HTML page keeps only its status.
 */
export async function callMastodon<Schema extends z.ZodType>(instanceUrl: string, call: MastodonCall<Schema>, context: MastodonCallContext): Promise<MastodonAnswer<z.output<Schema>>> {
  const url = new URL(call.path, instanceUrl);
  for (const [name, value] of Object.entries(call.query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === "string") url.searchParams.set(name, value);
    else for (const item of value) url.searchParams.append(`${name}[]`, item);
  }
  const headers: Record<string, string> = { accept: "application/json" };
  if (call.accessToken !== undefined) headers.authorization = `Bearer ${call.accessToken}`;
  if (call.idempotencyKey !== undefined) headers["idempotency-key"] = call.idempotencyKey;
  let body: string | FormData | undefined;
  if (call.body instanceof FormData) body = call.body;
  else if (call.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(call.body);
  }
  const operation = `${call.method} ${call.path}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method,
      headers,
      signal: context.signal,
      // The API never redirects; following one could carry the token to another server.
      redirect: "error",
      ...(body === undefined ? {} : { body }),
    });
  } catch (thrown) {
    // Given up by the engine (deadline, shutdown), with whatever reason it chose: worth another try later.
    if (context.signal.aborted) throw new NetworkError({ kind: "retryable", message: `${operation} was given up before the instance answered.`, cause: thrown });
    throw classifyThrown(thrown);
  }
  // Log what helps to find a fault, never the headers: they carry the token.
  context.logger.debug("mastodon answered", { operation, status: response.status });

  if (!response.ok) {
    const reason = withoutToken(await readReason(response), call.accessToken);
    if (response.status === 403 && reason !== undefined && /authori[sz]ed scopes/i.test(reason)) {
      throw new NetworkError({ kind: "authentication", status: 403, message: `${operation} failed with HTTP 403: ${reason}`, networkReason: reason });
    }
    const retryAfter = response.headers.get("retry-after") ?? (response.status === 429 ? response.headers.get("x-ratelimit-reset") : null);
    throw classifyHttpFailure({ status: response.status, retryAfter, ...(reason === undefined ? {} : { reason }), operation }, context.now());
  }
  const json = await response.json().catch(() => undefined);
  const parsed = call.schema.safeParse(json);
  if (!parsed.success) {
    // Retryable, not permanent: after a 200 with a garbled body the status may
    // exist; a repeat carries the same Idempotency-Key and gets it back.
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new NetworkError({ kind: "retryable", status: response.status, message: `${operation} answered ${response.status} with a body the adapter does not understand${where}: ${issue?.message ?? "no JSON"}` });
  }
  return { status: response.status, data: parsed.data, headers: response.headers };
}

/** Text without the token, in case an instance echoes it back (the engine scrubs too; the adapter must not rely on it). */
function withoutToken(text: string | undefined, token: string | undefined): string | undefined {
  return text === undefined || token === undefined || token.length < 8 ? text : text.replaceAll(token, "[redacted]");
}

/** The instance's own words from an error body, if it sent JSON; cut, since they are shown to people and stored. */
async function readReason(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const body = mastodonErrorSchema.safeParse(json);
  return body.success ? body.data.error.slice(0, 500) : undefined;
}
