// The rule model (rule-model.ts, indicator-system.ts) as zod schemas, for rules that arrive from
// outside (a package, a backup). Every term kind with its fields, enums and bounds: amounts are
// integer hundredths within ±POINTS_LIMIT, measured values finite, lists and strings bounded. A
// rule is flat (a rule holds terms, a term holds no rule), so its depth is fixed by its shape.
// rule-model-schema.test.ts checks that the inferred types equal the model's types both ways.
import { z } from 'zod';

import { countField, LIST_LIMIT, measureField, nameField, pointsField, textField } from './record-fields';

/** Most terms of one composed rule. */
export const TERMS_LIMIT = 200;
/** Most bands, items, levels, rates or rank ranges of one term. */
const PARTS_LIMIT = 1000;

const inputName = z.string().min(1).max(100);
const direction = z.enum(['higherBetter', 'lowerBetter']);
const sign = z.union([z.literal(1), z.literal(-1)]);
const cap = pointsField.nullable();
const rank = z.number().int().min(1).max(LIST_LIMIT);

const band = z.strictObject({
  min: measureField.nullable(),
  minInclusive: z.boolean(),
  max: measureField.nullable(),
  maxInclusive: z.boolean(),
  points: pointsField,
});
const ruleItem = z.strictObject({ label: textField, points: pointsField });
const rate = z.strictObject({ input: inputName, label: textField, per: pointsField, once: z.boolean().optional() });
const threshold = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), value: measureField }),
  z.strictObject({ kind: z.literal('average'), plus: measureField }),
]);
const rankRange = z.strictObject({ from: rank, to: rank, fromBottom: z.boolean(), points: pointsField });
const parts = <T extends z.ZodType>(part: T) => z.array(part).max(PARTS_LIMIT);

const termSchemas = [
  z.strictObject({ kind: z.literal('manual'), input: inputName }),
  z.strictObject({ kind: z.literal('base'), points: pointsField }),
  z.strictObject({ kind: z.literal('deduction'), base: pointsField, rates: parts(rate), cap }),
  z.strictObject({ kind: z.literal('occurrence'), sign, rates: parts(rate), cap }),
  z.strictObject({
    kind: z.literal('linear'),
    input: inputName,
    label: textField,
    threshold,
    side: z.enum(['below', 'above']),
    step: measureField,
    unit: nameField,
    per: pointsField,
    sign,
    stepped: z.boolean(),
    cap,
    base: pointsField,
    cutoff: z
      .strictObject({ past: z.enum(['below', 'above']), value: measureField, inclusive: z.boolean() })
      .nullable()
      .optional(),
  }),
  z.strictObject({ kind: z.literal('bands'), input: inputName, measure: z.enum(['value', 'count']), bands: parts(band) }),
  z.strictObject({ kind: z.literal('levels'), input: inputName, levels: parts(ruleItem) }),
  z.strictObject({ kind: z.literal('itemSum'), input: inputName, items: parts(ruleItem) }),
  z.strictObject({
    kind: z.literal('rankingTiers'),
    input: inputName,
    base: pointsField,
    topCount: countField,
    topDelta: pointsField,
    bottomCount: countField,
    bottomDelta: pointsField,
    direction,
  }),
  z.strictObject({
    kind: z.literal('rankPoints'),
    input: inputName,
    direction,
    ranges: parts(rankRange),
    step: z.strictObject({ fromRank: rank, per: pointsField }).nullable(),
    rest: pointsField,
  }),
  z.strictObject({
    kind: z.literal('relativeToBest'),
    input: inputName,
    direction,
    reference: z.enum(['best', 'average']),
    points: pointsField,
  }),
  z.strictObject({ kind: z.literal('frontier'), input: inputName, direction, points: pointsField }),
  z.strictObject({ kind: z.literal('proportional'), input: inputName, fullValue: measureField, points: pointsField }),
  z.strictObject({ kind: z.literal('condition'), input: inputName, label: textField, yes: pointsField, no: pointsField }),
  z.strictObject({ kind: z.literal('veto'), input: inputName, label: textField, scope: z.enum(['indicator', 'category', 'total']) }),
  z.strictObject({ kind: z.literal('reference'), factor: z.number().gt(0).max(100) }),
] as const;

/** One term of a composed rule (`Term`). */
export const termSchema = z.discriminatedUnion('kind', termSchemas);

/** A composed rule (`ComposedRule`): at most TERMS_LIMIT terms, floor and ceiling in hundredths or null. */
export const composedRuleSchema = z.strictObject({
  kind: z.literal('composed'),
  terms: z.array(termSchema).max(TERMS_LIMIT),
  floor: pointsField.nullable(),
  ceiling: pointsField.nullable(),
});

/** The eleven single-shape rule kinds stored before rules were composed (`LegacyRule`). */
const legacyRuleSchemas = [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('deduction'), base: pointsField, per: pointsField }),
  z.strictObject({ kind: z.literal('bands'), bands: parts(band) }),
  z.strictObject({ kind: z.literal('proportional'), fullValue: measureField }),
  z.strictObject({ kind: z.literal('itemSum'), items: parts(ruleItem) }),
  z.strictObject({ kind: z.literal('levels'), levels: parts(ruleItem) }),
  z.strictObject({
    kind: z.literal('rankingTiers'),
    base: pointsField,
    topCount: countField,
    topDelta: pointsField,
    bottomCount: countField,
    bottomDelta: pointsField,
    direction,
  }),
  z.strictObject({ kind: z.literal('occurrence'), per: pointsField }),
  z.strictObject({ kind: z.literal('frontier'), direction }),
  z.strictObject({ kind: z.literal('relativeToBest'), direction }),
  z.strictObject({ kind: z.literal('rankPoints'), points: parts(pointsField), rest: pointsField, direction }),
] as const;

/** A scoring rule (`ScoringRule`): one of the eleven single-shape kinds, or terms composed. */
export const scoringRuleSchema = z.discriminatedUnion('kind', [...legacyRuleSchemas, composedRuleSchema]);
