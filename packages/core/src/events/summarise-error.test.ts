import { describe, expect, it } from "vitest";
import { summariseError } from "./summarise-error.js";

describe("summariseError", () => {
  it("keeps name, message and a string code of an error", () => {
    class DeliveryError extends Error {
      override name = "DeliveryError";
      code = "NETWORK_RATE_LIMITED";
      retryAfter = 30;
    }
    expect(summariseError(new DeliveryError("slow down"))).toEqual({ name: "DeliveryError", message: "slow down", code: "NETWORK_RATE_LIMITED" });
  });

  it("leaves out a code that is not a string", () => {
    expect(summariseError(Object.assign(new RangeError("bad"), { code: 42 }))).toEqual({ name: "RangeError", message: "bad" });
  });

  it("takes a thrown string as the message", () => {
    expect(summariseError("nope")).toEqual({ name: "Error", message: "nope" });
  });

  it("does not turn the fields of a thrown non-error object into text", () => {
    const summary = summariseError({ token: "s3cr3t" });
    expect(summary.name).toBe("Error");
    expect(JSON.stringify(summary)).not.toContain("s3cr3t");
  });

  it("describes thrown primitives", () => {
    expect(summariseError(undefined).message).toContain("undefined");
    expect(summariseError(null).message).toContain("null");
    expect(summariseError(7).message).toContain("7");
  });

  it("never throws, not even for an error whose fields throw", () => {
    const hostile = new Proxy(new Error("x"), {
      get() {
        throw new Error("gotcha");
      },
    });
    expect(summariseError(hostile)).toEqual({ name: "Error", message: "An error was thrown that could not be read." });
  });
});

describe("credentials in error messages", () => {
  it("are redacted before the summary travels on in a listener.failed event", () => {
    expect(summariseError(new Error("POST https://mastodon.example/api/v1/statuses?access_token=s3cr3t returned 401"))).toEqual({
      name: "Error",
      message: "POST https://mastodon.example/api/v1/statuses?access_token=[redacted] returned 401",
    });
  });
});
