import type { AuditAnchoringFailedData } from "../audit/audit-anchoring.js";
import type { WorkflowEventCatalogue } from "../workflow/workflow-events.js";

/**
 * What a `listener.failed` event carries: which listener failed on which event,
 * and a summary of its error.
 *
 * Only `name`, `message` and `code` of the error are kept, never the error
 * object itself: errors can carry secrets in their properties (a request with
 * an access token, a response body), and events travel on to brokers and
 * webhooks outside the process.
 */
export interface ListenerFailedData {
  /** `type` of the event the listener was handling. */
  readonly eventType: string;
  /** `id` of the event the listener was handling. */
  readonly eventId: string;
  /** The listener's function name, or `"anonymous"`. */
  readonly listener: string;
  /** Summary of what the listener threw. */
  readonly error: {
    /** The error's name, e.g. `"TypeError"`. */
    readonly name: string;
    /** The error's message. */
    readonly message: string;
    /** The error's `code` when it is a string, e.g. a {@link KommuneError} code or `"ECONNRESET"`. */
    readonly code?: string;
  };
}

/**
 * The one typed map of every event the bus carries: event type → its `data`.
 *
 * Types are noun-verb in the past tense (`post.approved`, `delivery.failed`).
 * Core declares only its own events; every package adds its events by
 * declaration merging, so an unknown type or wrong data does not type-check.
 *
 * @example
 * ```ts
 * // in a plugin package
 * declare module "@kommune-sm/core" {
 *   interface EventCatalogue {
 *     "delivery.failed": { deliveryId: string; reason: string };
 *   }
 * }
 * bus.emit("delivery.failed", { deliveryId, reason: "token revoked" });
 * ```
 */
export interface EventCatalogue extends WorkflowEventCatalogue {
  /** A listener threw, or the promise of an async listener rejected. */
  "listener.failed": ListenerFailedData;
  /** Anchoring the audit log's head failed (sink, key source, or a log that no longer extends its last anchored head). */
  "audit.anchoring-failed": AuditAnchoringFailedData;
}

/** The type of an event in the {@link EventCatalogue}, e.g. `"listener.failed"`. */
export type EventType = keyof EventCatalogue & string;
