import type { EventCatalogue, EventType } from "./event-catalogue.js";
import type { AnyKommuneEvent, KommuneEvent } from "./kommune-event.js";

/** Removes the listener it was returned for. Calling it again does nothing. */
export type Unsubscribe = () => void;

/** Handles one type of event; a returned promise is awaited by {@link EventBus.settled}. */
export type EventListener<T extends EventType> = (event: KommuneEvent<T>) => void | Promise<void>;

/** Handles every event on the bus, see {@link EventBus.onAny}. */
export type AnyEventListener = (event: AnyKommuneEvent) => void | Promise<void>;

/**
 * The typed event bus that plugins talk through. Made by {@link createEventBus}.
 *
 * Listeners run synchronously during `emit`, in the order they were
 * registered, then the `onAny` listeners. A listener that throws, or whose
 * promise rejects, breaks neither `emit` nor the other listeners: its error
 * becomes a `listener.failed` event. A listener removed during an `emit` is
 * not called by that emit any more. Events are frozen, data included, so no
 * listener can change what the others see; a listener that tries fails with
 * a `TypeError` (in strict mode, as in every ES module), which becomes a
 * `listener.failed` event like any other.
 *
 * @example
 * ```ts
 * const off = bus.on("post.published", async (event) => {
 *   await notifyPressOffice(event.data.postId);
 * });
 * bus.emit("post.published", { postId }, { subject: postId });
 * await bus.settled(); // e.g. before shutting down
 * off();
 * ```
 */
export interface EventBus {
  /**
   * Wraps `data` in an envelope, hands it to the listeners of `type` and to
   * the `onAny` listeners, and returns the envelope. Never throws because of
   * a listener.
   *
   * The envelope and `data` are frozen, deeply: `data` itself, not a copy,
   * and every object and array inside it. So pass a fresh object, one that
   * nothing else keeps changing: whoever still holds it cannot change it any
   * more. `data` is JSON (plain objects, arrays, strings, numbers, booleans,
   * null); something that cannot be frozen, such as a `Uint8Array` or
   * `Buffer` with contents, is refused with `CORE_INVALID_ARGUMENT` naming
   * where it is, before anything is dispatched.
   *
   * An emit from a listener runs inside the emit that called the listener.
   * One that would nest deeper than `maxEmitDepth` (default 64) is not
   * dispatched and is reported as a `listener.failed` event once the
   * outermost emit has dispatched (see `EventBusOptions.maxEmitDepth`).
   */
  emit<T extends EventType>(type: T, data: EventCatalogue[T], options?: { subject?: string }): KommuneEvent<T>;
  /** Calls `listener` for every event of `type` until unsubscribed. */
  on<T extends EventType>(type: T, listener: EventListener<T>): Unsubscribe;
  /** Calls `listener` for the next event of `type` only, also when that event is emitted re-entrantly. */
  once<T extends EventType>(type: T, listener: EventListener<T>): Unsubscribe;
  /** Removes every registration of `listener` for `type`, made with `on` or with `once`. */
  off<T extends EventType>(type: T, listener: EventListener<T>): void;
  /**
   * Calls `listener` for every event, `listener.failed` included: the hook for
   * a bridge to a suite's broker or webhooks.
   */
  onAny(listener: AnyEventListener): Unsubscribe;
  /** Removes every registration of `listener` made with `onAny`. */
  offAny(listener: AnyEventListener): void;
  /**
   * With a type: the listeners registered for it with `on` and `once`.
   * Without: every listener on the bus, `onAny` listeners included.
   */
  listenerCount(type?: EventType): number;
  /** Removes every listener, `onAny` listeners included. */
  removeAllListeners(): void;
  /**
   * Resolves when every async listener started so far has settled, and the
   * `listener.failed` listeners started by their rejections too (tests,
   * graceful shutdown). Never rejects.
   */
  settled(): Promise<void>;
}
