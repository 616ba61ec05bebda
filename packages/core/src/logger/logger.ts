/** Structured detail of a log line. Keys that look like secrets are redacted by every logger the SDK hands out. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Severity of a log line. */
export type LogLevel = "debug" | "info" | "warn" | "error";

/**
 * The logger port. Plugins get one from their setup context, already bound to
 * their name; a suite passes its own (pino, winston, ...) through
 * `createKommune({ logger })`.
 */
export interface Logger {
  /** Detail for finding a fault; usually switched off. */
  debug(message: string, fields?: LogFields): void;
  /** Something normal worth knowing happened. */
  info(message: string, fields?: LogFields): void;
  /** Something went wrong but the work went on. */
  warn(message: string, fields?: LogFields): void;
  /** Something failed. */
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: LogFields): Logger;
}

const levels: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** A logger that drops everything: the default, so that a library stays quiet unless asked. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};

/** Where {@link createConsoleLogger} writes; default `console`. */
export interface LogSink {
  /** Writes one line, a JSON object without a trailing newline. */
  log(line: string): void;
}

/**
 * A logger that writes one JSON object per line (level, time, message, fields).
 *
 * @example
 * ```ts
 * const logger = createConsoleLogger({ level: "info" });
 * logger.child({ organisation: "musterstadt" }).info("post approved", { postId });
 * ```
 */
export function createConsoleLogger(options: { level?: LogLevel; sink?: LogSink; now?: () => number } = {}): Logger {
  const threshold = levels[options.level ?? "info"];
  const sink = options.sink ?? { log: (line: string) => console.log(line) };
  const now = options.now ?? Date.now;
  const make = (bindings: LogFields): Logger => {
    const write = (level: LogLevel) => (message: string, fields?: LogFields) => {
      if (levels[level] < threshold) return;
      const line = { level, time: new Date(now()).toISOString(), message, ...redactSecrets({ ...bindings, ...fields }) };
      sink.log(JSON.stringify(line));
    };
    return {
      debug: write("debug"),
      info: write("info"),
      warn: write("warn"),
      error: write("error"),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

/**
 * Wraps any logger so that secret-looking fields are redacted before they
 * reach it. The SDK wraps the logger a suite passes in with this, so a plugin
 * that logs `{ token }` by mistake does not leak it.
 */
export function withRedaction(logger: Logger): Logger {
  // Nothing is written, so there is nothing to redact: the default logger of
  // an instance costs its callers no redaction of fields that are dropped.
  if (logger === silentLogger) return silentLogger;
  return {
    debug: (message, fields) => logger.debug(message, fields && redactSecrets(fields)),
    info: (message, fields) => logger.info(message, fields && redactSecrets(fields)),
    warn: (message, fields) => logger.warn(message, fields && redactSecrets(fields)),
    error: (message, fields) => logger.error(message, fields && redactSecrets(fields)),
    child: (bindings) => withRedaction(logger.child(redactSecrets(bindings))),
  };
}

const secretKey = /token|secret|passw(or)?d|authori[sz]ation|cookie|api[-_]?key|credential|private[-_]?key|bearer/i;

/** The value that replaces a secret. */
export const REDACTED = "[redacted]";

/**
 * A copy of `fields` in which every value under a secret-looking key (token,
 * secret, password, authorization, cookie, api key, credential, private key),
 * at any depth, is replaced by {@link REDACTED}; strings pass through
 * {@link redactText}; errors become name, (redacted) message and code.
 */
export function redactSecrets(fields: LogFields): Record<string, unknown> {
  return redactValue(fields, 0) as Record<string, unknown>;
}

// Credentials that sit inside text rather than under a telling key: a query
// parameter in a URL (`?access_token=…`), an Authorization header value
// (`Bearer …`, `Basic …`), a password in a URL (`https://user:pw@host`).
const secretParameter = /((?:^|[?&;,\s])(?:access_token|refresh_token|id_token|token|api_key|apikey|key|secret|client_secret|password|passwd|pwd|sig|signature|code)=)[^&#\s"']+/gi;
const secretScheme = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/g;
const urlPassword = /\b([a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^@\s/]+@/gi;

/**
 * `text` with credentials in it replaced by {@link REDACTED}: secret-named URL
 * query parameters, `Bearer`/`Basic` credentials and passwords in URLs. For
 * error messages and other free text that leaves the process (logs, events).
 *
 * @example
 * ```ts
 * redactText("GET https://api.example/me?access_token=abc failed"); // "…?access_token=[redacted] failed"
 * ```
 */
export function redactText(text: string): string {
  return text.replace(secretParameter, `$1${REDACTED}`).replace(secretScheme, `$1 ${REDACTED}`).replace(urlPassword, `$1${REDACTED}@`);
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redactText(value);
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: redactText(value.message), ...(typeof code === "string" ? { code } : {}) };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = secretKey.test(key) ? REDACTED : redactValue(inner, depth + 1);
  }
  return out;
}
