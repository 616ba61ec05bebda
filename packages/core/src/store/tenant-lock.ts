import { AsyncLocalStorage } from "node:async_hooks";
import { CoreError } from "../errors/core-errors.js";

/**
 * Serialises the writes of one tenant: each transaction, and each single write
 * outside a transaction, runs alone. It knows (through AsyncLocalStorage) when
 * it is asked again from inside the work it is running, and throws instead of
 * waiting for itself forever. For store implementations (the memory store and
 * `@kommune-sm/store-sqlite` use it).
 */
export class TenantLock {
  #tail: Promise<void> = Promise.resolve();
  /** Holders and waiters of {@link run}; with {@link runSync}, whether the lock is free now. */
  #queued = 0;
  #syncHeld = false;
  #refusedInside: CoreError | undefined;
  // The marker is switched off when the work ends, so that a timer or listener
  // started inside it (and so carrying its async context) may write later.
  // The storage is enabled only while async holders run or wait (see #disableWhenIdle).
  readonly #inside = new AsyncLocalStorage<{ active: boolean }>();

  constructor(private readonly organisationId: string) {}

  /** Runs `work` when every earlier holder has finished. */
  run<R>(work: () => Promise<R>): Promise<R> {
    if (this.#syncHeld) return this.#refuseInside();
    return this.#queue(work);
  }

  async #queue<R>(work: () => Promise<R>): Promise<R> {
    if (this.#inside.getStore()?.active) throw this.#reentered();
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    this.#queued++;
    try {
      await previous;
      const marker = { active: true };
      try {
        return await this.#inside.run(marker, work);
      } finally {
        marker.active = false;
      }
    } finally {
      this.#queued--;
      release();
      if (this.#queued === 0) this.#disableWhenIdle();
    }
  }

  /**
   * On Node 20 and 22 an enabled AsyncLocalStorage keeps promise hooks on
   * for the whole process: every promise of the embedding application pays
   * for them (about 15% of the publishing engine's time in bench/). So the
   * storage is disabled as soon as no holder runs or waits; the next run()
   * enables it again. That costs a run about 2.7 µs (switching the hooks off
   * and on), little beside a transaction; disabling later instead (on the
   * event loop's next turn) left the hooks on through long bursts of
   * promise-only work, such as the engine sending a backlog, which never
   * gives the event loop a turn. The marker in #queue already answers for
   * work that outlives its run. (On Node 24 disabling only forgets the store
   * of the current async context.)
   */
  #disableWhenIdle(): void {
    this.#inside.disable();
  }

  /**
   * Runs synchronous `work` under the lock: at once when nobody holds it or
   * waits for it, else after them, like {@link run}. A synchronous holder
   * cannot be interleaved with, so it needs no promise to wait on and no
   * async context; that is what makes a short synchronous transaction cheap.
   */
  runSync<R>(work: () => R): Promise<R> {
    if (this.#syncHeld) return this.#refuseInside();
    if (this.#queued > 0) return this.run(async () => this.#hold(work));
    try {
      return Promise.resolve(this.#hold(work));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #hold<R>(work: () => R): R {
    this.#syncHeld = true;
    this.#refusedInside = undefined;
    try {
      return work();
    } finally {
      this.#syncHeld = false;
      this.#refusedInside = undefined;
    }
  }

  /**
   * Resolves once every holder of {@link run} that runs or waits now has
   * finished (also when it failed); holders that come later are not waited
   * for. For a store's `close()`, which lets admitted work end first.
   */
  settled(): Promise<void> {
    return this.#tail;
  }

  /**
   * Whether the caller runs inside the work of a holder of {@link run} that
   * has not ended: work that must not wait for this lock to be free, since it
   * would wait for itself (a store's `close()` checks it).
   */
  get heldByCaller(): boolean {
    return this.#inside.getStore()?.active === true;
  }

  /**
   * For a store's synchronous transaction, at the end of its work and before
   * it commits: throws if the work tried to write through the tenant store
   * instead of `tx`, so that the transaction is rolled back rather than
   * stored without that write. (The work could not await the refusal it got.)
   */
  throwIfRefusedInside(): void {
    const refused = this.#refusedInside;
    this.#refusedInside = undefined;
    if (refused) throw refused;
  }

  /** A write asked for from inside synchronous work: refused, and remembered for {@link throwIfRefusedInside}. */
  #refuseInside(): Promise<never> {
    const error = this.#reentered();
    this.#refusedInside ??= error;
    const refused = Promise.reject(error);
    // The work cannot await it; the transaction reports it instead.
    refused.catch(() => {});
    return refused;
  }

  #reentered(): CoreError {
    return new CoreError(
      "CORE_INVALID_ARGUMENT",
      `A write to organisation "${this.organisationId}" was made through the tenant store from inside one of its own transactions; use the transaction's repositories (the \`tx\` argument) instead.`,
    );
  }
}
