// Indicator systems, rubric evaluations, their inputs and evidence. Each change is one transaction.
import type { Indicator } from '#shared/domain/indicator-system';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { canonicalJson, revise } from '#shared/domain/record-meta';
import type { TieRule } from '#shared/domain/types';
import { evidenceFileInfo } from '#shared/exchange/evidence-file';
import type { InputValue } from '#shared/scoring/rule-points';
import type { NotApplicablePolicy } from '#shared/scoring/score-rubric';
import { safeName } from '#shared/text/safe-text';

import { t } from '../i18n';
import { indicatorSystemLabel, rubricCellLabel } from '../services/undo-labels';
import { undoable } from '../services/undo-service';
import type { Evidence, KaopingDatabase, RubricEvaluation, RubricInput, StoredIndicatorSystem } from './database';

/** Thrown when the same rubric file was imported before. */
export class DuplicateRubricError extends Error {
  override name = 'DuplicateRubricError';
}

/** Saves an imported indicator system; refuses the same file twice. */
export async function saveIndicatorSystem(db: KaopingDatabase, system: IndicatorSystem, fileName: string): Promise<StoredIndicatorSystem> {
  const stored: StoredIndicatorSystem = { ...system, fileName, importedAt: new Date().toISOString() };
  await db.transaction('rw', db.indicatorSystems, async () => {
    const existing = await db.indicatorSystems.get(system.id);
    if (existing)
      throw new DuplicateRubricError(
        t('“{{fileName}}”已于 {{slice}} 导入（{{title}}），未重复导入。', {
          fileName: fileName,
          slice: existing.importedAt.slice(0, 10),
          title: existing.title,
        }),
      );
    await db.indicatorSystems.add(stored);
  });
  return stored;
}

/** Replaces the indicators of a system (the editor's save). */
export async function updateIndicators(db: KaopingDatabase, systemId: string, indicators: Indicator[]): Promise<void> {
  await undoable(
    db,
    [{ table: 'indicatorSystems', keys: [systemId] }],
    () => indicatorSystemLabel(db, systemId),
    () => db.indicatorSystems.update(systemId, { indicators }),
  );
}

/** Deletes a system with its evaluations, inputs and evidence. */
export async function deleteIndicatorSystem(db: KaopingDatabase, systemId: string): Promise<void> {
  await db.transaction('rw', [db.indicatorSystems, db.rubricEvaluations, db.rubricInputs, db.evidence], async () => {
    const evaluations = await db.rubricEvaluations.where('systemId').equals(systemId).primaryKeys();
    for (const evaluationId of evaluations) {
      await db.rubricInputs.where('evaluationId').equals(evaluationId).delete();
      await db.evidence.where('evaluationId').equals(evaluationId).delete();
    }
    await db.rubricEvaluations.bulkDelete(evaluations);
    await db.indicatorSystems.delete(systemId);
  });
}

export async function createRubricEvaluation(
  db: KaopingDatabase,
  name: string,
  systemId: string,
  unitIds: string[],
): Promise<RubricEvaluation> {
  const evaluation: RubricEvaluation = {
    id: crypto.randomUUID(),
    name: name.trim() || t('未命名评价'),
    systemId,
    unitIds,
    tieRule: 'competition',
    notApplicable: 'rescale',
    createdAt: new Date().toISOString(),
  };
  await db.rubricEvaluations.add(evaluation);
  return evaluation;
}

export async function setRubricEvaluationOptions(
  db: KaopingDatabase,
  evaluationId: string,
  options: { tieRule?: TieRule; notApplicable?: NotApplicablePolicy },
): Promise<void> {
  await db.rubricEvaluations.update(evaluationId, options);
}

export function rubricInputId(evaluationId: string, unitId: string, indicatorId: string): string {
  return `${evaluationId}|${unitId}|${indicatorId}`;
}

/** True when a stored input already holds this value (compared as canonical JSON). */
function holdsValue(existing: RubricInput | undefined, value: InputValue | null): boolean {
  return existing !== undefined && canonicalJson(existing.value) === canonicalJson(value);
}

/**
 * Records a cell. `value` undefined clears it (back to 未评分); null means 不适用. The inspector
 * and time are recorded; the note is kept. Saving the value the cell holds already writes
 * nothing — no new revision, so an unchanged cell never shows up as a merge conflict.
 */
export async function setRubricInput(
  db: KaopingDatabase,
  evaluationId: string,
  unitId: string,
  indicatorId: string,
  value: InputValue | null | undefined,
  inspector: string,
): Promise<void> {
  const id = rubricInputId(evaluationId, unitId, indicatorId);
  const describe = () => rubricCellLabel(db, evaluationId, unitId, indicatorId, 'score');
  await undoable(db, [{ table: 'rubricInputs', keys: [id] }], describe, async () => {
    if (value === undefined) {
      await db.rubricInputs.delete(id);
      return;
    }
    const existing = await db.rubricInputs.get(id);
    if (holdsValue(existing, value)) return;
    const now = new Date().toISOString();
    const record: RubricInput = { id, evaluationId, unitId, indicatorId, value, note: existing?.note ?? '', inspector, updatedAt: now };
    await db.rubricInputs.put(revise(record, existing, inspector, now));
  });
}

/** Records the note (扣分原因说明 / 发现问题) of a cell that has an input; an unchanged note writes nothing. */
export async function setRubricNote(db: KaopingDatabase, inputId: string, note: string, inspector: string): Promise<void> {
  const [evaluationId = '', unitId = '', indicatorId = ''] = inputId.split('|');
  await undoable(
    db,
    [{ table: 'rubricInputs', keys: [inputId] }],
    () => rubricCellLabel(db, evaluationId, unitId, indicatorId, 'note'),
    async () => {
      const existing = await db.rubricInputs.get(inputId);
      if (!existing || existing.note === note) return;
      const now = new Date().toISOString();
      await db.rubricInputs.put(revise({ ...existing, note, inspector, updatedAt: now }, existing, inspector, now));
    },
  );
}

/**
 * Attaches a file as evidence to a cell. The type is read from the bytes (pictures and PDF;
 * anything else application/octet-stream, whatever the picker or the browser said), the name is
 * made safe (executables stored as .bin). Throws Error (zh-CN, naming the file) over 30 MB.
 */
export async function addEvidence(
  db: KaopingDatabase,
  input: Pick<RubricInput, 'id' | 'evaluationId'>,
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

export async function removeEvidence(db: KaopingDatabase, evidenceId: string): Promise<void> {
  await db.evidence.delete(evidenceId);
}

/**
 * Applies rows read from a returned fill-in workbook in one transaction: each cell whose value or
 * note changed gets a new revision by `inspector`; unchanged cells are left as they are.
 * Output: how many cells changed.
 */
export async function applyFillIn(
  db: KaopingDatabase,
  evaluationId: string,
  rows: Array<{ unitId: string; indicatorId: string; value: InputValue | null; note: string }>,
  inspector: string,
): Promise<number> {
  return db.transaction('rw', db.rubricInputs, async () => {
    const now = new Date().toISOString();
    let changed = 0;
    for (const row of rows) {
      const id = rubricInputId(evaluationId, row.unitId, row.indicatorId);
      const existing = await db.rubricInputs.get(id);
      if (holdsValue(existing, row.value) && existing!.note === row.note) continue;
      const record: RubricInput = {
        id,
        evaluationId,
        unitId: row.unitId,
        indicatorId: row.indicatorId,
        value: row.value,
        note: row.note,
        inspector,
        updatedAt: now,
      };
      await db.rubricInputs.put(revise(record, existing, inspector, now));
      changed += 1;
    }
    return changed;
  });
}
