import { CoreError } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { AdapterDefectError, NetworkError, PublishingError } from "../spec/index.js";
import { readFailureOf } from "./read-failure.js";

describe("readFailureOf", () => {
  it("reads a network error by its kind and code", () => {
    expect(readFailureOf(new NetworkError({ kind: "rate-limited", retryAfterMs: 1000, message: "429" }))).toEqual({ kind: "unreadable", reason: "rate-limited", code: "NETWORK_RATE_LIMITED" });
    expect(readFailureOf(new NetworkError({ kind: "not-found", message: "404" }))).toEqual({ kind: "unreadable", reason: "not-found", code: "NETWORK_NOT_FOUND" });
  });

  it("reads the engine's own refusals by their code", () => {
    expect(readFailureOf(new PublishingError("NETWORK_CREDENTIALS_INVALID", "x"))).toEqual({ kind: "unreadable", reason: "credentials-invalid", code: "NETWORK_CREDENTIALS_INVALID" });
    expect(readFailureOf(new PublishingError("NETWORK_ADAPTER_MISSING", "x"))).toMatchObject({ reason: "no-adapter" });
    expect(readFailureOf(new CoreError("CORE_STORE_FAILED", "x"))).toEqual({ kind: "unreadable", reason: "failed", code: "CORE_STORE_FAILED" });
    expect(readFailureOf(new AdapterDefectError("sandbox", "readProfile", "no links"))).toEqual({ kind: "unreadable", reason: "adapter-defect", code: "NETWORK_ADAPTER_DEFECT" });
  });

  it("does not count a read that did not happen for reasons of this side", () => {
    for (const code of ["NETWORK_PAUSED", "NETWORK_STOPPED", "NETWORK_CALL_CANCELLED"] as const) {
      expect(readFailureOf(new PublishingError(code, "x"))).toEqual({ kind: "not-checked" });
    }
  });

  it("takes nothing it does not know from what was thrown, and never throws", () => {
    const forged = Object.assign(new NetworkError({ kind: "permanent", message: "x" }), { kind: "x".repeat(10_000) });
    expect(readFailureOf(forged)).toEqual({ kind: "unreadable", reason: "failed", code: "NETWORK_PERMANENT" });
    expect(readFailureOf(new Error("Bearer abc"))).toEqual({ kind: "unreadable", reason: "failed" });
    expect(readFailureOf("a string")).toEqual({ kind: "unreadable", reason: "failed" });
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); }, getOwnPropertyDescriptor: () => { throw new Error("boom"); } });
    expect(readFailureOf(hostile)).toEqual({ kind: "unreadable", reason: "failed" });
  });
});
