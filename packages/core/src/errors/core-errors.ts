import { defineErrorCodes, type ErrorCode } from "./error-codes.js";
import { KommuneError } from "./kommune-error.js";

/** Every code that `@kommune-sm/core` throws. */
export const CORE_ERROR_CODES = defineErrorCodes("CORE", {
  /** Thrown as a {@link ValidationError}, whose `issues` name each wrong field. */
  CORE_VALIDATION_FAILED: "Input does not match the schema; `issues` names each field.",
  /** Nothing with this id in this organisation (or in this registry). */
  CORE_NOT_FOUND: "The entity does not exist for this organisation.",
  /** Someone else saved the entity since it was read, or its id is taken; read it again before retrying. */
  CORE_CONFLICT: "The entity was changed by someone else since it was read (revision mismatch), or already exists.",
  /** Two plugins passed to `createKommune` have the same name. */
  CORE_PLUGIN_DUPLICATE: "Two plugins have the same name.",
  /** A plugin needs a plugin that is missing, or plugins need each other in a cycle. */
  CORE_PLUGIN_DEPENDENCY: "A plugin depends on a plugin that is missing, or plugins depend on each other in a cycle.",
  /** A plugin's setup threw; the plugins set up before it were torn down again. */
  CORE_PLUGIN_SETUP_FAILED: "A plugin's setup threw; the plugins set up before it were torn down again.",
  /** A plugin's teardown threw or timed out; the other plugins were torn down all the same. */
  CORE_PLUGIN_TEARDOWN_FAILED: "A plugin's teardown threw; the other plugins were torn down all the same.",
  /** The id is already registered in that registry. */
  CORE_REGISTRY_DUPLICATE: "Something with this id is already registered.",
  /** The instance or store was disposed or closed and cannot be used any more. */
  CORE_DISPOSED: "The instance was disposed and cannot be used any more.",
  /** A store implementation could not complete the operation, e.g. its database failed. */
  CORE_STORE_FAILED: "The store could not complete the operation.",
  /** An entity of one organisation was handed to another organisation's store. */
  CORE_TENANT_MISMATCH: "An entity of one organisation was handed to another organisation's store.",
  /** An argument is not valid for the call; the message says which. */
  CORE_INVALID_ARGUMENT: "An argument is not valid for this call.",
  /**
   * A store refused an audit entry whose `hash` is not the hash of its content
   * (see `hashAuditEntry`). Not a race: retrying the same entry fails again;
   * make entries with `createAuditEntry` or `AuditLog.append`.
   */
  CORE_AUDIT_HASH_MISMATCH: "The audit entry's hash does not match its content; nothing was stored.",
  /**
   * A store refused an audit entry dated before the entry at the head of the
   * log. Not a race: `createAuditEntry` never dates an entry before the head
   * it is given, so an entry built that way is never refused for this.
   */
  CORE_AUDIT_BACKDATED: "The audit entry is dated before the last entry of the log; nothing was stored.",
  /** A stored audit entry cannot be read: its stored form is damaged. `AuditLog.verify` reports it as the problem `unreadable`. */
  CORE_AUDIT_UNREADABLE: "A stored audit entry cannot be read; its stored form is damaged.",
  /**
   * The audit log does not extend the head anchored last: its tail was cut
   * off or entries were changed, inserted or removed. Nothing was anchored;
   * `AuditLog.verify` says where.
   */
  CORE_AUDIT_CHAIN_BROKEN: "The audit log does not extend its last anchored head; nothing was anchored.",
  /**
   * `createKommune` was given an organisation that differs from the one
   * stored under its id, without `organisationUpdate`; nothing was changed.
   * The message names each differing field.
   */
  CORE_ORGANISATION_MISMATCH: "The organisation given differs from the one stored; nothing was changed.",
});

/** A code of {@link CORE_ERROR_CODES}. */
export type CoreErrorCode = ErrorCode<typeof CORE_ERROR_CODES>;

/** An error thrown by `@kommune-sm/core`. */
export class CoreError extends KommuneError<CoreErrorCode> {
  constructor(code: CoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super({ code, message, cause: options.cause });
    this.name = "CoreError";
  }
}
