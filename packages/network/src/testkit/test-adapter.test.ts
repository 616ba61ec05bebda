import { measureText } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import type { NetworkAdapterV1 } from "../spec/network-adapter-v1.js";
import { NetworkError } from "../spec/network-error.js";
import type { AdapterTestArea, AdapterTestSetup } from "./adapter-test-options.js";
import { openHarness } from "./harness.js";
import { createReferenceNetwork, fullCapabilities, mastodonLikeCapabilities, minimalCapabilities, type ReferenceNetwork, type ReferenceNetworkOptions } from "./reference-network.js";
import { adapterCheckAreas, checksOf, testAdapter } from "./test-adapter.js";

// The kit passes an adapter that keeps every promise, whatever it declares.
testAdapter({ name: "reference network, everything offered", create: async () => createReferenceNetwork().setup() });
testAdapter({ name: "reference network, lookup instead of native idempotency", create: async () => createReferenceNetwork({ ...fullCapabilities, idempotency: "lookup" }).setup() });
testAdapter({ name: "reference network, text only", create: async () => createReferenceNetwork(minimalCapabilities).setup() });
// A network without interactions needs no way to make them arrive.
testAdapter({
  name: "reference network, text only, control without receiveInteraction",
  create: async () => {
    const setup = createReferenceNetwork(minimalCapabilities).setup();
    const { receiveInteraction: _unused, ...control } = setup.control!;
    return { ...setup, control };
  },
});
testAdapter({
  name: "reference network, content warnings, keys kept for an hour, capabilities per account",
  create: async () => createReferenceNetwork(mastodonLikeCapabilities, { capabilitiesFor: true }).setup(),
});

// A network with native idempotency keys but no way to look a post up: the
// spec and the guide allow lookup to answer "unknown", without a request.
{
  const keysOnly = createReferenceNetwork();
  const adapter: NetworkAdapterV1 = { ...keysOnly.adapter, lookup: async () => ({ status: "unknown", reason: "Das Netzwerk bietet keine Suche nach Beiträgen." }) };
  testAdapter({ name: "reference network, native idempotency and no way to look a post up", create: async () => keysOnly.setup(adapter) });
}

/** Runs every check of `area` against the setup; resolves to the failure messages. */
async function failuresIn(area: AdapterTestArea, setup: () => AdapterTestSetup): Promise<string[]> {
  const areaChecks = adapterCheckAreas.find((candidate) => candidate.area === area);
  if (!areaChecks) throw new Error(area);
  const failures: string[] = [];
  const { adapter } = setup();
  for (const check of checksOf(areaChecks, adapter.capabilities, adapter)) {
    const harness = openHarness(setup(), 5);
    try {
      await check.run(harness);
      harness.expectNoCredentialInLogs();
    } catch (error) {
      failures.push(`${check.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await harness.close();
    }
  }
  return failures;
}

/** A reference network (by default the one that offers everything) whose adapter has some operations replaced. */
function mutant(
  change: (network: ReferenceNetwork) => Partial<NetworkAdapterV1>,
  capabilities = fullCapabilities,
  options: ReferenceNetworkOptions = {},
): () => AdapterTestSetup {
  const network = createReferenceNetwork(capabilities, options);
  const adapter = { ...network.adapter, ...change(network) } as NetworkAdapterV1;
  return () => network.setup(adapter);
}

describe("the kit fails an adapter that breaks a promise", () => {
  it("passes the reference network in every area (the baseline for the mutants below)", async () => {
    const network = createReferenceNetwork();
    for (const { area } of adapterCheckAreas) expect(await failuresIn(area, () => network.setup()), area).toEqual([]);
  });

  it("publish: counting UTF-16 units where graphemes are declared refuses a text at the limit", async () => {
    const failures = await failuresIn(
      "publish",
      mutant(({ adapter }) => ({
        async publish(request, context) {
          if (request.text.length > 120) throw new NetworkError({ kind: "rejected-content", message: "too long" });
          return adapter.publish(request, context);
        },
      })),
    );
    expect(failures.join("\n")).toMatch(/exactly at limit 1/);
    // The failure says which text, how long in each unit, and what the network seems to count.
    expect(failures.join("\n")).toMatch(/the text ".*" \(\d+ UTF-16 units as sent; \d+ graphemes, \d+ code-points, \d+ utf16, \d+ utf8-bytes as the rule counts it; declared limit 1: \d+ graphemes\) was refused: the network seems to count in .*utf16/);
  });

  it("publish: a network that ignores the limit is told the text it accepted", async () => {
    const failures = await failuresIn(
      "publish",
      mutant(({ adapter }) => ({
        // Cuts what does not fit, and says nothing.
        publish: (request, context) => adapter.publish(measureText(request.text, fullCapabilities.text).fits ? request : { ...request, text: request.text.slice(0, -1) }, context),
      })),
    );
    expect(failures.join("\n")).toMatch(/was accepted: it is over \d+ in every unit: the network does not enforce this limit/);
  });

  it("publish: throwing a plain Error for a text over the limit", async () => {
    const failures = await failuresIn(
      "publish",
      mutant(({ adapter }) => ({
        async publish(request, context) {
          return adapter.publish(request, context).catch(() => {
            throw new Error("too long");
          });
        },
      })),
    );
    expect(failures.join("\n")).toMatch(/must reject with a NetworkError/);
  });

  it("publish: logging the access token (unredacted) fails at the end of the test", async () => {
    const failures = await failuresIn(
      "publish",
      mutant(({ adapter }) => ({
        async publish(request, context) {
          context.logger.debug("publishing", { as: `token ${context.credentials.accessToken}` });
          return adapter.publish(request, context);
        },
      })),
    );
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => /logged a credential/.test(failure))).toBe(true);
  });

  it("idempotency: ignoring the idempotency key makes a second post", async () => {
    const failures = await failuresIn(
      "idempotency",
      mutant(({ adapter }) => ({
        publish: (request, context) => adapter.publish({ ...request, idempotencyKey: `${request.idempotencyKey}-${Math.random()}` }, context),
      })),
    );
    expect(failures.join("\n")).toMatch(/one idempotency key makes one post/);
    expect(failures.join("\n")).toMatch(/exactly one post per distinct key/);
  });

  it("media: accepting one item more than maxItems", async () => {
    const failures = await failuresIn(
      "media",
      mutant(({ adapter }) => ({
        publish: (request, context) => adapter.publish({ ...request, media: request.media.slice(0, 3) }, context),
      })),
    );
    expect(failures.join("\n")).toMatch(/refuses 4 as rejected-content/);
  });

  it("delete: failing on a post that is already gone", async () => {
    const failures = await failuresIn(
      "delete",
      mutant(({ adapter, posts }) => ({
        async delete(request, context) {
          if (posts.find((post) => post.id === request.remoteId)?.deleted) throw new NetworkError({ kind: "not-found", status: 404, message: "gone" });
          return adapter.delete(request, context);
        },
      })),
    );
    expect(failures.join("\n")).toMatch(/already gone is not an error/);
  });

  it("errors: a token in an error message, a 429 without its wait, and a retry inside the adapter", async () => {
    const leaking = await failuresIn(
      "errors",
      mutant(({ adapter }) => ({
        readProfile: (request, context) =>
          adapter.readProfile(request, context).catch((error: NetworkError) => {
            throw new NetworkError({ kind: error.kind, message: `profile failed for ${context.credentials.accessToken}` });
          }),
      })),
    );
    expect(leaking).toHaveLength(3);
    expect(leaking.join("\n")).toMatch(/credential appears in the error of readProfile \(message\)/);

    const waitLost = await failuresIn(
      "errors",
      mutant(({ adapter }) => ({
        fetchInteractions: (request, context) =>
          adapter.fetchInteractions(request, context).catch((error: NetworkError) => {
            throw new NetworkError({ kind: error.kind === "rate-limited" ? "retryable" : error.kind, message: error.message });
          }),
      })),
    );
    expect(waitLost).toHaveLength(1);
    expect(waitLost[0]).toMatch(/fetchInteractions: 429/);

    const retrying = await failuresIn(
      "errors",
      mutant(({ adapter }) => ({
        publish: (request, context) => adapter.publish(request, context).catch(() => adapter.publish(request, context)),
      })),
    );
    expect(retrying).toHaveLength(3);
  });

  it("metrics: a metric that is not declared", async () => {
    const failures = await failuresIn(
      "metrics",
      mutant(({ adapter }) => ({
        fetchMetrics: async (request, context) => [...(await adapter.fetchMetrics(request, context)), { at: new Date().toISOString(), metric: "impressions", value: 1 }],
      })),
    );
    expect(failures.join("\n")).toMatch(/not in capabilities.metrics/);
  });

  it("interactions: a page that repeats the previous one's last item, and citizen text escaped as HTML", async () => {
    const repeating = await failuresIn(
      "interactions",
      mutant(({ adapter }) => ({
        async fetchInteractions(request, context) {
          const page = await adapter.fetchInteractions(request, context);
          return page.nextCursor === undefined ? page : { ...page, nextCursor: String(Number(page.nextCursor) - 1) };
        },
      })),
    );
    expect(repeating.join("\n")).toMatch(/came twice/);

    const escaping = await failuresIn(
      "interactions",
      mutant(({ adapter }) => ({
        async fetchInteractions(request, context) {
          const page = await adapter.fetchInteractions(request, context);
          return { ...page, interactions: page.interactions.map((i) => ({ ...i, text: i.text.replaceAll("<", "&lt;") })) };
        },
      })),
    );
    expect(escaping.join("\n")).toMatch(/exactly as written/);
  });

  it('lookup: "not-found" for a published post, and "found" for a key never used', async () => {
    const forgetful = await failuresIn("lookup", mutant(() => ({ lookup: async () => ({ status: "not-found" }) })));
    expect(forgetful.join("\n")).toMatch(/finds it with the same remoteId/);
    const eager = await failuresIn(
      "lookup",
      mutant(({ posts }) => ({ lookup: async () => ({ status: "found", remoteId: posts.at(-1)?.id ?? "1" }) })),
    );
    expect(eager.join("\n")).toMatch(/never "found"/);
  });

  it('lookup: "unknown" for a published post is allowed with native idempotency, and fails with "lookup" idempotency (the engine has nothing else)', async () => {
    const unknown = () => ({ lookup: async () => ({ status: "unknown" as const, reason: "keine Suche" }) });
    expect(await failuresIn("lookup", mutant(unknown))).toEqual([]);
    expect(await failuresIn("errors", mutant(unknown))).toEqual([]);
    const relied = await failuresIn("lookup", mutant(unknown, { ...fullCapabilities, idempotency: "lookup" }));
    expect(relied.join("\n")).toMatch(/finds it with the same remoteId/);
    const silent = await failuresIn("lookup", mutant(() => ({ lookup: async () => ({ status: "unknown" as const, reason: "" }) })));
    expect(silent.join("\n")).toMatch(/says why/);
  });

  it("capabilities: a rate limit of zero requests and a metric named twice", async () => {
    const network = createReferenceNetwork({ ...fullCapabilities, metrics: ["likes", "likes"], rateLimits: [{ requests: 0, perMilliseconds: 1000, scope: "account" }] });
    const failures = await failuresIn("capabilities", () => network.setup());
    expect(failures.join("\n")).toMatch(/rateLimits\.0\.requests/);
    expect(failures.join("\n")).toMatch(/metric names must not repeat/);
  });

  it("profile: a handle of another account", async () => {
    const failures = await failuresIn("profile", mutant(({ adapter }) => ({ readProfile: async (request, context) => ({ ...(await adapter.readProfile(request, context)), handle: "@someone-else" }) })));
    expect(failures).toHaveLength(1);
  });

  it("reply: unsupported declared but a reply sent anyway", async () => {
    const network = createReferenceNetwork({ ...fullCapabilities, interactions: { ...fullCapabilities.interactions, reply: false } });
    const adapter = { ...network.adapter, reply: async () => ({ remoteId: "r1" }) };
    const failures = await failuresIn("reply", () => network.setup(adapter));
    expect(failures.join("\n")).toMatch(/rejects reply as unsupported/);
  });
});

describe("the kit fails an adapter that breaks a promise of content warnings, expiring keys or per-account capabilities", () => {
  const perAccount: ReferenceNetworkOptions = { capabilitiesFor: true };
  const warningDoesNotCount = { ...mastodonLikeCapabilities, text: fullCapabilities.text };

  it("passes the reference networks that keep them (the baselines for the mutants below)", async () => {
    const network = createReferenceNetwork(mastodonLikeCapabilities, perAccount);
    for (const { area } of adapterCheckAreas) expect(await failuresIn(area, () => network.setup()), area).toEqual([]);
    // A warning that does not count toward the limit, as the rule says.
    expect(await failuresIn("publish", () => createReferenceNetwork(warningDoesNotCount).setup())).toEqual([]);
    // Declaring a shorter window than the network keeps keys is safe: the engine looks up sooner than it must.
    const keepsLonger = createReferenceNetwork(mastodonLikeCapabilities);
    expect(await failuresIn("idempotency", () => keepsLonger.setup({ ...keepsLonger.adapter, capabilities: { ...mastodonLikeCapabilities, idempotencyWindowMs: 1_800_000 } }))).toEqual([]);
    // An account with limits of its own, which the network enforces and capabilitiesFor tells.
    const ownLimit = createReferenceNetwork(mastodonLikeCapabilities, { ...perAccount, accountText: { ...mastodonLikeCapabilities.text, limits: [{ unit: "graphemes", max: 300 }, { unit: "utf8-bytes", max: 900 }] } });
    expect(await failuresIn("capabilities", () => ownLimit.setup())).toEqual([]);
  });

  it("publish: dropping the content warning", async () => {
    const failures = await failuresIn(
      "publish",
      mutant(({ adapter }) => ({
        publish: (request, context) => {
          const { contentWarning: _dropped, ...withoutWarning } = request;
          return adapter.publish(withoutWarning, context);
        },
      }), mastodonLikeCapabilities),
    );
    expect(failures.join("\n")).toMatch(/must hold the content warning as sent/);
    expect(failures.join("\n")).toMatch(/refuses posts with a content warning that, together with the text, goes one unit over limit 1/);
  });

  it("publish: folding the content warning into the text", async () => {
    const failures = await failuresIn(
      "publish",
      mutant(({ adapter }) => ({
        publish: (request, context) => {
          const { contentWarning, ...withoutWarning } = request;
          return adapter.publish(contentWarning ? { ...withoutWarning, text: `${contentWarning}\n\n${request.text}` } : request, context);
        },
      }), mastodonLikeCapabilities),
    );
    expect(failures.join("\n")).toMatch(/must hold the text unchanged/);
    expect(failures.join("\n")).toMatch(/together with the text, uses limit 1 exactly/);
  });

  it("publish: a counting rule that leaves out the warning where the network counts it", async () => {
    const network = createReferenceNetwork(mastodonLikeCapabilities);
    const failures = await failuresIn("publish", () => network.setup({ ...network.adapter, capabilities: warningDoesNotCount }));
    expect(failures.join("\n")).toMatch(/publishes posts with a content warning \(which the rule does not count\) whose text alone uses limit 1 exactly/);
  });

  it("idempotency: a network that forgets keys sooner than the declared window", async () => {
    const network = createReferenceNetwork(mastodonLikeCapabilities);
    const failures = await failuresIn("idempotency", () => network.setup({ ...network.adapter, capabilities: { ...mastodonLikeCapabilities, idempotencyWindowMs: 7_200_000 } }));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/inside the declared window .* returns the same remoteId/);
  });

  it("capabilities: a capabilitiesFor answer the engine refuses", async () => {
    const failures = await failuresIn("capabilities", mutant(() => ({ capabilitiesFor: async () => ({ maxAgeMs: 0, threads: true }) as never }), mastodonLikeCapabilities, perAccount));
    expect(failures.join("\n")).toMatch(/capabilitiesFor answered what the engine refuses: .*maxAgeMs/);
  });

  it("capabilities: the access token in the capabilitiesFor answer", async () => {
    const failures = await failuresIn(
      "capabilities",
      mutant(({ adapter }) => ({
        capabilitiesFor: async (request, context) => {
          const answer = await adapter.capabilitiesFor!(request, context);
          return { ...answer, text: { ...mastodonLikeCapabilities.text, source: `GET /api/v2/instance?access_token=${context.credentials.accessToken}` } };
        },
      }), mastodonLikeCapabilities, perAccount),
    );
    expect(failures.join("\n")).toMatch(/credential appears in the result of capabilitiesFor/);
  });

  it("capabilities: capabilitiesFor that ignores the abort signal", async () => {
    const failures = await failuresIn(
      "capabilities",
      mutant(({ adapter }) => ({ capabilitiesFor: (request, context) => adapter.capabilitiesFor!(request, { ...context, signal: new AbortController().signal }) }), mastodonLikeCapabilities, perAccount),
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/honours the abort signal.*resolved with/);
  });

  it("capabilities: capabilitiesFor that tells the account a longer limit than the network enforces", async () => {
    const failures = await failuresIn(
      "capabilities",
      mutant(({ adapter }) => ({
        capabilitiesFor: async (request, context) => ({ ...(await adapter.capabilitiesFor!(request, context)), text: { ...mastodonLikeCapabilities.text, limits: [{ unit: "graphemes", max: 200 }] } }),
      }), mastodonLikeCapabilities, perAccount),
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/the network takes texts exactly at each limit of the text rule capabilitiesFor answers/);
  });
});

describe("testAdapter options", () => {
  const create = async () => createReferenceNetwork().setup();

  it("refuses a skip without a reason or of an unknown area", () => {
    expect(() => testAdapter({ name: "x", create, skip: { metrics: " " } })).toThrow(/needs a reason/);
    expect(() => testAdapter({ name: "x", create, skip: { statistics: "no" } as never })).toThrow(/unknown area "statistics"/);
  });

  it("refuses a setup whose token is too short to search for", () => {
    const setup = createReferenceNetwork().setup();
    expect(() => openHarness({ ...setup, credentials: { accessToken: "abc" } }, 1)).toThrow(/at least 12 characters/);
  });

  it("asks for a control where an area needs one", async () => {
    const { control: _none, ...setup } = createReferenceNetwork().setup();
    const failures = await failuresIn("errors", () => setup);
    expect(failures[0]).toMatch(/needs `control`/);
  });
});
