import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import { importPolicyFile } from '../import/import-policy-file';
import { importRubricFile } from '../rubric/import-rubric-file';
import { checklistProgress, rubricProgress } from './progress';
import { scoredIndicators } from './score-rubric';

describe('evaluation progress', () => {
  it('counts a unit’s scored indicators with a value or 不适用, ignoring group rows and other units (seed 004 rubric)', async () => {
    const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '细则.xlsx');
    const scored = scoredIndicators(system);
    const group = system.indicators.find((indicator) => !scored.includes(indicator));
    const inputs = [
      { unitId: '甲区', indicatorId: scored[0]!.id },
      { unitId: '甲区', indicatorId: scored[1]!.id },
      { unitId: '甲区', indicatorId: scored[1]!.id },
      { unitId: '乙区', indicatorId: scored[0]!.id },
      { unitId: '丙区', indicatorId: scored[0]!.id },
      ...(group ? [{ unitId: '乙区', indicatorId: group.id }] : []),
    ];
    expect(rubricProgress(system, ['甲区', '乙区'], inputs)).toEqual([
      { unitId: '甲区', done: 2, total: scored.length },
      { unitId: '乙区', done: 1, total: scored.length },
    ]);
  });

  it('counts a unit’s measures with a status of a checklist (seed 000: 53 measures)', async () => {
    const [document] = (await importPolicyFile(seedBytes(SEED.luoyang2021), seedFileName(SEED.luoyang2021))).documents;
    const measures = document!.items.filter((item) => item.kind === 'measure').map((item) => item.id);
    const section = document!.items.find((item) => item.kind === 'section')!.id;
    const progress = checklistProgress(
      measures,
      ['涧西区'],
      [
        { unitId: '涧西区', indicatorId: measures[0]! },
        { unitId: '涧西区', indicatorId: section },
      ],
    );
    expect(progress).toEqual([{ unitId: '涧西区', done: 1, total: 53 }]);
  });
});
