import type { KpiDefinition, KpiUnit, RendererRegistration } from "@kommune-sm/core";
import type { Comparison } from "./compare.js";
import type { KpiResult } from "./evaluate-kpi.js";
import type { GoalProgress } from "./goal-progress.js";
import type { ReportPeriod } from "./periods.js";
import type { ResponseTimeReport } from "./response-times.js";

/** The languages a report is written in. */
export type ReportLocale = "de" | "en";

/** One KPI in a report: its value in the period and in the one before, for the trend arrow. */
export interface ReportKpiRow {
  /** The KPI's id. */
  readonly kpiId: string;
  /** Its name, as the strategy or plugin gave it. */
  readonly name: string;
  /** Its unit. */
  readonly unit: KpiUnit;
  /** Whether higher or lower is better. */
  readonly better: "higher" | "lower";
  /** The period's result. */
  readonly result: KpiResult;
  /** The period before's result, if asked for. */
  readonly previous?: KpiResult;
}

/** A goal in a report: its statement beside its progress. */
export interface ReportGoalRow {
  /** What the goal says, e.g. "Bürgeranfragen schneller beantworten". */
  readonly statement: string;
  /** The KPI's name. */
  readonly kpiName: string;
  /** The KPI's unit. */
  readonly unit: KpiUnit;
  /** Where it stands. */
  readonly progress: GoalProgress;
}

/** A post in a report's top or flop list. */
export interface ReportPostRow {
  /** The post's id. */
  readonly postId: string;
  /** The channel it went out on. */
  readonly channelId: string;
  /** The beginning of its text, as written (escaped by each renderer). */
  readonly excerpt: string;
  /** The figure it is ranked by. */
  readonly figure: number;
  /** Findings of the checks that may explain it, e.g. "plain-language/long-sentence". */
  readonly findings?: readonly string[];
}

/** A recommendation: what to adjust, by which rule, on which figures. */
export interface ReportRecommendation {
  /** The rule's id, e.g. "response-time-over-target". */
  readonly rule: string;
  /** What to do, in the report's language. */
  readonly text: string;
  /** The figures it rests on, by name. */
  readonly figures: Readonly<Record<string, number>>;
}

interface SectionBase {
  /** The section's heading. */
  readonly title: string;
}

/** The KPIs of the period, each with the period before. */
export interface KpiSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "kpis";
  /** One row per KPI. */
  readonly rows: readonly ReportKpiRow[];
}

/** The goals and where they stand. */
export interface GoalSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "goals";
  /** One row per goal. */
  readonly rows: readonly ReportGoalRow[];
}

/** How fast citizens got an answer. */
export interface ResponseTimeSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "response-times";
  /** The figures, per channel and overall. */
  readonly report: ResponseTimeReport;
}

/** The posts that worked best or least. */
export interface PostSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "posts";
  /** The metric they are ranked by, e.g. "engagements". */
  readonly metric: string;
  /** The posts, in order. */
  readonly rows: readonly ReportPostRow[];
}

/** A KPI compared across municipalities. */
export interface ComparisonSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "comparison";
  /** The KPI's name. */
  readonly kpiName: string;
  /** The comparison. */
  readonly comparison: Comparison;
}

/** What to adjust. */
export interface RecommendationSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "recommendations";
  /** The recommendations, each with its rule and figures. */
  readonly rows: readonly ReportRecommendation[];
}

/** Free text. */
export interface TextSection extends SectionBase {
  /** Which kind of section. */
  readonly kind: "text";
  /** Its paragraphs. */
  readonly paragraphs: readonly string[];
}

/** A part of a report. */
export type ReportSection = KpiSection | GoalSection | ResponseTimeSection | PostSection | ComparisonSection | RecommendationSection | TextSection;

/** Whom a report is about: an organisation, or a group of them (a county). */
export interface ReportSubject {
  /** Its id. */
  readonly id: string;
  /** Its name, as shown. */
  readonly name: string;
}

/** A report: for whom, for which period, in which language, and its sections in order. */
export interface Report {
  /** The report's title, e.g. "Monatsbericht Social Media März 2027". */
  readonly title: string;
  /** The organisation (or group of organisations) it is about. */
  readonly organisation: ReportSubject;
  /** The period it covers. */
  readonly period: ReportPeriod;
  /** When it was made, an RFC 3339 instant. */
  readonly createdAt: string;
  /** The language it is written in. */
  readonly locale: ReportLocale;
  /** Its sections, in order. */
  readonly sections: readonly ReportSection[];
}

/** What a renderer makes: text (HTML, Markdown, CSV, JSON) or bytes (PDF). */
export type RenderedReport = string | Uint8Array;

/** A report renderer, registered in core's `renderers` registry. */
export interface ReportRenderer extends RendererRegistration {
  /** The file name's ending, e.g. "md". */
  readonly extension: string;
  /** Writes the report. Every text from people and networks in it is escaped for the format. */
  render(report: Report): RenderedReport | Promise<RenderedReport>;
}

declare module "@kommune-sm/core" {
  interface RegistryCatalogue {
    /** Report renderers, e.g. from `@kommune-sm/reporting`. */
    renderers: ReportRenderer;
  }
}

/** A KPI row for a report from a KPI definition and its results. */
export function kpiRow(kpi: KpiDefinition, result: KpiResult, previous?: KpiResult): ReportKpiRow {
  return { kpiId: kpi.id, name: kpi.name, unit: kpi.unit, better: kpi.better, result, ...(previous === undefined ? {} : { previous }) };
}
