export {
  type Logger,
  type LogFields,
  type LogLevel,
  type LogSink,
  silentLogger,
  createConsoleLogger,
  withRedaction,
  redactSecrets,
  REDACTED,
} from "./logger.js";
