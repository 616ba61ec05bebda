// The Musterstadt demo: `pnpm demo`. It runs the editorial workflow of a
// fictional town end to end, in simulated time (a TestClock), so that every
// run prints the same story. Later issues extend it with publishing,
// monitoring and reporting.
import {
  MUSTERSTADT_CHANNELS,
  MUSTERSTADT_ORGANISATION,
  MUSTERSTADT_STRATEGY,
  MUSTERSTADT_TEAM,
  TestClock,
  createKommune,
  parseAuditJsonLines,
  truncateText,
  verifyAuditChain,
  zonedTimeToInstant,
  type Kommune,
  type WorkflowResult,
} from "@kommune-sm/core";
import { print } from "./print.js";

const tz = MUSTERSTADT_ORGANISATION.timeZone;
const local = (year: number, month: number, day: number, hour: number, minute = 0) => zonedTimeToInstant({ year, month, day, hour, minute }, tz);
const name = (id: string) => MUSTERSTADT_TEAM.find((m) => m.id === id)?.name ?? id;

export async function runDemo(): Promise<{ ksm: Kommune; tamperedCaught: boolean }> {
  const clock = new TestClock(local(2027, 1, 5, 8, 30));
  const later = (minutes: number) => clock.advanceBy(minutes * 60_000);
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock });
  for (const member of MUSTERSTADT_TEAM) await ksm.store.teamMembers.insert(member);
  for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
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
      },
      "jonas-weber",
    ),
  );
  print.ok(`${name("jonas-weber")} schreibt: „${sperrmuell.text}“`);
  must(await ksm.workflow.submit(sperrmuell.id, "jonas-weber"));
  print.ok(`${name("jonas-weber")} reicht den Beitrag zur Prüfung ein.`);
  await later(47);
  must(await ksm.workflow.approve(sperrmuell.id, "leyla-yilmaz"));
  print.ok(`${name("leyla-yilmaz")} gibt ihn frei.`);
  await later(5);
  const at = local(2027, 1, 7, 9);
  must(await ksm.workflow.schedule(sperrmuell.id, "jonas-weber", at));
  print.ok(`Geplant für ${print.when(at, tz)}.`);

  print.section("3. Vier Augen: eine Selbstfreigabe wird abgelehnt");
  const kita = must(
    await ksm.workflow.createPost({ text: "Die Anmeldung für die Kitas startet am 1. Februar. Alle Infos: musterstadt.example/kita", pillarId: "service" }, "leyla-yilmaz"),
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
      { text: "Das Rathaus bleibt am 20. Januar wegen eines Wasserschadens geschlossen. Die Bürgermeisterin bittet um Verständnis.", pillarId: "rathaus" },
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

  const states = await ksm.store.posts.list();
  print.section("Stand der Beiträge");
  for (const post of states) print.item(`${print.state(post.state)}: „${truncateText(post.text, { max: 60 })}“${post.scheduledAt ? `, ${print.when(Date.parse(post.scheduledAt), tz)}` : ""}`);
  print.line("");
  print.line(`Nächste Schritte (folgende Versionen): Veröffentlichen über Netzwerk-Adapter, Monitoring, Berichte.`);
  return { ksm, tamperedCaught };
}

function must<T>(result: WorkflowResult<T>): T {
  if (!result.ok) throw new Error(`Unerwartet abgelehnt: ${result.refusal.message}`);
  return result.value;
}

// Run when started directly (pnpm demo), not when a test imports it.
if (import.meta.url === `file://${process.argv[1]}`) {
  runDemo()
    .then(async ({ ksm, tamperedCaught }) => {
      await ksm.dispose();
      process.exit(tamperedCaught ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
