import { describe, expect, it } from "vitest";
import { createConsoleLogger, redactSecrets, withRedaction, type Logger } from "./logger.js";

describe("redaction of secrets", () => {
  it("replaces secret-looking keys at any depth and keeps the rest", () => {
    const out = redactSecrets({
      postId: "p1",
      accessToken: "abc",
      nested: { Authorization: "Bearer xyz", list: [{ refresh_token: "r" }], note: "ok" },
      apiKey: "k",
    });
    expect(out).toEqual({
      postId: "p1",
      accessToken: "[redacted]",
      nested: { Authorization: "[redacted]", list: [{ refresh_token: "[redacted]" }], note: "ok" },
      apiKey: "[redacted]",
    });
    expect(JSON.stringify(out)).not.toMatch(/abc|xyz|"r"|"k"/);
  });

  it("reduces errors to name, message and code, dropping properties that may carry secrets", () => {
    const error = Object.assign(new Error("boom"), { code: "E_NET", config: { headers: { token: "t0ps3cret" } } });
    expect(JSON.stringify(redactSecrets({ error }))).toBe('{"error":{"name":"Error","message":"boom","code":"E_NET"}}');
  });

  it("redacts what any wrapped logger receives, also through child loggers", () => {
    const seen: unknown[] = [];
    const inner: Logger = {
      debug: (_m, f) => seen.push(f),
      info: (_m, f) => seen.push(f),
      warn: (_m, f) => seen.push(f),
      error: (_m, f) => seen.push(f),
      child: () => inner,
    };
    withRedaction(inner).child({ password: "pw" }).info("x", { token: "t" });
    expect(seen).toEqual([{ token: "[redacted]" }]);
  });

  it("writes JSON lines at or above its level", () => {
    const lines: string[] = [];
    const logger = createConsoleLogger({ level: "warn", sink: { log: (l) => lines.push(l) }, now: () => 0 });
    logger.info("hidden");
    logger.child({ organisation: "musterstadt" }).warn("visible", { secret: "s" });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { level: "warn", time: "1970-01-01T00:00:00.000Z", message: "visible", organisation: "musterstadt", secret: "[redacted]" },
    ]);
  });
});
