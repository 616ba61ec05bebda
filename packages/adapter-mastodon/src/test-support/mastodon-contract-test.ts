import { it } from "vitest";
import { loadMastodonContract, type MastodonContract } from "./mastodon-contract.js";

/**
 * A test that needs the Mastodon OpenAPI description. When the file is
 * missing, the test is registered as skipped, with a title that says where
 * the file was looked for and how to provide it; on CI (`CI` set) it fails
 * instead, so that a build never passes without the contract checks.
 *
 * @example
 * ```ts
 * contractTest("every answer keeps the contract", async (contract) => { ... });
 * ```
 */
export function contractTest(title: string, run: (contract: MastodonContract) => unknown, timeoutMs?: number): void {
  const loaded = loadMastodonContract();
  if (!("missing" in loaded)) {
    it(title, async () => {
      await run(loaded);
    }, timeoutMs);
  } else if (process.env.CI) {
    it(title, () => {
      throw new Error(loaded.missing);
    });
  } else {
    it.skip(`${title} (skipped: ${loaded.missing})`, () => {});
  }
}
