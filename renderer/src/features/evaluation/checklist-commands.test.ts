// The checklist inspection's commands against a stored database: statuses and notes reach the
// live query the screen watches, and 生成整改台账 reads the statuses as stored at the call.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { watch } from '../../../../test/helpers/live-query';
import { storeChecklistInspection } from '../../../../test/helpers/stored-inspection';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { loadAssessments } from '../../db/evaluations-repository';
import { CHECKLIST_OPERATIONS } from './checklist-commands';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('checklist commands', () => {
  it('sets, notes and clears statuses as the screen sees them, and carries each finding into the ledger once', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { evaluationId, units, measures, items } = await storeChecklistInspection(database);
    const commands = bindDatabase(database, CHECKLIST_OPERATIONS);
    const [jia] = units;
    const statuses = watch(async () => (await loadAssessments(database, evaluationId)).map((entry) => `${entry.itemId}:${entry.status}`));
    try {
      await commands.setAssessmentStatus(evaluationId, jia!.id, measures[0]!.id, 'notImplemented');
      await commands.setAssessmentStatus(evaluationId, jia!.id, measures[1]!.id, 'partial');
      await commands.setAssessmentNote(evaluationId, jia!.id, measures[1]!.id, '台账未建立');
      await statuses.until('two statuses', (list) => list.length === 2);
      await commands.clearAssessment(evaluationId, jia!.id, measures[1]!.id);
      expect(await statuses.until('one status left', (list) => list.length === 1)).toEqual([`${measures[0]!.id}:notImplemented`]);
    } finally {
      statuses.stop();
    }
    expect(await commands.ledgerFindings(evaluationId, items, units, '张三', 30)).toBe(1);
    expect(await commands.ledgerFindings(evaluationId, items, units, '张三', 30)).toBe(0);
    const [rectification] = await database.rectifications.toArray();
    expect([rectification!.unitId, rectification!.sourceId]).toEqual([jia!.id, measures[0]!.id]);
    await commands.setTieRule(evaluationId, 'dense');
    expect((await database.evaluations.get(evaluationId))!.tieRule).toBe('dense');
  });
});
