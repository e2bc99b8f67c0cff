// An indicator system stored the way the app stores one (the seed 评分细则 imported) and an
// evaluation over it for one unit. For tests of the renderer's data hooks.
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import type { KaopingDatabase } from '../../renderer/src/db/database';
import { createEvaluation } from '../../renderer/src/db/evaluations-repository';
import { saveIndicatorSystem } from '../../renderer/src/db/rubric-repository';
import { createUnit } from '../../renderer/src/db/units-repository';
import { seedBytes } from '../fixtures/seeds';

/** Stores the system and the evaluation; output: the system, the unit (甲区) and the evaluation's id. */
export async function storeRubricEvaluation(database: KaopingDatabase) {
  const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '评分细则.xlsx');
  await saveIndicatorSystem(database, system, '评分细则.xlsx');
  const unit = await createUnit(database, '甲区');
  const evaluation = await createEvaluation(database, '2023年度评价', { kind: 'indicatorSystem', systemId: system.id }, [unit.id]);
  return { system, unit, evaluationId: evaluation.id };
}
