import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';

describe('schema upgrades', () => {
  it('opens a version-1 database (checklists only) as the current version with its data intact and the rubric tables added', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      documents: 'id, &fingerprint, importedAt',
      items: 'id, [documentId+order]',
      units: 'id, &name, createdAt',
      evaluations: 'id, documentId, createdAt',
      assessments: 'id, evaluationId, [evaluationId+unitId]',
    });
    await v1.open();
    await v1.table('units').add({ id: 'u1', name: '涧西区', createdAt: '2026-01-01' });
    await v1.table('assessments').add({ id: 'e|u1|m1', evaluationId: 'e', unitId: 'u1', itemId: 'm1', status: 'partial', note: '旧数据', updatedAt: '' });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.units.get('u1')).toMatchObject({ name: '涧西区' });
    expect(await db.assessments.where('[evaluationId+unitId]').equals(['e', 'u1']).toArray()).toHaveLength(1);
    expect(await db.rubricInputs.count()).toBe(0);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['assessments', 'backups', 'conflicts', 'documents', 'evaluations', 'evidence', 'indicatorSystems', 'items', 'rectifications', 'rubricEvaluations', 'rubricInputs', 'units']);
    await db.delete();
  });
});
