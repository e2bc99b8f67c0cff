import { describe, expect, it } from 'vitest';

import { parseScoringRule } from '../../rubric/parse-rule';
import { unitValuesOf } from '../../scoring/rule-points';
import { trialScore } from '../edit-rule';
import { toComposed } from '../migrate';
import { type CorpusEntry, fullWidth, halfPunctuation, ocrNoise, RULE_CORPUS } from './rule-corpus';

const VARIANTS: Array<[string, (text: string) => string]> = [
  ['as written', (text) => text],
  ['full-width', fullWidth],
  ['ASCII punctuation', halfPunctuation],
  ['OCR noise', ocrNoise],
];

function check(entry: CorpusEntry, text: string): void {
  const maxPoints = Math.round(entry.max * 100);
  const parsed = parseScoringRule(text, '指标', maxPoints);
  const status = parsed.warnings.length > 0 ? 'review' : 'read';
  expect({ status, warnings: parsed.warnings }).toMatchObject({ status: entry.status });
  const composed = toComposed(parsed.rule, maxPoints);
  const kinds = composed.terms.map((term, index) => (index === 0 && parsed.rule.kind !== 'composed' ? parsed.rule.kind : term.kind));
  expect(kinds).toEqual(entry.kinds);
  for (const [value, points] of entry.trials ?? []) {
    expect(trialScore(parsed.rule, maxPoints, [unitValuesOf(parsed.rule, maxPoints, value)])[0]!.points, JSON.stringify(value)).toBe(
      points,
    );
  }
  for (const [units, points] of entry.units ?? []) {
    expect(trialScore(parsed.rule, maxPoints, units).map((result) => result.points)).toEqual(points);
  }
}

describe('the rule corpus: every shape read to its terms and points, in every spelling', () => {
  it('has at least 150 texts over every shape', () => {
    expect(RULE_CORPUS.length * VARIANTS.length).toBeGreaterThanOrEqual(150);
    expect(
      RULE_CORPUS.filter((entry) => entry.status === 'read').every(
        (entry) =>
          (entry.trials?.length ?? 0) + (entry.units?.length ?? 0) * 2 >= 2 ||
          entry.kinds[0] === 'rankingTiers' ||
          entry.kinds[0] === 'frontier',
      ),
    ).toBe(true);
  });
  for (const [variant, spell] of VARIANTS) {
    describe(variant, () => {
      for (const entry of RULE_CORPUS) it(`${entry.shape}：${entry.text}`, () => check(entry, spell(entry.text)));
    });
  }
});
