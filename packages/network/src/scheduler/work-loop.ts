import type { CancelTimer, Clock, Logger } from "@kommune-sm/core";
import { DueQueue } from "./due-queue.js";

/** Options of a {@link WorkLoop}. */
export interface WorkLoopOptions {
  /** Timers and "now". */
  readonly clock: Clock;
  /** Works on one due id; a rejection is logged and the id looked at again after `retryAfterMs`. */
  readonly work: (id: string) => Promise<void>;
  /** Finds work that other workers added (the store's due deliveries); called every `pollIntervalMs`. */
  readonly poll: () => Promise<void>;
  /** How often to poll (ms); 0: never. */
  readonly pollIntervalMs: number;
  /** Ids worked on at the same time. */
  readonly concurrency: number;
  /**
   * How long a work may run before the same id may be worked on again by this
   * loop (ms): the lease. A work that hangs past it no longer holds its id, so
   * the delivery is taken back here as anywhere else (compare-and-set in the
   * store decides which outcome counts).
   */
  readonly leaseMs: number;
  /** For failed works; never with a credential. */
  readonly logger: Logger;
  /** Scrubs what a failed work's error says before it is logged. */
  readonly describe: (error: unknown) => string;
  /** What the works are, for log lines; default "delivery". */
  readonly name?: string;
}

/**
 * The worker loop: a due queue (a binary heap, about 71 bytes per id), one
 * timer on the clock for the earliest entry, a poll for work other workers
 * added, and at most `concurrency` works at a time. It knows ids and instants
 * only; what a work does is the caller's.
 */
export class WorkLoop {
  readonly #options: WorkLoopOptions;
  readonly #queue = new DueQueue();
  /** The works in progress, by id, with when each began. */
  readonly #running = new Map<string, { readonly done: Promise<void>; readonly since: number }>();
  #waiting: string[] = [];
  #timer: CancelTimer | undefined;
  #timerAt = Number.POSITIVE_INFINITY;
  #poll: CancelTimer | undefined;
  #started = false;

  constructor(options: WorkLoopOptions) {
    this.#options = options;
  }

  /** Ids waiting for their time. */
  get queued(): number {
    return this.#queue.size;
  }

  /** True while a work on `id` runs. */
  isRunning(id: string): boolean {
    return this.#running.has(id);
  }

  /** Starts the timers. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.arm();
    this.#schedulePoll();
  }

  /** Stops the timers; works in progress go on (see {@link idle}). */
  stop(): void {
    this.#started = false;
    this.#timer?.();
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
    this.#poll?.();
    this.#poll = undefined;
    this.#waiting = [];
  }

  /** Waits for `id` at `at` (epoch ms; replaces an earlier wait for it). */
  enqueue(id: string, at: number): void {
    this.#queue.push(id, at);
  }

  /** Forgets `id` (it is done, or was cancelled). */
  forget(id: string): void {
    this.#queue.delete(id);
  }

  /** Resolves when no work runs (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running.values()].map((r) => r.done));
  }

  /** Works off what is due now, without waiting for it. */
  tick(): void {
    // A loop, not push(...due): a backlog of 150,000 due at once would overflow the call stack.
    for (const id of this.#queue.takeDue(this.#options.clock.now())) this.#waiting.push(id);
    this.#pump();
    this.arm();
  }

  /** Sets the timer for the earliest entry. */
  arm(): void {
    if (!this.#started) return;
    const next = this.#queue.peek();
    if (next === undefined) return;
    if (next >= this.#timerAt && this.#timer) return;
    this.#timer?.();
    this.#timerAt = next;
    this.#timer = this.#options.clock.setTimer(next, () => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      this.tick();
    });
  }

  #pump(): void {
    const { clock, concurrency, leaseMs } = this.#options;
    while (this.#running.size < concurrency && this.#waiting.length > 0) {
      const id = this.#waiting.shift()!;
      const running = this.#running.get(id);
      // Its own work still runs: the id comes back when that work's lease has run out.
      if (running && clock.now() - running.since < leaseMs) {
        this.#queue.push(id, running.since + leaseMs);
        continue;
      }
      // Before the work starts: its claim's lease begins no earlier than this.
      const since = clock.now();
      const done: Promise<void> = this.#options
        .work(id)
        .catch((error: unknown) => {
          // A store failure mid-way: the delivery is still in the outbox. It
          // is looked at again when a lease this worker may have taken has
          // run out (then reconciled, if the call may have gone through).
          if (this.#options.name === undefined) this.#options.logger.error("delivery processing failed", { deliveryId: id, error: this.#options.describe(error) });
          else this.#options.logger.error(`${this.#options.name} failed`, { id, error: this.#options.describe(error) });
          this.#queue.push(id, clock.now() + leaseMs);
        })
        .finally(() => {
          if (this.#running.get(id)?.done === done) this.#running.delete(id);
          this.#pump();
          this.arm();
        });
      this.#running.set(id, { done, since });
    }
  }

  #schedulePoll(): void {
    const { pollIntervalMs, clock } = this.#options;
    if (!this.#started || pollIntervalMs <= 0) return;
    this.#poll = clock.setTimer(clock.now() + pollIntervalMs, () => {
      void this.#options
        .poll()
        .catch((error: unknown) => this.#options.logger.error(`${this.#options.name ?? "publishing"} poll failed`, { error: this.#options.describe(error) }))
        .finally(() => this.#schedulePoll());
    });
  }
}
