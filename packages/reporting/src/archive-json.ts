import { createHash } from "node:crypto";

/**
 * JSON with every object's keys in sorted order (by UTF-16 code units, as
 * RFC 8785 sorts them), no white space, strings and numbers as
 * `JSON.stringify` writes them: one text for one value, whatever order its
 * keys were built in. With `indent`, the same order laid out over lines as
 * `JSON.stringify(value, null, indent)` lays it out, for files people read.
 * Fields that are `undefined` are left out, as JSON leaves them out.
 * Internal to the archive; throws a `TypeError` for what JSON cannot hold
 * (a non-finite number, a bigint, a function).
 */
export function canonicalJson(value: unknown, indent = 0): string {
  const text = write(value, indent > 0 ? " ".repeat(indent) : "", "");
  if (text === undefined) throw new TypeError("canonicalJson: the value is not JSON (undefined, a function or a symbol).");
  return text;
}

function write(value: unknown, step: string, margin: string): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number.`);
      return JSON.stringify(value);
    case "object":
      break;
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON.`);
  }
  const inner = margin + step;
  const open = step === "" ? "" : `\n${inner}`;
  const close = step === "" ? "" : `\n${margin}`;
  const comma = step === "" ? "," : `,\n${inner}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item: unknown) => write(item, step, inner) ?? "null");
    return `[${open}${items.join(comma)}${close}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const text = write(record[key], step, inner);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${step === "" ? "" : " "}${text}`);
  }
  if (parts.length === 0) return "{}";
  return `{${open}${parts.join(comma)}${close}}`;
}

/** Lower-case hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** `prevHash` of the first line of every chained JSON-lines file: 64 zeros. */
export const LINE_GENESIS_HASH = "0".repeat(64);

/**
 * The hash of one line of a chained JSON-lines file of the archive:
 * `SHA-256(prevHash + canonicalJson(line without "hash"))`, as the audit log
 * chains its entries.
 */
export function lineHash(prevHash: string, withoutHash: object): string {
  return sha256Hex(prevHash + canonicalJson(withoutHash));
}
