import type { CancelTimer, Clock } from "../clock/clock.js";
import { CoreError } from "../errors/core-errors.js";
import { KommuneError } from "../errors/kommune-error.js";
import type { AuditLog } from "./audit-log.js";

/** When {@link AuditAnchoring} anchors by itself: `createKommune`'s `auditAnchoring` option. */
export interface AuditAnchoringOptions {
  /**
   * How often the log's head is looked at, in milliseconds of the instance's
   * clock; when it moved since the last anchoring, it is anchored. Default
   * 60,000 (a minute); at least 1,000. Entries appended after the newest
   * anchored head are not protected by it, so a shorter interval narrows
   * that window, at the cost of one read of the head per interval (and an
   * anchor record each time the head moved).
   */
  readonly intervalMs?: number;
}

/** What `audit.anchoring-failed` carries, and what {@link AuditAnchoring} reports when an anchoring fails. */
export interface AuditAnchoringFailedData {
  /** The organisation whose head was not anchored. */
  readonly organisationId: string;
  /** The anchor's sink, e.g. `"file:/mnt/anchors/kommune-sm-anchors.jsonl"`. */
  readonly sink: string;
  /**
   * The error's code when it has one: `CORE_AUDIT_CHAIN_BROKEN` when the log
   * no longer extends its last anchored head (it was rewritten: look at
   * once), else a failure of the sink or key source (`ENOSPC`, `EACCES`, ...).
   */
  readonly code?: string;
  /** What went wrong, in English. */
  readonly message: string;
}

const defaultIntervalMs = 60_000;

/**
 * Anchors an {@link AuditLog}'s head by itself: every `intervalMs` it looks
 * at the head and anchors it when it moved, and once more when stopped. It
 * watches the head rather than each append, so appends cost nothing extra
 * and appends through any path (the workflow, the publishing engine, another
 * process on the same store) are anchored alike.
 *
 * A failure never reaches the code that appends: it is handed to
 * `onFailure` (once until the next anchoring succeeds, or a different
 * failure happens), and the next interval tries again. `createKommune`
 * runs one when given `auditAnchor`, logs failures and emits
 * `audit.anchoring-failed`.
 */
export class AuditAnchoring {
  readonly #log: AuditLog;
  readonly #clock: Clock;
  readonly #intervalMs: number;
  readonly #onFailure: (failure: AuditAnchoringFailedData, error: unknown) => void;
  readonly #sink: string;
  #cancel: CancelTimer | undefined;
  #running: Promise<void> | undefined;
  #stopped = false;
  #lastReported: string | undefined;

  constructor(options: {
    readonly log: AuditLog;
    readonly clock: Clock;
    /** The sink's name, for the failures reported. */
    readonly sink: string;
    readonly intervalMs?: number | undefined;
    readonly onFailure: (failure: AuditAnchoringFailedData, error: unknown) => void;
  }) {
    const intervalMs = options.intervalMs ?? defaultIntervalMs;
    if (!Number.isSafeInteger(intervalMs) || intervalMs < 1_000) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `auditAnchoring.intervalMs must be a whole number of milliseconds of 1000 or more, got ${String(intervalMs)}.`);
    }
    if (!options.log.hasAnchor) throw new CoreError("CORE_INVALID_ARGUMENT", "AuditAnchoring needs an AuditLog with an anchor.");
    this.#log = options.log;
    this.#clock = options.clock;
    this.#intervalMs = intervalMs;
    this.#onFailure = options.onFailure;
    this.#sink = options.sink;
  }

  /** Starts looking at the head every `intervalMs`. */
  start(): void {
    if (this.#stopped || this.#cancel) return;
    this.#arm();
  }

  #arm(): void {
    this.#cancel = this.#clock.setTimer(this.#clock.now() + this.#intervalMs, () => {
      this.#cancel = undefined;
      void this.anchorNow().then(() => {
        if (!this.#stopped) this.#arm();
      });
    });
  }

  /** Anchors the head now if it moved; a failure is reported, never thrown. Waits for an anchoring already running. */
  anchorNow(): Promise<void> {
    this.#running = (this.#running ?? Promise.resolve()).then(async () => {
      try {
        await this.#log.anchor();
        this.#lastReported = undefined;
      } catch (error) {
        this.#report(error);
      }
    });
    return this.#running;
  }

  /** Stops the timer, waits for a running anchoring and anchors the head one last time. Idempotent. */
  async stop(): Promise<void> {
    if (this.#stopped) return this.#running;
    this.#stopped = true;
    this.#cancel?.();
    this.#cancel = undefined;
    await this.anchorNow();
  }

  #report(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const code = KommuneError.isInstance(error) ? error.code : typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : undefined;
    const key = `${code ?? ""} ${message}`;
    if (key === this.#lastReported) return;
    this.#lastReported = key;
    try {
      this.#onFailure({ organisationId: this.#log.organisationId, sink: this.#sink, ...(code === undefined ? {} : { code }), message }, error);
    } catch {
      // Whoever is told must not stop the anchoring.
    }
  }
}
