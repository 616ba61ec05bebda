import { createKommune, defineCheck, definePlugin, FindingSchema, InteractionTriageResultSchema, TestClock, type Finding, type Interaction, type Kommune, type KommunePlugin } from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoring } from "../scoring-plugin.js";
import { checksTriage, CHECKS_PRODUCER } from "./interaction-checks.js";
import { TRIAGE_PRODUCER } from "./triage-interactions.js";

async function setup(...plugins: KommunePlugin[]): Promise<Kommune> {
  return createKommune({ organisation: fixtureOrganisation("musterstadt"), clock: new TestClock("2026-08-01T08:00:00Z"), plugins: [scoring(), ...plugins] });
}

let next = 0;
async function receive(ksm: Kommune, text: string, kind: Interaction["kind"] = "comment"): Promise<Interaction> {
  const interaction: Interaction = { id: `i${++next}`, organisationId: "musterstadt", channelId: "masto", kind, remoteId: `r${next}`, author: { handle: "@buerger@social.example" }, text, receivedAt: "2026-08-01T07:50:00Z", status: "open" };
  await ksm.store.interactions.insert(interaction);
  // As the collector of @kommune-sm/network announces it.
  (ksm.bus.emit as (type: string, data: unknown) => unknown)("interaction.received", { interactionId: interaction.id, channelId: "masto", network: "mastodon", kind, receivedAt: interaction.receivedAt });
  await ksm.bus.settled();
  return (await ksm.store.interactions.get(interaction.id))!;
}

type Kept = { checkId: string; code: string; severity: string; message: { de: string; en: string }; start?: number; end?: number };

describe("interaction checks, run where messages are triaged", () => {
  it("shows the team where a citizen made personal data public, and never repeats bank details", async () => {
    const ksm = await setup();
    const text = "Mein Sperrmüll wurde nicht abgeholt!! Ruft mich an: 0151 23456789, oder überweist mir die Gebühr zurück: DE89 3704 0044 0532 0130 00";
    const message = await receive(ksm, text);
    const filed = message.triage?.[CHECKS_PRODUCER];
    expect(filed?.labels).toEqual(expect.arrayContaining(["personal-data.interaction/phone", "personal-data.interaction/iban"]));
    expect(filed?.score).toBe(0.5);
    const kept = (filed?.data as { findings: Kept[] }).findings;
    const iban = kept.find((f) => f.code === "iban")!;
    expect(text.slice(iban.start, iban.end)).toBe("DE89 3704 0044 0532 0130 00");
    expect(iban.message.de).not.toContain("DE89");
    expect(JSON.stringify(filed)).not.toContain("3704");
    const phone = kept.find((f) => f.code === "phone")!;
    expect(text.slice(phone.start, phone.end)).toBe("0151 23456789");
    expect(phone.message.de).toContain("ausblenden");
    // The triage of the message is there as well, and nothing was hidden.
    expect(message.triage?.[TRIAGE_PRODUCER]?.labels).toContain("needs-answer");
    expect(message.status).toBe("open");
    await ksm.dispose();
  });

  it("leaves direct messages alone (nobody else reads them), and files nothing for a message where nothing was found", async () => {
    const ksm = await setup();
    const direct = await receive(ksm, "Meine Nummer ist 0151 23456789, bitte zurückrufen.", "direct-message");
    expect(direct.triage?.[CHECKS_PRODUCER]).toBeUndefined();
    const plain = await receive(ksm, "Wann kommt die Müllabfuhr?");
    expect(plain.triage?.[CHECKS_PRODUCER]).toBeUndefined();
    // Only the triage changed the message: one revision, one audit entry.
    expect(plain.revision).toBe(2);
    expect((await ksm.store.audit.list()).filter((e) => e.subject.id === plain.id)).toHaveLength(1);
    await ksm.dispose();
  });

  it("runs other plugins' interaction checks too, and a check that throws becomes an error finding, never a silent pass", async () => {
    const shouting = definePlugin({
      name: "@acme/shouting",
      version: "1.0.0",
      setup(ctx) {
        const undo = [
          ctx.registries.checks.register(
            defineCheck({
              id: "acme/shouting",
              target: "interaction",
              languages: ["*"],
              title: { de: "Geschrei", en: "Shouting" },
              run: ({ interaction }) => (interaction.text.includes("!!!") ? [{ code: "shouting", severity: "hint", message: { de: "Ausrufezeichen", en: "Exclamation marks" } }] : []),
            }),
          ),
          ctx.registries.checks.register(
            defineCheck({
              id: "acme/broken",
              target: "interaction",
              languages: ["*"],
              title: { de: "Kaputt", en: "Broken" },
              run: () => {
                throw new Error("broken");
              },
            }),
          ),
        ];
        return () => undo.forEach((u) => u());
      },
    });
    const ksm = await setup(shouting);
    const message = await receive(ksm, "Schon wieder kein Bus!!!");
    const filed = message.triage?.[CHECKS_PRODUCER];
    expect(filed?.labels).toEqual(["acme/broken/check-failed", "acme/shouting/shouting"]);
    expect(filed?.score).toBe(1);
    await ksm.dispose();
  });
});

describe("checksTriage", () => {
  const finding = fc.record({
    severity: fc.constantFrom("error", "warning", "hint") as fc.Arbitrary<Finding["severity"]>,
    code: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    message: fc.string({ minLength: 1, maxLength: 2_000 }).filter((s) => s.trim().length > 0 && !/[\uD800-\uDFFF]/.test(s)),
    start: fc.nat({ max: 10_000 }),
    length: fc.nat({ max: 100 }),
  });

  it("always fits the interaction's triage limits, keeps errors first and counts what it leaves out", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (drawn) => {
        const findings: Finding[] = drawn.map((d, index) => ({
          id: index.toString(16).padStart(16, "0"),
          checkId: "test/check",
          code: d.code,
          severity: d.severity,
          message: { de: d.message, en: d.message },
          location: { field: "text", start: d.start, end: d.start + d.length, graphemeStart: d.start, graphemeEnd: d.start + d.length },
        }));
        for (const f of findings) FindingSchema.parse(f);
        const result = checksTriage(findings);
        const parsed = InteractionTriageResultSchema.safeParse({ at: "2026-08-01T08:00:00Z", ...result });
        expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
        const data = result.data as { findings: Kept[]; more: number };
        expect(data.findings.length + data.more).toBe(findings.length);
        const rank = { error: 0, warning: 1, hint: 2 } as const;
        const severities = data.findings.map((f) => rank[f.severity as keyof typeof rank]);
        expect([...severities].sort((a, b) => a - b)).toEqual(severities);
        if (findings.some((f) => f.severity === "error")) expect(result.score).toBe(1);
        if (findings.length === 0) expect(result.score).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
