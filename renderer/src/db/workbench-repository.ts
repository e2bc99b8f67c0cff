// What the 工作台 shows, read in one go: every evaluation with each unit's progress, the ledger's
// open and overdue rectifications, and whether there is any data at all (first run).
import type { Evaluation } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { isOverdue } from '#shared/rectification/ledger';
import type { UnitProgress } from '#shared/scoring/progress';
import { scoredIndicators } from '#shared/scoring/score-rubric';

import { t } from '../i18n';
import type { KaopingDatabase } from './database';
import { loadItems } from './documents-repository';

export type EvaluationProgress = {
  kind: Evaluation['basis']['kind'];
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

/** What an evaluation scores against, for the workbench: its title and how many cells each unit has. */
type Basis = { title: string; cells: number };

/**
 * Reads the workbench. Input: the database and today (YYYY-MM-DD, for overdue). Output: see
 * Workbench. Progress per unit = its stored cells, counted through the [evaluationId+unitId]
 * index without reading them, of the cells there are (the scored indicators, or the checklist's
 * measures); a count above that (cells left on indicators since removed) shows as complete.
 * Rectifications 已完成/已销号 are not open.
 */
export async function loadWorkbench(db: KaopingDatabase, today: string): Promise<Workbench> {
  const [documents, systems, units] = await Promise.all([db.documents.count(), db.indicatorSystems.toArray(), db.units.toArray()]);
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const bases = new Map<string, Basis | null>();
  const evaluations: EvaluationProgress[] = [];
  for (const evaluation of await db.evaluations.toArray()) {
    const key = evaluation.basis.kind === 'checklist' ? evaluation.basis.documentId : evaluation.basis.systemId;
    if (!bases.has(key)) bases.set(key, await basisOf(db, evaluation, systems));
    const basis = bases.get(key);
    if (!basis) continue;
    const progress = await Promise.all(
      evaluation.unitIds.map(async (unitId) => {
        const stored = await db.inputs.where('[evaluationId+unitId]').equals([evaluation.id, unitId]).count();
        return { unitId, done: Math.min(stored, basis.cells), total: basis.cells, name: unitName.get(unitId) ?? t('（已删除的单位）') };
      }),
    );
    evaluations.push(summary(evaluation, basis.title, progress));
  }
  const rectifications = await db.rectifications.toArray();
  const open = rectifications.filter((item) => item.status !== 'done' && item.status !== 'closed');
  return {
    firstRun: documents === 0 && systems.length === 0,
    evaluations: evaluations.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    ledger: { total: rectifications.length, open: open.length, overdue: open.filter((item) => isOverdue(item, today)).length },
  };
}

/** The title and cell count per unit of an evaluation's basis; null when the document or system is gone. */
async function basisOf(db: KaopingDatabase, evaluation: Evaluation, systems: readonly IndicatorSystem[]): Promise<Basis | null> {
  if (evaluation.basis.kind === 'checklist') {
    const document = await db.documents.get(evaluation.basis.documentId);
    if (!document) return null;
    const measures = (await loadItems(db, document.id)).filter((item) => item.kind === 'measure');
    return { title: document.title, cells: measures.length };
  }
  const { systemId } = evaluation.basis;
  const system = systems.find((candidate) => candidate.id === systemId);
  return system ? { title: system.title, cells: scoredIndicators(system).length } : null;
}

function summary(evaluation: Evaluation, basis: string, units: EvaluationProgress['units']): EvaluationProgress {
  return {
    kind: evaluation.basis.kind,
    id: evaluation.id,
    name: evaluation.name,
    basis,
    createdAt: evaluation.createdAt,
    units,
    done: units.reduce((sum, unit) => sum + unit.done, 0),
    total: units.reduce((sum, unit) => sum + unit.total, 0),
  };
}
