export {
  validate,
  safeValidate,
  issueParams,
  formatPath,
  ValidationError,
  isValidationError,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from "./validate.js";
export { validationMessages, type ValidationMessageKey } from "./validation-messages.js";
export { isWellFormedText } from "./well-formed-text.js";
