import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_DEMO_FILE, runDemo } from "./main.js";

describe("the Musterstadt demo", () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it("tells the whole story: approval, refusals, a caught manipulation, publishing to the sandbox on SQLite with a retried fault and the crisis pause, then monitoring, an answer to a citizen, the imprint check and January's monthly report", { timeout: 60_000 }, async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void lines.push(String(line)));
    const folder = mkdtempSync(join(tmpdir(), "ksm-demo-"));
    folders.push(folder);
    const file = join(folder, "demo", "musterstadt.db");
    const result = await runDemo({ file });
    const output = lines.join("\n");

    // The editorial workflow, as before.
    expect(result.tamperedCaught).toBe(true);
    expect(output).toMatch(/abgelehnt \[four-eyes\]/);
    expect(output).toMatch(/abgelehnt \[quiet-period\]/);
    expect(output).toMatch(/abgelehnt \[override-not-allowed\]/);
    expect(output).toMatch(/Hash-Kette geprüft: alle 18 Einträge unverändert/);

    // The checks run with the workflow: an error stops approval, the corrected draft passes; messages are triaged, the danger first.
    expect(output).toMatch(/Fehler \[accessibility\]: Bild 1 hat keinen Alternativtext/);
    expect(output).toMatch(/Warnung \[personal-data\] \(Zeichen \d+–\d+\): Eine Telefonnummer/);
    expect(output).toMatch(/will freigeben: abgelehnt \[open-findings\]/);
    expect(output).toMatch(/Priorität \d+: „Am Spielplatz in der Lindenstraße ist ein Baum auf den Weg gestürzt.*danger\.tree/);
    expect(output).toMatch(/Antwortvorschlag: „.*112/);

    // On the SQLite file the demo names; closed at the end.
    expect(DEFAULT_DEMO_FILE.replaceAll("\\", "/")).toMatch(/\/\.kommune-sm\/demo\/musterstadt\.db$/);
    expect(result.file).toBe(file);
    expect(existsSync(file)).toBe(true);
    expect(output).toContain(`SQLite-Datei ${file}`);

    // The fault is retried, at a local time; the pause holds a due post; resume sends it late, once.
    expect(output).toMatch(/vorübergehender Fehler \(HTTP 503\)\. Nächster Versuch in \d+ s: Do\., 07\.01\.2027, 09:0\d:\d\d MEZ/);
    expect(output).toMatch(/hält alle Zustellungen an: „Unwetterwarnung/);
    expect(output).toMatch(/„Kita-Anmeldung“ ist fällig und bleibt im Postausgang: geplant, 0 Versuche/);
    expect(output).toMatch(/„Kita-Anmeldung“ geht an sandbox-main \(Versuch 1\) – verspätet, aber einmal/);
    // The quiet-period override stored on the post lets it go out.
    expect(output).toMatch(/„Rathaus geschlossen“ ist veröffentlicht/);
    // Monitoring: the collector stores what the sandbox's citizens wrote and the metrics; one is answered through the outbox.
    expect(output).toMatch(/Der Sammler liest das Übungskonto nach seinem Zeitplan .* eben noch einmal: \d+ neue Nachrichten, \d+ Messwerte gespeichert/);
    expect(output).toMatch(/\d+ Nachrichten von Bürgerinnen und Bürgern im Posteingang \(simuliert\)/);
    expect(output).toMatch(/Jonas Weber schreibt eine Antwort/);
    expect(output).toMatch(/Leyla Yılmaz liest gegen und gibt frei/);
    expect(output).toMatch(/Die Antwort ist gesendet \(gesendet, /);
    expect(output).toMatch(/Erste Antwort nach \d+ Std\. \d+ Min\. – Ziel: innerhalb von 24 Stunden ✓ erreicht/);
    expect(result.firstResponseHours).toBeGreaterThan(0);
    expect(result.firstResponseHours).toBeLessThanOrEqual(24);
    expect(result.imprint).toEqual({ missing: "missing", restored: "ok" });

    // Every approved post published, each exactly once on the sandbox; the withdrawn one taken down again.
    expect(output).toMatch(/„Kita-Anmeldung“ ist aus sandbox-main entfernt/);
    expect([...result.postStates].sort()).toEqual(["published", "published", "withdrawn", "withdrawn"]);
    expect(output).toMatch(/Im Übungsnetz steht der Kita-Beitrag nicht mehr/);
    expect(result.deliveries.map((d) => [d.post, d.kind, d.state, d.attempts])).toEqual([
      ["Sperrmüll-Termine", "post", "succeeded", 2],
      ["Kita-Anmeldung", "post", "succeeded", 1],
      ["Antwort zu Sperrmüll-Termine", "reply", "succeeded", 1],
      ["Rathaus geschlossen", "post", "succeeded", 1],
      ["Kita-Anmeldung", "takedown", "succeeded", 1],
    ]);
    expect(result.deliveries.filter((d) => d.kind === "post").every((d) => d.url?.startsWith("sandbox://musterstadt/posts/"))).toBe(true);
    // Two posts (the withdrawn one is gone) and the answer to the citizen, each once.
    expect(result.sandboxKeys).toHaveLength(3);
    expect(new Set(result.sandboxKeys).size).toBe(3);
    expect(result.auditIntact).toBe(true);

    // January's monthly report, from what the collector stored, as HTML and PDF beside the database, with three headline figures and two neighbours.
    const monthly = result.monthlyReport;
    expect(output).toContain(`„Monatsbericht Social Media Januar 2027“ geschrieben: ${monthly.html}`);
    expect(monthly.html).toBe(join(folder, "demo", "monatsbericht-2027-01.html"));
    const html = readFileSync(monthly.html, "utf8");
    expect(html).toContain("Monatsbericht Social Media Januar 2027</h1>");
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).not.toMatch(/<script/i);
    const pdf = readFileSync(monthly.pdf);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/StructTreeRoot");
    expect(output).toMatch(/Reichweite je 1\.000 Einwohner: \d+(,\d)? \/ 1\.000/);
    expect(output).toMatch(/Interaktionsrate \(Interaktionen je Aufruf\): \d+(,\d)? %/);
    expect(output).toMatch(/Nachrichten binnen 24 Stunden beantwortet: \d+ % von \d+/);
    expect(output).toMatch(/Stadt Musterstadt\s+24\.310\s+mittelstadt/);
    expect(output).toMatch(/Gemeinde Nachbarhausen\s+8\.240\s+kleinstadt/);
    expect(output).toMatch(/Markt Beispieldorf\s+3\.870\s+landgemeinde/);
    expect(monthly.report.sections.map((section) => section.kind)).toEqual(expect.arrayContaining(["kpis", "goals", "response-times", "posts", "comparison", "recommendations"]));
    // Each recommendation names its rule and cites figures.
    for (const section of monthly.report.sections) if (section.kind === "recommendations") for (const row of section.rows) expect(Object.keys(row.figures).length).toBeGreaterThan(0);

    // Nothing from citizens reaches the terminal with control characters.
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
