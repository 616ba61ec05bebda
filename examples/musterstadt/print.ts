// Readable German output for the demo. Text from people (post texts, reasons)
// goes to a terminal here, so only control characters are stripped.
import type { AuditEntry, WorkflowResult } from "@kommune-sm/core";

const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
const actions: Record<string, string> = {
  "post.created": "Beitrag angelegt",
  "post.edited": "Beitrag bearbeitet",
  "post.submitted": "zur Prüfung eingereicht",
  "post.approved": "freigegeben",
  "post.rejected": "abgelehnt",
  "post.revised": "zur Überarbeitung zurück",
  "post.scheduled": "geplant",
  "post.unscheduled": "Planung aufgehoben",
  "post.publishing-started": "Veröffentlichung begonnen",
  "post.published": "veröffentlicht",
  "post.publishing-aborted": "Veröffentlichung abgebrochen",
  "post.withdrawn": "zurückgezogen",
};
const states: Record<string, string> = {
  draft: "Entwurf",
  "in-review": "in Prüfung",
  approved: "freigegeben",
  scheduled: "geplant",
  publishing: "wird veröffentlicht",
  published: "veröffentlicht",
  rejected: "abgelehnt",
  withdrawn: "zurückgezogen",
};

const whenFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("de-DE", { timeZone, weekday: "short", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });

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
  date: (localDate: string) => localDate.split("-").reverse().join("."),
  state: (state: string) => states[state] ?? state,
  audit(entry: AuditEntry, timeZone: string, name: (id: string) => string) {
    const who = entry.actor.kind === "member" ? name(entry.actor.id) : `System (${entry.actor.id})`;
    const transition = entry.from ? `${states[entry.from] ?? entry.from} → ${states[entry.to ?? ""] ?? entry.to}` : (states[entry.to ?? ""] ?? "");
    const why = entry.reason ? `, Grund: „${clean(entry.reason)}“` : "";
    console.log(`  ${String(entry.seq).padStart(2)}  ${print.when(Date.parse(entry.at), timeZone)}  ${who.padEnd(14)} ${(actions[entry.action] ?? entry.action).padEnd(24)} ${transition}${why}`);
    console.log(`      #${entry.hash.slice(0, 16)}… ← #${entry.prevHash.slice(0, 16)}…`);
  },
};
