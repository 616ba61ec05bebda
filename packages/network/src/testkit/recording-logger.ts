import type { LogFields, Logger } from "@kommune-sm/core";

/** A logger that keeps every line as text, unredacted, so the kit can see what an adapter logged. */
export interface RecordingLogger extends Logger {
  /** Every line so far: level, message and fields as JSON. */
  readonly lines: string[];
}

/** A {@link RecordingLogger}; children write into the same `lines`. */
export function createRecordingLogger(lines: string[] = [], bindings: LogFields = {}): RecordingLogger {
  const write = (level: string) => (message: string, fields?: LogFields) => {
    lines.push(`${level} ${message} ${stringify({ ...bindings, ...fields })}`);
  };
  return {
    lines,
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (more) => createRecordingLogger(lines, { ...bindings, ...more }),
  };
}

function stringify(fields: LogFields): string {
  try {
    // Errors have no enumerable fields; spell out what a log sink would show.
    return JSON.stringify(fields, (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack, cause: value.cause } : value,
    );
  } catch {
    return String(Object.keys(fields));
  }
}
