import { EventEmitter } from "eventemitter3";
import { type Clock, systemClock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { assertEventTypePrefix } from "./cloud-event-type.js";
import type { AnyEventListener, EventBus, EventListener, Unsubscribe } from "./event-bus.js";
import type { EventCatalogue, EventType } from "./event-catalogue.js";
import { freezeEventData } from "./freeze-event-data.js";
import type { AnyKommuneEvent, KommuneEvent } from "./kommune-event.js";
import { summariseError } from "./summarise-error.js";
import { formatInstant } from "../time/format-instant.js";

/**
 * How many emits may run one inside another unless
 * {@link EventBusOptions.maxEmitDepth} says otherwise. Real chains are a few
 * levels deep (a step's event, a plugin's follow-up event, a report of its
 * failure); 64 leaves ample room and stays far below the depth at which the
 * stack would overflow, which lies in the thousands.
 */
export const DEFAULT_MAX_EMIT_DEPTH = 64;

/** What {@link EventBusOptions.onUnhandledError} learns besides the error. */
export interface UnhandledListenerErrorContext {
  /**
   * The `listener.failed` event the failing listener was handling. For a
   * runaway chain of emits (see {@link EventBusOptions.maxEmitDepth}) started
   * by the listeners of a `listener.failed` event: that event.
   */
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
  /**
   * A reverse-DNS prefix of the CloudEvents `type` on the wire, e.g.
   * `"de.kommune-sm"`: then `JSON.stringify(event)` writes `type` as
   * `"de.kommune-sm.post.approved"`, as CloudEvents asks of producers, so
   * that a suite's broker can tell kommune-sm's events from others'. Inside
   * the process nothing changes: listeners subscribe to and narrow on the
   * catalogue's names (`event.type === "post.approved"`). Lower-case labels
   * of letters, digits and hyphens, at least two, without a dot at the end;
   * anything else is refused with `CORE_INVALID_ARGUMENT`. Default: none,
   * the catalogue's names go out as they are.
   *
   * Only the JSON form carries the prefix: a copy made by spreading the
   * event (`{ ...event }`) or by `structuredClone` has the catalogue's name.
   */
  readonly typePrefix?: string;
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
  /**
   * How many emits may run one inside another (a listener that emits
   * synchronously starts an emit inside the one that called it). A positive
   * whole number; default {@link DEFAULT_MAX_EMIT_DEPTH}.
   *
   * An emit that would nest deeper is not dispatched (its envelope is still
   * returned), and once the outermost emit has dispatched its event, one
   * `listener.failed` event reports the listener that emitted too deep, with
   * a `RangeError`: a listener that re-emits the event it handles, or two
   * listeners that answer each other's events, are stopped this way before
   * they overflow the stack. One report per outermost emit: until it
   * returns, the event types of that runaway chain are not dispatched again
   * (a listener that emits twice would otherwise grow the chain anew from
   * every level); other events are. Emits after an `await` start afresh and
   * are not counted. A runaway that a listener of `listener.failed` emitted,
   * or that the listeners of such a report started, goes to
   * {@link EventBusOptions.onUnhandledError} instead: a report would only start it again.
   */
  readonly maxEmitDepth?: number;
}

/** One registration of one listener; `on(type, l)` twice makes two. */
interface Registration {
  /** The event type, or the bus's own key for `onAny`. */
  readonly key: string | symbol;
  readonly listener: (event: AnyKommuneEvent) => unknown;
  readonly once: boolean;
  /**
   * False once removed. eventemitter3 iterates the listeners an emit started
   * with, so an emit already under way may still call the guard of a removed
   * registration; the guard then does nothing.
   */
  active: boolean;
  /** What the emitter calls: made once, at registration, so that an emit wraps nothing. */
  readonly guard: (event: AnyKommuneEvent) => void;
}

/** An emit refused for its depth, kept until the outermost emit reports it. */
interface Runaway {
  /** The depth at which it was refused: the listener that emitted it runs at this depth. */
  readonly depth: number;
  /** The refused event. */
  readonly refused: AnyKommuneEvent;
  readonly error: RangeError;
  /** The types on the stack of emits when it was refused: not dispatched again until the outermost emit returns. */
  readonly types: Set<string>;
  /** The registration whose listener emitted it, and the event that listener was handling: noted when it returns. */
  culprit?: { readonly registration: Registration; readonly event: AnyKommuneEvent };
}

const ignore = (): void => {};

// Three-digit tails "000" … "999": an id is built from two ready strings, since
// converting a fresh number to a string costs some 20 ns, almost as much as
// freezing the envelope. The table is never changed, so buses still share no
// state.
const digits3: readonly string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, "0"));

/**
 * Makes an {@link EventBus}. Each bus has its own eventemitter3 emitter,
 * listeners, id prefix and counter; two buses in one process (two Kommunen
 * in a suite) share nothing.
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
  const { source, clock = systemClock, onUnhandledError = ignore, maxEmitDepth = DEFAULT_MAX_EMIT_DEPTH } = options;
  if (typeof source !== "string" || source === "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "createEventBus needs a non-empty `source` (a URI-reference such as \"urn:kommune-sm:ags:09162000\").");
  }
  if (options.idPrefix === "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "createEventBus: `idPrefix` must not be empty; leave it out for a random one.");
  }
  if (!Number.isSafeInteger(maxEmitDepth) || maxEmitDepth < 1) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `createEventBus: \`maxEmitDepth\` must be a whole number of at least 1, not ${String(maxEmitDepth)}.`);
  }
  if (options.typePrefix !== undefined) assertEventTypePrefix(options.typePrefix, "createEventBus: `typePrefix`");
  // With a type prefix, every envelope inherits a toJSON that writes the
  // prefixed type: its own keys stay the CloudEvents attributes, typed by the
  // catalogue's name. Not enumerable, so that `for…in` does not meet it.
  const wirePrefix = options.typePrefix === undefined ? undefined : `${options.typePrefix}.`;
  const wireProto: object | undefined =
    wirePrefix === undefined
      ? undefined
      : Object.freeze(
          Object.defineProperty({}, "toJSON", {
            value(this: AnyKommuneEvent) {
              return { ...this, type: wirePrefix + this.type };
            },
          }),
        );
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

  // Dispatch goes through this bus's own eventemitter3 emitter. Every
  // listener is registered with it as a guard made once at registration
  // (error isolation, promise tracking, `once` under re-entrant emits), so an
  // emit hands the event to the emitter and nothing more. The emitter
  // iterates the listeners an emit started with: a removal replaces its
  // list, an addition is beyond the length the emit read.
  const emitter = new EventEmitter();
  // The onAny listeners are the emitter's listeners of this key, emitted
  // after the typed ones. A symbol, so that no event type can meet it.
  const anyKey = Symbol("onAny");
  // Every live registration, for off, offAny and removeAllListeners, which
  // must find registrations by their listener and mark them inactive.
  const registrations = new Set<Registration>();
  // Most events have no onAny listener; then the second emit is skipped.
  let anyCount = 0;
  const pending = new Set<Promise<void>>();

  // Synchronous nesting: how many emits are dispatching, their types
  // (outermost first; only the first `depth` entries count), and a refused
  // emit waiting to be reported. Only the types are kept, not the events: an
  // event is a fresh object, and storing one into this long-lived closure on
  // every emit costs a write barrier (3–6 ns an emit, measured). The event a
  // runaway's listener was handling is picked up by its guard instead.
  let depth = 0;
  const dispatching: string[] = [];
  let runaway: Runaway | undefined;
  let reporting = false;
  let lastData: unknown;

  // The body of every guard: the guards are small closures of one shape that
  // call this, so it is compiled once for all registrations.
  function deliver(registration: Registration, event: AnyKommuneEvent): void {
    if (!registration.active) return;
    // Detach before the call: a re-entrant emit from inside must not fire it again.
    if (registration.once) detach(registration);
    let result: unknown;
    try {
      result = registration.listener(event);
    } catch (error) {
      failed(listenerName(registration.listener), event, error);
      if (runaway !== undefined) noteRunaway(registration, event);
      return;
    }
    if (runaway !== undefined) noteRunaway(registration, event);
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
        failed(listenerName(listener), event, error);
      },
    );
    pending.add(done);
  }

  function failed(listener: string, event: AnyKommuneEvent, error: unknown): void {
    if (event.type === "listener.failed") {
      unhandled(error, event, listener);
      return;
    }
    emit("listener.failed", { eventType: event.type, eventId: event.id, listener, error: summariseError(error) });
  }

  function unhandled(error: unknown, event: KommuneEvent<"listener.failed">, listener: string): void {
    try {
      onUnhandledError(error, { event, listener });
    } catch {
      // The last resort has failed too; there is nobody left to tell.
    }
  }

  function emit<T extends EventType>(type: T, data: EventCatalogue[T], emitOptions?: { subject?: string }): KommuneEvent<T> {
    // First, so that data which cannot be frozen is refused before it takes
    // an id. Data frozen by the emit before is skipped: freezing is for good
    // and reaches everything, so that object cannot have changed since; a
    // repeated constant payload then costs no walk (Object.freeze and
    // Object.isFrozen each cost a call into the engine's runtime).
    if (data !== lastData) {
      freezeEventData(type, data);
      lastData = data;
    }
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
    // CloudEvents consumer expects, and both shapes stay fast in V8. Frozen,
    // like its data: every listener gets this same object.
    const fields: KommuneEvent<T> =
      subject === undefined
        ? { specversion: "1.0", id, source, type, time: lastTime, datacontenttype: "application/json", data }
        : { specversion: "1.0", id, source, type, time: lastTime, subject, datacontenttype: "application/json", data };
    const event: KommuneEvent<T> = Object.freeze(wireProto === undefined ? fields : (Object.assign(Object.create(wireProto) as object, fields) as KommuneEvent<T>));
    if (depth >= maxEmitDepth || (runaway !== undefined && depth > 0 && runaway.types.has(type))) {
      refuse(event as AnyKommuneEvent);
      return event;
    }
    dispatching[depth++] = type;
    try {
      emitter.emit(type, event);
      if (anyCount > 0) emitter.emit(anyKey, event);
    } finally {
      // The guards catch what listeners throw; this only keeps the count
      // right should something else escape (a stack exhausted elsewhere).
      depth--;
    }
    if (depth === 0 && runaway !== undefined) reportRunaway(event as AnyKommuneEvent);
    return event;
  }

  /** Records an emit that is not dispatched for its depth; the first of a chain is reported by the outermost emit. */
  function refuse(event: AnyKommuneEvent): void {
    // A type of a runaway being unwound: that chain is reported already.
    if (depth < maxEmitDepth) return;
    const types = runaway?.types ?? new Set<string>();
    for (let level = 0; level < depth; level++) types.add(dispatching[level]!);
    types.add(event.type);
    if (runaway !== undefined) return;
    runaway = {
      depth,
      refused: event,
      types,
      error: new RangeError(
        `Emitting "${event.type}" (id ${event.id}) would nest more than ${maxEmitDepth} synchronous emits (maxEmitDepth), so it was not dispatched: ` +
          "listeners probably emit, directly or through each other, events that lead back to themselves.",
      ),
    };
  }

  // The first listener to return at the depth of the refused emit is the one
  // that emitted it: what ran in between ran deeper.
  function noteRunaway(registration: Registration, event: AnyKommuneEvent): void {
    if (runaway !== undefined && runaway.culprit === undefined && runaway.depth === depth) runaway.culprit = { registration, event };
  }

  function reportRunaway(outermost: AnyKommuneEvent): void {
    const { culprit, refused, error } = runaway!;
    runaway = undefined;
    // Without a listener (it cannot be told which one emitted), the refused event itself is named.
    const name = culprit === undefined ? "anonymous" : listenerName(culprit.registration.listener);
    if (reporting) {
      // The listeners of a report started a runaway of their own; reporting
      // that one would start it again, and again.
      unhandled(error, outermost as KommuneEvent<"listener.failed">, name);
      return;
    }
    reporting = true;
    try {
      failed(name, culprit?.event ?? refused, error);
    } finally {
      reporting = false;
    }
  }

  function register(key: string | symbol, listener: Registration["listener"], once: boolean): Unsubscribe {
    const registration: Registration = { key, listener, once, active: true, guard: (event) => deliver(registration, event) };
    registrations.add(registration);
    if (key === anyKey) anyCount++;
    emitter.on(key, registration.guard);
    return () => detach(registration);
  }

  function detach(registration: Registration): void {
    if (!registration.active) return;
    registration.active = false;
    registrations.delete(registration);
    if (registration.key === anyKey) anyCount--;
    emitter.removeListener(registration.key, registration.guard);
  }

  function detachAll(key: string | symbol, listener: unknown): void {
    for (const registration of registrations) {
      if (registration.key === key && registration.listener === listener) detach(registration);
    }
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
      detachAll(type, listener);
    },
    onAny(listener: AnyEventListener): Unsubscribe {
      return register(anyKey, listener, false);
    },
    offAny(listener: AnyEventListener): void {
      detachAll(anyKey, listener);
    },
    listenerCount(type?: EventType): number {
      if (type !== undefined) return emitter.listenerCount(type);
      let count = 0;
      for (const key of emitter.eventNames()) count += emitter.listenerCount(key);
      return count;
    },
    removeAllListeners(): void {
      for (const registration of registrations) registration.active = false;
      registrations.clear();
      anyCount = 0;
      emitter.removeAllListeners();
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
