// Commands of a rubric evaluation (指标评分), bound to the screen's database: inputs, notes and
// evidence per cell, the evaluation's options, new evaluations, findings recorded from a cell,
// and conflicts settled after a merge.
import { useCommands } from '../../db/database-context';
import { addRectification } from '../../db/ledger-repository';
import { resolveStoredConflict } from '../../db/package-repository';
import { addEvidence, createRubricEvaluation, setRubricEvaluationOptions, setRubricInput, setRubricNote } from '../../db/rubric-repository';

export { rubricInputId } from '../../db/rubric-repository';

export const RUBRIC_OPERATIONS = {
  setRubricInput,
  setRubricNote,
  addEvidence,
  setRubricEvaluationOptions,
  createRubricEvaluation,
  addRectification,
  resolveStoredConflict,
};

export const useRubricCommands = () => useCommands(RUBRIC_OPERATIONS);
