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
  // The marker is switched off when the work ends, so that a timer or listener
  // started inside it (and so carrying its async context) may write later.
  readonly #inside = new AsyncLocalStorage<{ active: boolean }>();

  constructor(private readonly organisationId: string) {}

  /** Runs `work` when every earlier holder has finished. */
  async run<R>(work: () => Promise<R>): Promise<R> {
    if (this.#syncHeld || this.#inside.getStore()?.active) throw this.#reentered();
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
    }
  }

  /**
   * Runs synchronous `work` under the lock: at once when nobody holds it or
   * waits for it, else after them, like {@link run}. A synchronous holder
   * cannot be interleaved with, so it needs no promise to wait on and no
   * async context; that is what makes a short synchronous transaction cheap.
   */
  runSync<R>(work: () => R): Promise<R> {
    if (this.#syncHeld) return Promise.reject(this.#reentered());
    if (this.#queued > 0) return this.run(async () => this.#hold(work));
    try {
      return Promise.resolve(this.#hold(work));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #hold<R>(work: () => R): R {
    this.#syncHeld = true;
    try {
      return work();
    } finally {
      this.#syncHeld = false;
    }
  }

  #reentered(): CoreError {
    return new CoreError(
      "CORE_INVALID_ARGUMENT",
      `A write to organisation "${this.organisationId}" was made through the tenant store from inside one of its own transactions; use the transaction's repositories (the \`tx\` argument) instead.`,
    );
  }
}
