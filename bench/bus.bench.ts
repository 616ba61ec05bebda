// The typed event bus against raw eventemitter3, through which it dispatches:
// what the envelope (id, time, CloudEvents fields), freezing it and its data,
// the depth count and the per-listener guard cost per emit. Target: at least
// 0.4x the raw throughput with one listener. With the system clock, as in
// production (see create-event-bus.ts on how the clock is read).
//
// The first two comparisons emit one constant data object, as the raw side
// does; the bus freezes it on the first emit and then knows it is frozen. The
// third gives both sides a fresh data object per emit, as real callers do, so
// the bus freezes (and walks) every one: the full cost of immutable events.
import { EventEmitter } from "eventemitter3";
import { createEventBus } from "../packages/core/dist/index.js";
import { compare } from "./support.js";

declare module "../packages/core/dist/index.js" {
  interface EventCatalogue {
    "bench.pinged": { readonly n: number };
  }
}

const batch = 1_000;
const data = { n: 1 };
// Listeners do a little real work on what they receive, so neither side's
// calls can be optimised away.
let sink = 0;

async function measure(listeners: number, fresh: boolean): Promise<void> {
  const raw = new EventEmitter();
  for (let i = 0; i < listeners; i++) raw.on("bench.pinged", (d: { n: number }) => void (sink += d.n));

  const bus = createEventBus({ source: "urn:kommune-sm:bench" });
  for (let i = 0; i < listeners; i++) bus.on("bench.pinged", (event) => void (sink += event.data.n));

  await compare(
    `emit to ${listeners} listener${listeners === 1 ? "" : "s"}${fresh ? ", fresh data per emit" : ""} (${batch.toLocaleString("en-US")} emits per call)`,
    {
      name: "raw eventemitter3, data only",
      batch,
      fn: fresh
        ? () => {
            for (let i = 0; i < batch; i++) raw.emit("bench.pinged", { n: 1 });
          }
        : () => {
            for (let i = 0; i < batch; i++) raw.emit("bench.pinged", data);
          },
    },
    {
      name: "kommune-sm bus, frozen CloudEvents envelope",
      batch,
      fn: fresh
        ? () => {
            for (let i = 0; i < batch; i++) bus.emit("bench.pinged", { n: 1 });
          }
        : () => {
            for (let i = 0; i < batch; i++) bus.emit("bench.pinged", data);
          },
    },
    0.4,
  );
}

await measure(1, false);
await measure(10, false);
await measure(1, true);
if (sink === 0) console.log("(no listener ran)");
