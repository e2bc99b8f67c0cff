// The 工作台's live figures follow the work: a status set in an inspection counts at once; an
// indicator system's cells are counted per unit through the index.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { scoredIndicators } from '#shared/scoring/score-rubric';

import { watch } from '../../../../test/helpers/live-query';
import { storeChecklistInspection } from '../../../../test/helpers/stored-inspection';
import { storeRubricEvaluation } from '../../../../test/helpers/stored-rubric';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { loadWorkbench } from '../../db/workbench-repository';
import { EVALUATION_OPERATIONS } from '../evaluation/evaluation-commands';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('workbench figures', () => {
  it('count a scored measure for its unit as soon as it is stored', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { evaluationId, units, measures } = await storeChecklistInspection(database);
    const workbench = watch(() => loadWorkbench(database, '2026-11-30'));
    try {
      const before = await workbench.until('the inspection', (value) => value.evaluations.length === 1);
      expect([before.firstRun, before.evaluations[0]!.done, before.evaluations[0]!.total]).toEqual([false, 0, measures.length * 2]);
      await bindDatabase(database, EVALUATION_OPERATIONS).setChecklistStatus(
        evaluationId,
        units[1]!.id,
        measures[2]!.id,
        'implemented',
        '张三',
      );
      const after = await workbench.until('one measure done', (value) => value.evaluations[0]!.done === 1);
      expect(after.evaluations[0]!.units.map((unit) => [unit.name, unit.done])).toEqual([
        ['甲区', 0],
        ['乙区', 1],
      ]);
    } finally {
      workbench.stop();
    }
  });

  it('counts an indicator system’s cells per unit from the index, a cell left on a removed indicator never past the total', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { system, unit, evaluationId } = await storeRubricEvaluation(database);
    const scored = scoredIndicators(system);
    const commands = bindDatabase(database, EVALUATION_OPERATIONS);
    await commands.setInput(evaluationId, unit.id, scored[0]!.id, null, '张三');
    await commands.setInput(evaluationId, unit.id, scored[1]!.id, 1, '张三');
    const progress = async () => {
      const [evaluation] = (await loadWorkbench(database, '2026-11-30')).evaluations;
      return [
        evaluation!.kind,
        evaluation!.done,
        evaluation!.total,
        evaluation!.units.map((entry) => [entry.name, entry.done, entry.total]),
      ];
    };
    expect(await progress()).toEqual(['indicatorSystem', 2, scored.length, [['甲区', 2, scored.length]]]);
    for (const indicator of scored.slice(2)) await commands.setInput(evaluationId, unit.id, indicator.id, null, '张三');
    await commands.setInput(evaluationId, unit.id, 'removed-indicator', 1, '张三');
    expect(await progress()).toEqual(['indicatorSystem', scored.length, scored.length, [['甲区', scored.length, scored.length]]]);
  });
});
