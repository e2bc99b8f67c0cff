import { describe, expect, it } from 'vitest';

import { checklistJsonText } from './score-command';

const MEASURES = { total: 3, implemented: 1, partial: 1, notImplemented: 0, notApplicable: 1, unscored: 0 };

describe('checklistJsonText', () => {
  it('writes every rate with two decimals and leaves a name that looks like the key alone', () => {
    const text = checklistJsonText({
      units: [
        { unit: '甲区', rate: 75, rank: 1, measures: MEASURES },
        { unit: '乙区"rate":null', rate: 33.33, rank: 2, measures: MEASURES },
        { unit: '丙区', rate: null, rank: null, measures: { ...MEASURES, implemented: 0, partial: 0, notApplicable: 3 } },
      ],
    });
    expect(text).toContain('{"unit":"甲区","rate":75.00,"rank":1,');
    expect(text).toContain('{"unit":"乙区\\"rate\\":null","rate":33.33,"rank":2,');
    expect(text).toContain('{"unit":"丙区","rate":null,"rank":null,');
    expect(
      (JSON.parse(text) as { units: Array<{ unit: string; rate: number | null }> }).units.map((unit) => [unit.unit, unit.rate]),
    ).toEqual([
      ['甲区', 75],
      ['乙区"rate":null', 33.33],
      ['丙区', null],
    ]);
  });
});
