// 评价批次 and their cells, whatever the evaluation scores against (a checklist's measures or an
// indicator system's indicators): creation, options, a cell's value or status, its note and
// evidence, and a returned 填报表 applied. Every change is one transaction; cells carry who entered
// them and when, and a revision (so packages merge them).
import type { Evaluation, EvaluationBasis, EvaluationInput, NotApplicablePolicy } from '#shared/domain/evaluation';
import { inputIdFor, statusAsValue } from '#shared/domain/evaluation';
import { canonicalJson, revise } from '#shared/domain/record-meta';
import type { InputValue } from '#shared/domain/rule-model';
import type { ImplementationStatus, TieRule } from '#shared/domain/types';
import { evidenceFileInfo } from '#shared/exchange/evidence-file';
import { safeName } from '#shared/text/safe-text';

import { t } from '../i18n';
import { cellLabel } from '../services/undo-labels';
import { undoable } from '../services/undo-service';
import type { Evidence, KaopingDatabase } from './database';

/**
 * Creates an evaluation over `basis` (a document's checklist or an indicator system) and units.
 * Ties rank as in competition (1, 2, 2, 4); 不适用 rescales (a checklist inspection always does).
 */
export async function createEvaluation(db: KaopingDatabase, name: string, basis: EvaluationBasis, unitIds: string[]): Promise<Evaluation> {
  const evaluation: Evaluation = {
    id: crypto.randomUUID(),
    name: name.trim() || t('未命名评价'),
    basis,
    unitIds,
    tieRule: 'competition',
    notApplicable: 'rescale',
    createdAt: new Date().toISOString(),
  };
  await db.evaluations.add(evaluation);
  return evaluation;
}

/**
 * Sets how ties rank and how 不适用 counts. Throws (zh-CN, naming the evaluation) when asked to
 * score 不适用 as 0 in a checklist inspection: its rate always leaves 不适用 measures out.
 */
export async function setEvaluationOptions(
  db: KaopingDatabase,
  evaluationId: string,
  options: { tieRule?: TieRule; notApplicable?: NotApplicablePolicy },
): Promise<void> {
  await db.transaction('rw', db.evaluations, async () => {
    const evaluation = await db.evaluations.get(evaluationId);
    if (!evaluation) throw new Error(t('该评价已不存在。'));
    if (evaluation.basis.kind === 'checklist' && options.notApplicable === 'zero')
      throw new Error(t('“{{name}}”是清单督查：不适用的举措不计入落实率，不能按 0 分计。', { name: evaluation.name }));
    await db.evaluations.update(evaluationId, options);
  });
}

/** True when a stored input already holds this value (compared as canonical JSON). */
function holdsValue(existing: EvaluationInput | undefined, value: InputValue | null): boolean {
  return existing !== undefined && canonicalJson(existing.value) === canonicalJson(value);
}

/**
 * Records a cell. `value` undefined clears it (back to 未评); null means 不适用; a checklist
 * status is its level (statusAsValue). The inspector and time are recorded; the note is kept.
 * Saving the value the cell holds already writes nothing — no new revision, so an unchanged cell
 * never shows up as a merge conflict. Undoable (撤销).
 */
export async function setInput(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  indicatorId: string,
  value: InputValue | null | undefined,
  inspector: string,
): Promise<void> {
  const id = inputIdFor(evaluationId, unitId, indicatorId);
  const describe = () => cellLabel(db, evaluationId, unitId, indicatorId, 'score');
  await undoable(db, [{ table: 'inputs', keys: [id] }], describe, async () => {
    if (value === undefined) {
      await db.inputs.delete(id);
      return;
    }
    const existing = await db.inputs.get(id);
    if (holdsValue(existing, value)) return;
    const now = new Date().toISOString();
    const record: EvaluationInput = { id, evaluationId, unitId, indicatorId, value, note: existing?.note ?? '', inspector, updatedAt: now };
    await db.inputs.put(revise(record, existing, inspector, now));
  });
}

/** Records a checklist measure's status (落实 / 部分落实 / 未落实 / 不适用) as its level; see setInput. */
export function setChecklistStatus(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  itemId: string,
  status: ImplementationStatus,
  inspector: string,
): Promise<void> {
  return setInput(db, evaluationId, unitId, itemId, statusAsValue(status), inspector);
}

/** Takes a cell back to 未评 (its value and note removed); undoable. */
export function clearInput(db: KaopingDatabase, evaluationId: string, unitId: string, indicatorId: string): Promise<void> {
  return setInput(db, evaluationId, unitId, indicatorId, undefined, '');
}

/**
 * Records the note (说明 / 扣分原因 / 发现问题) of a cell that has an input; a note on a cell not
 * yet scored waits for its value. An unchanged note writes nothing. Undoable.
 */
export async function setInputNote(db: KaopingDatabase, inputId: string, note: string, inspector: string): Promise<void> {
  const [evaluationId = '', unitId = '', indicatorId = ''] = inputId.split('|');
  await undoable(
    db,
    [{ table: 'inputs', keys: [inputId] }],
    () => cellLabel(db, evaluationId, unitId, indicatorId, 'note'),
    async () => {
      const existing = await db.inputs.get(inputId);
      if (!existing || existing.note === note) return;
      const now = new Date().toISOString();
      await db.inputs.put(revise({ ...existing, note, inspector, updatedAt: now }, existing, inspector, now));
    },
  );
}

/** Every cell of an evaluation (through the evaluationId index). */
export function loadInputs(db: KaopingDatabase, evaluationId: string): Promise<EvaluationInput[]> {
  return db.inputs.where('evaluationId').equals(evaluationId).toArray();
}

/**
 * Attaches a file as evidence to a cell. The type is read from the bytes (pictures and PDF;
 * anything else application/octet-stream, whatever the picker or the browser said), the name is
 * made safe (executables stored as .bin). Throws Error (zh-CN, naming the file) over 30 MB.
 */
export async function addEvidence(
  db: KaopingDatabase,
  input: Pick<EvaluationInput, 'id' | 'evaluationId'>,
  file: { name: string; bytes: Uint8Array },
  inspector: string,
): Promise<Evidence> {
  const info = evidenceFileInfo(file.name, file.bytes);
  const evidence: Evidence = {
    id: crypto.randomUUID(),
    inputId: input.id,
    evaluationId: input.evaluationId,
    name: info.name,
    type: info.type,
    size: info.size,
    blob: new Blob([file.bytes as BlobPart], { type: info.type }),
    addedAt: new Date().toISOString(),
    inspector: safeName(inspector),
  };
  await db.evidence.add(evidence);
  return evidence;
}

/**
 * Applies rows read from a returned fill-in workbook in one transaction: each cell whose value or
 * note changed gets a new revision by `inspector`; unchanged cells are left as they are.
 * Output: how many cells changed.
 */
export async function applyFillIn(
  db: KaopingDatabase,
  evaluationId: string,
  rows: ReadonlyArray<{ unitId: string; indicatorId: string; value: InputValue | null; note: string }>,
  inspector: string,
): Promise<number> {
  return db.transaction('rw', db.inputs, async () => {
    const now = new Date().toISOString();
    let changed = 0;
    for (const row of rows) {
      const id = inputIdFor(evaluationId, row.unitId, row.indicatorId);
      const existing = await db.inputs.get(id);
      if (holdsValue(existing, row.value) && existing!.note === row.note) continue;
      const { unitId, indicatorId, value, note } = row;
      const record: EvaluationInput = { id, evaluationId, unitId, indicatorId, value, note, inspector, updatedAt: now };
      await db.inputs.put(revise(record, existing, inspector, now));
      changed += 1;
    }
    return changed;
  });
}
