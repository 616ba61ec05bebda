// The example runs as a test, so that it cannot drift from what the packages do.
import { expect, it } from "vitest";
import { main } from "./main.js";

it("connects, publishes, collects and answers against the fake Mastodon", { timeout: 60_000 }, async () => {
  const lines = await main(() => {});
  const text = lines.join("\n");
  expect(text).toMatch(/Verbunden: @musterstadt@social\.musterstadt\.example/);
  expect(lines.filter((line) => line.includes("veröffentlicht: https://social.musterstadt.example/@musterstadt/"))).toHaveLength(2);
  expect(text).toMatch(/Im Posteingang: @anna@anderes\.social: „Gibt es auch Parkplätze für Fahrräder\?“/);
  expect(text).toMatch(/Kennzahlen: 12 Mal favorisiert, 4 Mal geteilt, 1234 Follower/);
  expect(text).toMatch(/Auf Mastodon steht: „@anna@anderes\.social Ja, am Rathaus/);
});
