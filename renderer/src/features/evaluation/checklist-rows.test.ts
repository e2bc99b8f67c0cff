import { describe, expect, it } from 'vitest';

import type { Indicator, IndicatorSystem } from '#shared/domain/indicator-system';

import { checklistRows } from './checklist-rows';

const indicator = (id: string, parentId: string | null, name: string) => ({ id, parentId, name }) as Indicator;

describe('checklistRows', () => {
  it('names each indicator by its category and spans a category over its consecutive rows', () => {
    const system = {
      indicators: [indicator('c1', null, '办理时间'), indicator('c2', null, '办理成本'), indicator('a', 'c1', '甲')],
    } as IndicatorSystem;
    const rows = checklistRows(system, [
      indicator('a', 'c1', '甲'),
      indicator('b', 'c1', '乙'),
      indicator('c', 'c2', '丙'),
      indicator('d', null, '丁'),
    ]);
    expect(rows.map((row) => [row.indicator.id, row.column, row.category, row.firstOfCategory])).toEqual([
      ['a', 0, '办理时间', 2],
      ['b', 1, '办理时间', 0],
      ['c', 2, '办理成本', 1],
      ['d', 3, '', 1],
    ]);
  });
});
