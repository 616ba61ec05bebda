export { KommuneError, type KommuneErrorOptions } from "./kommune-error.js";
export { defineErrorCodes, type ErrorCode } from "./error-codes.js";
export { CORE_ERROR_CODES, CoreError, type CoreErrorCode } from "./core-errors.js";
