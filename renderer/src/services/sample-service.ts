// 从示例开始: a first run starts from the bundled seed documents — the checklist of 洛政办〔2021〕39号,
// the 办理建筑许可 rubric, three districts, and an evaluation over each.
import { importPolicyFile } from '#shared/import/import-policy-file';
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import { db } from '../db/connection';
import { saveImport } from '../db/documents-repository';
import { createEvaluation } from '../db/evaluations-repository';
import { saveIndicatorSystem } from '../db/rubric-repository';
import { createUnit } from '../db/units-repository';
import { t } from '../i18n';
import sampleRubric from '../samples/办理建筑许可营商环境部门评分细则.xlsx?inline';
import sampleChecklist from '../samples/洛政办〔2021〕39号.txt?raw';
import { dataUrlBytes } from './data-url';

/** The 被评价单位 of the sample evaluations. */
export const SAMPLE_UNITS = ['涧西区', '西工区', '老城区'];

const CHECKLIST_FILE = '洛政办〔2021〕39号.txt';
const RUBRIC_FILE = '办理建筑许可营商环境部门评分细则.xlsx';

/**
 * Imports the samples into an empty database and creates the demo evaluations. Output: the ids of
 * the checklist evaluation (清单督查) and the rubric evaluation (指标评分). Throws the storage or
 * import error (in Chinese) if a step fails; steps already done stay (each is its own transaction).
 */
export async function startFromSample(): Promise<{ checklistEvaluationId: string; rubricEvaluationId: string }> {
  const checklist = await importPolicyFile(new TextEncoder().encode(sampleChecklist), CHECKLIST_FILE);
  const [document] = await saveImport(db, checklist);
  const system = await saveIndicatorSystem(db, await importRubricFile(dataUrlBytes(sampleRubric), RUBRIC_FILE), RUBRIC_FILE);
  const units = [];
  for (const name of SAMPLE_UNITS) units.push(await createUnit(db, name));
  const unitIds = units.map((unit) => unit.id);
  const checklistEvaluation = await createEvaluation(
    db,
    t('示例督查：洛政办〔2021〕39号落实情况'),
    { kind: 'checklist', documentId: document!.id },
    unitIds,
  );
  const rubricEvaluation = await createEvaluation(
    db,
    t('示例评价：办理建筑许可'),
    { kind: 'indicatorSystem', systemId: system.id },
    unitIds,
  );
  return { checklistEvaluationId: checklistEvaluation.id, rubricEvaluationId: rubricEvaluation.id };
}
