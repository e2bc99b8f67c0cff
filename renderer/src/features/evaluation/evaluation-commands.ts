// Commands of an evaluation of either basis, bound to the screen's database: a cell's value or
// checklist status, its note and evidence, the evaluation's options, new evaluations, findings
// carried into the 整改台账 (all of a checklist inspection's, or one recorded from a cell), and
// conflicts settled after a merge.
import type { ChecklistItem, Unit } from '#shared/domain/types';
import { collectFindings } from '#shared/scoring/findings';

import type { KaopingDatabase } from '../../db/database';
import { useCommands } from '../../db/database-context';
import {
  addEvidence,
  clearInput,
  createEvaluation,
  loadInputs,
  setChecklistStatus,
  setEvaluationOptions,
  setInput,
  setInputNote,
} from '../../db/evaluations-repository';
import { addFindingsToLedger, addRectification } from '../../db/ledger-repository';
import { resolveStoredConflict } from '../../db/package-repository';

/**
 * Carries the findings of a checklist inspection into the 整改台账, reading the cells as stored at
 * the call (not as a screen last heard of them). Input: the inspection's items and units, who does
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
  const findings = collectFindings([...items], [...units], await loadInputs(database, evaluationId));
  return addFindingsToLedger(database, evaluationId, findings, by, deadlineDays);
}

export const EVALUATION_OPERATIONS = {
  setInput,
  setChecklistStatus,
  clearInput,
  setInputNote,
  addEvidence,
  setEvaluationOptions,
  createEvaluation,
  ledgerFindings,
  addRectification,
  resolveStoredConflict,
};

/** The operations above bound to the current database (each without its first parameter). */
export const useEvaluationCommands = () => useCommands(EVALUATION_OPERATIONS);
