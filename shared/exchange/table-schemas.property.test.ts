// Whatever the app's own writers produce passes the schemas a backup is restored with: indicator
// systems the rubric builder makes from generated rows (rule texts of the corpus, disturbed or not,
// and arbitrary text), and score records the CLI records from generated inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { scoringRuleSchema } from '../domain/rule-model-schema';
import { buildIndicatorSystem } from '../rubric/build-indicator-system';
import type { RubricRow } from '../rubric/rubric-rows';
import { fullWidth, halfPunctuation, ocrNoise, RULE_CORPUS } from '../rules/corpus/rule-corpus';
import { readRule } from '../rules/reader/read-rule';
import { TABLE_SCHEMAS } from './table-schemas';

const ruleText = fc.oneof(
  fc.constantFrom(...RULE_CORPUS.map((entry) => entry.text)),
  fc.constantFrom(...RULE_CORPUS.map((entry) => entry.text)).map(fullWidth),
  fc.constantFrom(...RULE_CORPUS.map((entry) => entry.text)).map(halfPunctuation),
  fc.constantFrom(...RULE_CORPUS.map((entry) => entry.text)).map(ocrNoise),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'每扣加分得次项超过以上不低于满分为止0123456789.%，；（）'), maxLength: 80 }),
);

const row: fc.Arbitrary<RubricRow> = fc.record({
  category: fc.oneof(fc.constantFrom('政务服务（30分）', '市场监管', '加分项', '减分项'), fc.string({ maxLength: 30 })),
  nameCells: fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 2 }),
  points: fc.option(fc.integer({ min: -5000, max: 10_000 })),
  text: ruleText,
  line: fc.integer({ min: 1, max: 5000 }),
});

describe('records the app writes pass their schemas', () => {
  it('an indicator system built from any rubric rows, stored as the app stores it', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 60 }), (rows, title) => {
        const system = { ...buildIndicatorSystem(title, rows, 'system-1'), fileName: '细则.xlsx', importedAt: '2026-11-30T08:00:00.000Z' };
        const parsed = TABLE_SCHEMAS.indicatorSystems.safeParse(system);
        expect(parsed.error?.issues[0]).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a rule the reader reads from any text', () => {
    fc.assert(
      fc.property(ruleText, fc.integer({ min: 0, max: 2000 }), (text, maxPoints) => {
        const { rule } = readRule(text, '指标', maxPoints);
        expect(scoringRuleSchema.safeParse(rule).error?.issues[0]).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
