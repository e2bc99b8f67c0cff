// Findings (发现问题): every 未落实 or 部分落实 measure at a unit, with the measure's owners.
import { assessmentOf, type EvaluationInput } from '../domain/evaluation';
import type { Rectification } from '../domain/rectification';
import type { ChecklistItem, Finding, Unit } from '../domain/types';
import { rootSectionIndex } from './section-index';

/**
 * Collects findings. Input: checklist items, units and the checklist evaluation's cells (value =
 * the status's level). Output: one finding per cell whose status is 未落实 or 部分落实,
 * ordered by unit (units' order) then checklist order, carrying the section title, the measure's lead/responsible/supporting units and
 * deadline, and the inspector's note. Cells of unknown items or units are skipped. A finding
 * already in the ledger (`rectifications` of the same evaluation, matched by unit and measure)
 * carries the ledger's 问题描述, 整改措施, 责任单位, 责任人 and 完成时限 as `ledger`.
 */
export function collectFindings(
  items: ChecklistItem[],
  units: Unit[],
  inputs: readonly EvaluationInput[],
  rectifications: readonly Rectification[] = [],
): Finding[] {
  const ledger = new Map(rectifications.map((entry) => [`${entry.unitId}|${entry.source.indicatorId}`, entry]));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const order = new Map(items.map((item, index) => [item.id, index]));
  const rootOf = rootSectionIndex(items);
  const findings: Finding[] = [];
  for (const unit of units) {
    const own = inputs
      .flatMap((input) => (input.unitId === unit.id ? [assessmentOf(input)] : []))
      .filter((assessment) => assessment?.status === 'partial' || assessment?.status === 'notImplemented')
      .map((assessment) => assessment!)
      .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
    for (const assessment of own) {
      const item = itemById.get(assessment.itemId);
      if (!item || (assessment.status !== 'partial' && assessment.status !== 'notImplemented')) continue;
      const section = itemById.get(rootOf.get(item.id) ?? '');
      findings.push({
        unitId: unit.id,
        unitName: unit.name,
        itemId: item.id,
        sectionTitle: section?.title ?? '',
        measureTitle: item.title,
        measureText: item.text,
        status: assessment.status,
        note: assessment.note,
        leadUnits: item.leadUnits,
        responsibleUnits: item.responsibleUnits,
        supportingUnits: item.supportingUnits,
        owner: item.owner,
        deadline: item.deadline,
        ...ledgerEntry(ledger.get(`${unit.id}|${item.id}`)),
      });
    }
  }
  return findings;
}

function ledgerEntry(rectification: Rectification | undefined): Pick<Finding, 'ledger'> {
  if (!rectification) return {};
  const { problem, measures, responsibleUnits, owner, deadline } = rectification;
  return { ledger: { problem, measures, responsibleUnits, owner, deadline } };
}
