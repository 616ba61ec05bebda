import { executionAsyncId } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { TenantLock } from "./tenant-lock.js";

/**
 * Whether promise hooks are on in this process: with them, each awaited
 * continuation runs under an async id of its own; without them, it runs under
 * its caller's.
 */
async function promiseHooksOn(): Promise<boolean> {
  await null;
  const first = executionAsyncId();
  await null;
  return executionAsyncId() !== first;
}

// Node 24 runs AsyncLocalStorage on AsyncContextFrame, which needs no promise
// hooks at all: there they are never on, and what is tested below (off again
// once idle) holds trivially.
const hooksWhileHeld = Number(process.versions.node.split(".")[0]) < 24;

describe("TenantLock", () => {
  it("leaves no promise hooks on once no holder runs or waits, so that the embedding application's promises do not pay for them", async () => {
    // Precondition: nothing else in this process keeps them on.
    expect(await promiseHooksOn()).toBe(false);
    const lock = new TenantLock("a");
    let during = false;
    await lock.run(async () => {
      during = await promiseHooksOn();
    });
    expect(during).toBe(hooksWhileHeld);
    expect(await promiseHooksOn()).toBe(false);
    // Several holders in a row: on while any of them runs or waits, off after the last.
    const seen: boolean[] = [];
    await Promise.all([1, 2, 3].map(() => lock.run(async () => void seen.push(await promiseHooksOn()))));
    expect(seen).toEqual([hooksWhileHeld, hooksWhileHeld, hooksWhileHeld]);
    expect(await promiseHooksOn()).toBe(false);
    // And a later holder is still told apart from work outside it.
    await expect(lock.run(async () => lock.run(async () => 1))).rejects.toThrow(/from inside one of its own transactions/);
    expect(await promiseHooksOn()).toBe(false);
  });

  it("refuses a nested run from inside its work, also in a later holder and after awaits and timers", async () => {
    const lock = new TenantLock("a");
    await expect(lock.run(async () => lock.run(async () => 1))).rejects.toThrow(/from inside one of its own transactions/);
    const later = lock.run(async () => {
      await null;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return lock.run(async () => 2);
    });
    await expect(later).rejects.toThrow(/from inside one of its own transactions/);
  });

  it("lets work started inside a holder (a timer) take the lock after the holder has ended", async () => {
    const lock = new TenantLock("a");
    let fromTimer: Promise<string> | undefined;
    const timerFired = new Promise<void>((resolve) => {
      void lock.run(async () => {
        setTimeout(() => {
          fromTimer = lock.run(async () => "later");
          resolve();
        }, 5);
      });
    });
    await timerFired;
    await expect(fromTimer).resolves.toBe("later");
  });

  it("runs holders one after another while several wait, each seeing the one before it finished", async () => {
    const lock = new TenantLock("a");
    const order: string[] = [];
    await Promise.all(
      ["a", "b", "c"].map((name) =>
        lock.run(async () => {
          order.push(`${name}+`);
          await new Promise((resolve) => setTimeout(resolve, 1));
          order.push(`${name}-`);
        }),
      ),
    );
    expect(order).toEqual(["a+", "a-", "b+", "b-", "c+", "c-"]);
  });
});
