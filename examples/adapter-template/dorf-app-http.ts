import type { Logger } from "@kommune-sm/core";
import { classifyHttpFailure, classifyThrown, NetworkError } from "@kommune-sm/network";
import type { z } from "zod";
import { dorfAppErrorSchema } from "./dorf-app-responses.js";

/** One call of the Dorf-App API. */
export interface DorfAppCall<Schema extends z.ZodType> {
  readonly method: "GET" | "POST" | "DELETE";
  /** The path without query, e.g. `/v1/posts`; it goes into error messages, so it must never hold a secret. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  /** Sent as `Idempotency-Key`, so that the API answers a repeat with the earlier result. */
  readonly idempotencyKey?: string;
  /** The access token, sent as `Authorization: Bearer`; none for the token endpoint. */
  readonly accessToken?: string;
  /** What a successful answer looks like; none for 204 No Content. */
  readonly schema?: Schema;
}

/** What every call needs from the adapter's call context. */
export interface DorfAppCallContext {
  readonly signal: AbortSignal;
  now(): number;
  readonly logger: Logger;
}

/**
 * Calls the Dorf-App and returns the parsed answer, or throws a classified
 * `NetworkError`. Failed answers are classified by their status code
 * (`classifyHttpFailure`: 429 and 5xx retryable, 401 authentication, 4xx
 * content refused); anything thrown on the way (connection reset, DNS,
 * abort) by `classifyThrown`. The engine decides about retries: this
 * function never retries by itself, so that backoff and rate limits stay in
 * one place.
 */
export async function callDorfApp<Schema extends z.ZodType>(baseUrl: string, call: DorfAppCall<Schema>, context: DorfAppCallContext): Promise<z.output<Schema>> {
  const url = new URL(call.path, baseUrl);
  for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(name, value);
  const headers: Record<string, string> = { accept: "application/json" };
  if (call.accessToken !== undefined) headers.authorization = `Bearer ${call.accessToken}`;
  if (call.idempotencyKey !== undefined) headers["idempotency-key"] = call.idempotencyKey;
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const operation = `${call.method} ${call.path}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method,
      headers,
      signal: context.signal,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    });
  } catch (thrown) {
    throw classifyThrown(thrown);
  }
  // Log what helps to find a fault, never the headers: they carry the token.
  context.logger.debug("dorf-app answered", { operation, status: response.status });

  if (!response.ok) {
    throw classifyHttpFailure({ status: response.status, retryAfter: response.headers.get("retry-after"), reason: await readReason(response), operation }, context.now());
  }
  if (!call.schema) return undefined as z.output<Schema>;
  const parsed = call.schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    // Retryable, not permanent: after a 201 with a garbled body the post may
    // exist; a repeat carries the same Idempotency-Key and gets it back.
    throw new NetworkError({ kind: "retryable", status: response.status, message: `${operation} answered ${response.status} with a body the adapter does not understand: ${parsed.error.issues[0]?.message ?? "no JSON"}` });
  }
  return parsed.data;
}

/** The API's own words from an error body (`{ "error": "..." }`), if it sent any. */
async function readReason(response: Response): Promise<string | undefined> {
  const body = dorfAppErrorSchema.safeParse(await response.json().catch(() => undefined));
  // Cut long reasons: they are shown to people and stored with the delivery.
  return body.success ? body.data.error.slice(0, 500) : undefined;
}
