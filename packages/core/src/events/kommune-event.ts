import type { EventCatalogue, EventType } from "./event-catalogue.js";

/**
 * The envelope of every event: a CloudEvents 1.0 event in its JSON format, so
 * `JSON.stringify(event)` can go to a suite's broker or webhook unchanged
 * (with the bus's type prefix, if it has one).
 *
 * Every event is frozen, deeply: the envelope, its `data` and everything in
 * it. The same object goes to every listener, so none can change what the
 * others (or the caller) see; an attempt throws a `TypeError` in strict mode
 * and, inside a listener, becomes a `listener.failed` event.
 */
export interface KommuneEvent<T extends EventType = EventType> {
  /** The CloudEvents version, always `"1.0"`. */
  readonly specversion: "1.0";
  /** Unique per bus: a random prefix drawn once per bus and a counter. */
  readonly id: string;
  /** Who emitted it, a URI-reference, e.g. `"urn:kommune-sm:ags:09162000"`. */
  readonly source: string;
  /**
   * What happened, a key of the {@link EventCatalogue}, e.g. `"post.approved"`.
   * With a type prefix (`typePrefix` of `createEventBus`, `eventTypePrefix`
   * of `createKommune`) the JSON form reads `"<prefix>.post.approved"`; here
   * it is always the catalogue's name.
   */
  readonly type: T;
  /** When it was emitted, RFC 3339 in UTC with milliseconds, e.g. `"2026-03-29T00:30:00.000Z"`. */
  readonly time: string;
  /** What the event is about within the source, e.g. a post id; absent when not given. */
  readonly subject?: string;
  /** The media type of `data`, always `"application/json"`. */
  readonly datacontenttype: "application/json";
  /** The event's details, typed by its `type` in the {@link EventCatalogue}. */
  readonly data: EventCatalogue[T];
}

/**
 * Any event of the catalogue, as a union discriminated on `type`: checking
 * `event.type` narrows `event.data`.
 *
 * @example
 * ```ts
 * bus.onAny((event) => {
 *   if (event.type === "listener.failed") log.warn(event.data.error.message);
 * });
 * ```
 */
export type AnyKommuneEvent = { [T in EventType]: KommuneEvent<T> }[EventType];
