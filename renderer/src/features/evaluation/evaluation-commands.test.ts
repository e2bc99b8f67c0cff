// The evaluation's commands against a stored database, for both bases: checklist statuses and
// notes reach the live query the screen watches (stored as levels, with the inspector), 生成整改台账
// reads the cells as stored at the call; an indicator system's cell, note and options are stored,
// and an unchanged input writes no new revision.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';

import { watch } from '../../../../test/helpers/live-query';
import { storeChecklistInspection } from '../../../../test/helpers/stored-inspection';
import { storeRubricEvaluation } from '../../../../test/helpers/stored-rubric';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { loadInputs } from '../../db/evaluations-repository';
import { EVALUATION_OPERATIONS } from './evaluation-commands';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('evaluation commands over a checklist', () => {
  it('sets, notes and clears statuses as the screen sees them, and carries each finding into the ledger once', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { evaluationId, units, measures, items } = await storeChecklistInspection(database);
    const commands = bindDatabase(database, EVALUATION_OPERATIONS);
    const [jia] = units;
    const cells = watch(async () =>
      (await loadInputs(database, evaluationId))
        .map((entry) => `${entry.indicatorId}:${entry.value}:${entry.inspector}:${entry.note}`)
        .sort(),
    );
    try {
      await commands.setChecklistStatus(evaluationId, jia!.id, measures[0]!.id, 'notImplemented', '张三');
      await commands.setChecklistStatus(evaluationId, jia!.id, measures[1]!.id, 'partial', '张三');
      await commands.setInputNote(inputIdFor(evaluationId, jia!.id, measures[1]!.id), '台账未建立', '李四');
      await commands.setChecklistStatus(evaluationId, jia!.id, measures[2]!.id, 'notApplicable', '张三');
      expect(
        await cells.until('three cells, one noted', (list) => list.length === 3 && list.some((cell) => cell.endsWith('台账未建立'))),
      ).toEqual([`${measures[0]!.id}:0:张三:`, `${measures[1]!.id}:1:李四:台账未建立`, `${measures[2]!.id}:null:张三:`].sort());
      await commands.clearInput(evaluationId, jia!.id, measures[1]!.id);
      await commands.clearInput(evaluationId, jia!.id, measures[2]!.id);
      expect(await cells.until('one cell left', (list) => list.length === 1)).toEqual([`${measures[0]!.id}:0:张三:`]);
    } finally {
      cells.stop();
    }
    expect(await commands.ledgerFindings(evaluationId, items, units, '张三', 30)).toBe(1);
    expect(await commands.ledgerFindings(evaluationId, items, units, '张三', 30)).toBe(0);
    const [rectification] = await database.rectifications.toArray();
    expect([rectification!.unitId, rectification!.source]).toEqual([jia!.id, { evaluationId, indicatorId: measures[0]!.id }]);
    await commands.setEvaluationOptions(evaluationId, { tieRule: 'dense' });
    expect((await database.evaluations.get(evaluationId))!.tieRule).toBe('dense');
    await expect(commands.setEvaluationOptions(evaluationId, { notApplicable: 'zero' })).rejects.toThrow(
      '“2021年度督查”是清单督查：不适用的举措不计入落实率，不能按 0 分计。',
    );
    expect((await database.evaluations.get(evaluationId))!.notApplicable).toBe('rescale');
  });
});

describe('evaluation commands over an indicator system', () => {
  it('stores a cell, its note and the options; the same value again writes no new revision', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { system, unit, evaluationId } = await storeRubricEvaluation(database);
    const commands = bindDatabase(database, EVALUATION_OPERATIONS);
    const indicator = system.indicators.find((entry) => entry.role === 'indicator')!;
    const id = inputIdFor(evaluationId, unit.id, indicator.id);
    const cell = watch(async () => (await database.inputs.get(id)) ?? null);
    try {
      await commands.setInput(evaluationId, unit.id, indicator.id, 150, '张三');
      await commands.setInputNote(id, '缺少审批记录', '张三');
      const stored = await cell.until('the note', (value) => value?.note === '缺少审批记录');
      expect([stored!.value, stored!.inspector]).toEqual([150, '张三']);
      await commands.setInput(evaluationId, unit.id, indicator.id, 150, '李四');
      expect((await database.inputs.get(id))!.meta!.rev).toBe(stored!.meta!.rev);
    } finally {
      cell.stop();
    }
    await commands.setEvaluationOptions(evaluationId, { tieRule: 'dense', notApplicable: 'zero' });
    const evaluation = (await database.evaluations.get(evaluationId))!;
    expect([evaluation.tieRule, evaluation.notApplicable]).toEqual(['dense', 'zero']);
  });
});
