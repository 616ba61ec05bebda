// What a user relies on from a built package, checked against one module
// system's copy at a time (see run.mjs for the cross-copy checks).
import assert from "node:assert/strict";
import path from "node:path";

/**
 * @param {{ system: string, core: any, testkit: any | undefined, z: any, entry: string, testkitEntry: string }} loaded
 *   `testkit` is undefined where it is only resolved, not loaded (CommonJS, see consumer.cjs)
 * @param {{ coreDir: string, extension: string }} expected
 * @returns {Promise<string[]>} the names of the checks that passed
 */
export async function checkBuild(loaded, { coreDir, extension }) {
  const { core, testkit, z } = loaded;
  const passed = [];
  const check = async (name, body) => {
    try {
      await body();
    } catch (error) {
      throw new Error(`${loaded.system}: ${name}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    passed.push(name);
  };

  await check(`"@kommune-sm/core" resolves to the built dist/index${extension}`, () => {
    assert.equal(loaded.entry, path.join(coreDir, "dist", `index${extension}`));
  });
  await check(`"@kommune-sm/core/testkit" resolves to the built dist/testkit/index${extension}`, () => {
    assert.equal(loaded.testkitEntry, path.join(coreDir, "dist", "testkit", `index${extension}`));
  });

  await check("CoreError carries its code and is recognised by KommuneError.isInstance", () => {
    const error = new core.CoreError("CORE_NOT_FOUND", "Post 42 does not exist.");
    assert.ok(error instanceof Error);
    assert.equal(error.code, "CORE_NOT_FOUND");
    assert.equal(error.name, "CoreError");
    assert.equal(core.KommuneError.isInstance(error), true);
    assert.equal(core.KommuneError.isInstance(error, "CORE_NOT_FOUND"), true);
    assert.equal(core.KommuneError.isInstance(error, "CORE_CONFLICT"), false);
    assert.equal(core.KommuneError.isInstance(new Error("plain")), false);
    assert.deepEqual(error.toJSON(), { name: "CoreError", code: "CORE_NOT_FOUND", message: "Post 42 does not exist." });
  });

  await check("validate returns the parsed value and throws a ValidationError with field paths", () => {
    const schema = z.object({ name: z.string(), ags: z.string().length(8) });
    assert.deepEqual(core.validate(schema, { name: "Musterstadt", ags: "09162000" }), { name: "Musterstadt", ags: "09162000" });
    let thrown;
    try {
      core.validate(schema, { name: 7, ags: "0916" }, { locale: "en", entity: "Kommune" });
    } catch (error) {
      thrown = error;
    }
    assert.ok(core.isValidationError(thrown), "validate did not throw a ValidationError");
    assert.equal(core.KommuneError.isInstance(thrown, "CORE_VALIDATION_FAILED"), true);
    assert.deepEqual(thrown.issues.map((issue) => issue.path), ["name", "ags"]);
    assert.equal(thrown.locale, "en");
    const result = core.safeValidate(schema, { name: "Musterstadt" });
    assert.equal(result.success, false);
  });

  if (testkit) {
    await check("./testkit and the root entry share one copy of the code (TestClock is one class)", () => {
      assert.equal(testkit.TestClock, core.TestClock, "the two entry points carry two copies of TestClock");
    });
  }

  await check("TestClock fires timers in order as it is advanced", async () => {
    const clock = new core.TestClock("2026-03-29T00:30:00Z");
    const fired = [];
    clock.setTimer(clock.now() + 120_000, () => fired.push("second"));
    clock.setTimer(clock.now() + 60_000, () => fired.push("first"));
    await clock.advanceBy(90_000);
    assert.deepEqual(fired, ["first"]);
    await clock.advanceBy(30_000);
    assert.deepEqual(fired, ["first", "second"]);
    assert.equal(new Date(clock.now()).toISOString(), "2026-03-29T00:32:00.000Z");
  });

  await check("an error thrown inside the package is a CoreError of the same copy", async () => {
    const clock = new core.TestClock(0);
    await assert.rejects(clock.advanceBy(-1), (error) => error instanceof core.CoreError && error.code === "CORE_INVALID_ARGUMENT");
  });

  return passed;
}
