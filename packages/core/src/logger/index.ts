export {
  type Logger,
  type LogFields,
  type LogLevel,
  type LogSink,
  silentLogger,
  createConsoleLogger,
  withRedaction,
  redactSecrets,
  redactText,
  REDACTED,
} from "./logger.js";
