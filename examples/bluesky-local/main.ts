// Musterstadt on Bluesky, end to end, against a real Bluesky network on this
// machine (PLC, PDS and AppView of @atproto/dev-env on an embedded
// PostgreSQL, all on 127.0.0.1; nothing leaves the machine): connect the
// town's account with an app password, publish two posts through the
// editorial workflow and the publishing engine, a citizen answers and likes,
// the collector stores the answer and the counts, the answer to her goes out
// through the outbox. Prints the links.
//
//   pnpm exec tsx examples/bluesky-local/main.ts
//
// Starting the network takes 5 to 10 seconds and about 450 MB. The README
// next to this file says how to point the same code at a real account.
import { createKommune, createMemoryStore, MUSTERSTADT_ORGANISATION, systemClock } from "@kommune-sm/core";
import { createMemoryMediaStore, createMemorySecrets, createPublishing } from "@kommune-sm/network";
import { bluesky, connectBlueskyAccount } from "@kommune-sm/adapter-bluesky";
import { startLocalBluesky } from "../../packages/adapter-bluesky/src/test-support/local-bluesky.js";

// A real 1×1 PNG: the PDS checks what it stores.
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));

/** Runs the story; resolves with what it printed, line by line. */
export async function main(print: (line: string) => void = console.log): Promise<string[]> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    print(line);
  };
  const network = await startLocalBluesky();
  const secrets = createMemorySecrets();
  const media = createMemoryMediaStore({ files: { "2027/stadtfest.png": PNG } });
  const publishing = createPublishing({ secrets, media, pollIntervalMs: 0, autoStart: false, imprint: false });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: systemClock, store: createMemoryStore(), plugins: [bluesky({ webUrl: "https://bsky.app" }), publishing.plugin] });
  try {
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
    const town = await network.createAccount("musterstadt");
    const anna = await network.createAccount("anna");

    say("1. Das Konto verbinden (mit einem App-Passwort)");
    const { handle } = await connectBlueskyAccount({ service: network.pdsUrl, identifier: town.handle, appPassword: town.appPassword }, { store: ksm.store, secrets, channelId: "bluesky-main" });
    say(`   Verbunden: ${handle}`);

    say("2. Zwei Beiträge: geschrieben, freigegeben, veröffentlicht");
    const posts = [
      {
        text: "Das Stadtfest beginnt am Samstag um 11 Uhr auf dem Marktplatz 🎉 #Stadtfest",
        media: [{ id: "stadtfest-bild", kind: "image" as const, storageKey: "2027/stadtfest.png", mimeType: "image/png", width: 1, height: 1, altText: "Bühne auf dem Marktplatz mit bunten Lichterketten" }],
      },
      { text: "Alle Termine der Sperrmüllabfuhr 2027: https://www.musterstadt.example/sperrmuell", variantOptions: { bluesky: { linkCard: { title: "Sperrmüll 2027", description: "Termine und Anmeldung" } } } },
    ];
    const postIds: string[] = [];
    for (const post of posts) {
      const created = await ksm.workflow.createPost({ text: post.text, ...(post.media ? { media: post.media } : {}), variants: [{ channelId: "bluesky-main", ...(post.variantOptions ? { options: post.variantOptions } : {}) }] }, "jonas");
      if (!created.ok) throw new Error(created.refusal.message);
      await ksm.workflow.submit(created.value.id, "jonas");
      const approved = await ksm.workflow.approve(created.value.id, "leyla");
      if (!approved.ok) throw new Error(approved.refusal.message);
      const scheduled = await ksm.workflow.schedule(created.value.id, "jonas", Date.now() + 500);
      if (!scheduled.ok) throw new Error(scheduled.refusal.message);
      postIds.push(created.value.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
    await publishing.engine.runDue();
    for (const delivery of await publishing.engine.deliveries()) {
      if (delivery.kind === "post") say(`   ${delivery.state === "succeeded" ? "veröffentlicht" : delivery.state}: ${delivery.url ?? "–"}`);
    }

    say("3. Eine Bürgerin antwortet und gibt ein „Gefällt mir“");
    const first = (await publishing.engine.deliveries(postIds[0]))[0];
    const uri = first?.kind === "post" ? first.remoteId : undefined;
    if (!uri) throw new Error("the first post was not published");
    // The AppView must know the post before an answer to it arrives, or the town is not notified.
    await network.processAll();
    const { data: parent } = await anna.agent.com.atproto.repo.getRecord({ repo: town.did, collection: "app.bsky.feed.post", rkey: uri.split("/").pop()! });
    const ref = { uri, cid: parent.cid! };
    await anna.agent.post({ text: "Gibt es auch Parkplätze für Fahrräder?", reply: { root: ref, parent: ref }, createdAt: new Date().toISOString() });
    await anna.agent.like(uri, parent.cid!);
    await network.processAll();
    await publishing.collector.collectNow("bluesky-main");
    const [question] = await ksm.store.interactions.list({ where: { channelId: "bluesky-main" } });
    if (!question) throw new Error("the answer was not collected");
    say(`   Im Posteingang: ${question.author.handle}: „${question.text}“`);
    const metrics = await ksm.store.metrics.query({ channelId: "bluesky-main" });
    const value = (metric: string) => metrics.filter((sample) => sample.metric === metric && sample.postId === postIds[0]).at(-1)?.value ?? 0;
    say(`   Kennzahlen des Stadtfest-Beitrags: ${value("likes")} Mal „Gefällt mir“, ${value("comments")} Antwort`);

    say("4. Die Antwort: geschrieben, gegengelesen, über den Postausgang gesendet");
    const draft = await ksm.workflow.draftReply(question.id, "Ja, am Rathaus und an der Stadtbücherei gibt es Fahrradständer.", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    const approvedReply = await ksm.workflow.approveReply(draft.value.id, "leyla");
    if (!approvedReply.ok) throw new Error(approvedReply.refusal.message);
    await publishing.engine.sendReply(draft.value.id, "jonas");
    await publishing.engine.runDue();
    const sent = await ksm.store.replies.require(draft.value.id);
    say(`   Antwort gesendet: ${sent.url ?? sent.remoteId ?? "–"}`);
    return lines;
  } finally {
    await ksm.dispose();
    await network.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
