/**
 * SQL expressions over a top-level field of an entity's JSON document.
 *
 * Every filter, sort and declared index on a field uses the one "sort value"
 * expression of {@link valueExpression}, so that SQLite can answer a query
 * from an index on exactly that expression.
 */

const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Inside a quoted JSON path label SQLite knows no escapes; code units from
// 0xD800 on are left out so that the label's bytes are the key's bytes.
const QUOTABLE_NAME = /^[^"\\\u0000-\u001f\u007f\ud800-\uffff]+$/;

/**
 * The JSON path of a top-level field as an SQL string literal, or undefined
 * when the field cannot be addressed exactly and must be read in JavaScript:
 * names that JSON paths cannot quote, and names that a plain object inherits
 * (`entity["constructor"]` is a function, not a missing field).
 */
export function jsonPathLiteral(field: string): string | undefined {
  if (field === "" || field in Object.prototype || field === "__proto__") return undefined;
  if (SIMPLE_NAME.test(field)) return `'$.${field}'`;
  if (!QUOTABLE_NAME.test(field)) return undefined;
  return sqlString(`$."${field}"`);
}

/** A string as an SQL literal. Used only for names (paths, collections), never for values. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The field's value as SQLite orders it: SQL NULL when the field is missing,
 * the number for a number, and otherwise the value's text as core's
 * `compare()` sees it (a string itself; `true`, `false`, `null` and objects
 * as their JSON text). SQLite orders NULL < numbers < text, which is core's
 * order for missing fields, numbers and non-numbers. (`json_extract` alone
 * would give 1/0 for booleans and NULL for a JSON null.)
 */
export function valueExpression(path: string): string {
  return `(CASE json_type(document, ${path}) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN 'null' ELSE json_extract(document, ${path}) END)`;
}

/** The field's JSON type (`'text'`, `'integer'`, `'object'`, ...), NULL when missing. */
export function typeExpression(path: string): string {
  return `json_type(document, ${path})`;
}

/** The field's JSON text, e.g. `5` for a number: what `JSON.stringify` made of it. */
export function jsonTextExpression(path: string): string {
  return `(document -> ${path})`;
}

const WIDE_CODE_UNIT = /[\ud800-\uffff]/;

/** True if `text` has a UTF-16 code unit from 0xD800 on, where SQLite's byte order and JavaScript's code-unit order can differ. */
export function hasWideCodeUnit(text: string): boolean {
  return WIDE_CODE_UNIT.test(text);
}

