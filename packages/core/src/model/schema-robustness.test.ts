import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { LOCALES } from "../i18n/locale.js";
import { isValidationError, safeValidate, validate } from "../validation/validate.js";
import { isWellFormedText } from "../validation/well-formed-text.js";
import { AudienceSchema } from "./audience.js";
import { BrandVoiceSchema } from "./brand-voice.js";
import { CampaignSchema } from "./campaign.js";
import { ChannelSchema } from "./channel.js";
import { ContentPillarSchema } from "./content-pillar.js";
import { MUSTERSTADT_ORGANISATION, MUSTERSTADT_STRATEGY } from "./examples.js";
import { GoalSchema } from "./goal.js";
import { InteractionSchema } from "./interaction.js";
import { KpiDefinitionSchema } from "./kpi-definition.js";
import { MediaSchema } from "./media.js";
import { MetricSampleSchema } from "./metric-sample.js";
import { OrganisationSchema } from "./organisation.js";
import { PostContentSchema, PostSchema } from "./post.js";
import { QuietPeriodSchema } from "./quiet-period.js";
import { ReplySchema } from "./reply.js";
import { StrategySchema } from "./strategy.js";
import { TeamMemberSchema } from "./team-member.js";
import * as valid from "./test-support.js";

type Segment = string | number;

const entities: readonly [name: string, schema: z.ZodType, example: unknown][] = [
  ["Organisation", OrganisationSchema, valid.validOrganisation],
  ["Organisation (Musterstadt)", OrganisationSchema, MUSTERSTADT_ORGANISATION],
  ["TeamMember", TeamMemberSchema, valid.validTeamMember],
  ["QuietPeriod", QuietPeriodSchema, valid.validQuietPeriod],
  ["Goal", GoalSchema, valid.validGoal],
  ["Audience", AudienceSchema, valid.validAudience],
  ["KpiDefinition", KpiDefinitionSchema, valid.validKpi],
  ["ContentPillar", ContentPillarSchema, { id: "service", name: "Service", share: 0.4 }],
  ["BrandVoice", BrandVoiceSchema, valid.validStrategy.brandVoice],
  ["Strategy", StrategySchema, valid.validStrategy],
  ["Strategy (Musterstadt)", StrategySchema, MUSTERSTADT_STRATEGY],
  ["Channel", ChannelSchema, valid.validChannel],
  ["Media", MediaSchema, valid.validMedia],
  ["PostContent", PostContentSchema, valid.validPostContent],
  ["Post", PostSchema, valid.validPost],
  ["Campaign", CampaignSchema, valid.validCampaign],
  ["Interaction", InteractionSchema, valid.validInteraction],
  ["Reply", ReplySchema, valid.validReply],
  ["MetricSample", MetricSampleSchema, valid.validMetricSample],
];

/** True if the schema has a field at `segments` (a record or array accepts any key or index). */
function isSchemaPath(schema: z.core.$ZodType, segments: readonly Segment[]): boolean {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
    case "catch":
    case "nonoptional":
      return isSchemaPath(def["innerType"] as z.core.$ZodType, segments);
    case "pipe":
      return isSchemaPath(def["in"] as z.core.$ZodType, segments) || isSchemaPath(def["out"] as z.core.$ZodType, segments);
    case "lazy":
      return isSchemaPath((def["getter"] as () => z.core.$ZodType)(), segments);
  }
  if (segments.length === 0) return true;
  const [head, ...rest] = segments;
  switch (def.type) {
    case "object": {
      const shape = def["shape"] as Record<string, z.core.$ZodType>;
      return typeof head === "string" && Object.hasOwn(shape, head) && isSchemaPath(shape[head]!, rest);
    }
    case "array":
      return typeof head === "number" && isSchemaPath(def["element"] as z.core.$ZodType, rest);
    case "record":
      return typeof head === "string" && isSchemaPath(def["valueType"] as z.core.$ZodType, rest);
    case "union":
      return (def["options"] as z.core.$ZodType[]).some((option) => isSchemaPath(option, segments));
    default:
      return false;
  }
}

/** True if everything above the last segment exists in the input: the field itself may be missing. */
function parentExists(input: unknown, segments: readonly Segment[]): boolean {
  let node = input;
  for (const segment of segments.slice(0, -1)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<Segment, unknown>)[segment];
  }
  return segments.length === 0 || (typeof node === "object" && node !== null);
}

function pathsOf(value: unknown, prefix: Segment[] = []): Segment[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [Segment, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function withChange(value: unknown, path: readonly Segment[], replacement: { value: unknown } | "delete"): unknown {
  if (path.length === 0) return replacement === "delete" ? undefined : replacement.value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<Segment, unknown>;
  if (rest.length === 0 && replacement === "delete") {
    if (Array.isArray(copy)) (copy as unknown[]).splice(head as number, 1);
    else delete copy[head!];
  } else {
    copy[head!] = withChange(copy[head!], rest, replacement);
  }
  return copy;
}

/** A string with at least one lone UTF-16 surrogate in it: half of a cut emoji, a reversed pair, a stray low half. */
const illFormedString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: "grapheme", maxLength: 8 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ unit: "grapheme", maxLength: 8 }))
  .map(([before, half, after]) => `${before}${String.fromCharCode(half)}${after}`);

/** What a client may send instead of a field: any JSON (also with odd text), a long list, or nothing. */
const replacements: fc.Arbitrary<{ value: unknown } | "delete"> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue().map((value) => ({ value })) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map((value) => ({ value })) },
  { weight: 1, arbitrary: illFormedString.map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 6 }), illFormedString), { minLength: 0, maxLength: 1200 }).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constant("delete" as const) },
);

/** Valid examples with one to three fields replaced by arbitrary JSON or removed. */
function mutationsOf(example: unknown): fc.Arbitrary<unknown> {
  const plain: unknown = JSON.parse(JSON.stringify(example));
  const paths = pathsOf(plain);
  const change = fc.record({
    path: fc.constantFrom(...paths),
    replacement: replacements,
  });
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) =>
    // Later paths may no longer exist after a deletion; withChange then adds them, which is just another input.
    changes.reduce<unknown>((input, { path, replacement }) => withChange(input, path, replacement), plain),
  );
}

function checkInput(schema: z.ZodType, entity: string, input: unknown): void {
  for (const locale of LOCALES) {
    try {
      validate(schema, input, { locale, entity });
    } catch (error) {
      expect(isValidationError(error), String(error)).toBe(true);
    }
  }
  const result = safeValidate(schema, input, { entity });
  if (result.success) {
    // What validation hands out is stored as JSON; read back, it must validate to
    // that same JSON form (compared as JSON: JSON itself turns -0 into 0).
    const stored: unknown = JSON.parse(JSON.stringify(result.data));
    expect(validate(schema, stored)).toEqual(stored);
    return;
  }
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(isSchemaPath(schema, issue.segments), `"${issue.path}" is no field of ${entity}`).toBe(true);
    expect(parentExists(input, issue.segments), `"${issue.path}" hangs off nothing in the input`).toBe(true);
    expect(issue.message).not.toBe("");
    // A catalogue key that leaked through unformatted would look like "ags.format".
    expect(issue.message).not.toMatch(/^[a-z-]+\.[a-z-]+$/);
  }
}

describe.each(entities)("%s under arbitrary input (property)", (entity, schema, example) => {
  it("accepts its valid example", () => {
    expect(safeValidate(schema, example).success).toBe(true);
  });

  it("never throws anything but a ValidationError on arbitrary JSON, and names only fields of the schema", () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => checkInput(schema, entity, input)), { numRuns: 100 });
  });

  it("does the same for its valid example with fields replaced or removed", () => {
    fc.assert(fc.property(mutationsOf(example), (input) => checkInput(schema, entity, input)), { numRuns: 150 });
  });
});

/** Paths of the string leaves of a value. */
function stringPathsOf(value: unknown, prefix: Segment[] = []): Segment[][] {
  if (typeof value === "string") return [prefix];
  if (typeof value !== "object" || value === null) return [];
  const entries: [Segment, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => stringPathsOf(child, [...prefix, key]));
}

function valueAt(value: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<Segment, unknown>)[segment], value);
}

function isWellFormedEverywhere(value: unknown): boolean {
  return stringPathsOf(value).every((path) => isWellFormedText(valueAt(value, path) as string));
}

describe.each(entities)("%s and ill-formed Unicode (property)", (entity, schema, example) => {
  const plain: unknown = JSON.parse(JSON.stringify(example));
  const leaves = stringPathsOf(plain);

  it("refuses a lone surrogate in any of its text fields, at that field or the object that holds it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.nat(), fc.integer({ min: 0xd800, max: 0xdfff }), (path, at, half) => {
        const original = valueAt(plain, path) as string;
        const cut = at % (original.length + 1);
        const input = withChange(plain, path, { value: `${original.slice(0, cut)}${String.fromCharCode(half)}${original.slice(cut)}` });
        const result = safeValidate(schema, input, { entity });
        expect(result.success, `${entity} accepted a lone surrogate at ${path.join(".")}`).toBe(false);
        if (result.success) return;
        // Enums and formats report their own issue; every text field says text.ill-formed. Either way, at the field or above it.
        const issue = result.error.issues.find((candidate) => candidate.segments.every((segment, index) => path[index] === segment));
        expect(issue, `no issue at or above ${path.join(".")}: ${result.error.message}`).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });

  it("hands out only well-formed text", () => {
    fc.assert(
      fc.property(mutationsOf(example), (input) => {
        const result = safeValidate(schema, input);
        if (result.success) expect(isWellFormedEverywhere(result.data)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the path oracle of these properties", () => {
  it("knows fields of the schema from fields that are not", () => {
    expect(isSchemaPath(PostSchema, ["variants", 3, "media", 0, "altText"])).toBe(true);
    expect(isSchemaPath(PostSchema, ["variants", 3, "options", "mastodon", "visibility"])).toBe(true);
    expect(isSchemaPath(KpiDefinitionSchema, ["formula", "q"])).toBe(true);
    expect(isSchemaPath(PostSchema, ["variants", "x"])).toBe(false);
    expect(isSchemaPath(PostSchema, ["token"])).toBe(false);
    expect(isSchemaPath(OrganisationSchema, ["ags", "prefix"])).toBe(false);
  });
});
