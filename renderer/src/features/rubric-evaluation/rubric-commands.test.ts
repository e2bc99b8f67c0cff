// The rubric evaluation's commands against a stored database: a cell's input and note reach the
// live query the grid watches; options are stored; an unchanged input writes no new revision.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { watch } from '../../../../test/helpers/live-query';
import { storeRubricEvaluation } from '../../../../test/helpers/stored-rubric';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { RUBRIC_OPERATIONS, rubricInputId } from './rubric-commands';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('rubric commands', () => {
  it('stores a cell, its note and the options; the same value again writes no new revision', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { system, unit, evaluationId } = await storeRubricEvaluation(database);
    const commands = bindDatabase(database, RUBRIC_OPERATIONS);
    const indicator = system.indicators.find((entry) => entry.role === 'indicator')!;
    const id = rubricInputId(evaluationId, unit.id, indicator.id);
    const cell = watch(async () => (await database.rubricInputs.get(id)) ?? null);
    try {
      await commands.setRubricInput(evaluationId, unit.id, indicator.id, 150, '张三');
      await commands.setRubricNote(id, '缺少审批记录', '张三');
      const stored = await cell.until('the note', (value) => value?.note === '缺少审批记录');
      expect([stored!.value, stored!.inspector]).toEqual([150, '张三']);
      await commands.setRubricInput(evaluationId, unit.id, indicator.id, 150, '李四');
      expect((await database.rubricInputs.get(id))!.meta!.rev).toBe(stored!.meta!.rev);
    } finally {
      cell.stop();
    }
    await commands.setRubricEvaluationOptions(evaluationId, { tieRule: 'dense', notApplicable: 'zero' });
    const evaluation = (await database.rubricEvaluations.get(evaluationId))!;
    expect([evaluation.tieRule, evaluation.notApplicable]).toEqual(['dense', 'zero']);
  });
});
