import type { LogFields, Logger } from "@kommune-sm/core";
import type { SecretScrubber } from "./secret-scrubber.js";

/**
 * `logger` with every secret the scrubber knows taken out of each message
 * and field (errors become their scrubbed name and message). The core's
 * loggers redact secret-looking keys and URL parameters already; this also
 * catches a token an adapter or a network wrote into free text.
 */
export function scrubbingLogger(logger: Logger, scrubber: SecretScrubber): Logger {
  const clean = (fields?: LogFields): LogFields | undefined => (fields === undefined || scrubber.size === 0 ? fields : (scrubber.scrubDeep(fields) as LogFields));
  return {
    debug: (message, fields) => logger.debug(scrubber.scrub(message), clean(fields)),
    info: (message, fields) => logger.info(scrubber.scrub(message), clean(fields)),
    warn: (message, fields) => logger.warn(scrubber.scrub(message), clean(fields)),
    error: (message, fields) => logger.error(scrubber.scrub(message), clean(fields)),
    child: (bindings) => scrubbingLogger(logger.child(clean(bindings) ?? {}), scrubber),
  };
}
