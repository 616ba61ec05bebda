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
  // The marker is switched off when the work ends, so that a timer or listener
  // started inside it (and so carrying its async context) may write later.
  readonly #inside = new AsyncLocalStorage<{ active: boolean }>();

  constructor(private readonly organisationId: string) {}

  /** Runs `work` when every earlier holder has finished. */
  async run<R>(work: () => Promise<R>): Promise<R> {
    if (this.#inside.getStore()?.active) {
      throw new CoreError(
        "CORE_INVALID_ARGUMENT",
        `A write to organisation "${this.organisationId}" was made through the tenant store from inside one of its own transactions; use the transaction's repositories (the \`tx\` argument) instead.`,
      );
    }
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const marker = { active: true };
    try {
      return await this.#inside.run(marker, work);
    } finally {
      marker.active = false;
      release();
    }
  }
}
