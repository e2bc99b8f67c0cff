import { describe, expect, it } from 'vitest';

import { type EvaluationInput, statusAsValue } from '../domain/evaluation';
import type { ChecklistItem, ImplementationStatus, Unit } from '../domain/types';
import { divideRoundHalfUp, formatHundredths } from '../numbers/exact';
import { rankDescending } from '../numbers/rank';
import { scoreChecklist } from './checklist-score';

function item(id: string, parentId: string | null, kind: ChecklistItem['kind']): ChecklistItem {
  return {
    id,
    parentId,
    kind,
    number: id,
    title: `条目${id}`,
    text: '',
    leadUnits: [],
    responsibleUnits: [],
    supportingUnits: [],
    owner: null,
    deadline: null,
    source: { line: 1 },
  };
}

// Two sections: s1 with measures m1–m3, s2 with m4 under task t2.
const ITEMS = [
  item('s1', null, 'section'),
  item('m1', 's1', 'measure'),
  item('m2', 's1', 'measure'),
  item('m3', 's1', 'measure'),
  item('s2', null, 'section'),
  item('t2', 's2', 'task'),
  item('m4', 't2', 'measure'),
];
const UNITS: Unit[] = ['甲区', '乙区', '丙区', '丁区'].map((name, index) => ({ id: `u${index}`, name, createdAt: '' }));

/** A unit's cells with the given statuses, stored as their levels. */
function assess(unitId: string, statuses: Record<string, ImplementationStatus>): EvaluationInput[] {
  return Object.entries(statuses).map(([itemId, status]) => ({
    id: `e|${unitId}|${itemId}`,
    evaluationId: 'e',
    unitId,
    indicatorId: itemId,
    value: statusAsValue(status),
    note: '',
    inspector: '',
    updatedAt: '',
  }));
}

describe('scoreChecklist', () => {
  it('counts 部分落实 as half and leaves 不适用 out of the base', () => {
    const [score] = scoreChecklist(
      ITEMS,
      [UNITS[0]!],
      assess('u0', { m1: 'implemented', m2: 'partial', m3: 'notApplicable', m4: 'notImplemented' }),
    );
    // (1 + 0.5) / 3 = 50.00%
    expect(score!.rate).toBe(5000);
    expect(score!.applicable).toBe(3);
    expect(score!.counts).toEqual({ implemented: 1, partial: 1, notImplemented: 1, notApplicable: 1, unscored: 0 });
  });

  it('scores each section on its own measures', () => {
    const [score] = scoreChecklist(
      ITEMS,
      [UNITS[0]!],
      assess('u0', { m1: 'implemented', m2: 'implemented', m3: 'partial', m4: 'notApplicable' }),
    );
    expect(score!.sections.map((section) => [section.title, section.rate])).toEqual([
      ['条目s1', 8333], // 2.5 / 3 = 83.333…% → 83.33
      ['条目s2', null], // only measure is 不适用
    ]);
  });

  it('counts unscored measures as not implemented, so blanks cannot raise a rank', () => {
    const [score] = scoreChecklist(ITEMS, [UNITS[0]!], assess('u0', { m1: 'implemented' }));
    expect(score!.counts.unscored).toBe(3);
    expect(score!.rate).toBe(2500);
  });

  it('ranks units with equal rates at the same rank (RANK.EQ: 1, 2, 2, 4; 中国式: 1, 2, 2, 3)', () => {
    const cells = [
      ...assess('u0', { m1: 'implemented', m2: 'implemented', m3: 'implemented', m4: 'implemented' }),
      ...assess('u1', { m1: 'implemented', m2: 'partial' }),
      ...assess('u2', { m1: 'partial', m2: 'implemented' }),
      ...assess('u3', { m1: 'partial' }),
    ];
    expect(scoreChecklist(ITEMS, UNITS, cells, 'competition').map((score) => score.rank)).toEqual([1, 2, 2, 4]);
    expect(scoreChecklist(ITEMS, UNITS, cells, 'dense').map((score) => score.rank)).toEqual([1, 2, 2, 3]);
  });

  it('ignores a cell whose value is no status (a level the checklist does not have)', () => {
    const [odd] = assess('u0', { m2: 'implemented' });
    const [score] = scoreChecklist(ITEMS, [UNITS[0]!], [...assess('u0', { m1: 'implemented' }), { ...odd!, value: 3 }]);
    expect(score!.counts).toEqual({ implemented: 1, partial: 0, notImplemented: 0, notApplicable: 0, unscored: 3 });
    expect(score!.rate).toBe(2500);
  });

  it('has no rate and no rank when every measure is 不适用', () => {
    const [score] = scoreChecklist(
      ITEMS,
      [UNITS[0]!],
      assess('u0', { m1: 'notApplicable', m2: 'notApplicable', m3: 'notApplicable', m4: 'notApplicable' }),
    );
    expect(score!.rate).toBeNull();
    expect(score!.rank).toBeNull();
  });
});

describe('exact arithmetic', () => {
  it('rounds half up in integers', () => {
    expect(divideRoundHalfUp(1, 8)).toBe(0); // 0.125
    expect(divideRoundHalfUp(5, 2)).toBe(3); // 2.5 → 3
    expect(divideRoundHalfUp(10000 * 5, 2 * 52)).toBe(481); // (2 + 0.5) / 52 = 4.8076…%
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });

  it('prints hundredths with two decimals', () => {
    expect(formatHundredths(481)).toBe('4.81');
    expect(formatHundredths(10000)).toBe('100.00');
    expect(formatHundredths(5)).toBe('0.05');
    expect(formatHundredths(-250)).toBe('-2.50');
  });

  it('ranks nulls last, unranked', () => {
    expect(rankDescending([null, 3, 7, 3])).toEqual([null, 2, 1, 2]);
  });
});
