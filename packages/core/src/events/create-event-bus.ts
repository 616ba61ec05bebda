import { type Clock, systemClock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import type { AnyEventListener, EventBus, EventListener, Unsubscribe } from "./event-bus.js";
import type { EventCatalogue, EventType } from "./event-catalogue.js";
import type { AnyKommuneEvent, KommuneEvent } from "./kommune-event.js";
import { summariseError } from "./summarise-error.js";
import { formatInstant } from "../time/format-instant.js";

/** What {@link EventBusOptions.onUnhandledError} learns besides the error. */
export interface UnhandledListenerErrorContext {
  /** The `listener.failed` event the failing listener was handling. */
  readonly event: KommuneEvent<"listener.failed">;
  /** The failing listener's function name, or `"anonymous"`. */
  readonly listener: string;
}

/** Options of {@link createEventBus}. */
export interface EventBusOptions {
  /**
   * The CloudEvents `source` of every event: a non-empty URI-reference naming
   * the emitter, e.g. `"urn:kommune-sm:ags:09162000"`.
   */
  readonly source: string;
  /** Where `time` comes from; default {@link systemClock}. */
  readonly clock?: Clock;
  /**
   * Event ids are `<idPrefix>-<counter>`. Default: a random UUID drawn once
   * per bus, so ids of two buses (two processes, two tenants) do not collide.
   */
  readonly idPrefix?: string;
  /**
   * The last resort for a listener that fails while handling a
   * `listener.failed` event. Such an error is not turned into yet another
   * `listener.failed` event (a broken failure handler would otherwise feed
   * itself forever); it is handed here once instead, with the raw error, for
   * the host's logger. Default: ignore it, so that a library never writes to
   * the console on its own; whoever makes the bus should pass its logger.
   * Whatever the hook throws is ignored.
   */
  readonly onUnhandledError?: (error: unknown, context: UnhandledListenerErrorContext) => void;
}

/** One registration of one listener; `on(type, l)` twice makes two. */
interface Registration {
  /** Undefined for `onAny`. */
  readonly type: string | undefined;
  readonly listener: (event: AnyKommuneEvent) => unknown;
  readonly once: boolean;
  /** False once removed, so an emit already under way skips it. */
  active: boolean;
}

const ignore = (): void => {};

// Three-digit tails "000" … "999": an id is built from two ready strings, since
// converting a fresh number to a string costs about as much as the rest of an
// emit. The table is never changed, so buses still share no state.
const digits3: readonly string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, "0"));

/**
 * Makes an {@link EventBus}. Each bus has its own listeners, id prefix and
 * counter; two buses in one process (two Kommunen in a suite) share nothing.
 *
 * @example
 * ```ts
 * const bus = createEventBus({
 *   source: "urn:kommune-sm:ags:09162000",
 *   onUnhandledError: (error, { listener }) => logger.error("listener.failed handler failed", { listener, error }),
 * });
 * bus.onAny((event) => broker.publish(JSON.stringify(event)));
 * ```
 */
export function createEventBus(options: EventBusOptions): EventBus {
  const { source, clock = systemClock, onUnhandledError = ignore } = options;
  if (typeof source !== "string" || source === "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "createEventBus needs a non-empty `source` (a URI-reference such as \"urn:kommune-sm:ags:09162000\").");
  }
  if (options.idPrefix === "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "createEventBus: `idPrefix` must not be empty; leave it out for a random one.");
  }
  // One random draw per bus, then a counter: randomUUID per event costs more
  // than the rest of emit together.
  const idPrefix = `${options.idPrefix ?? globalThis.crypto.randomUUID()}-`;
  // The counter as thousands and the rest; the id is the plain decimal counter.
  let thousands = 0;
  let rest = 0;
  let head = idPrefix;
  // Formatting the time costs more than reading the clock, and in a burst of
  // events most fall into the same millisecond.
  let lastMillis = Number.NaN;
  let lastTime = "";
  // Reading the system clock costs 60–150 ns on the machines we measured, more
  // than a whole emit to one listener. So with the system clock, the events of
  // one synchronous run share one reading, dropped at the next microtask
  // checkpoint and after every 1,000 events. Other clocks (a TestClock) are
  // read for every event.
  const coarse = clock === systemClock;
  let turnMillis: number | undefined;
  const endTurn = () => {
    turnMillis = undefined;
  };
  const readClock = (): number => {
    if (!coarse) return clock.now();
    if (turnMillis === undefined) {
      turnMillis = clock.now();
      queueMicrotask(endTurn);
    }
    return turnMillis;
  };

  // Dispatch is a loop over copy-on-write arrays, not eventemitter3: every
  // listener needs a guard anyway (error isolation, promise tracking, `once`
  // under re-entrant emits), and routing through eventemitter3's emit under
  // that guard halved the throughput (bench/bus.bench.ts: 0.46x of raw
  // eventemitter3 with one listener, against 0.86x for this loop). Replaced,
  // never mutated, so that an emit iterates the list it started with.
  const lists = new Map<string, readonly Registration[]>();
  // Replaced, never mutated, so that an emit iterates the list it started with.
  let anyRegistrations: readonly Registration[] = [];
  const pending = new Set<Promise<void>>();

  // One function for every registration: the call site stays monomorphic and
  // nothing is wrapped per emit.
  function deliver(registration: Registration, event: AnyKommuneEvent): void {
    if (!registration.active) return;
    // Detach before the call: a re-entrant emit from inside must not fire it again.
    if (registration.once) detach(registration);
    let result: unknown;
    try {
      result = registration.listener(event);
    } catch (error) {
      failed(registration.listener, event, error);
      return;
    }
    if (result != null && typeof (result as PromiseLike<unknown>).then === "function") {
      track(registration.listener, event, result as PromiseLike<unknown>);
    }
  }

  function track(listener: Registration["listener"], event: AnyKommuneEvent, result: PromiseLike<unknown>): void {
    const done: Promise<void> = Promise.resolve(result).then(
      () => {
        pending.delete(done);
      },
      (error: unknown) => {
        pending.delete(done);
        failed(listener, event, error);
      },
    );
    pending.add(done);
  }

  function failed(listener: Registration["listener"], event: AnyKommuneEvent, error: unknown): void {
    const name = listenerName(listener);
    if (event.type === "listener.failed") {
      try {
        onUnhandledError(error, { event, listener: name });
      } catch {
        // The last resort has failed too; there is nobody left to tell.
      }
      return;
    }
    emit("listener.failed", { eventType: event.type, eventId: event.id, listener: name, error: summariseError(error) });
  }

  function emit<T extends EventType>(type: T, data: EventCatalogue[T], emitOptions?: { subject?: string }): KommuneEvent<T> {
    const now = readClock();
    if (now !== lastMillis) {
      lastTime = formatInstant(now);
      lastMillis = now;
    }
    if (++rest === 1000) {
      rest = 0;
      turnMillis = undefined;
      head = idPrefix + ++thousands;
    }
    const id = thousands === 0 ? idPrefix + rest : head + digits3[rest]!;
    const subject = emitOptions?.subject;
    // Two literals rather than `subject: undefined`: an absent key is what a
    // CloudEvents consumer expects, and both shapes stay fast in V8.
    const event: KommuneEvent<T> =
      subject === undefined
        ? { specversion: "1.0", id, source, type, time: lastTime, datacontenttype: "application/json", data }
        : { specversion: "1.0", id, source, type, time: lastTime, subject, datacontenttype: "application/json", data };
    const list = lists.get(type);
    if (list !== undefined) for (let index = 0; index < list.length; index++) deliver(list[index]!, event as AnyKommuneEvent);
    const anyList = anyRegistrations;
    for (let index = 0; index < anyList.length; index++) deliver(anyList[index]!, event as AnyKommuneEvent);
    return event;
  }

  function register(type: string, listener: Registration["listener"], once: boolean): Unsubscribe {
    const registration: Registration = { type, listener, once, active: true };
    lists.set(type, [...(lists.get(type) ?? []), registration]);
    return () => detach(registration);
  }

  function detach(registration: Registration): void {
    if (!registration.active) return;
    registration.active = false;
    const { type } = registration;
    if (type === undefined) {
      anyRegistrations = anyRegistrations.filter((r) => r !== registration);
      return;
    }
    const remaining = (lists.get(type) ?? []).filter((r) => r !== registration);
    if (remaining.length === 0) lists.delete(type);
    else lists.set(type, remaining);
  }

  return {
    emit,
    on<T extends EventType>(type: T, listener: EventListener<T>): Unsubscribe {
      return register(type, listener as Registration["listener"], false);
    },
    once<T extends EventType>(type: T, listener: EventListener<T>): Unsubscribe {
      return register(type, listener as Registration["listener"], true);
    },
    off<T extends EventType>(type: T, listener: EventListener<T>): void {
      for (const registration of lists.get(type) ?? []) {
        if (registration.listener === listener) detach(registration);
      }
    },
    onAny(listener: AnyEventListener): Unsubscribe {
      const registration: Registration = { type: undefined, listener, once: false, active: true };
      anyRegistrations = [...anyRegistrations, registration];
      return () => detach(registration);
    },
    offAny(listener: AnyEventListener): void {
      for (const registration of anyRegistrations) {
        if (registration.listener === listener) detach(registration);
      }
    },
    listenerCount(type?: EventType): number {
      if (type !== undefined) return lists.get(type)?.length ?? 0;
      let count = anyRegistrations.length;
      for (const list of lists.values()) count += list.length;
      return count;
    },
    removeAllListeners(): void {
      for (const list of lists.values()) for (const registration of list) registration.active = false;
      for (const registration of anyRegistrations) registration.active = false;
      anyRegistrations = [];
      lists.clear();
    },
    async settled(): Promise<void> {
      // A rejection can start listener.failed listeners that are async too;
      // loop until nothing new was started.
      while (pending.size > 0) await Promise.allSettled(pending);
    },
  };
}

/** A listener's function name for reports; never throws (a hostile `name` getter must not break an emit). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any listener, read only for its name
function listenerName(listener: Function): string {
  try {
    return typeof listener.name === "string" && listener.name !== "" ? listener.name : "anonymous";
  } catch {
    return "anonymous";
  }
}
