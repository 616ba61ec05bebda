// The Musterstadt demo: `pnpm demo`. It runs the editorial workflow of a
// fictional town end to end, in simulated time (a TestClock), so that every
// run prints the same story, on the SQLite store (a file under
// .kommune-sm/demo/, new for every run), and publishes the approved posts to
// the sandbox network through the publishing engine: a fault retried, the
// crisis pause, the quiet-period override honoured when the post goes out.
// Then monitoring: the collector reads reactions into the inbox and the
// metrics into the store, a citizen is answered through the outbox (written
// by one person, approved by another), the first response is measured
// against the 24-hour goal, and a missing imprint link is found. The checks
// of @kommune-sm/scoring run with every submission (an error in a draft
// blocks its approval until it is fixed), and every citizen's message is
// triaged as it arrives, a reported danger first.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { SANDBOX_DISPLAY_NAME, SANDBOX_STORE_INDEXES, createSeededRandom, sandbox } from "@kommune-sm/adapter-sandbox";
import {
  MUSTERSTADT_CHANNELS,
  MUSTERSTADT_ORGANISATION,
  MUSTERSTADT_STRATEGY,
  MUSTERSTADT_TEAM,
  TestClock,
  accruedWithin,
  createKommune,
  gaugeAt,
  parseAuditJsonLines,
  truncateText,
  verifyAuditChain,
  zonedTimeToInstant,
  type Channel,
  type Post,
  type PostState,
  type PostVariant,
  type WorkflowResult,
} from "@kommune-sm/core";
import { createMemorySecrets, createPublishing, deliveryKindLabel, describeImprintFinding, type DeliveryKind, type DeliveryProblem, type DeliveryState } from "@kommune-sm/network";
import { formatHours, formatResult, reporting, type Report, type ReportingPlugin } from "@kommune-sm/reporting";
import { byTriagePriority, scoring, TRIAGE_PRODUCER } from "@kommune-sm/scoring";
import { createSqliteStore } from "@kommune-sm/store-sqlite";
import { clean, print } from "./print.js";

const tz = MUSTERSTADT_ORGANISATION.timeZone;
const local = (year: number, month: number, day: number, hour: number, minute = 0) => zonedTimeToInstant({ year, month, day, hour, minute }, tz);
const name = (id: string) => MUSTERSTADT_TEAM.find((m) => m.id === id)?.name ?? id;

/** The repository root; the demo's file goes under `.kommune-sm/` there, which git ignores. */
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Where `pnpm demo` keeps its SQLite file. */
export const DEFAULT_DEMO_FILE = join(repoRoot, ".kommune-sm", "demo", "musterstadt.db");

/**
 * The practice channel of the demo. Musterstadt's real channels (Mastodon,
 * Instagram, Facebook) have no adapter here, and a post goes only to the
 * channels its variants name: the demo's posts name only this one.
 */
const SANDBOX_CHANNEL: Channel = {
  id: "sandbox-main",
  organisationId: MUSTERSTADT_ORGANISATION.id,
  network: "sandbox",
  handle: "@musterstadt",
  displayName: "Stadt Musterstadt (Übungskonto)",
  options: {},
  active: true,
};
const SANDBOX_TOKEN = "uebungsnetz-zugang";
/** The post's variant for the practice channel; the sandbox's audience reacts to the pillar. */
const toSandbox = (pillar: string): PostVariant[] => [{ channelId: SANDBOX_CHANNEL.id, options: { sandbox: { pillar } } }];

/** What the demo leaves behind, for its test. */
export interface DemoResult {
  readonly tamperedCaught: boolean;
  /** The SQLite file it ran on. */
  readonly file: string;
  readonly postStates: readonly PostState[];
  readonly deliveries: readonly { readonly post: string; readonly kind: DeliveryKind; readonly state: DeliveryState; readonly attempts: number; readonly url?: string }[];
  /** Hours until the citizen got the first answer. */
  readonly firstResponseHours?: number;
  /** The imprint check's findings: with the link removed, and restored. */
  readonly imprint: { readonly missing: string; readonly restored: string };
  /** Posts on the sandbox timeline, by the idempotency key they were sent with. */
  readonly sandboxKeys: readonly string[];
  readonly auditIntact: boolean;
  /** January's monthly report: where its HTML and PDF are, and the report itself. */
  readonly monthlyReport: { readonly html: string; readonly pdf: string; readonly report: Report };
}

export async function runDemo(options: { readonly file?: string } = {}): Promise<DemoResult> {
  const file = options.file ?? DEFAULT_DEMO_FILE;
  // A fresh file for every run: the same story every time.
  mkdirSync(dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  const store = createSqliteStore({ file, indexes: { ...SANDBOX_STORE_INDEXES, deliveries: [["state", "nextAttemptAt"], "postId"] } });
  try {
    return await tellStory(store, file);
  } finally {
    await store.close();
  }
}

async function tellStory(store: ReturnType<typeof createSqliteStore>, file: string): Promise<DemoResult> {
  const clock = new TestClock(local(2027, 1, 5, 8, 30));
  const later = (minutes: number) => clock.advanceBy(minutes * 60_000);
  const practice = sandbox({ seed: "musterstadt-2027" });
  const jitter = createSeededRandom("musterstadt-2027", "backoff");
  const publishing = createPublishing({
    secrets: createMemorySecrets([[{ organisationId: MUSTERSTADT_ORGANISATION.id, channelId: SANDBOX_CHANNEL.id }, { accessToken: SANDBOX_TOKEN }]]),
    workerId: "musterstadt-demo",
    // One engine on this file: no need to look for work other workers added.
    pollIntervalMs: 0,
    // Backoff with seeded jitter, so every run retries at the same instant;
    // the first wait up to a minute (default: up to 2 s), so it shows on the clock.
    retry: { baseMs: 60_000 },
    random: () => jitter.next(),
    // The collector reads the practice account every hour (every ten minutes after a post), metrics every six hours; section 10 asks it to read at once.
    collector: { interactionsMs: 3_600_000, freshInteractionsMs: 600_000, metricsMs: 6 * 3_600_000, freshMetricsMs: 3_600_000, random: () => 0.5 },
  });
  // Musterstadt lets no post be approved while a check finds an error in it (a person may accept one with a reason).
  const organisation = { ...MUSTERSTADT_ORGANISATION, settings: { ...MUSTERSTADT_ORGANISATION.settings, checks: { blockApprovalOnErrors: true } } };
  const reports = reporting();
  const ksm = await createKommune({ organisation, clock, store, plugins: [practice, publishing.plugin, reports, scoring({ checks: { personalData: { allow: ["buergerservice@musterstadt.example"] } } })] });
  try {
    return await workflowAndPublishing(ksm, clock, later, practice, publishing, file, reports, store);
  } finally {
    await ksm.dispose();
  }
}

type Ksm = Awaited<ReturnType<typeof createKommune>>;

async function workflowAndPublishing(
  ksm: Ksm,
  clock: TestClock,
  later: (minutes: number) => Promise<void>,
  practice: ReturnType<typeof sandbox>,
  publishing: ReturnType<typeof createPublishing>,
  file: string,
  reports: ReportingPlugin,
  store: ReturnType<typeof createSqliteStore>,
): Promise<DemoResult> {
  for (const member of MUSTERSTADT_TEAM) await ksm.store.teamMembers.insert(member);
  for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
  await ksm.store.channels.insert(SANDBOX_CHANNEL);
  await ksm.store.strategies.insert(MUSTERSTADT_STRATEGY);

  print.title(`${ksm.organisation.name} – Social Media mit kommune-sm`);
  print.line(`${ksm.organisation.population.toLocaleString("de-DE")} Einwohnerinnen und Einwohner, AGS ${ksm.organisation.ags}, Bayern, Zeitzone ${tz}`);
  print.line(`Heute ist ${print.when(clock.now(), tz)}.`);

  print.section("1. Die Strategie");
  print.line(`„${MUSTERSTADT_STRATEGY.name}“`);
  for (const goal of MUSTERSTADT_STRATEGY.goals) {
    print.item(`Ziel: ${goal.statement} (${goal.kpiId}: von ${goal.baseline} auf ${goal.target} bis ${goal.deadline}, verantwortlich: ${name(goal.ownerId)})`);
  }
  print.item(`Themen: ${MUSTERSTADT_STRATEGY.pillars.map((p) => `${p.name} (${Math.round((p.share ?? 0) * 100)} %)`).join(", ")}`);
  print.item(`Zielgruppen: ${MUSTERSTADT_STRATEGY.audiences.map((a) => a.name).join(", ")}`);
  print.item(`Kanäle: ${MUSTERSTADT_CHANNELS.map((c) => `${c.network} ${c.handle}`).join(", ")}`);
  for (const period of MUSTERSTADT_STRATEGY.quietPeriods) {
    print.item(`Ruhephase: ${period.label}, ${print.date(period.startDate)} bis ${print.date(period.endDate)}`);
  }
  print.item(`Team: ${MUSTERSTADT_TEAM.map((m) => `${m.name} (${m.roles.join(", ")})`).join("; ")}`);

  print.section("2. Ein Beitrag, geschrieben von einer Person und freigegeben von einer anderen");
  const sperrmuell = must(
    await ksm.workflow.createPost(
      {
        text: "Sperrmüll-Termine 2027 sind online 🚛♻️ Ab sofort können Sie Ihren Termin im Bürgerservice-Portal buchen.",
        pillarId: "service",
        links: ["https://www.musterstadt.example/sperrmuell"],
        hashtags: ["Musterstadt", "Sperrmüll"],
        variants: toSandbox("service"),
      },
      "jonas-weber",
    ),
  );
  print.ok(`${name("jonas-weber")} schreibt: „${sperrmuell.text}“`);
  const checked = must(await ksm.workflow.submit(sperrmuell.id, "jonas-weber"));
  print.ok(`${name("jonas-weber")} reicht den Beitrag zur Prüfung ein. Die Prüfungen laufen mit:`);
  printFindings(checked);
  await later(47);
  must(await ksm.workflow.approve(sperrmuell.id, "leyla-yilmaz"));
  print.ok(`${name("leyla-yilmaz")} gibt ihn frei.`);
  await later(5);
  const at = local(2027, 1, 7, 9);
  must(await ksm.workflow.schedule(sperrmuell.id, "jonas-weber", at));
  print.ok(`Geplant für ${print.when(at, tz)}.`);

  print.section("3. Vier Augen: eine Selbstfreigabe wird abgelehnt");
  const kita = must(
    await ksm.workflow.createPost(
      { text: "Die Anmeldung für die Kitas startet am 1. Februar. Alle Infos: musterstadt.example/kita", pillarId: "service", variants: toSandbox("service") },
      "leyla-yilmaz",
    ),
  );
  must(await ksm.workflow.submit(kita.id, "leyla-yilmaz"));
  print.ok(`${name("leyla-yilmaz")} schreibt einen Beitrag zur Kita-Anmeldung und reicht ihn ein.`);
  const self = await ksm.workflow.approve(kita.id, "leyla-yilmaz");
  print.refused(`${name("leyla-yilmaz")} versucht, ihn selbst freizugeben`, self);
  await later(90);
  must(await ksm.workflow.approve(kita.id, "anna-becker"));
  print.ok(`${name("anna-becker")} gibt ihn frei.`);

  print.section("4. Neutralitätsgebot: ein Beitrag in der Ruhephase vor der Wahl");
  const rathaus = must(
    await ksm.workflow.createPost(
      {
        text: "Das Rathaus bleibt am 20. Januar wegen eines Wasserschadens geschlossen. Die Bürgermeisterin bittet um Verständnis.",
        pillarId: "rathaus",
        variants: toSandbox("rathaus"),
      },
      "jonas-weber",
    ),
  );
  must(await ksm.workflow.submit(rathaus.id, "jonas-weber"));
  await later(12);
  must(await ksm.workflow.approve(rathaus.id, "leyla-yilmaz"));
  print.ok(`${name("jonas-weber")} schreibt über die Schließung des Rathauses; ${name("leyla-yilmaz")} gibt frei.`);
  const when = local(2027, 1, 19, 17);
  print.refused(`Planen für ${print.when(when, tz)}`, await ksm.workflow.schedule(rathaus.id, "jonas-weber", when));
  print.refused(
    `${name("jonas-weber")} versucht, die Ruhephase zu übersteuern`,
    await ksm.workflow.schedule(rathaus.id, "jonas-weber", when, { override: { reason: "Ist doch wichtig" } }),
  );
  await later(30);
  const reason = "Amtliche Information zur Schließung des Rathauses, keine Wahlwerbung";
  must(await ksm.workflow.schedule(rathaus.id, "anna-becker", when, { override: { reason } }));
  print.ok(`${name("anna-becker")} (Administratorin) übersteuert mit Begründung: „${reason}“ – geplant.`);

  print.section("4a. Geprüft vor der Freigabe: ein Fehler sperrt, die Korrektur löst");
  const fundsache = must(
    await ksm.workflow.createPost(
      {
        text: "𝗪𝗜𝗖𝗛𝗧𝗜𝗚: Im Bürgerbüro wurde ein Schlüsselbund abgegeben. Abholen bei Herrn Meier, Tel. 0151 23456789.",
        pillarId: "service",
        media: [{ id: "schluessel", kind: "image", url: "https://www.musterstadt.example/fundsache.jpg" }],
        variants: toSandbox("service"),
      },
      "jonas-weber",
    ),
  );
  printFindings(must(await ksm.workflow.submit(fundsache.id, "jonas-weber")));
  print.refused(`${name("leyla-yilmaz")} will freigeben`, await ksm.workflow.approve(fundsache.id, "leyla-yilmaz"));
  await later(10);
  must(
    await ksm.workflow.editPost(
      fundsache.id,
      {
        text: "Im Bürgerbüro wurde ein Schlüsselbund abgegeben. Abholen zu den Öffnungszeiten, Fragen an buergerservice@musterstadt.example.",
        media: [{ id: "schluessel", kind: "image", url: "https://www.musterstadt.example/fundsache.jpg", altText: "Ein Schlüsselbund mit rotem Anhänger auf einem Tisch" }],
      },
      "jonas-weber",
    ),
  );
  const fixed = must(await ksm.workflow.submit(fundsache.id, "jonas-weber"));
  print.ok(`${name("jonas-weber")} korrigiert: Alternativtext ergänzt, private Nummer und Schmuckschrift entfernt.`);
  printFindings(fixed);
  must(await ksm.workflow.approve(fundsache.id, "leyla-yilmaz"));
  print.ok(`${name("leyla-yilmaz")} gibt frei.`);
  must(await ksm.workflow.withdraw(fundsache.id, "leyla-yilmaz", "Schlüssel wurde schon abgeholt"));
  print.ok("Bevor er geplant ist, holt der Besitzer den Schlüssel ab: der Beitrag wird zurückgezogen.");

  print.section("5. Das Prüfprotokoll");
  const entries = await ksm.audit.entries();
  for (const entry of entries) print.audit(entry, tz, name);
  const verified = await ksm.audit.verify();
  if (verified.ok) print.ok(`Hash-Kette geprüft: alle ${verified.entries} Einträge unverändert.`);
  else print.fail(`Hash-Kette beschädigt bei Eintrag ${verified.seq}: ${verified.message}`);

  print.section("6. Eine manipulierte Kopie wird erkannt");
  const exported = await ksm.audit.exportJsonLines();
  const override = entries.find((e) => e.data && typeof e.data === "object" && "quietPeriodOverride" in e.data)!;
  const tampered = exported
    .split("\n")
    .map((line, index) => (index === override.seq - 1 ? line.replace(reason, "Routinebeitrag") : line))
    .join("\n");
  print.line(`Jemand ändert im Export die Begründung der Übersteuerung (Eintrag ${override.seq}) in „Routinebeitrag“.`);
  const check = verifyAuditChain(parseAuditJsonLines(tampered), { organisationId: ksm.organisation.id });
  const tamperedCaught = !check.ok && check.seq === override.seq;
  if (!check.ok) print.ok(`Erkannt: Eintrag ${check.seq} passt nicht mehr zu seiner Prüfsumme (${check.problem}).`);
  else print.fail("Die Manipulation wurde NICHT erkannt.");

  const labels = new Map([
    [sperrmuell.id, "Sperrmüll-Termine"],
    [kita.id, "Kita-Anmeldung"],
    [rathaus.id, "Rathaus geschlossen"],
  ]);
  const published = await publish(ksm, clock, practice, publishing, file, { sperrmuell: sperrmuell.id, kita: kita.id, rathaus: rathaus.id }, labels);
  const monthlyReport = await writeMonthlyReport(ksm, clock, publishing, reports, store, file);

  const states = await ksm.store.posts.list({ orderBy: "createdAt" });
  print.section("Stand der Beiträge");
  for (const post of states) {
    const when = post.publishedAt ? `, veröffentlicht ${print.when(Date.parse(post.publishedAt), tz)}` : post.scheduledAt ? `, ${print.when(Date.parse(post.scheduledAt), tz)}` : "";
    print.item(`${print.state(post.state)}: „${truncateText(post.text, { max: 60 })}“${when}`);
  }
  print.line("");
  print.line(`Die Datei bleibt zum Nachsehen liegen: ${shown(file)}`);
  print.line(`Nächster Schritt (folgende Version): die Redaktionsplanung.`);
  return { tamperedCaught, file, postStates: states.map((post) => post.state), ...published, monthlyReport };
}

const networkProblems: Record<string, string> = {
  retryable: "vorübergehender Fehler",
  "rate-limited": "zu viele Anfragen",
  authentication: "Zugang ungültig – Konto bitte neu verbinden",
  "rejected-content": "Inhalt abgelehnt",
  "not-found": "nicht gefunden",
  unsupported: "nicht unterstützt",
  permanent: "dauerhafter Fehler",
  blocked: "vom Workflow angehalten",
  uncertain: "unklar, ob das Netz den Beitrag hat",
  "credentials-missing": "kein Zugang hinterlegt",
  "gave-up": "aufgegeben nach zu vielen Versuchen",
};

/** A problem in German for the town hall; the HTTP status, if the message names one. */
function describe(problem: DeliveryProblem): string {
  const status = /HTTP (\d{3})/.exec(problem.message)?.[1];
  return `${networkProblems[problem.kind] ?? problem.kind}${status ? ` (HTTP ${status})` : ""}${problem.networkReason ? `: „${problem.networkReason}“` : ""}`;
}

/** A path under the repository as a relative one, else as it is. */
function shown(file: string): string {
  const inRepo = relative(repoRoot, file);
  return inRepo.startsWith("..") || isAbsolute(inRepo) ? file : inRepo;
}

/** The new part of the story: publishing to the sandbox through the engine, in simulated time. */
async function publish(
  ksm: Ksm,
  clock: TestClock,
  practice: ReturnType<typeof sandbox>,
  publishing: ReturnType<typeof createPublishing>,
  file: string,
  posts: { readonly sperrmuell: string; readonly kita: string; readonly rathaus: string },
  labels: ReadonlyMap<string, string>,
): Promise<Omit<DemoResult, "tamperedCaught" | "file" | "postStates" | "monthlyReport">> {
  const { engine } = publishing;
  const network = practice.network();
  const label = (postId: string) => `„${labels.get(postId) ?? postId}“`;
  const at = (event: { readonly time: string }) => Date.parse(event.time);
  // What the engine does, as it happens.
  ksm.bus.on("delivery.started", (event) => {
    const { data } = event;
    const late = data.late ? " – verspätet, aber einmal" : "";
    print.event("→", at(event), tz, `${label(data.postId)} geht an ${data.channelId} (Versuch ${data.attempts})${late}`);
  });
  ksm.bus.on("delivery.retrying", (event) => {
    const { data } = event;
    const next = Date.parse(data.nextAttemptAt);
    const seconds = Math.round((next - at(event)) / 1000);
    const why = data.problem ? `Das Übungsnetz meldet: ${describe(data.problem)}. ` : "";
    print.event("✗", at(event), tz, `${why}Nächster Versuch in ${seconds} s: ${print.moment(next, tz)}`);
  });
  ksm.bus.on("delivery.succeeded", (event) => {
    const { data } = event;
    print.event("✓", at(event), tz, `${label(data.postId)} ist veröffentlicht (${data.attempts === 1 ? "1 Versuch" : `${data.attempts} Versuche`}): ${data.url ?? data.remoteId}`);
  });
  for (const type of ["delivery.failed", "delivery.uncertain", "delivery.blocked"] as const) {
    ksm.bus.on(type, (event) => print.event("✗", at(event), tz, `${label(event.data.postId)} → ${event.data.channelId}: ${describe(event.data.problem)}`));
  }
  ksm.bus.on("publishing.paused", (event) => print.event("⏸", at(event), tz, `${name(event.data.actorId)} hält alle Zustellungen an: „${event.data.reason}“`));
  ksm.bus.on("publishing.resumed", (event) => print.event("▶", at(event), tz, `${name(event.data.actorId)} hebt den Krisenmodus auf.`));
  const copiesOf = async (postId: string) => {
    const keys = new Set((await engine.deliveries(postId)).map((d) => d.idempotencyKey));
    return (await network.control.published()).filter((record) => keys.has(record.idempotencyKey)).length;
  };
  /** Moves simulated time; then waits for the engine (no fault here waits on the clock). */
  const until = async (instant: number) => {
    await clock.advanceTo(instant);
    await engine.idle();
  };

  print.section("7. Veröffentlichen im Übungsnetz, gespeichert in SQLite");
  print.item(`Speicher: SQLite-Datei ${shown(file)}, bei jedem Lauf neu angelegt; alles Bisherige (Beiträge, Prüfprotokoll) steht schon darin.`);
  print.item(`Netz: ${SANDBOX_DISPLAY_NAME}, Kanal ${SANDBOX_CHANNEL.id} (${SANDBOX_CHANNEL.handle}). Die Beiträge der Demo haben nur für diesen Kanal eine Variante.`);
  await ksm.bus.settled();
  const kitaAt = local(2027, 1, 7, 12);
  must(await ksm.workflow.schedule(posts.kita, "jonas-weber", kitaAt));
  await ksm.bus.settled();
  print.ok(`${name("jonas-weber")} plant auch den freigegebenen Kita-Beitrag, für ${print.when(kitaAt, tz)}.`);
  print.line("Im Postausgang: je Beitrag und Kanal eine Zustellung, gespeichert, bevor das Netz angesprochen wird.");
  print.table(
    ["Beitrag", "Kanal", "fällig", "Zustand"],
    (await engine.deliveries())
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .map((d) => [d.postId !== undefined ? (labels.get(d.postId) ?? d.postId) : "–", d.channelId, print.when(Date.parse(d.dueAt), tz), print.deliveryState(d.state)]),
  );

  print.section("8. Eine Störung im Netz wird wiederholt");
  network.faults.inject({ kind: "server-error", status: 503, operation: "publish" });
  print.line(`Eingespielte Störung: Der nächste Aufruf zum Veröffentlichen scheitert mit HTTP 503 (Server überlastet).`);
  await until(local(2027, 1, 7, 9));
  await until(local(2027, 1, 7, 9, 5));
  print.ok(`Im Übungsnetz steht der Sperrmüll-Beitrag genau ${(await copiesOf(posts.sperrmuell)) === 1 ? "einmal" : "NICHT einmal"}: dieselbe Zustellung, derselbe Schlüssel.`);

  print.section("9. Krisenmodus: eine Unwetterwarnung hält alles an");
  await clock.advanceTo(local(2027, 1, 7, 11, 30));
  await engine.pause("anna-becker", "Unwetterwarnung: Sturmböen bis 110 km/h, der Krisenstab informiert – keine Routinebeiträge");
  await until(kitaAt);
  const [held] = await engine.deliveries(posts.kita);
  const kitaPost = await ksm.store.posts.require(posts.kita);
  print.event("⏸", clock.now(), tz, `${label(posts.kita)} ist fällig und bleibt im Postausgang: ${print.deliveryState(held!.state)}, ${held!.attempts} Versuche, Beitrag: ${print.state(kitaPost.state)}; im Übungsnetz: ${(await copiesOf(posts.kita)) === 0 ? "noch nichts" : "schon da?!"}.`);
  await clock.advanceTo(local(2027, 1, 7, 14));
  await engine.resume("anna-becker");
  await until(clock.now()); // the held delivery is due: it goes out now
  print.ok(`Nach dem Krisenmodus: der Kita-Beitrag steht ${(await copiesOf(posts.kita)) === 1 ? "genau einmal" : "NICHT genau einmal"} im Übungsnetz, zwei Stunden später als geplant.`);

  print.section("10. Ein paar Stunden später: Monitoring – Kennzahlen und Posteingang");
  await until(local(2027, 1, 7, 19, 40));
  // Among the simulated citizens' messages, one that reports a danger.
  await network.control.receiveInteraction({ kind: "mention", text: "Am Spielplatz in der Lindenstraße ist ein Baum auf den Weg gestürzt, da spielen noch Kinder!", author: "@anwohnerin@buerger.example" });
  await until(local(2027, 1, 7, 20));
  // The collector reads on its own schedule; here it is asked to read now, so the story shows it.
  const [interactionsRun, metricsRun] = await publishing.collector.collectNow(SANDBOX_CHANNEL.id);
  print.line(
    `Der Sammler liest das Übungskonto nach seinem Zeitplan (stündlich, nach einem neuen Beitrag alle zehn Minuten, im Rahmen des Anfragebudgets) und speichert, was er findet, mit Herkunft; eben noch einmal: ${interactionsRun!.added} neue Nachrichten, ${metricsRun!.added} Messwerte gespeichert.`,
  );
  const remote = new Map((await engine.deliveries()).flatMap((d) => (d.kind === "post" && d.remoteId ? [[d.remoteId, d.postId] as const] : [])));
  const now = new Date(clock.now()).toISOString();
  const since = new Date(local(2027, 1, 7, 0)).toISOString();
  // Counters are running totals: what accrued since midnight is the last total minus the one before, never a sum of polls.
  const accrued = async (postId: string, metric: string) => (await accruedWithin(ksm.store.metrics, { metric, channelId: SANDBOX_CHANNEL.id, postId, from: since, to: now })).value;
  print.line(`Seit Mitternacht, Stand ${print.when(clock.now(), tz)}:`);
  const rows: (string | number)[][] = [];
  for (const postId of new Set(remote.values())) {
    rows.push([labels.get(postId) ?? postId, ...(await Promise.all(["impressions", "reach", "likes", "shares", "comments", "clicks"].map((metric) => accrued(postId, metric))))]);
  }
  print.table(["Beitrag", "Aufrufe", "Reichweite", "Gefällt mir", "Geteilt", "Kommentare", "Klicks"], rows);
  const followers = await gaugeAt(ksm.store.metrics, { metric: "followers", channelId: SANDBOX_CHANNEL.id, at: now });
  if (followers) print.item(`Follower des Übungskontos: ${print.number(followers.value)} (gemessen ${print.time(Date.parse(followers.at), tz)})`);
  const inbox = await ksm.store.interactions.list({ where: { channelId: SANDBOX_CHANNEL.id }, orderBy: "receivedAt" });
  print.line(`${inbox.length} Nachrichten von Bürgerinnen und Bürgern im Posteingang (simuliert)${inbox.length > 5 ? ", die ersten fünf" : ""}:`);
  for (const comment of inbox.slice(0, 5)) {
    const author = comment.author.displayName ? `${clean(comment.author.displayName)} (${clean(comment.author.handle)})` : clean(comment.author.handle);
    // Citizen text: shown as plain text, control characters stripped by print.
    print.item(`${print.time(Date.parse(comment.receivedAt), tz)} ${author}${comment.postId ? ` zu ${label(comment.postId)}` : ""}: „${clean(comment.text)}“`);
  }

  await ksm.bus.settled();
  const triaged = (await ksm.store.interactions.list({ where: { channelId: SANDBOX_CHANNEL.id } })).sort(byTriagePriority);
  print.line("Jede Nachricht wird beim Eintreffen eingeordnet (Stimmung, Antwort nötig, Gefahr, Netiquette, Thema); das Dringendste zuerst:");
  for (const message of triaged.slice(0, 3)) {
    const verdict = message.triage?.[TRIAGE_PRODUCER];
    const danger = (verdict?.data as { danger?: { suggestedReply?: { de: string } } } | undefined)?.danger;
    print.item(`Priorität ${Math.round((verdict?.score ?? 0) * 100)}: „${clean(message.text)}“ – ${(verdict?.labels ?? []).join(", ")}`);
    if (danger?.suggestedReply) print.item(`  Antwortvorschlag: „${danger.suggestedReply.de}“`);
  }

  print.section("10a. Eine Nachricht wird beantwortet – geschrieben, gegengelesen, über den Postausgang gesendet");
  const question = inbox.find((i) => i.postId !== undefined) ?? inbox[0];
  let firstResponseHours: number | undefined;
  if (question) {
    await clock.advanceBy(45 * 60_000);
    const draft = must(await ksm.workflow.draftReply(question.id, "Vielen Dank für Ihre Nachricht! Die Termine stehen auch unter musterstadt.example/sperrmuell.", "jonas-weber"));
    print.ok(`${name("jonas-weber")} schreibt eine Antwort an ${clean(question.author.handle)}.`);
    await clock.advanceBy(20 * 60_000);
    must(await ksm.workflow.approveReply(draft.id, "leyla-yilmaz"));
    print.ok(`${name("leyla-yilmaz")} liest gegen und gibt frei.`);
    await engine.sendReply(draft.id, "jonas-weber");
    await until(clock.now() + 1_000);
    const sent = await ksm.store.replies.require(draft.id);
    const answered = await ksm.store.interactions.require(question.id);
    const [sample] = await ksm.store.metrics.query({ metric: "first-response-hours", channelId: SANDBOX_CHANNEL.id });
    firstResponseHours = sample?.value;
    print.ok(`Die Antwort ist gesendet (${print.deliveryState(sent.deliveryState ?? "scheduled", "reply")}, ${sent.url ?? sent.remoteId ?? "–"}); die Nachricht ist ${answered.status === "answered" ? "beantwortet" : answered.status}.`);
    if (firstResponseHours !== undefined) {
      const hours = Math.floor(firstResponseHours);
      const minutes = Math.round((firstResponseHours - hours) * 60);
      print.ok(`Erste Antwort nach ${hours} Std. ${minutes} Min. – Ziel: innerhalb von 24 Stunden ${firstResponseHours <= 24 ? "✓ erreicht" : "✗ verfehlt"}.`);
    }
  }

  print.section("10b. Impressumspflicht: fehlt der Link im Profil, fällt es auf");
  network.control.removeImprintLink(SANDBOX_CHANNEL.id);
  print.line("Jemand entfernt im Übungskonto den Impressums-Link aus dem Profil.");
  const missing = await publishing.imprint.checkNow(SANDBOX_CHANNEL.id);
  print.item(describeImprintFinding(missing, "de", { timeZone: tz }));
  network.control.restoreImprintLink(SANDBOX_CHANNEL.id);
  const restored = await publishing.imprint.checkNow(SANDBOX_CHANNEL.id);
  print.item(describeImprintFinding(restored, "de", { timeZone: tz }));

  print.section("11. Neutralitätsgebot beim Veröffentlichen: die Übersteuerung gilt");
  const rathausAt = local(2027, 1, 19, 17);
  print.line(
    `${print.when(rathausAt, tz)}, mitten in der Ruhephase: Der Rathaus-Beitrag ist fällig. Die Übersteuerung von ${name("anna-becker")} ist am Beitrag gespeichert; der Workflow lässt ihn gehen.`,
  );
  await until(rathausAt);

  print.section("12. Ein Beitrag wird zurückgezogen – und aus dem Netz genommen");
  ksm.bus.on("takedown.succeeded", (event) => print.event("✓", at(event), tz, `${label(event.data.postId)} ist aus ${event.data.channelId} entfernt.`));
  const withdrawAt = local(2027, 1, 20, 9);
  await until(withdrawAt);
  const reason = "Anmeldefrist falsch angegeben; korrigierte Fassung folgt";
  must(await ksm.workflow.withdraw(posts.kita, "leyla-yilmaz", reason));
  print.ok(`${name("leyla-yilmaz")} zieht den Kita-Beitrag zurück: „${reason}“. Der Postausgang nimmt ihn aus dem Übungsnetz (eine Löschung, geprüft und protokolliert).`);
  await until(withdrawAt + 60_000);
  const stillOnline = (await network.control.published()).some((record) => record.text.includes("Kita"));
  if (stillOnline) print.fail("Der Kita-Beitrag steht noch im Übungsnetz.");
  else print.ok("Im Übungsnetz steht der Kita-Beitrag nicht mehr.");

  print.section("13. Die Zustellungen");
  /** What a delivery is about: its post, or the post a citizen wrote under. */
  const whatOf = (d: { readonly kind: DeliveryKind; readonly postId?: string }) => {
    const post = d.postId !== undefined ? (labels.get(d.postId) ?? d.postId) : undefined;
    return d.kind === "reply" ? (post ? `Antwort zu ${post}` : "Antwort") : (post ?? "–");
  };
  const deliveries = (await engine.deliveries()).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  print.table(
    ["Beitrag", "Kanal", "Art", "Zustand", "Versuche", "Link"],
    deliveries.map((d) => [whatOf(d), d.channelId, deliveryKindLabel(d.kind), print.deliveryState(d.state, d.kind), d.attempts, (d.kind !== "takedown" ? d.url : undefined) ?? "–"]),
  );
  const verified = await ksm.audit.verify();
  if (verified.ok) print.ok(`Hash-Kette geprüft: alle ${verified.entries} Einträge unverändert, mit Zustellungen und Krisenmodus.`);
  else print.fail(`Hash-Kette beschädigt bei Eintrag ${verified.seq}: ${verified.message}`);
  return {
    deliveries: deliveries.map((d) => ({ post: whatOf(d), kind: d.kind, state: d.state, attempts: d.attempts, ...(d.kind !== "takedown" && d.url ? { url: d.url } : {}) })),
    ...(firstResponseHours !== undefined ? { firstResponseHours } : {}),
    imprint: { missing: missing.status, restored: restored.status },
    sandboxKeys: (await network.control.published()).map((record) => record.idempotencyKey),
    auditIntact: verified.ok,
  };
}

/** Two neighbouring towns in the same store, as a county's suite holds them; their figures come from their own collectors (here written directly). */
const NEIGHBOURS = [
  { id: "nachbarhausen", name: "Gemeinde Nachbarhausen", kind: "gemeinde", ags: "09999998", population: 8_240, reached: [410, 380, 520, 300, 460, 390] },
  { id: "beispieldorf", name: "Markt Beispieldorf", kind: "gemeinde", ags: "09999997", population: 3_870, reached: [640, 210, 180, 350] },
] as const;

/** The monthly report: the collector reads on through January, then the report for January is written as HTML and PDF. */
async function writeMonthlyReport(
  ksm: Ksm,
  clock: TestClock,
  publishing: ReturnType<typeof createPublishing>,
  reports: ReportingPlugin,
  store: ReturnType<typeof createSqliteStore>,
  file: string,
): Promise<DemoResult["monthlyReport"]> {
  print.section("14. Monatsbericht Januar 2027: Kennzahlen, Ziele, Antwortzeiten, Empfehlungen");
  const samplesBefore = (await ksm.store.metrics.query({})).length;
  // The collector keeps reading the practice account on its schedule until the month is over.
  for (let day = 21; day <= 32; day++) {
    await clock.advanceTo(day <= 31 ? local(2027, 1, day, 8) : local(2027, 2, 1, 8));
    await publishing.engine.idle();
  }
  const collected = (await ksm.store.metrics.query({})).length - samplesBefore;
  print.line(`${print.when(clock.now(), tz)}: Der Sammler hat bis zum Monatsende weiter gelesen (${print.number(collected)} weitere Messwerte). Der Bericht für Januar entsteht aus dem, was gespeichert ist.`);

  for (const town of NEIGHBOURS) {
    await store.organisations.save({ ...MUSTERSTADT_ORGANISATION, id: town.id, name: town.name, kind: town.kind, ags: town.ags, population: town.population, imprintUrl: `https://${town.id}.example/impressum` });
    const tenant = store.tenant(town.id);
    await tenant.channels.insert({ ...SANDBOX_CHANNEL, organisationId: town.id, handle: `@${town.id}` });
    await tenant.metrics.append(
      town.reached.flatMap((reach, index) => [
        { organisationId: town.id, channelId: SANDBOX_CHANNEL.id, postId: `${town.id}-${index}`, metric: "reach", at: new Date(local(2027, 1, 4 + index * 4, 10)).toISOString(), value: 0 },
        { organisationId: town.id, channelId: SANDBOX_CHANNEL.id, postId: `${town.id}-${index}`, metric: "reach", at: new Date(local(2027, 1, 6 + index * 4, 10)).toISOString(), value: reach },
      ]),
    );
  }
  const report = await reports.buildReport({ period: "2027-01", compareWith: { store, organisationIds: NEIGHBOURS.map((town) => town.id) } });
  const folder = dirname(file);
  const html = join(folder, "monatsbericht-2027-01.html");
  const pdf = join(folder, "monatsbericht-2027-01.pdf");
  writeFileSync(html, await ksm.registries.renderers.require("html").render(report));
  writeFileSync(pdf, await ksm.registries.renderers.require("pdf").render(report));
  print.ok(`„${report.title}“ geschrieben: ${shown(html)} (HTML mit Diagrammen) und ${shown(pdf)} (barrierearmes PDF).`);

  const row = (id: string) => report.sections.flatMap((section) => (section.kind === "kpis" ? section.rows : [])).find((each) => each.kpiId === id);
  const figure = (id: string) => {
    const found = row(id);
    return found === undefined ? "–" : formatResult(found.result, found.unit, "de");
  };
  const responses = report.sections.find((section) => section.kind === "response-times")?.report.overall;
  print.line("Drei Zahlen für die Amtsleitung:");
  print.item(`Reichweite je 1.000 Einwohner: ${figure("reach-per-1000-inhabitants")}`);
  print.item(`Interaktionsrate (Interaktionen je Aufruf): ${figure("engagement-rate")}`);
  print.item(
    `Nachrichten binnen 24 Stunden beantwortet: ${responses?.shareWithin === undefined ? "–" : `${Math.round(responses.shareWithin * 100)} %`} von ${responses?.received ?? 0} (Median ${formatHours(responses?.median, "de")}, ${responses?.waiting ?? 0} warten noch)`,
  );
  const comparison = report.sections.find((section) => section.kind === "comparison")?.comparison;
  if (comparison) {
    print.line("Im Vergleich mit den Nachbarn (Reichweite je 1.000 Einwohner, aus dem gemeinsamen Speicher, jede Kommune aus ihren eigenen Daten):");
    print.table(
      ["Kommune", "Einwohner", "Größenklasse", "Reichweite je 1.000 EW", "Platz"],
      comparison.rows.map((town) => [town.name, town.population, town.sizeClass, town.compared === undefined ? "–" : Math.round(town.compared * 10) / 10, town.rank ?? "–"]),
    );
  }
  const advice = report.sections.find((section) => section.kind === "recommendations")?.rows ?? [];
  print.line(`Empfehlungen nach festen Regeln (${advice.length}):`);
  for (const each of advice) print.item(`[${each.rule}] ${each.text}`);
  return { html, pdf, report };
}

/** What the checks found in a post, with their places, errors first. */
function printFindings(post: Post): void {
  const order = { error: 0, warning: 1, hint: 2 } as const;
  const findings = [...(post.checks?.findings ?? [])].sort((a, b) => order[a.severity] - order[b.severity]);
  if (findings.length === 0) print.item("Prüfungen: nichts gefunden.");
  const word = { error: "Fehler", warning: "Warnung", hint: "Hinweis" } as const;
  for (const finding of findings) {
    const where = finding.location?.start !== undefined ? ` (Zeichen ${finding.location.graphemeStart! + 1}–${finding.location.graphemeEnd})` : "";
    print.item(`${word[finding.severity]} [${finding.checkId}]${where}: ${finding.message.de}`);
  }
}

function must<T>(result: WorkflowResult<T>): T {
  if (!result.ok) throw new Error(`Unerwartet abgelehnt: ${result.refusal.message}`);
  return result.value;
}

// Run when started directly (pnpm demo), not when a test imports it.
if (import.meta.url === `file://${process.argv[1]}`) {
  runDemo()
    .then((result) => {
      const allOut = result.deliveries.length > 0 && result.deliveries.every((d) => d.state === "succeeded");
      process.exit(result.tamperedCaught && result.auditIntact && allOut ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
