// Declaration merging against the BUILT types, as a plugin package of a third
// party does it: its own event and store collection added to core's
// catalogues, and the events and collections that @kommune-sm/network adds
// are there too, typed.
import { createKommune, definePlugin, MUSTERSTADT_ORGANISATION } from "@kommune-sm/core";
import { createMemorySecrets, createPublishing, type Delivery } from "@kommune-sm/network";

interface Flyer {
  readonly id: string;
  readonly organisationId: string;
  readonly printedCopies: number;
}

declare module "@kommune-sm/core" {
  interface EventCatalogue {
    "flyer.printed": { readonly flyerId: string; readonly copies: number };
  }
  interface StoreCollections {
    flyers: Flyer;
  }
}

const flyers = definePlugin({
  name: "flyers",
  version: "1.0.0",
  async setup(ctx) {
    await ctx.store.collection("flyers").insert({ id: "f1", organisationId: ctx.organisation.id, printedCopies: 500 });
    ctx.bus.emit("flyer.printed", { flyerId: "f1", copies: 500 });
    // @ts-expect-error wrong data for a declared event
    ctx.bus.emit("flyer.printed", { flyerId: "f1" });
    // @ts-expect-error an undeclared event
    ctx.bus.emit("flyer.lost", {});
    return ctx.bus.on("delivery.failed", (event) => {
      const reason: string = event.data.problem.message;
      ctx.logger.warn(reason);
    });
  },
});

const publishing = createPublishing({ secrets: createMemorySecrets() });
const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [flyers, publishing.plugin] });
const outbox: Delivery[] = await ksm.store.collection("deliveries").list();
const copies: number = (await ksm.store.collection("flyers").require("f1")).printedCopies;
export const figures = [outbox.length, copies];
