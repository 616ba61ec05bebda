// The typed event bus against the eventemitter3 it is built on: what the
// envelope (id, time, CloudEvents fields) and the per-listener error guard
// cost per emit. Target from the issue: at least half the raw throughput.
import { EventEmitter } from "eventemitter3";
import { TestClock } from "../packages/core/src/clock/index.js";
import type { Clock } from "../packages/core/src/clock/index.js";
import { createEventBus } from "../packages/core/src/events/index.js";
import { compare } from "./support.js";

declare module "../packages/core/src/events/index.js" {
  interface EventCatalogue {
    "bench.pinged": { readonly n: number };
  }
}

const batch = 1_000;
const data = { n: 1 };
// Listeners do a little real work on what they receive, so neither side's
// calls can be optimised away.
let sink = 0;

async function measure(listeners: number, clock?: Clock): Promise<void> {
  const raw = new EventEmitter();
  for (let i = 0; i < listeners; i++) raw.on("bench.pinged", (d: { n: number }) => void (sink += d.n));

  const bus = createEventBus({ source: "urn:kommune-sm:bench", ...(clock ? { clock } : {}) });
  for (let i = 0; i < listeners; i++) bus.on("bench.pinged", (event) => void (sink += event.data.n));

  await compare(
    `emit to ${listeners} listener${listeners === 1 ? "" : "s"} (${batch.toLocaleString("en-US")} emits per call)${clock ? ", clock read left out" : ""}`,
    {
      name: "raw eventemitter3, data only",
      batch,
      fn: () => {
        for (let i = 0; i < batch; i++) raw.emit("bench.pinged", data);
      },
    },
    {
      name: `kommune-sm bus, CloudEvents envelope${clock ? ", TestClock" : ""}`,
      batch,
      fn: () => {
        for (let i = 0; i < batch; i++) bus.emit("bench.pinged", data);
      },
    },
    0.5,
  );
}

await measure(1);
await measure(10);
// For the record, not a target: the same with a clock that costs nothing, to
// tell the bus's own overhead from Date.now(), which on a small VM costs about
// as much as a whole raw eventemitter3 emit.
await measure(1, new TestClock());
if (sink === 0) console.log("(no listener ran)");
