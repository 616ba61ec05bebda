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
