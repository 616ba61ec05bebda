// Musterstadt on Mastodon, end to end, against a fake Mastodon instance on
// this machine (it keeps Mastodon's documented behaviour; nothing leaves the
// machine): connect the account (OAuth with PKCE), publish two posts through
// the editorial workflow and the publishing engine (one with an image and
// alt text, one behind a content warning), collect a citizen's question and
// the counts, answer the question through the outbox, print the links.
//
//   pnpm exec tsx examples/mastodon-fake/main.ts
//
// The README next to this file says how to point the same code at a real
// account.
import { createKommune, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock } from "@kommune-sm/core";
import { createMemorySecrets, createPublishing } from "@kommune-sm/network";
import { createMastodonConnector, mastodon } from "@kommune-sm/adapter-mastodon";
import { startFakeMastodon } from "../../packages/adapter-mastodon/src/test-support/fake-mastodon.js";

/** Runs the story; resolves with what it printed, line by line. */
export async function main(print: (line: string) => void = console.log): Promise<string[]> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print(line);
  };
  // One clock for the town hall and the fake instance: the story moves in minutes, not in real time.
  const clock = new TestClock("2027-03-15T08:00:00+01:00");
  const fake = await startFakeMastodon({ domain: "social.musterstadt.example", now: () => clock.now() });
  const secrets = createMemorySecrets();
  const publishing = createPublishing({ secrets, media: fake.mediaStore, pollIntervalMs: 0, autoStart: false, imprint: false });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, store: createMemoryStore(), plugins: [mastodon({ mediaPolling: { intervalMs: 10, maxIntervalMs: 50, timeoutMs: 5_000 } }), publishing.plugin] });
  try {
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });

    say("1. Das Konto verbinden");
    const connector = createMastodonConnector({ clientName: "Rathaus-Cockpit Musterstadt", redirectUri: "urn:ietf:wg:oauth:2.0:oob" });
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    say(`   Anmelden und Zugriff erlauben unter: ${new URL(authoriseUrl).origin}/oauth/authorize?…`);
    // A person would open authoriseUrl in a browser, log in, allow access and copy the code the instance shows; the fake does what the instance would.
    const grant = fake.authorise(authoriseUrl);
    const { handle } = await connector.completeAuthorisation(pending, { code: grant.code }, { store: ksm.store, secrets, channelId: "mastodon-main" });
    say(`   Verbunden: ${handle} (Berechtigungen: ${Object.keys(connector.scopes).join(", ")})`);

    say("2. Zwei Beiträge: geschrieben, freigegeben, veröffentlicht");
    const image = fake.media("image", 0);
    const posts = [
      { text: "Das Stadtfest beginnt am Samstag um 11 Uhr auf dem Marktplatz. Programm: https://www.musterstadt.example/stadtfest #Stadtfest", media: [{ ...image, altText: "Bühne auf dem Marktplatz mit bunten Lichterketten" }] },
      { text: "Die Feuerwehr übt am Dienstag einen Großeinsatz am Klärwerk. Es gibt keinen Grund zur Sorge.", contentWarning: "Übung: Sirenen und Rauch" },
    ];
    const postIds: string[] = [];
    for (const post of posts) {
      const created = await ksm.workflow.createPost({ ...post, variants: [{ channelId: "mastodon-main" }] }, "jonas");
      if (!created.ok) throw new Error(created.refusal.message);
      await ksm.workflow.submit(created.value.id, "jonas");
      const approved = await ksm.workflow.approve(created.value.id, "leyla");
      if (!approved.ok) throw new Error(approved.refusal.message);
      const scheduled = await ksm.workflow.schedule(created.value.id, "jonas", clock.now() + 60_000);
      if (!scheduled.ok) throw new Error(scheduled.refusal.message);
      postIds.push(created.value.id);
    }
    await clock.advanceBy(60_000);
    await publishing.engine.runDue();
    for (const delivery of await publishing.engine.deliveries()) {
      if (delivery.kind === "post") say(`   ${delivery.state === "succeeded" ? "veröffentlicht" : delivery.state}: ${delivery.url ?? "–"}`);
    }

    say("3. Eine Bürgerin fragt, und der Beitrag wird geteilt");
    const first = (await publishing.engine.deliveries(postIds[0]))[0];
    const remoteId = first?.kind === "post" ? first.remoteId : undefined;
    if (!remoteId) throw new Error("the first post was not published");
    await clock.advanceBy(30 * 60_000);
    await fake.control.receiveInteraction!({ kind: "comment", text: "Gibt es auch Parkplätze für Fahrräder?", inReplyToRemoteId: remoteId, author: { handle: "@anna@anderes.social", displayName: "Anna Anwohnerin" } });
    fake.setCounts(remoteId, { favourites: 12, reblogs: 4 });
    fake.setFollowers(1_234);
    await publishing.collector.collectNow("mastodon-main");
    const [question] = await ksm.store.interactions.list({ where: { channelId: "mastodon-main" } });
    if (!question) throw new Error("the question was not collected");
    say(`   Im Posteingang: ${question.author.handle}: „${question.text}“`);
    const metrics = await ksm.store.metrics.query({ channelId: "mastodon-main" });
    const value = (metric: string) => metrics.filter((sample) => sample.metric === metric).at(-1)?.value ?? 0;
    say(`   Kennzahlen: ${value("likes")} Mal favorisiert, ${value("shares")} Mal geteilt, ${value("followers")} Follower`);

    say("4. Die Antwort: geschrieben, gegengelesen, über den Postausgang gesendet");
    const draft = await ksm.workflow.draftReply(question.id, "Ja, am Rathaus und an der Stadtbücherei gibt es Fahrradständer.", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    const approvedReply = await ksm.workflow.approveReply(draft.value.id, "leyla");
    if (!approvedReply.ok) throw new Error(approvedReply.refusal.message);
    await publishing.engine.sendReply(draft.value.id, "jonas");
    await clock.advanceBy(1_000);
    await publishing.engine.runDue();
    const sent = await ksm.store.replies.require(draft.value.id);
    say(`   Antwort gesendet: ${sent.url ?? sent.remoteId ?? "–"}`);
    const answer = fake.statuses().find((status) => status.id === sent.remoteId);
    say(`   Auf Mastodon steht: „${answer?.text ?? "–"}“`);
    return lines;
  } finally {
    await ksm.dispose();
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
