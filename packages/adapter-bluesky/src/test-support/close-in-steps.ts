/*
 * A teardown in named steps under one deadline. Written by hand because the
 * one thing needed — "give up waiting on a step, report which, and still run
 * the rest" — is a few lines, and the libraries for it (p-timeout and the
 * like) would only wrap each step while the deadline and the report stay ours.
 *
 * Why: once in a full CI run the dev-env network's close() did not settle
 * within the 60 s of the test file's afterAll hook, and the file failed
 * although every test in it had passed. A step that hangs is now left
 * behind with a line on stderr naming it, and the steps after it (stopping
 * PostgreSQL, removing the run folder) still run, inside the hook's time.
 */

/** One step of a teardown. */
export interface CloseStep {
  /** Named in the report when the step runs past the deadline or fails. */
  readonly name: string;
  readonly run: () => Promise<unknown>;
  /** A failure of this step is reported, not thrown (e.g. stopping a database that is already gone). */
  readonly failureIsQuiet?: boolean;
}

export interface CloseInStepsOptions {
  /** Time for all steps together; a step gets what is left of it. */
  readonly budgetMs: number;
  /** Steps that always run, after the others, each with this much time even when the budget is spent. */
  readonly finallySteps?: readonly CloseStep[];
  readonly finallyMs?: number;
  /** Time for a step that starts after the budget is spent; default one second. */
  readonly lateStepMs?: number;
  /** Where the report goes; default: a line on stderr. */
  readonly report?: (line: string) => void;
}

const TIMED_OUT = Symbol("timed out");

/** Resolves with the outcome of `work`, or with {@link TIMED_OUT} after `ms`; clears its timer either way. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `steps` one after another, then `finallySteps`. Waits at most
 * `budgetMs` (and `lateStepMs` for each step that starts after it is spent),
 * then at most `finallyMs` for each finally step. Throws the first failure
 * of a step that is not quiet, after every step has had its turn.
 */
export async function closeInSteps(steps: readonly CloseStep[], options: CloseInStepsOptions): Promise<void> {
  const report = options.report ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const deadline = performance.now() + options.budgetMs;
  let firstFailure: { error: unknown } | undefined;

  const runStep = async (step: CloseStep, ms: number): Promise<void> => {
    const started = performance.now();
    // A step left behind may still fail later: its failure must not become an unhandled rejection.
    const work = Promise.resolve().then(step.run);
    work.catch(() => undefined);
    try {
      const outcome = await within(work, ms);
      if (outcome === TIMED_OUT) {
        report(`[close] "${step.name}" had not finished after ${Math.round(performance.now() - started)} ms; left behind, the next steps run.`);
      }
    } catch (error) {
      if (step.failureIsQuiet !== true && firstFailure === undefined) firstFailure = { error };
      report(`[close] "${step.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // A step that starts after the budget is spent still gets a second: closing what is left rarely takes longer.
  for (const step of steps) await runStep(step, Math.max(deadline - performance.now(), options.lateStepMs ?? 1_000));
  for (const step of options.finallySteps ?? []) await runStep(step, options.finallyMs ?? 10_000);
  if (firstFailure !== undefined) throw firstFailure.error;
}
