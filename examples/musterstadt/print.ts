// Readable German output for the demo. Text from people (post texts, reasons)
// goes to a terminal here, so only control characters are stripped.
import { labelOf, type AuditEntry, type PostState, type WorkflowResult } from "@kommune-sm/core";
import { deliveryStateLabel, type DeliveryKind, type DeliveryState } from "@kommune-sm/network";

export const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
/** A state's words: a reply's, a delivery's or a post's, by what the entry is about. */
function stateWord(entry: AuditEntry, state: string): string {
  if (entry.subject.type === "reply") return labelOf("reply-state", state as never);
  if (entry.subject.type === "interaction") return labelOf("interaction-status", state as never);
  if (entry.subject.type === "delivery" || entry.subject.type === "takedown" || entry.subject.type === "reply-delivery") {
    return deliveryStateLabel(state as DeliveryState, "de", entry.subject.type === "takedown" ? "takedown" : entry.subject.type === "reply-delivery" ? "reply" : "post");
  }
  return labelOf("post-state", state as PostState);
}

const whenFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("de-DE", { timeZone, weekday: "short", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
const momentFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("de-DE", { timeZone, weekday: "short", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" });
const clockFormat = (timeZone: string) => new Intl.DateTimeFormat("de-DE", { timeZone, hour: "2-digit", minute: "2-digit", second: "2-digit" });

export const print = {
  title: (text: string) => console.log(`\n${text}\n${"=".repeat(text.length)}`),
  section: (text: string) => console.log(`\n${text}\n${"-".repeat(text.length)}`),
  line: (text: string) => console.log(clean(text)),
  item: (text: string) => console.log(`  • ${clean(text)}`),
  ok: (text: string) => console.log(`  ✓ ${clean(text)}`),
  fail: (text: string) => console.log(`  ✗ ${clean(text)}`),
  refused: (what: string, result: WorkflowResult<unknown>) =>
    console.log(result.ok ? `  ✗ ${clean(what)}: unerwartet erlaubt!` : `  ✗ ${clean(what)}: abgelehnt [${result.refusal.code}]\n      ${clean(result.refusal.message)}`),
  when: (instant: number, timeZone: string) => whenFormat(timeZone).format(new Date(instant)),
  /** Like `when`, with seconds (retries come seconds apart). */
  moment: (instant: number, timeZone: string) => momentFormat(timeZone).format(new Date(instant)),
  /** Local time of day with seconds, e.g. "09:00:01". */
  time: (instant: number, timeZone: string) => clockFormat(timeZone).format(new Date(instant)),
  /** A step of the publishing engine as it happens: "  → 09:00:00  …". */
  event: (symbol: string, instant: number, timeZone: string, text: string) => console.log(`  ${symbol} ${print.time(instant, timeZone)}  ${clean(text)}`),
  deliveryState: (state: DeliveryState, kind: DeliveryKind = "post") => deliveryStateLabel(state, "de", kind),
  number: (value: number) => value.toLocaleString("de-DE"),
  /** A plain text table; every cell is cleaned, numbers are right-aligned. */
  table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]) {
    const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? print.number(cell) : clean(cell))));
    const widths = headers.map((header, column) => Math.max(header.length, ...cells.map((row) => (row[column] ?? "").length)));
    const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === "number"));
    const line = (row: readonly string[]) =>
      `  ${row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join("  ")}`.trimEnd();
    console.log(line(headers));
    console.log(line(widths.map((width) => "-".repeat(width))));
    for (const row of cells) console.log(line(row));
  },
  date: (localDate: string) => localDate.split("-").reverse().join("."),
  state: (state: PostState) => labelOf("post-state", state),
  audit(entry: AuditEntry, timeZone: string, name: (id: string) => string) {
    const who = entry.actor.kind === "member" ? name(entry.actor.id) : `System (${entry.actor.id})`;
    const transition = entry.from ? `${stateWord(entry, entry.from)} → ${stateWord(entry, entry.to ?? "")}` : entry.to ? stateWord(entry, entry.to) : "";
    const why = entry.reason ? `, Grund: „${clean(entry.reason)}“` : "";
    console.log(`  ${String(entry.seq).padStart(2)}  ${print.when(Date.parse(entry.at), timeZone)}  ${who.padEnd(14)} ${labelOf("audit-action", entry.action).padEnd(32)} ${transition}${why}`);
    console.log(`      #${entry.hash.slice(0, 16)}… ← #${entry.prevHash.slice(0, 16)}…`);
  },
};
