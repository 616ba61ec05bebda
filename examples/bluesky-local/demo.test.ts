// The example runs as a test, against the real local network it starts, so that it cannot drift from what the packages do.
import { expect, it } from "vitest";
import { main } from "./main.js";

it("connects, publishes, collects and answers on a local Bluesky network", { timeout: 180_000 }, async () => {
  const lines = await main(() => {});
  const text = lines.join("\n");
  expect(text).toMatch(/Verbunden: @musterstadt-[0-9a-f]{6}\.test/);
  expect(lines.filter((line) => /veröffentlicht: https:\/\/bsky\.app\/profile\/did:plc:[a-z2-7]{24}\/post\/[a-z2-7]{13}$/.test(line.trim()))).toHaveLength(2);
  expect(text).toMatch(/Im Posteingang: @anna-[0-9a-f]{6}\.test: „Gibt es auch Parkplätze für Fahrräder\?“/);
  expect(text).toMatch(/Kennzahlen des Stadtfest-Beitrags: 1 Mal „Gefällt mir“, 1 Antwort/);
  expect(text).toMatch(/Antwort gesendet: https:\/\/bsky\.app\/profile\//);
});
