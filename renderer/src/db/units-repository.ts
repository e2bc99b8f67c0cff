// 被评价单位: created, renamed and deleted. Every change is written at once (no save button).
import type { Unit } from '#shared/domain/types';
import { unitIdFor } from '#shared/exchange/evaluation-package';
import { safeName } from '#shared/text/safe-text';

import { t } from '../i18n';
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

/**
 * Deletes a unit in one transaction: it leaves every evaluation that scored it, and its inputs
 * there go with the evidence attached to them. Its rectifications stay in the ledger.
 */
export async function deleteUnit(db: KaopingDatabase, unitId: string): Promise<void> {
  await db.transaction('rw', [db.units, db.evaluations, db.inputs, db.evidence], async () => {
    const evaluations = await db.evaluations.toArray();
    for (const evaluation of evaluations) {
      if (!evaluation.unitIds.includes(unitId)) continue;
      await db.evaluations.update(evaluation.id, { unitIds: evaluation.unitIds.filter((id) => id !== unitId) });
      const cells = db.inputs.where('[evaluationId+unitId]').equals([evaluation.id, unitId]);
      await db.evidence
        .where('inputId')
        .anyOf(await cells.primaryKeys())
        .delete();
      await cells.delete();
    }
    await db.units.delete(unitId);
  });
}
