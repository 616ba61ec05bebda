import { redactText } from "../logger/logger.js";
import type { ListenerFailedData } from "./event-catalogue.js";

/**
 * Reduces anything thrown to `name`, `message` and a string `code`. Never
 * throws, even for a hostile value (a getter that throws, a revoked proxy):
 * it runs where an error is already being handled.
 */
export function summariseError(thrown: unknown): ListenerFailedData["error"] {
  try {
    // Messages go on to brokers and webhooks: credentials in them are redacted.
    if (typeof thrown === "string") return { name: "Error", message: redactText(thrown) };
    if (typeof thrown !== "object" || thrown === null) {
      return { name: "Error", message: redactText(`A non-error value was thrown: ${String(thrown)}`) };
    }
    const { name, message, code } = thrown as { name?: unknown; message?: unknown; code?: unknown };
    const summary = {
      name: typeof name === "string" && name !== "" ? name : "Error",
      // A thrown object without a message is not turned into a string: its
      // fields are exactly what must not leak.
      message: typeof message === "string" ? redactText(message) : "A non-error object was thrown.",
    };
    return typeof code === "string" ? { ...summary, code } : summary;
  } catch {
    return { name: "Error", message: "An error was thrown that could not be read." };
  }
}
