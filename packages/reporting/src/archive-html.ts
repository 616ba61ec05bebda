import { createHash } from "node:crypto";
import { instantToZonedTime, labelOf, type InteractionStatus, type PostState, type ReplyState } from "@kommune-sm/core";
import type { ArchiveAuditSummary, ArchiveChannel, ArchiveDelivery, ArchiveFileEntry, ArchiveHistoryItem, ArchiveInteractionLine, ArchivePostLine, ArchiveReplyLine } from "./archive-format.js";
import { escapeHtml } from "./escape-html.js";
import type { ReportLocale } from "./report.js";

// Internal to the archive: the readable index.html, written piece by piece
// while the JSON-lines files are written, so that no file is held whole.

const STYLE =
  "body{font-family:system-ui,sans-serif;margin:2rem;color:#111;line-height:1.4}" +
  "table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;vertical-align:top;text-align:left}" +
  "th{background:#eee}td ul{margin:0;padding-left:1.1rem}code{font-size:.9em;word-break:break-all}.muted{color:#555}" +
  "pre{background:#f4f4f4;padding:.6rem;overflow-x:auto}";

// The index runs no scripts and loads nothing: only its own style block, by hash.
const STYLE_HASH = createHash("sha256").update(STYLE, "utf8").digest("base64");
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

const WORDS = {
  de: {
    title: "Archiv der Social-Media-Arbeit",
    period: "Zeitraum",
    until: "bis",
    exported: "Erstellt",
    contents: "Inhalt",
    audit: "Protokoll (Audit-Log)",
    posts: "Beiträge",
    interactions: "Nachrichten von Bürgerinnen und Bürgern",
    replies: "Antworten",
    files: "Dateien",
    summary: "Übersicht",
    verify: "Prüfen",
    entries: "Einträge",
    noEntries: "Im Zeitraum wurde nichts protokolliert.",
    head: "Stand am Ende des Zeitraums",
    anchors: "Verankert (signiert außerhalb der Datenbank)",
    notAnchored: "Nicht verankert: ohne Anker lässt sich ein nachträglich umgeschriebenes Protokoll nicht erkennen.",
    logHead: "Stand des Protokolls beim Export",
    post: "Beitrag",
    state: "Zustand",
    created: "Angelegt",
    published: "Veröffentlicht",
    decisions: "Verlauf und Entscheidungen",
    findings: "Prüfhinweise",
    deliveries: "Zustellungen und Löschungen",
    message: "Nachricht",
    status: "Status",
    moderation: "Moderation",
    received: "Eingegangen",
    reply: "Antwort",
    sent: "Gesendet",
    notInStore: "nicht mehr gespeichert (gelöscht); nur das Protokoll ist erhalten",
    contextOnly: "nur als Bezug aufgenommen",
    hidden: "Ausgeblendet",
    closed: "Ohne Antwort geschlossen",
    withdrawn: "Zurückgezogen",
    rejected: "Abgelehnt",
    approved: "Freigegeben",
    accepted: "akzeptiert",
    takedown: "Löschung",
    removed: "entfernt",
    neverOut: "war nie veröffentlicht",
    none: "–",
    count: "Anzahl",
    file: "Datei",
    bytes: "Bytes",
    lines: "Zeilen",
    by: "von",
    redacted: "Geschwärzt (Geheimnisse)",
    warnings: "Hinweise",
    verifyText:
      "Das Archiv lässt sich ohne Netz prüfen: der Befehl berechnet jede Prüfsumme neu, liest jede Zeile, prüft die Hash-Kette des Protokolls und ihren verankerten Stand und meldet die Datei und Zeile, die verändert wurde.",
    answers: "Antwort auf",
    about: "zu Beitrag",
    errors: "Fehler",
    warningsShort: "Warnungen",
    hints: "Hinweise",
    key: "Schlüssel",
    severity: { error: "Fehler", warning: "Warnung", hint: "Hinweis" },
    delivery: {
      scheduled: "geplant",
      "in-flight": "wird gesendet",
      retrying: "wird erneut versucht",
      blocked: "blockiert",
      uncertain: "unklar",
      succeeded: "erfolgreich",
      failed: "fehlgeschlagen",
      cancelled: "abgebrochen",
    },
  },
  en: {
    title: "Archive of the social-media work",
    period: "Period",
    until: "to",
    exported: "Exported",
    contents: "Contents",
    audit: "Audit log",
    posts: "Posts",
    interactions: "Messages from citizens",
    replies: "Replies",
    files: "Files",
    summary: "Summary",
    verify: "Verify",
    entries: "Entries",
    noEntries: "Nothing was logged in the period.",
    head: "Head at the end of the period",
    anchors: "Anchored (signed outside the database)",
    notAnchored: "Not anchored: without an anchor, a log rewritten afterwards cannot be told.",
    logHead: "Head of the log at the export",
    post: "Post",
    state: "State",
    created: "Created",
    published: "Published",
    decisions: "History and decisions",
    findings: "Check findings",
    deliveries: "Deliveries and takedowns",
    message: "Message",
    status: "Status",
    moderation: "Moderation",
    received: "Received",
    reply: "Reply",
    sent: "Sent",
    notInStore: "no longer stored (deleted); only the audit log remains",
    contextOnly: "included for reference only",
    hidden: "Hidden",
    closed: "Closed without answer",
    withdrawn: "Withdrawn",
    rejected: "Rejected",
    approved: "Approved",
    accepted: "accepted",
    takedown: "Takedown",
    removed: "removed",
    neverOut: "had never gone out",
    none: "–",
    count: "Count",
    file: "File",
    bytes: "Bytes",
    lines: "Lines",
    by: "by",
    redacted: "Redacted (secrets)",
    warnings: "Warnings",
    verifyText:
      "The archive can be verified offline: the command recomputes every checksum, reads every line, checks the audit log's hash chain and its anchored head, and names the file and line that was changed.",
    answers: "Answer to",
    about: "on post",
    errors: "errors",
    warningsShort: "warnings",
    hints: "hints",
    key: "key",
    severity: { error: "error", warning: "warning", hint: "hint" },
    delivery: {
      scheduled: "scheduled",
      "in-flight": "in flight",
      retrying: "retrying",
      blocked: "blocked",
      uncertain: "uncertain",
      succeeded: "succeeded",
      failed: "failed",
      cancelled: "cancelled",
    },
  },
} as const;

type Words = (typeof WORDS)[ReportLocale];

/** What the rows need besides their line. */
export interface HtmlContext {
  /** The index's language. */
  readonly locale: ReportLocale;
  /** The organisation's time zone, for local times. */
  readonly timeZone: string;
  /** Channels by id. */
  readonly channels: ReadonlyMap<string, ArchiveChannel>;
  /** Team members' names by id. */
  readonly names: ReadonlyMap<string, string>;
}

const e = escapeHtml;
const pad = (n: number): string => String(n).padStart(2, "0");

/** An instant as local date and time in the organisation's zone, with the instant itself in `datetime`. */
function time(instant: string | undefined, context: HtmlContext): string {
  if (instant === undefined) return "";
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return e(instant);
  const local = instantToZonedTime(ms, context.timeZone);
  return `<time datetime="${e(instant)}">${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}</time>`;
}

function excerpt(text: string | undefined, length = 280): string {
  if (text === undefined) return "";
  const chars = [...text];
  return e(chars.length > length ? `${chars.slice(0, length).join("")}…` : text);
}

const words = (context: HtmlContext): Words => WORDS[context.locale];

function who(actor: ArchiveHistoryItem["actor"] | string | undefined, context: HtmlContext): string {
  if (actor === undefined) return "";
  if (typeof actor === "string") return e(context.names.get(actor) ?? actor);
  return e(actor.name ?? context.names.get(actor.id) ?? actor.id);
}

function channelName(channelId: string | undefined, context: HtmlContext): string {
  if (channelId === undefined) return "";
  const channel = context.channels.get(channelId);
  return channel ? `${e(channel.handle)} <span class="muted">(${e(channel.network)})</span>` : e(channelId);
}

function historyList(history: readonly ArchiveHistoryItem[], context: HtmlContext): string {
  if (history.length === 0) return "";
  const items = history.map((item) => {
    const change = item.from !== undefined || item.to !== undefined ? ` <span class="muted">(${e(item.from ?? "")} → ${e(item.to ?? "")})</span>` : "";
    const reason = item.reason !== undefined ? `: „${e(item.reason)}“` : "";
    return `<li>${time(item.at, context)} ${e(labelOf("audit-action", item.action, context.locale))} – ${who(item.actor, context)}${change}${reason} <span class="muted">#${item.seq}</span></li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

/** A delivery's state in words; a state the SDK does not know is shown as it is. */
function deliveryState(state: string | undefined, context: HtmlContext): string {
  if (state === undefined) return "";
  const table: Readonly<Record<string, string>> = words(context).delivery;
  return e(Object.hasOwn(table, state) ? table[state]! : state);
}

function deliveryList(deliveries: readonly ArchiveDelivery[], takedowns: readonly ArchiveDelivery[], context: HtmlContext): string {
  const w = words(context);
  const items = [
    ...deliveries.map((d) => `<li>${channelName(d.channelId, context)}: ${deliveryState(d.state, context)}${d.publishedAt ? ` ${time(d.publishedAt, context)}` : ""}${d.url ? ` <code>${e(d.url)}</code>` : ""}</li>`),
    ...takedowns.map(
      (t) =>
        `<li>${e(w.takedown)} ${channelName(t.channelId, context)}: ${deliveryState(t.state, context)}${t.removedAt ? ` (${e(w.removed)} ${time(t.removedAt, context)})` : ""}${t.notFound ? ` (${e(w.neverOut)})` : ""}</li>`,
    ),
  ];
  return items.length === 0 ? "" : `<ul>${items.join("")}</ul>`;
}

function marks(line: { readonly inStore: boolean; readonly inPeriod: boolean; readonly redacted?: readonly string[] }, context: HtmlContext): string {
  const w = words(context);
  const notes = [
    ...(line.inStore ? [] : [w.notInStore]),
    ...(line.inPeriod ? [] : [w.contextOnly]),
    ...(line.redacted && line.redacted.length > 0 ? [`${w.redacted}: ${line.redacted.join(", ")}`] : []),
  ];
  return notes.length === 0 ? "" : `<br><em>${notes.map(e).join("; ")}</em>`;
}

function decided(label: string, decision: { readonly by: string; readonly at: string; readonly reason?: string } | undefined, context: HtmlContext): string {
  if (!decision) return "";
  return `<p>${e(label)} ${time(decision.at, context)} ${e(words(context).by)} ${who(decision.by, context)}${decision.reason !== undefined ? `: „${e(decision.reason)}“` : ""}</p>`;
}

/** The document's start: head, title, period, the audit log's part and the table of contents. */
export function htmlStart(
  meta: { readonly organisation: { readonly id: string; readonly name: string }; readonly from: string; readonly to: string; readonly key?: string; readonly exportedAt: string },
  audit: ArchiveAuditSummary,
  context: HtmlContext,
): string {
  const w = words(context);
  const title = `${w.title}: ${meta.organisation.name} – ${meta.key ?? `${meta.from} ${w.until} ${meta.to}`}`;
  const anchors =
    audit.anchors.length === 0
      ? `<p>${e(w.notAnchored)}</p>`
      : `<p>${e(w.anchors)}:</p><ul>${audit.anchors.map((a) => `<li>#${a.seq} <code>${e(a.hash)}</code> ${time(a.anchoredAt, context)}, ${e(w.key)} „${e(a.keyId)}“</li>`).join("")}</ul>`;
  const auditPart =
    audit.entries === 0 || !audit.head || !audit.first
      ? `<p>${e(w.noEntries)}</p>`
      : `<p>${e(w.entries)}: ${audit.entries} (#${audit.first.seq} – #${audit.head.seq})</p><p>${e(w.head)}: #${audit.head.seq} <code>${e(audit.head.hash)}</code> ${time(audit.head.at, context)}</p>${anchors}`;
  const logHead = audit.logHead ? `<p class="muted">${e(w.logHead)}: #${audit.logHead.seq} <code>${e(audit.logHead.hash)}</code></p>` : "";
  const files = ["posts.jsonl", "interactions.jsonl", "replies.jsonl", "audit.jsonl", "manifest.json"];
  return (
    `<!DOCTYPE html>\n<html lang="${context.locale}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${e(CSP)}">\n<meta name="referrer" content="no-referrer">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header>\n<h1>${e(w.title)}</h1>\n<p><strong>${e(meta.organisation.name)}</strong> <span class="muted">(${e(meta.organisation.id)})</span></p>\n` +
    `<p>${e(w.period)}: ${time(meta.from, context)} ${e(w.until)} ${time(meta.to, context)} <span class="muted">(${e(context.timeZone)}${meta.key ? `, ${e(meta.key)}` : ""})</span></p>\n` +
    `<p>${e(w.exported)}: ${time(meta.exportedAt, context)}</p>\n</header>\n` +
    `<nav aria-label="${e(w.contents)}"><ul>` +
    [
      ["#posts", w.posts],
      ["#interactions", w.interactions],
      ["#replies", w.replies],
      ["#audit", w.audit],
      ["#files", w.files],
      ["#summary", w.summary],
      ["#verify", w.verify],
    ]
      .map(([href, text]) => `<li><a href="${href}">${e(text!)}</a></li>`)
      .join("") +
    `</ul><p>${files.map((file) => `<a href="${file}">${file}</a>`).join(" · ")}</p></nav>\n<main>\n` +
    `<section id="audit">\n<h2>${e(w.audit)}</h2>\n${auditPart}${logHead}<p><a href="audit.jsonl">audit.jsonl</a></p>\n</section>\n`
  );
}

/** The start of the posts' section. */
export function postsStart(context: HtmlContext): string {
  const w = words(context);
  return `<section id="posts">\n<h2>${e(w.posts)}</h2>\n<p><a href="posts.jsonl">posts.jsonl</a></p>\n<table>\n<thead><tr><th scope="col">${e(w.post)}</th><th scope="col">${e(w.state)}</th><th scope="col">${e(w.created)}</th><th scope="col">${e(w.published)}</th><th scope="col">${e(w.decisions)}</th><th scope="col">${e(w.findings)}</th><th scope="col">${e(w.deliveries)}</th></tr></thead>\n<tbody>\n`;
}

/** One post's row. */
export function postRow(line: ArchivePostLine, context: HtmlContext): string {
  const w = words(context);
  const post = line.post;
  const heading = `<code>${e(line.id)}</code>${post?.title !== undefined ? ` <strong>${e(post.title)}</strong>` : ""}${post ? `<br>${excerpt(post.text)}` : ""}${marks(line, context)}`;
  if (!post) return `<tr><td>${heading}</td><td></td><td></td><td></td><td>${historyList(line.history, context)}</td><td></td><td>${deliveryList(line.deliveries, line.takedowns, context)}</td></tr>\n`;
  const checks = post.checks;
  let findings = "";
  if (checks) {
    const count = (severity: string) => checks.findings.filter((f) => f.severity === severity).length;
    const accepted = checks.accepted.map((a) => `<li>${e(a.findingId)} ${e(w.accepted)} ${e(w.by)} ${who(a.by, context)}: „${e(a.reason)}“</li>`).join("");
    const listed = checks.findings.map((f) => `<li>${e(w.severity[f.severity])}: ${e(f.message[context.locale])} <span class="muted">(${e(f.checkId)}/${e(f.code)})</span></li>`).join("");
    findings = `${count("error")} ${e(w.errors)}, ${count("warning")} ${e(w.warningsShort)}, ${count("hint")} ${e(w.hints)}${listed ? `<ul>${listed}</ul>` : ""}${accepted ? `<ul>${accepted}</ul>` : ""}`;
  }
  const approval = post.approval ? `<p>${e(w.approved)} ${time(post.approval.at, context)} ${e(w.by)} ${who(post.approval.by, context)} <span class="muted">(rev. ${post.approval.revision})</span></p>` : "";
  const decisions = `${approval}${decided(w.rejected, post.rejection, context)}${decided(w.withdrawn, post.withdrawal, context)}${historyList(line.history, context)}`;
  return (
    `<tr><td>${heading}</td><td>${e(labelOf("post-state", post.state as PostState, context.locale))}</td><td>${time(post.createdAt, context)}<br><span class="muted">${who(post.authorId, context)}</span></td>` +
    `<td>${time(post.publishedAt, context)}</td><td>${decisions}</td><td>${findings}</td><td>${deliveryList(line.deliveries, line.takedowns, context)}</td></tr>\n`
  );
}

/** The start of the interactions' section. */
export function interactionsStart(context: HtmlContext): string {
  const w = words(context);
  return `</tbody>\n</table>\n</section>\n<section id="interactions">\n<h2>${e(w.interactions)}</h2>\n<p><a href="interactions.jsonl">interactions.jsonl</a></p>\n<table>\n<thead><tr><th scope="col">${e(w.message)}</th><th scope="col">${e(w.received)}</th><th scope="col">${e(w.status)}</th><th scope="col">${e(w.moderation)}</th></tr></thead>\n<tbody>\n`;
}

/** One interaction's row: its text, and every moderation step with its reason. */
export function interactionRow(line: ArchiveInteractionLine, context: HtmlContext): string {
  const w = words(context);
  const i = line.interaction;
  if (!i) return `<tr><td><code>${e(line.id)}</code>${marks(line, context)}</td><td></td><td></td><td>${historyList(line.history, context)}</td></tr>\n`;
  const heading =
    `<code>${e(line.id)}</code> ${e(i.kind)} · ${channelName(i.channelId, context)}<br><strong>${e(i.author.handle)}</strong>${i.author.displayName !== undefined ? ` (${e(i.author.displayName)})` : ""}` +
    `${i.postId !== undefined ? ` <span class="muted">${e(w.about)} <code>${e(i.postId)}</code></span>` : ""}<br>${excerpt(i.text)}${marks(line, context)}`;
  const moderation = `${decided(w.hidden, i.hidden, context)}${decided(w.closed, i.closure, context)}${historyList(line.history, context)}`;
  return `<tr><td>${heading}</td><td>${time(i.receivedAt, context)}</td><td>${e(labelOf("interaction-status", i.status as InteractionStatus, context.locale))}</td><td>${moderation}</td></tr>\n`;
}

/** The start of the replies' section. */
export function repliesStart(context: HtmlContext): string {
  const w = words(context);
  return `</tbody>\n</table>\n</section>\n<section id="replies">\n<h2>${e(w.replies)}</h2>\n<p><a href="replies.jsonl">replies.jsonl</a></p>\n<table>\n<thead><tr><th scope="col">${e(w.reply)}</th><th scope="col">${e(w.state)}</th><th scope="col">${e(w.created)}</th><th scope="col">${e(w.sent)}</th><th scope="col">${e(w.decisions)}</th><th scope="col">${e(w.deliveries)}</th></tr></thead>\n<tbody>\n`;
}

/** One reply's row. */
export function replyRow(line: ArchiveReplyLine, context: HtmlContext): string {
  const w = words(context);
  const r = line.reply;
  if (!r) return `<tr><td><code>${e(line.id)}</code>${marks(line, context)}</td><td></td><td></td><td></td><td>${historyList(line.history, context)}</td><td>${deliveryList(line.deliveries, line.takedowns, context)}</td></tr>\n`;
  const heading = `<code>${e(line.id)}</code> <span class="muted">${e(w.answers)} <code>${e(r.interactionId)}</code></span><br>${excerpt(r.text)}${marks(line, context)}`;
  return (
    `<tr><td>${heading}</td><td>${e(labelOf("reply-state", r.state as ReplyState, context.locale))}</td><td>${time(r.createdAt, context)}<br><span class="muted">${who(r.authorId, context)}</span></td>` +
    `<td>${time(r.sentAt, context)}</td><td>${decided(w.withdrawn, r.withdrawal, context)}${historyList(line.history, context)}</td><td>${deliveryList(line.deliveries, line.takedowns, context)}</td></tr>\n`
  );
}

/** The end: the files with their checksums, the counts, the warnings and how to verify. */
export function htmlEnd(files: readonly ArchiveFileEntry[], counts: ReadonlyArray<readonly [string, number]>, warnings: readonly string[], context: HtmlContext): string {
  const w = words(context);
  const fileRows = files.map((f) => `<tr><td><a href="${e(f.path)}">${e(f.path)}</a></td><td>${f.bytes}</td><td>${f.lines ?? ""}</td><td><code>${e(f.sha256)}</code></td></tr>`).join("\n");
  const countRows = counts.map(([label, n]) => `<tr><th scope="row">${e(label)}</th><td>${n}</td></tr>`).join("\n");
  const warningPart = warnings.length === 0 ? "" : `<h3>${e(w.warnings)}</h3><ul>${warnings.map((text) => `<li>${e(text)}</li>`).join("")}</ul>`;
  return (
    `</tbody>\n</table>\n</section>\n<section id="files">\n<h2>${e(w.files)}</h2>\n<table>\n<thead><tr><th scope="col">${e(w.file)}</th><th scope="col">${e(w.bytes)}</th><th scope="col">${e(w.lines)}</th><th scope="col">SHA-256</th></tr></thead>\n<tbody>\n${fileRows}\n</tbody>\n</table>\n` +
    `<p><a href="manifest.json">manifest.json</a></p>\n</section>\n<section id="summary">\n<h2>${e(w.summary)}</h2>\n<table>\n<tbody>\n${countRows}\n</tbody>\n</table>\n${warningPart}\n</section>\n` +
    `<section id="verify">\n<h2>${e(w.verify)}</h2>\n<p>${e(w.verifyText)}</p>\n<pre>npx kommune-sm-verify-archive &lt;folder&gt; [--key &lt;public-key.pem&gt;]</pre>\n</section>\n</main>\n</body>\n</html>\n`
  );
}

/** The label of a post state, interaction status or reply state for the summary's counts. */
export function stateLabel(kind: "post-state" | "interaction-status" | "reply-state", value: string, locale: ReportLocale): string {
  return labelOf(kind, value as never, locale);
}

/** The words of the summary's rows. */
export function summaryWords(locale: ReportLocale): { readonly posts: string; readonly interactions: string; readonly replies: string; readonly audit: string; readonly notInStore: string; readonly contextOnly: string; readonly redacted: string } {
  const w = WORDS[locale];
  return { posts: w.posts, interactions: w.interactions, replies: w.replies, audit: w.audit, notInStore: w.notInStore, contextOnly: w.contextOnly, redacted: w.redacted };
}
