export type { EventCatalogue, EventType, ListenerFailedData } from "./event-catalogue.js";
export type { KommuneEvent, AnyKommuneEvent } from "./kommune-event.js";
export type { EventBus, EventListener, AnyEventListener, Unsubscribe } from "./event-bus.js";
export { createEventBus, DEFAULT_MAX_EMIT_DEPTH, type EventBusOptions, type UnhandledListenerErrorContext } from "./create-event-bus.js";
