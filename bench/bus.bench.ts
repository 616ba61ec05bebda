// The typed event bus against raw eventemitter3: what the envelope (id, time,
// CloudEvents fields) and the per-listener error guard cost per emit. Target
// from issue 2: at least half the raw throughput. With the system clock, as
// in production (see create-event-bus.ts on how the clock is read).
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

async function measure(listeners: number): Promise<void> {
  const raw = new EventEmitter();
  for (let i = 0; i < listeners; i++) raw.on("bench.pinged", (d: { n: number }) => void (sink += d.n));

  const bus = createEventBus({ source: "urn:kommune-sm:bench" });
  for (let i = 0; i < listeners; i++) bus.on("bench.pinged", (event) => void (sink += event.data.n));

  await compare(
    `emit to ${listeners} listener${listeners === 1 ? "" : "s"} (${batch.toLocaleString("en-US")} emits per call)`,
    {
      name: "raw eventemitter3, data only",
      batch,
      fn: () => {
        for (let i = 0; i < batch; i++) raw.emit("bench.pinged", data);
      },
    },
    {
      name: "kommune-sm bus, CloudEvents envelope",
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
if (sink === 0) console.log("(no listener ran)");
