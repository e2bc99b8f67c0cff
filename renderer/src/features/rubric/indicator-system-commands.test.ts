// Commands on a stored indicator system: edits reach the live query; deleting takes its evaluations along.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { watch } from '../../../../test/helpers/live-query';
import { storeRubricEvaluation } from '../../../../test/helpers/stored-rubric';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { INDICATOR_SYSTEM_OPERATIONS } from './indicator-system-commands';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('indicator system commands', () => {
  it('renames an indicator as the screen sees it, and deletes the system with its evaluations', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { system, evaluationId } = await storeRubricEvaluation(database);
    const commands = bindDatabase(database, INDICATOR_SYSTEM_OPERATIONS);
    const names = watch(async () => (await database.indicatorSystems.get(system.id))!.indicators.map((indicator) => indicator.name));
    try {
      const [first, ...rest] = system.indicators;
      await commands.updateIndicators(system.id, [{ ...first!, name: '改过的名称' }, ...rest]);
      const after = await names.until('the new name', (list) => list[0] === '改过的名称');
      expect(after.slice(1)).toEqual(rest.map((indicator) => indicator.name));
    } finally {
      names.stop();
    }
    await commands.deleteIndicatorSystem(system.id);
    expect([await database.indicatorSystems.get(system.id), await database.evaluations.get(evaluationId)]).toEqual([undefined, undefined]);
  });
});
