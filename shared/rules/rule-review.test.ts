import { describe, expect, it } from 'vitest';

import type { Indicator } from '../domain/indicator-system';
import type { ComposedRule } from '../domain/rule-model';
import { updateIndicator } from '../rubric/edit-indicators';
import { parseScoringRule } from '../rubric/parse-rule';
import { trialScore } from './edit-rule';
import { toComposed } from './migrate';
import { correctRule, InvalidRuleError, ruleState, unreadParts } from './rule-review';

const TEXT = '每发现一例问题扣0.5分；工作成效突出的另酌情加分，按贡献大小区分档次0.3分、0.2分';

function indicator(text: string, maxPoints = 300): Indicator {
  const parsed = parseScoringRule(text, '问题整改', maxPoints);
  return {
    id: 'i-1',
    parentId: null,
    role: 'indicator',
    name: '问题整改',
    maxPoints,
    capped: false,
    ruleText: text,
    rule: parsed.rule,
    dataSource: { kind: 'onSite' },
    warnings: parsed.warnings,
    checklistItemIds: [],
  };
}

const corrected: ComposedRule = {
  kind: 'composed',
  terms: [{ kind: 'deduction', base: 300, rates: [{ input: '次数', label: '问题', per: 50 }], cap: 200 }],
  floor: 0,
  ceiling: null,
};

describe('rule review state', () => {
  it('is 待核对 with the unread text while the reader left a numeric clause, 已读 when it read all', () => {
    const flagged = indicator(TEXT);
    expect(ruleState(flagged)).toBe('review');
    expect(unreadParts(flagged).join('')).toMatch(/0\.3分/);
    const read = indicator('基础分3分，每发现一例扣0.5分，扣完为止');
    expect(ruleState(read)).toBe('read');
    expect(unreadParts(read)).toEqual([]);
  });

  it('stores a corrected rule beside the unchanged official text and marks it 已核对', () => {
    const flagged = indicator(TEXT);
    const review = { state: 'reviewed' as const, by: '李核对', at: '2026-11-29T19:00:00.000Z' };
    const done = correctRule(flagged, corrected, review);
    expect(done.ruleText).toBe(TEXT);
    expect(done.review).toEqual(review);
    expect(done.warnings).toEqual([]);
    expect(ruleState(done)).toBe('reviewed');
    expect(unreadParts(done)).toEqual([]);
    expect(trialScore(done.rule!, 300, [{ 次数: 5 }])[0]!.points).toBe(100);
  });

  it('saving without marking keeps 待核对', () => {
    const kept = correctRule(indicator(TEXT), corrected, null);
    expect(ruleState(kept)).toBe('review');
    expect(kept.rule).toEqual(corrected);
  });

  it('refuses an invalid rule and stores nothing', () => {
    const bad: ComposedRule = {
      kind: 'composed',
      terms: [{ kind: 'itemSum', input: '分项', items: [{ label: '甲', points: 400 }] }],
      floor: 0,
      ceiling: null,
    };
    expect(() => correctRule(indicator(TEXT), bad, null)).toThrow(InvalidRuleError);
    expect(() => correctRule(indicator(TEXT), { ...corrected, terms: [] }, null)).toThrow(/没有任何计分项/);
  });

  it('keeps a checked rule when the 分值 changes and it still fits; drops the check when it no longer does; a new text re-reads', () => {
    const done = correctRule(indicator(TEXT), corrected, { state: 'reviewed', by: '李核对', at: '2026-11-29T19:00:00.000Z' });
    const wider = updateIndicator([done], 'i-1', { maxPoints: 400 })[0]!;
    expect(wider.rule).toEqual(corrected);
    expect(ruleState(wider)).toBe('reviewed');
    const items: ComposedRule = {
      kind: 'composed',
      terms: [{ kind: 'itemSum', input: '分项', items: [{ label: '甲', points: 300 }] }],
      floor: 0,
      ceiling: null,
    };
    const narrower = updateIndicator([correctRule(indicator(TEXT), items, { state: 'reviewed', by: '李', at: 'x' })], 'i-1', {
      maxPoints: 200,
    })[0]!;
    expect(toComposed(narrower.rule!, 200)).toEqual(items);
    expect(ruleState(narrower)).toBe('review');
    expect(narrower.warnings.join('')).toMatch(/超过分值/);
    const retyped = updateIndicator([done], 'i-1', { ruleText: '基础分3分，每例扣1分' })[0]!;
    expect(retyped.review).toBeUndefined();
    expect(ruleState(retyped)).toBe('read');
  });
});
