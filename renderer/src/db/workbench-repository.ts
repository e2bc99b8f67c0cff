// What the 工作台 shows, read in one go: every evaluation with each unit's progress, the ledger's
// open and overdue rectifications, and whether there is any data at all (first run).
import { isOverdue } from '#shared/rectification/ledger';
import { checklistProgress, rubricProgress, type UnitProgress } from '#shared/scoring/progress';

import { t } from '../i18n';
import type { KaopingDatabase } from './database';
import { loadItems } from './documents-repository';

export type EvaluationProgress = {
  kind: 'rubric' | 'checklist';
  id: string;
  name: string;
  /** The indicator system's or the checklist document's title. */
  basis: string;
  createdAt: string;
  units: Array<UnitProgress & { name: string }>;
  done: number;
  total: number;
};

export type Workbench = {
  /** True when nothing was ever imported (no document, no indicator system). */
  firstRun: boolean;
  /** Newest first. */
  evaluations: EvaluationProgress[];
  ledger: { total: number; open: number; overdue: number };
};

/**
 * Reads the workbench. Input: the database and today (YYYY-MM-DD, for overdue). Output: see
 * Workbench; progress counts cells (scored indicators or measures × units), inputs and assessments
 * read through their evaluationId index. Rectifications 已完成/已销号 are not open.
 */
export async function loadWorkbench(db: KaopingDatabase, today: string): Promise<Workbench> {
  const [documents, systems, units] = await Promise.all([db.documents.count(), db.indicatorSystems.toArray(), db.units.toArray()]);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const named = (progress: UnitProgress[]) =>
    progress.map((entry) => ({ ...entry, name: unitName.get(entry.unitId) ?? t('（已删除的单位）') }));
  const evaluations: EvaluationProgress[] = [];
  for (const evaluation of await db.rubricEvaluations.toArray()) {
    const system = systems.find((candidate) => candidate.id === evaluation.systemId);
    if (!system) continue;
    const inputs = await db.rubricInputs.where('evaluationId').equals(evaluation.id).toArray();
    evaluations.push(summary('rubric', evaluation, system.title, named(rubricProgress(system, evaluation.unitIds, inputs))));
  }
  for (const evaluation of await db.evaluations.toArray()) {
    const document = await db.documents.get(evaluation.documentId);
    if (!document) continue;
    const measures = (await loadItems(db, document.id)).filter((item) => item.kind === 'measure').map((item) => item.id);
    const assessments = await db.assessments.where('evaluationId').equals(evaluation.id).toArray();
    evaluations.push(summary('checklist', evaluation, document.title, named(checklistProgress(measures, evaluation.unitIds, assessments))));
  }
  const rectifications = await db.rectifications.toArray();
  const open = rectifications.filter((item) => item.status !== 'done' && item.status !== 'closed');
  return {
    firstRun: documents === 0 && systems.length === 0,
    evaluations: evaluations.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    ledger: { total: rectifications.length, open: open.length, overdue: open.filter((item) => isOverdue(item, today)).length },
  };
}

function summary(
  kind: EvaluationProgress['kind'],
  evaluation: { id: string; name: string; createdAt: string },
  basis: string,
  units: EvaluationProgress['units'],
): EvaluationProgress {
  return {
    kind,
    id: evaluation.id,
    name: evaluation.name,
    basis,
    createdAt: evaluation.createdAt,
    units,
    done: units.reduce((sum, unit) => sum + unit.done, 0),
    total: units.reduce((sum, unit) => sum + unit.total, 0),
  };
}
