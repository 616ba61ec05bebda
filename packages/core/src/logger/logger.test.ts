import { describe, expect, it } from "vitest";
import { createConsoleLogger, redactSecrets, redactText, withRedaction, type Logger } from "./logger.js";

describe("redaction of secrets", () => {
  it("redacts credentials inside text: query parameters, Authorization values, passwords in URLs", () => {
    expect(redactText("GET https://api.example/me?access_token=abc123&x=1 failed")).toBe("GET https://api.example/me?access_token=[redacted]&x=1 failed");
    expect(redactText("header was Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).toBe("header was Bearer [redacted]");
    expect(redactText("connect postgres://ksm:hunter2@127.0.0.1/db")).toBe("connect postgres://ksm:[redacted]@127.0.0.1/db");
    expect(redactText("Sperrmüll am Samstag, monkey=banana")).toBe("Sperrmüll am Samstag, monkey=banana");
    expect(redactText("token=t1 and password=p2")).toBe("token=[redacted] and password=[redacted]");
    expect(redactSecrets({ url: "https://x.example/cb?code=zzz", error: new Error("refresh_token=rrr rejected") })).toEqual({
      url: "https://x.example/cb?code=[redacted]",
      error: { name: "Error", message: "refresh_token=[redacted] rejected" },
    });
  });

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
