// Commands of a checklist inspection (清单督查), bound to the screen's database: statuses and
// notes per cell, the tie rule, new inspections, and findings carried into the 整改台账.
import type { ChecklistItem, Unit } from '#shared/domain/types';
import { collectFindings } from '#shared/scoring/findings';

import type { KaopingDatabase } from '../../db/database';
import { useCommands } from '../../db/database-context';
import {
  clearAssessment,
  createEvaluation,
  loadAssessments,
  setAssessmentNote,
  setAssessmentStatus,
  setTieRule,
} from '../../db/evaluations-repository';
import { addFindingsToLedger } from '../../db/ledger-repository';

/**
 * Carries the findings of an inspection into the 整改台账, reading the statuses as stored at the
 * call (not as a screen last heard of them). Input: the inspection's items and units, who does
 * it, the days until a new item is due. Output: how many new ledger items were added.
 */
export async function ledgerFindings(
  database: KaopingDatabase,
  evaluationId: string,
  items: readonly ChecklistItem[],
  units: readonly Unit[],
  by: string,
  deadlineDays: number,
): Promise<number> {
  const findings = collectFindings([...items], [...units], await loadAssessments(database, evaluationId));
  return addFindingsToLedger(database, evaluationId, findings, by, deadlineDays);
}

export const CHECKLIST_OPERATIONS = {
  setAssessmentStatus,
  clearAssessment,
  setAssessmentNote,
  setTieRule,
  createEvaluation,
  ledgerFindings,
};

export const useChecklistCommands = () => useCommands(CHECKLIST_OPERATIONS);
