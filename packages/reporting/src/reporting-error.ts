import { defineErrorCodes, KommuneError, type ErrorCode } from "@kommune-sm/core";

/** Every code that `@kommune-sm/reporting` throws. */
export const REPORTING_ERROR_CODES = defineErrorCodes("REPORTING", {
  /** A period, its unit, a day or a time zone is not valid; the message says which. */
  REPORTING_INVALID_PERIOD: "A period, a day or a time zone is not valid.",
  /** Two sources (core's built-ins, a plugin, the strategy) define a KPI with the same id differently. */
  REPORTING_KPI_CLASH: "Two sources define a KPI with the same id differently.",
  /** A goal names a KPI that no source defines. */
  REPORTING_UNKNOWN_KPI: "A goal or a request names a KPI that is not defined.",
  /** A KPI or a metric combination cannot be evaluated as asked; the message says why. */
  REPORTING_INVALID_REQUEST: "A KPI, a metric combination or an option is not valid for the evaluation asked for.",
});

/** A code of {@link REPORTING_ERROR_CODES}. */
export type ReportingErrorCode = ErrorCode<typeof REPORTING_ERROR_CODES>;

/** A mistake in what `@kommune-sm/reporting` was asked to do, with a stable code and a message that says what and where. */
export class ReportingError extends KommuneError<ReportingErrorCode> {
  constructor(code: ReportingErrorCode, message: string) {
    super({ code, message });
    this.name = "ReportingError";
  }
}
