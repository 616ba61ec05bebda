import { PublishingError } from "./network-error.js";

/**
 * An adapter broke the adapter spec: it resolved with a malformed result,
 * threw something that cannot be read, or let a secret into its result. Not
 * a network failure, so never retried blindly: the engine records it as a
 * problem a person can read, and marks the delivery uncertain when the call
 * may have reached the network.
 */
export class AdapterDefectError extends PublishingError {
  constructor(
    /** The adapter that broke the spec. */
    readonly adapterId: string,
    /** The operation, e.g. `"publish"`. */
    readonly operation: string,
    /** What was wrong, for developers; no secrets. */
    detail: string,
  ) {
    super("NETWORK_ADAPTER_DEFECT", `The adapter "${adapterId}" broke the adapter spec: ${operation} ${detail}.`);
    this.name = "AdapterDefectError";
  }

  /** True for an {@link AdapterDefectError} from any copy of this package. */
  static isAdapterDefect(error: unknown): error is AdapterDefectError {
    return PublishingError.isInstance(error, "NETWORK_ADAPTER_DEFECT");
  }
}
