// Indicator systems (评分细则): saved, edited, deleted with their evaluations. Each change is one transaction.
import type { Indicator } from '#shared/domain/indicator-system';
import type { IndicatorSystem } from '#shared/domain/indicator-system';

import { t } from '../i18n';
import { indicatorSystemLabel } from '../services/undo-labels';
import { undoable } from '../services/undo-service';
import type { KaopingDatabase, StoredIndicatorSystem } from './database';

/** Thrown when the same rubric file was imported before. */
export class DuplicateRubricError extends Error {
  override name = 'DuplicateRubricError';
}

/** Saves an imported indicator system; refuses the same file twice. */
export async function saveIndicatorSystem(db: KaopingDatabase, system: IndicatorSystem, fileName: string): Promise<StoredIndicatorSystem> {
  const stored: StoredIndicatorSystem = { ...system, fileName, importedAt: new Date().toISOString() };
  await db.transaction('rw', db.indicatorSystems, async () => {
    const existing = await db.indicatorSystems.get(system.id);
    if (existing)
      throw new DuplicateRubricError(
        t('“{{fileName}}”已于 {{slice}} 导入（{{title}}），未重复导入。', {
          fileName: fileName,
          slice: existing.importedAt.slice(0, 10),
          title: existing.title,
        }),
      );
    await db.indicatorSystems.add(stored);
  });
  return stored;
}

/** Replaces the indicators of a system (the editor's save). */
export async function updateIndicators(db: KaopingDatabase, systemId: string, indicators: Indicator[]): Promise<void> {
  await undoable(
    db,
    [{ table: 'indicatorSystems', keys: [systemId] }],
    () => indicatorSystemLabel(db, systemId),
    () => db.indicatorSystems.update(systemId, { indicators }),
  );
}

/** Deletes a system with its evaluations, their inputs and evidence, in one transaction. */
export async function deleteIndicatorSystem(db: KaopingDatabase, systemId: string): Promise<void> {
  await db.transaction('rw', [db.indicatorSystems, db.evaluations, db.inputs, db.evidence], async () => {
    const evaluations = await db.evaluations.where('basis.systemId').equals(systemId).primaryKeys();
    for (const evaluationId of evaluations) {
      await db.inputs.where('evaluationId').equals(evaluationId).delete();
      await db.evidence.where('evaluationId').equals(evaluationId).delete();
    }
    await db.evaluations.bulkDelete(evaluations);
    await db.indicatorSystems.delete(systemId);
  });
}
