// Units, evaluations and assessments. Every change is written at once (no save button).
import type { Assessment, Evaluation, ImplementationStatus, TieRule, Unit } from '#shared/domain/types';
import { unitIdFor } from '#shared/exchange/evaluation-package';
import { safeName } from '#shared/text/safe-text';

import { t } from '../i18n';
import { assessmentLabel } from '../services/undo-labels';
import { undoable } from '../services/undo-service';
import type { KaopingDatabase } from './database';

/** Thrown for a unit name that is empty or already used. */
export class UnitNameError extends Error {
  override name = 'UnitNameError';
}

/**
 * Creates a unit. Its id derives from its name, so offices that create 甲区 separately can merge
 * their packages (a fresh id only if that one is taken by a renamed unit). The name is stored as
 * `safeName` gives it (甲\u200b区 is 甲区). Throws UnitNameError
 * (zh-CN) for an empty or duplicate name.
 */
export async function createUnit(db: KaopingDatabase, name: string): Promise<Unit> {
  const trimmed = safeName(name);
  if (!trimmed) throw new UnitNameError(t('单位名称不能为空。'));
  return db.transaction('rw', db.units, async () => {
    if (await db.units.where('name').equals(trimmed).count())
      throw new UnitNameError(t('已有名为“{{trimmed}}”的单位。', { trimmed: trimmed }));
    const id = (await db.units.get(unitIdFor(trimmed))) ? crypto.randomUUID() : unitIdFor(trimmed);
    const unit: Unit = { id, name: trimmed, createdAt: new Date().toISOString() };
    await db.units.add(unit);
    return unit;
  });
}

/** Renames a unit (the name through `safeName`). Throws UnitNameError for an empty or duplicate name. */
export async function renameUnit(db: KaopingDatabase, unitId: string, name: string): Promise<void> {
  const trimmed = safeName(name);
  if (!trimmed) throw new UnitNameError(t('单位名称不能为空。'));
  await db.transaction('rw', db.units, async () => {
    const other = await db.units.where('name').equals(trimmed).first();
    if (other && other.id !== unitId) throw new UnitNameError(t('已有名为“{{trimmed}}”的单位。', { trimmed: trimmed }));
    await db.units.update(unitId, { name: trimmed });
  });
}

/** Deletes a unit, removes it from evaluations and deletes its assessments, in one transaction. */
export async function deleteUnit(db: KaopingDatabase, unitId: string): Promise<void> {
  await db.transaction('rw', [db.units, db.evaluations, db.assessments], async () => {
    const evaluations = await db.evaluations.toArray();
    for (const evaluation of evaluations) {
      if (!evaluation.unitIds.includes(unitId)) continue;
      await db.evaluations.update(evaluation.id, { unitIds: evaluation.unitIds.filter((id) => id !== unitId) });
      await db.assessments.where('[evaluationId+unitId]').equals([evaluation.id, unitId]).delete();
    }
    await db.units.delete(unitId);
  });
}

/** Creates an evaluation (评价批次) over a document's checklist and a set of units. */
export async function createEvaluation(db: KaopingDatabase, name: string, documentId: string, unitIds: string[]): Promise<Evaluation> {
  const evaluation: Evaluation = {
    id: crypto.randomUUID(),
    name: name.trim() || t('未命名评价'),
    documentId,
    unitIds,
    tieRule: 'competition',
    createdAt: new Date().toISOString(),
  };
  await db.evaluations.add(evaluation);
  return evaluation;
}

/** Sets the units of an evaluation (adding or removing; removed units' assessments are kept). */
export async function setEvaluationUnits(db: KaopingDatabase, evaluationId: string, unitIds: string[]): Promise<void> {
  await db.evaluations.update(evaluationId, { unitIds });
}

/** Sets how the evaluation breaks ties in ranks. */
export async function setTieRule(db: KaopingDatabase, evaluationId: string, tieRule: TieRule): Promise<void> {
  await db.evaluations.update(evaluationId, { tieRule });
}

export function assessmentId(evaluationId: string, unitId: string, itemId: string): string {
  return `${evaluationId}|${unitId}|${itemId}`;
}

/** Records a unit's status on a measure (creating or replacing the assessment), keeping its note; undoable. */
export async function setAssessmentStatus(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  itemId: string,
  status: ImplementationStatus,
): Promise<void> {
  const id = assessmentId(evaluationId, unitId, itemId);
  await undoable(
    db,
    [{ table: 'assessments', keys: [id] }],
    () => assessmentLabel(db, unitId, itemId, 'status'),
    async () => {
      const existing = await db.assessments.get(id);
      if (existing?.status === status) return;
      await db.assessments.put({
        id,
        evaluationId,
        unitId,
        itemId,
        status,
        note: existing?.note ?? '',
        updatedAt: new Date().toISOString(),
      });
    },
  );
}

/** Takes a measure back to 未评: its assessment (status and note) is removed; undoable. */
export async function clearAssessment(db: KaopingDatabase, evaluationId: string, unitId: string, itemId: string): Promise<void> {
  const id = assessmentId(evaluationId, unitId, itemId);
  await undoable(
    db,
    [{ table: 'assessments', keys: [id] }],
    () => assessmentLabel(db, unitId, itemId, 'status'),
    () => db.assessments.delete(id),
  );
}

/** Records the note of an assessment; a note on an unscored measure waits for its status. Undoable; an unchanged note is not rewritten. */
export async function setAssessmentNote(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  itemId: string,
  note: string,
): Promise<void> {
  const id = assessmentId(evaluationId, unitId, itemId);
  await undoable(
    db,
    [{ table: 'assessments', keys: [id] }],
    () => assessmentLabel(db, unitId, itemId, 'note'),
    async () => {
      const existing = await db.assessments.get(id);
      if (existing && existing.note !== note) await db.assessments.update(id, { note, updatedAt: new Date().toISOString() });
    },
  );
}

/** All assessments of an evaluation (uses the evaluationId index). */
export async function loadAssessments(db: KaopingDatabase, evaluationId: string): Promise<Assessment[]> {
  return db.assessments.where('evaluationId').equals(evaluationId).toArray();
}
