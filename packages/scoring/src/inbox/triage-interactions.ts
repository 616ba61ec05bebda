import { checkContext, runChecks, strategiesInForce, type Interaction, type PluginContext, type WorkflowResult } from "@kommune-sm/core";
import { checksTriage, CHECKS_PRODUCER } from "./interaction-checks.js";
import type { DangerCategory } from "../lexicons/index.js";
import { both } from "../scoring-messages.js";
import { createTriage, type Triage, type TriageOptions } from "../triage/index.js";

/** The producer name under which the scoring plugin files its triage (`interaction.triage.scoring`). */
export const TRIAGE_PRODUCER = "scoring";

/** How many pieces of evidence (places, never the citizen's words) are kept with a triage. */
const MAX_EVIDENCE = 20;

/** Categories where a life may be at stake: the reply asks for the emergency call. */
const EMERGENCY: ReadonlySet<DangerCategory> = new Set(["fire", "gas", "accident", "medical", "threat"]);

/**
 * The labels of a triage, for lists and filters: `sentiment.<label>`,
 * `needs-answer` (with `needs-answer.<reason>`), `danger.<category>`,
 * `netiquette.<verdict>`, `suggest.<hide|escalate|answer>`, `topic.<pillarId>`.
 */
export function triageLabels(triage: Triage): string[] {
  const labels = [`sentiment.${triage.sentiment.label}`];
  if (triage.needsAnswer.needsAnswer) labels.push("needs-answer", ...triage.needsAnswer.reasons.map((r) => `needs-answer.${r}`));
  if (triage.danger) labels.push("danger", `danger.${triage.danger.category}`);
  if (triage.netiquette.verdict !== "ok") labels.push(`netiquette.${triage.netiquette.verdict}`);
  if (triage.netiquette.suggestion !== "none") labels.push(`suggest.${triage.netiquette.suggestion}`);
  if (triage.danger) labels.push("suggest.escalate");
  for (const topic of triage.topics) labels.push(`topic.${topic.pillarId}`);
  return [...new Set(labels)].slice(0, 32);
}

/** A reply to propose for a message that may report a danger: the emergency numbers first. */
export function dangerReply(category: DangerCategory, numbers: readonly string[]): { de: string; en: string } {
  const key = category === "self-harm" ? "danger-reply.self-harm" : EMERGENCY.has(category) ? "danger-reply.emergency" : "danger-reply.service";
  return both(key, { numbers: numbers.join(", ") || "112" });
}

/**
 * What is stored of a triage with the interaction: the verdicts, the
 * netiquette rule and suggestion, the danger's next step and a proposed
 * reply, the topics, the priority, and where the evidence is (offsets, never
 * the citizen's words, which stay in the interaction's text only).
 */
export function triageData(triage: Triage): Record<string, unknown> {
  const evidence = [
    ...(triage.danger?.evidence ?? []).map((e) => ({ kind: "danger", start: e.start, end: e.end })),
    ...triage.netiquette.evidence.map((e) => ({ kind: "netiquette", start: e.start, end: e.end })),
    ...triage.needsAnswer.evidence.map((e) => ({ kind: "needs-answer", start: e.start, end: e.end })),
    ...triage.sentiment.evidence.map((e) => ({ kind: "sentiment", start: e.start, end: e.end })),
  ].slice(0, MAX_EVIDENCE);
  return {
    priority: triage.priority,
    sentiment: { label: triage.sentiment.label, score: Math.round(triage.sentiment.score * 1000) / 1000 },
    needsAnswer: { value: triage.needsAnswer.needsAnswer, reasons: [...triage.needsAnswer.reasons] },
    netiquette: {
      verdict: triage.netiquette.verdict,
      severity: triage.netiquette.severity,
      targeted: triage.netiquette.targeted,
      suggestion: triage.netiquette.suggestion,
      ...(triage.netiquette.rule ? { rule: triage.netiquette.rule } : {}),
    },
    ...(triage.danger
      ? {
          danger: {
            category: triage.danger.category,
            nextStep: { de: triage.danger.nextStep.de, en: triage.danger.nextStep.en },
            emergencyNumbers: [...triage.danger.nextStep.emergencyNumbers],
            suggestedReply: dangerReply(triage.danger.category, triage.danger.nextStep.emergencyNumbers),
          },
        }
      : {}),
    topics: triage.topics.map((t) => t.pillarId),
    evidence,
  };
}

/**
 * Triages citizens' messages of one organisation and files the result with
 * each (`workflow.setInteractionTriage`, announced as `interaction.triaged`):
 * labels to filter by, the priority as the score (0–1: a message that may
 * report a danger or a threat first), and the details as data. The topics are
 * the content pillars of the strategies in force, by their keywords.
 *
 * Nothing is hidden or answered automatically: hiding needs a person and a
 * reason (a public body's moderation is bound by fundamental rights).
 */
export class InteractionTriager {
  readonly #ctx: PluginContext;
  readonly #triage: ReturnType<typeof createTriage>;

  constructor(ctx: PluginContext, options: TriageOptions = {}) {
    this.#ctx = ctx;
    this.#triage = createTriage(options);
  }

  /**
   * Triages one interaction now, and runs every registered `interaction`
   * check on it (this plugin's and other plugins'), filing their findings
   * under the producer `"checks"` (see {@link checksTriage}); undefined when
   * it is not stored. The result is the triage's step.
   */
  async triage(interactionId: string): Promise<WorkflowResult<Interaction> | undefined> {
    const interaction = await this.#ctx.store.interactions.get(interactionId);
    if (!interaction) return undefined;
    const now = this.#ctx.clock.now();
    const stored = await this.#ctx.store.strategies.list();
    const strategies = strategiesInForce(stored, now, this.#ctx.organisation.timeZone);
    const pillars = strategies.flatMap((s) => s.pillars).map((p) => ({ id: p.id, ...(p.keywords ? { keywords: p.keywords } : {}) }));
    const triage = this.#triage(interaction.text, pillars);
    const result = await this.#ctx.workflow.setInteractionTriage(interaction.id, TRIAGE_PRODUCER, { labels: triageLabels(triage), score: triage.priority / 100, data: triageData(triage) });
    try {
      await this.#check(interaction, stored, now);
    } catch (error) {
      // The message is triaged: findings that cannot be filed must not undo that, nor stop the triage of others.
      this.#ctx.logger.error("the findings of the interaction checks could not be filed", { interactionId: interaction.id, error });
    }
    return result;
  }

  /**
   * Runs the registered `interaction` checks and files what they found.
   * Nothing is filed when no such check is registered, nor when they find
   * nothing in a message that has no findings filed yet (a message is not
   * changed, nor audited, to say that nothing was found).
   */
  async #check(interaction: Interaction, strategies: Parameters<typeof checkContext>[0]["strategies"], now: number): Promise<void> {
    const checks = this.#ctx.registries.checks.list().filter(mayCheckInteractions);
    if (checks.length === 0) {
      // No check says anything any more: what one said before must not stand.
      if (interaction.triage?.[CHECKS_PRODUCER]) await this.#ctx.workflow.setInteractionTriage(interaction.id, CHECKS_PRODUCER, null);
      return;
    }
    const channel = await this.#ctx.store.channels.get(interaction.channelId);
    const context = checkContext({ organisation: this.#ctx.organisation, strategies, channels: [channel], now, locale: this.#ctx.organisation.locale });
    const run = runChecks(checks, { target: "interaction", interaction }, context);
    for (const failure of run.failures) this.#ctx.logger.error("a check could not run", { checkId: failure.checkId, error: failure.error });
    if (run.findings.length === 0 && !interaction.triage?.[CHECKS_PRODUCER]) return;
    await this.#ctx.workflow.setInteractionTriage(interaction.id, CHECKS_PRODUCER, checksTriage(run.findings));
  }

  /** Triages every stored interaction that has no triage of this plugin yet (say, after the plugin was added); returns how many. */
  async triageUntriaged(): Promise<number> {
    let count = 0;
    for (const interaction of await this.#ctx.store.interactions.list()) {
      if (interaction.triage?.[TRIAGE_PRODUCER]) continue;
      try {
        if ((await this.triage(interaction.id))?.ok) count++;
      } catch (error) {
        this.#ctx.logger.error("triage of an interaction failed", { interactionId: interaction.id, error });
      }
    }
    return count;
  }
}

/** Is a registry entry an `interaction` check, or one whose target cannot be told (the runner reports it as failed)? */
function mayCheckInteractions(entry: unknown): boolean {
  try {
    return (entry as { target?: unknown }).target === "interaction" || typeof (entry as { target?: unknown }).target !== "string";
  } catch {
    return true;
  }
}

/**
 * Orders interactions for an inbox by the scoring plugin's priority, highest
 * first (a message that may report a danger at the top), then oldest first.
 * Interactions without a triage come after the triaged ones of priority 0.
 *
 * @example
 * ```ts
 * const inbox = (await ksm.store.interactions.list()).filter((i) => i.status === "open").sort(byTriagePriority);
 * ```
 */
export function byTriagePriority(a: Interaction, b: Interaction): number {
  const score = (i: Interaction) => i.triage?.[TRIAGE_PRODUCER]?.score ?? -1;
  return score(b) - score(a) || Date.parse(a.receivedAt) - Date.parse(b.receivedAt);
}
