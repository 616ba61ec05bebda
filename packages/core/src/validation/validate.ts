import { z } from "zod";
import { KommuneError } from "../errors/kommune-error.js";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale.js";
import type { MessageValues } from "../i18n/message-catalogue.js";
import { validationMessages, type ValidationMessageKey } from "./validation-messages.js";

/** One problem with an input: where it is, and what was expected. */
export interface ValidationIssue {
  /** Readable path of the field, e.g. `variants[0].media[1].altText`; empty for the input itself. */
  readonly path: string;
  /** The same path as segments. */
  readonly segments: readonly (string | number)[];
  /** zod's issue code (`invalid_type`, `too_big`, `custom`, ...). */
  readonly code: string;
  /** What is wrong, in the requested locale. */
  readonly message: string;
}

/**
 * Input that does not match a schema. `issues` has one entry per problem, each
 * with a field path and a message in the locale that was asked for; `message`
 * lists them all.
 */
export class ValidationError extends KommuneError<"CORE_VALIDATION_FAILED"> {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];
  /** What was validated, e.g. `"Post"`. */
  readonly entity: string;
  /** The locale the issue messages are in. */
  readonly locale: Locale;

  constructor(entity: string, issues: readonly ValidationIssue[], locale: Locale) {
    const lines = issues.map((issue) => `  - ${issue.path || "(input)"}: ${issue.message}`);
    super({ code: "CORE_VALIDATION_FAILED", message: `Invalid ${entity}:\n${lines.join("\n")}` });
    this.name = "ValidationError";
    this.issues = issues;
    this.entity = entity;
    this.locale = locale;
  }

}

/** True for a {@link ValidationError} from any copy of this package. */
export function isValidationError(error: unknown): error is ValidationError {
  return KommuneError.isInstance(error, "CORE_VALIDATION_FAILED") && Array.isArray((error as ValidationError).issues);
}

/** Options of {@link validate} and {@link safeValidate}. */
export interface ValidateOptions {
  /** Language of the issue messages; default German. */
  readonly locale?: Locale;
  /** Name of what is validated, for the error message; default `"input"`. */
  readonly entity?: string;
}

/** The outcome of {@link safeValidate}. */
export type ValidationResult<T> =
  | {
      /** The input matched. */
      readonly success: true;
      /** The parsed value, with defaults applied. */
      readonly data: T;
    }
  | {
      /** The input did not match. */
      readonly success: false;
      /** What is wrong, field by field. */
      readonly error: ValidationError;
    };

/**
 * Parameters for a custom issue in a refinement, so that its message comes
 * from the SDK's catalogue in the caller's locale.
 *
 * @example
 * ```ts
 * ctx.addIssue({ code: "custom", path: ["ags"], ...issueParams("ags.format") });
 * ```
 */
export function issueParams(messageKey: ValidationMessageKey, values?: MessageValues): {
  /** The message key; {@link validate} replaces it with the message in the caller's locale. */
  message: string;
  /** What the error map needs to word the message. */
  params: {
    /** The catalogue key of the message. */
    messageKey: ValidationMessageKey;
    /** Values for the message's placeholders. */
    values?: MessageValues;
  };
} {
  return { message: messageKey, params: values ? { messageKey, values } : { messageKey } };
}

// One parse-options object per locale, built once.
const parseOptions: Record<Locale, { error: z.core.$ZodErrorMap }> = {
  de: { error: localeErrorMap("de") },
  en: { error: localeErrorMap("en") },
};

function localeErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const zodLocale = locale === "de" ? z.locales.de().localeError : z.locales.en().localeError;
  return (issue) => {
    if (issue.code === "custom") {
      const params = (issue as { params?: { messageKey?: string; values?: MessageValues } }).params;
      if (params?.messageKey && validationMessages.has(params.messageKey)) {
        return validationMessages.format(locale, params.messageKey, params.values);
      }
    }
    return zodLocale(issue);
  };
}

/**
 * Checks `input` against `schema` and returns the parsed value, or throws a
 * {@link ValidationError} that names every wrong field.
 *
 * @example
 * ```ts
 * const organisation = validate(OrganisationSchema, input, { locale: "en", entity: "Organisation" });
 * ```
 */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown, options: ValidateOptions = {}): z.output<Schema> {
  const result = safeValidate(schema, input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Like {@link validate}, but returns the error instead of throwing it. */
export function safeValidate<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<z.output<Schema>> {
  // The happy path is a bare safeParse: passing an error map costs about a
  // fifth of the parse even when nothing fails. Only a failing input is parsed
  // again, with the locale's error map, to word its issues.
  const result = schema.safeParse(input);
  if (result.success) return result;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const worded = schema.safeParse(input, parseOptions[locale]);
  const issues = worded.success ? result.error.issues : worded.error.issues;
  const entity = options.entity ?? "input";
  return { success: false, error: new ValidationError(entity, toIssues(issues, locale, entity), locale) };
}

function toIssues(issues: readonly z.core.$ZodIssue[], locale: Locale, entity: string): ValidationIssue[] {
  return issues.map((issue) => {
    const segments = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    const path = formatPath(segments);
    let message = issue.message;
    if (issue.code === "custom" && validationMessages.has(issue.message)) {
      // `{field}` names where the problem is, so that a message read on its own (in a toast, a log line) still says it.
      const values = { field: path || entity, ...(issue as { params?: { values?: MessageValues } }).params?.values };
      message = validationMessages.format(locale, issue.message, values);
    }
    return { path, segments, code: issue.code, message };
  });
}

/** `["variants", 0, "media", 1, "altText"]` → `variants[0].media[1].altText`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
