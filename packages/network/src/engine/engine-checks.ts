import { ReasonSchema, validate, type ValidationIssue } from "@kommune-sm/core";
import { PublishingError } from "../spec/index.js";
import type { DeliveryResolution } from "./person-steps.js";

// The engine's checks of what it is given: options, reasons, a person's resolution.

/** A positive number of milliseconds, or the default; `NETWORK_INVALID_STATE` naming the option otherwise. */
export function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new PublishingError("NETWORK_INVALID_STATE", `${name} must be a positive number of milliseconds, got ${String(value)}.`);
  return value;
}

/** A reason, trimmed and held to the workflow's rule for reasons; a ValidationError naming it otherwise. */
export function checkedReason(reason: unknown, what: string): string {
  if (typeof reason !== "string" || !reason.trim()) throw new PublishingError("NETWORK_INVALID_STATE", `${what} needs a reason.`);
  // The workflow's rule for reasons (length, well-formed text): a ValidationError naming it.
  return validate(ReasonSchema, reason.trim(), { locale: "en", entity: `${what}: the reason` });
}

/** A person's resolution of a delivery, checked field by field. */
export function checkResolution(resolution: DeliveryResolution): void {
  const issues: Pick<ValidationIssue, "path" | "message">[] = [];
  const r = resolution as unknown as Record<string, unknown>;
  if (typeof r !== "object" || r === null || !["published", "not-published", "removed"].includes(r["outcome"] as string)) {
    throw new PublishingError("NETWORK_INVALID_STATE", 'A resolution needs an outcome: "published" (with remoteId), "not-published" or "removed".');
  }
  if (r["outcome"] === "published") {
    if (typeof r["remoteId"] !== "string" || r["remoteId"].trim() === "" || r["remoteId"].length > 1_000) issues.push({ path: "remoteId", message: "must be the network's id of the post (1–1,000 characters)" });
    if (r["url"] !== undefined && (typeof r["url"] !== "string" || !/^https?:\/\//.test(r["url"]) || r["url"].length > 2_048)) issues.push({ path: "url", message: "must be an http(s) URL" });
  }
  if (issues.length > 0) throw new PublishingError("NETWORK_INVALID_STATE", `The resolution is not usable: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`);
}
