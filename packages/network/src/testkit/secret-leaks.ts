/**
 * Where a secret shows up in `value` (a result, a log line), as a path like
 * `result.author.handle`; undefined when it does not. Walks plain objects and
 * arrays; strings are searched, not compared, so a token inside a URL counts.
 */
export function findSecretIn(value: unknown, secrets: readonly string[], path = "value", seen = new Set<unknown>()): string | undefined {
  if (typeof value === "string") return secrets.some((secret) => value.includes(secret)) ? path : undefined;
  if (value === null || typeof value !== "object" || seen.has(value)) return undefined;
  seen.add(value);
  if (value instanceof Error) return findSecretInError(value, secrets, path);
  for (const [key, inner] of Object.entries(value)) {
    if (secrets.some((secret) => key.includes(secret))) return `${path} (a key)`;
    const found = findSecretIn(inner, secrets, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * Where a secret shows up in an error: its message, `networkReason`, string
 * form, JSON (what logs and events carry), stack and the messages of its
 * causes. Undefined when it does not.
 */
export function findSecretInError(error: unknown, secrets: readonly string[], path = "error"): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const at = depth === 0 ? path : `${path}${".cause".repeat(depth)}`;
    const record = current as { message?: unknown; networkReason?: unknown; stack?: unknown; cause?: unknown };
    const views: [string, unknown][] = [
      ["message", record.message],
      ["networkReason", record.networkReason],
      ["stack", record.stack],
      ["String()", safely(() => String(current))],
      ["JSON", safely(() => JSON.stringify(current))],
    ];
    for (const [name, view] of views) {
      if (typeof view === "string" && secrets.some((secret) => view.includes(secret))) return `${at} (${name})`;
    }
    current = record.cause;
  }
  return undefined;
}

function safely(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}
