import { REDACTED } from "@kommune-sm/core";
import { describeError } from "./describe-error.js";

/** What a scrubbed secret is replaced with: core's marker, the same as its loggers write. */
export { REDACTED };

/** The shortest credential value the SDK accepts: shorter ones could be ordinary words, and scrubbing them would mangle text. */
export const MIN_SECRET_LENGTH = 8;

/**
 * The forms in which a secret turns up in text: as it is, percent-encoded
 * (in a URL or a form body, with upper- or lower-case hex), JSON-escaped (inside a JSON string), and in
 * base64 and base64url (in a header or a token blob), with and without
 * padding. Base64 is only found where the secret starts the encoded block;
 * a secret encoded together with other text ("user:token") is not.
 */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const base64 = bytes.toString("base64");
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  // Percent-encoding may use lower-case hex (RFC 3986 allows both; .NET writes it so).
  const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const forms = new Set([
    secret,
    percent,
    lower(percent),
    form,
    lower(form),
    JSON.stringify(secret).slice(1, -1),
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
  ]);
  return [...forms].filter((form) => form.length > 0);
}

/**
 * Replaces every credential it was told of, in every form of
 * {@link secretForms}, with `[redacted]`. One per organisation's call
 * service: a credential is added before it is first used (a refresh
 * included), so that nothing an adapter or a network says about it can
 * reach the outbox, the audit log, events, logs or errors.
 */
export class SecretScrubber {
  // Longest first, so that a form containing another (a JSON-escaped token
  // containing the raw one) is replaced whole.
  #forms: string[] = [];
  readonly #known = new Set<string>();

  /** Adds a secret (and its forms); values shorter than {@link MIN_SECRET_LENGTH} are refused by the secrets port and ignored here. */
  add(secret: unknown): void {
    if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH || this.#known.has(secret)) return;
    this.#known.add(secret);
    this.#forms = [...new Set([...this.#forms, ...secretForms(secret)])].sort((a, b) => b.length - a.length);
  }

  /** How many secrets it knows. */
  get size(): number {
    return this.#known.size;
  }

  /** True if `text` holds a known secret in any form. */
  finds(text: string): boolean {
    for (const form of this.#forms) if (text.includes(form)) return true;
    return false;
  }

  /** `text` with every known secret replaced by `[redacted]`. */
  scrub(text: string): string {
    let clean = text;
    for (const form of this.#forms) if (clean.includes(form)) clean = clean.split(form).join(REDACTED);
    return clean;
  }

  /**
   * A copy of `value` with every string in it scrubbed (objects and arrays
   * walked, at most 8 levels deep; what is deeper or not plain data becomes a
   * short description). For log fields and event data.
   */
  scrubDeep(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.scrub(value);
    if (value === null || typeof value !== "object") return value;
    if (value instanceof Error) return this.scrub(describeError(value));
    if (depth >= 8) return "[too deep]";
    if (Array.isArray(value)) return value.map((item) => this.scrubDeep(item, depth + 1));
    const copy: Record<string, unknown> = {};
    // Keys too: a careless adapter logs headers as { [`Bearer ${token}`]: ... }.
    for (const [key, item] of Object.entries(value)) copy[this.scrub(key)] = this.scrubDeep(item, depth + 1);
    return copy;
  }
}
