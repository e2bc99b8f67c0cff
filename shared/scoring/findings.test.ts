import { describe, expect, it } from 'vitest';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import { type EvaluationInput, statusAsValue } from '../domain/evaluation';
import type { ImplementationStatus } from '../domain/types';
import { importPolicyFile } from '../import/import-policy-file';
import { collectFindings } from './findings';

describe('collectFindings', () => {
  it('turns 未落实 and 部分落实 measures into findings with the measure owners and deadline', async () => {
    const document = (await importPolicyFile(seedBytes(SEED.luoyang2021), '000.txt')).documents[0]!;
    const measures = document.items.filter((item) => item.kind === 'measure');
    const unit = { id: 'u1', name: '涧西区', createdAt: '' };
    const cell = (id: string, index: number, status: ImplementationStatus, note = ''): EvaluationInput => ({
      id,
      evaluationId: 'e',
      unitId: 'u1',
      indicatorId: measures[index]!.id,
      value: statusAsValue(status),
      note,
      inspector: '张三',
      updatedAt: '',
    });
    const inputs = [
      cell('a', 1, 'notImplemented', '未见方案'),
      cell('b', 0, 'partial'),
      cell('c', 2, 'implemented'),
      cell('d', 3, 'notApplicable'),
    ];
    const findings = collectFindings(document.items, [unit], inputs);
    expect(findings.map((finding) => [finding.itemId, finding.status])).toEqual([
      [measures[0]!.id, 'partial'],
      [measures[1]!.id, 'notImplemented'],
    ]);
    expect(findings[1]).toMatchObject({
      unitName: '涧西区',
      sectionTitle: '深入实施建设项目审批改革',
      note: '未见方案',
      leadUnits: ['市住建局'],
      deadline: { text: '2021年年底', date: '2021-12-31' },
    });
  });
});
