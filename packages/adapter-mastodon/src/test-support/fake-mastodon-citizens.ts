import type { SimulatedInteraction } from "@kommune-sm/network/testkit";
import { mentionHtml, renderStatus } from "./fake-mastodon-html.js";
import type { FakeAccount, FakeMastodonState, StoredStatus } from "./fake-mastodon-state.js";

/*
 * Citizens writing to the town hall: each interaction is a status of a
 * citizen's account that mentions our account (as Mastodon clients start a
 * reply with the mention), and a "mention" notification for us.
 */

/** The citizen's account for a handle: `@name@host` is remote, `@name` local; made on first use. */
export function citizenAccount(state: FakeMastodonState, handle: string, displayName: string | undefined): FakeAccount {
  const bare = handle.replace(/^@/, "");
  const at = bare.indexOf("@");
  const username = at === -1 ? bare : bare.slice(0, at);
  const host = at === -1 ? state.settings.domain : bare.slice(at + 1);
  const local = host.toLowerCase() === state.settings.domain.toLowerCase();
  const acct = local ? username : `${username}@${host}`;
  if (username === "" || host === "" || /[\s/@?#]/.test(username) || /[\s/@?#]/.test(host)) throw new Error(`The fake Mastodon cannot make an account of the handle ${JSON.stringify(handle)}; use "@name" or "@name@host".`);
  const known = [...state.accounts.values()].find((account) => account.acct.toLowerCase() === acct.toLowerCase());
  if (known) return known;
  const account: FakeAccount = {
    id: state.nextId(),
    username,
    domain: host,
    acct,
    url: `https://${host}/@${username}`,
    uri: `https://${host}/users/${username}`,
    displayName: displayName ?? "",
    createdAt: state.settings.now(),
    local,
    followers: 0,
    following: 1,
    note: "",
    fields: [],
  };
  state.accounts.set(account.id, account);
  return account;
}

/** Makes a citizen's status arrive, with its notification; returns the status. */
export function receiveInteraction(state: FakeMastodonState, interaction: SimulatedInteraction): StoredStatus {
  const author = citizenAccount(state, interaction.author.handle, interaction.author.displayName);
  const target = interaction.inReplyToRemoteId === undefined ? undefined : state.liveStatus(interaction.inReplyToRemoteId);
  if (interaction.inReplyToRemoteId !== undefined && target === undefined) throw new Error(`The fake Mastodon holds no status ${JSON.stringify(interaction.inReplyToRemoteId)} to answer.`);
  if (interaction.kind === "comment" && target?.accountId !== state.me.id) throw new Error("A comment must answer one of our account's statuses (inReplyToRemoteId).");
  if (interaction.kind === "reply" && target === undefined) throw new Error("A reply must answer a status (inReplyToRemoteId).");

  const { settings, me } = state;
  const rendered = renderStatus(interaction.text, { domain: settings.domain, knownAccounts: state.knownAccounts() });
  // The mention of our account opens the first paragraph, as the citizen's client wrote it.
  const opening = `<p>${mentionHtml(me)} `;
  const html = rendered.html === "" ? `${opening}</p>` : opening + rendered.html.slice("<p>".length);
  const status: StoredStatus = {
    id: state.nextId(),
    accountId: author.id,
    text: `@${me.username}@${settings.domain} ${interaction.text}`,
    spoilerText: "",
    sensitive: false,
    visibility: interaction.kind === "direct-message" ? "direct" : "public",
    language: "de",
    inReplyToId: target?.id ?? null,
    inReplyToAccountId: target?.accountId ?? null,
    mediaIds: [],
    createdAt: settings.now(),
    html,
    mentions: [me, ...rendered.mentions.filter((account) => account.id !== me.id)],
    tags: rendered.tags,
    counts: { favourites: 0, reblogs: 0, replies: 0, quotes: 0 },
    deleted: false,
  };
  state.statuses.set(status.id, status);
  if (target) target.counts.replies += 1;
  state.notifications.push({ id: state.nextNotificationId(), type: "mention", accountId: author.id, statusId: status.id, createdAt: status.createdAt });
  return status;
}
