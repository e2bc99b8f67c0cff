// What an undoable action is called in the 撤销 message: the unit and the indicator or measure it
// touched, read from the database after the write ("甲区 × 营商环境满意度 的评分").
import type { KaopingDatabase } from '../db/database';
import { t } from '../i18n';

/** The name of a unit, or its id when it is gone. */
async function unitName(db: KaopingDatabase, unitId: string): Promise<string> {
  return (await db.units.get(unitId))?.name ?? unitId;
}

/** Output: "<unit> × <indicator> 的评分" (or 的说明 when `what` is 'note') for a rubric cell. */
export async function rubricCellLabel(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  indicatorId: string,
  what: 'score' | 'note',
): Promise<string> {
  const evaluation = await db.rubricEvaluations.get(evaluationId);
  const system = evaluation && (await db.indicatorSystems.get(evaluation.systemId));
  const indicator = system?.indicators.find((candidate) => candidate.id === indicatorId)?.name ?? indicatorId;
  const unit = await unitName(db, unitId);
  return what === 'score'
    ? t('{{unit}} × {{indicator}} 的评分', { unit, indicator })
    : t('{{unit}} × {{indicator}} 的说明', { unit, indicator });
}

/** Output: "<unit> × <measure> 的评定" (or 的说明) for a checklist assessment. */
export async function assessmentLabel(db: KaopingDatabase, unitId: string, itemId: string, what: 'status' | 'note'): Promise<string> {
  const item = await db.items.get(itemId);
  const measure = item ? `${item.number ? `${item.number} ` : ''}${item.title}` : itemId;
  const unit = await unitName(db, unitId);
  return what === 'status' ? t('{{unit}} × {{measure}} 的评定', { unit, measure }) : t('{{unit}} × {{measure}} 的说明', { unit, measure });
}

/** Output: "整改事项“<problem>”的修改" for a ledger write. */
export async function rectificationLabel(db: KaopingDatabase, id: string): Promise<string> {
  const problem = (await db.rectifications.get(id))?.problem ?? id;
  return t('整改事项“{{problem}}”的修改', { problem: problem.length > 24 ? `${problem.slice(0, 24)}…` : problem });
}

/** Output: "指标体系“<title>”的修改" for a rubric editor save. */
export async function indicatorSystemLabel(db: KaopingDatabase, systemId: string): Promise<string> {
  return t('指标体系“{{title}}”的修改', { title: (await db.indicatorSystems.get(systemId))?.title ?? systemId });
}
