import { describe, expect, it } from "vitest";
import { NetworkError } from "../spec/network-error.js";
import { findSecretIn, findSecretInError } from "./secret-leaks.js";

const token = "tok_4f9a8b7c6d5e";

describe("findSecretIn", () => {
  it("finds a token anywhere in results and log lines, and says where", () => {
    expect(findSecretIn({ a: [{ b: `https://x.example/?t=${token}` }] }, [token], "result")).toBe("result.a[0].b");
    expect(findSecretIn({ [token]: 1 }, [token])).toBe("value (a key)");
    expect(findSecretIn({ a: "harmless", b: [1, null, undefined] }, [token])).toBeUndefined();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(findSecretIn(cyclic, [token])).toBeUndefined();
  });

  it("finds a token in an error's message, reason, causes, and not where redaction removed it", () => {
    expect(findSecretInError(new Error(`failed for ${token}`), [token])).toBe("error (message)");
    expect(findSecretInError(new Error("outer", { cause: new Error(`inner ${token}`) }), [token])).toBe("error.cause (message)");
    // NetworkError redacts Bearer credentials itself, so this one does not leak.
    expect(findSecretInError(new NetworkError({ kind: "authentication", message: `401 for Authorization: Bearer ${token}` }), [token])).toBeUndefined();
    expect(findSecretInError(new NetworkError({ kind: "permanent", message: "x", networkReason: `unknown token ${token}` }), [token])).toBe("error (networkReason)");
  });
});
