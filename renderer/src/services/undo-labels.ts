// What an undoable action is called in the 撤销 message: the unit and the indicator or measure it
// touched, read from the database after the write ("甲区 × 营商环境满意度 的评分").
import type { KaopingDatabase } from '../db/database';
import { t } from '../i18n';

/** The name of a unit, or its id when it is gone. */
async function unitName(db: KaopingDatabase, unitId: string): Promise<string> {
  return (await db.units.get(unitId))?.name ?? unitId;
}

/** The name a cell's indicator or measure goes by: the indicator's name, or the measure's number and title. */
async function indicatorName(db: KaopingDatabase, evaluationId: string, indicatorId: string): Promise<string> {
  const evaluation = await db.evaluations.get(evaluationId);
  if (evaluation?.basis.kind === 'checklist') {
    const item = await db.items.get(indicatorId);
    return item ? `${item.number ? `${item.number} ` : ''}${item.title}` : indicatorId;
  }
  const system = evaluation?.basis.kind === 'indicatorSystem' ? await db.indicatorSystems.get(evaluation.basis.systemId) : undefined;
  return system?.indicators.find((candidate) => candidate.id === indicatorId)?.name ?? indicatorId;
}

/**
 * Output: "<unit> × <indicator> 的评分" for a cell of an indicator system, "<unit> × <measure> 的评定"
 * for a checklist measure, or "… 的说明" for either when `what` is 'note'.
 */
export async function cellLabel(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  indicatorId: string,
  what: 'score' | 'note',
): Promise<string> {
  const checklist = (await db.evaluations.get(evaluationId))?.basis.kind === 'checklist';
  const indicator = await indicatorName(db, evaluationId, indicatorId);
  const unit = await unitName(db, unitId);
  if (what === 'note') return t('{{unit}} × {{indicator}} 的说明', { unit, indicator });
  return checklist
    ? t('{{unit}} × {{measure}} 的评定', { unit, measure: indicator })
    : t('{{unit}} × {{indicator}} 的评分', { unit, indicator });
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
