// Content warnings on the practice network: kept as written, in a field of
// their own, and counted with the text as Mastodon counts spoiler_text, so
// that staff meet the same refusals there as on the real network.
import { createMemoryStore, measurePostText, measureText } from "@kommune-sm/core";
import { NetworkError, networkCapabilitiesV1Schema } from "@kommune-sm/network";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSandboxNetwork } from "./create-sandbox-network.js";
import { SANDBOX_COUNTING_RULE } from "./sandbox-capabilities.js";
import { callContext, publishRequest, settle, TestClock, TUESDAY_MORNING } from "./test-support.js";

const WARNING = "Unfall auf der B 27, Verletzte";

function setup() {
  const clock = new TestClock(TUESDAY_MORNING);
  const store = createMemoryStore().tenant("musterstadt");
  const network = createSandboxNetwork({ clock, store, rateLimit: false });
  return { ...network, store, context: () => callContext(clock) };
}

async function refusal(promise: Promise<unknown>): Promise<NetworkError> {
  const { error } = await settle(promise);
  expect(NetworkError.isNetworkError(error), `expected a NetworkError, got ${String(error)}`).toBe(true);
  return error as NetworkError;
}

describe("sandbox: content warnings", () => {
  it("declares them, and a rule that counts the warning with the text, as Mastodon does", () => {
    const { adapter } = setup();
    expect(adapter.capabilities.contentWarnings).toBe(true);
    expect(adapter.capabilities.text.contentWarningCounts).toBe(true);
    expect(networkCapabilitiesV1Schema.safeParse(adapter.capabilities).success).toBe(true);
  });

  it("keeps the warning as written, in its own field, next to the unchanged text; a post without one (or with an empty one) has none", async () => {
    const { adapter, control, store, context } = setup();
    const warning = "⚠️ <b>Unfall</b> auf der B 27 – Verletzte";
    const withWarning = await adapter.publish(publishRequest({ idempotencyKey: "mit", contentWarning: warning }), context());
    const plain = await adapter.publish(publishRequest({ idempotencyKey: "ohne" }), context());
    const empty = await adapter.publish(publishRequest({ idempotencyKey: "leer", contentWarning: "" }), context());

    const stored = await store.collection("sandbox-posts").require(withWarning.remoteId);
    expect(stored).toMatchObject({ contentWarning: warning, text: publishRequest().text });
    expect(await store.collection("sandbox-posts").require(plain.remoteId)).not.toHaveProperty("contentWarning");
    expect(await store.collection("sandbox-posts").require(empty.remoteId)).not.toHaveProperty("contentWarning");

    const published = await control.published();
    expect(published.find((post) => post.remoteId === withWarning.remoteId)).toMatchObject({ contentWarning: warning, text: publishRequest().text });
    expect(published.find((post) => post.remoteId === plain.remoteId)).not.toHaveProperty("contentWarning");
  });

  it("takes a warning and a text that together are exactly 500, and refuses one more, with a German reason and nothing stored", async () => {
    const { adapter, control, context } = setup();
    const atLimit = "a".repeat(500 - WARNING.length);
    expect(measurePostText(atLimit, WARNING, SANDBOX_COUNTING_RULE).limits[0]?.used).toBe(500);
    await adapter.publish(publishRequest({ idempotencyKey: "genau", text: atLimit, contentWarning: WARNING }), context());

    const error = await refusal(adapter.publish(publishRequest({ idempotencyKey: "zu-lang", text: `${atLimit}a`, contentWarning: WARNING }), context()));
    expect(error).toMatchObject({ kind: "rejected-content", status: 422 });
    expect(error.networkReason).toBe("Inhaltswarnung und Text sind zusammen zu lang: 501 von höchstens 500 Zeichen (die Inhaltswarnung zählt mit; Links zählen als 23, nur im Text).");
    expect((await control.published()).map((post) => post.idempotencyKey)).toEqual(["genau"]);
    // The same text alone fits: only the warning made it too long.
    await adapter.publish(publishRequest({ idempotencyKey: "ohne-warnung", text: `${atLimit}a` }), context());
  });

  it("counts a link in the warning as written, and one in the text as 23", async () => {
    const { adapter, context } = setup();
    const link = `https://www.musterstadt.example/${"verkehr/".repeat(5)}b27`;
    const warning = `Details: ${link}`;
    const text = `Umleitung: ${link} `;
    const rest = 500 - warning.length - measureText(text, SANDBOX_COUNTING_RULE).weighted;
    await adapter.publish(publishRequest({ idempotencyKey: "genau", text: text + "a".repeat(rest), contentWarning: warning }), context());
    const error = await refusal(adapter.publish(publishRequest({ idempotencyKey: "zu-lang", text: text + "a".repeat(rest + 1), contentWarning: warning }), context()));
    expect(error.kind).toBe("rejected-content");
  });

  it("refuses a warning that is not a string as a malformed request", async () => {
    const { adapter, context } = setup();
    const error = await refusal(adapter.publish(publishRequest({ contentWarning: 42 as unknown as string }), context()));
    expect(error).toMatchObject({ kind: "permanent", status: 400 });
    expect(error.message).toMatch(/contentWarning must be a string/);
  });

  it("takes exactly what measurePostText says fits, for any warning and text", async () => {
    const { adapter, control, context } = setup();
    const piece = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }), fc.constantFrom("https://www.musterstadt.example/rathaus", "@erika@social.example", "👩‍👩‍👧‍👦", "e\u0301"));
    const words = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(words.filter((text) => text.trim() !== ""), fc.option(words, { nil: undefined }), async (text, contentWarning) => {
        const key = `key-${++run}`;
        const fits = measurePostText(text, contentWarning, SANDBOX_COUNTING_RULE).fits;
        const { error } = await settle(adapter.publish(publishRequest({ idempotencyKey: key, text, ...(contentWarning === undefined ? {} : { contentWarning }) }), context()));
        if (fits) {
          expect(error).toBeUndefined();
          expect((await control.published()).find((post) => post.idempotencyKey === key)).toMatchObject({ text, ...(contentWarning ? { contentWarning } : {}) });
        } else {
          expect(error).toMatchObject({ kind: "rejected-content" });
        }
      }),
      { numRuns: 60 },
    );
  });
});
