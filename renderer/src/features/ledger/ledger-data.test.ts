// 整改台账's commands and chart sources against a stored database.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { watch } from '../../../../test/helpers/live-query';
import { storeChecklistInspection } from '../../../../test/helpers/stored-inspection';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { loadFindingSources } from '../../db/ledger-repository';
import { EVALUATION_OPERATIONS } from '../evaluation/evaluation-commands';
import { LEDGER_OPERATIONS } from './ledger-data';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('ledger commands', () => {
  it('records progress and closes an item out once done, the history kept; the chart sources are the inspection items', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { evaluationId, units, measures, items } = await storeChecklistInspection(database);
    const checklist = bindDatabase(database, EVALUATION_OPERATIONS);
    await checklist.setChecklistStatus(evaluationId, units[0]!.id, measures[0]!.id, 'notImplemented', '张三');
    await checklist.ledgerFindings(evaluationId, items, units, '张三', 30);
    const [item] = await database.rectifications.toArray();
    const ledger = bindDatabase(database, LEDGER_OPERATIONS);
    const watched = watch(async () => (await database.rectifications.get(item!.id))!);
    try {
      await ledger.addProgress(item!.id, { date: '2026-11-30', note: '已制定方案', by: '李四', status: 'inProgress' });
      await watched.until('the progress', (value) => value.status === 'inProgress');
      await expect(ledger.closeRectification(item!.id, '2026-12-01', '王五')).rejects.toThrow('只有“已完成”的整改事项才能销号');
      await ledger.addProgress(item!.id, { date: '2026-11-30', note: '整改完成', by: '李四', status: 'done' });
      await ledger.closeRectification(item!.id, '2026-12-01', '王五');
      const closed = await watched.until('the close-out', (value) => value.status === 'closed');
      expect(closed.progress.map((entry) => entry.note)).toContain('已制定方案');
    } finally {
      watched.stop();
    }
    const sources = await loadFindingSources(database, [evaluationId]);
    expect([sources.evaluations.map((evaluation) => evaluation.id), sources.systems.length, sources.items.length]).toEqual([
      [evaluationId],
      0,
      items.length,
    ]);
  });
});
