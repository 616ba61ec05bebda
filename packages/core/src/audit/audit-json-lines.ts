import canonicalize from "canonicalize";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale.js";
import { safeValidate, ValidationError } from "../validation/validate.js";
import type { AuditEntry } from "./audit-entry.js";
import { auditEntrySchema } from "./audit-entry-schema.js";
import { auditMessages } from "./audit-messages.js";
import { auditEntryContent } from "./hash-audit-entry.js";

/** One entry as a line of the export: its canonical JSON (RFC 8785), without the line break. */
export function auditEntryToJsonLine(entry: AuditEntry): string {
  return canonicalize({ ...auditEntryContent(entry), hash: entry.hash }) ?? "";
}

/**
 * Reads an exported audit log (one JSON object per line, as written by
 * {@link AuditLog.exportJsonLines}) back into entries, to verify the copy with
 * {@link verifyAuditChain}. Accepts `\r\n` line ends and skips blank lines.
 *
 * Reading checks only that each line is a well-formed entry; whether the
 * entries still form the chain that was written is for `verifyAuditChain`.
 * A line that is not JSON, or not an entry (a missing or unknown field, a
 * wrong type), throws a `ValidationError` whose `entity` names the line
 * number, e.g. `"audit entry on line 7"`, and whose issues name the fields.
 *
 * @example
 * ```ts
 * const result = verifyAuditChain(parseAuditJsonLines(await readFile("audit-2026.jsonl", "utf8")));
 * ```
 */
export function parseAuditJsonLines(text: string, options: { readonly locale?: Locale } = {}): AuditEntry[] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const schema = auditEntrySchema(locale);
  const entries: AuditEntry[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const entity = `audit entry on line ${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ValidationError(entity, [{ path: "", segments: [], code: "invalid_json", message: auditMessages.format(locale, "line.json", { detail }) }], locale);
    }
    const result = safeValidate(schema, parsed, { entity, locale });
    if (!result.success) throw result.error;
    entries.push(result.data as AuditEntry);
  }
  return entries;
}
